"""Stage: actors. Fills `analysis.actors` (see detente.analysis.Analysis)."""

from __future__ import annotations

from detente.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    """Placeholder until the actors stage is built: finds nothing."""
    return None
