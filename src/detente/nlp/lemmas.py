"""spaCy's rule lemmatizer with each word form lemmatised once per process.

`Lemmatizer.__call__` makes a Token object for every word of every document and calls `rule_lemmatize`,
which reads `token.pos_`, builds the word's morphology as a dict for `is_base_form` and keeps its own
cache only for the forms that reach the suffix rules (a base form, a proper noun or a word of a part of
speech without rules is worked out again each time). What `rule_lemmatize` returns depends on nothing
but the word's text (its ORTH id), its part of speech and its morphology (the key of its analysis)
besides the lookup tables: so the lemma is kept per (ORTH, POS, MORPH) and a document's lemmas are
read and written as arrays, with spaCy's own `rule_lemmatize` called on a real token only for a
combination not seen before. The lemmas are exactly those of the stock component (tests compare them on
real text).

Only the rule mode of spaCy's `Lemmatizer` and `EnglishLemmatizer` (whose `rule_lemmatize` and
`is_base_form` were read for this) are handled; any other lemmatizer is left alone.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

COLUMNS = [ORTH, POS, MORPH, LEMMA]
LIMIT = 1_000_000  # forms kept before the table starts again (a corpus of millions of distinct words)


class FormLemmas:
    """(ORTH, POS, MORPH) -> the lemma `rule_lemmatize` gives, for one lemmatizer and its lookup tables."""

    def __init__(self) -> None:
        self.lookups: Any = None
        self.forms: dict[tuple[int, int, int], str] = {}
        # each lemma's string id as `StringStore.add` gave it: a document asks the store only whether it still
        # holds that id (a third of the cost of adding the string again, which hashes and encodes it anew)
        self.ids: dict[str, int] = {}

    def table(self, lookups: Any) -> dict[tuple[int, int, int], str]:
        """The forms for these tables: new tables (the lemmatizer initialised again) start a new one."""
        if lookups is not self.lookups or len(self.forms) > LIMIT:
            self.lookups, self.forms, self.ids = lookups, {}, {}
        return self.forms


class _Cached:
    """`__call__` of a rule lemmatizer through `FormLemmas` while the instance holds one (`lemma_forms`)."""

    def __call__(self, doc: Doc) -> Doc:
        held: FormLemmas | None = self.__dict__.get("lemma_forms")
        if held is None or self.mode != "rule":  # type: ignore[attr-defined]
            return super().__call__(doc)  # type: ignore[misc]
        if not self._validated:  # type: ignore[attr-defined]
            self._validate_tables(Errors.E1004)  # type: ignore[attr-defined]
        error_handler = self.get_error_handler()  # type: ignore[attr-defined]
        try:
            if len(doc):
                self._lemmas(doc, held.table(self.lookups), held.ids)  # type: ignore[attr-defined]
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)  # type: ignore[attr-defined]
            return None  # type: ignore[return-value]  # what spaCy's own __call__ returns after the handler

    def _lemmas(self, doc: Doc, forms: dict[tuple[int, int, int], str], ids: dict[str, int]) -> None:
        table = doc.to_array(COLUMNS)
        orths, parts, morphs, lemmas = (table[:, j].tolist() for j in range(4))
        strings = doc.vocab.strings
        lemmatize = self.lemmatize  # type: ignore[attr-defined]
        overwrite = self.overwrite  # type: ignore[attr-defined]
        hashes: dict[str, int] = {}
        for i, key in enumerate(zip(orths, parts, morphs, strict=True)):
            if not overwrite and lemmas[i] != 0:
                continue
            form = forms.get(key)
            if form is None:
                form = forms[key] = lemmatize(doc[i])[0]
            value = hashes.get(form)
            if value is None:
                value = ids.get(form)
                if value is None or value not in strings:  # a string the store let go (a memory zone's) is added again
                    value = ids[form] = strings.add(form)
                hashes[form] = value
            lemmas[i] = value
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64).reshape(-1, 1))


class CachedLemmatizer(_Cached, Lemmatizer):
    """spaCy's Lemmatizer, each (word, part of speech, morphology) lemmatised once."""


class CachedEnglishLemmatizer(_Cached, EnglishLemmatizer):
    """spaCy's EnglishLemmatizer, each (word, part of speech, morphology) lemmatised once."""


CACHED = {Lemmatizer: CachedLemmatizer, EnglishLemmatizer: CachedEnglishLemmatizer}


def use_form_lemmas(nlp: Language, name: str = "lemmatizer") -> bool:
    """Give the pipeline's rule lemmatizer the per-form table; False (left as it is) when there is none of
    a kind read for this, or it is not in rule mode."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    cached = CACHED.get(type(lemmatizer))  # type: ignore[call-overload]
    if isinstance(lemmatizer, _Cached):
        cached = type(lemmatizer)
    if cached is None or lemmatizer.mode != "rule":
        return False
    lemmatizer.__class__ = cached
    lemmatizer.lemma_forms = FormLemmas()  # type: ignore[attr-defined]
    return True
