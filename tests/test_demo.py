"""The demo corpus end to end: what `make demo` shows an analyst about Japan and North Korea."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from detente.store import Store
from detente.store.output import print_summary

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as opened:
        report = opened.ingest([SAMPLES])
        assert report.coded == 12 and not report.failed
        yield opened


def involves(row: dict, side: str, country: str) -> bool:
    return any(ref.get("country") == country for ref in row[side] or [])


def test_summit_is_dated_when_it_happened(store: Store) -> None:
    summits = [r for r in store.dyad_timeline("JPN", "PRK")
               if r["event_type"] == "CONSULT" and r["date"] == "2002-09-17" and r["factuality"] == "asserted"]
    assert summits, "the 2002 Koizumi-Kim summit is missing from the timeline"
    assert involves(summits[0], "source", "JPN") and involves(summits[0], "source", "PRK")  # reciprocal


def test_sanctions_by_japan_on_north_korea(store: Store) -> None:
    rows = store.events(actor="PRK", event_type="SANCTION", since="2006-01-01", until="2006-12-31")
    assert any(involves(r, "source", "JPN") and involves(r, "target", "PRK") for r in rows)
    # "on Wednesday" in a story published on Thursday 2006-07-06
    assert any(r["date"] == "2006-07-05" for r in rows)


def test_abductions_are_historical_not_new(store: Store) -> None:
    # stories of 2002 that place the kidnappings "in the 1970s and 1980s" and "in 1978"
    abductions = [r for r in store.events(actor="PRK", event_type="ASSAULT", until="1999-12-31")
                  if involves(r, "target", "JPN")]
    assert len({r["doc_id"] for r in abductions}) >= 2
    assert all(r["historical"] and r["date_basis"] == "explicit" for r in abductions)
    assert not [r for r in store.events(actor="PRK", event_type="ASSAULT", since="2002-01-01")
                if involves(r, "target", "JPN") and r["date_basis"] == "explicit"]


def test_summary_ranks_the_most_active_dyad_first_and_shows_its_timeline(store: Store) -> None:
    out = io.StringIO()
    print_summary(store, out)
    text = out.getvalue()
    assert "12 documents" in text and "Most active dyads" in text and "Japan" not in text
    assert store.summary()["dyads"][0]["a"] == "JPN" and store.summary()["dyads"][0]["b"] == "PRK"
    out = io.StringIO()
    print_summary(store, out, dyad=("PRK", "JPN"))
    assert "2002-09-17" in out.getvalue()


def test_reports_of_the_2002_summit_are_one_happening(store: Store) -> None:
    summits = [r for r in store.events(actor="PRK", event_type="CONSULT", since="2002-09-17", until="2002-09-17")
               if r["factuality"] == "asserted"]
    assert len({r["doc_id"] for r in summits}) >= 2
    assert len({r["happening_id"] for r in summits}) == 1
    happening = store.happening(summits[0]["happening_id"])
    assert happening["n_articles"] >= 2 and happening["date"] == "2002-09-17"
