"""Stage: time. Finds and normalises time expressions; dates events when they happened.

Interface used by other stages (keep these signatures):
- annotate(analysis): fill `analysis.times`; infer `document.published` when it is missing.
- expressions_in_text(text, published=None) -> list[TimeExpression]: the `detente time` verb.
- date_event(analysis, trigger_start, trigger_end) -> EventDate: when the event whose trigger
  is at that character span happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.analysis import Analysis
from detente.records import TimeExpression


@dataclass
class EventDate:
    date: str | None
    date_end: str | None
    date_precision: str  # day | month | year | decade | range | unknown
    date_basis: str  # explicit | relative | document | none
    historical: bool
    expression: TimeExpression | None = None


def annotate(analysis: Analysis) -> None:
    """Placeholder until the time stage is built: finds nothing."""
    return None


def expressions_in_text(text: str, published: str | None = None) -> list[TimeExpression]:
    raise NotImplementedError("time expressions are not built yet")


def date_event(analysis: Analysis, trigger_start: int, trigger_end: int) -> EventDate:
    """Placeholder: the publication date, with basis `document`."""
    published = analysis.document.published
    return EventDate(published, None, "day" if published else "unknown", "document" if published else "none", False)
