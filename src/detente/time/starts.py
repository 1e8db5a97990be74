"""Run a compiled pattern only where a match of it can start: the same matches as `finditer`, cheaper.

Python's regex engine tries a pattern that opens with `\\b` at every position of the text, and with
IGNORECASE it cannot skip ahead on a first character either, so scanning a news article with some
thirty time patterns spent most of its time failing at positions where no date can begin. Every time
pattern opens with `\\b`, and its first three characters come from small sets (a month name, "the",
digits ...). `Starts` lists those strings, worked out from the parsed pattern; `Boundaries` indexes,
once per text, the word boundaries by the three characters after them; `finditer` then tries the
pattern (with `match`, which sees the text before the position just as a search does) only at the
boundaries whose characters it allows, in order, resuming after each match: exactly what `finditer`
returns. (Three characters measured fastest: two let "th", "ma" ... through, four list too many.)

Three characters still let every pattern that may open with "the" ("the end of", "the following" ...) through
at "the two" or "their", so a case-blind pattern also lists its long starts (`Starts.long`): up to K_LONG
characters of the lower-case text with each run of spaces read as one " " (`window`), listed per pattern with a
limit per start rather than per pattern. When the boundaries of a group are worked out together, a boundary goes
to the members one of whose long starts the text there opens with (checked against the short starts as well
for a long start shorter than K); a boundary whose next characters are not all ASCII keeps the short starts alone.

Whatever the analysis does not understand (a back-reference, an inline flag, a pattern that can match
the empty string or that does not open with `\\b`) leaves that pattern to the plain `finditer`. Non-ASCII
characters are never ruled out (case folding can map them onto ASCII letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import product, repeat
from math import prod
from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse

K = 3  # characters of the match's start that are checked
ASCII = tuple(chr(i) for i in range(128))
WIDE = 64  # a character class with more ASCII members than this constrains nothing worth checking
MAX_KEYS = 50_000  # two-character starts to list at most, else the first character alone is checked
LONG_KEYS = 32  # long starts to list at most for one start of the pattern (else fewer characters of it)
WORDS = re.compile(r"\w+")  # word boundaries (`\b`) are where a run of word characters starts or ends

Prefix = tuple[frozenset[str], ...]  # the classes of a match's first characters; shorter than K: any after
K_LONG = 8  # characters of a long start (long_starts_of), a run of spaces counted as one
SPACES = frozenset(c for c in ASCII if re.fullmatch(r"\s", c))  # what `\s` matches among them
SPACE = frozenset(" ")  # in a long start: one run of spaces (`\s+`), written " "
_SPACE_CLASSES = [list(sre_parse.parse(r"\s"))]  # a repeat of this body is a run of spaces
_RUNS = re.compile(r"\s+")


class _Unknown(Exception):
    """A construct the analysis does not read: use the plain finditer."""


_ONE_CHAR: dict[tuple[str, int], frozenset[str] | None] = {}


def _one_char(item: tuple, flags: int) -> frozenset[str] | None:
    """The ASCII characters one character-consuming item matches (under the pattern's flags), or None
    when it matches too many to be worth checking (worked out once per item and flags: the same letters
    recur in every pattern and every repetition counted)."""
    key = (repr(item), flags)
    if key not in _ONE_CHAR:
        _ONE_CHAR[key] = _one_char_of(item, flags)
    return _ONE_CHAR[key]


def _one_char_of(item: tuple, flags: int) -> frozenset[str] | None:
    state = sre_parse.State()
    state.flags = flags
    compiled = sre_compile.compile(sre_parse.SubPattern(state, [item]), flags)
    chars = frozenset(c for c in ASCII if compiled.fullmatch(c))
    return chars if len(chars) <= WIDE else None


def _heads(items: list, flags: int, k: int = K, spaces: bool = False) -> set[tuple[Prefix, bool]]:
    """The possible starts of a match of this sequence (at most `k` items long), each with whether it covers the
    whole match of the sequence (True: what follows the sequence comes next) or stops early (False: anything may
    follow). With `spaces` (the long starts), a `\\s+` counts as one item, SPACE, and a start stops before any
    other item that can match a space: see long_starts_of."""
    current: set[Prefix] = {()}
    done: set[tuple[Prefix, bool]] = set()
    for item in items:
        heads = _item_heads(item, flags, k, spaces)
        following: set[Prefix] = set()
        for before in current:
            for head, whole in heads:
                if spaces and before and head and before[-1] is SPACE and head[0] is SPACE:
                    done.add((before, False))  # two runs of spaces in a row: one in the text, so stop before
                    continue
                joined = before + head
                if len(joined) >= k:
                    done.add((joined[:k], False))
                elif whole:
                    following.add(joined)
                else:
                    done.add((joined, False))
        current = following
        if not current:
            break
    return done | {(prefix, True) for prefix in current}


def _item_heads(item: tuple, flags: int, k: int = K, spaces: bool = False) -> set[tuple[Prefix, bool]]:
    op, av = item
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        chars = _one_char(item, flags)
        if chars is None or (spaces and chars & SPACES):
            return {((), False)}
        return {((chars,), True)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {((), True)}  # zero width
    if op is sre.BRANCH:
        return set().union(*(_heads(list(alternative), flags, k, spaces) for alternative in av[1]))
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        if add_flags or del_flags:
            raise _Unknown("inline flags")
        return _heads(list(pattern), flags, k, spaces)
    if op is sre.ATOMIC_GROUP:
        return _heads(list(av), flags, k, spaces)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, pattern = av
        body = list(pattern)
        if spaces and high == sre.MAXREPEAT and low <= 1 and body in _SPACE_CLASSES:
            return {((SPACE,), True)} | ({((), True)} if low == 0 else set())  # \s+ or \s*: one run of spaces
        out: set[tuple[Prefix, bool]] = set()
        top = low + k if high == sre.MAXREPEAT else min(high, low + k)
        for times in range(low, top + 1):
            for prefix, whole in _heads(body * times, flags, k, spaces):
                # more repetitions may follow the last one counted here
                out.add((prefix, whole and (times < top or times == high)))
        return out
    raise _Unknown(str(op))


@dataclass(frozen=True)
class Starts:
    """Where a pattern's match can begin: at a word boundary, on one of `keys[n - 1]`, strings of the
    first n characters of a match (n <= K; shorter where the characters after them are free). `long`, where
    known, says the same over K_LONG characters of the lower-case text, a run of spaces read as one " "."""

    keys: tuple[frozenset[str], ...]
    long: tuple[frozenset[str], ...] | None = None


@lru_cache(maxsize=256)
def starts_of(pattern: re.Pattern[str]) -> Starts | None:
    """The starts of a pattern that opens with `\\b` and cannot match the empty string, else None."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        data = list(parsed)
        if pattern.flags & (re.ASCII | re.LOCALE) or not data or data[0] != (sre.AT, sre.AT_BOUNDARY) \
                or parsed.getwidth()[0] == 0:
            return None
        heads = _heads(data, pattern.flags)
    except (_Unknown, RecursionError, re.error):
        return None
    keys = _listed(heads, K, lower=False)
    if keys is None:
        return None
    return Starts(keys, _long_starts(data, pattern.flags))


def _long_starts(data: list, flags: int) -> tuple[frozenset[str], ...] | None:
    """The long starts of a case-blind pattern (None for another, or one the analysis does not read).

    Three characters cannot tell "the end of" (a time pattern may start so) from "the two" or "their",
    nor "minutes" from "minister"; eight can. They are read from the lower-case text with every run of
    spaces as one " " (`window`), so a `\\s+` in the pattern is one character of the key, and a key stops
    before any other item that can match a space (where a run of spaces in the text might be shared out
    between items): every match of the pattern starts with one of the keys, as with `keys`."""
    if not flags & re.IGNORECASE:
        return None
    try:
        return _listed(_heads(data, flags, K_LONG, spaces=True), K_LONG, lower=True)
    except (_Unknown, RecursionError, re.error):
        return None


def _listed(heads: set[tuple[Prefix, bool]], k: int, lower: bool) -> tuple[frozenset[str], ...] | None:
    """The strings of up to k characters that `heads` allow, by length, none listed whose start is listed
    shorter; lower case where `lower` (a case-blind pattern's classes hold both cases of a letter); None where
    a start's first character is free."""
    keys: list[set[str]] = [set() for _ in range(k)]
    for prefix, _whole in heads:
        if not prefix:
            return None  # the first character is not constrained
        if lower:
            prefix = tuple(frozenset(c.lower() for c in chars) for chars in prefix)
        size = len(prefix)
        if lower:
            while size > 1 and prod(len(chars) for chars in prefix[:size]) > LONG_KEYS:
                size -= 1  # too many strings to list for this start: check fewer characters
        else:
            while size > 1 and prod(len(chars) for chars in prefix[:size]) + sum(map(len, keys)) > MAX_KEYS:
                size -= 1  # too many strings to list: check fewer characters
        keys[size - 1].update("".join(chars) for chars in product(*prefix[:size]))
    listed = [n for n in range(1, k + 1) if keys[n - 1]]
    for size in listed[1:]:  # a string whose start is listed shorter adds nothing
        shorter = [n for n in listed if n < size]
        keys[size - 1] = {key for key in keys[size - 1] if not any(key[:n] in keys[n - 1] for n in shorter)}
    return tuple(frozenset(found) for found in keys)


@lru_cache(maxsize=8)
def _by_key(group: tuple[Starts, ...]) -> tuple[dict[str, tuple[int, ...]], ...]:
    """For each start length n, every listed string of n characters with the members of `group` that
    list it: one look-up per string a text holds then serves every pattern of the group."""
    out: list[dict[str, list[int]]] = [{} for _ in range(K)]
    for member, starts in enumerate(group):
        for size, keys in enumerate(starts.keys):
            for key in keys:
                out[size].setdefault(key, []).append(member)
    return tuple({key: tuple(members) for key, members in table.items()} for table in out)


_WORD_INITIALS = "tasoiwcbphfmdrelngyuvjkqxz"  # English words' first letters, the commonest first


def _rank(char: str) -> tuple[int, int, str]:
    """Where a character's branch goes in the tree: the engine tries the branches in order, so lower-case
    letters (the commonest after a boundary) come first, the commonest of them first."""
    if char in _WORD_INITIALS:
        return 0, _WORD_INITIALS.index(char), char
    if char.lower() in _WORD_INITIALS:
        return 1, _WORD_INITIALS.index(char.lower()), char
    return 2, 0, char


def _alternatives(keys: set[str]) -> str:
    """A regex source matching exactly the strings of `keys` (all of one length, at least 1), as a tree on
    their characters, so that the engine compares a few characters at each position, not every key."""
    by_first: dict[str, set[str]] = {}
    for key in keys:
        by_first.setdefault(key[0], set()).add(key[1:])
    parts = []
    for first in sorted(by_first, key=_rank):
        rest = by_first[first]
        if rest == {""}:
            parts.append(re.escape(first))
        elif all(len(r) == 1 for r in rest):
            parts.append(re.escape(first) + "[" + "".join(re.escape(r) for r in sorted(rest)) + "]")
        else:
            parts.append(re.escape(first) + "(?:" + _alternatives(rest) + ")")
    return "|".join(parts)


_BOUNDARY = re.compile(r"\b")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8)
def _finder(group: tuple[Starts, ...]) -> re.Pattern[str] | None:
    """A pattern whose matches are, in order, the word boundaries followed by a string of K characters that
    some member of `group` lists. None when a member lists shorter strings, or a non-ASCII one (then the
    boundaries are indexed one by one)."""
    if any(starts.keys[size] for starts in group for size in range(K - 1)):
        return None
    keys = {key for starts in group for key in starts.keys[K - 1]}
    if not keys or not all(key.isascii() for key in keys):
        return None
    # the class first: a boundary before a character no key opens with (a word's end, mostly) fails on one test
    firsts = "".join(re.escape(char) for char in sorted({key[0] for key in keys}))
    return re.compile(r"\b(?=[" + firsts + r"])(?=(?:" + _alternatives(keys) + "))")


