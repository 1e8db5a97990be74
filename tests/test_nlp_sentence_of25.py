"""nlp/syntax.py's `sentence_of` is spaCy's `Token.sent` for every word of real parses: the events and time stages
read a word's sentence (its first character, its first word, its root) through it, and their output must not change
by a character."""

from __future__ import annotations

from spacy.tokens import Doc

from detente.nlp.syntax import sentence_of
from tests.test_nlp_words_text import _texts

MORE = [
    "Rebels seized the town.",  # one sentence
    "Talks resumed on Monday. The envoy left early; nobody said why!\n\nAnother line follows here",
]


def test_sentence_of_is_spacys_sentence(nlp) -> None:
    checked = 0
    for doc in nlp.pipe([*_texts(), *MORE]):
        for token in doc:
            found, expected = sentence_of(token), token.sent
            assert (found.start, found.end) == (expected.start, expected.end), (token.i, token.text)
            assert found.start_char == expected.start_char and found.root.i == expected.root.i
            checked += 1
    assert checked > 200


def test_a_sentence_hook_is_followed(nlp) -> None:
    """A Doc whose sentences come from a hook is answered by the hook, as `Token.sent` answers."""
    doc = nlp("Talks resumed on Monday. The envoy left early.")
    whole = doc[0:len(doc)]
    doc.user_span_hooks["sent"] = lambda span: whole
    assert isinstance(doc, Doc) and sentence_of(doc[-2]) is whole
