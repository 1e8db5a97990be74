"""The pass after reading: story-time expressions take their date from the one before them, and
neighbours that make one expression are joined (ranges, anchored durations, a clock and its day).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from detente.rules import rule_pattern
from detente.time import calendar as cal
from detente.time.found import Found
from detente.time.lexicon import lexicon

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
        if item.kind == "same" and item.grain_source == "story_part":
            # "earlier in the day", "later in the evening": the day the story is at, named in its sentence or the one
            # before, or else the day its lead tells (rule time.in_the_day_part); never a year or month named nearer
            antecedent = latest_day(window, item.start, text) or lead_day(found, item.start, text)
            if antecedent is not None:
                same_period([antecedent], item)
            continue
        if item.kind == "same" and item.grain_source == "part":
            # "the next morning", "later that night": told from a day named near it, never from "now"
            antecedent = latest_dated(window, item.start)
            if antecedent is not None:
                same_period([antecedent], item)
            continue
        if item.kind == "same" and item.unit:
            same_period(window, item)
            continue
        if item.kind == "story_year":
            antecedent = latest_dated(window, item.start)
            if antecedent is not None and antecedent.first is not None:
                period = cal.year(antecedent.first.year)
                item.value, item.precision, item.first, item.last = (period.value, period.precision, period.first,
                                                                     period.last)
            continue
        if item.kind == "weekday" and item.grain_source == "story" and item.count:
            antecedent = latest_dated(window, item.start, reach=REACH)
            if antecedent is not None and antecedent.first is not None and antecedent.precision == "day":
                weekday, ahead = int(abs(item.count)), item.count > 0
                if ahead:
                    day_ = antecedent.first + timedelta(days=(weekday - antecedent.first.isoweekday()) % 7 or 7)
                else:
                    day_ = antecedent.first - timedelta(days=(antecedent.first.isoweekday() - weekday) % 7 or 7)
                item.value, item.first, item.last = day_.isoformat(), day_, day_
            continue
        if item.kind == "year_period":
            quarter_of_year(found[max(0, number - QUARTER_REACH):number], item)
            continue
        if item.kind != "shift" or not item.count or item.basis != "relative" or not item.unit:
            continue
        antecedent = None
        if item.unit == "year" and abs(item.count) == 1:
            antecedent = reported_quarter(found[max(0, number - QUARTER_REACH):number], item)
            if antecedent is not None and antecedent.type == "DURATION":
                continue  # "for the nine months ... a year earlier": the same months, in the year before
            if antecedent is not None and (antecedent.kind == "shift" or antecedent.count == item.count):
                item.value, item.precision, item.first, item.last = (antecedent.value, antecedent.precision,
                                                                     antecedent.first, antecedent.last)
                continue
        antecedent = antecedent or latest_dated(window, item.start)
        if antecedent is None and item.grain_source == "earlier":
            antecedent = latest_dated(found[max(0, number - 8):number], item.start, reach=REACH)
        if antecedent is None:
            continue
        grain = ANAPHORIC_GRAINS.get(antecedent.kind, item.unit) if item.unit == "year" else item.unit
        if item.grain_source == "ago" and (antecedent.kind != "quarter" or item.unit != "year"):
            continue  # "two years ago" counts from the day of writing
        try:
            period = cal.period_of(cal.shift(antecedent.first, item.unit, int(item.count)), grain)
        except (ValueError, OverflowError):
            continue
        if item.type == "DURATION":  # "three days later": the length stays the value, the day is for dating
            item.first, item.last = period.first, period.last
        else:
            item.value, item.precision, item.first, item.last = (period.value, period.precision, period.first,
                                                                 period.last)
        if item.grain_source == "earlier":
            item.basis = antecedent.basis


REACH = 1500  # how far back "a year later" looks for the time it counts from, when no date is near


def latest_dated(window: list[Found], start: int, reach: int = 300) -> Found | None:
    """The last dated calendar expression before `start`, if it lies within a sentence or two (`reach`)."""
    for earlier in reversed(window):
        if start - earlier.end > reach:
            return None
        if earlier.first is not None and earlier.type == "DATE" and earlier.kind not in ("ref", "clock", "shift"):
            return earlier
    return None


SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")  # a full stop and the space after it: a sentence ends


def _names_a_day(item: Found, text: str) -> bool:
    """An expression of one calendar day in the writer's own words (not a speaker's "tonight" in a quote)."""
    from detente.time.discourse import _quoted_at  # (discourse reads the parse; joining is read before it)

    return item.first is not None and item.type == "DATE" and item.precision == "day" and \
        item.kind not in ("ref", "clock", "shift", "same") and not _quoted_at(text, item.start)


def latest_day(window: list[Found], start: int, text: str) -> Found | None:
    """The day the story is at: of the days named in the writer's words in the sentence of `start` before it or,
    with none there, in the sentence just before, the latest, since a story steps back from its day to name earlier
    ones ("was held in connection with the killings of Wednesday, an officer told reporters on Sunday"; "said
    Tuesday it asked for them in a letter Friday"); a year or month named there says no day and is passed over."""
    found: Found | None = None
    for earlier in reversed(window):
        back = len(SENTENCE_END.findall(text, earlier.end, start))
        if back > 1 or (found is not None and SENTENCE_END.search(text, earlier.end, found.start)):
            break  # two sentences back, or a sentence before the one a day was found in
        if _names_a_day(earlier, text) and (found is None or (earlier.first or date.min) > (found.first or date.min)):
            found = earlier
    return found


LEAD_REACH = 400  # how far from the start of the text the lead's day may be named


def lead_day(found: list[Found], start: int, text: str) -> Found | None:
    """The day the story's lead names (the first day named in the writer's words in its first sentence or two):
    the story's own day, which "earlier in the day" told later, with no day near it, goes back to."""
    for item in found:
        if item.start >= min(start, LEAD_REACH):
            return None
        if _names_a_day(item, text):
            return item
    return None


QUARTER_REACH = 8  # expressions looked back over for the quarter a results story reports on
PERIOD_UNITS = {"month", "quarter", "year"}


def reported_quarter(window: list[Found], item: Found) -> Found | None:
    """The quarter a results story is about, for "a year earlier" a paragraph or two after it names it.

    Company results compare a quarter with the same quarter a year before, so a year-earlier figure
    refers to the last quarter named, however far back, unless a dated expression of another grain or
    a stretch of months ("the nine months") comes between them and becomes the period compared. A day
    between them is passed over: it is mostly the quarter's closing day ("the quarter ended Sept. 30").
    An earlier "a year ago" already read as a quarter is that same comparison quarter and is returned as is;
    so is the stretch of months that comes between, for the caller to keep the year.
    """
    for earlier in reversed(window):
        if earlier.kind == "day" and earlier.precision == "day":
            continue
        if earlier.kind == "quarter" and earlier.first is not None and earlier.type == "DATE":
            return earlier
        if earlier.kind == "shift" and earlier.unit == "year" and earlier.count == item.count:
            return earlier if "-Q" in earlier.value else None
        if earlier.type == "DURATION" and earlier.unit in PERIOD_UNITS and earlier.count is not None:
            return earlier
        if earlier.type == "DATE" and earlier.first is not None and earlier.kind not in ("ref", "clock", "shift"):
            return None
    return None


def quarter_of_year(window: list[Found], item: Found) -> None:
    """"the 1988 period" after "the third quarter": that quarter of 1988."""
    for earlier in reversed(window):
        if earlier.kind == "quarter" and earlier.first is not None and "-Q" in earlier.value and item.count:
            period = cal.quarter(int(item.count), (earlier.first.month - 1) // 3 + 1)
            item.value, item.precision, item.first, item.last = period.value, period.precision, period.first, period.last
            return


UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def same_period(earlier: list[Found], item: Found) -> None:
    """"the same month": the month of the latest dated expression before it."""
    for antecedent in reversed(earlier):
        if antecedent.first is not None and (antecedent.type == "DATE" or antecedent.kind == "shift") and \
                antecedent.start < item.start:
            length = (antecedent.last - antecedent.first).days if antecedent.last is not None else 0
            if length >= UNIT_DAYS.get(item.unit or "", 366):
                return  # "in 1987 ... trades made that day": a year does not say which day
            try:
                period = cal.period_of(cal.shift(antecedent.first, item.unit or "", int(item.count or 0)), item.unit or "")
            except ValueError:
                return
            item.value, item.precision, item.first, item.last = period.value, period.precision, period.first, period.last
            item.basis = antecedent.basis
            return


RANGE_GAP = re.compile(r"^\s*(?:-|–|—)\s*$")
ANCHOR_GAP = rule_pattern("detente.time", "data/words.yaml", "anchor_gap")  # data/words.yaml
CLOCK_GAP = re.compile(r"^\s*,?\s*(?:on|at)?\s*$", re.IGNORECASE)
SAME_DAY_GAP = re.compile(r"^\s*,?\s*$")
RANGE_KINDS = {"year", "month", "day", "decade", "century", "quarter", "season"}


WORDED_RANGE = rule_pattern("detente.time", "data/words.yaml", "worded_range")  # data/words.yaml
WORDED_OPENER = rule_pattern("detente.time", "data/words.yaml", "worded_range_opener")


def order_ranges(found: list[Found], text: str) -> None:
    """A month or day whose year was only guessed, opening a worded range, takes the year of the range's
    end when the text names it ("from March to June 2019"), and starts before that end ("between January 1
    and September 26" written in September is this January, not next)."""
    for a, b in zip(found, found[1:], strict=False):
        if a.basis != "relative" or a.kind not in ("day", "month") or a.first is None or b.first is None or \
                not WORDED_RANGE.match(text[a.end:b.start]) or \
                not WORDED_OPENER.search(text[max(0, a.start - 12):a.start]):
            continue
        year = b.first.year if b.basis == "explicit" else a.first.year
        if year == a.first.year and a.first <= b.first:
            continue
        try:
            moved = in_year_of(a, year)
            if moved.first is not None and moved.first > b.first:
                moved = in_year_of(a, year - 1)
        except ValueError:
            continue
        a.value, a.first, a.last = moved.value, moved.first, moved.last


def in_year_of(item: Found, year: int) -> cal.Period:
    """The same month (or day) as `item`, in another year."""
    assert item.first is not None
    if item.kind == "month":
        return cal.month(year, item.first.month)
    return cal.day(item.first.replace(year=year))


BRACKET_OPEN = re.compile(r"^\s*[(\[]\s*$")
BRACKET_CLOSE = re.compile(r"^\s*[)\]]\s*,?\s*(?:on\s+)?$", re.IGNORECASE)


def date_bracketed_clocks(found: list[Found], text: str) -> None:
    """"at 10:35 a.m. (0735 GMT) Friday": both clock times are on the day after the brackets (kept as three
    expressions, as TimeML marks them)."""
    for a, b, c in zip(found, found[1:], found[2:], strict=False):
        if a.kind == b.kind == "clock" and c.kind != "clock" and c.type == "DATE" and c.first and \
                c.precision == "day" and BRACKET_OPEN.match(text[a.end:b.start]) and \
                BRACKET_CLOSE.match(text[b.end:c.start]):
            for clock in (a, b):
                clock.value = c.value.split("T")[0] + "T" + clock.value.split("T")[1]
                clock.first, clock.last, clock.basis = c.first, c.last, c.basis


APPROXIMATE_CLOCK_GAP = rule_pattern("detente.time", "data/words.yaml", "approximate_clock_gap")  # data/words.yaml
CLOCK_AFTER_ITS_DAY = rule_pattern("detente.time", "data/words.yaml", "clock_after_its_day")  # data/words.yaml


def approximate_clocks(found: list[Found], text: str) -> None:
    """"Sept. 12, about 5:15 a.m.", "the following day, at around 6 a.m.": a clock told as about a time right after a
    day is on that day (kept as two expressions, as TimeML marks them); after a day nothing dates ("the following
    day" with no day to count from) its day is unknown as well, not the day of writing (rule
    time.words.approximate_clock_gap); so is a clock after a day with a preposition of its own ("on Sunday from 3.30
    p.m.", rule time.words.clock_after_its_day)."""
    for a, b in zip(found, found[1:], strict=False):
        if b.kind != "clock" or a.kind == "clock" or a.type != "DATE" or "T" not in b.value or \
                not (APPROXIMATE_CLOCK_GAP.match(text[a.end:b.start]) or CLOCK_AFTER_ITS_DAY.match(text[a.end:b.start])):
            continue
        clock = b.value.split("T", 1)[1]
        if a.first is not None and a.precision == "day":
            b.value, b.first, b.last, b.basis = a.value.split("T")[0] + "T" + clock, a.first, a.last, a.basis
        elif a.first is None and a.value.startswith("XXXX"):
            b.value, b.precision, b.first, b.last = "XXXX-XX-XXT" + clock, "unknown", None, None


WEEK_OF = rule_pattern("detente.time", "data/words.yaml", "week_of")  # data/words.yaml


DAY_BEFORE = rule_pattern("detente.time", "data/words.yaml", "day_before")  # data/words.yaml


def told_from_a_day(found: list[Found], text: str) -> None:
    """"the week of March 6" is that day's week (TimeML 2000-W10); "the day before last Tuesday" the day
    before that Tuesday."""
    for item in found:
        if item.kind not in ("day", "weekday") or item.type != "DATE" or item.first is None or \
                item.precision != "day":
            continue
        before = WEEK_OF.search(text, max(0, item.start - 20), item.start)
        if before is not None and item.kind == "day":
            period = cal.week(item.first)
            item.start, item.kind = before.start(), "week"
        elif (before := DAY_BEFORE.search(text, max(0, item.start - 20), item.start)) is not None:
            period = cal.day(item.first + timedelta(days=1 if before.group("side").lower() == "after" else -1))
            item.start = before.start()
        else:
            continue
        item.value, item.precision, item.first, item.last = period.value, period.precision, period.first, period.last


SECOND_DAY = re.compile(r"\s+(?:and|or|to|through|until)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.:]?\d|\s*%)"
                        r"(?!\s+(?:[a-z]+s|per|percent|a\.m|p\.m|am|pm)\b)")


def second_days(found: list[Found], text: str) -> list[Found]:
    """"on April 24 and 25": the bare number is a day of the same month, its own expression in TimeML."""
    added: list[Found] = []
    for number, item in enumerate(found):
        if item.kind != "day" or item.first is None or item.precision != "day" or not item.value[:4].isdigit():
            continue
        match = SECOND_DAY.match(text, item.end)
        if match is None or (number + 1 < len(found) and found[number + 1].start < match.end()):
            continue
        try:
            second = item.first.replace(day=int(match.group("day")))
        except ValueError:
            continue
        if second <= item.first:
            continue
        period = cal.day(second)
        added.append(Found(match.start("day"), match.end("day"), "DATE", period.value, "day", period.first,
                           period.last, item.basis, "day"))
    return sorted(found + added, key=lambda f: f.start) if added else found


def join(found: list[Found], text: str) -> list[Found]:
    """Join neighbours that make one expression: ranges, anchored durations, a clock and its day."""
    found = second_days(found, text)
    follow_antecedents(found, text)
    # a part of a day with no day named near it to count from ("the next morning" far from any date) is left out: it
    # names no time the text gives (rules time.anaphoric_day_part, time.in_the_day_part)
    found = [item for item in found if item.grain_source not in ("part", "story_part") or item.first is not None]
    order_ranges(found, text)
    date_bracketed_clocks(found, text)
    approximate_clocks(found, text)
    told_from_a_day(found, text)
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


MONTH_OF_YEAR_GAP = re.compile(r"^\s*(?:of\s+)?$", re.IGNORECASE)


def in_year(a: Found, b: Found) -> Found | None:
    """"June last year", "January this year", "the winter of nineteen ninety-four": a month, day or
    season placed in the year the next expression names."""
    if a.kind not in ("month", "day", "season", "quarter", "half") or b.kind != "year" or b.first is None or \
            b.precision != "year" or a.basis == "explicit":
        return None
    year, rest = b.first.year, a.value[5:]
    try:
        if a.kind == "season":
            period = cal.season(year, rest)
        elif a.kind in ("quarter", "half") and re.fullmatch(r"[QH][1-4]", rest):
            period = (cal.quarter if rest[0] == "Q" else cal.half)(year, int(rest[1]))
        elif a.kind == "month":
            period = cal.month(year, int(rest))
        else:
            period = cal.day(date(year, int(rest[:2]), int(rest[3:5])))
    except (ValueError, KeyError):
        return None
    basis = "explicit" if b.basis == "explicit" else "relative"
    return Found(a.start, b.end, "DATE", period.value, period.precision, period.first, period.last, basis, a.kind)


def join_pair(a: Found, b: Found, gap: str, text: str) -> Found | None:
    if len(gap) > 25:
        return None
    if MONTH_OF_YEAR_GAP.match(gap) and (joined := in_year(a, b)) is not None:
        return joined
    if a.type == "DATE" and b.type == "DATE" and a.first and b.first and a.last and b.last and \
            a.kind in RANGE_KINDS and a.kind == b.kind and b.first > a.last and RANGE_GAP.match(gap):
        # Only "1904-1905" is one expression; TimeML marks "from 1985 to 1987" and "between 2002 and 2004"
        # as two, and event dating spans them (dating.coordinated_extent).
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
    if a.kind == "quarter" and b.kind == "shift" and b.unit == "year" and b.count == -1 and \
            SAME_DAY_GAP.match(gap) and "-Q" in b.value:
        return replace(b, start=a.start, kind="quarter")  # "the quarter a year ago": that quarter, a year back
    if a.kind in ("day", "weekday") and b.kind == "day" and a.type == b.type == "DATE" and SAME_DAY_GAP.match(gap) \
            and text[a.start:a.end].strip().lower() in lexicon()["weekdays"]:
        return replace(b, start=a.start)  # "Friday, Sept. 17": the date says which Friday
    return None


def clock_on_day(clock: Found, day_: Found, start: int, end: int) -> Found:
    value = day_.value.split("T")[0] + "T" + clock.value.split("T")[1]
    return Found(start, end, "TIME", value, "time", day_.first, day_.last, day_.basis, "time")
