"""The events stage looks for condition clauses ("if", "unless", "until") once per document, before it reads an event's
factuality cues for the party a condition is put on (issue 12, speed42d): a condition in another sentence of the same
document puts no party on this one, a condition in the event's own sentence still does, and the table follows the
word list (rule events.roles.condition_marks) and the document asked about."""

from __future__ import annotations

from detente.events import _may_be_conditioned
from detente.rules import switched_off


def _sides(refs) -> str:  # type: ignore[no-untyped-def]
    return " ".join(r.text for r in refs)


def _refusal(analysis):  # type: ignore[no-untyped-def]
    return next(e for e in analysis.events if e.event_type == "REJECT")


def test_a_threat_made_in_one_sentence_is_aimed_by_its_own_condition(analyse) -> None:
    text = "Farmers say they will march if prices fall. Ecuador threatened to halt the talks if Colombia goes ahead."
    threat = _ecuadors_threat(analyse(text))
    assert "Colombia" in _sides(threat.target)
    with switched_off({"events.roles.condition_marks"}):
        assert "Colombia" not in _sides(_ecuadors_threat(analyse(text)).target)


def _ecuadors_threat(analysis):  # type: ignore[no-untyped-def]
    return next(e for e in analysis.events if e.event_type == "THREATEN" and "Ecuador" in _sides(e.source))


def test_a_condition_in_the_same_sentence_names_whom_a_refusal_waits_on(analyse) -> None:
    text = ("Ecuador will not sign the accord unless Colombia withdraws its troops. "
            "Farmers in the valley want the road open if the rains allow.")
    refusal = _refusal(analyse(text))
    assert "Colombia" in _sides(refusal.target)
    with switched_off({"events.roles.condition_marks"}):  # no condition mark: the refusal waits on no one
        assert "Colombia" not in _sides(_refusal(analyse(text)).target)


def test_only_the_anchors_own_sentence_tree_is_asked(analyse) -> None:
    analysis = analyse("Ecuador refused to reopen the border. Quito will reply if Colombia returns the trucks.")
    doc = analysis.doc
    refused = next(t for t in doc if t.lower_ == "refused")
    reply = next(t for t in doc if t.lower_ == "reply")
    assert not _may_be_conditioned(refused)  # the "if" clause hangs in the next sentence
    assert _may_be_conditioned(reply)
    other = analyse("Ecuador refused to reopen the border.").doc
    assert not _may_be_conditioned(next(t for t in other if t.lower_ == "refused"))  # a new document, a new table
    assert _may_be_conditioned(reply)  # and back again
    with switched_off({"events.roles.condition_marks"}):
        assert not _may_be_conditioned(reply)  # the list emptied: the table is made again from it


def test_a_present_on_an_if_clause_is_only_possible_whatever_the_other_sentences_hold(analyse) -> None:
    text = ("The Argentine coast guard arrests Uruguayan trawler crews if they enter the estuary. "
            "Uruguay said on Monday it would protest if the arrests go on.")
    arrest = next(e for e in analyse(text).events if e.event_type == "COERCE")
    assert arrest.factuality == "hypothetical"  # only when the condition holds
    with switched_off({"factuality.conditional_consequent"}):
        assert next(e for e in analyse(text).events if e.event_type == "COERCE").factuality == "asserted"
