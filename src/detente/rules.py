"""Switching rules off by id, for ablation (`detente eval ablate`): which rules earn their place.

Rule tables (such as time/data/patterns.yaml) give every rule an id; code that applies a table
skips the ids switched off here. The switch is scoped (a ContextVar), so it affects only the
work inside the `switched_off` block, in this thread or task.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_off: ContextVar[frozenset[str]] = ContextVar("detente_rules_off", default=frozenset())


def switched_off_ids() -> frozenset[str]:
    """The rule ids switched off for the work in hand (empty: every rule on)."""
    return _off.get()


@contextmanager
def switched_off(ids: Iterable[str]) -> Iterator[None]:
    """Run the block with these rules off."""
    token = _off.set(_off.get() | frozenset(ids))
    try:
        yield
    finally:
        _off.reset(token)


def is_on(rule_id: str) -> bool:
    """Whether the rule applies to the work in hand (cheap: one ContextVar read when nothing is off)."""
    off = _off.get()
    return not off or rule_id not in off


RULE_KEYS = frozenset({"id", "examples"})


def table_rules(table: object) -> list[dict]:
    """The rules of one loaded rule table, in the file's order: every mapping entry that carries an `id`
    (at the top or one level down, as in time/data/patterns.yaml or factuality.yaml), and every entry of the
    file's `rules:` block (the ids and examples of tables that are bare word lists), with its `key` added.
    """
    found: list[dict] = []
    if isinstance(table, list):
        return [entry for entry in table if isinstance(entry, dict) and "id" in entry]
    if not isinstance(table, dict):
        return found
    for key, entry in table.items():
        if key == "rules":
            found += [{"key": name, **rule} for name, rule in (entry or {}).items()]
        elif isinstance(entry, dict) and "id" in entry:
            found.append({"key": key, **entry})
        elif isinstance(entry, list):
            found += [{"key": key, **e} for e in entry if isinstance(e, dict) and "id" in e]
    return found


def without_rule_keys(entry: dict) -> dict:
    """The entry as its loader reads it: `id` and `examples` are for the tests and the ablation."""
    return {k: v for k, v in entry.items() if k not in RULE_KEYS}
