"""The `detente` command end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "Tokyo protests missile launch\n\n"
    "Japan lodged a formal protest with North Korea on Thursday after Pyongyang fired a ballistic missile "
    "that landed inside Japan's exclusive economic zone, the chief cabinet secretary told reporters in Tokyo.\n"
)


def detente(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("detente")
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_code_prints_one_record_per_document_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00" * 50)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "n1", "text": ARTICLE.replace("Thursday", "Friday")})
                                      + "\nnot json\n", "utf-8")
    result = detente("code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.jsonl"),
                     "--date", "2023-04-13", "--source", "Test Wire")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    good, binary, jsonl_good, jsonl_bad = records
    assert set(good) >= {"document", "actors", "events", "quotes", "claims"} and "error" not in good
    doc = good["document"]
    assert doc["published"] == "2023-04-13" and doc["published_source"] == "given"
    assert doc["source"] == "Test Wire" and doc["language"] == "en" and doc["title"] == "Tokyo protests missile launch"
    assert len(doc["doc_id"]) == 16
    assert "binary" in binary["error"] and binary["events"] == []
    assert jsonl_good["document"]["external_id"] == "n1"
    assert "malformed JSON on line 2" in jsonl_bad["error"]
    again = detente("code", str(tmp_path / "a.txt"), "--date", "2023-04-13", "--source", "Test Wire")
    assert json.loads(again.stdout.splitlines()[0]) == good  # deterministic


def test_code_gives_a_record_for_each_copy_of_the_same_text(tmp_path: Path) -> None:
    """Two inputs with the same text (a wire story saved twice) each get their record, in input order; the second
    once stopped the whole run with a TypeError, as the coder skipped a text it had coded in the same run."""
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE.replace("Thursday", "Friday"), "utf-8")
    result = detente("code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                     "--date", "2023-04-13")
    assert result.returncode == 0, result.stderr
    first, second, third = [json.loads(line) for line in result.stdout.splitlines()]
    assert first == second and first["events"] and "error" not in second
    assert third["document"]["doc_id"] != first["document"]["doc_id"] and third["events"]


def test_usage_errors_exit_non_zero(tmp_path: Path) -> None:
    missing = detente("code", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    typo = detente("ingest", str(tmp_path / "good.txt"), str(tmp_path / "god.txt"), "--db", str(tmp_path / "t.duckdb"))
    # a mistyped path is refused before any work starts, naming it, rather than after half a batch
    assert typo.returncode == 2 and "god.txt" in typo.stderr and "good.txt" not in typo.stderr
    bad_date = detente("code", "-", "--date", "13/01/2024", stdin=ARTICLE)
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    bad_model = detente("code", "-", "--model", "xx_no_such_model", stdin=ARTICLE)
    assert bad_model.returncode == 2 and "not installed" in bad_model.stderr


def test_stdin_text(tmp_path: Path) -> None:
    result = detente("code", "-", stdin=ARTICLE)
    assert result.returncode == 0
    assert json.loads(result.stdout)["document"]["text"].startswith("Tokyo protests missile launch")


def test_ingest_events_and_summary(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    db = tmp_path / "x.duckdb"
    first = detente("ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2023-04-13")
    assert first.returncode == 0, first.stderr
    assert "coded 1 new document" in first.stderr
    second = detente("ingest", str(tmp_path / "in"), "--db", str(db))
    assert "coded 0 new document" in second.stderr and "skipped 1" in second.stderr
    for fmt in ("table", "jsonl", "csv"):
        listed = detente("events", "--db", str(db), "--format", fmt)
        assert listed.returncode == 0, listed.stderr
    csv_out = detente("events", "--db", str(db), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("event_id,doc_id,date")
    summary = detente("summary", "--db", str(db))
    assert summary.returncode == 0 and "1 documents" in summary.stdout
    missing = detente("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and "no database" in missing.stderr


def test_time_verb_reads_the_tense_of_each_sentence(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The envoys met on Monday. The vote takes place on Friday.", encoding="utf-8")
    result = detente("time", str(story), "--date", "2024-01-10")
    assert result.returncode == 0, result.stderr
    values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert values == ["2024-01-08", "2024-01-12"]
    missing = detente("time", str(story), "--model", "no_such_pipeline")
    assert missing.returncode == 2 and "no_such_pipeline" in missing.stderr


def test_a_stop_that_lands_inside_a_duckdb_read_ends_in_one_line_not_a_traceback(tmp_path: Path, monkeypatch) -> None:
    """SIGTERM raises SystemExit in its handler; when it lands while DuckDB reads one of our Arrow tables, DuckDB
    hands back its own InvalidInputException instead (seen by bench/faults.py). After a stop that error is the
    stop: exit 143, the one-line message, no traceback."""
    import duckdb
    from typer.testing import CliRunner

    import detente.store.inputs as inputs
    from detente import cli

    def stopped_inside_duckdb(*_args: object) -> None:
        cli._STOPPING.append(True)  # what the SIGTERM handler records before raising
        raise duckdb.InvalidInputException("reading the schema of the Python object 'rows' failed: SystemExit: 143")

    monkeypatch.setattr(inputs, "remember", stopped_inside_duckdb)
    monkeypatch.setattr(cli, "_STOPPING", [], raising=False)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Japan and South Korea signed a trade agreement on Monday.", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"])
    assert result.exit_code == 143, result.output
    assert "stopped" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, duckdb.Error)
