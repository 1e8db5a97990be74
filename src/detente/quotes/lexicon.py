"""The cue lexicon (cues.yaml, with the verbs of saying from nlp/data/word_classes.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from detente.nlp.words import word_class

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


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml.safe_load(CUES_FILE.read_text("utf-8"))
    speech, belief = word_class("reporting_verbs", "speech"), word_class("reporting_verbs", "belief")
    return Cues(
        speech=speech, belief=belief, channel=word_class("reporting_verbs", "channel"),
        phrases=tuple(tuple(p) for p in data["phrases"]), pronouns=word_class("pronouns", "speaker"),
        describe=frozenset(data["describe"]), intent=frozenset(data["intent"]),
        phrase_starts=frozenset(p[0] for p in data["phrases"]),
        verbs=speech | belief,
    )
