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
