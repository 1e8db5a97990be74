"""Issue 14, generic statements: a bare plural narrowed by a common noun ("coal towns", "opposition parties") in the
simple present names a kind, so its clause tells a habit or a general truth, with no date at all (reason 'habitual',
rule dating.generic_compounds), while a named or definite doer keeps the news present of the day of writing."""

from __future__ import annotations

PUBLISHED = "2024-03-16"


def basis(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(date_basis, date_reason) of the coded event whose trigger holds `trigger`."""
    from detente.rules import switched_off

    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["date_basis"], e.get("date_reason")) for e in events
             if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, [e["mentions"][0]["trigger"]["text"] for e in events]
    return found[0]


def test_a_kind_narrowed_by_a_common_noun_does_things_at_no_date(coder) -> None:
    text = "Across the south, rice farmers protest outside the regional assembly."
    assert basis(coder, text, "protest") == ("none", "habitual")
    assert basis(coder, text, "protest", frozenset({"dating.generic_compounds"}))[0] == "document"


def test_particular_doers_keep_the_news_present(coder) -> None:
    assert basis(coder, "The rice farmers protest outside the regional assembly.", "protest")[0] == "document"
    text = "In Lima, Fujimori loyalists protest outside the regional assembly."
    assert basis(coder, text, "protest")[0] != "none"
