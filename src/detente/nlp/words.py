"""Shared word classes (nlp/data/word_classes.yaml): reporting verbs, pronouns, determiners.

One file, read once; every stage asks for a class by group and name, so a verb of saying added
there is a verb of saying for the time, events and quotes rules that use that class.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from detente.datafiles import load_yaml

WORDS_FILE = Path(__file__).parent / "data" / "word_classes.yaml"


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, list[str]]]:
    data: Any = load_yaml(WORDS_FILE.read_text("utf-8")) or {}
    return data


def word_list(group: str, name: str) -> tuple[str, ...]:
    """The words of one class in file order ("reporting_verbs", "speech")."""
    try:
        return tuple(str(w) for w in _data()[group][name])
    except KeyError as exc:
        raise KeyError(f"no word class {group}.{name} in {WORDS_FILE.name}") from exc


@lru_cache(maxsize=64)
def word_class(group: str, name: str) -> frozenset[str]:
    """The words of one class as a set, for membership tests."""
    return frozenset(word_list(group, name))
