"""`detente eval corpus` on ECB+: the reader, the scoring, and a quick run of the real suite."""

from __future__ import annotations

import pytest

from detente.eval import default_data_dir, run_suite
from detente.eval.corpus import aligned, clusters, coref_figures
from detente.eval.ecbplus import read_corpus

ECBPLUS = default_data_dir() / "ecbplus"
needs_data = pytest.mark.skipif(not ECBPLUS.is_dir(), reason=f"ECB+ not found at {ECBPLUS}")


def test_scores_of_a_perfect_and_a_lumped_grouping() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    perfect = coref_figures(clusters(gold), clusters(gold))
    assert perfect["b3_f1"] == pytest.approx(1.0) and perfect["conll_f1"] == pytest.approx(1.0)
    lumped = coref_figures(clusters(gold), clusters({k: "one" for k in gold}))
    assert lumped["b3_p"] == pytest.approx(0.5) and lumped["b3_r"] == pytest.approx(1.0)


def test_offsets_survive_removed_lines() -> None:
    gold = "Title\n\nMay 3 , 2013\n\nThe envoy arrived ."
    stored = "Title\n\nThe envoy arrived ."
    mapping = aligned(gold, stored)
    start = gold.index("envoy")
    assert stored[mapping[start]:mapping[start + 5]] == "envoy"
    assert gold.index("May") not in mapping


@needs_data
def test_reader_rebuilds_text_so_mentions_point_at_their_words() -> None:
    docs = read_corpus(ECBPLUS, ["1"])
    assert {d.subtopic for d in docs} == {"ecb", "ecbplus"}
    mentions = [m for d in docs for m in d.mentions]
    assert mentions and all(d.text[m.start:m.end] == m.text for d in docs for m in d.mentions)
    assert all(d.url and d.url.startswith("http") for d in docs if d.subtopic == "ecbplus")


@needs_data
def test_quick_suite_groups_articles_by_seminal_event() -> None:
    result = run_suite("corpus", quick=True)
    figures = result.figures
    assert figures["documents"] > 40 and figures["gold_article_groups"] == 4
    assert figures["article_b3_f1"] >= 0.85
    assert 0 < figures["event_coverage"] < 1 and figures["covered_mentions"] > 0
