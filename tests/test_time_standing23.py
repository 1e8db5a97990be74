"""Issue 14, generic statements: a relative clause in the simple present tells what holds of its noun (a stand, a tie,
what a text provides: "the senator, who backs the law", "the treaty, which bars aid"), not a happening on the day of
writing, so with no time of its own it has no date (reason 'habitual', rule dating.standing_relative); the same act
told in the past keeps its range up to the day of writing."""

from __future__ import annotations

PUBLISHED = "2024-03-16"
RULE = "dating.standing_relative"


def _dates(coder, text: str, off: frozenset[str] = frozenset()) -> dict[str, tuple[str | None, str | None]]:
    """(date_basis, date_reason) of each coded event by its trigger's first word."""
    from detente.rules import switched_off

    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    return {e["mentions"][0]["trigger"]["text"].split()[0]: (e["date_basis"], e.get("date_reason")) for e in events}


def test_a_present_relative_clause_tells_a_standing_relation_with_no_date(coder) -> None:
    text = ("The Chilean senator, who backs the pension reform, met the Peruvian president in Lima. Peru ignored the "
            "old border treaty, which bars military aid to the rebels.")
    found = _dates(coder, text)
    assert found["backs"] == ("none", "habitual") and found["bars"] == ("none", "habitual")
    without = _dates(coder, text, frozenset({RULE}))
    assert without["backs"][0] == "document" and without["bars"][0] == "document"


def test_a_past_relative_clause_and_the_main_act_keep_their_range(coder) -> None:
    found = _dates(coder, "The Chilean senator, who backed the pension reform, met the Peruvian president in Lima.")
    assert found["backed"] == ("relative", "before_writing")
    assert found["met"] == ("relative", "before_writing")
