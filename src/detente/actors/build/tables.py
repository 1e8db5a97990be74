"""CAMEO entries -> knowledge-base rows, and writing every generated table as gzipped CSV."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from detente.actors.build.cameo import CameoEntry, display_name, read_dictionary
from detente.actors.kb import slug
from detente.actors.lexicon import lexicon

OUT = Path(__file__).resolve().parent.parent / "data" / "kb"
PEOPLE_COLUMNS = ["person_id", "name", "aliases", "country", "sector", "start", "end", "source", "forms"]
BODY_COLUMNS = ["id", "name", "aliases", "country", "sector", "source", "forms"]
PLACE_COLUMNS = ["name", "country", "kind", "population", "lat", "lon", "source", "forms"]
AGENT_COLUMNS = ["phrase", "sector", "number", "doer_only", "code", "source"]
FORM_SEP = "|"  # between a row's written forms; the tokens of one form are joined by single spaces


def add_forms(rows: list[dict[str, str]], names: Callable[[dict[str, str]], list[str]]) -> None:
    """Each row's names as the English tokenizer splits them ("Ban Ki-moon" -> "Ban Ki - moon"), so that
    the run never tokenizes tens of thousands of names (nor grows the shared vocabulary) to match them."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    cache: dict[str, str] = {}
    for row in rows:
        forms = []
        for name in names(row):
            text = name.strip()
            if text.lower().startswith("the "):
                text = text[4:]
            if text and FORM_SEP not in text:
                if text not in cache:
                    cache[text] = " ".join(t.text for t in tokenizer(text) if not t.is_space)
                forms.append(cache[text])
        row["forms"] = FORM_SEP.join(dict.fromkeys(forms))


def _usable(name: str) -> bool:
    """A name worth matching: two words or more, or an abbreviation (matched in its exact case)."""
    words = name.split()
    if len(words) >= 2:
        return len(name) >= 5
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in name) and len(name) <= 8 and name.isupper() \
        and name.endswith(".") is False and _is_acronym_form(name)


def _is_acronym_form(name: str) -> bool:
    # an upper-case dictionary is all capitals, so a one-word name is kept only when it has no vowel
    # pattern of an ordinary word: short runs like "NATO" or "UNHCR" pass, "KABUL" does not
    return len(name) <= 5


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that open a title or description rather than a name ("President", "Former", "Mr")."""
    lex = lexicon()
    own_nouns = set(lex.nouns) - lex.agent_nouns  # the dictionary's agent words ("actor") are no titles
    words = {t.split()[0] for t in (*lex.titles, *own_nouns)} | lex.elite_modifiers | lex.then_modifiers
    words |= lex.male | lex.female
    return frozenset(w.lower().rstrip(".") for w in words if w)


def strip_titles(name: str) -> str:
    """The name without the titles written before it ("Former President Ronald Reagan" -> "Ronald Reagan"),
    so that the text's own title still tells the office ("President Reagan" keeps its title)."""
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".").split("-")[0] in _title_words()
                              or words[0].lower() in _title_words()):
        words = words[1:]
    return " ".join(words)


def _is_country_block(entry: CameoEntry) -> bool:
    """A state's or region's own entry ("AFGHANISTAN_ [AFG]"): codes with a country and no sector."""
    return all(c.sector is None for c in entry.codes) and any(c.country for c in entry.codes)


def _is_person(entry: CameoEntry) -> bool:
    """People carry dated roles; an undated elite code ("[CHNELI]") is a person too (elites are people)."""
    return any(c.dated and c.sector for c in entry.codes) or any(c.sector == "ELI" for c in entry.codes)


def _spelling_of(name: str, other: str) -> bool:
    """A variant or misspelling of another name ("AFGANISTAN" of "AFGHANISTAN"), or a name containing it."""
    a, b = name.upper(), other.upper()
    return b in a or SequenceMatcher(None, a, b).ratio() >= 0.75


