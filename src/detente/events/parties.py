"""Unnamed parties: people an argument names by what they are ("a mob", "pirates", "the accused").

The actors stage resolves names and known groups; where it finds nothing in an argument whose head
word denotes people (data/unnamed_parties.yaml), the event still has that side, as a party with a
sector but no actor id or country. Without this, "pirates hijacked a ship" or "the accused were
arrested" would have no side at all and be dropped.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from detente.events.arguments import of_object
from detente.records import ActorRef

COLLECTIVES = "collectives"  # the key of the words that only count what follows "of"


@lru_cache(maxsize=1)
def _party_data() -> dict[str, list[str]]:
    text = resources.files("detente.events").joinpath("data", "unnamed_parties.yaml").read_text(encoding="utf-8")
    return {str(key): [str(w).lower() for w in words] for key, words in yaml.safe_load(text).items()}


@lru_cache(maxsize=1)
def party_sectors() -> dict[str, str]:
    """Head lemma -> sector code."""
    return {word: sector for sector, words in _party_data().items() if sector != COLLECTIVES for word in words}


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    """ "a group of", "hundreds of": words whose people are named by their "of" phrase."""
    return frozenset(_party_data().get(COLLECTIVES, []))


def _people_head(token: Token) -> Token:
    """ "a group of asylum seekers" -> "seekers": the people a collective noun counts."""
    return of_object(token, collective_nouns())


NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def patient_phrase(token: Token, start: int, end: int, event_nouns: frozenset[str] | set[str]) -> ActorRef | None:
    """The noun phrase an act is done to, kept as the target when it names no known actor: "seized three
    pumping stations", "rejected the election results". PLOVER's target is what the act lands on; who owns it
    may be unknown. Not a date or number, not a pronoun, and not another event ("condemned the launch": the
    launch's doer is the target, found by the reaction rule)."""
    token = _people_head(token)
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in NOT_THINGS or token.like_num:
        return None
    if token.lemma_.lower() in event_nouns or token.lower_ in event_nouns:
        return None
    text = token.doc.text[start:end]
    return ActorRef(actor_id=None, country=None, sector=None, text=text, start=start, end=end)


def unnamed_party(token: Token, start: int, end: int) -> ActorRef | None:
    """The argument headed by `token`, spanning [start, end), as a party of people, if its head says so."""
    token = _people_head(token)
    sector = party_sectors().get(token.lemma_.lower()) or party_sectors().get(token.lower_)
    if sector is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    text = token.doc.text[start:end]
    return ActorRef(actor_id=None, country=None, sector=sector, text=text, start=start, end=end)
