"""Issue 14, part 4 (session 41): one party's statements to one party are told apart by what they are about.

Two mentions of a statement type by the same doer to the same target fold only when they can be one statement: when
each names a topic of its own (what its "for/over/about/of/on" phrase, its clause or an object naming no party says)
and the two share no content word, they are two statements, unless the text puts both on the same day
(events.merge.different_topics). A mention with no topic of its own, or one that points back ("the incident"), still
folds. Each test switches the rule off to show what it changes, or shows the right fold it keeps."""

from __future__ import annotations

from detente.rules import switched_off

RULE = frozenset({"events.merge.different_topics"})


def _accusations(coder, text: str, off: frozenset[str] = frozenset()) -> list[dict]:
    with switched_off(off):
        events = coder.code_text(text, published="2024-03-05")["events"]
    return [e for e in events if e["event_type"] == "ACCUSE"]


def _sentences(event: dict) -> list[int]:
    return [m["sentence"] for m in event["mentions"]]


def test_two_complaints_about_different_things_are_two_events(coder) -> None:
    text = "Brazil criticized Argentina for its beef tariffs. Brazil criticized Argentina over the river pollution."
    apart = _accusations(coder, text)
    assert [_sentences(e) for e in apart] == [[0], [1]], apart
    folded = _accusations(coder, text, RULE)
    assert [_sentences(e) for e in folded] == [[0, 1]], folded


def test_a_shared_topic_word_still_folds(coder) -> None:
    text = "Brazil criticized Argentina for its beef tariffs. Brazil criticized Argentina over the tariffs on beef imports."
    found = _accusations(coder, text)
    assert [_sentences(e) for e in found] == [[0, 1]], found


def test_a_general_noun_pointing_back_is_no_other_topic(coder) -> None:
    text = "Spain apologized to Morocco for the arrest of its fishermen. Spain's apology to Morocco for the incident came late."
    events = coder.code_text(text, published="2024-03-05")["events"]
    support = [e for e in events if e["event_type"] == "SUPPORT"]
    assert [_sentences(e) for e in support] == [[0, 1]], support


def test_acts_told_as_not_done_are_not_told_apart_by_topic(coder) -> None:
    text = ("Brazil has not criticized Argentina for its beef tariffs. "
            "Brazil has not criticized Argentina over the river pollution.")
    found = _accusations(coder, text)
    assert [(_sentences(e), e["factuality"]) for e in found] == [([0, 1], "negated")], found
