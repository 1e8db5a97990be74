"""`detente ingest --dask` on a real LocalCluster of two workers: same store as a local run, the model
loaded once per worker, and a killed run finished by the next with nothing stored twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from detente.store import Store

WHO = ["Japan", "China", "Kenya", "Brazil", "India", "Egypt"]


def corpus(folder: Path) -> Path:
    """Six short documents in three files and one bad line."""
    folder.mkdir()
    for part in range(3):
        lines = []
        for i in range(2):
            a, b = WHO[(part * 2 + i) % 6], WHO[(part * 2 + i + 1) % 6]
            lines.append(json.dumps({"id": f"{part}-{i}", "published": "2024-05-06",
                                     "text": f"{a} imposed sanctions on {b} on Monday, officials said. {b} "
                                             f"condemned the move a day later."}))
        if part == 1:
            lines.append("{broken")
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def table_counts(db: Path) -> dict[str, object]:
    """Rows per table, and the stored records themselves (the same coded records as a local run's)."""
    with duckdb.connect(str(db), read_only=True) as con:
        counts: dict[str, object] = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("documents", "events", "event_mentions", "actors", "failures", "happenings",
                      "happening_events", "stories", "input_fingerprints")}
        counts["records"] = [r[0] for r in con.execute("SELECT record FROM documents ORDER BY doc_id").fetchall()]
        return counts


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("dask")
    inputs = corpus(root / "in")
    with Store(root / "reference.duckdb") as store:
        store.ingest([inputs], workers=1)
    return inputs, table_counts(root / "reference.duckdb")


def test_dask_scheduler_address_codes_like_a_local_run(tmp_path: Path, reference) -> None:  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    from detente.runs.dask import ingest_on_dask, model_loads

    inputs, expected = reference
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = ingest_on_dask([inputs], tmp_path / "d.duckdb", scheduler=cluster.scheduler_address,
                                files_per_partition=1)
        loads = client.run(model_loads)
        assert not Path(f"{tmp_path / 'd.duckdb'}.journal").exists()  # journal removed once loaded
        assert table_counts(tmp_path / "d.duckdb") == expected  # fingerprints included
        # the run kept its inputs' fingerprints, as a plain ingest does: a plain re-ingest skips every
        # good input before cleaning it, and so does another run on the cluster
        with Store(tmp_path / "d.duckdb") as store:
            again = store.ingest([inputs], workers=1)
        third = ingest_on_dask([inputs], tmp_path / "d.duckdb", scheduler=cluster.scheduler_address)
    assert (report.coded, len(report.failed)) == (6, 1)
    assert (again.coded, again.skipped, third.coded, third.skipped) == (0, 6, 0, 6)
    assert table_counts(tmp_path / "d.duckdb") == expected
    # three partitions on two workers: each worker that coded loaded the model exactly once
    assert all(len(models) <= 1 for models in loads.values()) and any(loads.values())


def test_dask_run_skips_inputs_a_plain_ingest_stored_before_cleaning_them(tmp_path: Path, reference) -> None:  # type: ignore[no-untyped-def]
    """A worker skips an input whose fingerprint the store knows without cleaning it; an input whose
    fingerprint is new but whose text is stored is cleaned, skipped by doc_id, and its fingerprint kept."""
    from detente.runs.dask import code_partition, read_shard, shard_path
    from detente.settings import Settings
    from detente.store import inputs as store_inputs

    inputs, _expected = reference
    with Store(tmp_path / "p.duckdb") as store:
        store.ingest([inputs / "part0.jsonl"], workers=1)
        known = frozenset(store_inputs.known(store.con))
        skip = frozenset(store.doc_ids())
    assert len(known) == 2
    journal = tmp_path / "journal"
    journal.mkdir()
    code_partition([str(inputs / "part0.jsonl")], str(shard_path(journal, 0)), None, None, Settings(), skip, known)
    shard = read_shard(journal, 0)
    assert (shard.loaded, shard.skipped, sorted(m for m, _d in shard.marks)) == ([], 2, [])
    code_partition([str(inputs / "part0.jsonl")], str(shard_path(journal, 1)), None, None, Settings(), skip)
    shard = read_shard(journal, 1)
    assert (shard.loaded, shard.skipped) == ([], 2) and sorted(m for m, _d in shard.marks) == sorted(known)


