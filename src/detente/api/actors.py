"""Actor search for the pickers: the store's actors first, then the knowledge base.

The knowledge base takes seconds to load, so it is loaded once in the background when the app
starts; a search made before it is ready answers from the store alone and says so.
"""

from __future__ import annotations

import threading
from typing import Any

from detente.api.queries import Queries

_kb: dict[str, Any] = {"kb": None, "error": None}
_kb_ready = threading.Event()


def load_knowledge_base_in_background() -> None:
    def load() -> None:
        try:
            from detente.actors.kb import knowledge_base

            _kb["kb"] = knowledge_base()
        except Exception as exc:  # a broken user file must not take the service down
            _kb["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            _kb_ready.set()

    if not _kb_ready.is_set() and not any(t.name == "detente-kb" for t in threading.enumerate()):
        threading.Thread(target=load, name="detente-kb", daemon=True).start()


def _kb_matches(kb: Any, query: str, limit: int) -> list[dict[str, Any]]:
    """Countries, organisations and people whose code, name or alias contains the query."""
    key = query.lower()
    found: list[dict[str, Any]] = []

    def hit(*names: str | None) -> bool:
        return any(key in n.lower() for n in names if n)

    for country in kb.countries.values():
        if country.iso3.lower() == key or hit(country.name, country.official, *country.aliases):
            found.append({"id": country.iso3, "name": country.name, "kind": "country", "country": country.iso3,
                          "sector": None, "from": "knowledge base", "exact": country.iso3.lower() == key})
    for org in kb.organisations.values():
        if hit(org.org_id, org.name, *org.aliases):
            found.append({"id": org.org_id, "name": org.name, "kind": "organisation", "country": org.country,
                          "sector": org.sector, "from": "knowledge base", "exact": False})
    for person in kb.people.values():
        if len(found) >= 4 * limit:
            break
        if hit(person.name, *person.aliases):
            term = person.terms[-1] if person.terms else None
            found.append({"id": person.person_id, "name": person.name, "kind": "person",
                          "country": term.country if term else None, "sector": term.sector if term else None,
                          "role": term.role if term else None, "from": "knowledge base", "exact": False})
    found.sort(key=lambda a: (not a["exact"], a["kind"] != "country", a["name"]))
    for a in found:
        del a["exact"]
    return found[:limit]


def search_actors(queries: Queries, query: str, limit: int = 20, wait_s: float = 15.0) -> dict[str, Any]:
    """Actors matching `query` (code, name or alias), the store's first with how many events name them."""
    query = query.strip()
    counts = queries.country_counts()
    results: list[dict[str, Any]] = []
    seen: set[str] = set()
    if not query:  # the countries the store talks about most: the pickers' first choices
        names = {r["actor_id"]: r["name"] for r in queries.store_actors("", 10_000) if r["kind"] == "state"}
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
            results.append({"id": code, "name": names.get(code, code), "kind": "country", "country": code,
                            "sector": None, "from": "store", "events": n})
        return {"query": query, "actors": results, "knowledge_base": "not searched"}
    for row in queries.store_actors(query, limit):
        seen.add(row["actor_id"])
        results.append({"id": row["actor_id"], "name": row["name"], "kind": row["kind"], "country": row["country"],
                        "sector": row["sector"], "from": "store", "documents": row["documents"],
                        "events": counts.get(row["actor_id"])})
    load_knowledge_base_in_background()
    status = "searched"
    if not _kb_ready.wait(wait_s):
        status = "still loading; answered from the store only"
    elif _kb["kb"] is None:
        status = f"unavailable: {_kb['error']}"
    else:
        for row in _kb_matches(_kb["kb"], query, limit):
            if row["id"] not in seen:
                seen.add(row["id"])
                row["events"] = counts.get(row["id"]) if row["kind"] == "country" else None
                results.append(row)
    return {"query": query, "actors": results[: 2 * limit], "knowledge_base": status}
