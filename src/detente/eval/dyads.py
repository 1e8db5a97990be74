"""Dyad scoring: a gold event is found only by a coded event that names both of its parties.

Issue 13 item 1 defines the match, and this module applies it exactly:

- two texts *overlap* when they share a word other than "the", "of" and "and";
- an event *matches* a gold pair when one of its sources overlaps a gold source AND one of its
  targets overlaps a gold target; for reciprocal types (AGREE, CONSULT: the PLOVER codebook's
  extraction notes say a reciprocal agreement or meeting has no direction) either order counts;
- among the matching events the one of the gold's type is chosen, else the most confident;
- a gold pair that no event matches is the prediction NONE.

An event with an empty target can never match: that is the point of the measure.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from detente.records import ActorRef, Event

NONE = "NONE"
NOT_WORDS = frozenset({"the", "of", "and"})
WORD = re.compile(r"\w+(?:[.'’\-]\w+)*")
# fallback when the codebook is not at hand; read from it otherwise (reciprocal_types)
CODEBOOK_RECIPROCAL = frozenset({"AGREE", "CONSULT"})


def words(text: str) -> frozenset[str]:
    """The words of a text, lower-cased, possessive "'s" cut ("Japan's" is "japan"), without the/of/and."""
    out = set()
    for word in WORD.findall(text.lower()):
        word = re.sub(r"['’]s$", "", word)
        if word and word not in NOT_WORDS:
            out.add(word)
    return frozenset(out)


def overlap(a: str, b: str) -> bool:
    """The two texts share a word other than "the", "of", "and"."""
    return bool(words(a) & words(b))


def side_overlaps(refs: Iterable[ActorRef], gold: Iterable[str]) -> bool:
    gold = list(gold)
    return any(overlap(ref.text, phrase) for ref in refs for phrase in gold)


@lru_cache(maxsize=4)
def reciprocal_types(codebook: Path | None = None) -> frozenset[str]:
    """PLOVER types whose codebook extraction notes speak of a reciprocal act (coded with no direction)."""
    if codebook is None or not codebook.exists():
        return CODEBOOK_RECIPROCAL
    with codebook.open(encoding="utf-8", newline="") as handle:
        found = {row["event"].strip().upper() for row in csv.DictReader(handle)
                 if "reciprocal" in (row.get("extraction_notes") or "").lower()}
    return frozenset(found) or CODEBOOK_RECIPROCAL


def matches(event: Event, sources: list[str], targets: list[str], either_order: bool) -> bool:
    """Whether the event names the gold pair: source on source and target on target (or crosswise)."""
    if side_overlaps(event.source, sources) and side_overlaps(event.target, targets):
        return True
    return either_order and side_overlaps(event.source, targets) and side_overlaps(event.target, sources)


def dyad_event(events: list[Event], label: str, sources: list[str], targets: list[str],
               type_of: Callable[[Event], str], reciprocal: frozenset[str]) -> Event | None:
    """The event that codes the gold pair: matching events only, the gold's type first, then confidence."""
    either = label in reciprocal
    found = [e for e in events if matches(e, sources, targets, either)]
    if not found:
        return None
    return max(found, key=lambda e: (type_of(e) == label, e.confidence))


@dataclass
class SideCounts:
    """How the sides of the events went where no event matched (for reading the losses, not a score)."""

    source_right_target_empty: int = 0
    source_right_target_wrong: int = 0
    no_source_match: int = 0


@dataclass
class DyadTally:
    """Gold and dyad-predicted labels in step, and how the misses went."""

    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    misses: SideCounts = field(default_factory=SideCounts)
    rows: list[dict] = field(default_factory=list)  # one per gold pair, for reading the losses (write_rows)

    def add(self, gold: str, predicted: str) -> None:
        self.gold.append(gold)
        self.predicted.append(predicted)

    def extend(self, other: DyadTally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.misses.source_right_target_empty += other.misses.source_right_target_empty
        self.misses.source_right_target_wrong += other.misses.source_right_target_wrong
        self.misses.no_source_match += other.misses.no_source_match
        self.rows += other.rows


NO_EVENT, SOURCE_WRONG, TARGET_EMPTY, TARGET_WRONG, TYPE_WRONG, RIGHT = (
    "no event", "source wrong", "target empty", "target wrong", "type wrong", "right")


def miss_kind(events: list[Event], sources: list[str]) -> str:
    """Why no event matched: no event at all, no event with the gold source, or the source found but the
    target left empty or wrong."""
    with_source = [e for e in events if side_overlaps(e.source, sources)]
    if not events:
        return NO_EVENT
    if not with_source:
        return SOURCE_WRONG
    return TARGET_EMPTY if any(not e.target for e in with_source) else TARGET_WRONG


def count_miss(misses: SideCounts, events: list[Event], sources: list[str]) -> str:
    """Count why no event matched (see miss_kind) and return the kind."""
    kind = miss_kind(events, sources)
    if kind in (NO_EVENT, SOURCE_WRONG):
        misses.no_source_match += 1
    elif kind == TARGET_EMPTY:
        misses.source_right_target_empty += 1
    else:
        misses.source_right_target_wrong += 1
    return kind


def row(text: str, gold: str, predicted: str, kind: str, sources: list[str], targets: list[str],
        events: list[Event], type_of: Callable[[Event], str]) -> dict:
    """One gold pair and how it went, with our events in short form (type: sources -> targets)."""
    return {"kind": kind, "gold": gold, "predicted": predicted, "text": text, "gold_source": sources,
            "gold_target": targets,
            "ours": [f"{type_of(e)}: {' | '.join(r.text for r in e.source)} -> {' | '.join(r.text for r in e.target)}"
                     for e in events]}


def write_rows(path: Path, rows: Iterable[dict]) -> None:
    """The rows as JSON lines: `jq -r .kind FILE | sort | uniq -c` counts the kinds of loss."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for item in rows:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
