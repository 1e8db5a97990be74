"""Dyad scoring (issue 13 item 1) and the ConfliBERT role measure, on examples written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.eval import dyads, roles
from detente.eval import events as evaluate
from detente.records import ActorRef, Event, EventMention, Span


def _ref(text: str, sentence: str) -> ActorRef:
    start = sentence.index(text)
    return ActorRef(actor_id=None, country=None, sector=None, text=text, start=start, end=start + len(text))


def _event(event_type: str, sentence: str, source: str | None, target: str | None, confidence: float = 0.8) -> Event:
    mention = EventMention(sentence=0, start=0, end=len(sentence), text=sentence, trigger=Span(0, 1, sentence[0]))
    return Event(event_id=event_type, event_type=event_type, mode=None, contexts=[], cameo=None, goldstein=None,
                 quad_class=None, source=[_ref(source, sentence)] if source else [],
                 target=[_ref(target, sentence)] if target else [], mentions=[mention], confidence=confidence)


def test_overlap_is_a_shared_word_other_than_the_of_and() -> None:
    assert dyads.overlap("the Government of Peru", "Peru")
    assert dyads.overlap("Chile's navy", "Chile")  # the possessive is the word's ending, not a word
    assert not dyads.overlap("the Ministry of Health", "the Bank of England")  # only the/of shared
    assert not dyads.overlap("Peru and Chile", "and the")


def test_an_event_without_the_target_finds_nothing() -> None:
    sentence = "Peru's navy seized two Chilean trawlers near the border."
    no_target = _event("COERCE", sentence, "Peru's navy", None, 0.9)
    chosen = dyads.dyad_event([no_target], "COERCE", ["Peru's navy"], ["two Chilean trawlers"],
                              lambda e: e.event_type, frozenset())
    assert chosen is None
    tally = dyads.DyadTally()
    gold = evaluate.Gold(sentence, "COERCE", ["Peru's navy"], ["two Chilean trawlers"])
    evaluate.score_dyad(tally, [no_target], gold, {}, frozenset())
    assert tally.predicted == [evaluate.NONE]
    assert tally.misses.source_right_target_empty == 1


def test_the_matching_event_of_the_gold_type_is_preferred_over_confidence() -> None:
    sentence = "Peru accused Chile and then expelled Chile's ambassador."
    accuse = _event("ACCUSE", sentence, "Peru", "Chile", 0.9)
    expel = _event("COERCE", sentence, "Peru", "Chile's ambassador", 0.6)
    other = _event("COERCE", sentence, "Peru", None, 0.99)
    chosen = dyads.dyad_event([accuse, expel, other], "COERCE", ["Peru"], ["Chile's ambassador"],
                              lambda e: e.event_type, frozenset())
    assert chosen is expel
    chosen = dyads.dyad_event([accuse, other], "COERCE", ["Peru"], ["Chile's ambassador"],
                              lambda e: e.event_type, frozenset())
    assert chosen is accuse  # it names both parties, so the pair is found, with the wrong type


def test_either_order_only_for_reciprocal_types() -> None:
    sentence = "Chile met Peru in Lima."
    reversed_pair = _event("CONSULT", sentence, "Chile", "Peru")
    assert dyads.dyad_event([reversed_pair], "CONSULT", ["Peru"], ["Chile"], lambda e: e.event_type,
                            frozenset({"CONSULT"})) is reversed_pair
    assert dyads.dyad_event([reversed_pair], "ACCUSE", ["Peru"], ["Chile"], lambda e: e.event_type,
                            frozenset({"CONSULT"})) is None


def test_reciprocal_types_come_from_the_codebook(tmp_path: Path) -> None:
    book = tmp_path / "book.csv"
    book.write_text("event,mode,event_def,mode_def,extraction_notes\nMEET,,d,m,\"reciprocal: both actors\"\n"
                    "HIT,,d,m,\"\"\n", encoding="utf-8")
    assert dyads.reciprocal_types(book) == frozenset({"MEET"})


def test_dyad_figures_count_missing_pairs_as_none() -> None:
    tally = dyads.DyadTally()
    for gold, predicted in [("ASSAULT", "ASSAULT"), ("ASSAULT", evaluate.NONE), ("AID", "AID"), ("AID", "ASSAULT")]:
        tally.add(gold, predicted)
    figures = evaluate.dyad_figures("X", tally)
    assert figures["X dyad found rate"] == pytest.approx(0.75)
    assert figures["X dyad type accuracy where found"] == pytest.approx(2 / 3)
    assert figures["X dyad macro-F1"] == pytest.approx((0.5 + 2 / 3) / 2)


def test_role_file_reads_spans_and_rebuilds_text(tmp_path: Path) -> None:
    conll = tmp_path / "ner.txt"
    conll.write_text("Peru B-S\n's I-S\nnavy I-S\nseized O\ntwo B-T\ntrawlers I-T\n. O\n\n"
                     "Chile B-R\nand I-R\nPeru I-R\nmet O\n. O\n", encoding="utf-8")
    first, second = roles.read_role_sentences(conll)
    assert first.text == "Peru's navy seized two trawlers."
    assert [(tag, first.text[s:e]) for tag, s, e in first.spans] == [("S", "Peru's navy"), ("T", "two trawlers")]
    assert [(tag, second.text[s:e]) for tag, s, e in second.spans] == [("R", "Chile and Peru")]


def test_role_tally_counts_sides_and_reciprocal_spans(tmp_path: Path) -> None:
    conll = tmp_path / "ner.txt"
    conll.write_text("Peru B-S\nseized O\nthe B-T\ntrawlers I-T\n. O\n\nChile B-R\nand I-R\nPeru I-R\nmet O\n. O\n",
                     encoding="utf-8")
    seized, met = roles.read_role_sentences(conll)
    tally = roles.RoleTally()
    tally.add(seized, [_event("COERCE", seized.text, "Peru", None)])  # target left empty
    tally.add(met, [_event("CONSULT", met.text, "Chile", "Peru")])  # a directed pair inside the R span
    assert tally.scores(("source",)) == pytest.approx((1.0, 1.0, 1.0))
    precision, recall, _ = tally.scores(("target",))
    assert precision == pytest.approx(1.0) and recall == pytest.approx(0.5)
    wrong = roles.RoleTally()
    wrong.add(seized, [_event("COERCE", seized.text, "the trawlers", "Peru")])  # sides swapped
    assert wrong.scores() == pytest.approx((0.0, 0.0, 0.0))
    assert not roles.spans_overlap("the trawlers", (0, 3), (0, 12))  # sharing "the" alone is no overlap


def test_rows_name_the_kind_of_each_loss(tmp_path: Path) -> None:
    sentence = "Peru's navy seized two Chilean trawlers near the border."
    gold = evaluate.Gold(sentence, "COERCE", ["Peru's navy"], ["two Chilean trawlers"])
    tally = dyads.DyadTally()
    evaluate.score_dyad(tally, [], gold, {}, frozenset())
    evaluate.score_dyad(tally, [_event("COERCE", sentence, "Peru's navy", None)], gold, {}, frozenset())
    evaluate.score_dyad(tally, [_event("COERCE", sentence, "Peru's navy", "the border")], gold, {}, frozenset())
    evaluate.score_dyad(tally, [_event("ASSAULT", sentence, "Peru's navy", "two Chilean trawlers")], gold, {},
                        frozenset())
    evaluate.score_dyad(tally, [_event("COERCE", sentence, "the border", "two Chilean trawlers")], gold, {},
                        frozenset())
    assert [r["kind"] for r in tally.rows] == [dyads.NO_EVENT, dyads.TARGET_EMPTY, dyads.TARGET_WRONG,
                                               dyads.TYPE_WRONG, dyads.SOURCE_WRONG]
    dyads.write_rows(tmp_path / "rows.jsonl", tally.rows)
    lines = (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and '"ours": ["COERCE: Peru\'s navy -> "]' in lines[1]
