"""Relatives named through someone else: "his father", "Kim's sister" is not Kim.

Runs after coreference, so a possessive pronoun already points at its person. A tie listed in
relatives.yaml gives the relative, resolved as of the story's date like any person; an unlisted
relative is an unnamed person of the same country, never the possessor themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.kb import knowledge_base
from detente.actors.lexicon import mention_words
from detente.actors.matching import tokens_with
from detente.actors.mentions import Found
from detente.actors.resolve import status_on
from detente.nlp.perdoc import dependents, doc_text


def link_relatives(doc: Doc, found: list[Found], date: str | None) -> list[Found]:
    """The mentions with one more for each kinship noun whose possessor is a known person."""
    kb = knowledge_base()
    by_head = {f.head: f for f in found if f.kind in ("person", "pronoun") and f.person_id}
    taken = {f.head for f in found}
    added: list[Found] = []
    for token in tokens_with(doc, mention_words("kin"), "LOWER"):
        owner = next((by_head[c.i] for c in dependents(token) if c.dep_ == "poss" and c.i in by_head), None)
        if owner is None or owner.person_id is None or token.i in taken:
            continue
        first = doc[token.left_edge.i]
        start, end = first.idx, token.idx + len(token.text)
        text = doc_text(doc)[start:end]
        word = token.lower_
        relative = kb.relatives.get((owner.person_id, word))
        if relative is not None:
            person = kb.people[relative]
            status = status_on(person, date)
            added.append(Found(start, end, text, token.i, "person", relative, person.name, status.country,
                               status.sector, status.role, person_id=relative, used={token.i}))
        else:
            added.append(Found(start, end, text, token.i, "person", f"{word}-of-{owner.person_id}",
                               f"{owner.name}'s {word}", owner.country, None, used={token.i}))
    return sorted(found + added, key=lambda f: f.start) if added else found
