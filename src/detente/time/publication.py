"""Infer a missing publication date from what the page and text say about themselves.

Evidence, best first: a date on a removed metadata line ("Published: 5 January 2024"), a dated
dateline at the top of the text ("TOKYO, Jan. 5 (Reuters) -"), then the latest explicit day in
the text; a copyright year bounds those and, alone, gives only the year. A news story names the days of its own
week by their weekday ("arrived on Friday") and older ones by their date ("a blast on January 3"), so a text
that names weekdays was written no earlier than the first such weekday after its latest explicit day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from detente.rules import rule_pattern
from detente.time.extract import Scan, find
from detente.time.lexicon import lexicon

COPYRIGHT = re.compile(r"(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?P<year>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<to>(?:19|20)\d{2}))?",
                       re.IGNORECASE)
METADATA = rule_pattern("detente.time", "data/words.yaml", "metadata")  # data/words.yaml
DATELINE_END = rule_pattern("detente.time", "data/words.yaml", "dateline_agencies")  # data/words.yaml


# a weekday told as a day of the story ("on Friday", "said Monday"), not a habit ("every Monday", "on Mondays"),
# nor one told ahead ("next Friday") or from another day ("the following Friday")
WEEKDAY_BEFORE = re.compile(r"(?:every|each|other|next|coming|following|previous|preceding|this)\s+$", re.IGNORECASE)


def weekdays_told(text: str) -> set[int]:
    """The ISO weekdays the text names as days of its story."""
    names = lexicon()["weekdays"]
    words = "|".join(sorted((n for n in names if len(n) > 3), key=len, reverse=True))
    pattern = re.compile(rf"\b({words})\b(?!s)", re.IGNORECASE)
    told = set()
    for match in pattern.finditer(text):
        word = match.group(1)
        if word[0].isupper() and not WEEKDAY_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            told.add(int(names[word.lower()]))
    return told


def after_weekdays(latest: date, text: str) -> date:
    """The publication day a text dated only by its latest explicit day supports, given the weekdays it names: each
    such weekday falls on or after that day (a story names older days by their date), so it was written no
    earlier than the last of them."""
    told = weekdays_told(text)
    if not told:
        return latest
    return max(latest + timedelta(days=(weekday - latest.isoweekday()) % 7) for weekday in told)


@dataclass
class Inferred:
    published: str | None  # a full ISO day, or None when only the year is known
    year: int | None
    how: str  # metadata | dateline | copyright+text | text | copyright | none


def explicit_days(text: str, year: int | None = None, scanned: Scan | None = None) -> list[tuple[int, date]]:
    """(offset, day) for every day the text names, read with the year when one is known."""
    days = []
    for found in find(text, None, reference_year=year, scanned=scanned):
        if found.precision == "day" and found.first and found.type in ("DATE", "TIME"):
            days.append((found.start, found.first))
    return days


def copyright_year(lines: list[str], text: str) -> int | None:
    years = []
    for line in [*lines, text[-600:]]:
        for match in COPYRIGHT.finditer(line):
            years.append(int(match.group("to") or match.group("year")))
    return max(years) if years else None


def infer(text: str, removed: list[str], scanned: Scan | None = None) -> Inferred:
    """The best publication date these lines and this text support (`scanned`: the text's matches, if known)."""
    year = copyright_year(removed, text)
    top_lines = [line for line in text[:600].splitlines()[:6] if METADATA.search(line)]
    for line in [*removed, *top_lines]:
        if METADATA.search(line) or len(line) < 60:
            days = explicit_days(line, year)
            if days:
                return Inferred(days[0][1].isoformat(), days[0][1].year, "metadata")
    head = text[:300]
    for start, found in explicit_days(head, year):
        end_of_date = head.find(" ", start)
        rest = head[start:]
        tail = re.search(r"\d{4}\b|\d{1,2}\b", rest)
        after = rest[tail.end():] if tail else rest
        if end_of_date >= 0 and DATELINE_END.match(after):
            return Inferred(found.isoformat(), found.year, "dateline")
    days = [d for _, d in explicit_days(text, year, scanned)]
    if year is not None:
        bounded = [d for d in days if d.year <= year]
        if bounded:
            latest = after_weekdays(max(bounded), text)
            return Inferred(latest.isoformat(), latest.year, "copyright+text")
        return Inferred(None, year, "copyright")
    if days:
        latest = after_weekdays(max(days), text)
        return Inferred(latest.isoformat(), latest.year, "text")
    return Inferred(None, None, "none")
