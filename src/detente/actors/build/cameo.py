"""Reading CAMEO actor dictionaries (TABARI / PETRARCH text) into typed entries with dated codes.

The format: an entry line names an actor (`HAMID_KARZAI_`, words joined by underscores, a trailing
underscore meaning "whole word"), `+` lines add synonyms, and bracketed codes give who the actor is
(`[AFGGOV >011222]`: Afghan government from 22 Dec 2001; `[AFGELI 750101-000101]`: elite between two
dates; `[AFGELI]` with no date: whatever the dated codes leave uncovered). `#` starts a comment.
Used by the knowledge-base build (`python -m detente.actors.build`) and by `detente actors import-cameo`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

CODES_FILE = Path(__file__).resolve().parent.parent / "data" / "cameo_codes.yaml"
_CODE = re.compile(r"\[([A-Z~][A-Z0-9]*)\s*([<>]?\s*[0-9]*)\s*-?\s*([0-9]*)\s*\]")
_NAME_JUNK = re.compile(r"[^\w\s\-.'&,()/]")


@dataclass(frozen=True)
class Code:
    """One bracketed CAMEO code, read as our country and sector, valid from `start` until `end`."""

    raw: str
    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class CameoEntry:
    """An actor of the dictionary: its name, synonyms and codes in the order given."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    line: int = 0


@lru_cache(maxsize=1)
def code_tables() -> dict[str, Any]:
    return yaml.safe_load(CODES_FILE.read_text("utf-8"))


def cameo_date(text: str) -> str | None:
    """ISO date from CAMEO's YYMMDD or YYYYMMDD ("011222" -> "2001-12-22"); None when unreadable.

    Two-digit years up to 30 are 20xx (the dictionaries were compiled by 2015), later ones 19xx.
    """
    digits = text.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = digits[2:4], digits[4:6]
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), digits[4:6], digits[6:8]
    else:
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year:04d}-{month}-{day}"


def read_code(raw: str, when: str = "", until: str = "", default_country: str | None = None) -> Code | None:
    """Our (country, sector) for a CAMEO code such as "JPNGOV" or "IGOUNOREFHCR".

    A code that starts with a role ("[ELI]") keeps the entry's country (`default_country`).
    Returns None for codes that say nothing we can use (agent codes "~GOV", broken dates).
    """
    if raw.startswith("~") or len(raw) < 3:
        return None
    tables = code_tables()
    parts = [raw[i:i + 3] for i in range(0, len(raw) - len(raw) % 3, 3)]
    first, rest = parts[0], parts[1:]
    sectors, trans = tables["sectors"], tables["transnational"]
    if first in trans:
        country, sector = trans[first]["country"], None
        fallback = trans[first]["sector"]
        for part in rest:  # "NGOUSA", "MNCJPN": the body's home country follows
            if country is None and _is_country(part):
                country = _country(part)
        sector = next((sectors[p] for p in rest if p in sectors and p not in trans), fallback)
    elif first in sectors and not _is_country(first):
        country, sector = default_country, sectors[first]
    else:
        country = _country(first)
        sector = next((sectors[p] for p in rest if p in sectors), None)
    start = end = None
    when = when.replace(" ", "")
    if when.startswith(">"):
        start = cameo_date(when[1:])
    elif when.startswith("<"):
        end = cameo_date(when[1:])
    elif when:
        start, end = cameo_date(when), cameo_date(until)
        if start is None or end is None:
            return None
    return Code(raw=raw, country=country, sector=sector, start=start, end=end)


def _is_country(part: str) -> bool:
    return part in code_tables()["countries"] or _known_iso3(part)


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _known_iso3(part: str) -> bool:
    return part in _iso3_codes()


def _country(part: str) -> str | None:
    table = code_tables()["countries"]
    if part in table:
        return table[part]
    return part if _known_iso3(part) else None


def clean_name(raw: str) -> str:
    """A written name from a dictionary phrase: underscores to spaces, no trailing markers."""
    text = raw.replace("_", " ").replace("+", " ")
    text = _NAME_JUNK.sub(" ", text)
    return " ".join(text.split()).strip(" ,-")


def display_name(name: str, abbreviations: bool = True) -> str:
    """Title case for an upper-case dictionary name, keeping abbreviations and particles readable.

    `abbreviations`: a short one-word name stays in capitals ("NATO"); places pass False ("KABUL" -> "Kabul").
    """
    if sum(c.islower() for c in name) > sum(c.isupper() for c in name):
        return name
    if abbreviations and " " not in name and len(name) <= 5:
        return name.upper()  # an abbreviation: "NATO", "DGSE"
    small = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "al", "el", "bin", "van", "von", "da"}
    words = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if i and low in small:
            words.append(low)
        elif len(word) <= 4 and "." in word or word.isupper() and len(word) <= 3 and i == 0 and len(name.split()) == 1:
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def parse_dictionary(text: str) -> list[CameoEntry]:
    """Every entry of a CAMEO actor dictionary, with its synonyms and readable codes."""
    entries: list[CameoEntry] = []
    current: CameoEntry | None = None
    pending_country: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes_text = body[body.index("["):] if "[" in body else ""
        words = body[:body.index("[")] if "[" in body else body
        if body[0] in " \t" and not words.strip():  # an indented code line
            target = current
        elif words.lstrip().startswith("+"):
            target = current
            if current is not None:
                name = clean_name(words.strip()[1:])
                if name and name not in current.synonyms and name != current.name:
                    current.synonyms.append(name)
        else:
            name = clean_name(words)
            if not name:
                continue
            current = CameoEntry(name=name, line=number)
            entries.append(current)
            target = current
            pending_country = None
        if target is None or not codes_text:
            continue
        for raw, when, until in _CODE.findall(codes_text):
            pending_country = pending_country or next((c.country for c in target.codes if c.country), None)
            code = read_code(raw, when, until, default_country=pending_country)
            if code is not None:
                target.codes.append(code)
    return [e for e in entries if e.codes]


def read_entries(path: str | Path, parse: Callable[[str], list[T]], file_kind: str, entry_kind: str,
                 example: str) -> list[T]:
    """What `parse` finds in a dictionary file of this kind; a clear error for a file that is missing or
    holds no entries (a user's own file through `actors import-cameo`, or a moved Phoenix file)."""
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"no such {file_kind}: {source}")
    entries = parse(source.read_text("utf-8", errors="replace"))
    if not entries:
        raise ValueError(f"{source}: no {entry_kind} entries (lines like '{example}') found")
    return entries


def read_dictionary(path: str | Path) -> list[CameoEntry]:
    """Entries of an actors dictionary file."""
    return read_entries(path, parse_dictionary, "CAMEO dictionary", "CAMEO actor", "NAME_ [ISOGOV]")
