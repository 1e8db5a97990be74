"""The attribute ruler's matches found from the document's attribute arrays instead of spaCy's Matcher.

The English pipelines end the parse with an `attribute_ruler` of some 180 one- and two-token rules
(tag -> part of speech, "gon na" -> "go to", "I" as subject -> Case=Nom ...). spaCy runs every token
through a Matcher state machine over all of them, which costs about a tenth of the whole parse of a
news article. Each rule here is a conjunction of equality / IN / NOT_IN / REGEX tests on a few
token attributes, so its matches are read from `Doc.to_array` with numpy, and a rule whose word or tag
the document does not contain at all is skipped after one set look-up.

Only `AttributeRuler.match` is replaced: the same (rule, start, end) list, in the same order, goes to
spaCy's own `set_annotations`, so the parse is the one the stock pipeline gives (tests compare both
on real text). A ruler with any pattern this module does not understand (operators, other
predicates, other attributes) keeps spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE", "SHAPE", "PREFIX",
                          "SUFFIX"})
FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
                        "IS_STOP", "LIKE_NUM"})


class Unsupported(ValueError):
    """A pattern this module cannot read exactly: the ruler keeps spaCy's Matcher."""


@dataclass(frozen=True)
class Test:
    """One attribute test of one token of a pattern."""

    attr: str
    kind: str  # "eq" | "in" | "not_in" | "regex"
    values: frozenset[int] = frozenset()  # string ids (or 0/1 for flags)
    regex: re.Pattern[str] | None = None


Token = tuple[Test, ...]


def _test(attr: str, value: Any) -> Test:
    if attr in FLAG_ATTRS:
        if not isinstance(value, bool):
            raise Unsupported(f"{attr}: {value!r}")
        return Test(attr, "eq", frozenset({int(value)}))
    if attr not in STRING_ATTRS:
        raise Unsupported(attr)
    if isinstance(value, str):
        return Test(attr, "eq", frozenset({get_string_id(value)}))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return Test(attr, "in" if op == "IN" else "not_in", frozenset(map(get_string_id, arg)))
        if op == "REGEX" and isinstance(arg, str):
            return Test(attr, "regex", regex=re.compile(arg))
    raise Unsupported(f"{attr}: {value!r}")


def _token(spec: dict[str, Any]) -> Token:
    tests = []
    for attr, value in spec.items():
        attr = attr.upper() if isinstance(attr, str) else attr
        if attr == "TEXT":
            attr = "ORTH"
        tests.append(_test(attr, value))
    if not tests:
        raise Unsupported("a pattern token with no test (matches any token)")
    return tuple(tests)


@dataclass(frozen=True)
class Rule:
    """The patterns of one `AttributeRuler.add` call (its index in `ruler.attrs`)."""

    index: int
    match_id: int  # the Matcher key spaCy reports: the string id of str(index)
    patterns: tuple[tuple[Token, ...], ...]


def compile_rules(ruler: AttributeRuler) -> list[Rule]:
    """The ruler's patterns as tests; raises Unsupported for anything not read exactly."""
    rules = []
    for index, entry in enumerate(ruler.patterns):
        patterns = []
        for pattern in entry["patterns"]:
            if not pattern or not isinstance(pattern, list):
                raise Unsupported("a pattern that is not a list of token dicts")
            patterns.append(tuple(_token(spec) for spec in pattern))
        rules.append(Rule(index, get_string_id(str(index)), tuple(patterns)))
    return rules


