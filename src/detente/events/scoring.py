"""Score sentences with a trained word n-gram TF-IDF linear model, without scikit-learn per call.

scikit-learn's transform and decision_function cost about a millisecond per call in checks and
sparse-matrix set-up, more than the arithmetic; the events stage calls the model once per document,
so that overhead would rival the stage itself. This reads the fitted vocabulary, idf weights and
coefficients once and does the same sums with one dictionary look-up per n-gram.
"""

from __future__ import annotations

import math
import re
from collections import _count_elements  # type: ignore[attr-defined]  # Counter's own C counting loop
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

_WORD = re.compile(r"(?u)\b\w\w+\b")
PREFIX = 4


NAME = "NAME"


def word_features(text: str) -> list[str]:
    """Words, adjacent word pairs and each word's first letters ("~bomb" for bombed, bombing); names masked.

    The prefixes let the model read an inflection it never saw at the price of one feature per word,
    where character n-grams cost dozens. A capitalised word after the first is a name: it says who,
    not what was done, so it appears only as NAME inside word pairs ("to NAME"); learning that a
    country's name means sanctions would not carry over to other news (PLV CV macro-F1 0.702 -> 0.724).
    """
    found = _WORD.findall(text)
    words = [NAME if w[0].isupper() else w.lower() for w in found]
    if found:
        words[0] = found[0].lower()  # the first word is never a name
    features = [w for w in words if w != NAME]
    features += map(" ".join, zip(words, words[1:], strict=False))  # "a b" for each pair, joined in C
    features += [f"~{w[:PREFIX]}" for w in words if len(w) >= PREFIX and w != NAME]
    return features


@dataclass(frozen=True)
class LinearText:
    """A fitted TfidfVectorizer (word n-grams, l2 norm) followed by a linear model, as plain arrays."""

    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    sublinear: bool
    weights: np.ndarray  # (features, outputs)
    intercept: np.ndarray  # (outputs,)

    @classmethod
    def from_pipeline(cls, pipeline: Any) -> LinearText | None:
        """The arrays of a Pipeline(features=TfidfVectorizer, model=linear); None for any other shape."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        steps = getattr(pipeline, "named_steps", {})
        vectorizer, model = steps.get("features"), steps.get("model")
        if not isinstance(vectorizer, TfidfVectorizer) or vectorizer.norm != "l2" or not vectorizer.use_idf:
            return None
        if model is None or not hasattr(model, "coef_"):
            return None
        # a callable analyzer gets the text as it is (no decoding or lower-casing for str input): call it directly
        analyzer = vectorizer.analyzer if callable(vectorizer.analyzer) else vectorizer.build_analyzer()
        return cls(analyzer=analyzer, vocabulary=dict(vectorizer.vocabulary_),
                   idf=np.asarray(vectorizer.idf_, dtype=np.float64), sublinear=bool(vectorizer.sublinear_tf),
                   weights=np.ascontiguousarray(np.asarray(model.coef_, dtype=np.float64).T),
                   intercept=np.atleast_1d(np.asarray(model.intercept_, dtype=np.float64)))

    def decision(self, sentences: Sequence[str]) -> np.ndarray:
        """The linear scores, one row per sentence (the model's decision_function, 2-D)."""
        scores = np.empty((len(sentences), len(self.intercept)), dtype=np.float64)
        scores[:] = self.intercept
        column_of, idf, weights, sublinear = self.vocabulary.get, self.idf, self.weights, self.sublinear
        for row, grams in enumerate(_analyses(self.analyzer, sentences)):
            # column -> count, in order of first sight; the counting itself in Counter's C loop, n-grams outside the
            # vocabulary counted under None and dropped (the others keep their order)
            counts: dict[int | None, int] = {}
            _count_elements(counts, map(column_of, grams))
            counts.pop(None, None)
            if not counts:
                continue
            index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            if max(counts.values()) > 1:
                tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
                values = (1.0 + np.log(tf) if sublinear else tf) * idf[index]
            else:  # every n-gram once: a term frequency of 1 (1 + log 1, sublinear) leaves each idf as it is
                values = idf[index]
            values /= math.sqrt(values @ values)  # a correctly rounded square root, as np.sqrt's
            scores[row] += values @ weights[index]
        return scores


_analysed_last: list = [None, {}]  # the analyzer of the last `decision` call, and its n-grams by sentence


def _analyses(analyzer: Callable[[str], list[str]], sentences: Sequence[str]) -> list[list[str]]:
    """`analyzer(text)` for each sentence, reusing those of the last call with the same analyzer: the classifier's
    second model (learned.py, the CONCEDE/RETREAT split) reads sentences the main model has just read with it."""
    held = _analysed_last
    before: dict[str, list[str]] = held[1] if held[0] is analyzer else {}
    found = [before.get(text) or analyzer(text) for text in sentences]
    held[0], held[1] = analyzer, dict(zip(sentences, found, strict=True))
    return found
