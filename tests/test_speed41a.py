"""speed41a (issue #12, point 3): a dating rule that changed no event's date on real text, removed.

dating.description_aside (a time inside a relative clause on a person is no nearest time for an act outside it)
never changed a date when switched off, on a shuffled sample of PolNeAR train and dev 1-30, IndiaPoliceEvents, ECB+,
the samples and the seeds (docs/ablation.md, "dating"), and its own example held without it. The test shows the case
it was written for still comes out so, through the rule that gives the answer now.
"""

from __future__ import annotations

from typing import Any

import yaml

from detente.rules import switched_off, table_rules
from tests.test_dates_occasions24 import _dated

REMOVED = ("dating.description_aside",)


def _ids() -> set[str]:
    from importlib import resources
    table = yaml.safe_load(resources.files("detente.time").joinpath("data/dating.yaml").read_text("utf-8"))
    return {rule["id"] for rule in table_rules(table)}


def test_the_removed_rules_are_gone_from_the_table() -> None:
    assert not set(REMOVED) & _ids()


def test_a_day_in_an_aside_on_a_person_does_not_date_the_act(coder: Any) -> None:
    text = "The senator praised the mayor, who is standing in Tuesday's vote."
    # Tuesday is the mayor's vote, not the praise: the praise lies some time up to the day of writing
    assert _dated(coder, text, "2024-03-16", "praised") == [(None, "2024-03-16")]
    # the open range is the past tense's (dating.undated_past); without it the day of writing itself
    with switched_off({"dating.undated_past"}):
        assert _dated(coder, text, "2024-03-16", "praised") == [("2024-03-16", None)]

