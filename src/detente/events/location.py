"""Where an event happened: the place in an "in X" / "at X" phrase of its trigger or clause.

Places come from the actor stage's gazetteer (src/detente/actors/data/places.csv: name, country,
lat, lon, kind, then the converted cities and regions in data/kb/places.csv.gz), read lazily; without
them no event gets a location.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.strings import get_string_id
from spacy.tokens import Token

from detente.nlp.arrays import doc_arrays, string_ids, subtree_indices
from detente.nlp.perdoc import dependents
from detente.records import Location
from detente.rules import rule_words

PLACE_PREPS = rule_words("detente.events", "data/prepositions.yaml", "places")  # data/prepositions.yaml


@lru_cache(maxsize=1)
def places() -> dict[str, Location]:
    try:
        text = resources.files("detente.actors").joinpath("data", "places.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    table: dict[str, Location] = {}
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        name = (row.get("name") or "").strip()
        if not name or name.lower() in table:
            continue
        table[name.lower()] = Location(name=name, country=row.get("country") or None,
                                       lat=_number(row.get("lat")), lon=_number(row.get("lon")))
    _add_gazetteer(table)
    return table


def _add_gazetteer(table: dict[str, Location]) -> None:
    """Cities and regions converted from the gazetteer and the CAMEO dictionaries (actors/data/kb/places.csv.gz),
    after the curated places, which win."""
    import gzip

    try:
        path = resources.files("detente.actors").joinpath("data", "kb", "places.csv.gz")
        with gzip.open(str(path), "rt", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                if name and name.lower() not in table:
                    table[name.lower()] = Location(name=name, country=row.get("country") or None,
                                                   lat=_number(row.get("lat")), lon=_number(row.get("lon")))
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _lookup(phrase: Token) -> Location | None:
    table = places()
    arrays, doc = doc_arrays(phrase.doc), phrase.doc
    dep, skipped = arrays.dep, string_ids(("prep", "punct"))
    tokens = [doc[k] for k in subtree_indices(phrase, arrays) if dep[k] not in skipped and k <= phrase.i]
    text = " ".join(t.text for t in tokens if t.pos_ == "PROPN") or phrase.text
    return table.get(text.lower()) or table.get(phrase.text.lower())


_PREP, _POBJ = get_string_id("prep"), get_string_id("pobj")


def location_of(anchors: list[Token]) -> Location | None:
    """The first known place in an "in/at" phrase attached to one of the anchors (trigger, then clause)."""
    if not places():
        return None
    for anchor in anchors:
        for child in dependents(anchor):  # relations by string id (`dep`): no `dep_` text decoded per word
            if child.dep == _PREP and child.lower_ in PLACE_PREPS:
                for obj in dependents(child):
                    if obj.dep == _POBJ:
                        found = _lookup(obj)
                        if found is not None:
                            return found
    return None
