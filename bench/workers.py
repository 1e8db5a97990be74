"""Speed-up of `detente code --workers N` and `detente ingest --workers N [--dask local]`, with the
CPU seconds and peak memory of every process.

    .venv/bin/python bench/workers.py [--docs 400] [--workers 1 2 4] [--corpus numbered|news]
        [--dask [--dask-only] [--no-running-cluster]]

Writes `--docs` distinct news-like documents (the bundled samples, each numbered so no two are the
same text) to a temporary JSONL file, then times, as a user runs them, `detente code` and `detente
ingest` (into a fresh store) with each worker count, and with --dask an ingest on a LocalCluster of
each worker count. With --dask, also `detente ingest --dask tcp://...` on a cluster already running
(`dask scheduler` and `dask worker` processes started here, their workers warmed by one small
ingest first, as on a real cluster used run after run): the same run without the cluster's
start-up, with the scheduler's and workers' CPU counted as that run's share of it. Speed-ups are
against the plain run (`code` or `ingest`) of the first worker count; `vs same kind` compares a
Dask run with the Dask run of the first worker count of the same kind. While a command runs, its
process tree is sampled every 0.5 s: each process's
CPU seconds (user + system) and peak resident memory (VmHWM).

The last line printed, `CPU s elsewhere (steal)`, gives per run the machine's busy CPU during it
(/proc/stat) less the run's own, and the time the hypervisor gave this machine's cores to others: a
process that shares a core with the run makes it slower *and* costlier per document (each time slice
refills the core's caches: on this machine a coder time-sharing its core spent about 20 % more CPU per
document than one holding it, bench/neighbours.py), so a speed-up measured with more than a few
seconds elsewhere was not measured on an idle machine.

Wall time only shows a speed-up on free cores. On a busy machine the CPU accounting still shows
whether the design can scale: the work should be split evenly between the workers, with little
CPU in the parent (reading inputs, writing output or the store). `CPU s total` is the kernel's
account of the whole tree (exact); the parent's CPU after the first record (code) is what it spends
passing records on, apart from its start-up (on Linux the parent loads the model and forks the
workers). The `cpu-bound` column is the speed-up the accounting predicts on idle cores: the CPU of
the one-worker run divided by the longest chain of work that cannot be shared (the busiest
process, or the parent's start-up followed by the busiest worker); the `idle-machine` column also
counts that all processes share this machine's cores (one-worker CPU divided by the larger of that
chain and the run's total CPU over the cores). For `code`, the time to the first record (start-up:
imports, loading the model) and the steady rate from the first record to the last separate
start-up from throughput. The last column applies that floor (the larger of the chain and all CPU over
the cores) to every run, the one-worker runs too, and compares each run's floor with that of the
plain one-worker run (`code` or `ingest`) and with that of the first run of the same kind (`--dask
local` 2 against `--dask local` 1): the speed-up the CPU accounting predicts on an idle machine of
this many cores, like with like. `--dask local` forks its workers from a model server (the process that
loaded the model once): its CPU is shown with the workers' and counted in the chain before the busiest worker. `--corpus news` (bench/inputs.py) gives articles over many days and
topics instead of the 12 numbered samples of one day. Figures go in docs/performance.md, with the load average printed here.
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from inputs import news_corpus, numbered_corpus

REPO = Path(__file__).resolve().parents[1]
INTERVAL = 0.5  # seconds between samples: often enough for the peaks, rare enough to take little of
# the cores the workers share (sampling every 0.1 s took a few per cent of a core on 2 cores)


@dataclass
class Seen:
    """One process of the tree: what it is, its last CPU seconds and its peak memory."""

    role: str
    cpu: float = 0.0
    peak_mb: float = 0.0


@dataclass
class Watch:
    """Samples a process and its descendants until stopped."""

    root: psutil.Process
    seen: dict[int, Seen] = field(default_factory=dict)
    done: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(INTERVAL)

    def sample(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        for proc in procs:
            try:
                with proc.oneshot():
                    times = proc.cpu_times()
                    entry = self.seen.get(proc.pid)
                    if entry is None:
                        entry = self.seen[proc.pid] = Seen(role_of(proc, self.root))
                    entry.cpu = max(entry.cpu, times.user + times.system)
                    entry.peak_mb = max(entry.peak_mb, peak_rss_mb(proc.pid), proc.memory_info().rss / 2**20)
            except (psutil.Error, OSError):
                continue


def role_of(proc: psutil.Process, root: psutil.Process) -> str:
    if proc.pid == root.pid:
        return "parent"
    cmd = " ".join(proc.cmdline())
    if "resource_tracker" in cmd or "semaphore_tracker" in cmd:
        return "other"
    if "forkserver import main" in cmd and proc.ppid() == root.pid:
        return "server"  # the fork server `--dask local` loads the model in and forks its workers from
    if "spawn_main" in cmd or "multiprocessing-fork" in cmd or "forkserver" in cmd:
        return "worker"
    if proc.ppid() == root.pid and proc.cmdline() == root.cmdline():  # forked from the parent
        return "worker"
    return "other"


def peak_rss_mb(pid: int) -> float:
    """The process's high-water mark of resident memory (Linux), 0 where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def machine_cpu() -> tuple[float, float]:
    """(busy, steal) CPU seconds of the whole machine since boot, from /proc/stat (0, 0 elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except OSError:
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq) / tick, steal / tick


@dataclass
class Run:
    seconds: float
    procs: list[Seen]
    parent_start: float = 0.0  # the parent's CPU seconds up to the first record (code only)
    cpu: float = 0.0  # user + system of every process of the run (exact: the kernel's account of the tree)
    first_record: float | None = None  # seconds from the start to the first record printed (code only)
    steady: float | None = None  # documents per second from the first record to the last (code only)
    machine: float = 0.0  # busy CPU seconds of the whole machine during the run
    steal: float = 0.0  # CPU seconds the hypervisor took from this machine's cores during the run


def watched(args: list[str]) -> Run:
    """Run one `detente` command: its wall seconds, every process it started and, for `code`, when
    its records came out."""
    exe = str(Path(sys.executable).with_name("detente"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine_before = machine_cpu()
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen([exe, *args], stdout=subprocess.PIPE, stderr=err)
        watch = Watch(psutil.Process(child.pid))
        thread = threading.Thread(target=watch.run, daemon=True)
        thread.start()
        stamps: list[float] = []
        parent_at_first = 0.0  # the parent's CPU when the first record came: its start-up (model load)
        for _line in child.stdout or ():
            stamps.append(time.perf_counter())
            if len(stamps) == 1:
                try:
                    times = watch.root.cpu_times()
                    parent_at_first = times.user + times.system
                except psutil.Error:
                    pass
        child.wait()
        seconds = time.perf_counter() - started
        watch.done.set()
        thread.join()
        if child.returncode != 0:
            err.seek(0)
            sys.exit(f"detente {' '.join(args)} failed ({child.returncode}): {err.read().decode(errors='replace')[-800:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine_after = machine_cpu()
    run = Run(seconds, [s for s in watch.seen.values() if s.role != "other" or s.cpu > 1.0],
              cpu=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), parent_start=parent_at_first,
              machine=machine_after[0] - machine_before[0], steal=machine_after[1] - machine_before[1])
    if len(stamps) > 1:
        run.first_record = stamps[0] - started
        run.steady = (len(stamps) - 1) / max(1e-9, stamps[-1] - stamps[0])
    return run


# -- Dask on a running cluster ---------------------------------------------------------------------
@contextmanager
def running_cluster(workers: int) -> Iterator[tuple[str, list[psutil.Process]]]:
    """A scheduler and `workers` one-thread worker processes, as `dask scheduler` / `dask worker`
    start them on a real cluster; yields its address and the processes started."""
    from distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    started = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                **quiet)]
    try:
        # as docs/scaling.md advises for a real cluster: no statistical profiler on the coding thread,
        # and glibc's own malloc thresholds (no MALLOC_TRIM_THRESHOLD_ from the nanny), from a config file
        config = Path(tempfile.mkdtemp(prefix="dask-config-"))
        (config / "detente.yaml").write_text("distributed:\n  nanny:\n    pre-spawn-environ:\n"
                                             "      MALLOC_TRIM_THRESHOLD_: null\n", encoding="utf-8")
        env = {**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False", "DASK_CONFIG": str(config)}
        started += [subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--nworkers", "1",
                                      "--no-dashboard", "--memory-limit", "0"], env=env, **quiet)
                    for _ in range(workers)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, [psutil.Process(p.pid) for p in started]
    finally:
        for proc in reversed(started):
            proc.terminate()
        for proc in reversed(started):
            proc.wait(timeout=60)


def tree_cpu(procs: list[psutil.Process]) -> dict[int, tuple[str, float]]:
    """CPU seconds of each process of these trees now: pid -> (role, seconds); the scheduler is 'other'."""
    out: dict[int, tuple[str, float]] = {}
    for index, root in enumerate(procs):
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for proc in members:
            try:
                if "resource_tracker" in " ".join(proc.cmdline()):
                    continue
                times = proc.cpu_times()
                # a worker's nanny keeps it alive and idles: its share goes with the scheduler's
                role = "other" if index == 0 or proc.pid == root.pid else "worker"
                out[proc.pid] = (role, times.user + times.system)
            except psutil.Error:
                continue
    return out


def on_running_cluster(data: Path, db: Path, workers: int, warm: Path) -> Run:
    """`detente ingest --dask ADDRESS` on a running, warmed cluster of `workers` workers; the cluster's
    processes' CPU over the run is added to the run's processes."""
    with running_cluster(workers) as (address, procs):
        watched(["ingest", str(warm), "--db", str(db.with_suffix(".warm.duckdb")), "--dask", address])
        before = tree_cpu(procs)
        run = watched(["ingest", str(data), "--db", str(db), "--dask", address])
        after = tree_cpu(procs)
        run.procs += [Seen(role, cpu - before.get(pid, (role, 0.0))[1], peak_rss_mb(pid))
                      for pid, (role, cpu) in after.items()]
    return run


def main() -> None:
    elsewhere: list[str] = []  # per run: CPU the rest of the machine used meanwhile (steal)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--dask", action="store_true", help="also ingest on a Dask LocalCluster of each worker count")
    parser.add_argument("--skip-ingest", action="store_true", help="time `detente code` only")
    parser.add_argument("--dask-only", action="store_true",
                        help="time the Dask runs and the plain ingest of the first worker count only")
    parser.add_argument("--no-running-cluster", action="store_true",
                        help="with --dask, leave out the runs on a running cluster (`--dask ADDRESS`)")
    parser.add_argument("--corpus", choices=("numbered", "news"), default="numbered",
                        help="numbered: the 12 samples numbered, one day (one story); news: articles of "
                             "../shared/data over many days and topics (bench/inputs.py)")
    args = parser.parse_args()
    make_corpus = news_corpus if args.corpus == "news" else numbered_corpus
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        make_corpus(data, args.docs, prefix="b")
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])} (commit {commit})")
        print(f"{args.docs} documents ({args.corpus} corpus); {os.cpu_count()} cores; load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at start")
        runs = [("code", n) for n in args.workers]
        if not args.skip_ingest:
            runs += [("ingest", n) for n in args.workers]
        if args.dask:
            runs += [("ingest --dask local", n) for n in args.workers]
            if not args.no_running_cluster:
                runs += [("ingest --dask ADDRESS (running cluster)", n) for n in args.workers]
            # --dask-only keeps the plain one-worker ingest: the Dask runs are compared with it too
            runs = [r for r in runs if "dask" in r[0] or r == ("ingest", args.workers[0])] if args.dask_only else runs
            numbered_corpus(Path(tmp) / "warm.jsonl", 32 * max(args.workers), prefix="w")  # pieces for every worker
        print("| run | workers | wall s | docs/s | speed-up | first record s | steady docs/s (speed-up) | "
              "CPU s total | CPU s parent (after first record) | CPU s per worker | cpu-bound speed-up | idle-machine speed-up | "
              "peak MB per worker (parent) | wall speed-up vs same kind | predicted idle s (speed-up vs plain 1; vs same kind 1) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---|")
        base: dict[str, tuple[float, float, float | None]] = {}
        predicted: dict[str, float] = {}  # the predicted idle seconds of each kind's first run
        for verb, n in runs:
            db = Path(tmp) / f"{verb.replace(' ', '_')}-{n}.duckdb"
            command = ["code", str(data), "--workers", str(n)] if verb == "code" else \
                ["ingest", str(data), "--db", str(db), "--workers", str(n)] + (["--dask", "local"] if "dask" in verb else [])
            run = on_running_cluster(data, db, n, Path(tmp) / "warm.jsonl") if "running" in verb \
                else watched(command)
            parent = next((p for p in run.procs if p.role == "parent"), Seen("parent"))
            workers = [p for p in run.procs if p.role == "worker"]
            total_cpu = max(run.cpu, sum(p.cpu for p in run.procs))
            elsewhere.append(f"{verb} {n}: {max(0.0, run.machine - total_cpu):.1f} ({run.steal:.1f})")
            key = "code" if verb == "code" else "ingest"  # against the plain run of the first worker count
            base.setdefault(key, (run.seconds, total_cpu, run.steady))
            base.setdefault(verb, (run.seconds, total_cpu, run.steady))  # each kind against its own first
            # the longest chain of work that cannot be shared: the busiest process, and for workers
            # forked from a loaded parent, the parent's start-up followed by the busiest worker
            # (the parent's CPU when the first of several records came out: `ingest` prints only its
            # summary, at the end, so its workers follow no such start-up)
            # (and for workers forked from a model server, that server's CPU: it loads the model first)
            server = sum(p.cpu for p in run.procs if p.role == "server")
            start = (run.parent_start if run.first_record is not None else 0.0) + server
            busiest = max([parent.cpu, *(start + w.cpu for w in workers)])
            worker_cpu = ", ".join(f"{w.cpu:.1f}" for w in sorted(workers, key=lambda w: -w.cpu)) or "(in parent)"
            worker_cpu += f" (model server {server:.1f})" if server else ""
            worker_mb = ", ".join(f"{w.peak_mb:.0f}" for w in workers) or "-"
            first = f"{run.first_record:.1f}" if run.first_record is not None else "-"
            steady = "-"
            if run.steady is not None:
                steady = f"{run.steady:.1f} ({run.steady / (base[key][2] or run.steady):.2f}x)"
            # on idle cores a run takes at least its busiest process and at least all its CPU spread
            # over the machine's cores (the parent's reading and writing take a core's share too)
            floor = max(busiest, total_cpu / (os.cpu_count() or 1))
            # the same floor for the baseline runs too, so that a run is compared like with like: a
            # one-worker ingest or Dask run is itself two busy processes (writer or client, worker)
            predicted.setdefault(key, floor)
            predicted.setdefault(verb, floor)
            print(f"| {verb} | {n} | {run.seconds:.1f} | {args.docs / run.seconds:.2f} | "
                  f"{base[key][0] / run.seconds:.2f}x | {first} | {steady} | {total_cpu:.1f} | {parent.cpu:.1f} ({max(0.0, parent.cpu - run.parent_start) if run.first_record is not None else 0:.1f}) | {worker_cpu} | "
                  f"{base[key][1] / busiest:.2f}x | {base[key][1] / floor:.2f}x | {worker_mb} ({parent.peak_mb:.0f}) | "
                  f"{base[verb][0] / run.seconds:.2f}x | {floor:.1f} ({predicted[key] / floor:.2f}x; "
                  f"{predicted[verb] / floor:.2f}x) |",
                  flush=True)
        print(f"\nload average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at end")
        print(f"CPU s elsewhere on the machine during each run (steal): {'; '.join(elsewhere)}")


if __name__ == "__main__":
    main()
