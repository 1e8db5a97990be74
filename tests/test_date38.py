"""Issue 14 (date38): a reaction whose only time is the story's day of the very happening it answers lies on or after
that day, up to the day of writing, not on it (rule dating.reaction_after_its_stimulus)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

RULE = "dating.reaction_after_its_stimulus"


def test_a_condemnation_of_a_dated_raid_lies_from_the_raid_on(coder) -> None:
    text = "Soldiers raided a newspaper office in the capital on Monday. The press guild condemned the raid."
    assert _dated(coder, text, "2024-06-14", "condemned") == [("2024-06-10", "2024-06-14")]
    with switched_off({RULE}):
        assert _dated(coder, text, "2024-06-14", "condemned") == [("2024-06-10", None)]


def test_a_reaction_with_its_own_day_keeps_it(coder) -> None:
    text = "Soldiers raided a newspaper office in the capital on Monday. On Wednesday the guild condemned the raid."
    assert _dated(coder, text, "2024-06-14", "condemned") == [("2024-06-12", None)]


def test_a_statement_condemning_a_dated_raid_lies_from_the_raid_on(coder) -> None:
    text = "Soldiers raided a newspaper office in the capital on Monday. The guild issued a statement condemning the raid."
    assert _dated(coder, text, "2024-06-14", "condemning") == [("2024-06-10", "2024-06-14")]
    with switched_off({RULE}):
        assert _dated(coder, text, "2024-06-14", "condemning") == [("2024-06-10", None)]