def cameo_tables(entries: Iterable[CameoEntry], source: str) -> dict[str, list[dict[str, str]]]:
    """Rows for people (every dated code one row; an undated code of a person is their default,
    written with empty start and end), bodies and places from CAMEO dictionary entries."""
    people: list[dict[str, str]] = []
    bodies: list[dict[str, str]] = []
    places: list[dict[str, str]] = []
    for entry in entries:
        name = display_name(entry.name)
        if _is_country_block(entry):
            country = next(c.country for c in reversed(entry.codes) if c.country)
            for synonym in entry.synonyms:
                if _spelling_of(synonym, entry.name) or len(synonym) < 4:
                    continue  # spellings of the country's own name and its adjective
                places.append({"name": display_name(synonym, abbreviations=False), "country": country, "kind": "region",
                               "population": "", "source": source})
            continue
        aliases = [display_name(s) for s in entry.synonyms if _usable(s) or len(s.split()) >= 2]
        if _is_person(entry):
            name = strip_titles(name)
            aliases = list(dict.fromkeys(a for a in map(strip_titles, aliases) if len(a.split()) >= 2 and a != name))
            if len(name.split()) < 2:
                continue  # a lone word is too often something else; surnames come from full names
            pid = slug(name)
            for code in entry.codes:
                if not code.country:
                    continue
                people.append({"person_id": pid, "name": name, "aliases": ";".join(aliases),
                               "country": code.country, "sector": code.sector or "",
                               "start": code.start or "", "end": code.end or "", "source": source})
            continue
        code = entry.codes[0]
        if code.country is None and code.sector != "NGO":
            continue  # a company or group with no home state tells us no country
        if not _usable(entry.name):
            continue
        bodies.append({"id": slug(name), "name": name, "aliases": ";".join(aliases),
                       "country": code.country or "IGO", "sector": code.sector or "", "source": source})
    return {"people": people, "bodies": bodies, "places": places}


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_tables(phoenix_dir: Path, out: Path = OUT) -> dict[str, int]:
    """Convert the Phoenix dictionaries (actors and generic agents), the gazetteer and the country-name
    tables into `out`."""
    from detente.actors.build.agents import nominal, read_agents
    from detente.actors.build.gazetteer import city_rows
    from detente.actors.build.names import country_name_rows

    tables: dict[str, list[dict[str, str]]] = {"people": [], "bodies": [], "places": []}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt"):
        for key, rows in cameo_tables(read_dictionary(phoenix_dir / name), f"phoenix:{name}").items():
            tables[key] += rows
    known = {r["name"].lower() for r in tables["people"]} | {r["name"].lower() for r in tables["bodies"]}
    surnames = {r["name"].split()[-1].lower() for r in tables["people"]} | \
        {r["name"].split()[0].lower() for r in tables["people"]}
    tables["places"] += city_rows(skip=known | surnames)
    add_forms(tables["people"], lambda r: [r["name"], *r["aliases"].split(";")])
    add_forms(tables["bodies"], lambda r: [r["name"], *r["aliases"].split(";")])
    add_forms(tables["places"], lambda r: [r["name"]])
    write_csv(out / "people.csv.gz", PEOPLE_COLUMNS, tables["people"])
    write_csv(out / "bodies.csv.gz", BODY_COLUMNS, tables["bodies"])
    write_csv(out / "places.csv.gz", PLACE_COLUMNS, tables["places"])
    from detente.nlp import load_pipeline

    agents = [{"phrase": a.phrase, "sector": a.sector, "number": a.number, "doer_only": int(a.doer_only),
               "code": a.code, "source": f"phoenix:Phoenix.agents.txt:{a.line}"}
              for a in nominal(read_agents(phoenix_dir / "Phoenix.agents.txt"), load_pipeline())]
    write_csv(out / "agents.csv.gz", AGENT_COLUMNS, agents)
    names = country_name_rows()
    write_csv(out / "country_names.csv.gz", ["iso3", "name", "kind", "source"], names)
    return {**{k: len(v) for k, v in tables.items()}, "agents": len(agents), "country_names": len(names)}
