"""Checks on the L-Z heads of state and government table: a broken row or an overlapping term would make
the actor resolver name the wrong person for a date, which a reader of the event data would notice."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

LEADERS = Path(__file__).resolve().parents[1] / "src" / "detente" / "actors" / "data" / "leaders_l_z.csv"
COLUMNS = ["person_id", "name", "aliases", "country", "role", "sector", "start", "end", "note"]

# UN member states whose ISO3 code starts with L..Z, plus Taiwan: the coverage this file promises.
MEMBERS_L_Z = [
    "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA",
    "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI",
    "MYS", "NAM", "NER", "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER",
    "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY", "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN",
    "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ",
    "SYC", "SYR", "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TZA",
    "UGA", "UKR", "URY", "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
    "TWN",
]
# Historical states kept for leaders before 1992 (ISO 3166-3 code of the Soviet Union).
HISTORICAL = {"SUN"}


def _rows() -> list[dict[str, str]]:
    with LEADERS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return _rows()


def _day(text: str) -> date:
    return date.fromisoformat(text)


def holders(rows: list[dict[str, str]], country: str, role: str, on: str) -> set[str]:
    """Who held `role` in `country` on the day `on` (end day exclusive, as handovers share a day)."""
    day = _day(on)
    return {
        row["person_id"]
        for row in rows
        if row["country"] == country
        and row["role"] == role
        and _day(row["start"]) <= day
        and (not row["end"] or day < _day(row["end"]))
    }


def test_file_starts_with_comment_header() -> None:
    first = LEADERS.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_schema_and_field_formats(rows: list[dict[str, str]]) -> None:
    with LEADERS.open(encoding="utf-8") as handle:
        header = next(line for line in handle if not line.startswith("#"))
    assert header.strip().split(",") == COLUMNS
    for row in rows:
        assert None not in row, f"too many fields: {row}"
        assert all(row[col] is not None for col in COLUMNS), f"missing fields: {row}"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["person_id"]), row
        assert row["name"].strip() == row["name"] and row["name"], row
        assert re.fullmatch(r"[A-Z]{3}", row["country"]), row
        assert row["country"] in MEMBERS_L_Z or row["country"] in HISTORICAL, row
        assert row["role"] == row["role"].lower() and row["role"], row
        assert row["sector"] in {"GOV", "MIL"}, row
        for alias in filter(None, row["aliases"].split(";")):
            assert alias == alias.strip() and alias != row["name"], row


def test_dates_parse_and_are_ordered(rows: list[dict[str, str]]) -> None:
    for row in rows:
        start = _day(row["start"])
        assert date(1900, 1, 1) <= start <= date(2026, 12, 31), row
        if row["end"]:
            assert start <= _day(row["end"]), row
        else:
            assert "incumbent" in row["note"], f"open-ended term without an incumbency note: {row}"


def test_one_name_per_person(rows: list[dict[str, str]]) -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names[row["person_id"]].add(row["name"])
    assert {pid: n for pid, n in names.items() if len(n) > 1} == {}


def test_no_overlapping_terms_in_the_same_office(rows: list[dict[str, str]]) -> None:
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for row in rows:
        end = _day(row["end"]) if row["end"] else date(9999, 12, 31)
        terms[(row["country"], row["role"])].append((_day(row["start"]), end, row["person_id"]))
    clashes = []
    for office, spans in terms.items():
        spans.sort()
        # Compare each term with the latest-ending earlier term, so a long term cannot hide behind short ones.
        last_end, last_who = spans[0][1], spans[0][2]
        for start, end, who in spans[1:]:
            if start < last_end - timedelta(days=1) or (start < last_end and who == last_who):
                clashes.append((office, last_who, str(last_end), who, str(start)))
            if end > last_end:
                last_end, last_who = end, who
    assert clashes == []


def test_every_country_in_range_is_covered_with_a_current_leader(rows: list[dict[str, str]]) -> None:
    current = {row["country"] for row in rows if not row["end"]}
    assert [iso for iso in MEMBERS_L_Z if iso not in current] == []


def test_well_known_holders_on_given_days(rows: list[dict[str, str]]) -> None:
    assert holders(rows, "USA", "president", "2010-06-01") == {"barack-obama"}
    assert holders(rows, "USA", "president", "1962-10-20") == {"john-f-kennedy"}
    assert holders(rows, "RUS", "president", "1995-01-01") == {"boris-yeltsin"}
    assert holders(rows, "RUS", "president", "2010-01-01") == {"dmitry-medvedev"}
    assert holders(rows, "RUS", "prime minister", "2010-01-01") == {"vladimir-putin"}
    assert holders(rows, "SUN", "general secretary", "1987-06-01") == {"mikhail-gorbachev"}
    assert holders(rows, "PRK", "supreme leader", "2000-06-13") == {"kim-jong-il"}
    assert holders(rows, "PRK", "supreme leader", "1960-01-01") == {"kim-il-sung"}
    assert holders(rows, "TWN", "president", "2020-01-11") == {"tsai-ing-wen"}
    assert holders(rows, "NLD", "prime minister", "2015-01-01") == {"mark-rutte"}
    assert holders(rows, "TUR", "president", "2016-07-15") == {"recep-tayyip-erdogan"}
    assert holders(rows, "ZAF", "president", "1996-01-01") == {"nelson-mandela"}
    assert holders(rows, "UKR", "president", "2022-02-24") == {"volodymyr-zelensky"}
    assert holders(rows, "SGP", "prime minister", "2010-01-01") == {"lee-hsien-loong"}


def test_one_person_keeps_one_id_across_offices(rows: list[dict[str, str]]) -> None:
    putin_roles = {(row["country"], row["role"]) for row in rows if row["person_id"] == "vladimir-putin"}
    assert {("RUS", "president"), ("RUS", "prime minister")} <= putin_roles
    kim_roles = {row["role"] for row in rows if row["person_id"] == "kim-il-sung"}
    assert {"premier", "president"} <= kim_roles


def test_variant_spellings_are_listed_as_aliases(rows: list[dict[str, str]]) -> None:
    aliases = {
        alias for row in rows if row["person_id"] == "kim-jong-un" for alias in row["aliases"].split(";")
    }
    assert "Kim Jong Un" in aliases


def test_ids_shared_with_other_leader_files_name_the_same_person(rows: list[dict[str, str]]) -> None:
    """All leaders*.csv files are loaded together, so one person_id must mean one person across them."""
    others = [path for path in LEADERS.parent.glob("leaders*.csv") if path != LEADERS]
    if not others:
        pytest.skip("no other leaders*.csv file to compare with")
    names = {row["person_id"]: row["name"] for row in rows}
    clashes = []
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                pid = row.get("person_id")
                if pid in names and row.get("name") != names[pid]:
                    clashes.append((path.name, pid, row.get("name"), names[pid]))
    assert clashes == []
