"""What a reader returns for one time expression, and the small helpers all readers share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from detente.records import TimeExpression
from detente.rules import rule_entry, rule_words, switched_off_ids
from detente.time import calendar as cal
from detente.time.lexicon import alternation, holiday_table, lexicon

# A function telling which way the verb governing the expression at this offset points: 2 ahead
# ("will meet"), 1 plain present ("talks begin": ahead only for a weekday), 0 not known, -1 past, -2 the own time
# of an act told as over ("bombed the embassy on March 3") or a time after "since".
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
    grain_source: str = ""  # for shifts: "ago" (counted from the publication date) or "earlier" (from the story);
    # "part" for a part of a day told from a day named just before ("the next morning"); "story_part" for one told
    # from the story's own day ("earlier in the day": that day, or else the lead's)

    def expression(self, text: str) -> TimeExpression:
        return TimeExpression(text=text[self.start:self.end], start=self.start, end=self.end, type=self.type,
                              value=self.value, precision=self.precision,
                              date=self.first.isoformat() if self.first else None,
                              date_end=self.last.isoformat() if self.last else None, basis=self.basis)


@dataclass
class Context:
    text: str
    reference: date | None
    reference_year: int | None
    direction: Direction


def from_period(match: re.Match[str], period: cal.Period, basis: str, kind: str, type_: str = "DATE") -> Found:
    return Found(match.start(), match.end(), type_, period.value, period.precision, period.first, period.last,
                 basis, kind)


YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
MOD = (r"(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle|turn|close|first\s+half|second\s+half|last\s+half)"
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
        "vague": alternation([w for w in lex["vague_counts"] if w not in lex["phrase_counts"]]),
        "phrase_count": alternation(list(lex["phrase_counts"])),
        "extra": alternation(lex["extra_words"]),
        "refs": alternation(list(lex["references"])),
        "freq": alternation(list(lex["frequencies"])),
        "ordinal": alternation(list(lex["ordinals"])),
        "ordinal_words": alternation(list(lex["ordinal_words"])),
        "decade_words": alternation(list(lex["decade_words"])),
        "holiday": alternation(list(holiday_table())),
    }


def compile_(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


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


LOWER_CASE_RULE = "time.words.lower_case_text"


@lru_cache(maxsize=4)
def _set_in_lower_case(text: str) -> bool:
    letters = capitals = 0
    for char in text:
        if char.isalpha():
            letters += 1
            capitals += char.isupper()
    return bool(letters) and capitals / letters <= float(rule_entry("detente.time", "data/words.yaml",
                                                                     "lower_case_text")["share"])


def month_name(token: str, text: str) -> bool:
    """Whether a month word is written as a month's name: capitalised, or in a text set in lower case throughout (a
    feed that lower-cases its stories writes "police fired on january 22"), where no capital can tell a name. News
    in ordinary case has well over the rule's share of capitals (its names and sentence starts). Rule
    time.words.lower_case_text."""
    if capitalised(token):
        return True
    return LOWER_CASE_RULE not in switched_off_ids() and _set_in_lower_case(text)


def previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z']+)\W*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def next_word(text: str, end: int) -> str:
    match = re.match(r"\W{0,3}([A-Za-z%]+)", text[end:end + 30])
    return match.group(1).lower() if match else ""


TITLE_OPEN = re.compile(r"[\"“'`]\s?$")
TITLE_CLOSE = re.compile(r"^(?:[,.]?[\"”']|\s+With\b)")
NAME_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")
CAPITALISED_AFTER = re.compile(r"\s+[A-Z][A-Za-z]")
MID_SENTENCE = re.compile(r"[\w,;]\s+[\"“']?$")


TITLE_DETERMINERS = rule_words("detente.time", "data/words.yaml", "title_determiners")  # data/words.yaml
TITLE_RUNS_ON = re.compile(r"\s+(?:with|and|of)\s+[A-Z]")  # "This Week with Jane Doe": the quoted title goes on
MONTH_OR_DAY = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)",
                          re.IGNORECASE)  # "the Sunday" is a weekday in "the Sunday before the vote"


def names_a_title(text: str, start: int, end: int) -> bool:
    """A capitalised "Today" or "This Week" that names a paper or a show ("USA Today", ABC's "This Week"),
    not a time: after an acronym, or set in quotes on its own."""
    words = text[start:end].split()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words) or not any(w[:1].isupper() for w in words):
        return False  # "60 Minutes" is capitalised as a name is; "60 minutes" is not
    before = text[max(0, start - 40):start]
    if TITLE_OPEN.search(before) and TITLE_CLOSE.match(text[end:end + 6]):
        return True
    if TITLE_DETERMINERS and (
            previous_word(text, start) in TITLE_DETERMINERS and len(words) == 1 and not MONTH_OR_DAY.match(words[0]) or
            TITLE_OPEN.search(before) and len(words) > 1 and TITLE_RUNS_ON.match(text[end:end + 12])):
        return True  # "the Today show", "This Week with Jane Doe" (rule time.words.title_determiners)
    if NAME_BEFORE.search(before):
        return True
    # Inside a run of capitalised words mid-sentence, a word news writes in lower case ("Now", "Tonight",
    # "Night") is part of a name: "Liberty Now PAC", "The Tonight Show", "Saturday Night Live".
    lower_words = [w for w in words if w.lower() not in lexicon()["weekdays"]]
    return bool(lower_words) and bool(CAPITALISED_AFTER.match(text[end:end + 20])) and \
        bool(MID_SENTENCE.search(before))


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def pick_year(ctx: Context, month: int, day: int | None, start: int) -> int | None:
    """The year of a month (and day) named without one: the nearest such day, unless the tense
    says it is over (a past verb and a day after publication) or to come (a future verb, a month back)."""
    ref = ctx.reference
    if ref is None:
        return ctx.reference_year
    whole_month = day is None  # a month named alone: its first day stands for it, a month's grace ahead
    day = 1 if day is None else day
    options = [(y, safe_date(y, month, min(day, 28 if month == 2 else day))) for y in (ref.year - 1, ref.year,
                                                                                       ref.year + 1)]
    real = [(y, d) for y, d in options if d]
    if not real:
        return ref.year
    y, when = min(real, key=lambda pair: (abs((pair[1] - ref).days), -pair[0]))
    direction = ctx.direction(start)
    if (direction <= -2 or direction >= 2) and TENSE_CALENDAR.rule_id not in switched_off_ids():
        return year_by_tense(real, ref, direction, whole_month, y)
    if direction < 0 and when > ref + timedelta(days=62):
        return y - 1  # what the past tense tells cannot lie after the day of writing
    if direction >= 2 and when < ref - timedelta(days=31 if whole_month else 7):
        return y + 1  # what the future tense tells cannot lie well before the day of writing ("will debate on
        # Dec. 20", written in January)
    return y


@dataclass(frozen=True)
class TenseCalendar:
    """time/data/words.yaml `tense_calendar`: the rule's id and the days a past day may lie after the day of writing."""

    rule_id: str
    grace: timedelta


def _tense_calendar() -> TenseCalendar:
    entry = rule_entry("detente.time", "data/words.yaml", "tense_calendar")
    return TenseCalendar(str(entry["id"]), timedelta(days=int(entry["grace_days"])))


TENSE_CALENDAR = _tense_calendar()


def year_by_tense(real: list[tuple[int, date]], ref: date, direction: int, whole_month: bool, nearest: int) -> int:
    """The year the tense allows (rule time.words.tense_calendar): what is told as over happened at or before the
    day of writing, so the last such day (a month: the last one begun); what is told as to come, the next such
    day (a month: the next one not yet over). `real`: the candidate years with the day (a month: its first day)."""
    if direction < 0:
        past = [y for y, d in real if d <= ref + TENSE_CALENDAR.grace]
        return max(past) if past else nearest
    ahead = [y for y, d in real if (d.year, d.month) >= (ref.year, ref.month)] if whole_month else \
        [y for y, d in real if d >= ref]
    return min(ahead) if ahead else nearest


def duration_value(count: float | None, unit: str) -> str:
    """TimeML duration: P35Y, PT3H, P2W, P2Q (quarters, as TimeBank writes them), PXY when the count is vague."""
    spec = lexicon()["units"][unit]
    code, factor, is_time = spec["code"], spec.get("factor", 1), spec.get("time", False)
    if unit == "weekend":
        code = "WE"
    if count is None:
        amount = "X"
        if unit in ("decade", "century", "millennium"):
            return "P" + {"decade": "XDE", "century": "XCE", "millennium": "XML"}[unit]
    else:
        total = count * factor
        if not float(total).is_integer() and (split := split_fraction(total, code, is_time)) is not None:
            return split
        amount = str(int(total)) if float(total).is_integer() else str(total)
    return f"P{'T' if is_time else ''}{amount}{code}"


# A fraction of a unit said in the next smaller one, as TimeML writes "2 1/2 years" (P2Y6M).
SMALLER_UNIT = {("Y", False): (12, "M", False), ("W", False): (7, "D", False), ("D", False): (24, "H", True),
                ("H", True): (60, "M", True), ("M", True): (60, "S", True)}


def split_fraction(total: float, code: str, is_time: bool) -> str | None:
    """P2Y6M for 2.5 years, PT1M30S for 1.5 minutes, PT12H for half a day; None when it does not divide."""
    if (code, is_time) not in SMALLER_UNIT:
        return None
    factor, small_code, small_time = SMALLER_UNIT[(code, is_time)]
    whole = int(total)
    rest = (total - whole) * factor
    if abs(rest - round(rest)) > 1e-9:
        return None
    head = f"{whole}{code}" if whole else ""
    if is_time:
        return f"PT{head}{round(rest)}{small_code}"
    return f"P{head}{'T' if small_time else ''}{round(rest)}{small_code}"
