"""Issue 14, generic statements coded as events (session 28, generic41): a call or a slogan inside a quotation
(events.not_events.quoted_calls), a simple-present act of a kind of party on a kind of party
(events.senses.kinds_on_kinds) and a kind of act named as the topic of talk (events.not_events.kinds_as_topics) report
no happening. Acts told with a subject, a name, a time or a determiner stay events."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

CALLS = frozenset({"events.not_events.quoted_calls"})
KINDS = frozenset({"events.senses.kinds_on_kinds"})
TOPICS = frozenset({"events.not_events.kinds_as_topics"})


def _types(coder, text: str, off: frozenset[str] = frozenset()) -> set[str]:
    return {t for t, _ in _found(coder, text, off)}


def test_a_chanted_call_is_no_act(coder) -> None:
    text = ("The rally stayed peaceful. Hundreds of students chanted \"Hands up, don't shoot\" while they walked past "
            "the Bolivian consulate.")
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, text, CALLS)  # what the rule sets aside


def test_a_slogan_on_a_banner_is_no_act(coder) -> None:
    text = "The rally stayed peaceful. Marchers held banners that read \"Stop the raids, release the Bolivian miners\"."
    assert "RETREAT" not in _types(coder, text)
    assert "RETREAT" in _types(coder, text, CALLS)


def test_quoted_words_with_a_speaker_of_their_own_stay(coder) -> None:
    said = 'Talks broke down. "We will expel the Bolivian consul," the Argentine foreign minister said on Tuesday.'
    assert "SANCTION" in _types(coder, said)
    vowed = 'Talks broke down. The Argentine foreign minister vowed on Tuesday to "expel the Bolivian consul".'
    assert "SANCTION" in _types(coder, vowed)


def test_kinds_doing_things_to_kinds_are_no_acts(coder) -> None:
    text = "Activists are worried. Soldiers shoot unarmed migrants, their latest report says."
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, text, KINDS)


def test_named_dated_or_specific_acts_of_kinds_stay(coder) -> None:
    nation = "Activists are worried. Argentine soldiers shoot unarmed migrants near the Bolivian border."
    assert "ASSAULT" in _types(coder, nation)
    past = "Activists are worried. Soldiers shot unarmed migrants on Sunday, their latest report says."
    assert "ASSAULT" in _types(coder, past)
    placed = "Activists are worried. Soldiers shoot unarmed migrants in the northern provinces."
    assert "ASSAULT" in _types(coder, placed)  # a habit in a place: dated as a habit (dating.habitual)
    person = "Activists are worried. Critics accuse the Argentine governor of abandoning the border towns."
    assert "ACCUSE" in _types(coder, person)


def test_a_kind_of_act_as_the_topic_of_talk_is_no_act(coder) -> None:
    text = "The session ran late. Argentine senators held a long debate over sanctions against Bolivia."
    assert "SANCTION" not in _types(coder, text)
    assert "SANCTION" in _types(coder, text, TOPICS)
    one = "Argentina imposed sanctions against Bolivia on Tuesday."
    assert "SANCTION" in _types(coder, one)


DISPLAYS = frozenset({"events.non_agents.display_things"})


def test_what_a_museum_shows_is_no_act(coder) -> None:
    text = "The new wing opened last spring. The city museum honours the fallen soldiers of the Argentine navy."
    assert "SUPPORT" not in _types(coder, text)
    assert "SUPPORT" in _types(coder, text, DISPLAYS)
    made = "The new wing opened last spring. The Argentine president honoured the fallen soldiers of the navy."
    assert "SUPPORT" in _types(coder, made)


def test_a_warning_about_what_a_museum_will_be_is_a_claim(coder) -> None:
    text = "The Argentine president warned that the new museum would not be a cure for the nation's divisions."
    assert "THREATEN" not in _types(coder, text)
    assert "THREATEN" in _types(coder, text, DISPLAYS)
