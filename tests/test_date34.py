"""Issue 14 (date34): which way a weekday points when a noun carries it, and past acts named only by nouns.

A weekday on an occasion's noun takes its direction from that occasion: "ahead of" it, or a present verb set in or
before a scheduled occasion, points it ahead (rules time.words.ahead_of_occasion, time.words.scheduled_occasions,
with time.words.occasion_outcomes keeping a headline's "wins in Tuesday's primary" past); a modal perfect ("would
have been") points it back (time.words.modal_perfect). A known deed named as the subject of a present verb, and an
infinitive ranked under a past verb ("the first senator to endorse him was ..."), lie some time up to the day of
writing, not on it (dating.subject_deed_in_present, dating.ranked_infinitive)."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from detente.time import expressions_in_text

MONDAY = "2024-03-11"


def coded(coder: Any, text: str, trigger: str) -> tuple[str, str | None, str | None]:
    """(factuality, date, date_end) of the coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=MONDAY)["events"]
    found = [(e["factuality"], e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, events
    return found[0]


def weekday_value(text: str, published: str = MONDAY) -> str:
    return [x.value for x in expressions_in_text(text, published=published) if "day" in x.text][0]


def test_present_act_in_a_primary_on_tuesday_is_the_coming_tuesday(coder) -> None:
    # (a rival "challenged for the nomination" is no event since events.senses.rival_challenged: backing is one)
    text = "In the primary on Tuesday, the governor backs the senator."
    assert coded(coder, text, "backs")[1] == "2024-03-12"
    with switched_off({"time.words.scheduled_occasions"}):
        assert coded(coder, text, "backs")[1] == "2024-03-05"  # the Tuesday before


def test_possessive_occasion_after_a_present_verb_lies_ahead() -> None:
    text = "The senator campaigns hard before Thursday's debate."
    assert weekday_value(text) == "2024-03-14"
    with switched_off({"time.words.scheduled_occasions"}):
        assert weekday_value(text) == "2024-03-07"


def test_result_noun_and_outcome_verb_stay_past() -> None:
    assert weekday_value("His victory in the primary Tuesday gives him momentum.") == "2024-03-05"
    text = "The governor wins big in Tuesday's primary."
    assert weekday_value(text) == "2024-03-05"  # a headline's present for a result
    with switched_off({"time.words.occasion_outcomes"}):
        assert weekday_value(text) == "2024-03-12"


def test_ahead_of_an_occasion_on_saturday_points_ahead(coder) -> None:
    friday = "2024-03-15"
    text = "The governor campaigned in the north ahead of the party's contest on Saturday."
    assert weekday_value(text, friday) == "2024-03-16"
    with switched_off({"time.words.ahead_of_occasion"}):
        assert weekday_value(text, friday) == "2024-03-09"


def test_would_have_been_points_back() -> None:
    text = "The senator noted that Saturday would have been the late president's birthday."
    assert weekday_value(text) == "2024-03-09"
    with switched_off({"time.words.modal_perfect"}):
        assert weekday_value(text) == "2024-03-16"


def test_the_beginning_of_saturdays_debate_is_gone_by() -> None:
    assert weekday_value("The beginning of Saturday night's debate was awkward for the governor.") == "2024-03-09TNI"
    assert weekday_value("Beginning Saturday, the border will be closed.") == "2024-03-16"
    with switched_off({"time.words.looking_ahead"}):
        assert weekday_value("Beginning Saturday, the border will be closed.") == "2024-03-09"


def test_known_deed_as_subject_of_a_present_verb_lies_before_the_writing(coder) -> None:
    text = "The agreement with the rebels angers the army."
    assert coded(coder, text, "agreement")[1:] == (None, MONDAY)  # some time up to the day of writing
    with switched_off({"dating.subject_deed_in_present"}):
        assert coded(coder, text, "agreement")[1:] == (MONDAY, None)  # the day of writing itself


def test_talks_that_continue_keep_the_day_of_writing(coder) -> None:
    assert coded(coder, "The talks with the rebels continue in Geneva.", "talks")[1:] == (MONDAY, None)


def test_first_to_endorse_under_a_past_copula_lies_before_the_writing(coder) -> None:
    text = "The first senator to endorse the governor was a veteran from the north."
    assert coded(coder, text, "endorse")[1:] == (None, MONDAY)
    with switched_off({"dating.ranked_infinitive"}):
        assert coded(coder, text, "endorse")[1:] == (MONDAY, None)


def test_first_to_endorse_under_a_present_copula_is_left_alone(coder) -> None:
    assert coded(coder, "The mayor is the first to endorse the governor.", "endorse")[1:] == (MONDAY, None)
