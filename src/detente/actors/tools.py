"""User tools over the knowledge base: look a name up (`detente actors search`) and convert a user's own
CAMEO-style dictionary into an actor file (`detente actors import-cameo`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from detente.actors.build.cameo import display_name, read_dictionary
from detente.actors.build.tables import cameo_tables
from detente.actors.kb import Person, Term, knowledge_base, knowledge_base_for
from detente.settings import Settings


def _term(term: Term) -> dict[str, Any]:
    return {"country": term.country, "role": term.role or None, "sector": term.sector, "start": term.start,
            "end": term.end, "default": term.default, "source": term.source or "curated"}


def _person(person: Person) -> dict[str, Any]:
    return {"kind": "person", "id": person.person_id, "name": person.name,
            "aliases": person.aliases + person.other_names,
            "source": "generated" if person.generated else "curated",
            "terms": [_term(t) for t in person.terms]}


def search_actors(name: str, limit: int = 50, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Every knowledge-base entry whose name or alias contains `name` (any case): people with all their
    dated roles and where each came from, bodies, countries and places; exact names first.
    With `settings`, its actor files join the package's; without, the defaults ($DETENTE_ACTORS)."""
    query = " ".join(name.lower().split())
    if not query:
        raise ValueError("actors search needs a name")
    kb = knowledge_base_for(settings.actor_files) if settings is not None else knowledge_base()
    hits: list[tuple[int, dict[str, Any]]] = []

    def rank(names: list[str]) -> int | None:
        lowered = [n.lower() for n in names if n]
        if query in lowered:
            return 0
        return 1 if any(query in n for n in lowered) else None

    for person in kb.people.values():
        r = rank([person.name, *person.aliases, *person.other_names])
        if r is not None:
            hits.append((r, _person(person)))
    for org in kb.organisations.values():
        r = rank([org.name, org.org_id, *org.aliases])
        if r is not None:
            hits.append((r, {"kind": "organisation", "id": org.org_id, "name": org.name, "aliases": org.aliases,
                             "country": org.country, "sector": org.sector, "source": org.source or "curated"}))
    for country in kb.countries.values():
        r = rank([country.name, country.official or "", *country.aliases, *country.demonyms])
        if r is not None:
            hits.append((r, {"kind": "country", "id": country.iso3, "name": country.name,
                             "aliases": country.aliases, "demonyms": country.demonyms, "source": "curated"}))
        for institution, sector in country.institutions.items():
            if (r := rank([institution])) is not None:
                hits.append((r, {"kind": "institution", "id": f"{country.iso3}-{sector}", "name": institution,
                                 "country": country.iso3, "sector": sector, "source": "curated"}))
    for place, iso3 in kb.places.items():
        if (r := rank([place])) is not None:
            hits.append((r, {"kind": "place", "id": iso3, "name": place, "country": iso3, "source": "curated"}))
    for form, iso3 in kb.place_forms.items():
        if (r := rank([form.replace(" - ", "-")])) is not None:
            hits.append((r, {"kind": "place", "id": iso3, "name": form.replace(" - ", "-"), "country": iso3,
                             "source": "generated"}))
    hits.sort(key=lambda h: (h[0], h[1]["name"]))
    return [h for _, h in hits[:limit]]


def import_cameo(dictionary: str | Path, out: str | Path) -> dict[str, int]:
    """Write an actor file (YAML, for --actors / $DETENTE_ACTORS) from a CAMEO-style actor dictionary:
    people keep every dated code as a term (an undated code is their default), bodies their country and
    sector. Returns how many people and organisations were written."""
    entries = read_dictionary(dictionary)
    tables = cameo_tables(entries, f"cameo:{Path(dictionary).name}")
    people: dict[str, dict[str, Any]] = {}
    for row in tables["people"]:
        person = people.setdefault(row["person_id"], {
            "person_id": row["person_id"], "name": row["name"],
            "aliases": [a for a in row["aliases"].split(";") if a], "terms": []})
        term: dict[str, Any] = {"country": row["country"], "role": "", "sector": row["sector"] or "ELI",
                                "start": row["start"] or None, "end": row["end"] or None}
        if not row["start"] and not row["end"]:
            term["default"] = True
        person["terms"].append(term)
    organisations = [{"id": row["id"], "name": row["name"], "aliases": [a for a in row["aliases"].split(";") if a],
                      "country": row["country"], "sector": row["sector"] or "IGO"} for row in tables["bodies"]]
    places = [{"name": display_name(row["name"], abbreviations=False), "country": row["country"]}
              for row in tables["places"]]
    data = {"people": list(people.values()), "organisations": organisations, "places": places}
    Path(out).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return {"people": len(people), "organisations": len(organisations), "places": len(places)}
