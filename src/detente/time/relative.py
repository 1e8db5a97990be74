"""Readers for times told from the publication date or the story: "Friday", "last week", "two days ago",
"the third quarter", "now", "2 p.m.". Without a publication date they keep X placeholders and no day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from detente.rules import rule_pattern, rule_words
from detente.time import calendar as cal
from detente.time.found import (
    Context,
    Found,
    duration_value,
    from_period,
    names_a_title,
    previous_word,
    unit_name,
    words,
)
from detente.time.lexicon import holiday_table, lexicon, number_value


def weekday_date(ctx: Context, weekday: int, rel: str, start: int) -> date | None:
    ref = ctx.reference
    if ref is None:
        return None
    delta = weekday - ref.isoweekday()
    if rel in ("next", "coming", "following"):
        return ref + timedelta(days=delta % 7 or 7)
    if rel in ("last", "past", "previous", "preceding"):
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


NAMED_DAY_WORDS = rule_words("detente.time", "data/words.yaml", "named_day_words")  # data/words.yaml


def read_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = int(lexicon()["weekdays"][m.group("wd").lower()])
    rel = (m.group("rel") or "").lower()
    if m.group("part") and names_a_title(ctx.text, m.start(), m.end()):
        return None  # "Saturday Night Live"
    before = re.search(r"([A-Za-z.']+)\s+$", ctx.text[max(0, m.start() - 20):m.start()])
    if not rel and before and (f"{before.group(1).lower()} {m.group('wd').lower()}" in holiday_table() or (
            before.group(1)[:1].isupper() and before.group(1).lower() in NAMED_DAY_WORDS)):
        # "the Good Friday agreement": the feast's name (read_holiday); "won on Super Tuesday", "Bloody Sunday": a
        # named day of its own year, never the weekday of this week
        return None
    when = weekday_date(ctx, weekday, rel, m.start())
    if when is None:
        found = Found(m.start(), m.end(), "DATE", f"XXXX-WXX-{weekday}", "day", kind="day")
    else:
        found = from_period(m, cal.day(when), "relative", "day")
        found.kind = "weekday"
        if rel in ("previous", "preceding", "following"):  # told from the story's day (follow_antecedents)
            found.grain_source, found.count = "story", float(weekday) if rel == "following" else -float(weekday)
    marked = with_part(found, m.group("part"))
    return replace(marked, type="DATE")  # news annotation keeps "Friday night" a DATE, unlike "this morning"


DAY_WORDS: dict[str, int] = lexicon()["day_offsets"]  # data/lexicon.yaml


def read_day_word(m: re.Match[str], ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    part = m.group("part")
    if word == "last night":
        part = part or "night"
    if word == "this" and not part or names_a_title(ctx.text, m.start(), m.end()):
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
    if names_a_title(ctx.text, m.start(), m.end()):
        return None
    if m.group("the") and rel in ("last", "past", "next", "coming") and not m.group("mod"):
        count = 2.0 if unit == "weekend" else 1.0  # "the past year" is a stretch of time, "last year" a date
        code_unit = "day" if unit == "weekend" else unit
        return Found(m.start(), m.end(), "DURATION", duration_value(count, code_unit), "unknown", kind="duration",
                     count=count, unit=code_unit)
    if rel == "same":  # "the same year" is the year of the story, found by follow_antecedents
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind="same", unit=unit)
    steps = {"last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "quarter" and rel in ("latest", "last", "past", "previous") and ctx.reference:
        steps = -1
    period = relative_period(ctx, unit, steps)
    if period is None:
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind=unit)
    half = re.search(r"(first|second|last)\s+half", m.group("mod") or "", re.IGNORECASE)
    if half and unit == "year" and period.first is not None:  # "the second half of last year": 2023-H2
        return from_period(m, cal.half(period.first.year, 1 if half.group(1).lower() == "first" else 2), "relative",
                           "half")
    found = from_period(m, period, "relative", unit)
    return within_this_period(found, m, rel, ctx.reference)


def within_this_period(found: Found, m: re.Match[str], rel: str, reference: date | None) -> Found:
    """"earlier this month" lies between the month's start and the day of writing, "later this week" between that
    day and the week's end: the value stays the period (TimeML), the days it covers stop or start at the reference
    day, since the words place the time before or after it. Rule time.words.earlier_this."""
    mod = (m.group("mod") or "").lower()
    if rel != "this" or reference is None or found.first is None or found.last is None or \
            not found.first <= reference <= found.last or not EARLIER_LATER.match(mod):
        return found
    if mod == "earlier":
        found.last = reference
    else:
        found.first = reference
    return found


def read_season(m: re.Match[str], ctx: Context) -> Found | None:
    code = lexicon()["seasons"][m.group("season").lower()]
    rel = re.sub(r"this\s+past", "past", (m.group("rel") or "").lower())  # "this past summer"
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
    if rel.startswith("last year") or (rel in ("", "year-ago", "year-earlier") and number > current):
        y -= 1  # a quarter not yet begun is last year's: results are reported after it ends
    if rel.startswith("year-"):
        y -= 1  # "the year-ago third quarter": the one a year before the quarter reported on
    if rel.startswith("next year"):
        y += 1
    found = from_period(m, build(y, number), "relative", "half" if is_half else "quarter")
    if rel.startswith("year-"):
        found.count, found.unit = -1, "year"  # already the comparison quarter, as in read_reporting_quarter
    return found


QUARTER_COMPOUND = rule_pattern("detente.time", "data/words.yaml", "quarter_compound")  # data/words.yaml


def read_reporting_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """"the quarter" in a results story is the last finished one; "the year-ago quarter" a year before. "the
    quarter-century-old brigade" names no quarter (rule time.words.quarter_compound)."""
    if QUARTER_COMPOUND.match(ctx.text, m.end()):
        return None
    ref = ctx.reference
    if ref is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-QX", "unknown", kind="quarter")
    last_quarter = cal.shift(ref, "quarter", -1)
    if m.group("ago"):
        last_quarter = cal.shift(last_quarter, "year", -1)
    found = from_period(m, cal.period_of(last_quarter, "quarter"), "relative", "quarter")
    if m.group("ago"):
        found.count, found.unit = -1, "year"  # already the comparison quarter: a later "year-ago" is this one
    return found


