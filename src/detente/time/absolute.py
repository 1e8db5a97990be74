"""Readers for calendar names: dates, months, years, decades, centuries and holidays.

A name with its year ("September 17, 2002") is read as it stands; one without ("Sept. 17", "in
March", "Christmas Eve") takes the year the publication date and the verb's tense point to.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from detente.rules import rule_words
from detente.time import calendar as cal
from detente.time.found import (
    UNIT_WORDS,
    Context,
    Found,
    capitalised,
    from_period,
    month_name,
    month_number,
    next_word,
    pick_year,
    previous_word,
    safe_date,
)
from detente.time.lexicon import holiday_table, lexicon, number_value


def read_full_date(m: re.Match[str], ctx: Context) -> Found | None:
    if not month_name(m.group("month"), ctx.text) and not m.group("month").isupper():
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
    if not month_name(token, ctx.text):
        return None
    if token.lower() in ("may", "mar", "march") and int(m.group("day")) > 31:
        return None
    month, d = month_number(token), int(m.group("day"))
    if safe_date(2000, month, d) is None:  # no such day in any year (2000 was a leap year)
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    y = pick_year(ctx, month, d, m.start())
    if y is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{d:02d}", "day", kind="day")
    if rel and ctx.reference is not None:  # "last Oct. 23": the latest one before the day of writing
        y = ctx.reference.year
        day_this_year = safe_date(y, month, d) or safe_date(y, month, 28)
        assert day_this_year is not None
        if rel in ("last", "past") and day_this_year >= ctx.reference:
            y -= 1
        elif rel in ("next", "coming") and day_this_year <= ctx.reference:
            y += 1
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
    if not month_name(m.group("month"), ctx.text):
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


AMBIGUOUS_MONTHS = rule_words("detente.time", "data/words.yaml", "ambiguous_months")  # data/words.yaml
MONTH_CUES = rule_words("detente.time", "data/words.yaml", "month_cues")


MONTH_DETERMINERS = rule_words("detente.time", "data/words.yaml", "month_determiners")  # data/words.yaml
NAME_PREPOSITIONS = rule_words("detente.time", "data/words.yaml", "month_name_prepositions")
NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _month_before_its_noun(text: str, m: re.Match[str]) -> bool:
    """"a March meeting", "the May election": a capitalised "March" or "May" between a determiner and a noun in lower
    case is the month that noun happened in (neither a modal nor a verb stands there); not "the March for Jobs", "the
    March on Rome" (a name, followed by its preposition). Rule time.words.month_determiners."""
    if previous_word(text, m.start()) not in MONTH_DETERMINERS:
        return False
    after = NOUN_AFTER.match(text, m.end())
    return after is not None and after.group(1) not in NAME_PREPOSITIONS


def read_month(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("month")
    if not capitalised(token) or len(token.rstrip(".")) < 3:
        return None
    rel = (m.group("rel") or "").lower()
    if token.lower() in AMBIGUOUS_MONTHS and not rel and not m.group("mod") and \
            previous_word(ctx.text, m.start()) not in MONTH_CUES and not _month_before_its_noun(ctx.text, m):
        return None
    if len(token.rstrip(".")) <= 4 and token.lower() not in ("may", "june", "july") and not rel:
        return None  # a bare abbreviation ("Dec") is too often something else; "May" is a full name
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
        y = pick_year(ctx, month, None, m.start()) or ref.year
    return from_period(m, cal.month(y, month), "relative", "month")


TIME_PREPOSITIONS = rule_words("detente.time", "data/words.yaml", "time_prepositions")
HOLIDAY_THINGS = rule_words("detente.time", "data/words.yaml", "holiday_things")
HOLIDAY_SPANS = rule_words("detente.time", "data/words.yaml", "holiday_spans")
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def names_a_span(word: str) -> bool:
    """Whether the word after a feast's name is a stretch of time ("the Christmas holidays", "the Easter weekend",
    "the Thanksgiving morning"), so the feast's name is its time, not the name of a thing."""
    lex = lexicon()
    return word in HOLIDAY_SPANS or word.rstrip("s") in lex["units"] or word in lex["day_parts"]


def year_is_count(m: re.Match[str], ctx: Context) -> bool:
    """A four-digit number that counts or prices things ("2000 troops", "$1999") is no year."""
    before = ctx.text[max(0, m.start() - 2):m.start()]
    if "$" in before or "#" in before or "£" in before or "€" in before:
        return True
    following = next_word(ctx.text, m.end())
    if following in ("million", "billion", "trillion", "thousand"):
        return True
    if following in lexicon()["count_nouns"]:
        # "2000 troops" counts them; not across a comma ("by the end of 2014, troops ..."), nor after a
        # preposition of time ("By 2014 troops will leave"): edited news writes the count as "2,000"
        return not (re.match(r"\s*[,;:]", ctx.text[m.end():m.end() + 3]) or
                    previous_word(ctx.text, m.start()) in TIME_PREPOSITIONS)
    return bool(re.match(r"\s*(?:%|\.\d|,\d{3})", ctx.text[m.end():m.end() + 5]))


YEAR_CUES = rule_words("detente.time", "data/words.yaml", "year_cues")


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
    half = re.search(r"(first|second|last)\s+half", m.group("mod") or "", re.IGNORECASE)
    if half:  # TimeML names a year's halves: "the first half of 1989" is 1989-H1
        return from_period(m, cal.half(y, 1 if half.group(1).lower() == "first" else 2), "explicit", "half")
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


def read_spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Years said aloud in transcripts: "nineteen ninety-six", "the year two thousand"; not a count of
    years or of things ("two thousand years", "nineteen hundred troops")."""
    following = next_word(ctx.text, m.end())
    if re.fullmatch(UNIT_WORDS, following) or following in lexicon()["count_nouns"] or \
            following in ("hundred", "thousand", "million", "billion", "dollars", "euros", "pounds"):
        return None
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


def read_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    if not capitalised(m.group("name")):
        return None
    following = re.match(r"\s+([A-Z][a-z]+)", ctx.text[m.end():m.end() + 20])
    if following and following.group(1).lower() not in lexicon()["weekdays"] and \
            following.group(1).lower().rstrip(".") not in lexicon()["months"]:
        return None  # a name that starts with a feast: "Easter Island", "Christmas Island"
    thing = re.match(r"\s+([a-z]+)\b", ctx.text[m.end():m.end() + 20])
    if not m.group("year") and thing and thing.group(1) in HOLIDAY_THINGS:
        return None  # "Christmas trees from Oregon": things of the feast, no day
    if not m.group("year") and thing and THE_BEFORE.search(ctx.text[max(0, m.start() - 8):m.start()]) and \
            HOLIDAY_SPANS and not names_a_span(thing.group(1)):
        return None  # "signed the Good Friday agreement": one known thing the feast names, of a year not given
    kind, rule = holiday_table()[name]

    def on(y: int) -> date:
        if kind == "fixed":
            return date(y, rule[0], rule[1])
        if kind == "nth":
            return cal.nth_weekday(y, rule[0], rule[1], rule[2]) + timedelta(days=rule[3] if len(rule) > 3 else 0)
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
