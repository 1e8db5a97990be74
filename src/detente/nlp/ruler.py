"""The attribute ruler's matches found, and its annotations set, from the document's attribute arrays.

The English pipelines end the parse with an `attribute_ruler` of some 180 one- and two-token rules
(tag -> part of speech, "gon na" -> "go to", "I" as subject -> Case=Nom ...). spaCy runs every token
through a Matcher state machine over all of them, then makes a Span and a Token object for every match
to set its attributes (one match per token at least: the tag map), which together cost about a tenth of
the whole parse of a news article. Each rule here is a conjunction of equality / IN / NOT_IN / REGEX
tests on a few token attributes, so its matches are read from `Doc.to_array` with numpy; a rule is
tried only when the document holds the word or tag one of its tests asks for (one look-up per value
the document has, not one per rule). The attributes the rules set (tag, part of speech, morphology,
lemma, dependency label: fields of the token alone) are then written in one `Doc.from_array`, the
later rule winning where two set the same token, as spaCy's `set_annotations` does in its sorted order.

The matches are spaCy's own (rule, start, end) list, in the same order (`ArrayMatches.__call__`, tested
against the Matcher), so the parse is the one the stock pipeline gives (tests compare both on real text).
A ruler with any pattern this module does not understand (operators, other predicates, other
attributes) keeps spaCy's Matcher; one that sets anything else (a lexeme's attribute, NORM, extension
attributes) or whose target index can fall outside a match keeps spaCy's `set_annotations`.
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


# what the ruler may set through `Doc.from_array`: fields of the token alone, which `set_token_attrs` writes
# with the same `Token.set_struct_attr` (a lexeme has none of them, so it writes nothing else)
SETTABLE = {IDS[name]: name for name in ("TAG", "POS", "MORPH", "LEMMA", "DEP")}
# attributes whose tests pick a longer pattern's candidates best: words are rarer than tags
KEY_PREFERENCE = ("ORTH", "LOWER", "NORM", "LEMMA", "PREFIX", "SUFFIX", "SHAPE", "ENT_TYPE", "TAG", "DEP", "POS")
OTHER = -1  # a value no single-token test names (with no regular expression on its attribute)


@dataclass(frozen=True)
class Pattern:
    """A pattern of two or more tokens, with the attribute values a document must hold for it to match."""

    rule: Rule
    tokens: tuple[Token, ...]
    key: tuple[str, frozenset[int]] | None  # an equality or IN test of the pattern, or None (always tried)


def _key(tokens: tuple[Token, ...]) -> tuple[str, frozenset[int]] | None:
    tests = [test for token in tokens for test in token if test.kind in ("eq", "in") and test.attr in KEY_PREFERENCE]
    if not tests:
        return None
    best = min(tests, key=lambda t: (len(t.values), KEY_PREFERENCE.index(t.attr)))
    return best.attr, best.values


Spans = list[tuple[Rule, np.ndarray, np.ndarray]]  # per rule that matched, in rule order: starts, ends


class _Regexes:
    """Regular-expression tests on string ids, each string tried once per process (spaCy's Matcher reads
    "" for an id that is not in the vocabulary)."""

    def __init__(self, strings: StringStore):
        self.strings = strings
        self.seen: dict[tuple[str, int], bool] = {}

    def __call__(self, regex: re.Pattern[str], value: int) -> bool:
        key = (regex.pattern, value)
        found = self.seen.get(key)
        if found is None:
            try:
                text = self.strings[value]
            except KeyError:
                text = ""
            found = self.seen[key] = regex.search(text) is not None
        return found


class _Signatures:
    """The one-token patterns (the tag map and the word-and-tag rules: nearly all of them), matched once per
    kind of token rather than once per token.

    Whether a one-token pattern matches depends only on the token's values of the attributes the patterns
    test, and of those only on whether each value is one some test names (any other value fails every
    equality and IN test and passes every NOT_IN test) and on what the regular expressions on that
    attribute say of it. That projection of a token is its signature; each signature is worked out once
    per process (a few thousand in a large corpus: tags and dependency labels are closed sets, and words
    count only where a rule names them) with the rules it matches and, per attribute the rules set, the
    last such rule and its value."""

    def __init__(self, rules: list[Rule], regexes: _Regexes, setter: _Setter | None):
        self.patterns = [(rule, tokens[0]) for rule in rules for tokens in rule.patterns if len(tokens) == 1]
        self.attrs = sorted({test.attr for _, token in self.patterns for test in token})
        self.named = {attr: frozenset(v for _, token in self.patterns for t in token if t.attr == attr
                                      for v in t.values) for attr in self.attrs}
        self.regex_tests = {attr: tuple(dict.fromkeys(t.regex.pattern for _, token in self.patterns for t in token
                                                      if t.attr == attr and t.regex is not None))
                            for attr in self.attrs}
        self.compiled = {t.regex.pattern: t.regex for _, token in self.patterns for t in token if t.regex is not None}
        self.regexes = regexes
        self.setter = setter
        self.projected: dict[str, dict[int, int | tuple[bool, ...]]] = {attr: {} for attr in self.attrs}
        self.ids: dict[tuple[Any, ...], int] = {}
        self.matched: list[tuple[int, ...]] = []  # signature id -> the rules (indices) it matches, ascending
        width = len(setter.attrs) if setter else 0
        self.last_rule = np.full((64, width), -1, dtype=np.int64)  # signature id, set attribute -> rule or -1
        self.last_value = np.zeros((64, width), dtype=np.uint64)  # ... and the value that rule sets

    def of(self, columns: dict[str, np.ndarray]) -> list[int]:
        """Each token's signature id."""
        projected = []
        for attr in self.attrs:
            values = columns[attr].tolist()
            table = self.projected[attr]
            for value in set(values).difference(table):
                table[value] = self._project(attr, value)
            projected.append(map(table.__getitem__, values))
        signatures = list(zip(*projected, strict=True))
        ids = self.ids
        for signature in set(signatures).difference(ids):
            self._add(signature)
        return list(map(ids.__getitem__, signatures))

    def _project(self, attr: str, value: int) -> int | tuple[bool, ...]:
        if value in self.named[attr]:
            return value
        tests = self.regex_tests[attr]
        if not tests:
            return OTHER
        return tuple(self.regexes(self.compiled[pattern], value) for pattern in tests)

    def _passes(self, test: Test, value: int | tuple[bool, ...]) -> bool:
        if test.kind == "regex":
            assert test.regex is not None
            if isinstance(value, tuple):
                return value[self.regex_tests[test.attr].index(test.regex.pattern)]
            return self.regexes(test.regex, value)
        if test.kind == "not_in":
            return value not in test.values
        return value in test.values

    def _add(self, signature: tuple[Any, ...]) -> None:
        values = dict(zip(self.attrs, signature, strict=True))
        rules = tuple(dict.fromkeys(rule.index for rule, token in self.patterns
                                    if all(self._passes(test, values[test.attr]) for test in token)))
        number = self.ids[signature] = len(self.matched)
        self.matched.append(rules)
        if self.setter is None:
            return
        if number >= len(self.last_rule):
            self.last_rule = np.concatenate([self.last_rule, np.full_like(self.last_rule, -1)])
            self.last_value = np.concatenate([self.last_value, np.zeros_like(self.last_value)])
        for rule in rules:  # ascending: a later rule overwrites an earlier one, as in spaCy's sorted order
            sets = self.setter.has[:, rule]
            self.last_rule[number, sets] = rule
            self.last_value[number, sets] = self.setter.values[sets, rule]


