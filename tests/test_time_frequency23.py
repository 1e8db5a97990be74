"""Issue 14, habits: a frequency the clause governs ("every year") on a simple present tells how often a habit recurs,
not a day, so the act has no date (reason 'habitual', rule dating.frequency_habit), not the day of writing; told in
the past it keeps its range up to the day of writing."""

from __future__ import annotations

PUBLISHED = "2024-03-16"


def _date(coder, text: str, off: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(date_basis, date_reason) of the one coded event."""
    from detente.rules import switched_off

    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    assert len(events) == 1, events
    return events[0]["date_basis"], events[0].get("date_reason")


def test_a_present_habit_with_a_frequency_has_no_date(coder) -> None:
    text = "The Chilean government gives the town of Arica a grant every year."
    assert _date(coder, text) == ("none", "habitual")
    assert _date(coder, text, frozenset({"dating.frequency_habit"}))[0] == "document"


def test_a_past_habit_with_a_frequency_keeps_its_range(coder) -> None:
    assert _date(coder, "The Chilean government gave the town of Arica a grant every year.")[0] == "relative"
