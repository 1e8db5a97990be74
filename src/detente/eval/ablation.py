"""Ablation: switch each rule of a suite's rule table off in turn and measure what it was worth.

The `detente ablate SUITE` verb. A rule whose removal changes no figure is a candidate for deletion
(or its example shows a case the gold data lacks); one whose removal raises a figure is doing harm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from detente.eval import SuiteResult, run_suite
from detente.rules import switched_off, table_rules


def _time_rule_ids() -> list[str]:
    from detente.time.extract import pattern_table

    return [str(rule["id"]) for rule in pattern_table()]


def _factuality_rule_ids() -> list[str]:
    from detente.events.lexicon import factuality_rules

    return [str(rule["id"]) for rule in factuality_rules().values()]


def _ids_in(package: str, *names: str) -> Callable[[], list[str]]:
    """The rule ids of these data files of a package (detente.rules.table_rules: entries and `rules:` blocks)."""
    def ids() -> list[str]:
        found = []
        for name in names:
            table = yaml.safe_load(resources.files(package).joinpath(name).read_text("utf-8"))
            if isinstance(table, dict) and isinstance(table.get("codes"), dict):  # announcements: one rule a type
                table = {**table, **table["codes"]}
            found += [str(rule["id"]) for rule in table_rules(table)]
        return found
    return ids


def _joined(*parts: Callable[[], list[str]]) -> Callable[[], list[str]]:
    return lambda: [rule for part in parts for rule in part()]


EVENT_TABLES = ("data/verbs.yaml", "data/nouns.yaml", "data/wrappers.yaml", "data/roles.yaml", "data/demands.yaml",
                "data/announcements.yaml", "data/merge.yaml", "data/non_agents.yaml", "data/unnamed_parties.yaml")

# suite -> the ids of the rules it can switch off (the tables that carry ids and examples), measured on that suite
RULE_TABLES: dict[str, Callable[[], list[str]]] = {
    "time": _time_rule_ids,
    "events": _joined(_factuality_rule_ids, _ids_in("detente.events", *EVENT_TABLES)),
}


@dataclass
class Ablation:
    rule: str
    changes: dict[str, float]  # figure -> value without the rule minus value with it (only those that moved)


def _numbers(result: SuiteResult) -> dict[str, float]:
    """Accuracy figures only: timings and stage costs move from run to run whatever the rules."""
    return {k: float(v) for k, v in result.figures.items()
            if isinstance(v, (int, float)) and not any(w in k for w in ("second", "cost", " s)"))}


def ablate(suite: str, data_dir: Path | None = None, quick: bool = False, rules: list[str] | None = None
           ) -> Iterator[SuiteResult | Ablation]:
    """First the suite's figures with every rule on, then one Ablation per rule (`rules`: a subset)."""
    if suite not in RULE_TABLES:
        raise KeyError(f"no rule table with ids for suite {suite!r}; ablation covers: {', '.join(RULE_TABLES)}")
    known = RULE_TABLES[suite]()
    unknown = sorted(set(rules or []) - set(known))
    if unknown:
        raise KeyError(f"unknown rule id(s) {', '.join(unknown)}; {suite} has: {', '.join(known)}")
    base = run_suite(suite, data_dir, quick=quick)
    yield base
    before = _numbers(base)
    for rule in rules or known:
        with switched_off({rule}):
            after = _numbers(run_suite(suite, data_dir, quick=quick))
        yield Ablation(rule, {k: round(after[k] - v, 4) for k, v in before.items()
                              if k in after and abs(after[k] - v) > 1e-9})
