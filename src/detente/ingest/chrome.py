"""Remove site chrome from scraped plain text by general shape and vocabulary rules.

Scraped pages carry navigation, share bars, log-in prompts, comment widgets, copyright
lines and teaser lists around the article. These rules look at the shape of a line (short,
no sentence punctuation, made of interface words) and its place in the page, using the
vocabulary in chrome.yaml; nothing here names a particular site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from re import _constants as sre
from re import _parser as sre_parse

from detente.datafiles import load_yaml
from detente.rules import switched_off_ids

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
WORD = re.compile(r"[\w][\w'’+-]*|[+-]")
BREADCRUMB_SEP = re.compile(r"\s(?:>|›|»|/|\||::)\s")
BYLINE = re.compile(r"^\s*by\s+(?P<names>[A-Z][^\[\]()<>@]{2,120}?)\s*(?:\[[^\]]*\]|\([^)]*@[^)]*\))?\s*$", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # chrome lines, kept for metadata inference


@dataclass(frozen=True)
class _Vocabulary:
    ui_words: frozenset[str]
    teaser_headers: tuple[str, ...]
    widgets: tuple[re.Pattern[str], ...]
    copyright: tuple[re.Pattern[str], ...]
    promo_cues: tuple[str, ...]
    # the same patterns, each with the strings one of which a line must hold for it to match (see _needs)
    widget_tries: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = ()
    copyright_tries: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = ()


@lru_cache(maxsize=1)
def chrome_table() -> dict:
    """chrome.yaml as written: word lists (ids in its `rules:` block) and patterns (each with its id)."""
    return load_yaml(resources.files("detente.ingest").joinpath("chrome.yaml").read_text("utf-8"))


def vocabulary() -> _Vocabulary:
    """The vocabulary without the rules switched off (detente.rules): a word list off is empty."""
    return _vocabulary(switched_off_ids())


@lru_cache(maxsize=8)
def _vocabulary(off: frozenset[str]) -> _Vocabulary:
    data = chrome_table()
    lists = {key: [] if str(rule["id"]) in off else data[key] for key, rule in data["rules"].items()}

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p["pattern"], re.IGNORECASE) for p in data[key] if str(p["id"]) not in off)

    widgets, copyright = patterns("widget_patterns"), patterns("copyright_patterns")
    return _Vocabulary(
        ui_words=frozenset(str(w).lower() for w in lists["ui_words"]),
        teaser_headers=tuple(h.lower() for h in lists["teaser_headers"]),
        widgets=widgets,
        copyright=copyright,
        promo_cues=tuple(c.lower() for c in lists["promo_cues"]),
        widget_tries=tuple((p, _needs(p)) for p in widgets),
        copyright_tries=tuple((p, _needs(p)) for p in copyright),
    )


def _needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a pattern that opens with `\\b`: lower-case ASCII strings one of which every match holds, so that a
    line whose lower-case form holds none of them is not searched; None for any other pattern, or where none is
    found. Python's regex engine tries a case-blind pattern that opens with `\\b` at every position of the line
    (one with a literal first character or a `^` it skips ahead or tries once), and these few cost most of the
    cleaning of a page. Only for ASCII lines (is_chrome_match): in them a case-blind letter matches just its
    two cases, so a match of "all rights" holds "all rights" in the lower-case line."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    needs = _needs_of(items)
    return tuple(sorted(needs)) if needs else None


def _needs_of(items: list) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence holds (lower-case ASCII), the choice whose
    shortest string is longest; None where the sequence holds no such string. A run of literal characters is
    one string; a group, a repeat at least once and an alternation (each alternative's strings) give theirs."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        inner: frozenset[str] | None = None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _needs_of(list(av[2]))
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            inner = _needs_of(list(av[3]))
        elif op is sre.BRANCH:
            alternatives = [_needs_of(list(alternative)) for alternative in av[1]]
            if all(alternatives):
                inner = frozenset().union(*alternatives)  # type: ignore[arg-type]
        if inner:
            options.append(inner)
    if run:
        options.append(frozenset([run]))
    return max(options, key=lambda strings: min(map(len, strings)), default=None)


def is_chrome_match(tries: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...], line: str) -> bool:
    """Whether any of the patterns matches somewhere in the line (`any(p.search(line) ...)`), searching an ASCII
    line with a pattern only where its lower-case form holds one of the strings the pattern needs."""
    low = line.lower() if line.isascii() else None
    for pattern, needs in tries:
        if needs is not None and low is not None and not any(map(low.__contains__, needs)):
            continue
        if pattern.search(line):
            return True
    return False


@lru_cache(maxsize=1024)
def _words(line: str) -> tuple[str, ...]:
    """The words of a line, lower-cased; each line is asked about by several checks, so kept (for the
    document in hand: clean_text empties the cache first)."""
    return tuple(WORD.findall(line.lower()))


def is_prose(line: str) -> bool:
    """A line that reads like article prose rather than a headline: long, with a sentence ending."""
    return len(_words(line)) >= 16 and bool(SENTENCE_END.search(line))


def is_ui_line(line: str) -> bool:
    words = _words(line)
    return 0 < len(words) <= 8 and all(w in vocabulary().ui_words for w in words)


def is_breadcrumb(line: str) -> bool:
    parts = BREADCRUMB_SEP.split(line.strip())
    return len(parts) >= 2 and all(0 < len(_words(p)) <= 4 for p in parts) and not SENTENCE_END.search(line)


def is_widget(line: str) -> bool:
    return len(_words(line)) <= 30 and is_chrome_match(vocabulary().widget_tries, line)


def is_copyright(line: str) -> bool:
    return len(_words(line)) <= 40 and is_chrome_match(vocabulary().copyright_tries, line)


def is_promo(line: str) -> bool:
    low = line.lower()
    return sum(1 for cue in vocabulary().promo_cues if cue in low) >= 2


def is_teaser_header(line: str) -> bool:
    low = line.strip().lower()  # the opening words first: every line is asked, and few open like a box of links
    return low.startswith(vocabulary().teaser_headers) and len(_words(low)) <= 8 and not SENTENCE_END.search(low)


def byline_names(line: str) -> list[str] | None:
    """Names from a "BY NAME, NAME [email]" byline, or None when the line is not a byline."""
    match = BYLINE.match(line)
    if not match:
        return None
    names = [n.strip(" .") for n in re.split(r",|\band\b|&", EMAIL.sub("", match.group("names")))]
    names = [n for n in names if n]
    if not names or any(len(n.split()) > 4 or not n[0].isupper() for n in names):
        return None
    return [n.title() if n.isupper() else n for n in names]


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Article text with chrome removed; the headline, if any, stays as the first line."""
    _words.cache_clear()
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = Cleaned(text="")
    kept: list[str] = []
    total = sum(len(line) for line in lines) or 1
    seen_chars = 0
    previous_was_chrome = False
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line)), len(lines))
    if first_prose == len(lines):
        first_prose = 0  # a snippet with no long paragraph: keep every line, guess no headline
    header = [line for line in lines[:first_prose] if line]
    out.title = title or _pick_title(header)
    for index, line in enumerate(lines):
        seen_chars += len(line)
        if not line:
            continue
        names = byline_names(line)
        if names:
            out.authors.extend(names)
            out.removed.append(line)
            previous_was_chrome = True
            continue
        if is_teaser_header(line) and seen_chars / total > 0.5 and \
                not (is_widget(line) and any(is_prose(later) for later in lines[index + 1:])):
            # a box of links closes the page; an inline "READ MORE: ..." link with story after it is one line
            out.removed.extend(x for x in lines[index:] if x)
            break
        chrome = (
            is_ui_line(line) or is_breadcrumb(line) or is_widget(line) or is_copyright(line) or is_promo(line)
        )
        # A short unpunctuated fragment right after chrome continues it ("...account to connect" / "with the Daily").
        if not chrome and previous_was_chrome and len(_words(line)) <= 8 and not SENTENCE_END.search(line):
            chrome = True
        if not chrome and index < first_prose and line != out.title:
            chrome = True  # section labels, repeated headlines and the like above the story
        if not chrome and out.title and line == out.title and kept:
            chrome = True  # the headline repeated later in the page
        previous_was_chrome = chrome
        if chrome:
            out.removed.append(line)
        else:
            kept.append(line)
    if out.title and (not kept or kept[0] != out.title):
        kept.insert(0, out.title)
    out.text = "\n\n".join(kept)
    return out


def _pick_title(header: list[str]) -> str | None:
    """The headline among the lines above the first paragraph: the longest that is not chrome."""
    candidates = [
        line for line in header
        if 3 <= len(_words(line)) <= 30 and
        not (is_ui_line(line) or is_breadcrumb(line) or is_widget(line) or is_copyright(line))
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda line: (len(_words(line)), -header.index(line)))
