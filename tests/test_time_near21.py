"""Issue 14, dates: an event's own time, not a nearby anchor, and a past act never on the single day of writing.
Coded events from the real pipeline (published 2024-03-16, a Saturday: Sunday is 2024-03-10, Tuesday 2024-03-12,
Thursday 2024-03-14); each test also switches its rule off to show the answer the rule changes."""

from __future__ import annotations

from tests.test_time_when18 import dates  # the coded event's (date, date_end), published 2024-03-16


def test_a_perfect_participle_is_a_past_act_not_one_of_the_day_of_writing(coder) -> None:
    text = "Relatives say the fishermen were released on bail after having been arrested by the coast guard."
    assert dates(coder, text, "arrested") == (None, "2024-03-16")
    assert dates(coder, text, "arrested", frozenset({"dating.perfect_participle"})) == ("2024-03-16", None)


def test_a_passive_progressive_on_a_noun_tells_happenings_up_to_the_day_of_writing(coder) -> None:
    text = "The nurses' union complained about staff being assaulted in clinics across the province."
    assert dates(coder, text, "assaulted") == (None, "2024-03-16")
    off = frozenset({"dating.passive_progressive_participle"})
    assert dates(coder, text, "assaulted", off) == ("2024-03-16", None)


def test_a_deed_named_by_a_possessive_pronoun_was_done_before_the_telling(analyse) -> None:
    text = "Schoolbooks in the north still praise its invasion of the southern provinces."
    assert undated_range(analyse, text, "invasion") == (None, "2024-03-16")
    assert undated_range(analyse, text, "invasion", {"dating.pronoun_possessive_deed"}) == ("2024-03-16", None)


def undated_range(analyse, text: str, word: str, off: set[str] | None = None) -> tuple[str | None, str | None]:
    """(date, date_end) that date_event gives the word's event (the last time the word is in the text)."""
    from detente.rules import switched_off
    from detente.time import date_event

    start = text.rindex(word)
    analysis = analyse(text, published="2024-03-16")
    with switched_off(off or set()):
        when = date_event(analysis, start, start + len(word))
    return when.date, when.date_end


def test_an_act_quoted_as_going_on_lies_up_to_the_saying_not_on_its_day(coder) -> None:
    text = "\"The militia is burning our fields,\" a farmer told reporters on Sunday."
    assert dates(coder, text, "burning") == (None, "2024-03-10")
    assert dates(coder, text, "burning", frozenset({"dating.going_on_when_said"})) == ("2024-03-10", None)


def test_a_past_progressive_reported_lies_up_to_the_saying_not_the_day_of_writing(coder) -> None:
    text = "The mayor said on Tuesday that armed men had been harassing voters outside the polling stations."
    assert dates(coder, text, "harassing") == (None, "2024-03-12")
    assert dates(coder, text, "harassing", frozenset({"dating.going_on_when_said"})) == (None, "2024-03-16")


def test_a_present_progressive_reported_stays_going_on_at_the_time_of_writing(coder) -> None:
    text = "The mayor said on Tuesday that armed men are harassing voters outside the polling stations."
    assert dates(coder, text, "harassing") == ("2024-03-16", None)


def test_an_act_in_a_before_clause_comes_after_the_main_acts_day(coder) -> None:
    text = "The premier addressed the assembly on Thursday before she dismissed the finance minister."
    assert dates(coder, text, "dismissed") == ("2024-03-14", "2024-03-16")
    assert dates(coder, text, "dismissed", frozenset({"dating.before_clause_from_the_day"})) == ("2024-03-14", None)


def test_a_noun_joined_to_one_a_past_participle_describes_names_an_act_done(coder, analyse) -> None:
    text = "The embargo imposed by the league and a second embargo by the council hurt exporters."
    found = [(e["date"], e["date_end"]) for e in coder.code_text(text, published="2024-03-16")["events"]
             if e["mentions"][0]["trigger"]["text"] == "embargo"]
    assert found == [(None, "2024-03-16")]
    assert undated_range(analyse, text, "embargo", {"dating.noun_told_done"}) == ("2024-03-16", None)


def test_a_past_act_in_a_quote_does_not_take_the_storys_day_of_another_act(coder) -> None:
    text = ("The mayor clashed with the police chief at a rally on Tuesday. His allies were delighted. "
            "\"The unions denounced the chief over the budget cuts,\" one of them said.")
    # some time up to the saying, not on Tuesday: the allies spoke in the story of Tuesday's rally
    # (dating.lead_at_an_occasion), so the range ends there
    assert dates(coder, text, "denounced") == (None, "2024-03-12")
    # since session 25 two more rules read it so (another party's dated saying tells of it:
    # dating.act_before_the_telling; the saying belongs to the rally's story: dating.lead_at_an_occasion); with the
    # three off it takes the story's Tuesday
    off = frozenset({"dating.quoted_past_not_narrated", "dating.act_before_the_telling", "dating.lead_at_an_occasion"})
    assert dates(coder, text, "denounced", off) == ("2024-03-12", None)


def test_an_infinitive_shares_its_verbs_own_time_not_the_storys(coder) -> None:
    text = ("Two years ago the militia seized the northern passes. Its raids prompted the cabinet at its June session to "
            "order the mobilisation of reservists.")
    assert dates(coder, text, "order") == ("2023-06-01", "2023-06-30")  # the session's June, not two years ago
    assert dates(coder, text, "order", frozenset({"dating.holder_before_story"})) == ("2022-01-01", "2022-12-31")


def test_a_deed_judged_by_an_object_noun_came_before_the_judgment(coder) -> None:
    text = "The governor on Tuesday gave credit to the volunteers for rescuing the stranded villagers."
    assert dates(coder, text, "rescuing") == (None, "2024-03-12")  # before the praise on Tuesday, not on it
    assert dates(coder, text, "rescuing", frozenset({"dating.judged_deed_noun"})) == ("2024-03-12", None)


def test_an_infinitive_with_its_own_subject_takes_the_past_of_its_verb(coder) -> None:
    text = "\"The ceasefire allowed us to visit the besieged villages,\" the envoy said."
    assert dates(coder, text, "visit") == (None, "2024-03-16")  # done some time before, not on the day of writing
    assert dates(coder, text, "visit", frozenset({"dating.infinitive_with_subject"})) == ("2024-03-16", None)
