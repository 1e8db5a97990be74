"""Links mentions that name no one by themselves to the actor they refer to.

- a definite description with no country ("the government", "the regime", "the leader") takes the
  office holder, or else the country (even one named as a place: "across Kenya"), named most
  recently within a few sentences;
- "he"/"she"/"his"/"her" refer to the most recent person, preferring a sentence subject;
- "they"/"their" to the most recent plural group or state, "it"/"its" (as a subject or possessor)
  to the most recent state or organisation in the same or the previous sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

from detente.actors.lexicon import lexicon
from detente.actors.mentions import Found

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
STATE_PRONOUNS = {"it", "its"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # institutions every state has one of


class _Sentences:
    """Sentence numbers of tokens, computed once per document (token.sent is slow)."""

    def __init__(self, doc: Doc):
        self.starts = [s.start for s in doc.sents]

    def of(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)


def _recent(doc: Doc, sents: _Sentences, found: list[Found], before: int, window: int,
            accept: Callable[[Found], bool]) -> Found | None:
    """The latest mention with its head before token `before`, within `window` sentences, that `accept`s."""
    here = sents.of(before)
    candidates = [f for f in found if f.head < before and here - window <= sents.of(f.head) and accept(f)]
    if not candidates:
        return None
    same = [f for f in candidates if sents.of(f.head) == here and doc[f.head].dep_ in SUBJECT_DEPS]
    return (same or candidates)[-1]


def _copy(source: Found, mention: Found) -> None:
    for name in ("kind", "key", "name", "country", "sector", "role", "person_id", "elite"):
        setattr(mention, name, getattr(source, name))


def link_context(doc: Doc, found: list[Found], named_countries: list[tuple[int, str]]) -> list[Found]:
    """Fill in countries and referents from the context; add pronoun mentions. Returns all mentions."""
    lex = lexicon()
    sents = _Sentences(doc)
    for mention in found:
        if mention.kind != "group" or mention.country or not mention.definite:
            continue
        if mention.plural and mention.sector == "GOV":  # "the governments": several states
            continue
        if mention.sector not in STATE_SECTORS:
            continue
        if mention.title and not mention.plural:
            person = _recent(doc, sents, found, mention.head, lex.definite_window,
                             lambda f, m=mention: f.kind == "person" and f.person_id is not None and f is not m)
            if person is not None:
                _copy(person, mention)
                continue
        here = sents.of(mention.head)
        recent = [c for i, c in named_countries if i < mention.head and here - lex.definite_window <= sents.of(i)]
        if recent:
            mention.country = recent[-1]
            mention.key = f"{recent[-1]}-{mention.sector}"
    resolved = [f for f in found if f.country or f.person_id]
    pronouns: list[Found] = []
    for token in doc:
        word = token.lower_
        if word in PERSON_PRONOUNS:
            antecedent = _recent(doc, sents, found, token.i, lex.pronoun_window,
                                 lambda f: f.kind == "person" and doc[f.head].dep_ in SUBJECT_DEPS | {"poss", "dobj"})
            antecedent = antecedent or _recent(doc, sents, found, token.i, lex.pronoun_window,
                                               lambda f: f.kind == "person")
        elif word in GROUP_PRONOUNS:
            antecedent = _recent(doc, sents, resolved, token.i, 1,
                                 lambda f: (f.plural or f.kind == "state") and doc[f.head].dep_ in SUBJECT_DEPS)
        elif word in STATE_PRONOUNS and token.dep_ in SUBJECT_DEPS | {"poss"}:
            antecedent = _recent(doc, sents, resolved, token.i, 1,
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
