"""The attribute ruler's array matcher and annotations, and the lemmatizer's per-form table, give the parse
spaCy's own components give."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from detente.ingest import read_inputs
from detente.nlp import stock_components
from detente.nlp.lemmas import CachedEnglishLemmatizer, FormLemmas, use_form_lemmas
from detente.nlp.ruler import ArrayAttributeRuler, ArrayMatches, use_array_matches

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
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, ArrayMatches)
    assert isinstance(ruler, ArrayAttributeRuler) and ruler.match.setter is not None  # annotations from arrays too
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, CachedEnglishLemmatizer) and isinstance(lemmatizer.lemma_forms, FormLemmas)


def _annotations(docs) -> list[list[tuple[str, str, str, str, str]]]:
    return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


def test_stock_components_are_spacys_own(nlp):
    """The baseline the benchmark and these tests compare with really is spaCy's code path."""
    calls = []
    stock_rule, stock_lemma = AttributeRuler.match, type(nlp.get_pipe("lemmatizer")).rule_lemmatize

    def counted_match(self, doc):
        calls.append("match")
        return stock_rule(self, doc)

    def counted_lemma(self, token):
        calls.append("lemma")
        return stock_lemma(self, token)

    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AttributeRuler, "match", counted_match)
        patch.setattr(type(lemmatizer), "rule_lemmatize", counted_lemma)
        with stock_components(nlp):
            patch.setattr(lemmatizer, "lemmatize", lemmatizer.rule_lemmatize)
            nlp("The talks were held in Tokyo.")
        assert calls.count("match") == 1 and calls.count("lemma") == 6  # each word but "were": the ruler lemmatises it
    assert isinstance(ruler.match, ArrayMatches) and isinstance(lemmatizer.lemma_forms, FormLemmas)  # put back


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
    ours = _annotations(nlp.pipe(texts))
    with stock_components(nlp):
        assert not isinstance(nlp.get_pipe("attribute_ruler").match, ArrayMatches)
        stock = _annotations(nlp.pipe(texts))
    assert ours == stock
    lemmas = {t[3] for doc in ours for t in doc}
    assert {"be", "go", "get"} <= lemmas  # "ai", "gon", "got": the exception rules did apply


def test_same_parse_on_the_seeds_and_polnear_dev(nlp, shared_dir, data_dir):
    """Token by token (tag, part of speech, morphology, lemma, label) on real news: the seed stories and the
    first 30 PolNeAR dev texts, with the lemma table cold, then warm."""
    dev = sorted((data_dir / "polnear" / "dev" / "text").glob("*.txt"))[:30]
    paths = sorted((shared_dir / "seeds").glob("*.txt")) + dev
    texts = [path.read_text(encoding="utf-8") for path in paths]
    assert len(texts) == 32
    nlp.get_pipe("lemmatizer").lemma_forms.forms.clear()  # cold: every form worked out on the way
    ours = _annotations(nlp.pipe(texts))
    with stock_components(nlp):
        stock = _annotations(nlp.pipe(texts))
    assert sum(map(len, ours)) > 10000
    for mine, theirs, path in zip(ours, stock, paths, strict=True):
        assert mine == theirs, path.name
    assert _annotations(nlp.pipe(texts[:10])) == stock[:10]  # warm


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


def _both(nlp, texts: list[str]) -> tuple[list, list]:
    ours = _annotations(nlp.pipe(texts))
    with stock_components(nlp):
        stock = _annotations(nlp.pipe(texts))
    return ours, stock


def test_a_later_rule_wins_where_two_set_one_token():
    """spaCy applies matches sorted by rule: the later rule's value stays, whether one or two tokens long
    and wherever its target token is."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "cats"}]], {"LEMMA": "cat", "POS": "NOUN"})
    ruler.add([[{"LOWER": "cats"}, {"LOWER": "and"}]], {"LEMMA": "feline"})
    ruler.add([[{"LOWER": "and"}]], {"POS": "CCONJ", "LEMMA": "and"})
    ruler.add([[{"LOWER": "cats"}, {"LOWER": "and"}]], {"POS": "X"}, index=-1)
    ruler.add([[{"LOWER": "dogs"}]], {"MORPH": "Number=Plur", "TAG": "NNS"})
    ruler.add([[{"LOWER": "and"}, {"LOWER": "dogs"}]], {"MORPH": "Number=Sing"}, index=1)
    assert use_array_matches(nlp) and ruler.match.setter is not None
    texts = ["cats and dogs", "dogs and cats and dogs", "cats", "and", ""]
    ours, stock = _both(nlp, texts)
    assert ours == stock
    assert ours[0] == [("", "NOUN", "", "feline", ""), ("", "X", "", "and", ""), ("NNS", "", "Number=Sing", "", "")]


def test_a_ruler_setting_other_attributes_keeps_spacys_annotations():
    """NORM (kept on the token but read through the lexeme) is not written from arrays: spaCy's own
    set_annotations does it, with the array matches."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "u"}]], {"NORM": "you"})
    assert use_array_matches(nlp) and ruler.match.setter is None
    assert [t.norm_ for t in nlp("see u")] == ["see", "you"]


def test_a_target_outside_the_match_still_raises():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "cats"}]], {"LEMMA": "cat"}, index=1)
    assert use_array_matches(nlp) and ruler.match.setter is None
    with pytest.raises(ValueError, match="E1001"):
        nlp("cats")


def test_the_lemma_table_follows_overwrite_and_new_tables(nlp):
    """A lemma the attribute ruler set stays unless the lemmatizer overwrites; new lookup tables start a new
    table."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "I'm gon na say they were n't running, and the ministers went."
    assert lemmatizer.overwrite is False
    before, stock = _both(nlp, [text])
    assert before == stock and [t[3] for t in before[0]][1:4] == ["be", "go", "to"]  # set by the ruler, kept
    lemmatizer.overwrite = True
    try:
        ours, stock = _both(nlp, [text])
        assert ours == stock and [t[3] for t in ours[0]][1:4] == ["'m", "gon", "na"]  # the rules' lemmas instead
    finally:
        lemmatizer.overwrite = False
    held = lemmatizer.lemma_forms
    forms = held.table(lemmatizer.lookups)
    assert forms and held.table(object()) == {}  # other tables: empty again
    held.table(lemmatizer.lookups)


def test_lemma_table_only_for_the_rule_lemmatizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert use_form_lemmas(nlp) is False