def test_killed_dask_run_is_finished_by_the_next(tmp_path: Path, reference) -> None:  # type: ignore[no-untyped-def]
    inputs, expected = reference
    db = tmp_path / "k.duckdb"
    script = ("import sys; from detente.runs.dask import ingest_on_dask; "
              "print(ingest_on_dask([sys.argv[1]], sys.argv[2], scheduler='local', workers=2, "
              "files_per_partition=1).summary())")
    run = [sys.executable, "-c", script, str(inputs), str(db)]
    first = subprocess.Popen(run, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    journal = Path(f"{db}.journal")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and first.poll() is None and not list(journal.glob("*/shard-*.parquet")):
        time.sleep(0.1)
    os.killpg(first.pid, signal.SIGKILL)  # the client, its cluster and its workers
    first.wait()
    second = subprocess.run(run, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr[-2000:]
    assert table_counts(db) == expected
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM event_mentions)").fetchone()[0] \
            == expected["event_mentions"]


def test_a_large_jsonl_file_is_shared_by_workers_in_pieces_that_read_as_the_whole_file(tmp_path: Path) -> None:
    from detente.ingest import read_inputs
    from detente.ingest.readers import read_jsonl_piece
    from detente.runs.dask import LINES_PER_PIECE, plan_run

    lines = [json.dumps({"id": f"n{i}", "text": f"Kenya and Egypt held talks on day {i}.\u2028Officials said so."})
             for i in range(3 * LINES_PER_PIECE + 5)]
    lines[7], lines[20] = "{broken", ""  # a bad line and a blank one keep their line numbers
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines))  # no newline after the last line
    plan = plan_run([path], {})
    # one piece of 16 lines, then the last 37 lines (under TAIL_LINES) in pieces of 4, the last of
    # them (at least LAST_LINES, here 17) in pieces of one line
    assert [p[0][2] - p[0][1] > 0 for p in plan.partitions].count(True) == len(plan.partitions) == 1 + 5 + 17
    assert all(len(p) == 1 and not isinstance(p[0], str) for p in plan.partitions)
    assert [p[0][3] for p in plan.partitions] == [1, *range(17, 37, 4), *range(37, len(lines) + 1)]
    pieces = [raw for (piece,) in plan.partitions for raw in read_jsonl_piece(Path(piece[0]), *piece[1:])]
    whole = list(read_inputs([path]))
    assert [(r.origin, r.id, r.text, r.error) for r in pieces] == [(r.origin, r.id, r.text, r.error) for r in whole]
    assert len(whole) == len(lines) - 1 and whole[7].error


def test_a_run_partitioned_another_way_has_another_key_so_its_journal_is_not_reused(tmp_path: Path) -> None:
    """A resumed run reuses shards by partition number: a run that groups the same files differently
    (another files-per-partition or bytes-per-partition) must not read shards whose numbers meant
    other partitions."""
    from detente.runs.dask import plan_run

    for i in range(100):
        (tmp_path / f"a{i:03d}.txt").write_text(f"Kenya and Egypt held talks on day {i}.")
    paths = sorted(tmp_path.glob("*.txt"))
    by_one, by_two = plan_run(paths, {}, files_per_partition=1), plan_run(paths, {}, files_per_partition=2)
    assert len(by_one.partitions) == 100 and [len(p) for p in by_two.partitions[:18]] == [2] * 18
    assert by_one.key != by_two.key
    assert plan_run(paths, {}, files_per_partition=2).key == by_two.key  # the same run keeps its key
    assert plan_run(paths, {}, files_per_partition=2, bytes_per_partition=10).key != by_two.key


def test_a_shard_holds_the_store_items_the_client_would_have_made(tmp_path: Path) -> None:
    """Workers make each record's rows and linking features; what the client reads back from the
    shard equals what it would make from the record itself, and a shard of the older kind (records
    only, left by an interrupted run before an upgrade) is still read."""
    import pyarrow.parquet as pq

    from detente.runs.dask import code_partition, read_shard, shard_path
    from detente.settings import Settings
    from detente.store.items import StoreItem, as_item

    inputs = corpus(tmp_path / "in")
    journal = tmp_path / "journal"
    journal.mkdir()
    written = code_partition([str(inputs / "part1.jsonl")], str(shard_path(journal, 0)), None, None, Settings(),
                             frozenset())
    loaded = read_shard(journal, 0).loaded
    assert written == len(loaded) == 3 and all(isinstance(item, StoreItem) for item, _where in loaded)
    for item, where in loaded:
        assert "part1.jsonl" in where
        again = as_item(item.record)
        assert (again.doc_id, again.error, again.events) == (item.doc_id, item.error, item.events)
        if item.error is None:  # the same rows (but for the time stamp) and the same features
            stamp = 11  # documents.ingested_at
            assert item.rows["documents"][0][:stamp] == again.rows["documents"][0][:stamp]
            assert item.rows["documents"][0][-1] == again.rows["documents"][0][-1]
            assert {t: r for t, r in item.rows.items() if t != "documents"} == \
                {t: r for t, r in again.rows.items() if t != "documents"}
            assert item.features == again.features and item.article == again.article
    assert sum(item.error is not None for item, _w in loaded) == 1  # the broken line
    older = pq.read_table(shard_path(journal, 0)).drop_columns(["item"])
    pq.write_table(older, shard_path(journal, 1))
    assert [(as_item(r).doc_id, w) for r, w in read_shard(journal, 1).loaded] == [(i.doc_id, w) for i, w in loaded]


