"""Issue 14 (date29a): an act told after a definite happening the story dated in an earlier sentence ("after the
shooting", "since the vote") lies from that happening's day on, not on the story's day nor in an open range up to
the day of writing (rule dating.ordered_by_a_happening_told_before)."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday
RULE = {"dating.ordered_by_a_happening_told_before"}


def coded(coder: Any, text: str, trigger: str) -> tuple[str, str, str | None, str | None]:
    """(type, factuality, date, date_end) of the coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["event_type"], e["factuality"], e["date"], e["date_end"]) for e in events
             if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, events
    return found[0]


def test_since_the_shooting_told_on_tuesday(coder) -> None:
    text = ("Police shot a teenager in the city on Tuesday. He was unarmed, his family says. "
            "Activists have denounced the police since the shooting.")
    assert coded(coder, text, "denounced") == ("ACCUSE", "asserted", "2024-03-12", PUBLISHED)
    with switched_off(RULE):
        assert coded(coder, text, "denounced")[2:] != ("2024-03-12", PUBLISHED)


def test_after_the_meeting_its_verb_dated(coder) -> None:
    text = ("The foreign ministers met in Geneva on Wednesday. The talks were tense. "
            "After the meeting, Russia threatened the United States with sanctions.")
    assert coded(coder, text, "threatened") == ("THREATEN", "asserted", "2024-03-13", PUBLISHED)
    with switched_off(RULE):
        assert coded(coder, text, "threatened")[2:] != ("2024-03-13", PUBLISHED)


def test_the_vote_refers_back_to_voted_in_its_own_word(coder) -> None:
    text = ("The senators voted on the budget on Tuesday. Lobbyists had courted them for weeks. "
            "The president has praised the senators since the vote.")
    assert coded(coder, text, "praised") == ("SUPPORT", "asserted", "2024-03-12", PUBLISHED)
    with switched_off(RULE):
        assert coded(coder, text, "praised")[2:] != ("2024-03-12", PUBLISHED)


def test_a_nearer_happening_of_the_family_in_another_word_leaves_the_ambush_unbounded(coder) -> None:
    alone = ("Gunmen ambushed a convoy near the border on Sunday. Twelve soldiers died, officials say. "
             "Following the ambush, the army raided three villages.")
    assert coded(coder, alone, "raided") == ("COERCE", "asserted", "2024-03-10", PUBLISHED)
    with switched_off(RULE):
        assert coded(coder, alone, "raided")[2:] != ("2024-03-10", PUBLISHED)
    between = ("Gunmen ambushed a convoy near the border on Sunday. Gunmen also shot a guard on Monday. "
               "Following the ambush, the army raided three villages.")
    assert coded(coder, between, "raided")[2:] not in (("2024-03-10", PUBLISHED), ("2024-03-11", PUBLISHED))


def test_the_attacks_refer_back_to_the_same_plural_dated_before(coder) -> None:
    text = ("Gunmen killed dozens of people in the Friday attacks on cafes in the capital. Markets stayed shut, "
            "traders say. Since the attacks, police have arrested eleven suspects.")
    assert coded(coder, text, "arrested") == ("COERCE", "asserted", "2024-03-15", PUBLISHED)
    with switched_off(RULE):
        assert coded(coder, text, "arrested")[2:] != ("2024-03-15", PUBLISHED)
    one = ("Gunmen attacked a cafe in the capital on Friday. Markets stayed shut, traders say. "
           "Since the attacks, police have arrested eleven suspects.")
    assert coded(coder, one, "arrested")[2:] == (None, PUBLISHED)
