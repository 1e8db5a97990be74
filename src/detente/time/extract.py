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
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from detente.records import TimeExpression
from detente.time import calendar as cal
from detente.time.lexicon import alternation, holiday_table, lexicon, number_value

# A function telling which way the verb governing the expression at this offset points: 2 ahead
# ("will meet"), 1 plain present ("talks begin": ahead only for a weekday), 0 not known, -1 past.
Direction = Callable[[int], int]


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    precision: str
    first: date | None = None
    last: date | None = None
    basis: str = "none"  # explicit | relative | none
    kind: str = ""  # what the reader saw, for the joining pass: year, day, month, duration, clock ...
    count: float | None = None  # for durations: how many units
    unit: str | None = None
    grain_source: str = ""  # for shifts: "ago" (counted from the publication date) or "earlier" (from the story)

    def expression(self, text: str) -> TimeExpression:
        return TimeExpression(text=text[self.start:self.end], start=self.start, end=self.end, type=self.type,
                              value=self.value, precision=self.precision,
                              date=self.first.isoformat() if self.first else None,
                              date_end=self.last.isoformat() if self.last else None)


@dataclass
class Context:
    text: str
    reference: date | None
    reference_year: int | None
    direction: Direction


def from_period(match: re.Match[str], period: cal.Period, basis: str, kind: str, type_: str = "DATE") -> Found:
    return Found(match.start(), match.end(), type_, period.value, period.precision, period.first, period.last,
                 basis, kind)


# --- patterns -------------------------------------------------------------------------------

YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
MOD = (r"(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle|turn|close|first\s+half|second\s+half)"
       r"\s+of|earlier|later|end)[\s-]+(?:in\s+)?)?")
REL = r"(?:last|next|this|coming|past|previous)"
UNIT_WORDS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|" \
             r"seasons?|years?|decades?|centuries|century|millennia|millennium)"


@lru_cache(maxsize=1)
def words() -> dict[str, str]:
    """Regex alternations built once from the lexicon."""
    lex = lexicon()
    numbers = alternation([w for w in lex["number_words"] if w not in ("a", "an")])
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{numbers}(?:[\s-]+{numbers})*|an?)"
    return {
        "month": alternation(list(lex["months"]), abbreviation_dot=True),
        "weekday": alternation([w for w in lex["weekdays"] if len(w) > 4]),
        "season": alternation(list(lex["seasons"])),
        "part": alternation(list(lex["day_parts"])),
        "number": number,
        "vague": alternation(lex["vague_counts"]),
        "refs": alternation(list(lex["references"])),
        "freq": alternation(list(lex["frequencies"])),
        "ordinal": alternation(list(lex["ordinals"])),
        "ordinal_words": alternation(list(lex["ordinal_words"])),
        "decade_words": alternation(list(lex["decade_words"])),
        "holiday": alternation(list(holiday_table())),
    }


