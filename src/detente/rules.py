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
