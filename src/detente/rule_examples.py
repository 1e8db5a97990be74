"""Every rule table's examples, and what each kind of example expects: one place that says how an example
is run, for the test that runs them all (tests/test_rule_examples.py) and for the ablation, which reports
whether a rule's own examples still come out right with the rule switched off (the rule is then covered by
others for the case it was written for).

A table is a data file; its rules are the entries that carry an `id` and the entries of its `rules:` block
(detente.rules.table_rules). Each example is a dict with the input (`text`, or `line` for boilerplate) and
the expected output in the keys its table's checker reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from detente.rules import table_rules

PUBLISHED = "2024-01-08"  # the publication day examples are read against unless they give their own


@dataclass(frozen=True)
class Table:
    """One rule table: where it is, the suite its rules are measured on, and how its examples are checked."""

    package: str
    path: str
    suite: str
    check: str  # the name of the checker in CHECKS

    def rules(self) -> list[dict[str, Any]]:
        data = yaml.safe_load(resources.files(self.package).joinpath(self.path).read_text("utf-8"))
        if isinstance(data, dict) and isinstance(data.get("codes"), dict):  # announcements: a rule per statement type
            data = {**data, **data["codes"]}
        return table_rules(data)


TABLES: tuple[Table, ...] = (
    Table("detente.time", "data/patterns.yaml", "time", "time"),
    Table("detente.time", "data/dating.yaml", "time", "dating"),
    Table("detente.time", "data/words.yaml", "time", "time_words"),
    Table("detente.events", "data/factuality.yaml", "events", "factuality"),
    *(Table("detente.events", f"data/{name}.yaml", "events", "event")
      for name in ("verbs", "nouns", "wrappers", "roles", "demands", "announcements", "merge", "non_agents",
                   "arguments", "unnamed_parties", "senses")),
    Table("detente.quotes", "cues.yaml", "quotes", "quote"),
    Table("detente.ingest", "chrome.yaml", "boilerplate", "chrome"),
    Table("detente.ingest", "sources.yaml", "", "source"),  # no suite measures sources: examples only
    Table("detente.events", "data/prepositions.yaml", "events", "event"),
    Table("detente.events", "data/not_events.yaml", "events", "event"),
    Table("detente.claims", "numbers.yaml", "", "claim"),  # no claims suite yet: examples only, no ablation
    # the straight-quotes step changes the parse every suite reads (Settings.straight_quotes): examples only
    Table("detente.nlp", "data/typography.yaml", "", "parse"),
    # context rules of actor resolution: read with switches (actors.lexicon.lexicon)
    Table("detente.actors", "data/context.yaml", "actors", "actor"),
    # words that decide what a mention is: read with switches (`detente ablate actors`)
    Table("detente.actors", "data/mention_words.yaml", "actors", "actor"),
)


def rules_of(suite: str | None = None) -> list[tuple[Table, dict[str, Any]]]:
    """(table, rule) for every rule, or those measured on one suite, in file order."""
    return [(table, rule) for table in TABLES if suite in (None, table.suite) for rule in table.rules()]


@lru_cache(maxsize=1)
def _coder():  # type: ignore[no-untyped-def]
    from detente.pipeline import Coder

    return Coder()


def _coded(text: str, published: str | None = None) -> dict[str, Any]:
    return _coder().code_text(text, published=published or PUBLISHED)


def check_time(example: dict[str, Any]) -> str | None:
    """`expression` is found in `text` with TimeML `value` (read without a parse)."""
    from detente.time import expressions_in_text

    found = [(e.text, e.value) for e in
             expressions_in_text(example["text"], published=example.get("published", PUBLISHED), parse=False)]
    return None if (example["expression"], example["value"]) in found else f"found {found}"


def check_time_words(example: dict[str, Any]) -> str | None:
    """time/data/words.yaml: a dating example (with a `trigger`: see check_dating), or `expression` found in `text`
    with `value` (and the first and last days it covers, `first`/`last`, where given), or no expression with the
    words `absent`; `parse: true` reads the text with its parse."""
    from detente.time import expressions_in_text

    if "trigger" in example:
        return check_dating(example)
    found = expressions_in_text(example["text"], published=example.get("published", PUBLISHED),
                                parse=bool(example.get("parse")))
    seen = [(e.text, e.value, e.date, e.date_end) for e in found]
    if "absent" in example:
        return None if not any(example["absent"] in e.text for e in found) else f"found {seen}"
    ok = any(e.text == example["expression"] and e.value == example["value"]
             and example.get("first", e.date) == e.date and example.get("last", e.date_end) == e.date_end
             for e in found)
    return None if ok else f"found {seen}"


def check_dating(example: dict[str, Any]) -> str | None:
    """The event whose trigger is the `occurrence`-th `trigger` in `text` is dated by `expression` (null: by
    nothing in the text)."""
    from detente.analysis import Analysis
    from detente.nlp import load_pipeline
    from detente.nlp.typography import parse
    from detente.records import Document
    from detente.time import annotate, date_event

    if "basis" in example:
        return _event_basis(example)
    text = example["text"]
    analysis = Analysis(document=Document(doc_id="example", text=text, published=example.get("published", PUBLISHED),
                                          published_source="given"), doc=parse(load_pipeline(), text))
    annotate(analysis)
    start = -1
    for _ in range(example.get("occurrence", 1)):
        start = text.index(example["trigger"], start + 1)
    when = date_event(analysis, start, start + len(example["trigger"]))
    chosen = when.expression.text if when.expression is not None else None
    if chosen != example["expression"]:
        return f"dated by {chosen!r}"
    if "first" in example and (when.date, when.date_end) != (example["first"], example["last"]):
        return f"dated {when.date} to {when.date_end}"
    return None


def _event_basis(example: dict[str, Any]) -> str | None:
    """A coded event whose trigger holds `trigger` has date_basis `basis` and, where given, date_reason `reason`
    (for 'unscheduled': basis 'none' and no date) and, where given, its first day `date`."""
    events = _coded(example["text"], example.get("published"))["events"]
    found = [(e["mentions"][0]["trigger"]["text"], e["date_basis"], e.get("date_reason"), e["date"]) for e in events]
    ok = any(example["trigger"] in trigger and basis == example["basis"] and
             ("reason" not in example or reason == example["reason"]) and
             (reason != "unscheduled" or day is None) and ("date" not in example or day == example["date"])
             for trigger, basis, reason, day in found)
    return None if ok else f"found {found}"


def check_factuality(example: dict[str, Any]) -> str | None:
    """An `event` of that type with that `factuality` (and `stated_as` where given)."""
    events = _coded(example["text"])["events"]
    found = [(e["event_type"], e["factuality"], e["stated_as"] if "stated_as" in example else None) for e in events]
    return None if (example["event"], example["factuality"], example.get("stated_as")) in found else f"found {found}"


def _names(refs: list[dict[str, Any]], text: str | None, sector: str | None) -> bool:
    """One of the side's parties is written as `text` (a part of it will do) and has `sector`."""
    return any((text is None or text.lower() in ref["text"].lower()) and (sector is None or ref["sector"] == sector)
               for ref in refs)


