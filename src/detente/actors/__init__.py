"""Stage: actors. Finds who acts in the text and resolves each to a country and sector.

Interface used by other stages (keep these signatures):
- annotate(analysis): fill `analysis.actors` (every actor with all its mentions),
  `analysis.mentions` (every mention, typed ActorMention, with its resolution) and
  `analysis.chains` (the coreference links of nlp/coref.py, typed CorefLink).
- actors_in_span(analysis, start, end, date=None): the actors named inside a character span
  (a syntactic argument of an event or a quote's speaker phrase), resolved as of `date`,
  the most central first.
- resolve_phrase(text, date=None, context=None) -> dict: the `detente actors resolve` verb.
- import_wikidata(csv_path, out_path) -> int: the `detente actors import-wikidata` verb.
- search_actors(name) -> list[dict]: the `detente actors search` verb (every entry, dated roles, source).
- import_cameo(dictionary, out) -> counts: the `detente actors import-cameo` verb.
- load_user_actors(path): merge a user actor file for calls outside a Coder (a Coder takes
  Settings.actor_files; both default to $DETENTE_ACTORS, os.pathsep-separated).

Actor ids:
- a person in the knowledge base: their person_id slug ("kim-jong-un"); an unknown named person:
  the slug of the name as written ("toshimitsu-shigemura"), with country and sector taken from a
  title or an apposition ("a professor at a Tokyo university": JPN EDU);
- a state named as such ("Japan"): its ISO3 code, sector none;
- a government, group or institution: ISO3 and sector joined by "-" ("JPN-GOV" for "Tokyo" or
  "the Japanese government", "JPN-CVL" for "Japanese nationals", "PRK-MED" for the state news
  agency); a sector with no country known: the sector code alone ("COP");
- an intergovernmental or other listed organisation: its id from igos.yaml or a user file ("UNSC").
A person is coded as of the date: in office, the office's country and sector; out of office, ELI.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from pathlib import Path
from typing import Any, TypeVar

import yaml
from spacy.strings import get_string_id
from spacy.tokens import Doc

from detente.actors.kb import knowledge_base, knowledge_base_for, load_user_actors, scoped, slug
from detente.actors.lexicon import lexicon
from detente.actors.mentions import ARMED, DocumentActors, Found
from detente.actors.relatives import link_relatives
from detente.actors.resolve import holder, status_on
from detente.actors.tools import import_cameo, search_actors
from detente.analysis import Analysis
from detente.nlp.arrays import doc_arrays
from detente.nlp.coref import chains_of, link_context
from detente.nlp.syntax import tokens_at
from detente.records import Actor, ActorMention, ActorRef, Mention
from detente.settings import Settings

__all__ = ["annotate", "actors_in_span", "resolve_phrase", "import_wikidata", "load_user_actors", "find_mentions",
           "public_mention", "search_actors", "import_cameo"]


def find_mentions(doc: Doc, date: str | None) -> list[Found]:
    """Every actor mention in a parsed document, resolved as of `date` (the story's date)."""
    finder = DocumentActors(doc, date)
    found = finder.run()
    return link_relatives(doc, link_context(doc, found, finder.named_countries), date)


def _actor_name(found: Found) -> str:
    """A readable name: the person (known or not) or body itself, or a group as nationality and sector
    ("Japanese police")."""
    if found.person_id or found.kind == "person" or found.kind in ("state", "organisation") and found.sector is None:
        return found.name
    known = knowledge_base().countries.get(found.country or "")
    if found.country == "IGO":
        country = "international"
    else:
        country = (known.demonyms[0] if known.demonyms else known.name) if known else found.country
    sector = lexicon().sector_names.get(found.sector or "", found.sector)
    return " ".join(p for p in (country, sector) if p) or found.name


def public_mention(found: Found) -> ActorMention:
    """The typed mention later stages read, from the actors stage's own working record."""
    return ActorMention(start=found.start, end=found.end, text=found.text, head=found.head, actor_id=found.key,
                        kind=found.kind, name=found.name, country=found.country, sector=found.sector,
                        role=found.role, person_id=found.person_id, role_hint=found.role_hint, title=found.title,
                        locative=found.locative)


def annotate(analysis: Analysis) -> None:
    """Fill `analysis.actors` (one Actor per actor id with all its mentions) and `analysis.mentions`."""
    found = find_mentions(analysis.doc, analysis.document.published)
    analysis.mentions = [public_mention(f) for f in found]
    analysis.chains = chains_of(found)
    actors: dict[str, Actor] = {}
    for f in found:
        if not f.key or f.locative:
            continue
        actor = actors.get(f.key)
        if actor is None:
            kind = f.kind if f.kind in ("person", "state", "organisation", "group") else "unknown"
            actor = actors[f.key] = Actor(actor_id=f.key, name=_actor_name(f), country=f.country, sector=f.sector,
                                          role=f.role, kind=kind)
        actor.mentions.append(Mention(f.start, f.end, f.text, analysis.sentence_index(f.start)))
    analysis.actors = list(actors.values())


def _as_of(found: ActorMention, date: str | None, published: str | None) -> tuple[str | None, str | None, str | None]:
    """(actor_id, country, sector) of a mention on `date`."""
    if date is None or date == published or not found.actor_id:
        return found.actor_id or None, found.country, found.sector
    kb = knowledge_base()
    pid = found.person_id
    if found.title and found.title[0]:
        pid = holder(found.title[0], found.title[1], date, kb) or pid
    if pid and pid in kb.people:
        hint = found.role_hint or (found.title[1] if found.title else None)
        status = status_on(kb.people[pid], date, hint, titled=found.role_hint is not None)
        return pid, status.country, status.sector
    return found.actor_id, found.country, found.sector


M = TypeVar("M", Found, ActorMention)
CLAUSAL = {"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


CLAUSAL_IDS = frozenset(get_string_id(label) for label in CLAUSAL)


def _path(heads: list[int], deps: list[int], token: int, root: int) -> tuple[int, bool]:
    """Arcs from a token up to the span root, and whether the path leaves a clause on the way: climbed on the
    document's head and label columns (nlp/arrays.py), not by making a Token for every step."""
    depth, clausal = 0, False
    while token != root:
        if heads[token] == token or depth > 50:
            return 99, True
        clausal = clausal or deps[token] in CLAUSAL_IDS
        token, depth = heads[token], depth + 1
    return depth, clausal


_by_start: dict[str, tuple[list[Any], int, list[int], list[Any]]] = {}


def _starting_within(found: list[M], start: int, end: int) -> list[M]:
    """Mentions inside [start, end), by binary search on an index of `found` kept while the list is
    unchanged: central_mentions is asked once per event phrase, and scanning every mention each
    time made the cost of a long document grow with the square of its length."""
    cached = _by_start.get("last")
    if cached is None or cached[0] is not found or cached[1] != len(found):
        ordered = sorted(found, key=lambda f: f.start)
        cached = (found, len(found), [f.start for f in ordered], ordered)
        _by_start["last"] = cached
    _found, _size, starts, ordered = cached
    return [f for f in ordered[bisect_left(starts, start):bisect_left(starts, end)] if f.end <= end]


def central_mentions(doc: Doc, found: list[M], start: int, end: int) -> list[M]:
    """Mentions inside [start, end), the head of the phrase first (fewest arcs from the span root).

    Actors inside a clause that modifies the phrase ("nationals abducted by North Korea") belong to
    another event, so they are left out when the phrase names someone outside such a clause.
    """
    inside = _starting_within(found, start, end)
    if not inside:
        return inside  # no mention to order: the span's tokens are not needed
    span = tokens_at(doc, start, end)
    if span is None:
        return inside
    root = span.root.i
    arrays = doc_arrays(doc)
    heads, deps = arrays.heads, arrays.dep
    paths = {id(f): _path(heads, deps, f.head, root) for f in inside}
    direct = [f for f in inside if not paths[id(f)][1]]
    return sorted(direct or inside, key=lambda f: (paths[id(f)][0], f.start))


def actors_in_span(analysis: Analysis, start: int, end: int, date: str | None = None) -> list[ActorRef]:
    """ActorRefs for the actors named inside [start, end), most central first, as of `date`.

    Reads `analysis.mentions`, which the actors stage fills (or a test, by hand)."""
    found = analysis.mentions
    refs: list[ActorRef] = []
    seen: set[str | None] = set()
    for f in central_mentions(analysis.doc, found, start, end):
        actor_id, country, sector = _as_of(f, date, analysis.document.published)
        if actor_id in seen:
            continue
        seen.add(actor_id)
        refs.append(ActorRef(actor_id=actor_id, country=country, sector=sector, text=f.text, start=f.start, end=f.end))
    return refs


def _occurrences(text: str, context: str) -> list[int]:
    """Where the phrase stands in its sentence as whole words, ignoring case ("the North" in "The North")."""
    pattern = re.compile(rf"(?<!\w){re.escape(text.strip())}(?!\w)", re.IGNORECASE)
    return [m.start() for m in pattern.finditer(context)]


def resolve_phrase(text: str, date: str | None = None, context: str | None = None,
                   settings: Settings | None = None) -> dict:
    """Resolve a short actor phrase (optionally inside its sentence) to id, name, country and sector.

    With a context the phrase is read where it stands in it, so the story's other names decide short
    forms ("the North") and surnames; a phrase that is part of a longer name there ("Moon" in "President
    Moon Jae-in") takes that name's resolution. Each place the phrase stands is tried in turn.
    With `settings`, its model and actor files are used; without, the defaults (and $DETENTE_ACTORS).
    """
    if settings is None:
        return _resolve_phrase(text, date, context, None)
    with scoped(knowledge_base_for(settings.actor_files)):
        return _resolve_phrase(text, date, context, settings.model_name)


def _resolve_phrase(text: str, date: str | None, context: str | None, model: str | None) -> dict:
    from detente.nlp import load_pipeline
    from detente.nlp.typography import parse

    nlp = load_pipeline(model)
    text = text.strip()
    offsets = _occurrences(text, context) if context else []
    doc = parse(nlp, context) if offsets else parse(nlp, text)
    found = find_mentions(doc, date)
    result: dict[str, Any] = {"text": text, "actor_id": None, "name": None, "country": None, "sector": None,
                              "role": None, "kind": None, "rest": text}
    for offset in offsets or [0]:
        end = offset + len(text)
        ranked = central_mentions(doc, found, offset, end)
        if not ranked:  # the phrase is part of a longer name: that name's actor
            ranked = [f for f in found if f.start <= offset and f.end >= end]
        if not ranked:
            continue
        best = ranked[0]
        if best.country is None:  # "the state-run news agency KCNA": the name refines the description
            # ("Boko Haram fighters": armed people of a named armed group are that group's)
            best = next((f for f in ranked if f.country and (f.sector == best.sector
                                                             or best.sector == "UAF" and f.sector in ARMED)), best)
        used = set().union(*(f.used for f in ranked if f.key == best.key or f.sector == best.sector))
        span = tokens_at(doc, offset, end) or doc[:]
        rest = " ".join(t.text for t in span if t.i not in used and not t.is_punct)
        result.update(actor_id=best.key, name=_actor_name(best), country=best.country, sector=best.sector,
                      role=best.role, kind=best.kind, rest=rest)
        break
    return result


def _column(row: dict[str, str], *names: str) -> str:
    for name in names:
        for key in (f"{name}Label", name):
            value = (row.get(key) or "").strip()
            if value:
                return value
    return ""


def import_wikidata(csv_path: Path, out_path: Path) -> int:
    """Write an actor file (people with terms) from a Wikidata query result; returns people written.

    Columns (a `...Label` column is preferred when both exist): person, country, position, start,
    end; optional: aliases (';'-separated), sector (default GOV). Countries may be names or ISO3.
    """
    kb = knowledge_base()
    people: dict[str, dict[str, Any]] = {}
    with Path(csv_path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            name = _column(row, "person", "name")
            country_text = _column(row, "country")
            country = kb.country_by_name(country_text) or (country_text.upper() if len(country_text) == 3 else None)
            if not name or not country or name.startswith("http"):
                continue
            person = people.setdefault(slug(name), {"person_id": slug(name), "name": name, "aliases": [], "terms": []})
            for alias in _column(row, "aliases").split(";"):
                if alias.strip() and alias.strip() not in person["aliases"]:
                    person["aliases"].append(alias.strip())
            term = {"country": country, "role": _column(row, "position", "role").lower(),
                    "sector": _column(row, "sector") or "GOV",
                    "start": _column(row, "start")[:10] or None, "end": _column(row, "end")[:10] or None}
            if term not in person["terms"]:
                person["terms"].append(term)
    Path(out_path).write_text(yaml.safe_dump({"people": list(people.values())}, allow_unicode=True, sort_keys=False),
                              "utf-8")
    return len(people)
