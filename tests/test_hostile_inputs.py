"""Each hostile input from issue 18 yields exactly one specific record, and the inputs around it survive.

Reader-level checks need no model; a few end-to-end checks run the real CLI once on a mixed batch.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from detente.ingest import normalise_date, prepare
from detente.ingest.limits import Limits
from detente.ingest.readers import decode_bytes, read_inputs
from detente.records import RawDocument

GOOD = ("Japan lodged a formal protest with North Korea on Thursday after Pyongyang fired a ballistic missile "
        "that landed in the sea, officials in Tokyo said.")


def detente(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).with_name("detente")
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, timeout=600,
                          env={**os.environ, **(env or {})})


def raws(*paths: Path | str, limits: Limits | None = None) -> list[RawDocument]:
    return list(read_inputs(paths, limits))


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    return path


def test_json_lines_that_used_to_abort_the_run_each_give_one_record(tmp_path: Path) -> None:
    lines = [
        '{{"id": {}, "text": {}}}'.format("7" * 5000, json.dumps(GOOD)),  # an int Python will not convert
        "[" * 100_000 + "]" * 100_000,  # deep nesting
        json.dumps({"id": "url", "url": "http://[::1", "text": GOOD}),
        f'{{"id": "\\ud800", "title": "\\udc00 t", "source": "\\udfff", "text": {json.dumps(GOOD)}}}',
        json.dumps({"id": "ok", "text": GOOD}),
    ]
    found = raws(write_jsonl(tmp_path / "a.jsonl", lines))
    assert len(found) == 5
    big, deep, url, surrogate, ok = found
    assert big.error is None and big.id == "7" * 5000  # kept as digits
    assert "nests deeper than 32" in (deep.error or "")
    assert url.error is None and url.url == "http://[::1"
    assert surrogate.id == "\ufffd" and surrogate.title == "\ufffd t" and surrogate.source == "\ufffd"
    prepared = prepare(url)
    assert prepared.error is None and prepared.document.source is None  # no host from a malformed URL
    for raw in (big, surrogate, ok):
        assert prepare(raw).error is None


def test_line_separators_inside_json_strings_do_not_split_a_line(tmp_path: Path) -> None:
    text = GOOD + "\u2028 More text.\u0085 And more.\u2029"
    path = write_jsonl(tmp_path / "s.jsonl", [json.dumps({"id": "a", "text": text}, ensure_ascii=False),
                                              json.dumps({"id": "b", "text": GOOD})])
    found = raws(path)
    assert [r.id for r in found] == ["a", "b"] and found[0].text == text


def test_file_names_that_are_not_utf8_are_read_and_printable(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD, "utf-8")
    with open(os.fsencode(folder) + b"/a\xff\xfe.txt", "wb") as handle:
        handle.write(GOOD.encode())
    found = raws(folder)
    assert len(found) == 2 and all(r.error is None for r in found)
    assert found[0].origin.endswith("a\\xff\\xfe.txt")
    found[0].origin.encode("utf-8")  # printable


def test_gzip_bombs_and_oversized_inputs_are_refused_with_the_limit_named(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "zeros.txt.gz", "wb") as handle:
        for _ in range(16):
            handle.write(b"\0" * 1024 * 1024)
    with gzip.open(tmp_path / "lines.jsonl.gz", "wb") as handle:
        handle.write((json.dumps({"id": "first", "text": GOOD}) + "\n").encode())
        for _ in range(16):
            handle.write(b"\n" * 1024 * 1024)
    (tmp_path / "big.txt").write_text("word " * 300_000, "utf-8")
    (tmp_path / "long.jsonl").write_text(json.dumps({"text": "x" * 3000}) + "\n" + json.dumps({"text": GOOD}) + "\n")
    zeros, first, bomb = raws(tmp_path / "zeros.txt.gz", tmp_path / "lines.jsonl.gz",
                              limits=Limits(ratio_floor_bytes=1_000_000))
    limits = Limits(max_file_bytes=1_000_000, max_line_bytes=1000)
    big, long_line, after = raws(tmp_path / "big.txt", tmp_path / "long.jsonl", limits=limits)
    assert "decompression bomb" in (zeros.error or "") and "DETENTE_MAX_GZIP_RATIO" in zeros.error
    assert first.id == "first" and first.error is None  # what came before the bomb is kept
    assert "decompression bomb" in (bomb.error or "")
    assert "DETENTE_MAX_FILE_BYTES" in (big.error or "")
    assert "too long" in (long_line.error or "") and "DETENTE_MAX_LINE_BYTES" in long_line.error
    assert after.error is None and after.text == GOOD
    huge = prepare(RawDocument(origin="x", text="Word and word. " * 100_000), limits=Limits(max_chars=100_000))
    assert "DETENTE_MAX_CHARS" in (huge.error or "")


def test_encodings_and_stray_control_characters(tmp_path: Path) -> None:
    assert decode_bytes(("\ufeff" + GOOD).encode("utf-16-le")) == GOOD
    assert decode_bytes(GOOD.encode("utf-16-be")) == GOOD  # no byte order mark
    assert decode_bytes(GOOD.replace("Thursday", "Thurs\x07day\x01").encode()) == GOOD
    assert decode_bytes(os.urandom(4096)) is None
    assert decode_bytes(b"\x00" * 50) is None


def test_impossible_dates_are_refused() -> None:
    assert normalise_date("2024-02-30") is None and normalise_date("2024-02-29") == "2024-02-29"
    prepared = prepare(RawDocument(origin="x", text=GOOD, published="2023-02-29"))
    assert "real date" in (prepared.error or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder, so an unreadable one cannot be made here")
def test_unreadable_folder_is_a_record(tmp_path: Path) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (locked / "a.txt").write_text(GOOD)
    locked.chmod(0)
    try:
        found = raws(tmp_path / "in")
    finally:
        locked.chmod(0o755)
    assert len(found) == 1 and "cannot read folder" in (found[0].error or "")


def test_symlink_loops_and_broken_links_are_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(GOOD)
    (folder / "sub" / "up").symlink_to("..")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = raws(folder)
    assert [r.error is None for r in found] == [False, True, False]
    assert "broken symbolic link" in (found[0].error or "") and "loop" in (found[2].error or "")


def test_error_records_never_echo_the_input() -> None:
    from detente.analysis import error_record

    secret = "Paragraph. " * 10_000
    prepared = prepare(RawDocument(origin="x", text=secret, published="not a date " * 100))
    record = error_record(prepared.document, prepared.error or "")
    assert len(json.dumps(record)) < 2000


def test_mixed_hostile_batch_end_to_end(tmp_path: Path) -> None:
    """`code` on a batch with every kind of bad input: one line each, exit 0, good documents coded."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [
        f'{{"id": "bad", "title": "\\ud800 [/bold] x \\u001b[2J", "text": {json.dumps(GOOD)}}}',
        "[" * 50_000,
        '{{"id": "ok", "text": {}}}'.format(json.dumps(GOOD.replace("Thursday", "Friday"))),
    ])
    (folder / "b.txt").write_bytes(("\ufeff" + GOOD).encode("utf-16-le"))
    result = detente("code", str(folder), "--workers", "1")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert b"Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(records) == 4
    assert [bool(r.get("error")) for r in records] == [False, True, False, False]
    assert all(r["events"] for r in records if not r.get("error"))


