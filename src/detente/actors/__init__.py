"""Stage: actors. Finds who acts in the text and resolves each to a country and sector.

Interface used by other stages (keep these signatures):
- annotate(analysis): fill `analysis.actors` (every actor with all its mentions).
- actors_in_span(analysis, start, end, date=None): the actors named inside a character span
  (a syntactic argument of an event or a quote's speaker phrase), resolved as of `date`,
  the most central first.
- resolve_phrase(text, date=None, context=None) -> dict: the `detente actors resolve` verb.
- import_wikidata(csv_path, out_path) -> int: the `detente actors import-wikidata` verb.
"""

from __future__ import annotations

from pathlib import Path

from detente.analysis import Analysis
from detente.records import ActorRef


def annotate(analysis: Analysis) -> None:
    """Placeholder until the actor stage is built: finds nothing."""
    return None


def actors_in_span(analysis: Analysis, start: int, end: int, date: str | None = None) -> list[ActorRef]:
    """Placeholder: named entities inside the span, unresolved (no country or sector)."""
    return [
        ActorRef(actor_id=None, country=None, sector=None, text=ent.text, start=ent.start_char, end=ent.end_char)
        for ent in analysis.doc.ents
        if ent.start_char >= start and ent.end_char <= end and ent.label_ in ("PERSON", "GPE", "NORP", "ORG")
    ]


def resolve_phrase(text: str, date: str | None = None, context: str | None = None) -> dict:
    raise NotImplementedError("actor resolution is not built yet")


def import_wikidata(csv_path: Path, out_path: Path) -> int:
    raise NotImplementedError("Wikidata import is not built yet")
