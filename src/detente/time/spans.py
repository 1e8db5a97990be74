"""Readers for lengths of time and for recurring times: DURATION ("35 years") and SET ("every Monday")."""

from __future__ import annotations

import re

from detente.rules import rule_pattern, rule_words
from detente.time.found import (
    Context,
    Found,
    capitalised,
    duration_value,
    month_number,
    names_a_title,
    previous_word,
    unit_name,
    words,
)
from detente.time.lexicon import lexicon, number_value

FUNCTION_WORDS_IN_S = rule_words("detente.time", "data/words.yaml", "function_words_in_s")  # data/words.yaml


COUNT_BEFORE = rule_pattern("detente.time", "data/words.yaml", "count_before")


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
    if not (token.endswith("s") and token.isalpha() and token not in FUNCTION_WORDS_IN_S):
        return False
    # a plural is a counted thing ("700 seats a week", "dozens of raids a day") only with a count before it;
    # alone it is as often a verb ("the deal ends a decade of feuding")
    token_start = max(0, start - 25) + word.start()
    return bool(COUNT_BEFORE.search(text[max(0, token_start - 40):token_start]))


# "a quarter of the market", "three quarters of all votes": a share, not three months.
FRACTION_OF = rule_pattern("detente.time", "data/words.yaml", "fraction_of")  # data/words.yaml


def read_duration(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_name(m.group("unit"))
    if re.match(r"(?i)[\s-]+olds?\b|-(?:earlier|ago)\b|-to-", ctx.text[m.end():m.end() + 9]) or \
            (unit == "quarter" and ("-" in m.group(0) or FRACTION_OF.match(ctx.text, m.end()))):
        return None  # an age ("a 6-year-old"), a fraction ("three-quarters of", "a quarter of the market") or
        # "a year-earlier loss"
    if unit not in lexicon()["units"] or names_a_title(ctx.text, m.start(), m.end()):
        return None  # "on CBS's '60 Minutes'" names a show
    raw = m.group("num")
    phrase = re.sub(r"\s+", " ", raw.lower())
    if phrase in lexicon()["phrase_counts"]:
        count: float | None = float(lexicon()["phrase_counts"][phrase])
    elif phrase.startswith("half "):
        count = 0.5  # "half an hour"
    else:
        count = None if re.fullmatch(words()["vague"], raw, re.IGNORECASE) else number_value(raw)
        if count is None and not re.fullmatch(words()["vague"], raw, re.IGNORECASE):
            return None
    if phrase == "one" and unit == "day" and previous_word(ctx.text, m.start()) in MODALS:
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF", "unknown", kind="ref")  # "will one day be"
    if count is not None and (m.group("frac") or m.group("half")):
        count += 0.5  # "2 1/2 years", "a minute and a half"
    if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", raw) and previous_word(ctx.text, m.start()) in ("at", "by", "until"):
        return None  # "at 2300 hours" is a clock time
    if count is not None and count >= 1000 and not m.group("unit").lower().endswith("s"):
        return None  # "the 1988 quarter" names a year's quarter, it counts nothing
    if raw.lower() in ("a", "an") and m.group("unit").lower().endswith("s"):
        return None  # "an hours-long standoff": the article belongs to the noun, the length is vague
    if raw.lower() in ("a", "an") and (unit == "second" or quantity_before(ctx.text, m.start())):
        return None  # "a second round"; "$2 million a year" and "24 hours a day" are rates, not spans
    precision = "time" if lexicon()["units"][unit].get("time") else unit if unit in (
        "day", "month", "year", "decade", "century") else "unknown"
    return Found(m.start(), m.end(), "DURATION", duration_value(count, unit), precision, kind="duration",
                 count=count, unit=unit)


MODALS = rule_words("detente.time", "data/words.yaml", "modals")
SPAN_HEADS = rule_words("detente.time", "data/words.yaml", "span_heads")
# Before "months of talks" these make the plural a stretch of time: "after years of war".
SPAN_OF_HEADS = rule_words("detente.time", "data/words.yaml", "span_of_heads")


def read_bare_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """"for years", "over decades", "after months of talks", "the first time in years": a duration of
    unknown length."""
    before = previous_word(ctx.text, m.start())
    after = ctx.text[m.end():m.end() + 4].lower()
    if not (before in SPAN_HEADS or (before in SPAN_OF_HEADS and after.startswith(" of")) or
            (before == "in" and not after.startswith(" of") and not after[:1].isalpha() and not after.startswith(" "))):
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
    """"on Fridays": every Friday; "on weekends": every weekend."""
    if m.group("we"):
        return Found(m.start(), m.end(), "SET", "XXXX-WXX-WE", "unknown", kind="set")
    weekday = int(lexicon()["weekdays"][m.group("wd").lower()])
    return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}", "day", kind="set")


def read_times_per(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_name(m.group("unit"))
    if unit not in lexicon()["units"]:
        return None
    return Found(m.start(), m.end(), "SET", duration_value(1, unit), "unknown", kind="set")


def read_frequency(m: re.Match[str], ctx: Context) -> Found | None:
    """"daily", "annually"; a capitalised one after a capitalised word names a paper or a show ("Daily Mail",
    "Breitbart News Daily")."""
    if capitalised(m.group(0)) and re.search(r"[A-Z][\w.]*\s+$", ctx.text[max(0, m.start() - 30):m.start()]):
        return None
    return Found(m.start(), m.end(), "SET", lexicon()["frequencies"][m.group(0).lower()], "unknown", kind="set")