YEAR_SPAN_AFTER = rule_pattern("detente.time", "data/words.yaml", "year_span_after")  # data/words.yaml
TIME_NOUNS_BEFORE_OF = rule_words("detente.time", "data/words.yaml", "time_nouns_before_of")  # data/words.yaml


def read_the_year(m: re.Match[str], ctx: Context) -> Found | None:
    """"for the year", "earlier in the year": the year the story is about (the one of the dated expression
    before it, else the publication year); "for the full year", "in the fiscal year": the publication's. "the year ended June 30" and "the year
    since" count a year's length (P1Y), as does "the whole year"."""
    whole = (m.group("whole") or "").lower()
    before = previous_word(ctx.text, m.start())
    if not m.group("edge"):
        if before == "of":
            owner = re.search(r"([A-Za-z]+)\s+of\s*$", ctx.text[max(0, m.start() - 30):m.start()])
            if owner is None or owner.group(1).lower() not in TIME_NOUNS_BEFORE_OF:
                return None  # "the deal of the year", "person of the year": a title, not a time
        elif before not in ("for", "in", "during", "throughout", "through", "over", "into", "within", "until"):
            return None
    if whole in ("whole", "entire") or YEAR_SPAN_AFTER.match(ctx.text, m.end()):
        return Found(m.start(), m.end(), "DURATION", "P1Y", "unknown", kind="duration", count=1.0, unit="year")
    # "the full/fiscal year" is the reporting year of the publication date; a bare "the year" follows the story
    kind = "year" if whole in ("full", "fiscal", "calendar") else "story_year"
    period = relative_period(ctx, "year", 0)
    if period is None:
        return Found(m.start(), m.end(), "DATE", "XXXX", "unknown", kind=kind, unit="year")
    return from_period(m, period, "relative", kind)


