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
from datetime import date, timedelta
from functools import lru_cache

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
    read_clock,
    read_day_word,
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

__all__ = ["Direction", "Found", "Scan", "find", "scan", "text_direction"]


Reader = Callable[[re.Match[str], Context], "Found | None"]


@lru_cache(maxsize=1)
def patterns() -> list[tuple[re.Pattern[str], Reader]]:
    """Every pattern with its reader, compiled once per process."""
    w = words()
    month, weekday, number = w["month"], w["weekday"], w["number"]
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    the_mod = rf"(?:(?P<the>the)\s+)?{MOD}(?:the\s+)?"
    table: list[tuple[str, Reader]] = [
        (rf"\b(?P<month>{month})\s+{day}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?,?\s+(?P<year>{YEAR})\b", read_full_date),
        (rf"\b{day}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?(?:\s+of)?\s+(?P<month>{month}),?\s+(?P<year>{YEAR})\b",
         read_full_date),
        (rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<month>{month})\s+{day}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?"
         r"\b(?![,.]?\d)", read_month_day),
        (rf"\b{day}(?:\s+of)?\s+(?P<month>{month})\b", read_month_day),
        (rf"\b{MOD}(?P<month>{month}),?\s+(?:of\s+)?(?P<year>{YEAR})\b(?!\d)", read_month_year),
        (rf"\b(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", read_iso),
        (r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d{2})\b", read_numeric),
        (rf"\b{MOD}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<month>{month})\b", read_month),
        (rf"\b{MOD}(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?)\s+)?(?P<year>{YEAR})"
         rf"(?:\s*[-–]\s*(?P<year2>{YEAR}|\d{{2}})(?!\d))?\b(?![-/]\d)", read_year),
        (rf"\b{the_mod}(?:(?P<digits>1\d\d0|20\d0)'?s|'(?P<short>\d)0s|(?P<word>{w['decade_words']}))\b", read_decade),
        (rf"\b{the_mod}(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{w['ordinal_words']}))[\s-]+century\b", read_century),
        (r"\b(?:(?:early|late|earlier|later)\s+)?(?:(?:the\s+(?=previous|preceding|following))?"
         rf"(?P<rel>last|next|this|coming|past|previous|(?<=\bthe\s)(?:preceding|following))\s+)?(?P<wd>{weekday})"
         rf"(?:\s+(?P<part>{w['part']}))?\b", read_weekday),
        (r"\b(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
         rf"today|tonight|yesterday|tomorrow|last\s+night|this)(?:\s+(?P<part>{w['part']}))?\b", read_day_word),
        (rf"\b(?:(?P<the>the)\s+)?{MOD}(?P<rel>this\s+past|last|next|this|coming|past|previous|current|latest|"
         r"same)\s+(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year)\b", read_relative_unit),
        (rf"\b{the_mod}(?:(?P<rel>this\s+past|last|next|this|coming|past)\s+)?(?P<season>{w['season']})"
         rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b", read_season),
        (rf"\b(?:(?P<the>the)\s+)?(?:(?P<rel>last\s+year's|next\s+year's|this\s+year's|current|latest|same|year-ago|year-earlier)\s+|"
         rf"(?P<y1>{YEAR})\s+)?(?:fiscal\s+)?(?P<ord>{w['ordinal']}|final)[\s-]+(?:fiscal\s+)?"
         rf"(?P<what>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<y2>{YEAR})|,?\s+(?P<y3>{YEAR}))?\b", read_quarter),
        (r"\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?:(?P<ago>year-ago|year-earlier|year\s+ago|"
         r"year\s+earlier)\s+(?:quarter|period)|quarter|latest\s+period)\b", read_reporting_quarter),
        (rf"\bthe\s+(?P<year>{YEAR})\s+(?P<what>period|quarter)\b", read_year_period),
        (r"\bthe\s+weekend\b", read_weekend),
        (r"\b(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+the\s+(?P<unit>year|month|week|(?:decade|century)(?!\s+of\b))|"
         r"(?:the\s+)?(?P<year_end>year[-\s]end|year's\s+end|end[-\s]of[-\s]year))\b", read_period_edge),
        (r"\b(?:(?:earlier|later)\s+)?(?P<which>that|the\s+following|the\s+previous|the\s+preceding|the\s+(?:next|same)(?=\s+day\b))\s+"
         r"(?P<unit>day|week|month|year)\b", read_anaphoric),
        (r"\b(?:the\s+)?(?:year-earlier|year-ago)\b", read_year_earlier),
        (r"\b(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month)\b(?!\s+of\b)", read_in_the_period),
        (r"\b(?:(?P<edge>earlier|later)\s+in\s+)?the\s+(?:(?P<whole>full|fiscal|calendar|whole|entire)\s+)?year\b"
         r"(?![\s-]+(?:ago|earlier|before|after|later|\d)|-|\s+(?:two|nineteen|eighteen)\b)", read_the_year),
        (r"\b(?:the\s+year\s+)?(?:(?P<century>eighteen|nineteen|twenty)\s+(?P<rest>hundred|(?:ten|eleven|twelve|"
         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
         r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand"
         r"(?:\s+(?:and\s+)?(?P<after>one|two|three|four|five|six|seven|eight|nine|ten))?)\b", read_spoken_year),
        (rf"\b(?:(?P<num>{number}|{w['phrase_count']}|a\s+few|several|some|many)[\s-]+)?(?P<unit>{UNIT_WORDS})\s+"
         r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|from\s+today|hence)\b", read_ago),
        (rf"\b(?:the\s+(?:(?:first|last|past|next|final|coming|previous|following)\s+)?)?"
         rf"(?P<num>{number}|{w['phrase_count']}|{w['vague']}|half\s+an?)(?P<frac>\s+and\s+a\s+half|\s+1/2|½)?"
         rf"[\s-]+(?:{w['extra']}\s+)?(?P<unit>{UNIT_WORDS})\b(?P<half>\s+and\s+a\s+half\b)?", read_duration),
        (r"\b(?P<unit>years|decades|months|weeks|days|hours|centuries)\b", read_bare_duration),
        (rf"\b(?:every|each)\s+(?:(?P<num>other|{number})\s+)?(?P<what>{UNIT_WORDS}|{weekday}|{month}|"
         rf"{w['part']})\b", read_set),
        (rf"\b(?:once|twice|thrice|{number}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT_WORDS})\b",
         read_times_per),
        (rf"\b{w['freq']}\b", read_frequency),
        (rf"\b(?:(?P<wd>{weekday})s|(?<=\bon\s)(?P<we>weekends))\b", read_weekdays),
        (r"\b(?:recent|past)\s+(?:days|weeks|months|years|decades)\b", read_recent),
        (rf"\b{w['refs']}\b", read_reference),
        (r"\b(?:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<h24>[01]?\d|2[0-3]):"
         r"(?P<m24>[0-5]\d)\b(?!:?\d)|(?P<word>noon|midday|midnight)|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:GMT|UTC|"
         r"hrs\b|hours\b|local\s+time)))(?:\s+(?:[A-Z]{2,3}T|GMT|UTC|hrs|hours|local\s+time)\b)?", read_clock),
        (rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{w['holiday']})(?:\s+(?P<year>{YEAR}))?\b", read_holiday),
    ]
    return [(compile_(pattern), reader) for pattern, reader in table]