class ArrayMatches:
    """`AttributeRuler.match` for rules of plain token tests: the sorted (rule, match id, start, end) list;
    `annotate` sets the ruler's attributes from the same matches without making it."""

    def __init__(self, ruler: AttributeRuler, rules: list[Rule]):
        self.ruler = ruler
        self.rules = rules
        self.size = len(ruler.attrs)
        self.regexes = _Regexes(ruler.vocab.strings)
        self.setter = _Setter.of(ruler, rules)
        self.signatures = _Signatures(rules, self.regexes, self.setter)
        self.match_ids = [rule.match_id for rule in rules]
        self.patterns = [Pattern(rule, tokens, _key(tokens)) for rule in rules for tokens in rule.patterns
                         if len(tokens) > 1]
        # attribute -> value -> the longer patterns (by position) that need a token with it; those always tried
        self.keyed: dict[str, dict[int, list[int]]] = {}
        always: list[int] = []
        for position, pattern in enumerate(self.patterns):
            if pattern.key is None:
                always.append(position)
                continue
            attr, values = pattern.key
            for value in values:
                self.keyed.setdefault(attr, {}).setdefault(value, []).append(position)
        self.always = frozenset(always)
        names = {test.attr for rule in rules for pattern in rule.patterns for token in pattern for test in token}
        names |= {SETTABLE[a] for a in self.setter.attrs} if self.setter else set()
        self.read = sorted(names)  # the columns one `to_array` reads: tested and set attributes
        self.columns = [IDS[attr] for attr in self.read]

    def current(self) -> bool:
        """False once rules were added after loading: spaCy's own Matcher and annotations then."""
        return len(self.ruler.attrs) == self.size

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not self.current():
            return AttributeRuler.match(self.ruler, doc)
        if not len(doc):
            return []
        columns = self._columns(doc)
        match_ids, matched = self.match_ids, self.signatures.matched
        out = [(rule, match_ids[rule], i, i + 1) for i, number in enumerate(self.signatures.of(columns))
               for rule in matched[number]]
        for rule, starts, ends in self.spans(columns):
            out += [(rule.index, rule.match_id, s, e) for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
        return sorted(set(out))  # a span once per rule, in spaCy's order (rule, then start and end)

    def annotate(self, doc: Doc) -> None:
        """Match and set the rules' attributes in one pass over the document's arrays (for `current()`
        rules with a setter)."""
        setter = self.setter
        assert setter is not None
        if not len(doc):
            return
        columns = self._columns(doc)
        numbers = np.array(self.signatures.of(columns), dtype=np.int64)
        last_rule, last_value = self.signatures.last_rule[numbers], self.signatures.last_value[numbers]
        for rule, starts, ends in self.spans(columns):  # rules ascending: the later one wins
            index = setter.indices[rule.index]
            targets = starts + index if index >= 0 else ends + index
            for j in np.flatnonzero(setter.has[:, rule.index]).tolist():
                later = targets[last_rule[targets, j] < rule.index]
                last_rule[later, j] = rule.index
                last_value[later, j] = setter.values[j, rule.index]
        before = np.stack([columns[SETTABLE[attr]] for attr in setter.attrs], axis=1)
        doc.from_array(setter.attrs, np.where(last_rule >= 0, last_value, before))

    def _columns(self, doc: Doc) -> dict[str, np.ndarray]:
        table = doc.to_array(self.columns)
        if table.ndim == 1:
            table = table.reshape(-1, 1)
        return {attr: table[:, j] for j, attr in enumerate(self.read)}

    def spans(self, columns: dict[str, np.ndarray]) -> Spans:
        """Each longer pattern's spans, rules in order, spans sorted (one per span, as the Matcher reports)."""
        if not self.patterns:
            return []
        n = len(next(iter(columns.values())))
        present: dict[str, set[int]] = {}
        chosen = set(self.always)
        for attr, by_value in self.keyed.items():
            have = present.get(attr)
            if have is None:
                have = present[attr] = set(columns[attr].tolist())
            for value in have.intersection(by_value):
                chosen.update(by_value[value])
        out: Spans = []
        for position in sorted(chosen):
            pattern = self.patterns[position]
            width = len(pattern.tokens)
            if width > n or not self._possible(pattern.tokens, columns, present):
                continue
            starts = np.asarray(self._starts(pattern.tokens, columns, present, n - width + 1), dtype=np.int64)
            if len(starts):
                out.append((pattern.rule, starts, starts + width))
        return _by_rule(out)

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
        if mask is None:  # regular expressions alone: tried once per distinct word of the document
            offset, test = regexes.pop(0)
            assert test.regex is not None
            column = columns[test.attr][offset:offset + count]
            have = present.get(test.attr)
            if have is None:
                have = present[test.attr] = set(columns[test.attr].tolist())
            passing = [value for value in have if self.regexes(test.regex, value)]
            if not passing:
                return []
            mask = _holds(Test(test.attr, "in", frozenset(passing)), column)
        starts = np.flatnonzero(mask).tolist()
        for offset, test in regexes:
            assert test.regex is not None
            column = columns[test.attr]
            starts = [s for s in starts if self.regexes(test.regex, int(column[s + offset]))]
        return starts


def _by_rule(found: Spans) -> Spans:
    """One entry per rule: a rule of several longer patterns has each span once, sorted."""
    out: Spans = []
    for rule, starts, ends in found:
        if out and out[-1][0] is rule:
            spans = sorted(set(zip(out[-1][1].tolist() + starts.tolist(), out[-1][2].tolist() + ends.tolist(),
                                   strict=True)))
            out[-1] = (rule, np.array([s for s, _ in spans], dtype=np.int64),
                       np.array([e for _, e in spans], dtype=np.int64))
        else:
            out.append((rule, starts, ends))
    return out


class _Setter:
    """What `AttributeRuler.set_annotations` writes, as arrays: spaCy applies the matches sorted by rule,
    so each token ends with, for each attribute, the value of the last rule that matched it and sets that
    attribute; the document is then written once with `Doc.from_array` (which writes through the same
    `Token.set_struct_attr` as spaCy's `set_token_attrs`)."""

    def __init__(self, attrs: list[int], has: np.ndarray, values: np.ndarray, indices: list[int]):
        self.attrs = attrs  # attribute ids the rules set
        self.has = has  # (attribute, rule) -> whether the rule sets it
        self.values = values  # (attribute, rule) -> the value it sets
        self.indices = indices  # rule -> the token of the match it changes (negative: from the end)

    @classmethod
    def of(cls, ruler: AttributeRuler, rules: list[Rule]) -> _Setter | None:
        """None when a rule sets something other than the token fields in SETTABLE, or when its target
        index can fall outside a pattern (spaCy's own set_annotations then raises E1001, as it should)."""
        attrs: list[int] = []
        for entry in ruler.attrs:
            for attr in entry:
                if attr not in SETTABLE:
                    return None
                if attr not in attrs:
                    attrs.append(attr)
        if not attrs:
            return None
        for rule in rules:
            index = ruler.indices[rule.index]
            if any(not -len(pattern) <= index < len(pattern) for pattern in rule.patterns):
                return None
        has = np.zeros((len(attrs), len(ruler.attrs)), dtype=bool)
        values = np.zeros((len(attrs), len(ruler.attrs)), dtype=np.uint64)
        for rule_index, entry in enumerate(ruler.attrs):
            for attr, value in entry.items():
                has[attrs.index(attr), rule_index] = True
                values[attrs.index(attr), rule_index] = value
        return cls(attrs, has, values, list(ruler.indices))


class ArrayAttributeRuler(AttributeRuler):
    """The attribute ruler that matches and annotates through `ArrayMatches` while it holds one as its
    `match` (removing that instance attribute gives spaCy's own component back, as the benchmark does for
    its stock baseline), and while no rule was added after loading."""

    def __call__(self, doc: Doc) -> Doc:
        matcher = self.__dict__.get("match")
        if not isinstance(matcher, ArrayMatches) or matcher.setter is None or not matcher.current():
            return AttributeRuler.__call__(self, doc)
        error_handler = self.get_error_handler()
        try:
            matcher.annotate(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


def use_array_matches(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the array matcher and annotations; False (stock Matcher kept)
    when there is no such ruler or a pattern is not one this module reads exactly."""
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
    if type(ruler) is AttributeRuler:
        ruler.__class__ = ArrayAttributeRuler
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
