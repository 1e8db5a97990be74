"""Stage: claims. Fills `analysis.claims` (see detente.analysis.Analysis)."""

from __future__ import annotations

from detente.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    """Placeholder until the claims stage is built: finds nothing."""
    return None
