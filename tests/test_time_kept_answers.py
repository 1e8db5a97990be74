"""Answers the dating rules keep per document and word (verb_direction, is_past, clause_kind, act_stem, the
sentence root, fronted) are the answers worked out afresh, and a new parse of the same text starts new tables:
keeping them changes only the speed (issue 12), never a date."""

from __future__ import annotations

from detente.time import date_event
from detente.time.dating import _fronted, _is_past, fronted, is_past
from detente.time.discourse import (
    _act_stem,
    _clause_kind,
    _sentence_root,
    act_stem,
    clause_kind,
    headline_sentences,
    sentence_root,
)
from detente.time.tense import _verb_direction, verb_direction

TEXT = ("Police disperse protest in capital\n"
        "On Tuesday, police fired tear gas at protesters who had gathered outside parliament. "
        "The minister will visit the city next week, officials said on Wednesday, and talks could resume. "
        "In 2019, the two countries signed a treaty that critics have long opposed.")


def test_kept_answers_match_fresh_ones(analyse) -> None:
    analysis = analyse(TEXT, published="2024-01-11")
    doc = analysis.doc
    for token in doc:
        for _ in range(2):  # the first call fills the table, the second reads it
            assert verb_direction(token) == _verb_direction(token), token.text
            assert is_past(token) == _is_past(token), token.text
            assert clause_kind(token) == _clause_kind(token), token.text
            assert act_stem(token) == _act_stem(token), token.text
            assert sentence_root(token) == _sentence_root(token) == token.sent.root.i, token.text
    assert [clause_kind(doc[i]) for i in range(len(doc)) if doc[i].text in ("fired", "visit", "said")] == \
        ["past", "after", "saying"]
    for number, expression in enumerate(analysis.times):
        assert fronted(analysis, number) == _fronted(analysis, expression) == fronted(analysis, number)
    assert any(fronted(analysis, n) for n, e in enumerate(analysis.times) if e.text in ("Tuesday", "2019"))
    assert headline_sentences(analysis) == 1


def test_new_parse_of_the_same_text_dates_the_same(analyse) -> None:
    first = analyse(TEXT, published="2024-01-11")
    second = analyse(TEXT, published="2024-01-11")
    assert first.doc is not second.doc
    start = TEXT.index("fired")
    one, two = date_event(first, start, start + 5), date_event(second, start, start + 5)
    assert (one.date, one.date_basis) == (two.date, two.date_basis) == ("2024-01-09", "relative")


def test_switched_off_rules_are_not_answered_from_the_table(analyse) -> None:
    from detente.rules import switched_off

    analysis = analyse(TEXT, published="2024-01-11")
    visit = next(t for t in analysis.doc if t.text == "visit")
    assert verb_direction(visit) == 2 and clause_kind(visit) == "after"  # "will visit": kept now
    with switched_off({"time.words.future_aux"}):  # the ablation of "will": the kept answer must not leak in
        assert verb_direction(visit) != 2
        assert clause_kind(visit) != "after"
    assert verb_direction(visit) == 2