def test_local_cluster_workers_are_forked_from_a_server_that_loaded_the_model(tmp_path: Path) -> None:
    """`--dask local` forks its workers from a server that loaded the model once: a process forked
    from it starts with the model loaded (it loads nothing itself), and the server, which holds a
    whole model, is gone once the run lets it go. Neither the server nor a worker coding a partition
    imports pandas (0.4 CPU s on the server's load, which every worker waits for)."""
    import multiprocessing
    from multiprocessing import forkserver

    from detente.runs.dask import ModelServer, code_partition, model_loads, shard_path
    from detente.settings import Settings

    inputs = corpus(tmp_path / "in")
    shard = shard_path(tmp_path, 0)
    server = ModelServer(Settings())
    assert server.running
    try:
        with multiprocessing.get_context("forkserver").Pool(1) as pool:
            loads, parent = pool.apply(model_loads), pool.apply(os.getppid)
            rows = pool.apply(code_partition, ([str(inputs / "part0.jsonl")], str(shard), None, None, Settings(),
                                               frozenset()))
            pandas = pool.apply(eval, ("'pandas' in __import__('sys').modules",))
        served_by = forkserver._forkserver._forkserver_pid  # noqa: SLF001
    finally:
        server.stop()
    assert loads == [Settings().model_name] and parent == served_by
    assert rows == 2 and shard.exists() and pandas is False
    assert forkserver._forkserver._forkserver_pid is None  # noqa: SLF001


def test_a_folder_run_ends_in_short_tasks_too(tmp_path: Path) -> None:
    """A folder's files go 32 to a partition, but its last files are cut finer, as a JSONL file's last
    lines are: groups of 4, then one file each, started longest first; every file still in exactly
    one partition, in input order."""
    from detente.runs.dask import LAST_LINES, TAIL_LINES, plan_run, start_priorities

    for i in range(200):
        (tmp_path / f"a{i:03d}.txt").write_text("Kenya and Egypt held talks. " * (1 + i % 7))
    paths = sorted(tmp_path.glob("*.txt"))
    plan = plan_run(paths, {})
    assert [name for part in plan.partitions for name in part] == [str(p.resolve()) for p in paths]
    counts = [len(p) for p in plan.partitions]
    assert counts[:4] == [32] * 4 and counts[-LAST_LINES:] == [1] * LAST_LINES
    assert set(counts[4:-LAST_LINES]) <= {4} and sum(counts[4:]) >= TAIL_LINES
    assert plan.sizes == [sum(Path(n).stat().st_size for n in part) for part in plan.partitions]
    priority = start_priorities(plan)
    last = sorted(range(len(plan.partitions) - LAST_LINES, len(plan.partitions)), key=lambda i: -priority[i])
    assert [plan.sizes[i] for i in last] == sorted((plan.sizes[i] for i in last), reverse=True)


def test_the_last_one_line_pieces_start_longest_first(tmp_path: Path) -> None:
    """Partitions start in input order, but the run's last LAST_LINES one-input partitions start
    after all others and longest first, so that a long document near the end of the input does not
    start last and leave the other workers idle while it is coded."""
    from detente.runs.dask import LAST_LINES, plan_run, start_priorities

    lengths = [200] * 40 + [100, 300, 5000, 50, 400] + [150] * (LAST_LINES - 5)
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": "Kenya and Egypt held talks. " * (n // 28)}) + "\n"
                            for i, n in enumerate(lengths)))
    plan = plan_run([path], {})
    priority = start_priorities(plan)
    tail = len(plan.partitions) - LAST_LINES
    assert all(p == 0 for p in priority[:tail])  # first come, first served
    last = priority[tail:]
    assert all(p < 0 for p in last) and len(set(last)) == LAST_LINES
    by_start = sorted(range(tail, len(plan.partitions)), key=lambda i: -priority[i])
    sizes = [plan.partitions[i][0][2] - plan.partitions[i][0][1] for i in by_start]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 4000  # the long document first of them


def test_a_dask_ingest_ends_without_teardown_but_with_its_output_and_exit_handlers() -> None:
    """`ingest --dask` skips the interpreter's teardown at its end: what it wrote still comes out, the
    exit handlers still run, and the exit status is 0."""
    script = ("import atexit, sys; from detente.cli import _leave_without_teardown; "
              "atexit.register(lambda: sys.stderr.write('handler ran')); sys.stdout.write('summary'); "
              "_leave_without_teardown()")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "summary", "handler ran")
