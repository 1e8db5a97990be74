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


def expected_series(store: Store, a: str, b: str, by: str) -> dict[tuple[str, str], tuple[int, int, float]]:
    """The series counted the slow way, from the happening rows themselves: (period, direction) ->
    (happenings, reports, Goldstein sum)."""
    out: dict[tuple[str, str], list[float]] = {}
    for h in store.happenings():
        if h["factuality"] != "asserted" or not h["day"]:
            continue
        is_ab = a in h["source_codes"] and b in h["target_codes"]
        is_ba = b in h["source_codes"] and a in h["target_codes"]
        period = h["day"][:4] + "-01-01" if by == "year" else h["day"][:7] + "-01"
        for direction, counts in ((f"{a}->{b}", is_ab or (h["reciprocal"] and is_ba)),
                                  (f"{b}->{a}", is_ba or (h["reciprocal"] and is_ab)), ("both", is_ab or is_ba)):
            if counts:
                row = out.setdefault((period, direction), [0, 0, 0.0])
                row[0] += 1
                row[1] += h["n_articles"]
                row[2] += h["goldstein"] or 0.0
    return {k: (int(v[0]), int(v[1]), round(v[2], 6)) for k, v in out.items()}


def test_relation_series_equals_the_slow_count_before_and_after_the_pair_table_is_sorted(tmp_path: Path) -> None:
    import random

    rng = random.Random(3)
    parties, types = ["JPN", "PRK", "CHN", "KOR"], ["CONSULT", "ACCUSE", "SANCTION", "AGREE"]
    records = []
    for d in range(80):
        events = []
        for i in range(3):
            src, tgt = rng.sample(parties, 2)
            kind = rng.choice(types)
            day = f"{rng.choice([2002, 2003])}-{rng.randint(1, 12):02d}-{rng.randint(1, 3):02d}"
            e = event(f"e{d}-{i}", kind, src, tgt, day, trigger=kind.lower(), sentence=f"{src} and {tgt}: {kind}.",
                      reciprocal=kind in ("CONSULT", "AGREE"), factuality=rng.choice(["asserted"] * 4 + ["future"]))
            e.update(goldstein=float(rng.randint(-10, 10)))
            events.append(e)
        records.append(record(f"doc{d}", events, published="2003-12-31", source=f"paper{d % 5}"))
    with Store(tmp_path / "d.duckdb") as store:
        store.add_records(records[:40])
        store.add_records(records[40:])
        for a, b, by in (("JPN", "PRK", "month"), ("CHN", "KOR", "year"), ("PRK", "JPN-GOV", "month")):
            want = expected_series(store, a, b, by)
            assert want  # the fixture holds happenings of every dyad asked
            unsorted = store.relations(a, b, by=by)
            got = {(str(r.period), r.direction): (r.happenings, r.reports, round(r.goldstein_sum, 6))
                   for r in unsorted.itertuples()}
            assert got == want
            store.optimize()
            pd.testing.assert_frame_equal(store.relations(a, b, by=by), unsorted)
