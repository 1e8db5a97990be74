"""Schema and fact checks for the geographic and institutional actor knowledge base.

These files are hand-written and edited by people; the tests catch the mistakes people make
(a typo in a code, a date in the wrong order, two ministers in office at once, a place pointing at a
country that does not exist) before the resolver silently gives wrong answers.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "actors" / "data"
ISO3 = re.compile(r"^[A-Z]{3}$")
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "ELI", "MED", "EDU", "BUS", "CVL",
    "REL", "NGO", "IGO", "LAB", "REF", "UAF", "UNK",
}
REGIONS = {"Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica"}
PLACE_KINDS = {"capital", "city", "region", "island", "sea", "other"}
LEADER_COLUMNS = ["person_id", "name", "aliases", "country", "role", "sector", "start", "end", "note"]


@cache
def countries() -> tuple[dict, ...]:
    """The parsed countries.yaml (parsed once: it is large)."""
    return tuple(yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8")))


@cache
def igos() -> tuple[dict, ...]:
    return tuple(yaml.safe_load((DATA / "igos.yaml").read_text(encoding="utf-8")))


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a knowledge-base CSV, skipping '#' comment lines as the loader does."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def by_iso() -> dict[str, dict]:
    return {entry["iso3"]: entry for entry in countries()}


def known_codes() -> set[str]:
    return set(by_iso()) | {"IGO"}


def surface_forms(entry: dict) -> list[str]:
    return [entry["name"], entry["official"], *entry["aliases"]]


def find_country(form: str) -> set[str]:
    """Every country code whose name, official name or alias is exactly `form`."""
    return {entry["iso3"] for entry in countries() if form in surface_forms(entry)}


# ---------------------------------------------------------------- countries.yaml


def test_countries_have_required_fields_and_types() -> None:
    for entry in countries():
        where = entry.get("iso3")
        assert ISO3.match(str(entry["iso3"])), where
        assert isinstance(entry["name"], str) and entry["name"], where
        assert isinstance(entry["official"], str) and entry["official"], where
        assert isinstance(entry["aliases"], list), where
        assert isinstance(entry["demonyms"], list), where
        assert all(isinstance(x, str) and x.strip() == x and x for x in entry["aliases"] + entry["demonyms"]), where
        assert isinstance(entry["seats"], list), where
        assert entry["region"] in REGIONS, where
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, where
        for name, sector in (entry.get("institutions") or {}).items():
            assert isinstance(name, str) and sector in SECTORS, (where, name, sector)


def test_iso3_codes_are_unique_and_cover_iso_3166() -> None:
    codes = [entry["iso3"] for entry in countries()]
    assert len(codes) == len(set(codes))
    current = [entry for entry in countries() if "dissolved" not in entry]
    # ISO 3166-1 has 249 entries; Kosovo (XKX, user-assigned) is the one extra current entry.
    assert len(current) == 250


def test_current_country_names_do_not_collide() -> None:
    """An alias that names two current countries would make the resolver guess."""
    owner: dict[str, str] = {}
    for entry in countries():
        if "dissolved" in entry:
            continue
        for form in set(surface_forms(entry)):
            assert form not in owner, f"{form!r} names both {owner[form]} and {entry['iso3']}"
            owner[form] = entry["iso3"]


def test_no_lower_case_word_is_listed_as_an_alias() -> None:
    """Names are written as names: a lower-case entry ("us") is almost always an ordinary word by mistake."""
    for entry in countries():
        for form in surface_forms(entry):
            assert form[0].isupper() or form.startswith("the "), (entry["iso3"], form)


def test_dissolved_states_carry_a_parseable_date() -> None:
    dissolved = {entry["iso3"]: entry["dissolved"] for entry in countries() if "dissolved" in entry}
    assert dissolved["SUN"] == "1991-12-26"
    for value in dissolved.values():
        date.fromisoformat(value)


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("South Korea", "KOR"), ("ROK", "KOR"), ("Republic of Korea", "KOR"),
        ("DPRK", "PRK"), ("Britain", "GBR"), ("UK", "GBR"), ("Great Britain", "GBR"),
        ("U.S.", "USA"), ("America", "USA"), ("USA", "USA"), ("Russian Federation", "RUS"),
        ("PRC", "CHN"), ("Republic of China", "TWN"), ("Islamic Republic of Iran", "IRN"),
        ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("Czechia", "CZE"), ("Swaziland", "SWZ"),
        ("Türkiye", "TUR"), ("Holland", "NLD"), ("East Timor", "TLS"), ("Cape Verde", "CPV"),
    ],
)
def test_common_news_names_resolve(form: str, iso3: str) -> None:
    assert find_country(form) == {iso3}


def test_demonyms_include_irregular_forms() -> None:
    table = by_iso()
    assert {"British", "Briton", "Britons"} <= set(table["GBR"]["demonyms"])
    assert {"Filipino", "Philippine"} <= set(table["PHL"]["demonyms"])
    assert "Dutch" in table["NLD"]["demonyms"]
    assert "Emirati" in table["ARE"]["demonyms"]
    assert "Nigerien" in table["NER"]["demonyms"] and "Nigerian" not in table["NER"]["demonyms"]


def test_seats_of_government_are_metonyms_of_the_right_country() -> None:
    table = by_iso()
    assert "the White House" in table["USA"]["seats"]
    assert "the Kremlin" in table["RUS"]["seats"]
    assert "Downing Street" in table["GBR"]["seats"]
    assert "Zhongnanhai" in table["CHN"]["seats"]
    assert "Yongsan" in table["KOR"]["seats"]
    assert "Pyongyang" in table["PRK"]["seats"]


def test_national_institutions_carry_their_sector() -> None:
    table = by_iso()
    assert table["USA"]["institutions"]["Pentagon"] == "MIL"
    assert table["USA"]["institutions"]["CIA"] == "SPY"
    assert table["PRK"]["institutions"]["KCNA"] == "MED"
    assert table["ISR"]["institutions"]["Mossad"] == "SPY"
    assert table["DEU"]["institutions"]["Bundestag"] == "LEG"
    assert table["CHN"]["institutions"]["People's Liberation Army"] == "MIL"


def test_capital_coordinates_are_plausible() -> None:
    table = by_iso()
    seoul = table["KOR"]
    assert (seoul["lat"], seoul["lon"]) == pytest.approx((37.57, 126.98), abs=0.2)
    assert table["AUS"]["lat"] < 0 and table["USA"]["lon"] < 0 and table["JPN"]["lon"] > 0


# ---------------------------------------------------------------- igos.yaml


def test_igos_have_required_fields_and_unique_names() -> None:
    owner: dict[str, str] = {}
    for body in igos():
        assert re.fullmatch(r"[A-Z0-9]+", body["id"]), body["id"]
        assert body["name"] and isinstance(body["aliases"], list), body["id"]
        assert body["sector"] in SECTORS, body["id"]
        assert body.get("parent") is None or body["parent"] in {b["id"] for b in igos()}, body["id"]
        for form in {body["name"], *body["aliases"]}:
            assert form not in owner, f"{form!r} names both {owner[form]} and {body['id']}"
            owner[form] = body["id"]


def test_igo_names_do_not_shadow_country_names() -> None:
    country_forms = {form for entry in countries() for form in surface_forms(entry)}
    for body in igos():
        assert not ({body["name"], *body["aliases"]} & country_forms), body["id"]


def find_igo(form: str) -> set[str]:
    return {body["id"] for body in igos() if form == body["name"] or form in body["aliases"]}


@pytest.mark.parametrize(
    ("form", "igo_id"),
    [
        ("U.N.", "UN"), ("UN Security Council", "UNSC"), ("U.N. General Assembly", "UNGA"),
        ("IAEA", "IAEA"), ("NATO", "NATO"), ("European Commission", "EC"), ("Interpol", "INTERPOL"),
        ("Organization of African Unity", "AU"), ("G-20", "G20"), ("World Court", "ICJ"),
    ],
)
def test_igo_spellings_resolve(form: str, igo_id: str) -> None:
    assert find_igo(form) == {igo_id}


def test_humanitarian_bodies_that_are_not_states_are_not_igo() -> None:
    sectors = {body["id"]: body["sector"] for body in igos()}
    assert sectors["ICRC"] == "NGO"
    assert sectors["UNHCR"] == "IGO"


# ---------------------------------------------------------------- places.csv


@cache
def places() -> tuple[dict[str, str], ...]:
    return tuple(read_csv("places.csv"))


def test_places_schema_and_countries_exist() -> None:
    codes = known_codes()
    seen: set[tuple[str, str]] = set()
    for row in places():
        where = row["name"]
        assert row["name"] and row["name"].strip() == row["name"], where
        assert row["kind"] in PLACE_KINDS, where
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, where
        # Seas and multi-country regions have no country; everything else points at a real entry.
        assert row["country"] in codes or (row["country"] == "" and row["kind"] in {"sea", "region", "other"}), where
        assert (row["name"], row["country"]) not in seen, where
        seen.add((row["name"], row["country"]))


def test_every_current_capital_is_a_place() -> None:
    capitals = {(row["name"], row["country"]) for row in places() if row["kind"] == "capital"}
    for entry in countries():
        if entry.get("capital") and "dissolved" not in entry:
            assert (entry["capital"], entry["iso3"]) in capitals, entry["iso3"]


def place(name: str) -> dict[str, str]:
    matches = [row for row in places() if row["name"] == name]
    assert len(matches) == 1, name
    return matches[0]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Osaka", "JPN"), ("Busan", "KOR"), ("Kaesong", "PRK"), ("Panmunjom", "KOR"),
        ("Senkaku Islands", "JPN"), ("Diaoyu Islands", "JPN"), ("Dokdo", "KOR"), ("Crimea", "UKR"),
        ("Gaza", "PSE"), ("West Bank", "PSE"), ("Donbas", "UKR"), ("Yellow Sea", ""), ("Sea of Japan", ""),
    ],
)
def test_well_known_places_point_at_the_administering_country(name: str, country: str) -> None:
    assert place(name)["country"] == country


def test_contested_places_say_who_else_claims_them() -> None:
    assert "China" in place("Senkaku Islands")["note"]
    assert "Japan" in place("Dokdo")["note"]
    assert "Russia" in place("Crimea")["note"]


def test_place_coordinates_are_near_where_they_should_be() -> None:
    osaka = place("Osaka")
    assert (float(osaka["lat"]), float(osaka["lon"])) == pytest.approx((34.69, 135.50), abs=0.3)
    assert float(place("Sydney")["lat"]) < 0 and float(place("New York")["lon"]) < 0


# ---------------------------------------------------------------- leaders_foreign_ministers.csv


@cache
def ministers() -> tuple[dict[str, str], ...]:
    return tuple(read_csv("leaders_foreign_ministers.csv"))


def test_ministers_file_has_the_shared_leaders_columns() -> None:
    with (DATA / "leaders_foreign_ministers.csv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    assert next(csv.reader(lines[:1])) == LEADER_COLUMNS


def test_minister_rows_are_well_formed() -> None:
    codes = known_codes()
    for row in ministers():
        where = (row["person_id"], row["start"])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["person_id"]), where
        assert row["name"] and row["role"] == row["role"].lower(), where
        assert row["country"] in codes, where
        assert row["sector"] in SECTORS, where
        assert (row["country"] == "IGO") == (row["sector"] == "IGO"), where
        start = date.fromisoformat(row["start"])
        if row["end"]:
            assert start <= date.fromisoformat(row["end"]), where
        assert all(alias.strip() == alias and alias for alias in row["aliases"].split(";") if row["aliases"])


def test_one_person_keeps_one_id() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for row in ministers():
        names[row["person_id"]].add(row["name"])
    assert all(len(spellings) == 1 for spellings in names.values()), names


def test_no_two_holders_of_one_office_overlap() -> None:
    """Two foreign ministers of one country on the same day would make date lookups ambiguous."""
    terms: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for row in ministers():
        end = date.fromisoformat(row["end"]) if row["end"] else date.max
        terms[(row["country"], row["role"])].append((date.fromisoformat(row["start"]), end))
    for office, spans in terms.items():
        spans.sort()
        for (_, previous_end), (next_start, _) in pairwise(spans):
            assert next_start >= previous_end, office
        assert sum(end == date.max for _, end in spans) <= 1, office


def test_every_g20_member_and_both_koreas_are_covered_since_1990() -> None:
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU",
           "ZAF", "KOR", "TUR", "GBR", "USA", "PRK"}
    covered = defaultdict(list)
    for row in ministers():
        covered[row["country"]].append(row)
    for code in g20:
        rows = covered[code]
        assert rows, code
        assert min(row["start"] for row in rows) <= "1990-12-31" or code == "RUS", code
        assert any(not row["end"] for row in rows), f"{code} has no sitting foreign minister"


def holder(country: str, role: str, on: str) -> set[str]:
    """Names of whoever held `role` in `country` on the ISO date `on`."""
    return {
        row["name"] for row in ministers()
        if row["country"] == country and row["role"] == role and row["start"] <= on and (not row["end"] or on < row["end"])
    }


@pytest.mark.parametrize(
    ("country", "role", "on", "name"),
    [
        ("USA", "secretary of state", "2010-06-01", "Hillary Clinton"),
        ("USA", "secretary of state", "2003-02-05", "Colin Powell"),
        ("GBR", "foreign secretary", "2003-03-20", "Jack Straw"),
        ("RUS", "foreign minister", "2015-01-01", "Sergey Lavrov"),
        ("JPN", "foreign minister", "2015-12-28", "Fumio Kishida"),
        ("KOR", "foreign minister", "2005-09-19", "Ban Ki-moon"),
        ("CHN", "foreign minister", "2018-06-12", "Wang Yi"),
        ("DEU", "foreign minister", "2000-01-01", "Joschka Fischer"),
        ("IGO", "un secretary-general", "2001-09-11", "Kofi Annan"),
        ("IGO", "nato secretary general", "2020-01-01", "Jens Stoltenberg"),
        ("IGO", "high representative", "2012-01-01", "Catherine Ashton"),
    ],
)
def test_well_known_office_holders(country: str, role: str, on: str, name: str) -> None:
    assert holder(country, role, on) == {name}


def test_people_who_moved_from_national_to_international_office_keep_their_id() -> None:
    ban = {(row["country"], row["role"]) for row in ministers() if row["person_id"] == "ban-ki-moon"}
    assert ban == {("KOR", "foreign minister"), ("IGO", "un secretary-general")}


# ---------------------------------------------------------------- through the real loader and resolver


def test_files_load_through_the_actor_knowledge_base() -> None:
    from detente.actors.kb import knowledge_base

    kb = knowledge_base()
    assert kb.country_by_name("Burma") == "MMR"
    assert kb.places["osaka"] == "JPN"
    assert kb.organisations["UNSC"].country == "IGO"
    roles = {(term.country, term.role) for term in kb.people["ban-ki-moon"].terms}
    assert {("KOR", "foreign minister"), ("IGO", "un secretary-general")} <= roles


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        ("the Japanese foreign minister", "2016-03-01", {"actor_id": "fumio-kishida", "country": "JPN"}),
        ("the Blue House", "2015-01-01", {"country": "KOR", "sector": "GOV"}),
        ("Yonhap", "2020-01-01", {"country": "KOR", "sector": "MED"}),
        ("the U.N. Security Council", "2020-01-01", {"actor_id": "UNSC", "country": "IGO"}),
        ("Emirati officials", "2020-01-01", {"country": "ARE"}),
    ],
)
def test_phrases_resolve_with_these_files(phrase: str, on: str, expected: dict[str, str]) -> None:
    """What a user of `detente actors resolve` sees depends on these files."""
    from detente.actors import resolve_phrase

    result = resolve_phrase(phrase, on)
    assert {key: result.get(key) for key in expected} == expected


def test_every_family_tie_names_two_known_people_and_both_directions_load() -> None:
    from detente.actors.kb import knowledge_base
    from detente.actors.lexicon import lexicon

    kb, KIN = knowledge_base(), lexicon().kin
    ties = yaml.safe_load((DATA / "relatives.yaml").read_text("utf-8"))
    assert ties
    for tie in ties:
        assert tie["person"] in kb.people and tie["relative"] in kb.people, tie
        assert tie["relation"] in KIN and tie["inverse"] in KIN, tie
        assert kb.relatives[(tie["person"], tie["relation"])] == tie["relative"]
        assert kb.relatives[(tie["relative"], tie["inverse"])] == tie["person"]


def test_organisations_file_names_real_countries_and_sectors() -> None:
    from detente.actors.kb import knowledge_base

    kb = knowledge_base()
    organisations = yaml.safe_load((DATA / "organisations.yaml").read_text("utf-8"))
    sectors = {"EDU", "BUS", "NGO", "REL", "MED"}
    seen: set[str] = set()
    for iso3, by_sector in organisations.items():
        assert iso3 in kb.countries, iso3
        for sector, names in by_sector.items():
            assert sector in sectors, (iso3, sector)
            for name in names:
                assert name not in seen, f"{name} listed twice"
                seen.add(name)
                assert kb.countries[iso3].institutions.get(name), (iso3, name)
