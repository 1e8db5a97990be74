"""The dating's kept answers and cheap guards (issue 12, speed27b) change only the speed, never a date: the per-word
answers kept by `kept_per_word` are those worked out afresh, `root_at` is the span's own root, and the rules asked
only where they can answer still date the acts they exist for."""

from __future__ import annotations

from detente.nlp.syntax import root_at, tokens_at
from detente.rules import switched_off
from detente.time import date_event
from detente.time.dating import (
    _frame_of_earlier_act,
    _is_past,
    _judged_deed_frame,
    _time_holder,
    frame_of_earlier_act,
    is_past,
    judged_deed_frame,
    mentions_any,
    time_holder,
)
from detente.time.discourse import _clause_kind, clause_kind
from detente.time.tense import _verb_direction, verb_direction

TEXT = ("Farmers block highway over grain prices\n"
        "Farmers blocked the main highway near the capital on Wednesday after talks with the ministry collapsed. "
        "The ministry, which had promised a new price in March, accused the farmers of staging the protest. "
        "Police have watched the road since Monday and will clear it once the convoy leaves.")


def _same(first, second) -> bool:  # type: ignore[no-untyped-def]
    """Two answers alike: Tokens by their number (a kept Token is not the fresh one), anything else by value."""
    return getattr(first, "i", first) == getattr(second, "i", second)


def test_kept_answers_are_the_fresh_ones(analyse) -> None:
    doc = analyse(TEXT, published="2024-05-10").doc
    kept = [(is_past, _is_past), (time_holder, _time_holder), (frame_of_earlier_act, _frame_of_earlier_act),
            (judged_deed_frame, _judged_deed_frame), (verb_direction, _verb_direction), (clause_kind, _clause_kind)]
    for token in doc:
        for _ in range(2):  # the first call fills the table, the second reads it
            for answer, fresh in kept:
                assert _same(answer(token), fresh(token)), (answer.__name__, token.text)
    assert is_past.__doc__ and "Kept per document and word" in is_past.__doc__  # the decorated function's own text


def test_kept_answers_follow_switched_off_rules(analyse) -> None:
    doc = analyse(TEXT, published="2024-05-10").doc
    accused = next(t for t in doc if t.text == "accused")
    staging = next(t for t in doc if t.text == "staging")
    assert judged_deed_frame(staging) is not None and judged_deed_frame(staging).i == accused.i  # kept now
    with switched_off({"dating.judged_deed"}):  # its verb list empties: the kept answer must not leak in
        assert judged_deed_frame(staging) is None
    assert judged_deed_frame(staging).i == accused.i


def test_root_at_is_the_spans_root(analyse) -> None:
    doc = analyse(TEXT, published="2024-05-10").doc
    for token in doc:
        for end in (token.idx + len(token.text), token.idx + len(token.text_with_ws) + 4):
            span = tokens_at(doc, token.idx, end)
            root = root_at(doc, token.idx, end)
            assert (root.i if root is not None else None) == (span.root.i if span is not None else None)
            assert root_at(doc, token.idx, end) is root  # kept
    assert root_at(doc, 0, 4) is not None
    assert root_at(doc, len(doc.text) + 5, len(doc.text) + 9) is None


def test_mentions_any_reads_the_text_as_the_word_lists_do(analyse) -> None:
    doc = analyse("Rebels have held the pass Since March. The army’s reply came.", published="2024-05-10").doc
    assert mentions_any(doc, ("since",))
    assert mentions_any(doc, ("army's",))  # a typographic apostrophe reads as the lists' straight one
    assert not mentions_any(doc, ("after", "before"))


def test_guarded_rules_still_date_their_acts(analyse) -> None:
    text = ("Farmers blocked the main highway on Wednesday after talks with the ministry collapsed on Monday. "
            "Police have watched the road since Tuesday. The mayor met the farmers and promised talks on Friday. "
            "A tractor was burned. The burning, which happened on Thursday, angered the farmers.")
    analysis = analyse(text, published="2024-05-10")

    def when(word: str):  # type: ignore[no-untyped-def]
        start = text.index(word)
        return date_event(analysis, start, start + len(word))

    assert when("blocked").date == "2024-05-08"  # its own Wednesday, not the talks' Monday
    watched = when("watched")  # "since Tuesday": from then up to the day of writing (dating.since_then)
    assert (watched.date, watched.date_end) == ("2024-05-07", "2024-05-10")
    assert when("met").date == "2024-05-10"  # the conjunct shares its time with "promised ... on Friday"
    assert when("burned").date == "2024-05-09"  # told first, dated after (dating.told_after)
