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
import re
import tempfile
import threading
import time
from pathlib import Path

import psutil
from distributed.diagnostics.plugin import SchedulerPlugin
from inputs import news_corpus, numbered_corpus


class Stream(SchedulerPlugin):
    """Every task's worker and compute start/stop (wall clock), kept on the LocalCluster's scheduler,
    which lives in this process."""

    name = "bench-task-stream"

    def __init__(self) -> None:
        self.tasks: list[tuple[str, float, float]] = []
        self.keys: list[str] = []  # each task's key, beside `tasks`

    def transition(self, key: object, start: str, finish: str, *args: object, **kwargs: object) -> None:
        if start == "processing" and finish in ("memory", "erred"):
            for ss in kwargs.get("startstops", ()):  # type: ignore[attr-defined]
                if ss.get("action") == "compute":
                    self.tasks.append((str(kwargs.get("worker", "?")), ss["start"], ss["stop"]))
                    self.keys.append(str(key))


class GarbageCollections:
    """The client's garbage collections: how many of each generation and their CPU seconds (of the thread
    that set each off: the loading thread, or the event loop's)."""

    def __init__(self) -> None:
        import gc

        self.count = [0, 0, 0]
        self.cpu = [0.0, 0.0, 0.0]
        self.at: dict[int, float] = {}
        gc.callbacks.append(self.callback)

    def callback(self, phase: str, info: dict[str, int]) -> None:
        me = threading.get_ident()
        if phase == "start":
            self.at[me] = time.thread_time()
        elif me in self.at:
            generation = info["generation"]
            self.count[generation] += 1
            self.cpu[generation] += time.thread_time() - self.at.pop(me)


