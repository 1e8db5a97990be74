"""The lemma table's string ids (speed25b): a lemma's id is reused from one document to the next only while the
string store still holds it, so a string a memory zone let go is stored again and the lemma still reads back."""

from __future__ import annotations

from detente.nlp import load_pipeline, stock_components


def test_lemmas_read_back_after_a_memory_zone() -> None:
    nlp = load_pipeline()
    text = "The envoys zorbled the treaty drafts on Monday and the zorbling went on."
    with nlp.memory_zone():
        inside = [t.lemma_ for t in nlp(text)]
    after = [t.lemma_ for t in nlp(text)]  # the zone's new strings are gone: the lemmas are stored again
    with stock_components(nlp):
        stock = [t.lemma_ for t in nlp(text)]
    assert inside == after == stock
    assert "zorble" in after or "zorbled" in after


def test_same_lemmas_as_the_stock_lemmatizer_document_after_document() -> None:
    nlp = load_pipeline()
    texts = ["Officials said the talks had stalled.", "The ministers were meeting again; talks stall often.",
             "She says they met, and they meet again on Friday."]
    ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    with stock_components(nlp):
        stock = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    assert ours == stock
