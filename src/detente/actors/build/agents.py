"""Reading a CAMEO agents dictionary (Phoenix.agents.txt) into generic agent phrases with our sector.

The agents file lists nouns and phrases that name a kind of actor rather than a particular one
("POLICE!PERSON! [~COP]", "INTERIOR_!MINIST! [~GOV]"): words joined by underscores, `!SET!` standing for
each word of a substitution set declared as `!SET! = A, B`, `{PLURAL}` giving an irregular plural (`{}`:
none), and a code that starts with `~` (a role part, the country comes from the text). `#` starts a comment.

A code is read with our table of CAMEO role parts (cameo_codes.yaml `sectors`). Religion parts name the
agent's faith, other parts what it does, so the first part that is not a religion decides
("ISLAMIC_MILITANT [~MUSUAF]": UAF; "CATHOLIC_PRIEST [~CHRCTH]": REL). Codes with no part our table knows
("MAN [~PPL]": any person) and agents of international bodies ("[IGO~]") are left out: a generic phrase
cannot tell which body.

TABARI also listed modifiers and the first words of longer patterns ("JEWISH", "STATE-OWNED",
"EMBASSY_IN"), which name no one on their own: `nominal` keeps the phrases whose last word our spaCy
pipeline tags as a noun in a plain object position ("They met the ___ yesterday."). Agents whose last
word names a place or a vehicle (cameo_codes.yaml `agent_places`: "settlement", "hospital", "tanker")
are marked doer-only: an actor only as a verb's subject ("the hospital said"), never "in the settlement".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.actors.build.cameo import code_tables, read_entries
from detente.actors.lexicon import plural_of

_SET_LINE = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")
_ENTRY = re.compile(r"^([^\[{#]+?)\s*(\{[^}]*\})?\s*\[([A-Z~]+)\]")


@dataclass(frozen=True)
class Agent:
    """One written form of a generic agent, lower-case, with our sector and the code it came from."""

    phrase: str
    sector: str
    code: str
    number: str  # "noun": plural formed by rule; "plural": the dictionary's irregular plural; "fixed": `{}`
    line: int
    doer_only: bool = False


def agent_sector(code: str) -> str | None:
    """Our sector for an agent code such as "~GOVMED" or "~MUSUAF"; None when the code names none."""
    if not code.startswith("~"):
        return None
    tables = code_tables()
    sectors, religion = tables["sectors"], set(tables.get("religion_parts") or [])
    parts = [code[i:i + 3] for i in range(1, len(code) - (len(code) - 1) % 3, 3)]
    roles = [sectors[p] for p in parts if p in sectors and p not in religion]
    if roles:
        return roles[0]
    return "REL" if any(p in religion for p in parts) else None


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).lower()


def _expand(words: str, sets: dict[str, list[str]]) -> list[str]:
    """Every form of a phrase with substitution sets ("FOREIGN_!MINIST!" -> "FOREIGN_MINISTER", ...)."""
    forms = [words]
    for name, members in sets.items():
        while any(name in f for f in forms):
            forms = [g for f in forms for g in ([f.replace(name, m, 1) for m in members] if name in f else [f])]
    return forms


def parse_agents(text: str) -> list[Agent]:
    """Every generic agent form of an agents dictionary with a sector we can use."""
    sets: dict[str, list[str]] = {}
    places = {str(w).lower() for w in code_tables().get("agent_places") or []}
    places |= {plural_of(w) for w in places}
    agents: list[Agent] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        declared = _SET_LINE.match(body)
        if declared:
            sets[declared.group(1)] = [w.strip() for w in declared.group(2).split(",") if w.strip()]
            continue
        entry = _ENTRY.match(body.strip())
        if entry is None:
            continue
        words, plural_braces, code = entry.groups()
        sector = agent_sector(code)
        if sector is None:
            continue
        number = "fixed" if plural_braces else "noun"
        forms = [(f, number) for f in _expand(words.strip(), sets)]
        if plural_braces and plural_braces.strip("{} "):
            forms.append((plural_braces.strip("{} "), "plural"))
        for form, kind in forms:
            phrase = _phrase(form)
            if len(phrase) < 3 or phrase in seen or "!" in phrase:
                continue
            seen.add(phrase)
            agents.append(Agent(phrase, sector, code, kind, lineno, phrase.split()[-1] in places))
    return agents


def nominal(agents: list[Agent], nlp: Any) -> list[Agent]:
    """The agents whose phrase ends in a noun (see the module's docstring), tagged by `nlp`."""
    frames = nlp.pipe(f"They met the {a.phrase} yesterday." for a in agents)
    return [a for a, doc in zip(agents, frames, strict=True) if doc[-3].pos_ in ("NOUN", "PROPN")]


def read_agents(path: str | Path) -> list[Agent]:
    """Agents of an agents dictionary file."""
    return read_entries(path, parse_agents, "CAMEO agents dictionary", "CAMEO agent", "POLICE_OFFICER [~COP]")