def test_store_usage_errors_are_one_line(tmp_path: Path) -> None:
    import duckdb

    from detente.store import Store, StoreError

    (tmp_path / "a.txt").write_text(GOOD)
    foreign = tmp_path / "foreign.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE sales (x INTEGER)")
    (tmp_path / "not.duckdb").write_text("hello")
    for db, words in ((foreign, "not a Détente store"), (tmp_path / "not.duckdb", "not a DuckDB"),
                      (tmp_path / "no" / "such" / "x.duckdb", "does not exist")):
        with pytest.raises(StoreError, match=words):
            Store(db)
    result = detente("ingest", str(tmp_path / "a.txt"), "--db", str(foreign))
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "not a Détente store" in stderr and "Traceback" not in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1
    with duckdb.connect(str(foreign)) as con:  # untouched
        assert [r[0] for r in con.execute("SHOW TABLES").fetchall()] == ["sales"]


def test_store_locked_by_another_writer_is_one_line(tmp_path: Path) -> None:
    from detente.store import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        (tmp_path / "a.txt").write_text(GOOD)
        result = detente("ingest", str(tmp_path / "a.txt"), "--db", str(db))
        stderr = result.stderr.decode()
        assert result.returncode == 2 and "in use by another process" in stderr and "Traceback" not in stderr
    finally:
        holder.kill()
        holder.wait()


