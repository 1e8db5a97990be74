"""Every rule in a rule table carries an id and an example; this runs all the examples.

A rule whose example no longer comes out as written has been broken by some other change."""

from __future__ import annotations

import pytest

from detente.rules import switched_off
from detente.time import expressions_in_text
from detente.time.extract import pattern_table

TIME_RULES = pattern_table()


def test_time_rules_have_unique_ids_and_examples() -> None:
    ids = [rule["id"] for rule in TIME_RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.get("examples") for rule in TIME_RULES)


@pytest.mark.parametrize("rule", TIME_RULES, ids=[rule["id"] for rule in TIME_RULES])
def test_time_rule_examples(rule: dict) -> None:
    for example in rule["examples"]:
        found = [(e.text, e.value) for e in
                 expressions_in_text(example["text"], published=example.get("published", "2024-01-08"), parse=False)]
        assert (example["expression"], example["value"]) in found, found


def test_switching_a_rule_off_removes_what_only_it_finds() -> None:
    text = "The rebels seized the town three days ago."
    assert any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))
    with switched_off({"time.ago"}):
        assert not any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))
    assert any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))
