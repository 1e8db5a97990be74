"""The coding stages and what each one reads from and adds to the Analysis.

A Coder runs an explicit, ordered list of stage names from this registry; it checks before the
first document that every field a stage reads is either given (the document and its parse) or
added by a stage before it, so a missing or misordered stage is a clear error, not a silent
empty list. A stage can be tested alone by making an Analysis with the fields it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from detente.analysis import Analysis

GIVEN = frozenset({"document", "doc", "removed", "settings"})  # what every Analysis starts with


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Analysis], None]
    reads: frozenset[str]  # Analysis fields it needs ("document" covers its text and date)
    adds: frozenset[str]  # Analysis fields it fills
    doc: str = ""  # one line: what it does


REGISTRY: dict[str, Stage] = {}


def register(name: str, run: Callable[[Analysis], None], reads: Sequence[str], adds: Sequence[str],
             doc: str = "") -> Stage:
    """Add a stage under a name (a later registration with the same name replaces it)."""
    stage = REGISTRY[name] = Stage(name, run, frozenset(reads), frozenset(adds), doc)
    return stage


def _register_builtin() -> None:
    from detente import actors, claims, events, quotes
    from detente import time as time_stage

    register("time", time_stage.annotate, ["document", "doc", "removed"], ["times"],
             "time expressions, normalised; a missing publication date inferred")
    register("actors", actors.annotate, ["document", "doc"], ["actors", "mentions", "chains"],
             "actor mentions resolved to ids, countries and sectors as of the story's date")
    register("events", events.annotate, ["document", "doc", "times", "mentions", "settings"], ["events"],
             "PLOVER/CAMEO events with their parties, dates, factuality and place")
    register("quotes", quotes.annotate, ["document", "doc", "actors", "mentions", "chains"], ["quotes"],
             "direct and reported speech with its speaker")
    register("claims", claims.annotate, ["document", "doc", "times", "quotes"], ["claims"],
             "numeric claims and who made them")


_register_builtin()
DEFAULT_STAGES: tuple[str, ...] = ("time", "actors", "events", "quotes", "claims")


class StageOrderError(ValueError):
    pass


def plan(names: Sequence[str]) -> list[Stage]:
    """The stages to run, in order, after checking each one's inputs are there when it runs."""
    have = set(GIVEN)
    out = []
    for name in names:
        stage = REGISTRY.get(name)
        if stage is None:
            raise StageOrderError(f"unknown stage {name!r}; registered: {', '.join(REGISTRY)}")
        missing = sorted(stage.reads - have)
        if missing:
            raise StageOrderError(f"stage {name!r} reads {', '.join(missing)}, which no earlier stage adds")
        have |= stage.adds
        out.append(stage)
    return out
