"""The cue lexicon (cues.yaml, with the verbs of saying from nlp/data/word_classes.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from detente.datafiles import load_yaml
from detente.nlp.words import word_class
from detente.rules import switched_off_ids

CUES_FILE = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    belief: frozenset[str]
    channel: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    describe: frozenset[str]
    intent: frozenset[str]
    phrase_starts: frozenset[str]
    verbs: frozenset[str]  # speech and belief together, the cue test run on every token
    not_sources: frozenset[str] = frozenset()  # subject heads that are what is said, never who says it
    # `phrases` by first word, in their order (left out of comparing and hashing: a dict)
    by_start: dict[str, tuple[tuple[str, ...], ...]] | None = field(default=None, compare=False, hash=False)


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_yaml(CUES_FILE.read_text("utf-8"))


def cues() -> Cues:
    """The cues, without the lists whose rule id is switched off (detente.rules)."""
    off = switched_off_ids()
    return _cues(frozenset(off & rule_ids().keys()) if off else frozenset())


@lru_cache(maxsize=1)
def rule_ids() -> dict[str, str]:
    """Rule id -> the cues.yaml list it names."""
    return {str(rule["id"]): str(key) for key, rule in _table()["rules"].items()}


@lru_cache(maxsize=8)
def _cues(off: frozenset[str]) -> Cues:
    dropped = {rule_ids()[rule] for rule in off}
    data = {key: [] if key in dropped else value for key, value in _table().items()}
    speech, belief = word_class("reporting_verbs", "speech"), word_class("reporting_verbs", "belief")
    return Cues(
        speech=speech, belief=belief, channel=word_class("reporting_verbs", "channel"),
        phrases=tuple(tuple(p) for p in data["phrases"]), pronouns=word_class("pronouns", "speaker"),
        describe=frozenset(data["describe"]), intent=frozenset(data["intent"]),
        phrase_starts=frozenset(p[0] for p in data["phrases"]),
        verbs=speech | belief,
        not_sources=frozenset(data.get("not_sources") or ()),
        by_start=_by_start(tuple(tuple(p) for p in data["phrases"])),
    )


def _by_start(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in out.items()}
