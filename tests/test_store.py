"""The DuckDB store: idempotent ingest, one transaction per document, queries and filters."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from detente.store import SchemaMismatch, Store, day_of
from detente.store.bulk import RecordRejected
from detente.store.output import date_label

TEXT = (
    "Japan and China hold maritime talks\n\n"
    "Japanese and Chinese officials met in Beijing on Monday for talks on maritime security, the foreign "
    "ministry in Tokyo said, the first such meeting in more than a year between the two governments.\n"
)


def record(doc_id: str, events: list[dict]) -> dict:
    return {"document": {"doc_id": doc_id, "title": "t", "source": "s", "url": None, "authors": [], "language": "en",
                         "published": "2024-01-08", "published_source": "given", "text": "x"},
            "actors": [], "events": events, "quotes": [], "claims": []}


def event(event_id: str, etype: str, src: str, tgt: str, date: str, factuality: str = "asserted") -> dict:
    return {"event_id": event_id, "event_type": etype, "mode": None, "contexts": [], "cameo": "040",
            "goldstein": 1.0, "quad_class": 1, "factuality": factuality, "date": date, "date_end": None,
            "date_precision": "day", "date_basis": "explicit", "historical": False, "location": None,
            "source": [{"actor_id": f"{src}-GOV", "country": src, "sector": "GOV", "text": src, "start": 0, "end": 1}],
            "target": [{"actor_id": f"{tgt}-GOV", "country": tgt, "sector": "GOV", "text": tgt, "start": 0, "end": 1}],
            "mentions": [{"sentence": 0, "start": 0, "end": 5, "text": "x", "trigger": {"start": 0, "end": 1, "text": "x"}}],
            "confidence": 0.8, "evidence": "test"}


def test_ingest_is_idempotent_and_reports(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "in" / "copy.txt").write_text(TEXT, "utf-8")  # same text: one document
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        first = store.ingest([tmp_path / "in"])
        assert (first.coded, first.skipped, len(first.failed)) == (1, 1, 1)
        assert "binary" in first.failed[0][1]
        counts = store.counts()
        second = store.ingest([tmp_path / "in"])
        assert (second.coded, second.skipped) == (0, 2)
        assert store.counts()["documents"] == counts["documents"] == 1
        assert store.counts()["events"] == counts["events"]


def test_each_document_is_one_transaction(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        assert store.add_record(record("d1", [event("e1", "CONSULT", "JPN", "CHN", "2024-01-08")]))
        broken = record("d2", [event("e2", "CONSULT", "JPN", "CHN", "2024-01-08")])
        broken["events"][0]["goldstein"] = "not a number"  # fails inside the transaction, after the document row
        with pytest.raises((duckdb.Error, RecordRejected)):
            store.add_record(broken)
        assert not store.has_document("d2")
        assert store.counts()["events"] == 1
        assert not store.add_record(record("d1", []))  # already there


def test_event_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        store.add_record(record("d1", [
            event("e1", "SANCTION", "JPN", "PRK", "2006-10-14"),
            event("e2", "CONSULT", "JPN", "PRK", "2002"),
            event("e3", "ASSAULT", "RUS", "UKR", "2022-02-24"),
            event("e4", "CONSULT", "KOR", "PRK", "2018-04-27", factuality="future"),
        ]))
        ids = lambda rows: [r["event_id"] for r in rows]  # noqa: E731
        assert ids(store.events(actor="PRK")) == ["e2", "e1", "e4"]
        assert ids(store.events(actor="prk", event_type="sanction")) == ["e1"]
        assert ids(store.events(since="2003-01-01", until="2020-12-31")) == ["e1", "e4"]
        assert ids(store.events(factuality="future")) == ["e4"]
        assert ids(store.events(actor="JPN-GOV")) == ["e2", "e1"]
        assert [r["event_id"] for r in store.dyad_timeline("JPN", "PRK")] == ["e2", "e1"]


def test_schema_version_is_checked(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(SchemaMismatch, match="schema version 0"):
        Store(db, read_only=True)


def test_day_of() -> None:
    assert day_of("2002") == "2002-01-01"
    assert day_of("2002-09") == "2002-09-01"
    assert day_of("2002-09-17") == "2002-09-17"
    assert day_of(None) is None and day_of("197X") is None


@pytest.mark.parametrize(("row", "label"), [
    ({"date": "2002-09-17", "date_end": None, "date_precision": "day"}, "2002-09-17"),
    ({"date": "2002-09-01", "date_end": "2002-09-30", "date_precision": "month"}, "2002-09"),
    ({"date": "1978-01-01", "date_end": "1978-12-31", "date_precision": "year"}, "1978"),
    ({"date": "1970-01-01", "date_end": "1979-12-31", "date_precision": "decade"}, "1970s"),
    ({"date": "1970-01-01", "date_end": "1989-12-31", "date_precision": "range"}, "1970–1989"),
    ({"date": "2014-05-26", "date_end": "2014-06-01", "date_precision": "range"}, "2014-05-26/2014-06-01"),
    ({"date": None, "date_end": "1994-05-30", "date_precision": "range"}, "before 1994-05-30"),
    ({"date": None, "date_end": None, "date_precision": "unknown"}, "?"),
])
def test_dates_are_shown_as_precisely_as_known(row: dict, label: str) -> None:
    """A decade-old happening is not shown as if it fell on 1 January."""
    assert date_label(row) == label


def test_a_run_writes_by_size_or_time_but_not_every_handful_of_documents():
    """A slow run (a busy machine) is not cut into tiny batches, each paying for a write and a
    linking pass; a fast one is written every FLUSH_DOCUMENTS; nothing waits past FLUSH_MAX_SECONDS."""
    from detente.store import FLUSH_DOCUMENTS, FLUSH_MAX_SECONDS, FLUSH_MIN_DOCUMENTS, FLUSH_SECONDS, _due

    assert _due(FLUSH_DOCUMENTS, 0.0)
    assert not _due(FLUSH_MIN_DOCUMENTS - 1, FLUSH_SECONDS + 1)
    assert _due(FLUSH_MIN_DOCUMENTS, FLUSH_SECONDS + 1)
    assert not _due(FLUSH_MIN_DOCUMENTS, FLUSH_SECONDS - 1)
    assert _due(1, FLUSH_MAX_SECONDS + 1)