def test_broken_actor_file_is_one_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    broken = tmp_path / "actors.yaml"
    broken.write_text("people:\n  - [unclosed\n")
    result = detente("code", str(tmp_path / "a.txt"), "--actors", str(broken))
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "actors.yaml" in stderr and "Traceback" not in stderr
    assert result.stdout == b""


def test_actors_resolve_stream_survives_bad_lines() -> None:
    stdin = b'{"text": null}\n[1]\n{"text": "Japan", "date": "2024-02-30"}\n{"text": "Japan"}\n'
    result = detente("actors", "resolve", "-", stdin=stdin)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(lines) == 4 and all("error" in line for line in lines[:3])
    assert "'text' must be a non-empty string" in lines[0]["error"] and lines[3].get("country") == "JPN"


def test_time_on_random_bytes_is_one_clear_error(tmp_path: Path) -> None:
    noise = tmp_path / "noise.txt"
    noise.write_bytes(os.urandom(1_000_000))
    result = detente("time", str(noise))
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "binary" in stderr and "Traceback" not in stderr


def test_reingest_keeps_one_failure_per_input(tmp_path: Path) -> None:
    from detente.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_bytes(b"\x00\x01" * 100)
    write_jsonl(folder / "c.jsonl", ["not json", json.dumps({"text": GOOD + " Again."})])
    with Store(tmp_path / "s.duckdb") as store:
        first = store.ingest([folder], workers=1)
        second = store.ingest([folder], workers=1)
        assert (first.coded, len(first.failed)) == (2, 2) and (second.coded, second.skipped) == (0, 2)
        assert store.counts()["failures"] == 2


def test_titles_are_shown_not_obeyed(tmp_path: Path) -> None:
    """A title holding rich markup or terminal escapes prints as text; CSV cells are not formulas."""
    import csv
    import io

    from detente.store.output import write_events

    row = {"event_id": "e", "doc_id": "d", "date": "2024-01-08", "event_type": "ACCUSE", "factuality": "asserted",
           "source": [{"country": "JPN", "text": "[bold]Japan"}], "target": [], "cameo": "111", "goldstein": -2.0,
           "doc_title": "[/bold] x \x1b[2J\x9b31m"}
    table = io.StringIO()
    write_events([row], "table", table)
    assert "[/bold] x" in table.getvalue() and "\x1b" not in table.getvalue() and "\x9b" not in table.getvalue()
    sheet = io.StringIO()
    write_events([{**row, "doc_title": "=HYPERLINK(\"http://x\")", "evidence": "@cmd"}], "csv", sheet)
    cells = list(csv.DictReader(io.StringIO(sheet.getvalue())))[0]
    assert cells["doc_title"].startswith("'=") and cells["evidence"] == "'@cmd" and cells["goldstein"] == "-2.0"
    lines = io.StringIO()
    write_events([row], "jsonl", lines)
    assert "\x9b" not in lines.getvalue() and json.loads(lines.getvalue())["doc_title"].endswith("\x9b31m")
