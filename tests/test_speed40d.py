"""The dating's `_from_choice` and occasion rules do their work only where its answer can be used (issue 12,
speed40d): `_counted_from` asks only verbs a noun-phrase adverb hangs near (a counted gap is one), the told-before
reading of an "after" phrase only after a sentence that dates something, the reaction rule's answered happening
and the ordering words are worked out once per verb, and the occasion rules read the tense and sentence only for a
phrase that can use them. The dates must not move: every verb and noun of a few stories of our own is dated with
the gates and with them forced open (nothing kept, every verb asked), on a fresh time index each time."""

from __future__ import annotations

import pytest

import detente.time as time_module
import detente.time.dating as dating
from detente.rules import switched_off
from detente.time import date_event
from tests.test_speed40a import _dates, count_calls

STORIES = [
    # a counted gap from a dated happening, and one from a happening an earlier sentence dated
    "Two days after the bombing on Tuesday, troops raided a camp near the border. The army said the raid ended.\n"
    "Rebels ambushed a patrol on Monday. A day after the ambush, the defence minister resigned.",
    # an act after a happening told before; words answering a dated happening; a reaction with its own clause
    "Police shot a man near the depot on Tuesday. Activists marched after the shooting. "
    "The mayor condemned the shooting, which angered the union. Officials later denied the claims.",
    # occasions: one introduced with "an" and dated in the next line; a later one of a dated kind
    "The senator criticized the budget in an interview with a local paper. The interview, taped on Saturday, ran "
    "long.\nShe voted against the bill in 2001. At a later vote, she accused the governor of lying.",
]


def _open_every_gate(monkeypatch, analysis) -> None:  # type: ignore[no-untyped-def]
    """Undo this branch's gates: every verb may hold a counted gap, nothing is kept per verb."""
    once = time_module.once_per_doc

    def every_word(doc, name, build):  # type: ignore[no-untyped-def]
        return frozenset(range(len(doc))) if name == "counted gap holders" else once(doc, name, build)

    monkeypatch.setattr(time_module, "once_per_doc", every_word)
    monkeypatch.setattr(dating, "answered_happening", dating._answered_happening)
    monkeypatch.setattr(time_module, "answered_happening", dating._answered_happening)
    monkeypatch.setattr(dating, "ordering_candidates", dating._ordering_candidates)


@pytest.mark.parametrize("text", STORIES)
def test_the_gates_move_no_date(analyse, monkeypatch, text) -> None:
    analysis = analyse(text, published="2024-03-09")
    gated = _dates(analysis)
    _open_every_gate(monkeypatch, analysis)
    assert _dates(analysis) == gated


def test_counted_gap_still_dates_the_act(analyse) -> None:
    """"Two days after the bombing on Tuesday" is Thursday; the counted-gap rule switched off, it is not."""
    analysis = analyse(STORIES[0], published="2024-03-09")
    raid = next(t for t in analysis.doc if t.lower_ == "raided")
    assert raid.i in time_module._gap_holders(analysis.doc)
    assert date_event(analysis, raid.idx, raid.idx + len(raid.text)).date == "2024-03-07"
    with switched_off({"dating.counted_gap"}):
        analysis.time_index = None
        assert date_event(analysis, raid.idx, raid.idx + len(raid.text)).date != "2024-03-07"


def test_gap_holders_are_only_the_words_near_a_length(analyse) -> None:
    analysis = analyse("Two days after the vote, the council met. Farmers blocked the road.", published="2024-03-09")
    holders = time_module._gap_holders(analysis.doc)
    met = next(t for t in analysis.doc if t.lower_ == "met")
    blocked = next(t for t in analysis.doc if t.lower_ == "blocked")
    assert met.i in holders
    assert blocked.i not in holders


def test_answered_happening_is_kept_per_verb_and_rules(analyse, monkeypatch) -> None:
    analysis = analyse(STORIES[1], published="2024-03-09")
    verb = next(t for t in analysis.doc if t.lower_ == "condemned")
    calls = count_calls(monkeypatch, dating, "_answered_happening")
    analysis.time_index = None
    first = dating.answered_happening(analysis, verb)
    assert first is not None  # the shooting's Tuesday: the condemnation came after it
    assert dating.answered_happening(analysis, verb) == first
    assert calls[0] == 1
    with switched_off({"dating.answered_happening", "dating.answered_told_before"}):
        assert dating.answered_happening(analysis, verb) is None  # a switched-off rule is never read from the table
    assert calls[0] == 2


def test_ordering_candidates_are_the_same_words(analyse) -> None:
    analysis = analyse(STORIES[1], published="2024-03-09")
    for token in analysis.doc:
        assert dating.ordering_candidates(token) == dating._ordering_candidates(token)
