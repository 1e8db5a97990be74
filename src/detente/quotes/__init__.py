"""Stage: quotes. Fills `analysis.quotes` (see detente.analysis.Analysis)."""

from __future__ import annotations

from detente.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    """Placeholder until the quotes stage is built: finds nothing."""
    return None
