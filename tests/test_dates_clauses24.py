"""Issue 14 (date24c): a time dates only the acts its own clause governs, and the background its own relative
clauses tell as going on then; a happening another clause or phrase names is bounded by that time, not dated by it."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday


def dated(coder: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    """(date, date_end) of the coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, events
    return found[0]


def test_a_happening_named_after_following_is_before_the_acts_day_not_on_it(coder) -> None:
    text = "The governor resigned on Monday following the attack on his convoy."
    assert dated(coder, text, "resigned") == ("2024-03-11", None)
    assert dated(coder, text, "attack") == (None, "2024-03-11")
    with switched_off({"dating.ordering_noun_not_the_act"}):
        assert dated(coder, text, "attack") != (None, "2024-03-11")


def test_a_past_progressive_relative_clause_is_going_on_at_its_clauses_time(coder) -> None:
    text = "Workers who were striking at the port were attacked by police on Thursday."
    assert dated(coder, text, "striking") == ("2024-03-14", None)
    with switched_off({"dating.progressive_description"}):
        assert dated(coder, text, "striking") != ("2024-03-14", None)


def test_a_reply_in_a_relative_clause_comes_after_the_act_it_answers(coder) -> None:
    text = "The court's ruling on Tuesday angered the opposition party, which threatened to boycott parliament."
    assert dated(coder, text, "threatened") == ("2024-03-12", PUBLISHED)
    with switched_off({"dating.continuing_relative"}):
        assert dated(coder, text, "threatened") != ("2024-03-12", PUBLISHED)


def test_a_protest_against_a_dated_decision_runs_from_that_day_to_the_day_of_writing(coder) -> None:
    assert dated(coder, "Farm unions protested furiously against Monday's decision to cut subsidies.",
                 "protested") == ("2024-03-11", PUBLISHED)


def test_an_act_at_a_happening_whose_relative_clause_dates_it_takes_that_day(coder) -> None:
    text = "The opposition boycotted the vote, which took place on Sunday."
    assert dated(coder, text, "boycotted") == ("2024-03-10", None)
    with switched_off({"dating.happening_told_in_its_clause"}):
        assert dated(coder, text, "boycotted") != ("2024-03-10", None)
    # a clause that tells something else done to the happening gives it no day
    assert dated(coder, "The opposition boycotted the vote, which was postponed on Monday.",
                 "boycotted") != ("2024-03-11", None)


def test_a_present_relative_clause_is_not_dated_by_another_acts_day(coder) -> None:
    text = "The general, who is demanding a ceasefire, rejected Tuesday's offer."
    events = coder.code_text(text, published=PUBLISHED)["events"]
    demanding = [(e["date"], e["date_reason"]) for e in events if "demanding" in e["mentions"][0]["trigger"]["text"]]
    assert demanding == [(PUBLISHED, "time_of_writing")], events  # its present tense: the day of writing
    assert dated(coder, text, "rejected") == ("2024-03-12", PUBLISHED)  # the reply to Tuesday's offer: from then on
    # (dating.noun_time_own_clause, 2026-12-07, also keeps "Tuesday's offer" to the rejecting clause)
    with switched_off({"dating.present_relative_own_time", "dating.noun_time_own_clause"}):
        assert dated(coder, text, "demanding") == ("2024-03-12", None)
