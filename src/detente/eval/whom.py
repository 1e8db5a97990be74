"""Whom on real articles (issue 13 target): how often an asserted event leaves its target empty although
its sentence names a second party.

No gold marks the parties of these articles; the measure needs none. For every asserted event (as the
events stage outputs it, one per happening) we look at the sentence of its first mention: if the actors
stage found there an actor other than the event's source (not inside a source phrase, not the same actor,
not the source's own state or an unnamed office of it), the sentence names a second party, and an empty target is a likely
loss. The held-out target is at most 20 % of such events. Texts: the seed articles beside the data and the
PolNeAR dev articles (real US political news).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from detente.analysis import Analysis
from detente.eval import SuiteResult
from detente.events import names_another_party
from detente.ingest import Prepared, prepare
from detente.records import Event, RawDocument

FILE_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
QUICK_DOCUMENTS = 5


@dataclass
class EmptyTargets:
    """Counts over asserted events: all, those whose sentence names a second party, of those with no target."""

    documents: int = 0
    asserted: int = 0
    asserted_empty: int = 0
    second_party: int = 0
    second_party_empty: int = 0

    def add(self, analysis: Analysis) -> None:
        self.documents += 1
        for event in analysis.events:
            if event.factuality != "asserted" or not event.mentions:
                continue
            self.asserted += 1
            self.asserted_empty += not event.target
            if names_second_party(analysis, event):
                self.second_party += 1
                self.second_party_empty += not event.target


def names_second_party(analysis: Analysis, event: Event) -> bool:
    """Whether the sentence of the event's first mention names an actor besides its source (the events stage's
    own test, detente.events.names_another_party)."""
    first = event.mentions[0]
    return names_another_party(analysis, event, first.start, first.end)


def article_sets(data_dir: Path, quick: bool) -> dict[str, list[Prepared]]:
    """The seed articles (beside the data folder) and the PolNeAR dev texts, dated by their file names,
    cleaned as ingestion cleans any article."""
    sets: dict[str, list[Prepared]] = {}
    seeds = data_dir.parent / "seeds"
    if seeds.is_dir():
        sets["seeds"] = [_prepared(p, None) for p in sorted(seeds.glob("*.txt"))]
    polnear = data_dir / "polnear" / "dev" / "text"
    if polnear.is_dir():
        paths = sorted(polnear.glob("*.txt"))
        paths = paths[:QUICK_DOCUMENTS] if quick else paths
        sets["PolNeAR dev"] = [_prepared(p, (FILE_DATE.search(p.name) or [None, None])[1]) for p in paths]
    return sets


def _prepared(path: Path, published: str | None) -> Prepared:
    return prepare(RawDocument(origin=path.name, text=path.read_text("utf-8", errors="replace")), published=published)


def count(analyses: Iterable[Analysis | None]) -> EmptyTargets:
    tally = EmptyTargets()
    for analysis in analyses:
        if analysis is not None:
            tally.add(analysis)
    return tally


def run(data_dir: Path, quick: bool = False) -> SuiteResult:
    from detente.eval.events import _analyses

    started = time.perf_counter()
    figures: dict[str, float] = {}
    notes = ["asserted events as the events stage outputs them (one per happening); a sentence names a second party"
             " when the actors stage resolved an actor in the sentence of the event's first mention that is not its"
             " source (not inside a source phrase, not the same actor, not the source's own state or an unnamed office of"
             " it); target: at most 0.20"
             " (held-out real articles)"]
    for name, documents in article_sets(data_dir, quick).items():
        tally = count(_analyses(documents))
        figures[f"{name}: documents"] = tally.documents
        figures[f"{name}: asserted events"] = tally.asserted
        figures[f"{name}: asserted events whose sentence names a second party"] = tally.second_party
        figures[f"{name}: share of those with an empty target"] = (
            tally.second_party_empty / tally.second_party if tally.second_party else 0.0)
        figures[f"{name}: share of all asserted events with an empty target"] = (
            tally.asserted_empty / tally.asserted if tally.asserted else 0.0)
    notes.append(f"suite ran in {time.perf_counter() - started:.0f} s"
                 f"{'; first PolNeAR dev texts only (quick)' if quick else ''}")
    return SuiteResult("whom", figures, notes=notes)
