"""The learned event classifier: a second opinion for the rule coder, loaded once, CPU only.

The lexicon coder stays the transparent default; it may ask this model what PLOVER type a
sentence reports, guarded by `available()`:

    from detente.events import learned
    if learned.available():
        (event_type, probability), = learned.classify([sentence_text])

The model file (src/detente/events/models/event_classifier.joblib) is written by
`python -m detente.training.event_classifier`. A missing file, or one written by another scikit-learn version,
makes `available()` False instead of failing: the coder then runs on rules alone.
The evaluation suite swaps in cross-validation fold models with `using(...)`, or turns the
model off with `disabled()`, to measure rules with and without it honestly.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from detente import derived
from detente.events.scoring import LinearText

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("models") / "event_classifier.joblib"
FORMAT = 1
YIELD_PARTS = ("CONCEDE", "RETREAT")
YIELD_WORTH_SPLITTING = 0.1  # below this YIELD leads no decision; CONCEDE and RETREAT then share it evenly


@dataclass(frozen=True)
class EventClassifier:
    """A trained bundle: main model (YIELD merged), CONCEDE/RETREAT split, softmax temperature."""

    main: Any
    yield_split: Any | None
    temperature: float = 1.0
    lexicon_words: bool = False  # trained on sentences followed by the lexicon's words (stacking.py)

    @classmethod
    def from_bundle(cls, bundle: dict) -> EventClassifier:
        return cls(main=bundle["main"], yield_split=bundle.get("yield_split"),
                   temperature=float(bundle.get("temperature") or 1.0),
                   lexicon_words=bool(bundle.get("lexicon_words")))

    @cached_property
    def _main_scorer(self) -> LinearText | None:
        return LinearText.from_pipeline(self.main)

    @cached_property
    def _split_scorer(self) -> LinearText | None:
        return LinearText.from_pipeline(self.yield_split) if self.yield_split is not None else None

    @cached_property
    def _main_classes(self) -> list[str]:
        return [str(c) for c in self.main.classes_]

    @cached_property
    def _split_classes(self) -> list[Any] | None:
        return list(self.yield_split.classes_) if self.yield_split is not None else None

    def arrays(self) -> tuple[LinearText, list[str], LinearText | None, list[str] | None] | None:
        """What scoring reads, as plain arrays (see ScoringClassifier); None when a model is not of the
        shape LinearText reads, and scoring needs scikit-learn itself."""
        split = self._split_classes
        if self._main_scorer is None or split is not None and (self._split_scorer is None or len(split) != 2):
            return None
        return self._main_scorer, self._main_classes, self._split_scorer, [str(c) for c in split] if split else None

    def _main_scores(self, sentences: Sequence[str]) -> np.ndarray:
        if self._main_scorer is not None:
            return self._main_scorer.decision(sentences)
        return np.asarray(self.main.decision_function(list(sentences)), dtype=np.float64)

    def distributions(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        """Probability of every PLOVER type for each sentence (YIELD shared out to CONCEDE/RETREAT)."""
        if not sentences:
            return []
        scores = self._main_scores(sentences) / self.temperature
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        classes = self._main_classes
        concede_share = self._yield_shares(sentences, probabilities[:, classes.index("YIELD")] if "YIELD" in classes
                                           else np.zeros(len(sentences)))
        result = []
        for row, share in zip(probabilities, concede_share, strict=True):
            distribution = dict(zip(classes, row.tolist(), strict=True))  # Python floats, as float() gives each
            merged = distribution.pop("YIELD", 0.0)
            distribution["CONCEDE"] = distribution.get("CONCEDE", 0.0) + merged * share
            distribution["RETREAT"] = distribution.get("RETREAT", 0.0) + merged * (1.0 - share)
            result.append(distribution)
        return result

    def _yield_shares(self, sentences: Sequence[str], yield_probability: np.ndarray) -> list[float]:
        """The CONCEDE share of YIELD, asked of the split model only where YIELD has some weight (it costs a call)."""
        shares = [0.5] * len(sentences)
        asked = [i for i, p in enumerate(yield_probability) if p >= YIELD_WORTH_SPLITTING]
        for i, share in zip(asked, self._concede_share([sentences[i] for i in asked]), strict=True):
            shares[i] = share
        return shares

    def _concede_share(self, sentences: Sequence[str]) -> list[float]:
        """How much of a YIELD reading is a verbal concession rather than a material retreat."""
        classes = self._split_classes
        if classes is None or not sentences:
            return [0.5] * len(sentences)
        scorer = self._split_scorer
        if scorer is None or len(classes) != 2:
            column = classes.index("CONCEDE")
            return [float(p[column]) for p in self.yield_split.predict_proba(list(sentences))]
        second = 1.0 / (1.0 + np.exp(-scorer.decision(sentences)[:, 0]))  # logistic: P(classes[1])
        return [float(1.0 - p if classes[1] != "CONCEDE" else p) for p in second]

    def classify(self, sentences: Sequence[str]) -> list[tuple[str, float]]:
        results = []
        for distribution in self.distributions(sentences):
            best = max(distribution, key=distribution.__getitem__)
            results.append((best, distribution[best]))
        return results


@dataclass(frozen=True)
class ScoringClassifier(EventClassifier):
    """The classifier as the coder uses it: its fitted arrays only (`EventClassifier.arrays`), with no
    scikit-learn objects, so that reading it from the derived-data cache imports no scikit-learn.
    `main` and `yield_split` are None; the scores are those of the EventClassifier it came from."""

    parts: tuple[Any, ...] = ()  # EventClassifier.arrays()

    @cached_property
    def _main_scorer(self) -> LinearText | None:
        return self.parts[0]

    @cached_property
    def _main_classes(self) -> list[str]:
        return self.parts[1]

    @cached_property
    def _split_scorer(self) -> LinearText | None:
        return self.parts[2]

    @cached_property
    def _split_classes(self) -> list[Any] | None:
        return self.parts[3]


class _NoArrays(Exception):
    """The model file cannot be read as plain arrays (missing, refused, or of another shape)."""


def load_scoring(path: Path = MODEL_PATH) -> EventClassifier | None:
    """The model as the coder uses it: its arrays from the derived-data cache (detente.derived), keyed by
    the file's hash, this code and the scikit-learn version, else from `load(path)` (and then cached). Refused
    where `load` refuses; a model whose arrays cannot be taken out is returned as `load` gives it."""
    code = [Path(__file__), Path(__file__).with_name("scoring.py")]  # what reads the file and scores with it
    key = derived.fingerprint([path, *code], f"event-classifier-{FORMAT}", derived.version_of("scikit-learn"),
                              derived.version_of("joblib"))
    full: list[EventClassifier | None] = []

    def build() -> tuple[Any, ...]:
        model = load(path)
        full.append(model)
        parts = model.arrays() if model is not None else None
        if model is None or parts is None:
            raise _NoArrays
        return parts, model.temperature, model.lexicon_words

    try:
        parts, temperature, lexicon_words = derived.cached("event-classifier", key, build)
    except _NoArrays:
        return full[0] if full else None
    return ScoringClassifier(None, None, temperature, lexicon_words, parts=parts)


_OFF = "off"
_override: ContextVar[EventClassifier | str | None] = ContextVar("detente_event_classifier", default=None)


def load(path: Path = MODEL_PATH) -> EventClassifier | None:
    """Read a model file; None (with a logged reason) when it is missing or does not fit this install."""
    try:
        import joblib
        import sklearn
    except ImportError as exc:
        log.warning("learned event classifier off: %s", exc)
        return None
    if not path.is_file():
        log.warning("learned event classifier off: no model file at %s", path)
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", getattr(sklearn.exceptions, "InconsistentVersionWarning", UserWarning))
            bundle = joblib.load(path)
    except Exception as exc:  # a broken or foreign file must not stop the coder
        log.warning("learned event classifier off: cannot load %s: %s", path, exc)
        return None
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        log.warning("learned event classifier off: %s has an unknown format", path)
        return None
    if bundle.get("sklearn") != sklearn.__version__:
        log.warning("learned event classifier off: %s was written by scikit-learn %s, this is %s; "
                    "retrain with `python -m detente.training.event_classifier`", path, bundle.get("sklearn"), sklearn.__version__)
        return None
    return EventClassifier.from_bundle(bundle)


@lru_cache(maxsize=1)
def shipped() -> EventClassifier | None:
    """The model file that ships with the package, read once per process (with its scikit-learn models)."""
    return load(MODEL_PATH)


@lru_cache(maxsize=1)
def scoring() -> EventClassifier | None:
    """The shipped model as the coder uses it (load_scoring): the same scores, no scikit-learn import."""
    return load_scoring(MODEL_PATH)


def _current() -> EventClassifier | None:
    override = _override.get()
    if override == _OFF:
        return None
    if isinstance(override, EventClassifier):
        return override
    return scoring()


def available() -> bool:
    """Whether a usable model is loaded (the shipped one, or one swapped in by the evaluation)."""
    return _current() is not None


def classify(sentences: list[str]) -> list[tuple[str, float]]:
    """The most likely PLOVER type and its probability, one pair per sentence.

    Every sentence gets a type: the model knows no "no event" class, so callers should use the
    probability (and their own trigger) to decide whether there is an event at all.
    """
    model = _current()
    if model is None:
        raise RuntimeError("no learned event classifier is available; check learned.available() first")
    return model.classify(sentences)


def reads_lexicon_words() -> bool:
    """Whether the model in use expects the lexicon's words after each sentence (stacking.with_words)."""
    model = _current()
    return model is not None and model.lexicon_words


def distributions(sentences: list[str]) -> list[dict[str, float]]:
    """The probability of every PLOVER type, one dict per sentence."""
    model = _current()
    if model is None:
        raise RuntimeError("no learned event classifier is available; check learned.available() first")
    return model.distributions(sentences)


@contextmanager
def using(model: EventClassifier) -> Iterator[None]:
    """Use this model instead of the shipped one inside the block (cross-validated evaluation)."""
    token = _override.set(model)
    try:
        yield
    finally:
        _override.reset(token)


@contextmanager
def disabled() -> Iterator[None]:
    """Act as if no model shipped inside the block (to measure the rules alone)."""
    token = _override.set(_OFF)
    try:
        yield
    finally:
        _override.reset(token)