def _matches(event: dict[str, Any], example: dict[str, Any]) -> bool:
    return (event["event_type"] == example["event"]
            and ("cameo" not in example or event["cameo"] == str(example["cameo"]))
            and ("reciprocal" not in example or event["reciprocal"] == example["reciprocal"])
            and ("location" not in example or (event["location"] or {}).get("name") == example["location"])
            and (("source" not in example and "source_sector" not in example)
                 or _names(event["source"], example.get("source"), example.get("source_sector")))
            and (("target" not in example and "target_sector" not in example)
                 or _names(event["target"], example.get("target"), example.get("target_sector"))))


def check_event(example: dict[str, Any]) -> str | None:
    """An `event` of that type with what else the example lists (`cameo`, `source`, `target`, their `*_sector`,
    `reciprocal`, `location`); `count` of them; or, with `no_event`, no event of that type."""
    events = _coded(example["text"])["events"]
    seen = [(e["event_type"], e["cameo"], [r["text"] for r in e["source"]], [r["text"] for r in e["target"]])
            for e in events]
    if "no_event" in example:
        return None if example["no_event"] not in [e["event_type"] for e in events] else f"found {seen}"
    matching = [e for e in events if _matches(e, example)]
    if "count" in example:
        return None if len(matching) == example["count"] else f"found {seen}"
    return None if matching else f"found {seen}"


def check_quote(example: dict[str, Any]) -> str | None:
    """An attribution whose content has the words `quote`, said by `speaker` as written (null: no speaker)."""
    quotes = _coded(example["text"])["quotes"]
    found = [(q["text"], q["speaker"]["text"] if q["speaker"] else None) for q in quotes]
    ok = any(example["quote"] in text and speaker == example["speaker"] for text, speaker in found)
    return None if ok else f"found {found}"