def _tried_by_all(text: str) -> list[int]:
    """The boundaries every pattern is tried at (see Boundaries), found from the text's non-ASCII characters
    (none, in most English news) and its last K - 1 characters, rather than by looking at every boundary."""
    size = len(text)
    near = set(range(max(0, size - K + 1), size))
    if not text.isascii():
        for match in _NON_ASCII.finditer(text):
            near.update(range(max(0, match.start() - K + 1), match.start() + 1))
    at_boundary = _BOUNDARY.match
    return sorted(at for at in near if at_boundary(text, at) is not None)


LongTable = tuple[dict[str, tuple[int, ...]], tuple[int, ...], dict[str, tuple[int, ...]]]


@lru_cache(maxsize=8)
def _long_table(group: tuple[Starts, ...]) -> LongTable | None:
    """Every long start of the members of `group` with the members that list it, the lengths under K listed, and
    for each string of K characters the lengths of the longer starts that open with it; None when a member has
    no long starts."""
    if any(starts.long is None for starts in group):
        return None
    by_long: dict[str, list[int]] = {}
    for member, starts in enumerate(group):
        for keys in starts.long or ():
            for key in keys:
                by_long.setdefault(key, []).append(member)
    lengths: dict[str, set[int]] = {}
    for key in by_long:
        if len(key) >= K:
            lengths.setdefault(key[:K], set()).add(len(key))
    return ({key: tuple(members) for key, members in by_long.items()},
            tuple(sorted({len(key) for key in by_long if len(key) < K})),
            {key: tuple(sorted(sizes)) for key, sizes in lengths.items()})


