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


def test_unresolved_share_counts_only_quotes_whose_text_names_the_speaker(analyse):
    from detente.eval.speakers import Unresolved

    a = analyse('Juma Mwinyi opened the port on Monday. "Trade will grow," he said. '
                '"Ships are waiting," a spokeswoman said. The Tanzanian ports authority said fees would rise.')
    found = Unresolved()
    found.add([a])
    assert found.named["pronoun"] == 1 and found.unresolved["pronoun"] == 0  # "he" is Juma Mwinyi
    assert found.named["name"] + found.named["description"] >= 1  # the authority; the spokeswoman names no one
    assert sum(found.named.values()) == 2
    assert 0.0 <= found.share() <= 1.0