Scan = list[tuple[re.Match[str], Reader]]


@lru_cache(maxsize=1)
def required_words() -> dict[Reader, tuple[str, ...]]:
    """For the rarer patterns, words one of which every match contains (lower case): a text without any of
    them skips the pattern, so the regex engine is not run over it for nothing."""
    lex = lexicon()
    holiday_words = tuple({max(name.split(), key=len) for name in holiday_table()})
    return {
        read_ago: ("ago", "earlier", "later", "from", "hence"),
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


def scan(text: str) -> Scan:
    """Every pattern's matches in the text: the costly part, done once even when the text is read twice
    (first without a publication date to infer one, then against it)."""
    lower = text.lower()
    required = required_words()
    found: Scan = []
    for pattern, reader in patterns():
        words_needed = required.get(reader)
        if words_needed and not any(word in lower for word in words_needed):
            continue
        found.extend((match, reader) for match in pattern.finditer(text))
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


ANCHORED_BACK = re.compile(r"(?:the\s+)?(?:past|last|previous|preceding)\s", re.IGNORECASE)
RECENT = re.compile(r"(?:the\s+)?(?:recent|past|last)\s", re.IGNORECASE)
COMING = re.compile(r"(?:the\s+)?(?:coming|next|upcoming|near\s+future|future)\b|soon\b", re.IGNORECASE)
ANCHORED_AHEAD = re.compile(r"(?:the\s+)?(?:next|coming)\s", re.IGNORECASE)


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
        window = text[max(0, start - 80):start]
        clause = re.split(r"[.;!?\n]|\bbut\b|\bafter\b", window)[-1]
        if re.search(r"\bsince\s+(?:\S+\s+){0,2}$", clause, re.IGNORECASE):
            return -1
        return 2 if cue.search(clause) else 0

    return direction
