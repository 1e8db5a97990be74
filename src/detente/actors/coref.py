"""Links mentions that name no one by themselves to the actor they refer to.

- a definite description with no country ("the government", "the regime", "the leader") takes the
  country, or the office holder, named most recently within a few sentences;
- "he"/"she"/"his"/"her" refer to the most recent person, preferring a sentence subject;
- "they"/"their" to the most recent plural group or state, "it"/"its" (as a subject or possessor)
  to the most recent state or organisation in the same or the previous sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.lexicon import lexicon
from detente.actors.mentions import Found

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
STATE_PRONOUNS = {"it", "its"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _sentence(doc: Doc, token_i: int) -> int:
    return doc[token_i].sent.start


def _recent(doc: Doc, found: list[Found], before: int, window: int, accept) -> Found | None:  # type: ignore[no-untyped-def]
    """The latest mention ending before token `before` within `window` sentences that `accept`s."""
    sent_starts = [s.start for s in doc.sents]
    here = doc[before].sent.start
    position = sent_starts.index(here)
    earliest = sent_starts[max(0, position - window)]
    candidates = [f for f in found if doc[f.head].i < before and doc[f.head].sent.start >= earliest and accept(f)]
    if not candidates:
        return None
    same = [f for f in candidates if doc[f.head].sent.start == here and doc[f.head].dep_ in SUBJECT_DEPS]
    return (same or candidates)[-1]


def _copy(source: Found, mention: Found) -> None:
    for name in ("kind", "key", "name", "country", "sector", "role", "person_id", "elite"):
        setattr(mention, name, getattr(source, name))


def link_context(doc: Doc, found: list[Found]) -> list[Found]:
    """Fill in countries and referents from the context; add pronoun mentions. Returns all mentions."""
    lex = lexicon()
    for mention in found:
        if mention.kind != "group" or mention.country or not mention.definite:
            continue
        if mention.title and not mention.plural:
            person = _recent(doc, found, mention.head, lex.definite_window,
                             lambda f, m=mention: f.kind == "person" and f.person_id is not None and f is not m)
            if person is not None:
                _copy(person, mention)
                continue
        state = _recent(doc, found, mention.head, lex.definite_window,
                        lambda f, m=mention: f.country not in (None, "IGO") and f is not m)
        if state is not None:
            mention.country = state.country
            mention.key = f"{state.country}-{mention.sector}"
    resolved = [f for f in found if f.country or f.person_id]
    pronouns: list[Found] = []
    for token in doc:
        word = token.lower_
        if word in PERSON_PRONOUNS:
            antecedent = _recent(doc, found, token.i, lex.pronoun_window,
                                 lambda f: f.kind == "person" and doc[f.head].dep_ in SUBJECT_DEPS | {"poss", "dobj"})
            antecedent = antecedent or _recent(doc, found, token.i, lex.pronoun_window,
                                               lambda f: f.kind == "person")
        elif word in GROUP_PRONOUNS:
            antecedent = _recent(doc, resolved, token.i, 1,
                                 lambda f: (f.plural or f.kind == "state") and doc[f.head].dep_ in SUBJECT_DEPS)
        elif word in STATE_PRONOUNS and token.dep_ in SUBJECT_DEPS | {"poss"}:
            antecedent = _recent(doc, resolved, token.i, 1,
                                 lambda f: f.kind in ("state", "organisation") and doc[f.head].dep_ in SUBJECT_DEPS)
        else:
            continue
        if antecedent is None:
            continue
        mention = Found(token.idx, token.idx + len(token.text), token.text, token.i, "pronoun", antecedent.key,
                        antecedent.name, antecedent.country, antecedent.sector, used={token.i})
        _copy(antecedent, mention)
        pronouns.append(mention)
    return sorted(found + pronouns, key=lambda f: f.start)
