"""Every rule in a rule table carries an id and an example; this runs all the examples.

A rule whose example no longer comes out as written has been broken by some other change."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from detente.events.lexicon import factuality_rules
from detente.rules import switched_off, table_rules
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


# --- the events stage's other tables: every rule's examples, run on the coder ---------------------------------
EVENT_TABLES = ("verbs.yaml", "nouns.yaml", "wrappers.yaml", "roles.yaml", "demands.yaml", "announcements.yaml",
                "merge.yaml", "non_agents.yaml", "unnamed_parties.yaml")


def _event_rules() -> list[dict]:
    found = []
    for name in EVENT_TABLES:
        table = yaml.safe_load(resources.files("detente.events").joinpath("data", name).read_text("utf-8"))
        if name == "announcements.yaml":
            table = table["codes"]
        found += table_rules(table)
    return found


EVENT_RULES = _event_rules()


def _names(refs: list[dict], text: str | None, sector: str | None) -> bool:
    """Whether one of the side's parties is written as `text` (a part of it will do) and has `sector`."""
    return any((text is None or text.lower() in ref["text"].lower()) and (sector is None or ref["sector"] == sector)
               for ref in refs)


def _matches(event: dict, example: dict) -> bool:
    return (event["event_type"] == example["event"]
            and ("cameo" not in example or event["cameo"] == str(example["cameo"]))
            and ("reciprocal" not in example or event["reciprocal"] == example["reciprocal"])
            and (("source" not in example and "source_sector" not in example)
                 or _names(event["source"], example.get("source"), example.get("source_sector")))
            and (("target" not in example and "target_sector" not in example)
                 or _names(event["target"], example.get("target"), example.get("target_sector"))))


def check_event_example(coder, example: dict) -> None:
    """An example names an event the text must give (type and what else it lists), `count` of them, or with
    `no_event` a type the text must not give."""
    events = coder.code_text(example["text"], published="2024-01-08")["events"]
    seen = [(e["event_type"], e["cameo"], [r["text"] for r in e["source"]], [r["text"] for r in e["target"]])
            for e in events]
    if "no_event" in example:
        assert example["no_event"] not in [e["event_type"] for e in events], seen
        return
    matching = [e for e in events if _matches(e, example)]
    if "count" in example:
        assert len(matching) == example["count"], seen
    else:
        assert matching, seen


def test_event_rules_have_unique_ids_and_examples() -> None:
    ids = [rule["id"] for rule in EVENT_RULES] + [rule["id"] for rule in FACTUALITY_RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.get("examples") for rule in EVENT_RULES)


@pytest.mark.parametrize("rule", EVENT_RULES, ids=[rule["id"] for rule in EVENT_RULES])
def test_event_rule_examples(rule: dict, coder) -> None:
    for example in rule["examples"]:
        check_event_example(coder, example)


# --- the quotes stage's cues ------------------------------------------------------------------------------------
QUOTE_RULES = table_rules(yaml.safe_load(resources.files("detente.quotes").joinpath("cues.yaml").read_text("utf-8")))


@pytest.mark.parametrize("rule", QUOTE_RULES, ids=[rule["id"] for rule in QUOTE_RULES])
def test_quote_rule_examples(rule: dict, coder) -> None:
    """`quote`: words of an attribution's content; `speaker`: its speaker as written (null: no speaker)."""
    for example in rule["examples"]:
        quotes = coder.code_text(example["text"], published="2024-01-08")["quotes"]
        found = [(q["text"], q["speaker"]["text"] if q["speaker"] else None) for q in quotes]
        assert any(example["quote"] in text and speaker == example["speaker"] for text, speaker in found), found


def test_switching_a_cue_list_off_loses_its_attributions(coder) -> None:
    text = "The Polish president described the plan as reckless."
    with switched_off({"quotes.describe_verbs"}):
        assert not coder.code_text(text, published="2024-01-08")["quotes"]
    assert coder.code_text(text, published="2024-01-08")["quotes"]


# --- boilerplate removal (ingest/chrome.yaml) -------------------------------------------------------------------
CHROME_RULES = table_rules(yaml.safe_load(resources.files("detente.ingest").joinpath("chrome.yaml").read_text("utf-8")))
STORY = ("The finance ministry said on Tuesday that the new budget would raise spending on schools and roads, "
         "after weeks of debate in parliament over how to pay for it.")
STORY_MORE = ("Opposition members said the plan relied on optimistic forecasts, and several regional leaders asked "
              "for more money to repair bridges damaged in last year's floods.")


@pytest.mark.parametrize("rule", CHROME_RULES, ids=[rule["id"] for rule in CHROME_RULES])
def test_chrome_rule_examples(rule: dict) -> None:
    """Each example line, put into a page between paragraphs of a story, is removed (or kept) as it says."""
    from detente.ingest.chrome import clean_text

    for example in rule["examples"]:
        page = f"Budget passes after long debate\n\n{STORY}\n\n{STORY_MORE}\n\n{example['line']}\n\n{STORY}"
        cleaned = clean_text(page)
        assert (example["line"] in cleaned.removed) == example["chrome"], cleaned.removed
        assert STORY_MORE in cleaned.text


def test_switching_a_chrome_pattern_off_keeps_its_line() -> None:
    from detente.ingest.chrome import clean_text

    page = f"Budget passes after long debate\n\n{STORY}\n\n37 comments\n\n{STORY_MORE}"
    assert "37 comments" in clean_text(page).removed
    with switched_off({"chrome.widget.comment_count"}):
        assert "37 comments" not in clean_text(page).removed