def window(text: str, at: int) -> str | None:
    """The K_LONG characters from `at` as the long starts read them: lower case, each run of spaces one " "
    (fewer at the text's end). None where that is not known from ASCII characters alone (then every member
    whose K-character start fits is tried)."""
    near = text[at:at + K_LONG].lower()
    if near.isascii() and near.isprintable() and "  " not in near:
        return near  # no space but single " ": nothing to fold (the usual case)
    wide = text[at:at + 4 * K_LONG]
    if not wide.isascii():
        return None
    near = _RUNS.sub(" ", wide.lower())[:K_LONG]
    if len(near) < K_LONG and at + len(wide) < len(text):
        return None  # a run of spaces longer than the slice: not read
    return near


def _read_alone(written: str) -> bool:
    """Whether `window` reads the characters at a boundary from these K_LONG (or the text's last) alone: its first
    case, with nothing to fold."""
    lowered = written.lower()
    return lowered.isascii() and lowered.isprintable() and "  " not in lowered


def _long_members(near: str, table: LongTable, allowed: tuple[int, ...] | None) -> list[int]:
    """The members one of whose long starts `near` begins with. Given `allowed` (the members whose K-character
    start fits), a start shorter than K picks only those: it says less than theirs (each is only a condition
    a match must meet, so either alone would be exact; both try fewer)."""
    by_long, short, longer = table
    out: list[int] = []
    for size in short:
        if size > len(near):
            break
        members = by_long.get(near[:size])
        if members is not None:
            out += members if allowed is None else [m for m in members if m in allowed]
    for size in longer.get(near[:K], ()):
        if size > len(near):
            break
        members = by_long.get(near[:size])
        if members is not None:
            out += members
    return out


