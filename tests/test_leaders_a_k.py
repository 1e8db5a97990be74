"""Checks on the A-K leaders table: the resolver trusts it to say who held an office on a date.

A wrong date or an overlapping term would make the resolver name the wrong person, so the file
is checked for shape, for consistency between terms, and against a few facts of common knowledge.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import detente.actors

LEADERS = Path(detente.actors.__file__).parent / "data" / "leaders_a_k.csv"
COLUMNS = ["person_id", "name", "aliases", "country", "role", "sector", "start", "end", "note"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-K][A-Z]{2}$")

# UN member states whose ISO 3166-1 alpha-3 code starts with A to K: the range this file must cover.
UN_MEMBERS_A_K = [
    "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN",
    "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA",
    "CAF", "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB",
    "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH",
    "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA", "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT",
]


@lru_cache(maxsize=1)
def rows() -> list[dict[str, str]]:
    """The data rows, with '#' comment lines skipped as the loader does."""
    with LEADERS.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines)
    assert reader.fieldnames == COLUMNS
    return list(reader)


def day(text: str) -> date:
    return date.fromisoformat(text)


def holders(country: str, role: str, on: str) -> set[str]:
    """person_ids holding `role` in `country` on the date `on` (end empty means still in office)."""
    when = day(on)
    return {
        row["person_id"]
        for row in rows()
        if row["country"] == country
        and row["role"] == role
        and day(row["start"]) <= when
        and (not row["end"] or when <= day(row["end"]))
    }


def test_file_starts_with_comment_header() -> None:
    first = LEADERS.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_every_row_follows_the_schema() -> None:
    for row in rows():
        where = f"{row['person_id']} {row['country']} {row['role']} {row['start']}"
        assert None not in row, f"too many fields: {where}"
        assert SLUG.match(row["person_id"]), where
        assert row["name"].strip() == row["name"] and row["name"], where
        assert ISO3.match(row["country"]), where
        assert row["role"] == row["role"].lower() and row["role"].strip(), where
        assert row["sector"] in {"GOV", "MIL"}, where
        aliases = [alias for alias in row["aliases"].split(";") if alias]
        assert all(alias == alias.strip() for alias in aliases), where
        assert row["name"] not in aliases, f"alias repeats the name: {where}"


def test_dates_parse_and_run_forward() -> None:
    for row in rows():
        start = day(row["start"])
        assert date(1920, 1, 1) <= start <= date(2026, 12, 31), row
        if row["end"]:
            assert start <= day(row["end"]), row
        else:
            assert "incumbent" in row["note"], f"open term without an incumbency note: {row}"


def test_year_only_dates_are_flagged_in_the_note() -> None:
    """A date on 1 January is either a real first-of-January handover or a stand-in the note admits."""
    for row in rows():
        for field in ("start", "end"):
            value = row[field]
            if value.endswith("-01-01"):
                assert row["note"], f"{field} {value} looks year-only but has no note: {row}"


def test_no_overlapping_terms_in_one_office() -> None:
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for row in rows():
        end = day(row["end"]) if row["end"] else date.max
        terms[(row["country"], row["role"])].append((day(row["start"]), end, row["person_id"]))
    for office, spans in terms.items():
        spans.sort()
        for (_, end, before), (start, _, after) in zip(spans, spans[1:], strict=False):
            # the successor may take office on the day the predecessor leaves, not earlier
            assert start >= end, f"{office}: {after} starts {start} before {before} leaves {end}"


def test_one_identity_per_person_id() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows():
        names[row["person_id"]].add(row["name"])
    assert {pid: found for pid, found in names.items() if len(found) > 1} == {}


def test_every_member_in_range_has_someone_in_office_across_the_period() -> None:
    missing = []
    for country in UN_MEMBERS_A_K:
        for on in ("1996-06-01", "2008-06-01", "2024-06-01"):
            anyone = {
                row["person_id"]
                for row in rows()
                if row["country"] == country
                and day(row["start"]) <= day(on)
                and (not row["end"] or day(on) <= day(row["end"]))
            }
            if not anyone:
                missing.append((country, on))
    assert missing == []


@pytest.mark.parametrize(
    ("country", "role", "on", "expected"),
    [
        ("JPN", "prime minister", "2015-06-01", "shinzo-abe"),
        ("JPN", "prime minister", "2007-06-01", "shinzo-abe"),
        ("JPN", "prime minister", "1972-12-01", "kakuei-tanaka"),
        ("DEU", "chancellor", "2010-01-01", "angela-merkel"),
        ("CHN", "general secretary", "2000-01-01", "jiang-zemin"),
        ("CHN", "chairman of the communist party", "1960-01-01", "mao-zedong"),
        ("KOR", "president", "2018-01-01", "moon-jae-in"),
        ("KOR", "president", "1970-01-01", "park-chung-hee"),
        ("FRA", "president", "2010-01-01", "nicolas-sarkozy"),
        ("GBR", "prime minister", "2000-01-01", "tony-blair"),
        ("IND", "prime minister", "2005-01-01", "manmohan-singh"),
        ("ISR", "prime minister", "1995-01-01", "yitzhak-rabin"),
        ("IRN", "supreme leader", "2000-01-01", "ali-khamenei"),
        ("CAN", "prime minister", "2016-01-01", "justin-trudeau"),
        ("AUS", "prime minister", "2009-01-01", "kevin-rudd"),
        ("KOR", "acting president", "2025-01-15", "choi-sang-mok"),
        ("BRA", "president", "2000-01-01", "fernando-henrique-cardoso"),
    ],
)
def test_well_known_office_holders(country: str, role: str, on: str, expected: str) -> None:
    assert holders(country, role, on) == {expected}


def test_repeat_terms_share_one_person_id() -> None:
    abe_terms = [row for row in rows() if row["person_id"] == "shinzo-abe" and row["role"] == "prime minister"]
    assert len(abe_terms) == 2
