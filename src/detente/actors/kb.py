"""The actor knowledge base: countries, intergovernmental bodies, places and office holders.

Everything is read from readable files in `detente/actors/data` (countries.yaml, igos.yaml,
places.csv, leaders*.csv) plus user files that extend it: a Coder's `Settings.actor_files`
(`knowledge_base_for`, put in use with `scoped`), or outside a Coder those named in
$DETENTE_ACTORS (os.pathsep-separated) and those added with `load_user_actors`. A user file is YAML with the
same shapes: `people` (person_id, name, aliases, terms: country, role, sector, start, end),
`countries` (as countries.yaml) and `organisations` (id, name, aliases, country, sector).
The loader accepts whatever rows exist, so the package works while the data files grow.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"
USER_ENV = "DETENTE_ACTORS"
_extra_files: list[Path] = []
_loads: list[int] = []
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Term:
    """One office held by a person over a period (end None: still held)."""

    country: str
    role: str
    sector: str
    start: str | None
    end: str | None

    def holds_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Person:
    person_id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)


@dataclass
class Country:
    iso3: str
    name: str
    official: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    seats: list[str] = field(default_factory=list)
    institutions: dict[str, str] = field(default_factory=dict)


@dataclass
class Organisation:
    org_id: str
    name: str
    country: str
    sector: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # lower-cased place name -> ISO3
    relatives: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, "father") -> relative
    version: int = 0  # a new number for every load, so caches built on it know when to rebuild

    def country_by_name(self, name: str) -> str | None:
        """ISO3 for a country name, alias or code, else None."""
        key = name.strip().lower()
        for country in self.countries.values():
            names = [country.iso3, country.name, country.official or "", *country.aliases]
            if key in (n.lower() for n in names if n):
                return country.iso3
        return None


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _date(value: Any) -> str | None:
    text = str(value).strip() if value not in (None, "") else ""
    return text[:10] or None


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError):
        return None


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file whose comment lines start with '#'."""
    try:
        lines = [line for line in path.read_text("utf-8").splitlines(keepends=True) if not line.startswith("#")]
    except OSError:
        return []
    return [dict(row) for row in csv.DictReader(io.StringIO("".join(lines)))]


def _add_country(kb: KnowledgeBase, entry: dict[str, Any]) -> None:
    iso3 = str(entry.get("iso3") or "").strip().upper()
    if not iso3 or not entry.get("name"):
        return
    known = kb.countries.get(iso3)
    institutions = {str(k): str(v) for k, v in (entry.get("institutions") or {}).items()}
    if known is None:
        kb.countries[iso3] = Country(
            iso3=iso3, name=str(entry["name"]), official=entry.get("official"), aliases=_list(entry.get("aliases")),
            demonyms=_list(entry.get("demonyms")), capital=entry.get("capital"),
            seats=_list(entry.get("seats")), institutions=institutions)
        return
    known.aliases += [a for a in _list(entry.get("aliases")) if a not in known.aliases]
    known.demonyms += [d for d in _list(entry.get("demonyms")) if d not in known.demonyms]
    known.seats += [s for s in _list(entry.get("seats")) if s not in known.seats]
    known.institutions.update(institutions)


def _add_person(kb: KnowledgeBase, person_id: str, name: str, aliases: list[str], term: Term | None) -> None:
    person = kb.people.setdefault(person_id, Person(person_id=person_id, name=name))
    person.aliases += [a for a in aliases if a not in person.aliases and a != person.name]
    if term is not None and term not in person.terms:
        person.terms.append(term)


def _add_leader_row(kb: KnowledgeBase, row: dict[str, str]) -> None:
    person_id = (row.get("person_id") or "").strip()
    name = (row.get("name") or "").strip()
    country = (row.get("country") or "").strip().upper()
    if not person_id or not name or not country:
        return
    term = Term(country=country, role=(row.get("role") or "").strip().lower(),
                sector=(row.get("sector") or "GOV").strip() or "GOV",
                start=_date(row.get("start")), end=_date(row.get("end")))
    _add_person(kb, person_id, name, _list(row.get("aliases")), term)


def _add_user_file(kb: KnowledgeBase, path: Path) -> None:
    if not path.exists():
        log.warning("actor file %s does not exist; skipped", path)
        return
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an actor file is a YAML mapping with people, countries or organisations")
    for entry in data.get("countries") or []:
        _add_country(kb, entry)
    for entry in data.get("organisations") or data.get("igos") or []:
        _add_organisation(kb, entry)
    for entry in data.get("people") or []:
        person_id = str(entry.get("person_id") or slug(str(entry.get("name") or "")))
        terms = entry.get("terms") or []
        if not terms:
            _add_person(kb, person_id, str(entry.get("name") or person_id), _list(entry.get("aliases")), None)
        for term in terms:
            _add_leader_row(kb, {"person_id": person_id, "name": entry.get("name") or person_id,
                                 "aliases": ";".join(_list(entry.get("aliases"))), **{k: term.get(k) for k in
                                 ("country", "role", "sector", "start", "end")}})


