"""Switching rules off by id, for ablation (`detente eval ablate`): which rules earn their place.

Rule tables (such as time/data/patterns.yaml) give every rule an id; code that applies a table
skips the ids switched off here. The switch is scoped (a ContextVar), so it affects only the
work inside the `switched_off` block, in this thread or task.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbcSet
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources

from detente.datafiles import load_yaml

_off: ContextVar[frozenset[str]] = ContextVar("detente_rules_off", default=frozenset())


# The rule ids switched off for the work in hand (empty: every rule on). The ContextVar's own `get`, bound: the
# stages ask this some 650 times a document (every word list and kept answer that a switch can empty), and a
# Python function around it only added a frame to each call.
switched_off_ids: Callable[[], frozenset[str]] = _off.get


@contextmanager
def switched_off(ids: Iterable[str]) -> Iterator[None]:
    """Run the block with these rules off."""
    token = _off.set(_off.get() | frozenset(ids))
    try:
        yield
    finally:
        _off.reset(token)


def is_on(rule_id: str) -> bool:
    """Whether the rule applies to the work in hand (cheap: one ContextVar read when nothing is off)."""
    off = _off.get()
    return not off or rule_id not in off


RULE_KEYS = frozenset({"id", "examples"})


def table_rules(table: object) -> list[dict]:
    """The rules of one loaded rule table, in the file's order: every mapping entry that carries an `id`
    (at the top or one level down, as in time/data/patterns.yaml or factuality.yaml), and every entry of the
    file's `rules:` block (the ids and examples of tables that are bare word lists), with its `key` added.
    """
    found: list[dict] = []
    if isinstance(table, list):
        return [entry for entry in table if isinstance(entry, dict) and "id" in entry]
    if not isinstance(table, dict):
        return found
    for key, entry in table.items():
        if key == "rules":
            found += [{"key": name, **rule} for name, rule in (entry or {}).items()]
        elif isinstance(entry, dict) and "id" in entry:
            found.append({"key": key, **entry})
        elif isinstance(entry, list):
            found += [{"key": key, **e} for e in entry if isinstance(e, dict) and "id" in e]
    return found


def without_rule_keys(entry: dict) -> dict:
    """The entry as its loader reads it: `id` and `examples` are for the tests and the ablation."""
    return {k: v for k, v in entry.items() if k not in RULE_KEYS}


class RuleWords(AbcSet[str]):
    """The words of one rule of a rule table, in the file's order: a set (and `index`, for code that orders by
    the list) that is empty while its rule is switched off, so code keeps `word in WORDS` as it was."""

    __slots__ = ("rule", "_order", "_words")

    def __init__(self, rule: str, words: Iterable[str]) -> None:
        self.rule = rule
        self._order = tuple(words)
        self._words = frozenset(self._order)

    def __contains__(self, word: object) -> bool:
        if isinstance(word, str) and "\u2019" in word:
            word = word.replace("\u2019", "'")  # "She’ll": the Doc keeps typographic apostrophes, the lists are straight
        if word not in self._words:
            return False
        off = _off.get()  # is_on, inline: the stages test these lists thousands of times a document
        return not off or self.rule not in off

    def __iter__(self) -> Iterator[str]:
        return iter(self._order if is_on(self.rule) else ())

    def __len__(self) -> int:
        off = _off.get()  # is_on, inline (`if words:` asks this)
        return len(self._order) if not off or self.rule not in off else 0

    def __repr__(self) -> str:
        return f"RuleWords({self.rule!r}, {self._order!r})"

    def index(self, word: str) -> int:
        """Where the word is listed (ValueError when it is not, or the rule is off)."""
        if not is_on(self.rule):
            raise ValueError(f"{word!r}: rule {self.rule} is switched off")
        return self._order.index(word)

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> frozenset[str]:  # what `&` and `|` give: a plain set
        return frozenset(it)


class RulePattern:
    """A regular expression of a rule table that finds nothing while its rule is switched off."""

    __slots__ = ("rule", "regex")

    def __init__(self, rule: str, pattern: str, flags: int = 0) -> None:
        self.rule = rule
        self.regex = re.compile(pattern, flags)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.search(text, *span) if is_on(self.rule) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.match(text, *span) if is_on(self.rule) else None

    def __repr__(self) -> str:
        return f"RulePattern({self.rule!r}, {self.regex.pattern!r})"


@lru_cache(maxsize=32)
def _table(package: str, path: str) -> tuple[dict, dict]:
    data = load_yaml(resources.files(package).joinpath(path).read_text("utf-8"))
    return {rule.get("key", rule["id"]): rule for rule in table_rules(data)}, data if isinstance(data, dict) else {}


def rule_entry(package: str, path: str, key: str) -> dict:
    """The rule `key` of a rule table (the file `path` in `package`; a table that is a list: the rule's id),
    read once per file."""
    try:
        return _table(package, path)[0][key]
    except KeyError as exc:
        raise KeyError(f"no rule {key!r} in {package}/{path}") from exc


def rule_words(package: str, path: str, key: str) -> RuleWords:
    """The `words` of one rule of a table (or, in a table of bare word lists with a `rules:` block, the list under
    the rule's key), obeying the rule's switch: what was a module constant in code."""
    entry = rule_entry(package, path, key)
    words = entry["words"] if "words" in entry else _table(package, path)[1][key]
    return RuleWords(str(entry["id"]), (str(w) for w in words))


def rule_pattern(package: str, path: str, key: str, flags: int = re.IGNORECASE) -> RulePattern:
    """The `pattern` of one rule of a table, obeying the rule's switch (a module regex that was in code)."""
    entry = rule_entry(package, path, key)
    return RulePattern(str(entry["id"]), str(entry["pattern"]), flags)
