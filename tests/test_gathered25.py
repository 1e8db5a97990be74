"""Issue 14 (dates): the happening a verb of coming together is "for" is the gathering itself, so a time on it
dates the gathering (rule dating.gathered_for_an_occasion); "for" on other verbs keeps its time to itself."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday
RULE = {"dating.gathered_for_an_occasion"}


def _dates(coder: Any, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_text(text, published=PUBLISHED)["events"]
    return [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]


def test_leaders_who_met_for_a_summit_on_monday_met_on_monday(coder) -> None:
    text = "The two prime ministers met for a summit on Monday in Hanoi."
    assert _dates(coder, text, "met") == [("2024-03-11", None)]
    with switched_off(RULE):
        assert _dates(coder, text, "met") == [(None, PUBLISHED)]


def test_an_arrest_for_a_bombing_on_monday_is_not_dated_by_the_bombing(coder) -> None:
    text = "Police arrested two men for the bombing on Monday of a bus station."
    assert ("2024-03-11", None) not in _dates(coder, text, "arrested")
