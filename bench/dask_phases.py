"""Where the time of one `ingest --dask local` run goes: phase times of the client, and every process's
CPU seconds over the run.

    .venv/bin/python bench/dask_phases.py [--docs 400] [--workers 2]

Runs `detente.runs.dask.ingest_on_dask` in this process (the client, with the LocalCluster's
scheduler and nannies) on `--docs` numbered documents into a fresh store, with timers wrapped around
the module's steps: the cluster ready (its workers have loaded the model), the first and the last
shard handed to the store, the load transaction committed, the return; the client's CPU seconds,
and those of its main thread, which reads the shards and loads the store (the rest is the
LocalCluster's scheduler and nannies, whose housekeeping grows with the wall time). The worker processes are
sampled every 0.25 s: their CPU seconds when the cluster was ready (start-up: imports and the model)
and at the end. Wall figures mean something only on an idle machine; the CPU columns hold on a busy
one. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import tempfile
import threading
import time
from pathlib import Path

import psutil
from inputs import news_corpus, numbered_corpus


class Sampler:
    """The CPU seconds of this process's children (the workers), sampled until stopped. Listing the
    children walks every process of the machine (psutil reads /proc), so they are listed once a
    second and only their own counters read in between; the sampler's own CPU (`own`) is left out of
    the client's figures."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.cpu: dict[int, float] = {}
        self.procs: list[psutil.Process] = []
        self.listed = 0.0
        self.own = 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.own = time.thread_time()
            self.done.wait(0.25)

    def sample(self, fresh: bool = False) -> None:
        if fresh or time.monotonic() - self.listed > 1.0:
            self.procs = [p for p in self.me.children(recursive=True)
                          if "resource_tracker" not in " ".join(p.cmdline())]
            self.listed = time.monotonic()
        for proc in self.procs:
            try:
                times = proc.cpu_times()
                self.cpu[proc.pid] = max(self.cpu.get(proc.pid, 0.0), times.user + times.system)
            except psutil.Error:
                continue

    def now(self) -> dict[int, float]:
        self.sample(fresh=True)
        return dict(self.cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", choices=("numbered", "news"), default="numbered",
                        help="the bench corpus (bench/inputs.py)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the client's main thread (it reads "
                        "the shards and loads the store; the cluster's own threads are not in it)")
    args = parser.parse_args()

    from detente.runs import dask as run_dask
    from detente.store import Store

    started = time.perf_counter()
    marks: list[tuple[str, float, float, float]] = []
    workers_at: dict[str, dict[int, float]] = {}
    sampler = Sampler()

    def mark(name: str) -> None:  # the client's CPU without the sampler's
        marks.append((name, time.perf_counter() - started, time.process_time() - sampler.own, time.thread_time()))

    ready = run_dask._Cluster.ready

    def timed_ready(self: run_dask._Cluster) -> object:
        client = ready(self)
        if "cluster ready (models loaded)" not in {m[0] for m in marks}:
            mark("cluster ready (models loaded)")
            workers_at["ready"] = sampler.now()
        return client

    shards = run_dask._shards_in_order

    def timed_shards(*a: object, **k: object):  # type: ignore[no-untyped-def]
        for n, batch in enumerate(shards(*a, **k)):  # type: ignore[arg-type]
            if n == 0:
                mark("first load batch ready")
            yield batch
        mark("last load batch ready")
        workers_at["last"] = sampler.now()

    load_all = Store.load_all

    def timed_load_all(self: Store, *a: object, **k: object) -> None:
        commit = self.link_pending

        def timed_link(*la: object, **lk: object) -> int:
            mark("batches loaded and linked (stories next)")
            out = commit(*la, **lk)  # type: ignore[arg-type]
            mark("stories grouped, committed")
            return out

        self.link_pending = timed_link  # type: ignore[method-assign]
        load_all(self, *a, **k)  # type: ignore[arg-type]

    run_dask._Cluster.ready = timed_ready  # type: ignore[method-assign]
    run_dask._shards_in_order = timed_shards  # type: ignore[assignment]
    Store.load_all = timed_load_all  # type: ignore[method-assign]

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        (news_corpus if args.corpus == "news" else numbered_corpus)(data, args.docs, prefix="p")
        started = time.perf_counter()
        cpu0, thread0 = time.process_time() - sampler.own, time.thread_time()
        mark("start")
        profile = cProfile.Profile() if args.profile else None
        if profile:
            profile.enable()
        report = run_dask.ingest_on_dask([data], Path(tmp) / "p.duckdb", scheduler="local", workers=args.workers)
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        mark("returned")
        end = sampler.now()
        sampler.done.set()
    print(f"{args.docs} documents, {args.workers} workers, coded {report.coded}; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| phase | wall s from start | client CPU s | of which the loading thread |\n|---|---:|---:|---:|")
    for name, wall, cpu, thread in marks:
        print(f"| {name} | {wall:.1f} | {cpu - cpu0:.1f} | {thread - thread0:.1f} |")
    ready_cpu = workers_at.get("ready", {})
    last_cpu = workers_at.get("last", {})
    print("\n| worker process | CPU s at cluster ready | at last shard | at end |\n|---|---:|---:|---:|")
    for pid, cpu in sorted(end.items(), key=lambda kv: -kv[1]):
        print(f"| {pid} | {ready_cpu.get(pid, 0.0):.1f} | {last_cpu.get(pid, 0.0):.1f} | {cpu:.1f} |")
    print(f"\nall CPU s: client {marks[-1][2] - cpu0:.1f} + workers {sum(end.values()):.1f}")


if __name__ == "__main__":
    main()
