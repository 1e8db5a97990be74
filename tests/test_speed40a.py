"""The dating rules that take another word's time only when that word's own sentence dates it (a participle's holder,
the sentence before's act, a quote's verb of saying, a headline's act told again in the lead) first ask whether a
dated expression touches that sentence at all (issue 12, speed40a: `dating.own_time_possible`), and skip working out
a time they would throw away. The dates must not move: every verb and noun of a few stories is dated with the gate
and with it forced open, on a fresh time index each time, and the answers compared."""

from __future__ import annotations

import pytest

import detente.time.dating as dating
import detente.time.discourse as discourse
from detente.nlp.syntax import pos_of
from detente.time import date_event
from detente.time.dating import own_time_possible, time_index

STORIES = [
    # a headline with no time, its lead dated, acts of the lead told again
    "Court rejects appeal over harbour permit\n"
    "A regional court on Thursday rejected an appeal against the harbour permit. "
    "The judges said the city had followed the rules. Fishermen vowed to keep protesting.",
    # a narrative run from a dated act, a participle on its holder, an undated sentence between
    "Police fired tear gas at marchers on Friday, scattering the crowd near the station. Protesters threw stones. "
    "They blocked two roads.\nThe mayor later praised the officers. She urged calm.",
    # a summary told first, then the quote and its dated verb of saying
    "The senator criticized the new toll. \"It hurts farmers,\" she said on Monday. "
    "Her rival defended the plan, calling it overdue.",
]


def _dates(analysis) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The date of every verb and noun, worked out on a fresh time index (no choice kept from the events stage)."""
    analysis.time_index = None
    found = []
    for token in analysis.doc:
        if pos_of(token) in (dating.P_VERB, dating.P_NOUN):
            when = date_event(analysis, token.idx, token.idx + len(token.text))
            found.append((token.i, when.date, when.date_end, when.date_precision, when.date_basis, when.found_by,
                          when.reason))
    return found


def count_calls(monkeypatch, module, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Wrap `module.name` so that each call is counted; the count is the list's one item."""
    calls = [0]
    work = getattr(module, name)

    def counted(*given):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return work(*given)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize("text", STORIES)
def test_the_gate_moves_no_date(analyse, monkeypatch, text) -> None:
    analysis = analyse(text, published="2024-03-09")
    worked = count_calls(monkeypatch, dating, "_choose")
    gated = _dates(analysis)
    with_gate = worked[0]
    for module in (dating, discourse):
        monkeypatch.setattr(module, "own_time_possible", lambda *_: True)
    worked[0] = 0
    assert _dates(analysis) == gated
    assert with_gate <= worked[0]  # the gate only spares work


def test_own_time_is_possible_only_where_a_dated_expression_touches_the_sentence(analyse) -> None:
    analysis = analyse("The envoy arrived in the capital on Tuesday. Crowds gathered outside the palace. "
                       "Talks resumed a day later.", published="2024-03-09")
    index = time_index(analysis)
    doc = analysis.doc
    arrived, gathered, resumed = (next(t for t in doc if t.text == word) for word in ("arrived", "gathered", "resumed"))
    assert own_time_possible(analysis, index, arrived)
    assert not own_time_possible(analysis, index, gathered)  # no time in its sentence: its own syntax dates nothing
    assert own_time_possible(analysis, index, resumed)
    # the story's time still reaches the undated sentence through the discourse rules
    when = date_event(analysis, gathered.idx, gathered.idx + len(gathered.text))
    assert when.date_basis != "document" or when.date_end is not None



def test_an_undated_sentence_before_spares_its_acts_ladder(analyse, monkeypatch) -> None:
    analysis = analyse("Crowds gathered outside the palace. Police closed the main road. "
                       "The envoy flew in on Tuesday.", published="2024-03-09")
    doc = analysis.doc
    closed = next(t for t in doc if t.text == "closed")
    worked: list[str] = []
    choose = dating._choose

    def counted(analysis, index, start, end):  # type: ignore[no-untyped-def]
        worked.append(doc.text[start:end])
        return choose(analysis, index, start, end)

    monkeypatch.setattr(dating, "_choose", counted)

    def dated() -> tuple:
        analysis.time_index = None
        worked.clear()
        when = date_event(analysis, closed.idx, closed.idx + len(closed.text))
        return when.date, when.date_end, when.date_basis, when.found_by, when.reason

    gated = dated()
    assert "gathered" not in worked  # the act before has no time of its own sentence: not worked out
    for module in (dating, discourse):
        monkeypatch.setattr(module, "own_time_possible", lambda *_: True)
    assert dated() == gated
    assert "gathered" in worked  # worked out, then thrown away