def read_in_the_period(m: re.Match[str], ctx: Context) -> Found | None:
    """"earlier in the week", "late in the month": the week or month of the story (the dated expression
    before it, else the publication date's)."""
    unit = m.group("unit").lower()
    period = relative_period(ctx, unit, 0)
    if period is None:
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES[unit], "unknown", kind="same", unit=unit, count=0)
    found = from_period(m, period, "relative", "same")
    found.unit, found.count = unit, 0
    return found


def read_year_period(m: re.Match[str], ctx: Context) -> Found | None:
    """"the 1988 period", "the 1988 quarter": in a results story, the quarter reported on, in that year
    (follow_antecedents gives the quarter); without one, the year itself."""
    y = int(m.group("year"))
    if m.group("what").lower() == "quarter":
        return Found(m.start(), m.end(), "DATE", f"{y:04d}-QX", "unknown", kind="year_period", unit="quarter",
                     count=float(y))
    return Found(m.start(), m.end(), "DATE", f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31), "explicit",
                 "year_period", count=float(y))


def read_anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    """"that year", "the following month", "the next day": told from the story's own time, found by
    follow_antecedents."""
    unit = m.group("unit").lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m.group("which").lower().split()[-1], 0)
    return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES.get(unit, "XXXX"), "unknown", kind="same", unit=unit,
                 count=step)


def read_anaphoric_day_part(m: re.Match[str], ctx: Context) -> Found | None:
    """"the next morning", "later that night": a part of a day told from a day named in the sentence or two before
    it (follow_antecedents; rule time.anaphoric_day_part); the value is the day itself."""
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m.group("which").lower().split()[-1], 0)
    return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES["day"], "unknown", kind="same", unit="day", count=step,
                 grain_source="part")


def read_in_the_day_part(m: re.Match[str], ctx: Context) -> Found | None:
    """"earlier in the day", "later in the evening": a part of the story's own day, the latest day named in its sentence
    or the one before, or else the lead's (follow_antecedents; rule time.in_the_day_part); the value is the day itself."""
    return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES["day"], "unknown", kind="same", unit="day", count=0,
                 grain_source="story_part")


def read_period_edge(m: re.Match[str], ctx: Context) -> Found | None:
    """"by the end of the year", "at year-end": a point in the current year, month, week or decade (TimeML keeps
    the period as the value); "since year-end" looks back to the one before, "since the start of the year" not."""
    unit = "year" if m.group("year_end") else m.group("unit").lower()
    ending = bool(m.group("year_end")) or bool(re.search(r"\b(?:end|close)\b", m.group(0), re.IGNORECASE))
    # "since year-end" is the end of the last year; "since the start of the year" the start of this one
    steps = -1 if ending and previous_word(ctx.text, m.start()) == "since" else 0
    period = relative_period(ctx, unit, steps)
    if period is None:
        return Found(m.start(), m.end(), "DATE", UNKNOWN_VALUES[unit], "unknown", kind="edge")
    return from_period(m, period, "relative", "edge")


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


AT_LEAST_BACK = rule_pattern("detente.time", "data/words.yaml", "at_least_back")  # data/words.yaml
FEW_BACK = rule_pattern("detente.time", "data/words.yaml", "few_back")  # data/words.yaml
EARLIER_LATER = rule_pattern("detente.time", "data/words.yaml", "earlier_this")  # data/words.yaml
STORY_SPAN_UNITS = ("day", "week")  # "a year earlier" compares periods and stays a date


