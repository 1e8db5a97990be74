"""Every rule in a rule table carries an id and an example; this runs all the examples.

A rule whose example no longer comes out as written has been broken by some other change."""

from __future__ import annotations

import pytest

from detente.events.lexicon import factuality_rules
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


FACTUALITY_RULES = list(factuality_rules().values())


@pytest.mark.parametrize("rule", FACTUALITY_RULES, ids=[rule["id"] for rule in FACTUALITY_RULES])
def test_factuality_rule_examples(rule: dict, coder) -> None:
    assert rule["words"] and rule["examples"]
    for example in rule["examples"]:
        events = coder.code_text(example["text"], published="2024-01-08")["events"]
        found = [(e["event_type"], e["factuality"], e["stated_as"] if "stated_as" in example else None)
                 for e in events]
        assert (example["event"], example["factuality"], example.get("stated_as")) in found, found


def test_switching_a_factuality_rule_off_changes_what_it_decides(coder) -> None:
    text = "Japan plans to impose sanctions on North Korea."
    with switched_off({"factuality.future_heads"}):
        events = coder.code_text(text, published="2024-01-08")["events"]
    assert ("SANCTION", "future") not in [(e["event_type"], e["factuality"]) for e in events]
    events = coder.code_text(text, published="2024-01-08")["events"]
    assert ("SANCTION", "future") in [(e["event_type"], e["factuality"]) for e in events]
