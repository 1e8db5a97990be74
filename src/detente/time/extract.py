"""Find time expressions in text and normalise them, TimeML style, against a reference date.

Each kind of expression has one compiled pattern and one reader that turns a match into a
`Found` (type, value, precision, first and last day, and whether the value was read from the
text itself or worked out from the reference date). Overlaps go to the leftmost, longest match;
a final pass joins ranges ("1904-1905"), anchored durations ("35 years from 1910") and clock
times with their day. Phrases that cannot be read keep X placeholders and no day: the reference
date is never used for what the text does not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from detente.datafiles import load_yaml
from detente.rules import rule_pattern, switched_off_ids
from detente.time import calendar as cal
from detente.time.absolute import (
    read_century,
    read_decade,
    read_full_date,
    read_holiday,
    read_iso,
    read_month,
    read_month_day,
    read_month_year,
    read_numeric,
    read_spoken_year,
    read_year,
)
from detente.time.found import MOD, UNIT_WORDS, YEAR, Context, Direction, Found, compile_, words
from detente.time.joining import join
from detente.time.lexicon import alternation, holiday_table, lexicon
from detente.time.relative import (
    read_ago,
    read_anaphoric,
    read_anaphoric_day_part,
    read_clock,
    read_day_word,
    read_in_the_day_part,
    read_in_the_period,
    read_period_edge,
    read_quarter,
    read_recent,
    read_reference,
    read_relative_unit,
    read_reporting_quarter,
    read_season,
    read_the_year,
    read_weekday,
    read_weekend,
    read_year_earlier,
    read_year_period,
)
from detente.time.spans import (
    read_bare_duration,
    read_duration,
    read_frequency,
    read_set,
    read_times_per,
    read_weekdays,
)
from detente.time.starts import Boundaries, Starts, matches_at_starts, starts_of

__all__ = ["Direction", "Found", "Scan", "find", "scan", "text_direction"]
PATTERNS_FILE = Path(__file__).parent / "data" / "patterns.yaml"


Reader = Callable[[re.Match[str], Context], "Found | None"]


READERS: dict[str, Reader] = {reader.__name__: reader for reader in (
    read_full_date, read_month_day, read_month_year, read_iso, read_numeric, read_month, read_year, read_decade,
    read_century, read_weekday, read_day_word, read_relative_unit, read_season, read_quarter, read_reporting_quarter,
    read_year_period, read_weekend, read_period_edge, read_anaphoric, read_anaphoric_day_part, read_in_the_day_part,
    read_year_earlier,
    read_in_the_period, read_the_year, read_spoken_year, read_ago, read_duration, read_bare_duration, read_set, read_times_per,
    read_frequency, read_weekdays, read_recent, read_reference, read_clock, read_holiday)}


@lru_cache(maxsize=1)
def pattern_table() -> list[dict[str, Any]]:
    """The rules of time/data/patterns.yaml: id, reader, pattern template and examples."""
    return list(load_yaml(PATTERNS_FILE.read_text("utf-8")))


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern[str], Reader]]:
    """Every pattern with its id and reader, filled in from the lexicon and compiled once per process."""
    w = words()
    fill = {"w": w, "month": w["month"], "weekday": w["weekday"], "number": w["number"], "YEAR": YEAR, "MOD": MOD,
            "UNIT_WORDS": UNIT_WORDS, "day": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
            "the_mod": rf"(?:(?P<the>the)\s+)?{MOD}(?:the\s+)?"}
    return [(str(rule["id"]), compile_(str(rule["pattern"]).format_map(fill)), READERS[str(rule["reader"])])
            for rule in pattern_table()]


@cache
def pattern_of(rule_id: str) -> re.Pattern[str] | None:
    """The compiled pattern of one rule of time/data/patterns.yaml (None for an id it does not hold): the dating
    rules ask whether an expression is of a kind ("today", "the next morning")."""
    return next((pattern for found_id, pattern, _reader in rules() if found_id == rule_id), None)


def patterns() -> list[tuple[re.Pattern[str], Reader]]:
    """Every pattern with its reader, in table order."""
    return [(pattern, reader) for _id, pattern, reader in rules()]


Scan = list[tuple[re.Match[str], Reader]]


@lru_cache(maxsize=1)
def required_words() -> dict[Reader, tuple[str, ...]]:
    """For the rarer patterns, words one of which every match contains (lower case): a text without any of
    them skips the pattern, so the regex engine is not run over it for nothing."""
    lex = lexicon()
    holiday_words = tuple({max(name.split(), key=len) for name in holiday_table()})
    return {
        read_ago: ("ago", "earlier", "later", "from", "hence", "back"),
        read_century: ("century",),
        read_holiday: holiday_words,
        read_times_per: ("once", "twice", "thrice", "times"),
        read_season: tuple(lex["seasons"]),
        read_quarter: ("quarter", "half"),
        read_decade: ("0s", "0's", "ties"),
        read_frequency: tuple(lex["frequencies"]),
        read_weekdays: (*(f"{day}s" for day in lex["weekdays"] if len(day) > 4), "weekends"),
        read_spoken_year: ("eighteen", "nineteen", "twenty", "thousand"),
        read_set: ("every", "each"),
        read_year_period: ("period", "quarter"),
        read_reporting_quarter: ("quarter", "period"),
        read_weekend: ("weekend",),
        read_in_the_period: (" in the week", " in the month"),
        read_recent: ("recent", "past"),
        read_year_earlier: ("year-earlier", "year-ago"),
        read_period_edge: ("end", "beginning", "start", "middle", "close"),
    }


@lru_cache(maxsize=1)
def all_starts() -> tuple[Starts, ...]:
    """Where each pattern's match can start (those time/starts.py can read), for one Boundaries per text."""
    return tuple(s for _id, pattern, _reader in rules() if (s := starts_of(pattern)) is not None)


