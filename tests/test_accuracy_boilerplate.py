"""CI floor for the boilerplate suite: chrome removal cannot silently get worse."""

from __future__ import annotations

from detente.eval import run_suite


def test_boilerplate_quick_floor(data_dir) -> None:
    result = run_suite("boilerplate", data_dir, quick=True)
    assert result.figures["text_recall"] >= 0.95
    assert result.figures["text_precision"] >= 0.95
    assert result.figures["html_recall"] >= 0.90
    assert result.figures["html_precision"] >= 0.95
    assert result.figures["text_title_rate"] >= 0.85
