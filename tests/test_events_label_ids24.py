"""The events stage's detection, sense rules and factuality compare a word's relation, part of speech, tag, entity
type and lemma by string id (`Token.dep == get_string_id("dobj")`) instead of decoding the label (`Token.dep_`) on
every read: the two must agree for every word of real parses, or a rule would silently stop matching."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.strings import get_string_id

from detente.nlp import labels

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "japan_korea.jsonl"
TEXTS = [
    "The ministry said it had not been told whether the envoys, who met in Geneva on Monday, would sign the accord.",
    "Critics of the plan, including two senators from Ohio, were behind the protest that blocked the road.",
]


def _texts() -> list[str]:
    samples = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines() if line.strip()][:3]
    return [*samples, *TEXTS]


def test_ids_read_as_the_labels_do(nlp) -> None:
    seen = 0
    for doc in nlp.pipe(_texts()):
        for token in doc:
            assert token.dep == get_string_id(token.dep_)
            assert token.pos == get_string_id(token.pos_)
            assert token.tag == get_string_id(token.tag_)
            assert token.lemma == get_string_id(token.lemma_)
            if token.ent_type_:
                assert token.ent_type == get_string_id(token.ent_type_)
            seen += 1
    assert seen > 300


def test_the_constants_name_their_labels() -> None:
    """The shared table's constants (`D_DOBJ`, `DS_PREP_AGENT_DATIVE`, ...) hold the ids of the labels they are named
    for: a single id by its name, a set by the labels its name lists."""
    checked = 0
    for name, value in vars(labels).items():
        kind, _, label = name.partition("_")
        if kind in ("D", "P", "T", "E", "L") and isinstance(value, int):
            assert value in {get_string_id(label), get_string_id(label.lower()), get_string_id("PRP$")}, name
            checked += 1
        elif kind in ("DS", "PS", "TS", "ES", "LS") and isinstance(value, frozenset):
            parts = label.split("_")  # "WP_" stands for "WP$", a name cannot hold the dollar
            assert len(value) == len([part for part in parts if part]), name
            for part, after in zip(parts, parts[1:] + ["x"], strict=True):
                if part:
                    wanted = get_string_id(part + "$") if after == "" else get_string_id(part)
                    assert wanted in value or get_string_id(part.lower()) in value, name
            checked += 1
    assert checked > 100