def _add_relative(kb: KnowledgeBase, tie: Any) -> None:
    """One family tie, both ways; ties naming someone the knowledge base lacks are left out."""
    if not isinstance(tie, dict):
        return
    person, relative = str(tie.get("person") or ""), str(tie.get("relative") or "")
    if person not in kb.people or relative not in kb.people:
        return
    kb.relatives[(person, str(tie.get("relation") or ""))] = relative
    if tie.get("inverse"):
        kb.relatives[(relative, str(tie["inverse"]))] = person


def _add_organisations(kb: KnowledgeBase, by_country: dict[str, Any]) -> None:
    """Universities, think tanks, companies and NGOs based in one country: named bodies of that country,
    coded with their own sector (a body already listed by the country file keeps that entry)."""
    for iso3, by_sector in by_country.items():
        country = kb.countries.get(str(iso3))
        if country is None or not isinstance(by_sector, dict):
            continue
        for sector, names in by_sector.items():
            for name in _list(names):
                country.institutions.setdefault(name, str(sector))


def _add_organisation(kb: KnowledgeBase, entry: dict[str, Any]) -> None:
    org_id = str(entry.get("id") or "").strip()
    if not org_id or not entry.get("name"):
        return
    kb.organisations[org_id] = Organisation(
        org_id=org_id, name=str(entry["name"]), country=str(entry.get("country") or "IGO"),
        sector=str(entry.get("sector") or "IGO"), aliases=_list(entry.get("aliases")))


def slug(text: str) -> str:
    """A lower-case hyphenated id from a name ("Kim Jong-un" -> "kim-jong-un")."""
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in out.split("-") if part)


def user_files() -> list[Path]:
    """The user files of the unscoped knowledge base: $DETENTE_ACTORS, then `load_user_actors` ones."""
    env = os.environ.get(USER_ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()] + list(_extra_files)


def load_user_actors(path: str | Path) -> None:
    """Merge a user actor file into the unscoped knowledge base used from now on.

    A Coder uses `Settings.actor_files` instead; this is for calls outside a Coder."""
    resolved = Path(path)
    if not resolved.exists():
        raise FileNotFoundError(f"no such actor file: {resolved}")
    _extra_files.append(resolved)
    _unscoped.clear()


def forget_user_actors() -> None:
    """Drop the files added with `load_user_actors` ($DETENTE_ACTORS still applies)."""
    _extra_files.clear()
    _unscoped.clear()


def _stamp(paths: list[Path]) -> tuple[tuple[str, float], ...]:
    return tuple((str(p), p.stat().st_mtime if p.exists() else 0.0) for p in paths)


def knowledge_base_for(actor_files: tuple[Path, ...] | list[Path] = ()) -> KnowledgeBase:
    """The package files plus these user files (later ones win), read once per set of files and
    modification times: a Coder asks once, when it is made."""
    files = sorted(DATA.glob("*.yaml")) + sorted(DATA.glob("*.csv")) + [Path(p) for p in actor_files]
    return load_kb(_stamp(files), tuple(str(p) for p in actor_files))


_scoped: ContextVar[KnowledgeBase | None] = ContextVar("detente_knowledge_base", default=None)
_unscoped: dict[tuple[str, ...], KnowledgeBase] = {}


@contextmanager
def scoped(kb: KnowledgeBase) -> Iterator[KnowledgeBase]:
    """Use this knowledge base for the work inside the block (a Coder wraps each document in it),
    in this thread or task only, so coders with different actor files can run side by side."""
    token = _scoped.set(kb)
    try:
        yield kb
    finally:
        _scoped.reset(token)


def knowledge_base() -> KnowledgeBase:
    """The knowledge base in use: the one `scoped` set (a Coder's, from its Settings), else the
    package files plus `user_files()` (for direct calls such as `resolve_phrase` outside a Coder)."""
    kb = _scoped.get()
    if kb is not None:
        return kb
    users = tuple(str(p) for p in user_files())
    kb = _unscoped.get(users)
    if kb is None:
        kb = _unscoped[users] = knowledge_base_for([Path(p) for p in users])
    return kb


@lru_cache(maxsize=2)
def load_kb(stamp: tuple[tuple[str, float], ...], users: tuple[str, ...]) -> KnowledgeBase:
    _loads.append(len(_loads) + 1)
    kb = KnowledgeBase(version=len(_loads))
    for entry in _read_yaml(DATA / "countries.yaml") or []:
        if isinstance(entry, dict):
            _add_country(kb, entry)
    _add_organisations(kb, _read_yaml(DATA / "organisations.yaml") or {})
    for entry in _read_yaml(DATA / "igos.yaml") or []:
        if isinstance(entry, dict):
            _add_organisation(kb, {"country": "IGO", **entry})
    for row in _csv_rows(DATA / "places.csv"):
        name, country = (row.get("name") or "").strip(), (row.get("country") or "").strip().upper()
        if name and country:
            kb.places.setdefault(name.lower(), country)
    for path in sorted(DATA.glob("leaders*.csv")):
        for row in _csv_rows(path):
            _add_leader_row(kb, row)
    for country in kb.countries.values():
        for place in [country.capital, *country.seats]:
            if place:
                kb.places.setdefault(place.lower().removeprefix("the "), country.iso3)
    for tie in _read_yaml(DATA / "relatives.yaml") or []:
        _add_relative(kb, tie)
    for user in users:
        _add_user_file(kb, Path(user))
    for person in kb.people.values():
        person.terms.sort(key=lambda t: t.start or "")
    return kb
