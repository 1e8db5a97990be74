"""Relation series between two parties: Python twin (DataFrame), CLI formats and the chart."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from tests.test_corpus_happenings import event, record


def build(path: Path) -> None:
    with Store(path) as store:
        # the same talks reported twice, from either side: one happening, two reports
        accusation = event("b", "ACCUSE", "PRK", "JPN", "2002-09-03", trigger="accused",
                           sentence="Pyongyang accused Tokyo of lying.")
        accusation.update(quad_class=3, goldstein=-2.0, cameo="112")
        store.add_record(record("d1", [event("a", "CONSULT", "JPN", "PRK", "2002-09-17"), accusation]))
        store.add_record(record("d2", [event("c", "CONSULT", "PRK", "JPN", "2002-09-17", reciprocal=True)],
                                source="other"))
        sanction = event("d", "SANCTION", "JPN", "PRK", "2006-10-14", trigger="imposed",
                         sentence="Japan imposed sanctions on North Korea.")
        sanction.update(quad_class=4, goldstein=-8.0, cameo="163")
        store.add_record(record("d3", [sanction, event("e", "CONSULT", "JPN", "PRK", "2006-10-02",
                                                        factuality="hypothetical")], published="2006-10-15"))
        store.add_record(record("d4", [event("f", "CONSULT", "JPN", "CHN", "2006-10-05")], published="2006-10-15"))


def test_relations_dataframe_counts_happenings_per_direction(tmp_path: Path) -> None:
    build(tmp_path / "d.duckdb")
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        frame = store.relations("JPN", "PRK", by="month")
        assert isinstance(frame, pd.DataFrame)
        rows = {(str(r.period), r.direction): r for r in frame.itertuples()}
        sept = rows[("2002-09-01", "both")]
        assert (sept.happenings, sept.reports) == (2, 3)  # talks (2 reports) + accusation (1)
        assert (sept.verbal_cooperation_happenings, sept.verbal_cooperation_reports) == (1, 2)
        assert rows[("2002-09-01", "JPN->PRK")].happenings == 1  # the talks, reciprocal
        assert rows[("2002-09-01", "PRK->JPN")].happenings == 2  # the talks and the accusation
        assert "CONSULT:1" in sept.top_types and "ACCUSE:1" in sept.top_types
        october = rows[("2006-10-01", "both")]
        assert october.happenings == 1  # the hypothetical talks do not count
        assert october.material_conflict_happenings == 1 and october.goldstein_sum == -8.0
        assert ("2006-10-01", "PRK->JPN") not in rows
        assert list(store.relations("jpn", "prk-gov", by="year", since="2006-01-01")["period"].astype(str)) == \
            ["2006-01-01", "2006-01-01"]
        assert store.relations("JPN", "CHN")["happenings"].sum() == 3


def test_relations_cli_formats_and_plot(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    build(db)
    runner = CliRunner()
    result = runner.invoke(app, ["relations", "JPN", "PRK", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["direction"] for r in rows} == {"JPN->PRK", "PRK->JPN", "both"}
    csv_out = tmp_path / "r.csv"
    assert runner.invoke(app, ["relations", "JPN", "PRK", "--db", str(db), "--format", "csv", "--out", str(csv_out),
                               "--by", "year"]).exit_code == 0
    assert pd.read_csv(csv_out)["happenings"].tolist() == [1, 2, 2, 1, 1]
    parquet = tmp_path / "r.parquet"
    png = tmp_path / "r.png"
    result = runner.invoke(app, ["relations", "JPN", "PRK", "--db", str(db), "--format", "parquet", "--out",
                                 str(parquet), "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert pd.read_parquet(parquet)["reports"].sum() > 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    table = runner.invoke(app, ["relations", "JPN", "PRK", "--db", str(db)])
    assert "2002-09-01" in table.stdout and "CONSULT" in table.stdout
    bad = runner.invoke(app, ["relations", "JPN", "PRK", "--db", str(db), "--by", "fortnight"])
    assert bad.exit_code == 2 and "unknown --by" in bad.output


def test_summary_ranks_dyads_and_shows_a_timeline(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    build(db)
    with Store(db, read_only=True) as store:
        summary = store.summary(dyad=("prk", "jpn"))
    assert summary["counts"]["documents"] == 4 and summary["counts"]["reported_by_several"] == 1
    top = summary["dyads"][0]
    assert (top["a"], top["b"], top["happenings"], top["reports"]) == ("JPN", "PRK", 3, 4)
    assert top["trend"] == "↑" and (top["year_before"], top["last_year"]) == (0, 1)
    assert [r["event_type"] for r in summary["timeline"]] == ["ACCUSE", "CONSULT", "CONSULT", "SANCTION"]
    runner = CliRunner()
    shown = runner.invoke(app, ["summary", "--db", str(db)])
    assert shown.exit_code == 0 and "JPN – PRK" in shown.stdout and "CHN – JPN" in shown.stdout
    timeline = runner.invoke(app, ["summary", "--db", str(db), "--dyad", "CHN", "JPN"])
    assert timeline.exit_code == 0 and "1 happening(s)" in timeline.stdout and "SANCTION" not in timeline.stdout
