"""CPU per document inside a worker, forked from a loaded coder against spawned, on the same chunks.

    .venv/bin/python bench/worker_cpu.py [--docs 200] [--workers 2] [--methods spawn fork fork-nofreeze spawn fork]

Each task measures its own process's user + system CPU (and minor page faults) around the coding of
its chunk, inside the worker, so start-up (imports, model load, the first document's lazy loads: one
warm-up task per worker first) is left out and what is compared is the coding alone. `fork` is
runs/parallel.py's forked path (the parent loads and warms the coder, `gc.freeze()`, forks);
`fork-nofreeze` the same without freezing the collector; `spawn` the default (each worker loads the
model, warms it and freezes the collector's view of it); `spawn-nofreeze` as before session 5;
`inprocess` codes the same chunks in this process, as `detente code --workers 1` does (no pool, no
thread limits, no `gc.freeze`), measured the same way: `--workers 1 --methods inprocess spawn
inprocess spawn` compares a lone worker with the in-process run under the same load. Repeating a
method in the list shows the run-to-run spread. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import resource
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from inputs import numbered_corpus

from detente.ingest import read_inputs
from detente.records import RawDocument
from detente.runs import parallel
from detente.settings import Settings


def task(raws: list[RawDocument]) -> tuple[float, float, int, int]:
    """(user s, system s, minor faults, documents) of coding one chunk in this worker."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    out = parallel._worker["coder"].code(raws, None, None, None)
    after = resource.getrusage(resource.RUSAGE_SELF)
    return after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime, after.ru_minflt - before.ru_minflt, len(out)


def in_process(raws: list[RawDocument]) -> list[tuple[float, float, int, int]]:
    """The chunks coded here, by one ChunkCoder, as `code_stream` does with one worker."""
    parallel._worker["coder"] = parallel.ChunkCoder(Settings())
    try:
        for raw in raws[:2]:  # warm-up, as the pool's first tasks
            task([raw])
        return [task(raws[i:i + 2 * parallel.CHUNK]) for i in range(0, len(raws), 2 * parallel.CHUNK)]
    finally:
        parallel._worker.pop("coder", None)


def run(method: str, raws: list[RawDocument], workers: int) -> str:
    settings = Settings()
    if method == "inprocess":
        return row(method, in_process(raws))
    saved = parallel._one_thread_per_worker()
    if method.startswith("fork"):
        loaded = parallel.ChunkCoder(settings)
        loaded.warm()
        parallel._worker["coder"] = loaded
        if method == "fork":
            gc.collect()
            gc.freeze()
        context, init, args = multiprocessing.get_context("fork"), parallel._init_forked, ()
    else:
        context, init = multiprocessing.get_context("spawn"), parallel._init_worker
        args = (settings, frozenset(), method != "spawn-nofreeze")
    chunks = [raws[i:i + parallel.CHUNK] for i in range(0, len(raws), parallel.CHUNK)]
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=init, initargs=args) as pool:
            list(pool.map(task, [[raw] for raw in raws[:2 * workers]]))  # warm-up: the first document's lazy loads
            results = list(pool.map(task, chunks))
    finally:
        parallel._worker.pop("coder", None)
        gc.unfreeze()
        os.environ.clear()
        os.environ.update(saved)
    return row(method, results)


def row(method: str, results: list[tuple[float, float, int, int]]) -> str:
    user, system = sum(r[0] for r in results), sum(r[1] for r in results)
    faults, docs = sum(r[2] for r in results), sum(r[3] for r in results)
    return (f"| {method} | {docs} | {user:.2f} | {system:.2f} | {1000 * (user + system) / docs:.1f} | "
            f"{faults / docs:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--methods", nargs="+", default=["spawn", "fork", "fork-nofreeze", "spawn", "fork"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "corpus.jsonl"
        numbered_corpus(data, args.docs)
        raws = list(read_inputs([data]))
    print(f"{args.docs} documents, {args.workers} workers; load average {os.getloadavg()[0]:.1f} at start")
    print("| method | documents | user s | system s | CPU s per 1,000 documents | minor faults per document |")
    print("|---|---:|---:|---:|---:|---:|")
    for method in args.methods:
        print(run(method, raws, args.workers), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
