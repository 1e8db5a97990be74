"""Sentences the lexicon found nothing in but that still say "X did something to Y".

The main verb with a subject and an object (or a role-preposition object) becomes a candidate
without a type, unless the lexicon has a reading of that verb that a sense rule set aside; combine.py
asks the learned classifier for the type and keeps the event only when the model is sure enough and
both sides name actors.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.events.arguments import DEFAULT_TARGET_PREPS, prep_objects, subject_of
from detente.events.detect import Candidate, reads_verb
from detente.events.lexicon import model_frame, non_agents
from detente.nlp.perdoc import dependents


def bare_candidate(sentence: Span) -> Candidate | None:
    """The main verb with a subject and an object or role-preposition object, as a candidate without a type."""
    root = sentence.root
    if root.pos_ != "VERB":
        return None
    subject, passive = subject_of(root)
    if subject is None or passive or subject.lemma_.lower() in non_agents():
        return None  # "The earthquake killed 130 people": a disaster does not act
    objects = [c for c in dependents(root) if c.dep_ in ("dobj", "dative")] + prep_objects(root, DEFAULT_TARGET_PREPS)
    if not objects:
        return None
    if reads_verb(root):
        # the lexicon read the main verb and a sense rule set it aside ("held rallies before large crowds" is no
        # protest, "was talking to reporters" no talks): the model is not asked to find another event in it
        return None
    return Candidate(frame=model_frame("ACCUSE"), anchor=root, trigger=[root], sources=[subject], targets=objects)
