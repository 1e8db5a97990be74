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

from detente.records import ActorRef


@lru_cache(maxsize=1)
def party_sectors() -> dict[str, str]:
    """Head lemma -> sector code."""
    text = resources.files("detente.events").joinpath("data", "unnamed_parties.yaml").read_text(encoding="utf-8")
    return {str(word).lower(): sector for sector, words in yaml.safe_load(text).items() for word in words}


def unnamed_party(token: Token, start: int, end: int) -> ActorRef | None:
    """The argument headed by `token`, spanning [start, end), as a party of people, if its head says so."""
    sector = party_sectors().get(token.lemma_.lower()) or party_sectors().get(token.lower_)
    if sector is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    text = token.doc.text[start:end]
    return ActorRef(actor_id=None, country=None, sector=sector, text=text, start=start, end=end)
