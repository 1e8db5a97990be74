"""Coding on several processes: forked from a loaded coder (Linux) or spawned, the same lines in the
same order as one process; chunks small at both ends, nothing lost or reordered."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from detente.ingest import read_inputs
from detente.records import RawDocument
from detente.runs import parallel
from detente.safetext import json_line

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("count", "workers"), list(itertools.product((0, 1, 7, 40, 203), (1, 2, 4))))
def test_chunks_keep_every_document_in_order_small_at_both_ends(count: int, workers: int) -> None:
    raws = [RawDocument(origin=f"d{i}", text=f"text {i}") for i in range(count)]
    pieces = list(parallel.chunks(iter(raws), workers))
    assert [r for piece in pieces for r in piece] == raws
    assert all(1 <= len(piece) <= parallel.CHUNK for piece in pieces)
    if count >= 40:
        assert [len(p) for p in pieces[:3]] == list(parallel.RAMP)  # the first record waits for one document
        tail = [len(p) for p in pieces[-2 * workers:]]
        assert tail[-1] == 1 and max(tail) < parallel.CHUNK  # the workers finish together


def _documents(tmp_path: Path, count: int) -> list[RawDocument]:
    texts = [r.text for r in read_inputs([REPO / "samples"]) if r.text]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i}", "published": "2024-01-08",
                                        "text": f"{texts[i % len(texts)]}\n\nItem {i}."}) + "\n"
                            for i in range(count)), encoding="utf-8")
    return list(read_inputs([path]))


def test_forked_and_spawned_workers_print_what_one_process_prints(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    raws = _documents(tmp_path, parallel.SMALL_RUN + 3)
    one = [line for _origin, line in parallel.code_stream(raws, workers=1, encode=json_line)]
    assert len(one) == len(raws) and all('"error"' not in line for line in one)
    for method in ("fork", "spawn"):
        monkeypatch.setenv(parallel.START_METHOD, method)
        assert parallel.start_method() == method
        lines = [line for _origin, line in parallel.code_stream(raws, workers=2, encode=json_line)]
        assert lines == one, method


def test_workers_started_before_the_store_code_what_one_process_codes(tmp_path: Path) -> None:
    """`ingest` into a new store spawns its workers first (runs.parallel.prestart), before the store is
    imported and opened: they print what one process prints; a run that turns out to skip stored
    documents does not use them (they were told to skip nothing) and still skips those documents."""
    raws = _documents(tmp_path, parallel.SMALL_RUN + 3)
    one = [line for _origin, line in parallel.code_stream(raws, workers=1, encode=json_line)]
    started = parallel.prestart(None, 1)
    lines = [line for _origin, line in parallel.code_stream(raws, workers=1, encode=json_line, apart=True,
                                                            started=started)]
    assert lines == one
    stored = json.loads(one[0])["document"]["doc_id"]
    unused = parallel.prestart(None, 1)
    processes = list(unused._processes.values())
    out = [item for _origin, item in parallel.code_stream(raws, workers=1, encode=json_line, apart=True,
                                                          skip={stored}, started=unused)]
    assert out[0] == parallel.Skipped(stored, raws[0].origin) and out[1:] == one[1:]
    assert processes and not any(process.is_alive() for process in processes)  # stopped, not left running


EXIT_SCRIPT = """
import sys, time
from concurrent.futures import process
from detente.records import RawDocument
from detente.runs import parallel

# widen the window the exit race needs: the pool's manager closes its wake-up pipe late, and
# the interpreter's exit hook pauses between seeing the pipe open and writing to it
closing = process._ExecutorManagerThread.join_executor_internals
def late_close(self):
    time.sleep(0.5)
    closing(self)
process._ExecutorManagerThread.join_executor_internals = late_close

raws = [RawDocument(origin=f"d{i}", text=f"Japan met China in Tokyo on Monday. Item {i}.") for i in range(20)]
coded = list(parallel.code_in_parallel(iter(raws), workers=2))
print(len(coded))

def slow_wakeup(self):
    if not self._closed:
        time.sleep(1.0)
        self._writer.send_bytes(b"")
process._ThreadWakeup.wakeup = slow_wakeup
"""


def test_a_finished_parallel_run_exits_without_a_traceback(tmp_path: Path) -> None:
    """A run's pool is shut down without waiting (its workers end while the caller writes on); the
    interpreter's exit must still find it closed, not race its manager thread for the wake-up pipe
    (Python 3.11 printed "Exception ignored ... Bad file descriptor" after a good run)."""
    import subprocess
    import sys

    script = tmp_path / "run.py"
    script.write_text(EXIT_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["20"]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
