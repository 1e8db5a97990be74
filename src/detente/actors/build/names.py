"""Country names from `pycountry` (ISO 3166 short, official and common names) and plural demonyms.

The plural of a people noun follows English: "Belgian" -> "Belgians", "Uzbek" -> "Uzbeks"; adjectives
in -ese, -ish, -ch, -ss and -i-less forms that English uses without a plural ("the Japanese", "the
French", "the Swiss") get none.
"""

from __future__ import annotations

import yaml

from detente.actors.kb import DATA, KnowledgeBase, _add_country

NO_PLURAL = ("ese", "ish", "ch", "ss", "sh", "x", "s")


def plural(demonym: str) -> str | None:
    """The people noun's plural, or None for adjectives English does not pluralise."""
    if demonym.endswith(NO_PLURAL) or " " in demonym and demonym.split()[-1].endswith(NO_PLURAL):
        return None
    return demonym + "s"


def curated_countries() -> KnowledgeBase:
    """Only our own countries.yaml, so that the build never reads its own earlier output."""
    kb = KnowledgeBase()
    for entry in yaml.safe_load((DATA / "countries.yaml").read_text("utf-8")) or []:
        if isinstance(entry, dict):
            _add_country(kb, entry)
    return kb


def country_name_rows() -> list[dict[str, str]]:
    import pycountry

    kb = curated_countries()
    rows: list[dict[str, str]] = []
    for record in pycountry.countries:
        iso3 = record.alpha_3
        if iso3 not in kb.countries:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value and "," not in value:
                rows.append({"iso3": iso3, "name": value, "kind": "name", "source": "pycountry"})
    for country in kb.countries.values():
        have: set[str] = set(country.demonyms)
        for demonym in list(country.demonyms):
            if demonym.endswith("s") or not demonym[:1].isupper():
                continue
            many = plural(demonym)
            if many and many not in have:
                rows.append({"iso3": country.iso3, "name": many, "kind": "demonym", "source": "rule:plural"})
                have.add(many)
    return rows
