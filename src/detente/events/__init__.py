"""Stage: events. Fills `analysis.events` (see detente.analysis.Analysis)."""

from __future__ import annotations

from detente.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    """Placeholder until the events stage is built: finds nothing."""
    return None
