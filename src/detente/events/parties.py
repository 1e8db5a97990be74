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
from detente.nlp.perdoc import doc_text
from detente.records import ActorRef
from detente.rules import switched_off_ids

COLLECTIVES = "collectives"  # the key of the words that only count what follows "of"


@lru_cache(maxsize=1)
def _party_table() -> dict:
    text = resources.files("detente.events").joinpath("data", "unnamed_parties.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=8)
def _party_data(off: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Sector (or COLLECTIVES) -> words, without the lists whose rule id is in `off`."""
    table = _party_table()
    ids = {key: str(rule["id"]) for key, rule in table.get("rules", {}).items()}
    return {str(key): [str(w).lower() for w in words] for key, words in table.items()
            if key != "rules" and ids.get(key) not in off}


@lru_cache(maxsize=8)
def _party_sectors(off: frozenset[str]) -> dict[str, str]:
    return {word: sector for sector, words in _party_data(off).items() if sector != COLLECTIVES for word in words}


def party_sectors() -> dict[str, str]:
    """Head lemma -> sector code (lists switched off by detente.rules left out)."""
    return _party_sectors(switched_off_ids())


@lru_cache(maxsize=8)
def _collective_nouns(off: frozenset[str]) -> frozenset[str]:
    return frozenset(_party_data(off).get(COLLECTIVES, []))


def collective_nouns() -> frozenset[str]:
    """ "a group of", "hundreds of": words whose people are named by their "of" phrase."""
    return _collective_nouns(switched_off_ids())


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
    text = doc_text(token.doc)[start:end]
    return ActorRef(actor_id=None, country=None, sector=None, text=text, start=start, end=end)


def unnamed_party(token: Token, start: int, end: int) -> ActorRef | None:
    """The argument headed by `token`, spanning [start, end), as a party of people, if its head says so."""
    token = _people_head(token)
    sector = party_sectors().get(token.lemma_.lower()) or party_sectors().get(token.lower_)
    if sector is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    text = doc_text(token.doc)[start:end]
    return ActorRef(actor_id=None, country=None, sector=sector, text=text, start=start, end=end)