# a story the boilerplate examples are put into
STORY = ("The finance ministry said on Tuesday that the new budget would raise spending on schools and roads, "
         "after weeks of debate in parliament over how to pay for it.")
STORY_MORE = ("Opposition members said the plan relied on optimistic forecasts, and several regional leaders asked "
              "for more money to repair bridges damaged in last year's floods.")


def check_chrome(example: dict[str, Any]) -> str | None:
    """The `line`, in a scraped page after the first paragraph of a story (`place: end`: after the story), is
    removed (`chrome: true`) or kept."""
    from detente.ingest.chrome import clean_text

    line = example["line"]
    page = (f"Budget passes after long debate\n\n{STORY}\n\n{STORY_MORE}\n\n{STORY}\n\n{line}"
            if example.get("place") == "end" else
            f"Budget passes after long debate\n\n{STORY}\n\n{line}\n\n{STORY_MORE}\n\n{STORY}")
    cleaned = clean_text(page)
    if STORY_MORE not in cleaned.text:
        return "the story itself was removed"
    return None if (line in cleaned.removed) == example["chrome"] else f"removed {cleaned.removed}"


def check_source(example: dict[str, Any]) -> str | None:
    """The `line`, after a story in a scraped page with no URL or metadata, leaves the document with `source`."""
    from detente.ingest import prepare
    from detente.records import RawDocument

    page = f"Budget passes after long debate\n\n{STORY}\n\n{STORY_MORE}\n\n{example['line']}"
    source = prepare(RawDocument(origin="example", text=page)).document.source
    return None if source == example["source"] else f"source {source!r}"


def check_claim(example: dict[str, Any]) -> str | None:
    """A numeric claim written `claim` with the `value` (and `value_max`, `unit`, `qualifier`) given; or, with
    `no_claim`, no claim whose words include those."""
    claims = _coded(example["text"])["claims"]
    found = [(c["text"], c["value"], c["value_max"], c["unit"], c["qualifier"]) for c in claims]
    if "no_claim" in example:
        return None if not any(example["no_claim"] in c["text"] for c in claims) else f"found {found}"
    ok = any(c["text"] == example["claim"] and c["value"] == example["value"]
             and all(c[key] == example[key] for key in ("value_max", "unit", "qualifier") if key in example)
             for c in claims)
    return None if ok else f"found {found}"


def check_actor(example: dict[str, Any]) -> str | None:
    """The words `mention` are a mention of the actor `actor` (its id)."""
    actors = _coded(example["text"])["actors"]
    found = [(a["actor_id"], [m["text"] for m in a["mentions"]]) for a in actors]
    ok = any(a["actor_id"] == example["actor"] and example["mention"] in [m["text"] for m in a["mentions"]]
             for a in actors)
    return None if ok else f"found {found}"


def check_parse(example: dict[str, Any]) -> str | None:
    """The first `word` of `text`, parsed as the coder parses it, has the `tag` (and `lemma`, and the `head`
    word, where given), and the Doc keeps the text as written."""
    from detente.nlp import load_pipeline
    from detente.nlp.typography import parse

    doc = parse(load_pipeline(), example["text"])
    if doc.text != example["text"]:
        return f"the Doc's text is {doc.text!r}"
    token = next(t for t in doc if t.text == example["word"])
    found = {"tag": token.tag_, "lemma": token.lemma_, "head": token.head.text}
    wrong = {key: value for key, value in found.items() if key in example and example[key] != value}
    return f"parsed {found}" if wrong else None


CHECKS: dict[str, Callable[[dict[str, Any]], str | None]] = {
    "time": check_time, "dating": check_dating, "time_words": check_time_words, "factuality": check_factuality, "event": check_event, "quote": check_quote,
    "chrome": check_chrome, "source": check_source, "claim": check_claim, "actor": check_actor, "parse": check_parse,
}


def failures(table: Table, rule: dict[str, Any]) -> list[str]:
    """What went wrong with each of the rule's examples that did not come out as written (empty: all did)."""
    check = CHECKS[table.check]
    return [f"{example.get('text', example.get('line'))!r}: {problem}" for example in rule["examples"]
            if (problem := check(example)) is not None]