_last_group: dict[str, tuple[tuple[Starts, ...], tuple[dict[str, tuple[int, ...]], ...], re.Pattern[str] | None,
                             LongTable | None, dict[str, list[int]]]] = {}
# the members found for the characters at a boundary, kept per group: the same strings ("for the ", "presiden", "the
# gove") open most of a corpus's candidate boundaries (PolNeAR train's 840 texts: 160,307 look-ups, 58,774 of them
# worked out with the table, 16,032 strings kept); the table starts afresh when full
MEMBERS_KEPT = 20_000


class Boundaries:
    """The word boundaries of one text, by the K characters after each (made once per text and
    shared by every pattern). A boundary with a non-ASCII character among those, or closer than K
    characters to the text's end, is tried by every pattern.

    Given the `group` of Starts a caller will ask about, the candidates of all of them are worked out
    at once: one regex pass over the text finds just the boundaries some member may start at (about one in
    eight of a news text's), each looked up once, rather than indexing every boundary in Python."""

    def __init__(self, text: str, group: tuple[Starts, ...] = ()):
        self.text = text
        self._by_size: dict[int, tuple[dict[str, list[int]], frozenset[str]]] = {}
        self._ready: dict[int, tuple[Starts, list[int]]] = {}
        if group:
            self._prepare(group)

    def _index(self) -> None:
        """Every boundary by its K characters (`by_size(K)`), and those tried by every pattern (`always`)."""
        text = self.text
        index: dict[str, list[int]] = {}
        always: list[int] = []
        size = len(text)
        for at in [at for word in WORDS.finditer(text) for at in word.span()]:
            key = text[at:at + K]
            if len(key) == K and key.isascii():
                bucket = index.get(key)
                if bucket is None:
                    index[key] = [at]
                else:
                    bucket.append(at)
            elif at < size:
                always.append(at)
        self._always = always
        self._by_size[K] = (index, frozenset(index))

    @property
    def always(self) -> list[int]:
        if K not in self._by_size:
            self._index()
        return self._always

    def _prepare(self, group: tuple[Starts, ...]) -> None:
        held = _last_group.get("group")
        if held is None or held[0] is not group:  # the same group for every text: no tuple hashed per text
            held = _last_group["group"] = (group, _by_key(group), _finder(group), _long_table(group), {})
        finder = held[2]
        if finder is not None:
            wanted = held[1][K - 1]
            table = held[3]
            kept = held[4]  # the K_LONG characters at a boundary -> the members tried there, for this group
            if len(kept) > MEMBERS_KEPT:
                kept.clear()
            text = self.text
            found: list[list[int]] = [[] for _ in group]
            for match in finder.finditer(text):  # each listed string holds K ASCII characters: no boundary below
                at = match.start()
                written = text[at:at + K_LONG]
                members = kept.get(written)
                if members is None:
                    key = written[:K]
                    near = None if table is None else window(text, at)
                    members = wanted[key] if near is None else _long_members(near, table, wanted[key])
                    if near is not None and _read_alone(written):
                        kept[written] = members  # the same window, so the same members, wherever they stand
                for member in members:
                    found[member].append(at)
            always = _tried_by_all(text)
            for at in always:
                near = None if table is None else window(text, at)
                for member in range(len(group)) if near is None else _long_members(near, table, None):
                    found[member].append(at)
            for starts, positions in zip(group, found, strict=True):
                if always:
                    positions.sort()
                self._ready[id(starts)] = (starts, positions)
            return
        found = [list(self.always) for _ in group]
        for size, wanted in enumerate(held[1], start=1):
            if not wanted:
                continue
            index, present = self.by_size(size)
            for key in present:
                members = wanted.get(key)
                if members is not None:
                    positions = index[key]
                    for member in members:
                        found[member] += positions
        for starts, positions in zip(group, found, strict=True):
            positions.sort()
            self._ready[id(starts)] = (starts, positions)

    def by_size(self, size: int) -> tuple[dict[str, list[int]], frozenset[str]]:
        """The boundaries by their first `size` characters (and the set of those strings)."""
        if K not in self._by_size:
            self._index()
        held = self._by_size.get(size)
        if held is None:
            index: dict[str, list[int]] = {}
            for key, positions in self._by_size[K][0].items():
                index.setdefault(key[:size], []).extend(positions)
            held = self._by_size[size] = (index, frozenset(index))
        return held

    def candidates(self, starts: Starts) -> list[int]:
        ready = self._ready.get(id(starts))
        if ready is not None and ready[0] is starts:
            return ready[1]
        found = list(self.always)
        for size, keys in enumerate(starts.keys, start=1):
            if keys:
                index, present = self.by_size(size)
                for key in keys & present:
                    found += index[key]
        found.sort()
        return found


def finditer(pattern: re.Pattern[str], text: str, boundaries: Boundaries | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only where its match can start."""
    if boundaries is None or boundaries.text is not text:
        boundaries = Boundaries(text)
    yield from matches_at_starts(pattern, text, starts_of(pattern), boundaries)


def matches_at_starts(pattern: re.Pattern[str], text: str, starts: Starts | None,
                      boundaries: Boundaries) -> Iterator[re.Match[str]]:
    """`finditer` with the pattern's starts and the text's boundaries already in hand (scan keeps both)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    # the pattern is tried at every candidate in C (map, filter), and a match that starts inside the one before it is
    # dropped as finditer drops it: most candidates match nothing, and a Python step for each cost more than the few
    # extra tries inside matches (a match from `pattern.match(text, at)` starts at `at`)
    resume = 0
    for found in filter(None, map(pattern.match, repeat(text), boundaries.candidates(starts))):
        if found.start() >= resume:
            yield found
            resume = found.end()
