"""Sector nouns, titles, communities and context rules, read once from sectors.yaml, context.yaml and
ethnic_groups.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "people": "people", "police": "police",
              "crew": "crew", "staff": "staff", "media": "media", "press": "press", "public": "public"}


@dataclass
class Lexicon:
    nouns: dict[str, str] = field(default_factory=dict)  # lower-case phrase (singular and plural) -> sector
    plural: set[str] = field(default_factory=set)  # the phrases above that are plural forms
    titles: dict[str, str] = field(default_factory=dict)  # title -> role in leaders files ("*": any top role)
    top_roles: set[str] = field(default_factory=set)
    elite_modifiers: set[str] = field(default_factory=set)
    then_modifiers: set[str] = field(default_factory=set)
    short_forms: dict[str, list[tuple[str, set[str]]]] = field(default_factory=dict)
    definite_window: int = 3
    pronoun_window: int = 2
    pronoun_reach: int = 6
    family_name_first: set[str] = field(default_factory=set)
    leader_roles: list[str] = field(default_factory=list)
    parliamentary: set[str] = field(default_factory=set)
    ethnic: dict[str, tuple[str, ...]] = field(default_factory=dict)  # community name -> its countries
    ethnic_words: set[str] = field(default_factory=set)  # "ethnic" before a nationality
    male: set[str] = field(default_factory=set)  # words in a person's phrase that say "he" ("Mr", "spokesman")
    female: set[str] = field(default_factory=set)
    sector_names: dict[str, str] = field(default_factory=dict)  # GOV -> "government", for actor names
    doer_only: set[str] = field(default_factory=set)  # nouns that name an actor only as a verb's subject
    collectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Koreas" -> (PRK, KOR)
    adversary_nouns: set[str] = field(default_factory=set)  # "the regime": the state the story acts against
    topic_nouns: set[str] = field(default_factory=set)  # "a North Korea expert": the country is the subject
    settlements: frozenset[str] = frozenset()  # "village": takes the country it lies in or near
    state_nouns: frozenset[str] = frozenset()  # "the country", "the two nations": states named before


def plural_of(phrase: str) -> str:
    """English plural of a phrase's last word (troop -> troops, party -> parties, policeman -> policemen)."""
    *first, last = phrase.split(" ")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith("man"):
        word = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        word = last + "es" if not last.endswith("s") else last
    else:
        word = last + "s"
    return " ".join([*first, word])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    sectors = yaml.safe_load((DATA / "sectors.yaml").read_text("utf-8")) or {}
    context = yaml.safe_load((DATA / "context.yaml").read_text("utf-8")) or {}
    lex = Lexicon()
    for sector, words in (sectors.get("nouns") or {}).items():
        for word in words:
            word = str(word).lower()
            lex.nouns.setdefault(word, sector)
            many = plural_of(word)
            if many != word:
                lex.nouns.setdefault(many, sector)
                lex.plural.add(many)
    lex.titles = {str(k).lower(): str(v) for k, v in (sectors.get("titles") or {}).items()}
    lex.top_roles = {str(r) for r in sectors.get("top_roles") or []}
    lex.elite_modifiers = {str(w) for w in sectors.get("elite_modifiers") or []}
    lex.then_modifiers = {str(w) for w in sectors.get("then_modifiers") or []}
    for word, rules in (context.get("short_forms") or {}).items():
        lex.short_forms[str(word)] = [(r["country"], set(r.get("when_any") or [])) for r in rules]
    lex.definite_window = int(context.get("definite_window", 3))
    lex.pronoun_window = int(context.get("pronoun_window", 2))
    lex.pronoun_reach = int(context.get("pronoun_reach", 6))
    lex.leader_roles = [str(r) for r in context.get("leader_roles") or []]
    lex.parliamentary = {str(c) for c in context.get("parliamentary") or []}
    lex.family_name_first = {str(c) for c in context.get("family_name_first") or []}
    lex.collectives = {str(k): tuple(v) for k, v in (context.get("collectives") or {}).items()}
    lex.adversary_nouns = {str(w).lower() for w in context.get("adversary_nouns") or []}
    lex.state_nouns = frozenset(str(w).lower() for w in context.get("state_nouns") or [])
    lex.settlements = frozenset(str(w).lower() for w in context.get("settlements") or [])
    gender = sectors.get("gender") or {}
    lex.male = {str(w).lower() for w in gender.get("male") or []}
    lex.female = {str(w).lower() for w in gender.get("female") or []}
    lex.sector_names = {str(k): str(v) for k, v in (sectors.get("sector_names") or {}).items()}
    lex.doer_only = {str(w).lower() for w in sectors.get("doer_only") or []}
    lex.doer_only |= {plural_of(w) for w in lex.doer_only}
    lex.topic_nouns = {str(w).lower() for w in sectors.get("topic_nouns") or []}
    lex.topic_nouns |= {plural_of(w) for w in lex.topic_nouns}
    ethnic = yaml.safe_load((DATA / "ethnic_groups.yaml").read_text("utf-8")) or {}
    lex.ethnic_words = {str(w).lower() for w in ethnic.get("ethnic_words") or []}
    for group in ethnic.get("groups") or []:
        for name in group.get("names") or []:
            lex.ethnic.setdefault(str(name), tuple(group.get("countries") or []))
    return lex