@lru_cache(maxsize=1)
def _scan_table() -> tuple[tuple[str, re.Pattern[str], Reader, Starts | None, tuple[str, ...]], ...]:
    """Each rule with what scan asks of it for every text (its starts, the words one of which it needs),
    worked out once: a short text's scan was mostly these look-ups, repeated per rule and text."""
    required = required_words()
    return tuple((rule_id, pattern, reader, starts_of(pattern), required.get(reader, ()))
                 for rule_id, pattern, reader in rules())


def scan(text: str) -> Scan:
    """Every pattern's matches in the text: the costly part, done once even when the text is read twice
    (first without a publication date to infer one, then against it). Each pattern is tried only where
    its match can start (time/starts.py: the same matches as `finditer`)."""
    lower = text.lower()
    boundaries = Boundaries(text, all_starts())
    found: Scan = []
    off = switched_off_ids()
    for rule_id, pattern, reader, starts, words_needed in _scan_table():
        if off and rule_id in off:
            continue
        if starts is not None and not boundaries.candidates(starts):
            continue  # nowhere to start (most patterns, in most texts): asked first, it spares the word look-ups
        if words_needed:
            for word in words_needed:
                if word in lower:
                    break
            else:
                continue
        found.extend((match, reader) for match in matches_at_starts(pattern, text, starts, boundaries))
    return found


def find(text: str, reference: date | None, reference_year: int | None = None,
         direction: Direction | None = None, scanned: Scan | None = None) -> list[Found]:
    """All time expressions in the text, leftmost-longest, joined, in text order."""
    ctx = Context(text, reference, reference_year if reference is None else reference.year,
                  direction or text_direction(text))
    candidates: list[Found] = []
    for match, reader in scan(text) if scanned is None else scanned:
        item = reader(match, ctx)
        if item is not None:
            candidates.append(item)
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[Found] = []
    last_end = -1
    for item in candidates:
        if item.start >= last_end:
            chosen.append(item)
            last_end = item.end
    return [anchored(item, text, reference) for item in join(chosen, text)]


ANCHORED_BACK = rule_pattern("detente.time", "data/words.yaml", "anchored_back")  # data/words.yaml
RECENT = rule_pattern("detente.time", "data/words.yaml", "recent")
FEW_SPAN = rule_pattern("detente.time", "data/words.yaml", "few_span")
COMING = rule_pattern("detente.time", "data/words.yaml", "coming")
ANCHORED_AHEAD = rule_pattern("detente.time", "data/words.yaml", "anchored_ahead")


def anchored(item: Found, text: str, reference: date | None) -> Found:
    """ "the past two months" ends on the day of writing and "the next five years" starts on it: the length
    keeps its value (P2M) and gains the days it covers, so an event told in it can be dated by it."""
    if reference is None or item.first is not None or item.last is not None:
        return item
    words = text[item.start:item.end]
    if item.value == "PAST_REF" and words.lower() in ("recently", "lately", "recent"):
        item.last = reference  # "recently": some time up to the day of writing, its start unknown
        return item
    if item.type == "DURATION" and item.count is None and RECENT.match(words):
        item.last = reference  # "in recent years", "the past few months": up to now, from an unknown start
        if item.unit and FEW_SPAN.search(words):
            # "the past few months", "the last several years": fewer than ten of them, so from nine back
            with suppress(ValueError, OverflowError, KeyError):
                item.first = cal.shift(reference, item.unit, -9)
        return item
    if (item.value == "FUTURE_REF" or (item.type == "DURATION" and item.count is None)) and \
            (COMING.match(words) or words.lower().endswith(" ahead")):
        item.first = reference  # "in the coming months", "the next few weeks", "soon": from now, open-ended
        return item
    if item.type != "DURATION" or not item.unit or item.count is None or item.count != int(item.count) or \
            item.count < 1:
        return item
    if item.unit not in ("day", "week", "month", "quarter", "year", "decade", "century"):
        return item
    if ANCHORED_BACK.match(words):
        item.first, item.last = cal.shift(reference, item.unit, -int(item.count)) + timedelta(days=1), reference
    elif ANCHORED_AHEAD.match(words):
        item.first, item.last = reference, cal.shift(reference, item.unit, int(item.count)) - timedelta(days=1)
    return item


@lru_cache(maxsize=1)
def future_cue_pattern() -> re.Pattern[str]:
    return compile_(rf"(?<![\w']){alternation(lexicon()['future_cues'])}(?![\w'])")


def text_direction(text: str) -> Direction:
    """Without a parse: an expression lies ahead when its clause has a future cue before it."""
    cue = future_cue_pattern()

    def direction(start: int) -> int:
        window = text[max(0, start - 80):start].replace("\u2019", "'")  # "they\u2019ll": the cues are straight
        clause = re.split(r"[.;!?\n]|\bbut\b|\bafter\b", window)[-1]
        if re.search(r"\bsince\s+(?:\S+\s+){0,2}$", clause, re.IGNORECASE):
            return -2  # a time gone by (found.py: the level of an act's own time told as over)
        return 2 if cue.search(clause) else 0

    return direction
