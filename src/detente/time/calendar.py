"""Calendar arithmetic for normalisation: periods around a day, shifts by units, movable feasts."""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """A stretch of calendar: its TimeML value, how fine it is, and its first and last day."""

    value: str
    precision: str
    first: date | None
    last: date | None


def month_last(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def day(d: date) -> Period:
    return Period(d.isoformat(), "day", d, d)


def week(d: date) -> Period:
    monday = d - timedelta(days=d.isoweekday() - 1)
    iso = monday.isocalendar()
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}", "range", monday, monday + timedelta(days=6))


def weekend(d: date) -> Period:
    base = week(d)
    assert base.first is not None
    saturday = base.first + timedelta(days=5)
    return Period(base.value + "-WE", "range", saturday, saturday + timedelta(days=1))


def month(year: int, number: int) -> Period:
    return Period(f"{year:04d}-{number:02d}", "month", date(year, number, 1), month_last(year, number))


def quarter(year: int, number: int) -> Period:
    first_month = 3 * (number - 1) + 1
    return Period(f"{year:04d}-Q{number}", "range", date(year, first_month, 1), month_last(year, first_month + 2))


def half(year: int, number: int) -> Period:
    first_month = 6 * (number - 1) + 1
    return Period(f"{year:04d}-H{number}", "range", date(year, first_month, 1), month_last(year, first_month + 5))


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season(year: int, code: str) -> Period:
    start, end = SEASON_MONTHS[code]
    last = month_last(year + 1 if end < start else year, end)
    return Period(f"{year:04d}-{code}", "range", date(year, start, 1), last)


def year(number: int) -> Period:
    return Period(f"{number:04d}", "year", date(number, 1, 1), date(number, 12, 31))


def decade(first_year: int) -> Period:
    """The ten years from a year ending in 0; TimeML writes the 1970s as "197" (the year, truncated)."""
    start = first_year - first_year % 10
    return Period(f"{start // 10:03d}", "decade", date(start, 1, 1), date(start + 9, 12, 31))


def century(number: int) -> Period:
    """The n-th century as people use it (the 20th century = 1900-1999); TimeML writes it "19"."""
    start = (number - 1) * 100
    return Period(f"{number - 1:02d}", "century", date(max(start, 1), 1, 1), date(start + 99, 12, 31))


def span(first: Period, last: Period) -> Period:
    """From the start of one period to the end of another, as an ISO interval value."""
    return Period(f"{first.value}/{last.value}", "range", first.first, last.last)


def add_months(d: date, count: int) -> date:
    total = d.year * 12 + d.month - 1 + count
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, count: int) -> date:
    """The day `count` units after d (before, when negative)."""
    if unit == "day":
        return d + timedelta(days=count)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=count)
    if unit == "month":
        return add_months(d, count)
    if unit == "quarter":
        return add_months(d, 3 * count)
    if unit == "year":
        return add_months(d, 12 * count)
    if unit == "decade":
        return add_months(d, 120 * count)
    if unit == "century":
        return add_months(d, 1200 * count)
    raise ValueError(unit)


def period_of(d: date, unit: str) -> Period:
    """The period of this unit that holds the day."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week(d)
    if unit == "weekend":
        return weekend(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year(d.year)
    if unit == "decade":
        return decade(d.year)
    if unit == "century":
        return century(d.year // 100 + 1)
    raise ValueError(unit)


def easter(y: int) -> date:
    """Western Easter Sunday by the anonymous Gregorian computus."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    mon, dd = divmod(h + m - 7 * n + 114, 31)
    return date(y, mon, dd + 1)


def nth_weekday(y: int, mon: int, weekday: int, n: int) -> date:
    """The n-th given ISO weekday of a month; n = -1 for the last."""
    if n > 0:
        first = date(y, mon, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = month_last(y, mon)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