class ArrayMatches:
    """`AttributeRuler.match` for rules of plain token tests: the sorted (rule, match id, start, end) list."""

    def __init__(self, ruler: AttributeRuler, rules: list[Rule]):
        self.ruler = ruler
        self.rules = rules
        self.size = len(ruler.attrs)
        self.attrs = sorted({test.attr for rule in rules for pattern in rule.patterns for token in pattern
                             for test in token})
        self.columns = [IDS[attr] for attr in self.attrs]
        self.strings: StringStore = ruler.vocab.strings
        self.regex_seen: dict[tuple[str, int], bool] = {}  # (pattern, string id) -> match

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:  # rules added after loading: spaCy's own Matcher
            return AttributeRuler.match(self.ruler, doc)
        n = len(doc)
        if n == 0:
            return []
        table = doc.to_array(self.columns)
        if table.ndim == 1:
            table = table.reshape(-1, 1)
        columns = {attr: table[:, j] for j, attr in enumerate(self.attrs)}
        present: dict[str, set[int]] = {}
        out: list[tuple[int, int, int, int]] = []
        for rule in self.rules:
            spans: list[tuple[int, int]] = []
            for pattern in rule.patterns:
                width = len(pattern)
                if width > n or not self._possible(pattern, columns, present):
                    continue
                starts = self._starts(pattern, columns, present, n - width + 1)
                spans += [(s, s + width) for s in starts]
            if len(rule.patterns) > 1:  # one match per span, in order, as the Matcher reports them
                spans = sorted(set(spans))
            index, match_id = rule.index, rule.match_id
            out += [(index, match_id, s, e) for s, e in spans]
        return out

    @staticmethod
    def _possible(pattern: tuple[Token, ...], columns: dict[str, np.ndarray], present: dict[str, set[int]]) -> bool:
        """False when an equality or IN test asks for a value no token of the document has."""
        for token in pattern:
            for test in token:
                if test.kind in ("eq", "in"):
                    have = present.get(test.attr)
                    if have is None:
                        have = present[test.attr] = set(columns[test.attr].tolist())
                    if test.values.isdisjoint(have):
                        return False
        return True

    def _starts(self, pattern: tuple[Token, ...], columns: dict[str, np.ndarray], present: dict[str, set[int]],
                count: int) -> list[int]:
        """Where the pattern matches: the array tests over every start, then the regular expressions only
        where those hold (a pattern's regex token is rare; its other tokens narrow the starts first)."""
        mask: np.ndarray | None = None
        regexes: list[tuple[int, Test]] = []
        for offset, token in enumerate(pattern):
            for test in token:
                if test.kind == "regex":
                    regexes.append((offset, test))
                    continue
                holds = _holds(test, columns[test.attr][offset:offset + count])
                mask = holds if mask is None else mask & holds
        if mask is None:  # regular expressions alone ("nothin'"): tried once per distinct word of the document
            offset, test = regexes.pop(0)
            assert test.regex is not None
            column = columns[test.attr][offset:offset + count]
            have = present.get(test.attr)
            if have is None:
                have = present[test.attr] = set(columns[test.attr].tolist())
            passing = [value for value in have if self._regex(test.regex, value)]
            if not passing:
                return []
            mask = _holds(Test(test.attr, "in", frozenset(passing)), column)
        starts = np.flatnonzero(mask).tolist()
        for offset, test in regexes:
            assert test.regex is not None
            column = columns[test.attr]
            starts = [s for s in starts if self._regex(test.regex, int(column[s + offset]))]
        return starts

    def _regex(self, regex: re.Pattern[str], value: int) -> bool:
        key = (regex.pattern, value)
        found = self.regex_seen.get(key)
        if found is None:
            try:
                text = self.strings[value]
            except KeyError:  # not a string id of this vocabulary: spaCy's Matcher reads ""
                text = ""
            found = self.regex_seen[key] = regex.search(text) is not None
        return found


def use_array_matches(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the array matcher; False (stock Matcher kept) when there is no
    such ruler or a pattern is not one this module reads exactly."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        rules = compile_rules(ruler)
    except Unsupported:
        return False
    matcher: Callable[[Doc], list[tuple[int, int, int, int]]] = ArrayMatches(ruler, rules)
    ruler.match = matcher  # type: ignore[method-assign]
    return True


def _holds(test: Test, column: np.ndarray) -> np.ndarray:
    """The tokens of `column` that pass an equality, IN or NOT_IN test (a few values: compared one by one,
    cheaper than np.isin's sort for a handful)."""
    held = None
    for value in test.values:
        equal = column == value
        held = equal if held is None else held | equal
    if held is None:
        held = np.zeros(len(column), dtype=bool)
    return ~held if test.kind == "not_in" else held
