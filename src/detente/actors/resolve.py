"""Who held what on a date: a person's country, sector and role, and the holder of an office.

The role valid on the event's date decides: a person in office is coded with that office's
country and sector; a person out of office (before or after) is ELI of the country they served.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache

from detente.actors.kb import KnowledgeBase, Person, Term, knowledge_base
from detente.actors.lexicon import lexicon


@dataclass(frozen=True)
class Status:
    country: str | None
    sector: str | None
    role: str | None
    in_office: bool


def today() -> str:
    return _date.today().isoformat()


def _days(iso: str | None) -> int:
    try:
        return _date.fromisoformat(iso[:10]).toordinal() if iso else 0
    except ValueError:
        return 0


def _rank(term: Term, role_hint: str | None) -> tuple[int, int]:
    hint = 0 if role_hint and term.role == role_hint else 1
    roles = lexicon().top_roles
    return hint, 0 if term.role in roles else 1


_statuses: dict[tuple[int, str, str | None, bool], tuple[Person, Status]] = {}


def status_on(person: Person, date: str | None, role_hint: str | None = None, titled: bool = False) -> Status:
    """The person's standing on `date` (None: today).

    `titled`: the text gives the person the title `role_hint` without "former" ("President X"), which
    says they held it when the words were written; a term with that role then decides, whatever the date.
    Kept per person and question (a story asks the same of each mention of a person, and of the people its
    surnames could name): a Status is frozen, and a person's terms do not change once the knowledge base is
    read (a re-read makes new Person objects, which the identity check tells apart).
    """
    if date is None:  # today moves: never kept
        return _status_on(person, today(), role_hint, titled)
    key = (id(person), date, role_hint, titled)
    held = _statuses.get(key)
    if held is not None and held[0] is person:
        return held[1]
    if len(_statuses) >= 65536:
        _statuses.clear()
    status = _status_on(person, date, role_hint, titled)
    _statuses[key] = (person, status)
    return status


def _status_on(person: Person, when: str, role_hint: str | None, titled: bool) -> Status:
    current = [t for t in person.terms if t.holds_on(when)]
    top = lexicon().top_roles
    titled_terms = [t for t in person.terms if titled and role_hint
                    and (t.role == role_hint or role_hint == "*" and t.role in top)]
    if titled_terms and not set(titled_terms) & set(current):
        best = min(titled_terms, key=lambda t: abs(_days(t.start) - _days(when)))
        return Status(best.country, best.sector, best.role, True)
    if current:
        best = min(current, key=lambda t: _rank(t, role_hint))
        return Status(best.country, best.sector, best.role, True)
    past = [t for t in person.terms if not t.default and t.end is not None and t.end <= when]
    if past:
        top = lexicon().top_roles
        last = max(past, key=lambda t: (t.end or "", t.role in top))
        return Status(last.country, "ELI", f"former {last.role}" if last.role else None, False)
    default = next((t for t in person.terms if t.default), None)
    if default is not None:  # outside every dated role: what the source says they are otherwise (mostly ELI)
        return Status(default.country, default.sector or "ELI", None, False)
    if person.terms:
        return Status(person.terms[0].country, "ELI", None, False)
    return Status(None, None, None, False)


@lru_cache(maxsize=2)
def _offices(kb_version: int) -> dict[tuple[str, str], list[tuple[Term, str]]]:
    kb = knowledge_base()
    offices: dict[tuple[str, str], list[tuple[Term, str]]] = {}
    for person in kb.people.values():
        for term in person.terms:
            offices.setdefault((term.country, term.role), []).append((term, person.person_id))
    return offices


def holder(country: str, role: str, date: str | None, kb: KnowledgeBase | None = None) -> str | None:
    """person_id of whoever held `role` in `country` on `date`; role "*" means the country's leader."""
    kb = kb or knowledge_base()
    offices = _offices(kb.version)
    when = date or today()
    order = sorted(lexicon().leader_roles, key=lambda r: leader_rank(country, r)) if role == "*" else [role]
    for wanted in order:
        holders = [pid for term, pid in offices.get((country, wanted), []) if term.holds_on(when)]
        if holders:
            return holders[0]
    return None


