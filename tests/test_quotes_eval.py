"""CI floor for `detente eval quotes --quick` on PolNeAR dev (read from ../shared/data at run time)."""

from __future__ import annotations


def test_quick_quotes_suite_keeps_its_floor(data_dir):
    from detente.eval.quotes import run

    result = run(data_dir, quick=True)
    figures = result.figures
    # measured 0.90 / 0.84 / 0.61 on this subset; the floors leave room for parser drift
    assert figures["direct content F1"] >= 0.85
    assert figures["direct speaker+content F1"] >= 0.78
    assert figures["all content F1"] >= 0.55
    assert "PolNeAR" in result.notes[0]
