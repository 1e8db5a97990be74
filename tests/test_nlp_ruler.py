"""The attribute ruler's array matcher gives the parse spaCy's own Matcher gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from detente.ingest import read_inputs
from detente.nlp.ruler import ArrayMatches, use_array_matches

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

# each sentence meets rules of another kind: two-token rules whose second token is the one changed
# ("gon na", "let 's"), regular expressions ("ai n't", "y' all", "nothin'"), dependency tests
# ("I" as subject and as object, "but" as an adverb, expletive "there"), and whitespace tokens
TRICKY = [
    "Y'all gon na see it, ai n't so? Let's go, c'm on.",
    "There is nothin' he can do. I saw you and it, and you saw me.",
    "He got ta go.  \n\n  She gets what she got. But I did have it, and they do.",
    "",
    "   ",
]


def test_the_array_matcher_is_in_use(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, ArrayMatches)


def _texts() -> list[str]:
    texts = [r.text or "" for r in read_inputs([SAMPLES])]
    assert texts, "the bundled samples are missing"
    return texts + TRICKY


def test_same_matches_as_spacys_matcher(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_texts()))
    seen = 0
    for doc in docs:
        ours = ruler.match(doc)
        assert ours == AttributeRuler.match(ruler, doc), doc.text[:60]
        seen += len(ours)
    assert seen > 1000


def test_same_parse_as_the_stock_pipeline(nlp):
    """Tags, parts of speech, morphology and lemmas equal those of the pipeline with spaCy's Matcher."""
    texts = _texts()
    ours = [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(texts)]
    ruler = nlp.get_pipe("attribute_ruler")
    held = ruler.match
    del ruler.match  # the class's method: spaCy's Matcher
    try:
        assert not isinstance(ruler.match, ArrayMatches)
        stock = [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(texts)]
    finally:
        ruler.match = held
    assert ours == stock
    lemmas = {t[3] for doc in ours for t in doc}
    assert {"be", "go", "get"} <= lemmas  # "ai", "gon", "got": the exception rules did apply


def test_patterns_it_cannot_read_keep_spacys_matcher():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"TAG": "DT"})
    assert use_array_matches(nlp) is False
    assert not isinstance(ruler.match, ArrayMatches)


def test_rules_added_after_loading_fall_back_to_spacy():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "cats"}]], {"LEMMA": "cat"})
    assert use_array_matches(nlp) is True
    ruler.add([[{"LOWER": "dogs"}]], {"LEMMA": "dog"})
    doc = nlp("cats and dogs")
    assert [t.lemma_ for t in doc] == ["cat", "", "dog"]


@pytest.mark.parametrize("text", ["cats", ""])
def test_blank_pipeline_with_the_array_matcher(text):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "cats"}]], {"LEMMA": "cat"})
    assert use_array_matches(nlp)
    assert [t.lemma_ for t in nlp(text)] == (["cat"] if text else [])
