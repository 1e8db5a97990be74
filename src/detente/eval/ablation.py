"""Ablation: switch each rule of a suite's rule table off in turn and measure what it was worth.

The `detente ablate SUITE` verb. A rule whose removal changes no figure is a candidate for deletion
(or its example shows a case the gold data lacks); one whose removal raises a figure is doing harm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from detente.eval import SuiteResult, run_suite
from detente.rules import switched_off


def _ids(suite: str) -> Callable[[], list[str]]:
    def ids() -> list[str]:
        from detente.rule_examples import rules_of

        found = [str(rule["id"]) for _, rule in rules_of(suite)]
        if suite == "time":  # discourse dating's rules (their examples run in tests/test_time_discourse.py)
            from detente.time.discourse import discourse_rules

            found += [str(rule["id"]) for rule in discourse_rules()]
        return found
    return ids


# suite -> the ids of the rules it can switch off (the tables that carry ids and examples, detente.rule_examples),
# measured on that suite
RULE_TABLES: dict[str, Callable[[], list[str]]] = {suite: _ids(suite)
                                                   for suite in ("time", "events", "quotes", "boilerplate", "actors")}


@dataclass
class Ablation:
    rule: str
    changes: dict[str, float]  # figure -> value without the rule minus value with it (only those that moved)
    # whether the rule's own examples still come out as written with it off (None: they are run elsewhere)
    examples_hold: bool | None = None


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
    from detente.rule_examples import failures, rules_of

    examples = {str(rule["id"]): (table, rule) for table, rule in rules_of(suite)}
    with _reusing(suite):
        base = run_suite(suite, data_dir, quick=quick)
        yield base
        before = _numbers(base)
        for rule in rules or known:
            with switched_off({rule}):
                after = _numbers(run_suite(suite, data_dir, quick=quick))
                held = not failures(*examples[rule]) if rule in examples else None
            yield Ablation(rule, {k: round(after[k] - v, 4) for k, v in before.items()
                                  if k in after and abs(after[k] - v) > 1e-9}, held)


def _reusing(suite: str) -> AbstractContextManager[None]:
    """The events suite keeps its parses and fold models between the runs (eval/events.py reusing_parses):
    only the events stage depends on the rules switched off here."""
    if suite == "events":
        from detente.eval.events import reusing_parses

        return reusing_parses()
    return nullcontext()