def compile_(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- small readers -------------------------------------------------------------------------


def month_number(token: str) -> int:
    return int(lexicon()["months"][token.lower().rstrip(".")])


def unit_name(token: str) -> str:
    word = token.lower()
    if word in ("centuries", "century"):
        return "century"
    if word.startswith("millenni"):
        return "millennium"
    return word[:-1] if word.endswith("s") else word


def capitalised(token: str) -> bool:
    return token[:1].isupper()


def previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z']+)\W*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def next_word(text: str, end: int) -> str:
    match = re.match(r"\W{0,3}([A-Za-z%]+)", text[end:end + 30])
    return match.group(1).lower() if match else ""


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def pick_year(ctx: Context, month: int, day: int, start: int) -> int | None:
    """The year of a month (and day) named without one: the nearest such day, unless the tense
    says it is over (a past verb and a day two months ahead) or to come (a future verb, a month back)."""
    ref = ctx.reference
    if ref is None:
        return ctx.reference_year
    options = [(y, safe_date(y, month, min(day, 28 if month == 2 else day))) for y in (ref.year - 1, ref.year,
                                                                                       ref.year + 1)]
    real = [(y, d) for y, d in options if d]
    if not real:
        return ref.year
    y, when = min(real, key=lambda pair: (abs((pair[1] - ref).days), -pair[0]))
    direction = ctx.direction(start)
    if direction < 0 and when > ref + timedelta(days=62):
        return y - 1
    if direction >= 2 and when < ref - timedelta(days=31):
        return y + 1
    return y


def duration_value(count: float | None, unit: str) -> str:
    """TimeML duration: P35Y, PT3H, P2W, PXY when the count is vague."""
    spec = lexicon()["units"][unit]
    code, factor, is_time = spec["code"], spec.get("factor", 1), spec.get("time", False)
    if unit == "quarter":
        code, factor = "M", 3
    if unit == "weekend":
        code = "WE"
    if count is None:
        amount = "X"
        if unit in ("decade", "century", "millennium"):
            return "P" + {"decade": "XDE", "century": "XCE", "millennium": "XML"}[unit]
    else:
        total = count * factor
        amount = str(int(total)) if float(total).is_integer() else str(total)
    return f"P{'T' if is_time else ''}{amount}{code}"


# --- readers, one per pattern ---------------------------------------------------------------


def read_full_date(m: re.Match[str], ctx: Context) -> Found | None:
    if not capitalised(m.group("month")) and not m.group("month").isupper():
        return None
    month = month_number(m.group("month"))
    y, d = int(m.group("year")), int(m.group("day"))
    first = safe_date(y, month, d)
    if first is None:
        return None
    if m.groupdict().get("day2"):
        last = safe_date(y, month, int(m.group("day2")))
        if last is None or last <= first:
            return None
        return from_period(m, cal.span(cal.day(first), cal.day(last)), "explicit", "range")
    return from_period(m, cal.day(first), "explicit", "day")


def read_month_day(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("month")
    if not capitalised(token):
        return None
    if token.lower() in ("may", "mar", "march") and int(m.group("day")) > 31:
        return None
    month, d = month_number(token), int(m.group("day"))
    if safe_date(2000, month, d) is None:  # no such day in any year (2000 was a leap year)
        return None
    y = pick_year(ctx, month, d, m.start())
    if y is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{d:02d}", "day", kind="day")
    first = safe_date(y, month, d)
    if first is None:
        return None
    if m.groupdict().get("day2"):
        last = safe_date(y, month, int(m.group("day2")))
        if last is None or last <= first:
            return None
        return from_period(m, cal.span(cal.day(first), cal.day(last)), "relative", "range")
    return from_period(m, cal.day(first), "relative", "day")


def read_month_year(m: re.Match[str], ctx: Context) -> Found | None:
    if not capitalised(m.group("month")):
        return None
    return from_period(m, cal.month(int(m.group("year")), month_number(m.group("month"))), "explicit", "month")


def read_iso(m: re.Match[str], ctx: Context) -> Found | None:
    first = safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return from_period(m, cal.day(first), "explicit", "day") if first else None


def read_numeric(m: re.Match[str], ctx: Context) -> Found | None:
    """Slash or dot dates (9/17/2002, 17.09.2002): dateparser knows the orders and two-digit years."""
    import dateparser

    order = "DMY" if "." in m.group(0) or int(m.group("a")) > 12 else "MDY"
    try:
        parsed = dateparser.parse(m.group(0), languages=["en"],
                                  settings={"DATE_ORDER": order, "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    return from_period(m, cal.day(parsed.date()), "explicit", "day")


AMBIGUOUS_MONTHS = {"may", "march"}
MONTH_CUES = {"in", "since", "by", "until", "till", "last", "next", "this", "early", "late", "mid", "of", "during",
              "before", "after", "through", "from", "to", "and", "or", "between", "each", "every", "throughout"}


def read_month(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("month")
    if not capitalised(token) or len(token.rstrip(".")) < 3:
        return None
    rel = (m.group("rel") or "").lower()
    if token.lower() in AMBIGUOUS_MONTHS and not rel and not m.group("mod") and \
            previous_word(ctx.text, m.start()) not in MONTH_CUES:
        return None
    if len(token.rstrip(".")) <= 4 and token.lower() not in ("june", "july") and not rel:
        return None  # a bare abbreviation ("Dec") is too often something else
    month = month_number(token)
    ref = ctx.reference
    if ref is None:
        if ctx.reference_year is None or rel in ("last", "next", "past", "coming"):
            return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", "month", kind="month")
        return from_period(m, cal.month(ctx.reference_year, month), "relative", "month")
    if rel in ("last", "past"):
        y = ref.year if month < ref.month - 1 else ref.year - 1
    elif rel in ("next", "coming"):
        y = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        y = ref.year
    else:
        y = pick_year(ctx, month, 1, m.start()) or ref.year
    return from_period(m, cal.month(y, month), "relative", "month")


def year_is_count(m: re.Match[str], ctx: Context) -> bool:
    """A four-digit number that counts or prices things ("2000 troops", "$1999") is no year."""
    before = ctx.text[max(0, m.start() - 2):m.start()]
    if "$" in before or "#" in before or "£" in before or "€" in before:
        return True
    following = next_word(ctx.text, m.end())
    if following in lexicon()["count_nouns"] or following in ("million", "billion", "trillion", "thousand"):
        return True
    return bool(re.match(r"\s*(?:%|\.\d|,\d{3})", ctx.text[m.end():m.end() + 5]))


YEAR_CUES = {"in", "since", "by", "during", "until", "till", "before", "after", "from", "of", "to", "through",
             "around", "circa", "early", "late", "mid", "between", "and", "or", "fiscal", "year", "the", "throughout",
             "summer", "winter", "spring", "autumn", "fall", "end", "start", "beginning", "middle", "as"}


def read_year(m: re.Match[str], ctx: Context) -> Found | None:
    if year_is_count(m, ctx):
        return None
    y = int(m.group("year"))
    prefixed = bool(m.group("mod") or m.group("fiscal"))
    if not prefixed and previous_word(ctx.text, m.start()) not in YEAR_CUES and not 1900 <= y <= 2099:
        return None
    if m.group("year2"):
        tail = m.group("year2")
        end_year = int(tail) if len(tail) == 4 else y - y % 100 + int(tail)
        if end_year <= y or end_year - y > 200:
            return None
        return from_period(m, cal.span(cal.year(y), cal.year(end_year)), "explicit", "range")
    return from_period(m, cal.year(y), "explicit", "year")


def read_decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("digits"):
        start = int(m.group("digits"))
    elif m.group("short"):
        tens = int(m.group("short"))
        start = (1900 if tens >= 3 else 2000) + 10 * tens
    else:
        start = int(lexicon()["decade_words"][m.group("word").lower()])
    return from_period(m, cal.decade(start), "explicit", "decade")


def read_century(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("n"):
        number = int(m.group("n"))
    else:
        number = int(lexicon()["ordinal_words"][re.sub(r"\s+", " ", m.group("w").lower())])
    if not 1 <= number <= 22:
        return None
    return from_period(m, cal.century(number), "explicit", "century")


def weekday_date(ctx: Context, weekday: int, rel: str, start: int) -> date | None:
    ref = ctx.reference
    if ref is None:
        return None
    delta = weekday - ref.isoweekday()
    if rel in ("next", "coming"):
        return ref + timedelta(days=delta % 7 or 7)
    if rel in ("last", "past", "previous"):
        return ref - timedelta(days=(-delta) % 7 or 7)
    if rel == "this":
        return ref + timedelta(days=delta)
    if ctx.direction(start) >= 1:
        return ref + timedelta(days=delta % 7)
    return ref - timedelta(days=(-delta) % 7)


def with_part(found: Found, part: str | None) -> Found:
    """"Friday morning" is a TIME on that day: 2024-01-05TMO."""
    if not part:
        return found
    code = lexicon()["day_parts"][part.lower()]
    return replace(found, type="TIME", value=f"{found.value}T{code}", precision="day" if found.first else "unknown")


def read_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = int(lexicon()["weekdays"][m.group("wd").lower()])
    rel = (m.group("rel") or "").lower()
    when = weekday_date(ctx, weekday, rel, m.start())
    if when is None:
        found = Found(m.start(), m.end(), "DATE", f"XXXX-WXX-{weekday}", "day", kind="day")
    else:
        found = from_period(m, cal.day(when), "relative", "day")
        found.kind = "weekday"
    marked = with_part(found, m.group("part"))
    return replace(marked, type="DATE")  # news annotation keeps "Friday night" a DATE, unlike "this morning"


DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
             "the day before yesterday": -2, "the day after tomorrow": 2, "this": 0}


def read_day_word(m: re.Match[str], ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    part = m.group("part")
    if word == "last night":
        part = part or "night"
    if word == "this" and not part:
        return None
    offset = DAY_WORDS[word]
    if ctx.reference is None:
        found = Found(m.start(), m.end(), "DATE", "XXXX-XX-XX", "day", kind="day")
    else:
        found = from_period(m, cal.day(ctx.reference + timedelta(days=offset)), "relative", "day")
    return with_part(found, part)


def relative_period(ctx: Context, unit: str, steps: int) -> cal.Period | None:
    if ctx.reference is None:
        if unit == "year" and ctx.reference_year is not None:
            return cal.year(ctx.reference_year + steps)
        return None
    return cal.period_of(cal.shift(ctx.reference, unit, steps), unit)


UNKNOWN_VALUES = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                  "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def read_relative_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """"last week", "this year", "earlier this month", "next quarter": the period itself."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = unit_name(m.group("unit").split()[-1])
    if m.group("the") and rel in ("last", "past", "next", "coming") and not m.group("mod"):
        count = 2.0 if unit == "weekend" else 1.0  # "the past year" is a stretch of time, "last year" a date
        code_unit = "day" if unit == "weekend" else unit
        return Found(m.start(), m.end(), "DURATION", duration_value(count, code_unit), "unknown", kind="duration",
                     count=count, unit=code_unit)
    if rel == "same":  # "the same year" is the year of the story, found by follow_antecedents
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind="same", unit=unit)
    steps = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "quarter" and rel in ("latest", "last", "past", "previous") and ctx.reference:
        steps = -1
    period = relative_period(ctx, unit, steps)
    if period is None:
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind=unit)
    return from_period(m, period, "relative", unit)


def read_season(m: re.Match[str], ctx: Context) -> Found | None:
    code = lexicon()["seasons"][m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        return from_period(m, cal.season(int(m.group("year")), code), "explicit", "season")
    if not rel and not m.group("the") and not m.group("mod") and previous_word(ctx.text, m.start()) != "in":
        return None
    if m.group("season").lower() == "fall" and not rel and not m.group("the"):
        return None
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{code}", "unknown", kind="season")
    months = cal.SEASON_MONTHS[code]
    this_year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
    y = this_year
    if rel in ("last", "past"):
        y = this_year - 1 if ref.month <= months[1] or code == "WI" else this_year
    elif rel in ("next", "coming"):
        y = this_year + 1 if ref.month >= months[0] else this_year
    elif not rel and ctx.direction(m.start()) <= 0 and ref.month < months[0]:
        y = this_year - 1
    return from_period(m, cal.season(y, code), "relative", "season")


def read_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    lex = lexicon()
    ordinal = m.group("ord").lower()
    is_half = m.group("what").lower() == "half"
    number = 4 if ordinal in ("final", "last") and not is_half else lex["ordinals"].get(ordinal)
    if number is None or number > (2 if is_half else 4):
        return None
    build = cal.half if is_half else cal.quarter
    explicit = m.group("y1") or m.group("y2") or m.group("y3")
    if explicit:
        return from_period(m, build(int(explicit), number), "explicit", "half" if is_half else "quarter")
    if is_half and not m.group("the") and not m.group("rel"):
        return None
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{'H' if is_half else 'Q'}{number}", "unknown", kind="quarter")
    current = (ref.month - 1) // (6 if is_half else 3) + 1
    rel = (m.group("rel") or "").lower()
    y = ref.year
    if rel.startswith("last year") or (not rel and number > current):
        y -= 1  # a quarter not yet begun is last year's: results are reported after it ends
    if rel.startswith("next year"):
        y += 1
    return from_period(m, build(y, number), "relative", "half" if is_half else "quarter")


def read_reporting_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"the quarter" in a results story is the last finished one; "the year-ago quarter" a year before."""
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-QX", "unknown", kind="quarter")
    last_quarter = cal.shift(ref, "quarter", -1)
    if m.group("ago"):
        last_quarter = cal.shift(last_quarter, "year", -1)
    return from_period(m, cal.period_of(last_quarter, "quarter"), "relative", "quarter")


def read_anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    """"that year", "the following month": told from the story's own time, found by follow_antecedents."""
    unit = m.group("unit").lower()
    step = {"following": 1, "previous": -1, "preceding": -1}.get(m.group("which").lower().split()[-1], 0)
    return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind="same", unit=unit,
                 count=step)


def read_weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """"the weekend": the one just past, or the coming one when the verb looks ahead."""
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-WXX-WE", "unknown", kind="weekend")
    if ctx.direction(m.start()) > 0:
        saturday = ref + timedelta(days=(6 - ref.isoweekday()) % 7)
    else:
        saturday = ref - timedelta(days=(ref.isoweekday() - 6) % 7)
    return from_period(m, cal.weekend(saturday), "relative", "weekend")


def read_ago(m: re.Match[str], ctx: Context) -> Found | None:
    """"two days ago", "a year earlier", "three weeks from now": a day, month or year back or ahead."""
    unit = unit_name(m.group("unit"))
    count = number_value(m.group("num")) if m.group("num") else None
    direction = 1 if m.group("dir").lower() in ("later", "from now", "hence") else -1
    if unit not in ("day", "week", "month", "quarter", "year", "decade", "century"):
        return None
    if count is None or not float(count).is_integer() or ctx.reference is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Found(m.start(), m.end(), "DATE", value, "unknown", kind="ref")
    try:
        target = cal.shift(ctx.reference, unit, direction * int(count))
    except (ValueError, OverflowError):  # further back than the calendar goes ("a million years ago")
        return Found(m.start(), m.end(), "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "unknown", kind="ref")
    found = from_period(m, cal.period_of(target, unit), "relative", "shift")
    found.count, found.unit = direction * count, unit
    found.grain_source = "ago" if m.group("dir").lower() in ("ago", "from now", "hence") else "earlier"
    return found


FUNCTION_WORDS_IN_S = {"was", "is", "has", "as", "this", "his", "its", "does", "thus", "less", "unless", "plus",
                       "across", "us", "yes", "whereas", "perhaps"}


def quantity_before(text: str, start: int) -> bool:
    """Whether a count, an amount or a plural noun comes just before: "700 seats a week"."""
    word = re.search(r"(\S+)\s*$", text[max(0, start - 25):start])
    if word is None:
        return False
    token = word.group(1).lower().strip(",;:")
    if token in ("once", "twice", "thrice", "times", "per", "million", "billion", "trillion", "thousand"):
        return True
    if re.search(r"\d", token):
        return True
    return token.endswith("s") and token.isalpha() and token not in FUNCTION_WORDS_IN_S


def read_spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Years said aloud in transcripts: "nineteen ninety-six", "the year two thousand"."""
    if m.group("century"):
        head = number_value(m.group("century"))
        rest = m.group("rest").lower()
        tail = 0 if rest == "hundred" else number_value(rest)
        if head is None or tail is None or tail >= 100:
            return None
        y = int(head) * 100 + int(tail)
    else:
        tail = number_value(m.group("after")) if m.group("after") else 0
        if tail is None or tail >= 100:
            return None
        y = 2000 + int(tail)
    return from_period(m, cal.year(y), "explicit", "year")


def read_year_earlier(m: re.Match[str], ctx: Context) -> Found | None:
    """"year-earlier" figures: the same period a year before (see follow_antecedents)."""
    period = relative_period(ctx, "year", -1)
    if period is None:
        return Found(m.start(), m.end(), "DATE", "XXXX", "unknown", kind="year")
    found = from_period(m, period, "relative", "shift")
    found.count, found.unit, found.grain_source = -1, "year", "ago"  # compares with the period reported on
    return found


def read_duration(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_name(m.group("unit"))
    if re.match(r"[\s-]+old\b", ctx.text[m.end():m.end() + 5]) or (unit == "quarter" and "-" in m.group(0)):
        return None  # an age ("a 6-year-old") or a fraction ("three-quarters of"), not a span of time
    if unit not in lexicon()["units"]:
        return None
    raw = m.group("num")
    count = None if re.fullmatch(words()["vague"], raw, re.IGNORECASE) else number_value(raw)
    if count is None and not re.fullmatch(words()["vague"], raw, re.IGNORECASE):
        return None
    if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", raw) and previous_word(ctx.text, m.start()) in ("at", "by", "until"):
        return None  # "at 2300 hours" is a clock time
    if raw.lower() in ("a", "an") and (unit == "second" or quantity_before(ctx.text, m.start())):
        return None  # "a second round"; "$2 million a year" and "24 hours a day" are rates, not spans
    precision = "time" if lexicon()["units"][unit].get("time") else unit if unit in (
        "day", "month", "year", "decade", "century") else "unknown"
    return Found(m.start(), m.end(), "DURATION", duration_value(count, unit), precision, kind="duration",
                 count=count, unit=unit)


def read_bare_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """"for years", "over decades": a duration of unknown length."""
    if previous_word(ctx.text, m.start()) not in ("for", "over", "within", "took", "take", "takes", "lasted"):
        return None
    unit = unit_name(m.group("unit"))
    return Found(m.start(), m.end(), "DURATION", duration_value(None, unit), "unknown", kind="duration", unit=unit)


def read_set(m: re.Match[str], ctx: Context) -> Found | None:
    lex = lexicon()
    target = m.group("what").lower().rstrip("s") if m.group("what").lower() not in lex["weekdays"] else \
        m.group("what").lower()
    if target in lex["weekdays"] or target + "s" in lex["weekdays"]:
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{lex['weekdays'][target]}", "day", kind="set")
    if target.rstrip(".") in lex["months"]:
        return Found(m.start(), m.end(), "SET", f"XXXX-{month_number(target):02d}", "month", kind="set")
    if target in lex["day_parts"]:
        return Found(m.start(), m.end(), "SET", f"TXX{lex['day_parts'][target]}", "day", kind="set")
    unit = unit_name(target if target != "centurie" else "century")
    if unit not in lex["units"]:
        return None
    count = 2.0 if (m.group("num") or "").lower() == "other" else number_value(m.group("num")) if m.group("num") else 1.0
    return Found(m.start(), m.end(), "SET", duration_value(count, unit), unit if unit in (
        "day", "month", "year") else "unknown", kind="set")


def read_weekdays(m: re.Match[str], ctx: Context) -> Found | None:
    """"on Fridays": every Friday."""
    weekday = int(lexicon()["weekdays"][m.group("wd").lower()])
    return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}", "day", kind="set")


def read_times_per(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_name(m.group("unit"))
    if unit not in lexicon()["units"]:
        return None
    return Found(m.start(), m.end(), "SET", duration_value(1, unit), "unknown", kind="set")


def read_frequency(m: re.Match[str], ctx: Context) -> Found | None:
    return Found(m.start(), m.end(), "SET", lexicon()["frequencies"][m.group(0).lower()], "unknown", kind="set")


def read_reference(m: re.Match[str], ctx: Context) -> Found | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    value = lexicon()["references"][phrase]
    if phrase in ("the past", "the future") and re.match(rf"\s+(?:\d|{words()['number']}\b|few\b|several\b)",
                                                           ctx.text[m.end():m.end() + 20], re.IGNORECASE):
        return None  # "the past six elections" counts elections, it names no time
    if value == "PRESENT_REF" and ctx.reference is not None:
        return Found(m.start(), m.end(), "DATE", value, "day", ctx.reference, ctx.reference, "relative", "ref")
    return Found(m.start(), m.end(), "DATE", value, "unknown", kind="ref")


def read_recent(m: re.Match[str], ctx: Context) -> Found | None:
    return Found(m.start(), m.end(), "DATE", "PAST_REF", "unknown", kind="ref")


def read_clock(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("word"):
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group("word").lower()]
    elif m.group("hhmm"):
        clock = f"{m.group('hhmm')[:2]}:{m.group('hhmm')[2:]}"
    else:
        hour = int(m.group("h") or m.group("h24"))
        minute = int(m.group("m") or m.group("m24") or 0)
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    if ctx.reference is None:
        return Found(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{clock}", "time", kind="clock")
    return Found(m.start(), m.end(), "TIME", f"{ctx.reference.isoformat()}T{clock}", "time", ctx.reference,
                 ctx.reference, "relative", "clock")


def read_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    if not capitalised(m.group("name")):
        return None
    kind, rule = holiday_table()[name]

    def on(y: int) -> date:
        if kind == "fixed":
            return date(y, rule[0], rule[1])
        if kind == "nth":
            return cal.nth_weekday(y, rule[0], rule[1], rule[2])
        return cal.easter(y) + timedelta(days=int(rule))

    if m.group("year"):
        return from_period(m, cal.day(on(int(m.group("year")))), "explicit", "day")
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-XX-XX", "day", kind="day")
    rel = (m.group("rel") or "").lower()
    when = on(ref.year)
    if rel == "last" or (not rel and ctx.direction(m.start()) <= 0 and when > ref + timedelta(days=31)):
        when = on(ref.year - 1) if when >= ref else when
    elif rel == "next" and when <= ref:
        when = on(ref.year + 1)
    return from_period(m, cal.day(when), "relative", "day")


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
        (rf"\b(?P<month>{month})\s+{day}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?\b(?![,.]?\d)", read_month_day),
        (rf"\b{day}(?:\s+of)?\s+(?P<month>{month})\b", read_month_day),
        (rf"\b{MOD}(?P<month>{month}),?\s+(?:of\s+)?(?P<year>{YEAR})\b(?!\d)", read_month_year),
        (rf"\b(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", read_iso),
        (r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d{2})\b", read_numeric),
        (rf"\b{MOD}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<month>{month})\b", read_month),
        (rf"\b{MOD}(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?)\s+)?(?P<year>{YEAR})"
         rf"(?:\s*[-–]\s*(?P<year2>{YEAR}|\d{{2}})(?!\d))?\b(?![-/]\d)", read_year),
        (rf"\b{the_mod}(?:(?P<digits>1\d\d0|20\d0)'?s|'(?P<short>\d)0s|(?P<word>{w['decade_words']}))\b", read_decade),
        (rf"\b{the_mod}(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{w['ordinal_words']}))[\s-]+century\b", read_century),
        (rf"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{weekday})"
         rf"(?:\s+(?P<part>{w['part']}))?\b", read_weekday),
        (r"\b(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
         rf"today|tonight|yesterday|tomorrow|last\s+night|this)(?:\s+(?P<part>{w['part']}))?\b", read_day_word),
        (rf"\b(?:(?P<the>the)\s+)?{MOD}(?P<rel>last|next|this|coming|past|previous|current|latest|same)\s+"
         r"(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year)\b", read_relative_unit),
        (rf"\b{the_mod}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<season>{w['season']})"
         rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b", read_season),
        (rf"\b(?:(?P<the>the)\s+)?(?:(?P<rel>last\s+year's|next\s+year's|this\s+year's|current|latest|same)\s+|"
         rf"(?P<y1>{YEAR})\s+)?(?:fiscal\s+)?(?P<ord>{w['ordinal']}|final)[\s-]+(?:fiscal\s+)?"
         rf"(?P<what>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<y2>{YEAR})|,?\s+(?P<y3>{YEAR}))?\b", read_quarter),
        (r"\bthe\s+(?:(?P<ago>year-ago|year-earlier|year\s+ago|year\s+earlier)\s+(?:quarter|period)|quarter)\b",
         read_reporting_quarter),
        (r"\bthe\s+weekend\b", read_weekend),
        (r"\b(?:(?:earlier|later)\s+)?(?P<which>that|the\s+following|the\s+previous|the\s+preceding)\s+"
         r"(?P<unit>day|week|month|year)\b", read_anaphoric),
        (r"\b(?:the\s+)?(?:year-earlier|year-ago)\b", read_year_earlier),
        (r"\b(?:the\s+year\s+)?(?:(?P<century>eighteen|nineteen|twenty)\s+(?P<rest>hundred|(?:ten|eleven|twelve|"
         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
         r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand"
         r"(?:\s+(?:and\s+)?(?P<after>one|two|three|four|five|six|seven|eight|nine|ten))?)\b", read_spoken_year),
        (rf"\b(?:(?P<num>{number}|a\s+few|several|some|many)[\s-]+)?(?P<unit>{UNIT_WORDS})\s+"
         r"(?P<dir>ago|earlier|later|from\s+now|hence)\b", read_ago),
        (rf"\b(?:the\s+(?:(?:first|last|past|next|final|coming|previous|following)\s+)?)?"
         rf"(?P<num>{number}|{w['vague']})[\s-]+(?P<unit>{UNIT_WORDS})\b", read_duration),
        (r"\b(?P<unit>years|decades|months|weeks|days|hours|centuries)\b", read_bare_duration),
        (rf"\b(?:every|each)\s+(?:(?P<num>other|{number})\s+)?(?P<what>{UNIT_WORDS}|{weekday}|{month}|"
         rf"{w['part']})\b", read_set),
        (rf"\b(?:once|twice|thrice|{number}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT_WORDS})\b",
         read_times_per),
        (rf"\b{w['freq']}\b", read_frequency),
        (rf"\b(?P<wd>{weekday})s\b", read_weekdays),
        (r"\b(?:recent|past)\s+(?:days|weeks|months|years|decades)\b", read_recent),
        (rf"\b{w['refs']}\b", read_reference),
        (r"\b(?:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<h24>[01]?\d|2[0-3]):"
         r"(?P<m24>[0-5]\d)\b(?!:?\d)|(?P<word>noon|midday|midnight)|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:GMT|UTC|"
         r"hrs\b|hours\b|local\s+time)))(?:\s+(?:[A-Z]{2,3}T|GMT|UTC|hrs|hours|local\s+time)\b)?", read_clock),
        (rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{w['holiday']})(?:\s+(?P<year>{YEAR}))?\b", read_holiday),
    ]
    return [(compile_(pattern), reader) for pattern, reader in table]


# --- joining pass ---------------------------------------------------------------------------

RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
ANCHOR_GAP = re.compile(r"^\s*(?:from|since|starting\s+in|beginning\s+in|starting|beginning|,\s*from)\s*$",
                        re.IGNORECASE)
CLOCK_GAP = re.compile(r"^\s*,?\s*(?:on|at)?\s*$", re.IGNORECASE)
SAME_DAY_GAP = re.compile(r"^\s*,?\s*$")
RANGE_KINDS = {"year", "month", "day", "decade", "century", "quarter", "season"}


ANAPHORIC_GRAINS = {"quarter": "quarter"}


def follow_antecedents(found: list[Found], text: str) -> None:
    """Expressions told from the story's own time take it from the dated expression before them.

    "later that year" and "the same month" take that expression's period; "four years later"
    counts from it; "a year earlier" (or "a year ago") after "the third quarter" is that quarter a
    year before, since results are compared quarter by quarter. Without a dated expression in the
    sentence or two before, they keep what the publication date gave them.
    """
    for number, item in enumerate(found):
        window = found[max(0, number - 4):number]
        if item.kind == "same" and item.unit:
            same_period(window, item)
            continue
        if item.kind != "shift" or not item.count or item.basis != "relative" or not item.unit:
            continue
        antecedent = latest_dated(window, item.start)
        if antecedent is None:
            continue
        grain = ANAPHORIC_GRAINS.get(antecedent.kind, item.unit) if item.unit == "year" else item.unit
        if item.grain_source == "ago" and (antecedent.kind != "quarter" or item.unit != "year"):
            continue  # "two years ago" counts from the day of writing
        try:
            period = cal.period_of(cal.shift(antecedent.first, item.unit, int(item.count)), grain)
        except (ValueError, OverflowError):
            continue
        item.value, item.precision, item.first, item.last = period.value, period.precision, period.first, period.last
        if item.grain_source == "earlier":
            item.basis = antecedent.basis


def latest_dated(window: list[Found], start: int) -> Found | None:
    """The last dated calendar expression before `start`, if it lies within a sentence or two."""
    for earlier in reversed(window):
        if start - earlier.end > 300:
            return None
        if earlier.first is not None and earlier.type == "DATE" and earlier.kind not in ("ref", "clock", "shift"):
            return earlier
    return None


def same_period(earlier: list[Found], item: Found) -> None:
    """"the same month": the month of the latest dated expression before it."""
    for antecedent in reversed(earlier):
        if antecedent.first is not None and antecedent.type == "DATE" and antecedent.start < item.start:
            try:
                period = cal.period_of(cal.shift(antecedent.first, item.unit or "", int(item.count or 0)), item.unit or "")
            except ValueError:
                return
            item.value, item.precision, item.first, item.last = period.value, period.precision, period.first, period.last
            item.basis = antecedent.basis
            return


def join(found: list[Found], text: str) -> list[Found]:
    """Join neighbours that make one expression: ranges, anchored durations, a clock and its day."""
    follow_antecedents(found, text)
    result: list[Found] = []
    for item in found:
        if result:
            prev = result[-1]
            gap = text[prev.end:item.start]
            merged = join_pair(prev, item, gap, text)
            if merged is not None:
                result[-1] = merged
                continue
        result.append(item)
    return result


def join_pair(a: Found, b: Found, gap: str, text: str) -> Found | None:
    if len(gap) > 25:
        return None
    if a.type == "DATE" and b.type == "DATE" and a.first and b.first and a.last and b.last and \
            a.kind in RANGE_KINDS and a.kind == b.kind and b.first > a.last and RANGE_GAP.match(gap):
        dash = gap.strip() in ("-", "–", "—")
        opened = RANGE_OPENER.search(text[max(0, a.start - 12):a.start])
        word = gap.strip().lower()
        if dash or (opened and (word == "and") == opened.group(0).lower().startswith("between")):
            period = cal.span(cal.Period(a.value, a.precision, a.first, a.last),
                              cal.Period(b.value, b.precision, b.first, b.last))
            basis = "explicit" if "explicit" in (a.basis, b.basis) else a.basis
            return Found(a.start, b.end, "DATE", period.value, "range", period.first, period.last, basis, "range")
    if a.kind == "duration" and a.count and a.unit and b.first and b.type == "DATE" and ANCHOR_GAP.match(gap) and \
            a.unit in ("day", "week", "month", "year", "decade", "century"):
        try:
            last = cal.shift(b.first, a.unit, int(a.count)) - timedelta(days=1)
        except (ValueError, OverflowError):
            return None
        return Found(a.start, b.end, "DURATION", a.value, "range", b.first, last, b.basis, "anchored",
                     a.count, a.unit)
    if a.kind == "clock" and b.kind != "clock" and b.first and b.precision == "day" and CLOCK_GAP.match(gap):
        return clock_on_day(a, b, a.start, b.end)
    if b.kind == "clock" and a.kind != "clock" and a.first and a.precision == "day" and CLOCK_GAP.match(gap):
        return clock_on_day(b, a, a.start, b.end)
    if a.kind in ("day", "weekday") and b.kind == "day" and a.type == b.type == "DATE" and SAME_DAY_GAP.match(gap) \
            and text[a.start:a.end].strip().lower() in lexicon()["weekdays"]:
        return replace(b, start=a.start)  # "Friday, Sept. 17": the date says which Friday
    return None


def clock_on_day(clock: Found, day_: Found, start: int, end: int) -> Found:
    value = day_.value.split("T")[0] + "T" + clock.value.split("T")[1]
    return Found(start, end, "TIME", value, "time", day_.first, day_.last, day_.basis, "time")


# --- entry point ----------------------------------------------------------------------------


def find(text: str, reference: date | None, reference_year: int | None = None,
         direction: Direction | None = None) -> list[Found]:
    """All time expressions in the text, leftmost-longest, joined, in text order."""
    ctx = Context(text, reference, reference_year if reference is None else reference.year,
                  direction or text_direction(text))
    candidates: list[Found] = []
    for pattern, reader in patterns():
        for match in pattern.finditer(text):
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
    return join(chosen, text)


@lru_cache(maxsize=1)
def future_cue_pattern() -> re.Pattern[str]:
    return compile_(rf"(?<![\w']){alternation(lexicon()['future_cues'])}(?![\w'])")


def text_direction(text: str) -> Direction:
    """Without a parse: an expression lies ahead when its clause has a future cue before it."""
    cue = future_cue_pattern()

    def direction(start: int) -> int:
        window = text[max(0, start - 80):start]
        clause = re.split(r"[.;!?\n]|\bbut\b|\bafter\b", window)[-1]
        return 2 if cue.search(clause) else 0

    return direction
