"""Exports read back with pandas/pyarrow and compared with the store."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from typer.testing import CliRunner

from detente.cli import app
from detente.corpus.export import GDELT_COLUMNS, HAPPENING_SCHEMA
from detente.store import Store
from tests.test_corpus_happenings import summit_store


def test_gdelt_has_61_columns_in_order_with_counts_from_happenings(tmp_path: Path) -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code"]
    assert GDELT_COLUMNS[26:35] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    with summit_store(tmp_path / "d.duckdb") as store:
        out = tmp_path / "events.tsv"
        assert store.export("gdelt", out) == 2
        frame = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str, keep_default_na=False)
        assert frame.shape == (2, 61)
        stored = {h["day"].replace("-", ""): h for h in store.happenings()}
        for row in frame.to_dict("records"):
            happening = stored[row["Day"]]
            assert int(row["NumArticles"]) == happening["n_articles"]
            assert int(row["NumSources"]) == happening["n_sources"]
            assert int(row["NumMentions"]) == happening["n_mentions"]
            assert row["EventCode"] == happening["cameo"] and row["QuadClass"] == str(happening["quad_class"])
            assert row["Actor1CountryCode"] == "JPN" and row["Actor2CountryCode"] == "PRK"
            assert row["Actor1Code"] == "JPNGOV" and len(row["DATEADDED"]) == 14
        assert frame["GlobalEventID"].nunique() == 2


def test_table_formats_read_back_equal_to_the_store(tmp_path: Path) -> None:
    with summit_store(tmp_path / "d.duckdb") as store:
        stored = {h["happening_id"]: h for h in store.happenings()}
        for fmt in ("parquet", "csv", "jsonl"):
            out = tmp_path / f"h.{fmt}"
            assert store.export(fmt, out) == len(stored)
        table = pq.read_table(tmp_path / "h.parquet")
        assert table.schema.names == [name for name, _t, _d in HAPPENING_SCHEMA]
        assert table.schema.field("n_articles").metadata[b"doc"] == b"articles that report it"
        frames = {"parquet": table.to_pandas(), "csv": pd.read_csv(tmp_path / "h.csv"),
                  "jsonl": pd.read_json(tmp_path / "h.jsonl", lines=True, convert_dates=False, dtype=False)}
        for fmt, frame in frames.items():
            assert set(frame["happening_id"]) == set(stored), fmt
            for row in frame.to_dict("records"):
                happening = stored[row["happening_id"]]
                for column in ("event_type", "n_articles", "n_sources", "n_events", "date", "factuality"):
                    assert row[column] == happening[column], (fmt, column)
                ids = row["event_ids"].split(";") if fmt == "csv" else list(row["event_ids"])
                members = store.happening(row["happening_id"])["events"]
                assert sorted(ids) == sorted(e["event_id"] for e in members)


def test_polecat_records_and_cli(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    summit_store(db).close()
    out = tmp_path / "p.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "polecat", "--out", str(out), "--db", str(db),
                                 "--type", "consult"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 1
    summit = records[0]
    assert summit["event_type"] == "CONSULT" and summit["event_date"] == "2002-09-17"
    assert {a["country"] for a in summit["actor"]} == {"JPN"} and {a["country"] for a in summit["recipient"]} == {"PRK"}
    assert len(summit["source_sentences"]) == 3 and summit["n_articles"] == 3
    assert summit["date_votes"] == {"2002-09-17": 2, "2002-09": 1}
    with Store(db, read_only=True) as store:
        assert summit["event_id"] == store.happenings(actor="PRK")[0]["happening_id"]
    bad = runner.invoke(app, ["export", "--format", "xml", "--out", str(out), "--db", str(db)])
    assert bad.exit_code == 2 and "unknown --format" in bad.output
