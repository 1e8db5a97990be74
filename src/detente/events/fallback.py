"""The learned classifier's help: code a sentence that names a doer and a receiver but has no trigger.

Only used when data/model.yaml enables it and detente.events.learned has a model (available());
its events say so in `evidence` ("model:ACCUSE") and carry a lower confidence than lexicon events.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.events.arguments import DEFAULT_TARGET_PREPS, prep_objects, subject_of
from detente.events.detect import Candidate
from detente.events.lexicon import PLOVER_TYPES, model_frame, model_settings


def _bare_candidate(sentence: Span) -> Candidate | None:
    """The main verb with a subject and an object or role-preposition object, as a candidate without a type."""
    root = sentence.root
    if root.pos_ != "VERB":
        return None
    subject, passive = subject_of(root)
    if subject is None or passive:
        return None
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")] + prep_objects(root, DEFAULT_TARGET_PREPS)
    if not objects:
        return None
    return Candidate(frame=model_frame("ACCUSE"), anchor=root, trigger=[root], sources=[subject], targets=objects)


def model_candidates(sentences: list[tuple[int, Span]]) -> list[tuple[int, Candidate, float]]:
    """Typed candidates for the given (index, sentence) pairs the lexicon found nothing in."""
    from detente.events import learned

    settings = model_settings()
    if not sentences or not settings.get("enabled") or not learned.available():
        return []
    bare = [(index, sentence, _bare_candidate(sentence)) for index, sentence in sentences]
    bare = [(index, sentence, cand) for index, sentence, cand in bare if cand is not None]
    if not bare:
        return []
    labels = learned.classify([sentence.text for _, sentence, _ in bare])
    found = []
    for (index, _sentence, cand), (event_type, probability) in zip(bare, labels, strict=True):
        if event_type not in PLOVER_TYPES or probability < settings["min_probability"]:
            continue
        cand.frame = model_frame(event_type)
        found.append((index, cand, probability * settings["confidence_scale"]))
    return found