class Sampler:
    """The CPU seconds of this process's children (the workers), sampled until stopped. Listing the
    children walks every process of the machine (psutil reads /proc), so they are listed once a
    second and only their own counters read in between; the sampler's own CPU (`own`) is left out of
    the client's figures."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.cpu: dict[int, float] = {}
        self.server: set[int] = set()
        self.procs: list[psutil.Process] = []
        self.listed = 0.0
        self.own = 0.0
        self.series: list[tuple[float, float, dict[int, float]]] = []  # (wall, client CPU, each worker's CPU)
        self.threads: dict[int, float] = {}  # the client's own threads' CPU s, by native id (the last seen)
        self.names: dict[int, str] = {}  # ... and their names, where Python started them
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.sample_threads()
            self.own = time.thread_time()
            mine = self.me.cpu_times()
            self.series.append((time.perf_counter(), mine.user + mine.system - self.own, dict(self.cpu)))
            self.done.wait(0.25)

    def sample(self, fresh: bool = False) -> None:
        if fresh or time.monotonic() - self.listed > 1.0:
            self.procs = []
            for proc in self.me.children(recursive=True):
                try:
                    cmd = " ".join(proc.cmdline())
                except psutil.Error:
                    continue
                if "resource_tracker" in cmd:
                    continue
                if "forkserver import main" in cmd and proc.ppid() == self.me.pid:
                    self.server.add(proc.pid)  # the model server the workers are forked from
                self.procs.append(proc)
            self.listed = time.monotonic()
        for proc in self.procs:
            try:
                times = proc.cpu_times()
                self.cpu[proc.pid] = max(self.cpu.get(proc.pid, 0.0), times.user + times.system)
            except psutil.Error:
                continue

    def sample_threads(self) -> None:
        """The client's threads' CPU (a thread's counters are gone once it ends: the last sample stands)."""
        for t in threading.enumerate():
            if t.native_id is not None:
                self.names.setdefault(t.native_id, t.name)
        try:
            for t in self.me.threads():
                self.threads[t.id] = t.user_time + t.system_time
        except psutil.Error:
            pass

    def now(self) -> dict[int, float]:
        self.sample(fresh=True)
        return dict(self.cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", choices=("numbered", "news"), default="numbered",
                        help="the bench corpus (bench/inputs.py)")
    parser.add_argument("--bin", type=float, default=2.0, help="seconds per row of the timeline")
    parser.add_argument("--folder", action="store_true",
                        help="the corpus as a folder of one-document JSONL files (partitions of 32 files), not one file")
    parser.add_argument("--tasks", action="store_true", help="also list every task: worker, start, end, seconds")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the client's main thread (it reads "
                        "the shards and loads the store; the cluster's own threads are not in it)")
    args = parser.parse_args()

    from detente.runs import dask as run_dask
    from detente.store import Store

    collections = GarbageCollections()
    started = time.perf_counter()
    marks: list[tuple[str, float, float, float, float]] = []
    workers_at: dict[str, dict[int, float]] = {}
    streams: list[Stream] = []
    sampler = Sampler()

    def loop_cpu() -> float:
        """CPU s of the client's event loop thread (Dask's scheduler, nannies and client live there)."""
        ids = {t.native_id for t in threading.enumerate() if t.name == "IO loop"}
        return sum(t.user_time + t.system_time for t in sampler.me.threads() if t.id in ids)

    def mark(name: str) -> None:  # the client's CPU without the sampler's
        marks.append((name, time.perf_counter() - started, time.process_time() - sampler.own, time.thread_time(),
                      loop_cpu()))

    ready = run_dask._Cluster.ready

    def timed_ready(self: run_dask._Cluster) -> object:
        client = ready(self)
        if "cluster ready (models loaded)" not in {m[0] for m in marks}:
            mark("cluster ready (models loaded)")
            workers_at["ready"] = sampler.now()
            client.register_plugin(Stream())
            streams.append(self.local.scheduler.plugins[Stream.name])
        return client

    submit = run_dask._submit

    def timed_submit(*a: object, **k: object) -> object:
        out = submit(*a, **k)  # type: ignore[arg-type]
        mark("tasks submitted")
        return out

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
        # inside the load's transaction, after its last batch (before 5ac881a: after its commit)
        name = "_link_pending" if hasattr(self, "_link_pending") else "link_pending"
        link = getattr(self, name)

        def timed_link(*la: object, **lk: object) -> int | None:
            mark("batches loaded and linked (stories next)")
            out = link(*la, **lk)
            mark("stories grouped")
            return out

        setattr(self, name, timed_link)
        load_all(self, *a, **k)  # type: ignore[arg-type]
        mark("committed")

    run_dask._Cluster.ready = timed_ready  # type: ignore[method-assign]
    run_dask._shards_in_order = timed_shards  # type: ignore[assignment]
    run_dask._submit = timed_submit  # type: ignore[assignment]
    Store.load_all = timed_load_all  # type: ignore[method-assign]

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        (news_corpus if args.corpus == "news" else numbered_corpus)(data, args.docs, prefix="p")
        if args.folder:
            folder = Path(tmp) / "bench"
            folder.mkdir()
            for n, line in enumerate(data.read_text(encoding="utf-8").splitlines(keepends=True)):
                (folder / f"d{n:06d}.jsonl").write_text(line, encoding="utf-8")
            data.unlink()
            data = folder
        started = time.perf_counter()
        epoch = time.time()  # the workers' task times are wall-clock (time.time)
        cpu0, thread0, loop0 = time.process_time() - sampler.own, time.thread_time(), loop_cpu()
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
    print("| phase | wall s from start | client CPU s | of which the loading thread | of which the event loop "
          "(scheduler, nannies) |\n|---|---:|---:|---:|---:|")
    for name, wall, cpu, thread, loop in marks:
        print(f"| {name} | {wall:.1f} | {cpu - cpu0:.2f} | {thread - thread0:.2f} | {loop - loop0:.2f} |")
    ready_cpu = workers_at.get("ready", {})
    last_cpu = workers_at.get("last", {})
    print("\n| worker process | CPU s at cluster ready | at last shard | at end |\n|---|---:|---:|---:|")
    for pid, cpu in sorted(end.items(), key=lambda kv: -kv[1]):
        name = f"{pid} (model server)" if pid in sampler.server else str(pid)
        print(f"| {name} | {ready_cpu.get(pid, 0.0):.1f} | {last_cpu.get(pid, 0.0):.1f} | {cpu:.1f} |")
    print(f"\nall CPU s: client {marks[-1][2] - cpu0:.2f} + workers {sum(end.values()):.1f}")
    print("client garbage collections (generation 0, 1, 2): " + ", ".join(
        f"{n} in {cpu:.2f} CPU s" for n, cpu in zip(collections.count, collections.cpu, strict=True)))
    sampler.sample_threads()
    by_name: dict[str, float] = {}
    for tid, cpu in sampler.threads.items():
        name = "this sampler" if tid == sampler.thread.native_id else sampler.names.get(tid, "(not a Python thread)")
        name = name if tid != threading.main_thread().native_id else "main (reads shards, loads the store)"
        by_name[re.sub(r"[-_ ]?\d+$", "", name)] = by_name.get(re.sub(r"[-_ ]?\d+$", "", name), 0.0) + cpu
    print("\n| client thread | CPU s (whole process life) |\n|---|---:|")
    for name, cpu in sorted(by_name.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {cpu:.2f} |")
    if streams:
        print_tasks(streams[0].tasks, epoch, marks[-1][1], keys=streams[0].keys if args.tasks else None)
    print_timeline(sampler.series, started, cpu0, args.bin, sampler.server)


def print_tasks(tasks: list[tuple[str, float, float]], epoch: float, end: float, keys: list[str] | None = None) -> None:
    """Per worker: when it began and stopped coding, its tasks' seconds, and its idle gaps between
    the first task and the run's end (the tail: no task left for it); with `keys`, every task too."""
    if keys is not None:
        print("\n| partition | start s | end s | seconds | worker |\n|---:|---:|---:|---:|---|")
        for (worker, start, stop), key in sorted(zip(tasks, keys, strict=True), key=lambda t: t[0][1]):
            print(f"| {key.rsplit('-', 1)[-1]} | {start - epoch:.2f} | {stop - epoch:.2f} | {stop - start:.2f} | "
                  f"{worker.rsplit(':', 1)[-1]} |")
    print("\n| worker | tasks | first task starts (s) | last task ends (s) | coding s | gaps between tasks s | "
          "idle after its last task s |\n|---|---:|---:|---:|---:|---:|---:|")
    by: dict[str, list[tuple[float, float]]] = {}
    for worker, start, stop in tasks:
        by.setdefault(worker, []).append((start - epoch, stop - epoch))
    for worker, spans in sorted(by.items()):
        spans.sort()
        gaps = sum(max(0.0, b[0] - a[1]) for a, b in zip(spans, spans[1:], strict=False))
        print(f"| {worker.rsplit(':', 1)[-1]} | {len(spans)} | {spans[0][0]:.1f} | {spans[-1][1]:.1f} | "
              f"{sum(b - a for a, b in spans):.1f} | {gaps:.2f} | {end - spans[-1][1]:.1f} |")


def print_timeline(series: list[tuple[float, float, dict[int, float]]], started: float, cpu0: float,
                   step: float, server: set[int]) -> None:
    """The cores' use over the run, per `step` seconds: the client's and each worker's share of a core."""
    if not series:
        return
    pids = sorted({pid for _t, _c, cpu in series for pid in cpu})
    print(f"\ncores busy per {step:g} s (client, then each worker; 1.0 = one core):")
    print("| from s | client | " + " | ".join(("server " if pid in server else "w") + str(pid) for pid in pids) + " | sum |\n|---:|---:|" + "---:|" * (len(pids) + 1))
    previous = (started, cpu0, {})
    at = started + step
    for t, client, cpu in series:
        if t < at and (t, client, cpu) != series[-1]:
            continue
        span = max(1e-9, t - previous[0])
        shares = [(client - previous[1]) / span] + [(cpu.get(p, 0.0) - previous[2].get(p, 0.0)) / span for p in pids]
        print(f"| {previous[0] - started:.0f} | " + " | ".join(f"{x:.2f}" for x in shares) + f" | {sum(shares):.2f} |")
        previous = (t, client, cpu)
        at = t + step


if __name__ == "__main__":
    main()
