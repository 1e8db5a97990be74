"""leaders_officials.csv: senior officials below the head of state, their file's shape and what it lets
the resolver do with titles and names in sentences written for these tests."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from detente.actors import resolve_phrase
from detente.actors.kb import knowledge_base

DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "actors" / "data"
COLUMNS = ["person_id", "name", "aliases", "country", "role", "sector", "start", "end", "note"]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_officials_rows_are_well_formed_and_offices_do_not_overlap() -> None:
    rows = _rows("leaders_officials.csv")
    assert rows and list(rows[0]) == COLUMNS
    countries = knowledge_base().countries
    holders: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for row in rows:
        where = (row["person_id"], row["start"])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["person_id"]), where
        assert row["country"] in countries and row["sector"] in {"GOV", "MIL"}, where
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else date.max
        assert start < end, where
        for other_start, other_end in holders.get((row["country"], row["role"]), []):
            assert end <= other_start or other_end <= start, where
        holders.setdefault((row["country"], row["role"]), []).append((start, end))


def test_a_person_in_several_files_keeps_one_id_and_name() -> None:
    names: dict[str, str] = {}
    for path in sorted(DATA.glob("leaders*.csv")):
        for row in _rows(path.name):
            assert names.setdefault(row["person_id"], row["name"]) == row["name"], (path.name, row["person_id"])


@pytest.mark.parametrize(("phrase", "sentence", "on", "expected"), [
    ("Defense Secretary Lloyd Austin", "Defense Secretary Lloyd Austin landed in Manila on Thursday.", "2023-02-02",
     ("lloyd-austin", "USA", "GOV")),
    ("the US defense secretary", "Talks with the US defense secretary ended early.", "2017-06-01",
     ("jim-mattis", "USA", "GOV")),
    ("Kim Yo-jong", "Kim Yo-jong accused Seoul of breaking its promises.", "2020-06-13", ("kim-yo-jong", "PRK", "GOV")),
    ("Shoigu", "Shoigu inspected units in the south, Russian officials said.", "2023-01-10",
     ("sergei-shoigu", "RUS", "GOV")),
])
def test_officials_resolve_by_title_name_and_surname(phrase: str, sentence: str, on: str,
                                                     expected: tuple[str, str, str]) -> None:
    result = resolve_phrase(phrase, date=on, context=sentence)
    assert (result["actor_id"], result["country"], result["sector"]) == expected


def test_an_official_out_of_office_is_an_elite() -> None:
    result = resolve_phrase("Chuck Hagel", date="2019-04-01", context="Chuck Hagel criticised the plan.")
    assert (result["country"], result["sector"]) == ("USA", "ELI")
