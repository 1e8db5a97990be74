"""The candidate detection's shortcuts (speed29): each gives the answer the plain reading of the parse gives, on
parses of sentences written for these tests, and the sides of coded events are those the plain reading finds."""

from __future__ import annotations

import detente
from detente.events.detect import Candidate, candidates_in
from detente.nlp.syntax import children

TEXTS = (
    "Lima sent the envoy a stern letter on Tuesday, and the envoy handed it back to the embassy staff.",
    "The northern alliance agreed to reopen the border crossing after three days of quiet talks in the capital.",
    "Troops who had been moved to the coast shelled a fishing village, a local official told reporters.",
)


def test_children_by_string_id_are_the_dependents_spacy_names(nlp) -> None:
    compared = 0
    for doc in nlp.pipe(TEXTS):
        for token in doc:
            for labels in (("dative",), ("poss",), ("pobj",), ("dobj", "nsubj")):
                assert children(token, *labels) == [c for c in token.children if c.dep_ in labels]
                compared += 1
    assert compared > 100


def test_candidate_bounds_are_those_of_its_trigger_words(nlp) -> None:
    seen = 0
    for doc in nlp.pipe(TEXTS):
        for sentence in doc.sents:
            for cand in candidates_in(sentence):
                assert cand.start == min(t.idx for t in cand.trigger)
                assert cand.end == max(t.idx + len(t) for t in cand.trigger)
                seen += 1
    assert seen >= 2
    doc = next(nlp.pipe(TEXTS[:1]))
    wide = Candidate(frame=None, anchor=doc[1], trigger=[doc[4], doc[1], doc[5]])  # type: ignore[arg-type]
    assert (wide.start, wide.end) == (doc[1].idx, doc[5].idx + len(doc[5]))


def test_the_sides_of_a_march_are_its_marchers_and_the_place() -> None:
    record = detente.code("Protesters marched through the capital on Tuesday.", published="2016-10-12").to_dict()
    marched = [e for e in record["events"] if e["event_type"] == "PROTEST"]
    assert [r["text"] for r in marched[0]["source"]] == ["Protesters"]
    assert [r["text"] for r in marched[0]["target"]] == ["the capital"]
    assert marched[0]["date"] == "2016-10-11"
