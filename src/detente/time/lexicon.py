"""The time stage's word lists, read once from data/*.yaml and turned into regex alternations."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from detente.datafiles import load_yaml

DATA = Path(__file__).parent / "data"


@cache
def load(name: str) -> dict[str, Any]:
    """One YAML file of data/, parsed once per process."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as handle:
        return load_yaml(handle)


def lexicon() -> dict[str, Any]:
    return load("lexicon")


def alternation(words: list[str] | dict[str, Any], abbreviation_dot: bool = False) -> str:
    """A non-capturing group matching any of the words, longest first, spaces as any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    parts = []
    for word in ordered:
        piece = r"\s+".join(re.escape(w) for w in word.split())
        if abbreviation_dot and len(word) <= 4:
            piece += r"\.?"
        parts.append(piece)
    return "(?:" + "|".join(parts) + ")"


def number_value(text: str) -> float | None:
    """A count written in digits or words ("35", "twenty-four", "a", "two hundred"), else None."""
    cleaned = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    words = lexicon()["number_words"]
    total = 0.0
    current = 0.0
    for part in re.split(r"[\s-]+", cleaned):
        if part in ("and", ""):
            continue
        if part not in words:
            return None
        value = words[part]
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000  # "two thousand five hundred"
            current = 0.0
        else:
            current += value
    total += current
    return total or None


@cache
def holiday_table() -> dict[str, tuple[str, Any]]:
    """Holiday name (lower case) -> (rule kind, rule arguments); made once per process, as `load` reads its file
    (read_weekday asks it of every weekday written). Shared: do not change it."""
    data = load("holidays")
    table: dict[str, tuple[str, Any]] = {}
    for kind in ("fixed", "nth", "easter"):
        for name, rule in (data.get(kind) or {}).items():
            table[name] = (kind, rule)
    return table
