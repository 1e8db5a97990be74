"""Every rule in a rule table carries an id and an example; this runs all the examples (detente.rule_examples
says how each table's examples are read). A rule whose example no longer comes out as written has been broken
by some other change. time/data/discourse.yaml's examples run in test_time_discourse.py."""

from __future__ import annotations

import pytest

from detente.rule_examples import TABLES, failures, rules_of
from detente.rules import switched_off
from detente.time import expressions_in_text

RULES = rules_of()


def test_every_rule_has_a_unique_id_and_an_example() -> None:
    ids = [rule["id"] for _, rule in RULES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert all(rule.get("examples") for _, rule in RULES)
    assert {table.suite for table in TABLES} == {"time", "events", "quotes", "boilerplate", "actors", ""}


@pytest.mark.parametrize(("table", "rule"), RULES, ids=[rule["id"] for _, rule in RULES])
def test_rule_examples(table, rule: dict) -> None:
    assert not failures(table, rule)


def test_switching_a_rule_off_removes_what_only_it_finds() -> None:
    text = "The rebels seized the town three days ago."
    assert any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))
    with switched_off({"time.ago"}):
        assert not any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))
    assert any(e.value == "2024-01-05" for e in expressions_in_text(text, published="2024-01-08", parse=False))


def test_switching_a_factuality_rule_off_changes_what_it_decides(coder) -> None:
    text = "Japan plans to impose sanctions on North Korea."
    with switched_off({"factuality.future_heads"}):
        events = coder.code_text(text, published="2024-01-08")["events"]
    assert ("SANCTION", "future") not in [(e["event_type"], e["factuality"]) for e in events]
    events = coder.code_text(text, published="2024-01-08")["events"]
    assert ("SANCTION", "future") in [(e["event_type"], e["factuality"]) for e in events]


def test_switching_a_frame_block_off_loses_its_events(coder) -> None:
    text = "Armenia accused Azerbaijan of shelling its villages."
    with switched_off({"events.verbs.accuse"}):
        assert "ACCUSE" not in [e["event_type"] for e in coder.code_text(text)["events"]]
    assert "ACCUSE" in [e["event_type"] for e in coder.code_text(text)["events"]]


def test_switching_an_actor_word_list_off_loses_its_mentions(coder) -> None:
    """The word lists moved out of the actors code (actors/data/mention_words.yaml) obey the switches."""
    text = "Assad said his brother would command the new division."

    def relatives() -> list[str]:
        return [a["actor_id"] for a in coder.code_text(text, published="2024-01-08")["actors"]
                if a["actor_id"].startswith("brother-of-")]

    with switched_off({"actors.kin"}):
        assert not relatives()
    assert relatives() == ["brother-of-bashar-al-assad"]


def test_switching_a_cue_list_off_loses_its_attributions(coder) -> None:
    text = "The Polish president described the plan as reckless."
    with switched_off({"quotes.describe_verbs"}):
        assert not coder.code_text(text, published="2024-01-08")["quotes"]
    assert coder.code_text(text, published="2024-01-08")["quotes"]


def test_switching_a_chrome_pattern_off_keeps_its_line() -> None:
    from detente.ingest.chrome import clean_text
    from detente.rule_examples import STORY, STORY_MORE

    page = f"Budget passes after long debate\n\n{STORY}\n\n37 comments\n\n{STORY_MORE}"
    assert "37 comments" in clean_text(page).removed
    with switched_off({"chrome.widget.comment_count"}):
        assert "37 comments" not in clean_text(page).removed


def test_ablation_measures_a_rule_and_says_whether_its_examples_need_it(data_dir) -> None:
    """`detente ablate boilerplate --quick --rule chrome.teaser_headers`: without the teaser headers the link boxes
    that close the generated pages stay in the text, so precision falls, and the rule's own example fails."""
    from detente.eval.ablation import Ablation, ablate

    base, without = list(ablate("boilerplate", data_dir, quick=True, rules=["chrome.teaser_headers"]))
    assert isinstance(without, Ablation) and without.rule == "chrome.teaser_headers"
    assert without.changes["text_precision"] < 0
    assert without.examples_hold is False
    assert base.figures["text_precision"] + without.changes["text_precision"] < base.figures["text_precision"]


def test_ablation_refuses_an_unknown_rule(data_dir) -> None:
    from detente.eval.ablation import ablate

    with pytest.raises(KeyError, match="unknown rule id"):
        next(ablate("boilerplate", data_dir, quick=True, rules=["chrome.no_such_rule"]))
