"""Issue 14 (whether): an act told in the simple present with its own time after the day of writing is a
timetable, still to come, never asserted (rule factuality.timetable_present)."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

PUBLISHED = "2024-03-13"  # a Wednesday
RULE = {"factuality.timetable_present"}


def _consult(coder: Any, text: str) -> list[tuple[str, str | None]]:
    events = coder.code_text(text, published=PUBLISHED)["events"]
    return [(e["factuality"], e["date"]) for e in events if e["event_type"] == "CONSULT"]


def test_a_meeting_on_a_coming_day_in_the_present_is_future_and_keeps_its_day(coder) -> None:
    text = "The two prime ministers meet in Geneva on Monday to discuss the border."
    assert _consult(coder, text) == [("future", "2024-03-18")]
    with switched_off(RULE):
        assert _consult(coder, text) == [("asserted", "2024-03-18")]


def test_a_meeting_told_in_the_past_stays_asserted(coder) -> None:
    assert _consult(coder, "The two prime ministers met in Geneva on Monday to discuss the border.") == \
        [("asserted", "2024-03-11")]


def test_a_present_with_no_time_ahead_is_left_to_the_other_rules(coder) -> None:
    # the day of writing itself is no timetable: "meet today" is told as happening
    assert _consult(coder, "The two prime ministers meet in Geneva today to discuss the border.") == \
        [("asserted", PUBLISHED)]


def test_a_relative_clause_in_the_present_is_no_timetable(coder) -> None:
    # a habit that describes the party; the day belongs to the meeting of the main clause
    text = "The envoy met on Tuesday the two senators who oppose the treaty on Monday."
    facts = [e["factuality"] for e in coder.code_text(text, published=PUBLISHED)["events"]]
    assert "future" not in facts