def leader_rank(country: str, role: str) -> int:
    """How high a role ranks as the leader of its country (0: the leader); big for other roles."""
    lex = lexicon()
    order = list(lex.leader_roles)
    if country in lex.parliamentary:
        order = ["prime minister", "chancellor"] + [r for r in order if r not in ("prime minister", "chancellor")]
    return order.index(role) if role in order else len(order)


def _former_holder(candidates: list[str], when: str, doc_countries: dict[str, int], kb: KnowledgeBase) -> str | None:
    """"Abe said" in a 2021 story about Japan: the one bearer of the name who once held an office of a state
    the story names, now out of office (so coded ELI); nobody while the name fits none or several. Who takes office
    only later is no candidate: a 2000 story cannot mean them."""
    former = []
    for pid in candidates:
        person = kb.people.get(pid)
        if person is None:
            continue
        if any(t.country in doc_countries and t.end is not None and t.end <= when for t in person.terms):
            former.append(pid)
    return former[0] if len(former) == 1 else None


def pick_by_surname(candidates: list[str], date: str | None, doc_countries: dict[str, int],
                    kb: KnowledgeBase | None = None, role_hint: str | None = None) -> str | None:
    """The person a bare surname means with no full name earlier in the story.

    With a title before the name, the one holder of that office on the date wins. Otherwise only a
    holder of a top office on the date, from a country the story names, qualifies; among
    several, the one from the country named most often, then the one whose office ranks highest as
    the country's leader; a tie leaves the name unresolved rather than guessed. When the story names
    none of their countries, a surname that only one holder of a top office on the date bears is theirs;
    a surname only one person in the knowledge base bears is theirs while they hold any office of a
    country the story names.
    """
    kb = kb or knowledge_base()
    when = date or today()
    top = lexicon().top_roles
    if role_hint:  # "President Obama": the one holder of that office on the date with that surname
        titled = [pid for pid in candidates if pid in kb.people
                  and any(t.role == role_hint and t.holds_on(when) for t in kb.people[pid].terms)]
        if len(titled) == 1:
            return titled[0]
        ever = [pid for pid in candidates if pid in kb.people
                and any(t.role == role_hint for t in kb.people[pid].terms)]
        if not titled and len(ever) == 1:  # the only one with that surname who ever held the office
            return ever[0]
    scored: list[tuple[int, int, str]] = []
    for pid in candidates:
        person = kb.people.get(pid)
        if person is None:
            continue
        terms = [t for t in person.terms if t.holds_on(when) and t.role in top and t.country in doc_countries]
        if terms:
            best = min(terms, key=lambda t: (-doc_countries[t.country], leader_rank(t.country, t.role)))
            scored.append((-doc_countries[best.country], leader_rank(best.country, best.role), pid))
    scored.sort()
    if not scored:
        # "Putin said" in a story that names no country: the one bearer of the name leading a state then;
        # "Shoigu said" in a story about Russia: the only bearer of the name, in an office of a named country
        leading = {pid: [t for t in kb.people[pid].terms if t.holds_on(when) and t.role in top]
                   for pid in candidates if pid in kb.people}
        leading = {pid: terms for pid, terms in leading.items() if terms}
        if len(leading) == 1:
            return next(iter(leading))
        if leading and len({t.country for terms in leading.values() for t in terms}) == 1:
            # "Kim" in 2024: the supreme leader and the premier serve one state; the name means its leader
            ranked = sorted((min(leader_rank(t.country, t.role) for t in terms), pid) for pid, terms in leading.items())
            if ranked[0][0] < ranked[1][0]:
                return ranked[0][1]
        only = [pid for pid in candidates if pid in kb.people]
        if len(only) == 1 and any(t.holds_on(when) and t.country in doc_countries for t in kb.people[only[0]].terms):
            return only[0]
        if not leading:
            return _former_holder(candidates, when, doc_countries, kb)
        return None
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]