def read_ago(m: re.Match[str], ctx: Context) -> Found | None:
    """"two days ago", "a year earlier", "three weeks from now": a day, month or year back or ahead."""
    unit = unit_name(m.group("unit"))
    phrase = re.sub(r"\s+", " ", (m.group("num") or "").lower())
    count = lexicon()["phrase_counts"].get(phrase) or (number_value(phrase) if phrase else None)
    dir_word = re.sub(r"\s+", " ", m.group("dir").lower())
    direction = 1 if dir_word in ("later", "from now", "from today", "hence") else -1
    if unit not in ("day", "week", "month", "quarter", "year", "decade", "century"):
        return None
    story_span = dir_word in ("later", "earlier") and unit in STORY_SPAN_UNITS
    if story_span and count is None:
        # "a few days later": a stretch of unknown length after the story's time, as TimeBank marks it
        return Found(m.start(), m.end(), "DURATION", duration_value(None, unit), "unknown", kind="duration",
                     unit=unit)
    if count is None and direction < 0 and ctx.reference is not None and m.group("dir").lower() == "ago":
        # "decades ago", "a few years ago": at least two of those units before publication; "a few" or "several"
        # of them fewer than ten (no further back than nine), "many" or a bare plural with no start
        few = FEW_BACK.match(phrase)
        return Found(m.start(), m.end(), "DATE", "PAST_REF", "range",
                     cal.shift(ctx.reference, unit, -9) if few else None, cal.shift(ctx.reference, unit, -2),
                     "relative", "ref")
    if count is None or not float(count).is_integer() or ctx.reference is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Found(m.start(), m.end(), "DATE", value, "unknown", kind="ref")
    try:
        target = cal.shift(ctx.reference, unit, direction * int(count))
    except (ValueError, OverflowError):  # further back than the calendar goes ("a million years ago")
        return Found(m.start(), m.end(), "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "unknown", kind="ref")
    found = from_period(m, cal.period_of(target, unit), "relative", "shift")
    if direction < 0 and AT_LEAST_BACK.search(ctx.text[max(0, m.start() - 16):m.start()]):
        # "more than a year ago": any time up to the day that many units before writing, not to the end of its year
        found.first, found.last, found.precision = None, target, "range"
    found.count, found.unit = direction * count, unit
    found.grain_source = "ago" if dir_word in ("ago", "back", "from now", "from today", "hence") else "earlier"
    if story_span:  # "three days later" is a length (P3D) told from the story; its day is kept for dating
        found.type, found.value = "DURATION", duration_value(count, unit)
    return found


def read_year_earlier(m: re.Match[str], ctx: Context) -> Found | None:
    """"year-earlier" figures: the same period a year before (see follow_antecedents)."""
    period = relative_period(ctx, "year", -1)
    if period is None:
        return Found(m.start(), m.end(), "DATE", "XXXX", "unknown", kind="year")
    found = from_period(m, period, "relative", "shift")
    found.count, found.unit, found.grain_source = -1, "year", "ago"  # compares with the period reported on
    return found


def read_reference(m: re.Match[str], ctx: Context) -> Found | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    value = lexicon()["references"][phrase]
    if names_a_title(ctx.text, m.start(), m.end()):
        return None  # "the Liberty Now PAC"
    if phrase in ("the past", "the future") and re.match(rf"\s+(?:\d|{words()['number']}\b|few\b|several\b)",
                                                           ctx.text[m.end():m.end() + 20], re.IGNORECASE):
        return None  # "the past six elections" counts elections, it names no time
    if value.startswith("P") and not value.endswith("_REF"):
        return Found(m.start(), m.end(), "DURATION", value, "unknown", kind="duration")
    if value == "PRESENT_REF" and ctx.reference is not None:
        return Found(m.start(), m.end(), "DATE", value, "day", ctx.reference, ctx.reference, "relative", "ref")
    return Found(m.start(), m.end(), "DATE", value, "unknown", kind="ref")


def read_recent(m: re.Match[str], ctx: Context) -> Found | None:
    """"in recent years": a stretch of years of unknown length up to now (TimeML PXY)."""
    unit = unit_name(m.group(0).split()[-1])
    return Found(m.start(), m.end(), "DURATION", duration_value(None, unit), "unknown", kind="duration", unit=unit)


def read_clock(m: re.Match[str], ctx: Context) -> Found | None:
    groups = m.groupdict()  # time.clock_dotted ("2.15 pm") has the hour, minutes and am/pm alone
    if groups.get("word"):
        if previous_word(ctx.text, m.start()) == "high":
            return None  # "high noon" is the hour of a showdown, no time of day
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group("word").lower()]
    elif groups.get("hhmm"):
        clock = f"{m.group('hhmm')[:2]}:{m.group('hhmm')[2:]}"
    else:
        hour = int(m.group("h") or m.group("h24"))
        minute = int(m.group("m") or groups.get("m24") or 0)
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
