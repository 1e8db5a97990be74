"""nlp/arrays.py answers as spaCy's own Token attributes do: every word's subtree (in spaCy's order), head, edges and
string-id columns, on parses of the real model and on a hand-made non-projective tree, where a word's stretch is
not its subtree and spaCy's order is not text order."""

from __future__ import annotations

from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Doc

from detente.nlp.arrays import (
    COLUMN_ATTRS,
    _edges_by_levels,
    _edges_by_walk,
    columns,
    doc_arrays,
    string_ids,
    subtree_indices,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "japan_korea.jsonl"


def _agrees(doc: Doc) -> None:
    arrays = doc_arrays(doc)
    for token in doc:
        assert list(subtree_indices(token, arrays)) == [t.i for t in token.subtree], token.text
        assert arrays.heads[token.i] == token.head.i
        assert (arrays.first[token.i], arrays.last[token.i]) == (token.left_edge.i, token.right_edge.i)
        assert arrays.dependents[token.i] == [c.i for c in token.children]
        assert arrays.dep[token.i] == get_string_id(token.dep_)
        assert arrays.lower[token.i] == get_string_id(token.lower_)
        assert arrays.pos[token.i] == get_string_id(token.pos_)
        assert arrays.ent_type[token.i] == (get_string_id(token.ent_type_) if token.ent_type_ else 0)


def test_parsed_documents_agree_with_spacy(nlp) -> None:
    import json

    texts = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines() if line.strip()][:4]
    texts.append("The army, which Lima said had withdrawn from the border on Monday, denied that it attacked Chile.")
    for doc in nlp.pipe(texts):
        _agrees(doc)


def test_non_projective_tree_keeps_spacy_order(nlp) -> None:
    # "A hearing is scheduled on the issue today": "on the issue" hangs on "hearing" across "is scheduled"
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
    heads = [1, 3, 3, 3, 1, 6, 4, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    arrays = doc_arrays(doc)
    assert not arrays.contiguous[1] and not arrays.contiguous[3]  # "hearing" spans "is scheduled"; the root holds it
    assert list(subtree_indices(doc[1], arrays)) == [0, 1, 4, 5, 6]
    _agrees(doc)


def test_string_ids_are_the_columns_ids() -> None:
    assert string_ids("prep") == frozenset({get_string_id("prep")})
    assert string_ids(("on", "in")) == frozenset({get_string_id("on"), get_string_id("in")})


def test_role_model_reads_spacys_noun_chunks(nlp) -> None:
    """events/role_model.py reads English noun chunks from the arrays: the same chunks spaCy's reader gives."""
    import json

    from detente.events.role_model import _english_chunks

    texts = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines() if line.strip()][:4]
    for doc in nlp.pipe(texts):
        for sentence in doc.sents:
            assert list(_english_chunks(sentence)) == list(doc.noun_chunks_iterator(sentence))


def test_shared_columns_are_what_each_attribute_reads_alone(nlp) -> None:
    """The one read the actors, quotes and claims stages share gives, column by column, what a separate
    `doc.to_array(attr)` gives (SENT_START compared where it is 1: a sentence start), and the tokens' offsets,
    sentence starts and capitalised proper nouns the actors stage derives from it are spaCy's."""
    from spacy.attrs import SENT_START

    from detente.actors.matching import proper_names
    from detente.actors.mentions import _offsets

    doc = nlp("Prime Minister Fumio Kishida met U.S. President Joe Biden on Friday. They talked for 2 hours.\n\n"
              "Nothing was agreed, officials said.")
    held = columns(doc)
    names = ("orth", "lower", "lemma", "idx", "length", "sent_start", "pos", "is_title", "like_num")
    for attr, name in zip(COLUMN_ATTRS, names, strict=True):
        alone = doc.to_array(attr).tolist()
        read = getattr(held, name)
        if attr == SENT_START:
            alone, read = [v == 1 for v in alone], [v == 1 for v in read]
        assert read == alone, name
    offsets = _offsets(doc)
    assert offsets.start == [t.idx for t in doc] and offsets.end == [t.idx + len(t.text) for t in doc]
    assert offsets.sentence_start == [t.sent.start for t in doc]
    assert proper_names(doc) == [t.i for t in doc if t.pos_ == "PROPN" and t.is_title]
    assert columns(nlp("")).lower == [] and proper_names(nlp("")) == []


def test_both_ways_of_reading_edges_agree(nlp) -> None:
    """A long document's edges come from NumPy rounds per tree level, a short one's from a walk over the words
    (LEVELS_FROM): the two give the same answers, on real parses and on the non-projective tree."""
    import json

    texts = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines() if line.strip()]
    docs = [*nlp.pipe(["\n\n".join(texts), texts[0]])]
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
    docs.append(Doc(nlp.vocab, words=words, heads=[1, 3, 3, 3, 1, 6, 4, 3, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "punct"]))
    for doc in docs:
        arrays = doc_arrays(doc)
        assert _edges_by_levels(arrays._head_array) == _edges_by_walk(arrays.heads, arrays.dependents)
    assert len(docs[0]) >= 300
    _agrees(docs[0])
