"""The events stage's detection, sense rules and factuality compare a word's relation, part of speech, tag, entity
type and lemma by string id (`Token.dep == get_string_id("dobj")`) instead of decoding the label (`Token.dep_`) on
every read: the two must agree for every word of real parses, or a rule would silently stop matching."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.strings import get_string_id

from detente.events import detect, factuality, sense_rules

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
    """Each module's constants (`_D_DOBJ`, `_DS_PREP_AGENT_DATIVE`, ...) hold the ids of the labels they are named for."""
    checked = 0
    for module in (detect, factuality, sense_rules):
        for name, value in vars(module).items():
            if name[:3] in ("_D_", "_P_", "_T_", "_E_", "_L_") and isinstance(value, int):
                label = name[3:]
                assert value in {get_string_id(label), get_string_id(label.lower()), get_string_id("PRP$")}, name
                checked += 1
    assert checked > 20
