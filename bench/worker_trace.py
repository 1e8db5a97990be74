"""CPU per document inside every coding process of `ingest` (plain and `--dask local`), call by call.

    .venv/bin/python bench/worker_trace.py [--docs 400] [--corpus news|numbered] [--repeat 1]
        [--runs plain1 dask1 dask2 (plain2, and any name + w: with bench/workers.py's sampler)]

Why: on the idle machine the lone worker of `ingest --dask local --workers 1` coded news about 15-20 %
cheaper per document than each worker of `--workers 2` (and, at 1,200 documents, than the plain
`ingest` worker), while two `code` workers on the numbered corpus cost what one does
(docs/performance.md, "Dask, session 12"). This bench says where a worker's CPU goes. Each run is a
real `detente ingest` of the same corpus into a fresh store, with bench/trace_site on PYTHONPATH:
every process records each `ChunkCoder.code` call (documents, characters, the coding thread's CPU,
the garbage collector's CPU, minor page faults, involuntary context switches, CPU migrations), its
threads' CPU, and its own totals. Printed per coding process: documents, CPU ms per 1,000
characters (all calls, and without each process's first call, which pays the first-touch costs),
the collector's share, faults per document, involuntary switches per CPU second, migrations; then,
for the Dask runs, the same partitions paired run against run (same documents, same 16-line pieces):
the median ratio of their CPU per call, which no difference of content can move. The runs are
alternated when `--repeat` > 1. Run it on an idle machine (or under `nice -n -20` with the session's
autogroup at -20, root) and compare like with like; figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from inputs import news_corpus, numbered_corpus

HERE = Path(__file__).resolve().parent
RUNS = {"plain1": ["--workers", "1"], "plain2": ["--workers", "2"],
        "dask1": ["--workers", "1", "--dask", "local"], "dask2": ["--workers", "2", "--dask", "local"]}


def traced(name: str, data: Path, tmp: Path) -> tuple[float, list[dict]]:
    """Run one `detente ingest` with tracing; its wall seconds and every traced process's record. A name
    ending in `w` (`dask2w`) also runs bench/workers.py's sampler on the run's process tree, as that
    bench does (every 0.5 s: psutil lists the machine's processes to find the tree, then reads each
    member's CPU and memory), to see what the sampling costs the workers."""
    out = tmp / f"trace-{name}-{time.monotonic_ns()}"
    out.mkdir()
    env = {**os.environ, "DETENTE_TRACE": str(out),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE / "trace_site"), os.environ.get("PYTHONPATH")]))}
    exe = str(Path(sys.executable).with_name("detente"))
    started = time.perf_counter()
    child = subprocess.Popen([exe, "ingest", str(data), "--db", str(out / "store.duckdb"), *RUNS[name.rstrip("w")]],
                             env=env, stdout=subprocess.DEVNULL)
    watch = None
    if name.endswith("w"):
        import psutil
        from workers import Watch

        watch = Watch(psutil.Process(child.pid))
        threading.Thread(target=watch.run, daemon=True).start()
    if child.wait() != 0:
        sys.exit(f"detente ingest failed ({child.returncode})")
    if watch is not None:
        watch.done.set()
    seconds = time.perf_counter() - started
    time.sleep(1.5)  # the last periodic records of processes that were ended, not exited
    return seconds, [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]


def per_kchars(calls: list[dict]) -> float:
    chars = sum(c["chars"] for c in calls)
    return 1000 * sum(c["cpu"] for c in calls) / max(1, chars) * 1000


def describe(name: str, seconds: float, procs: list[dict]) -> dict[str, dict]:
    """Print one run's processes; return its coding processes' calls keyed by each call's first input."""
    coders = [p for p in procs if p["calls"]]
    others = [p for p in procs if not p["calls"] and p["cpu"] > 0.5]
    print(f"\n{name}: {seconds:.1f} s wall; other processes' CPU s: "
          + ", ".join(f"{p['cpu']:.1f} (threads: " + ", ".join(f"{t[:20]} {v['cpu']:.1f}" for t, v in p["threads"].items()
                                                          if v["cpu"] >= 0.2) + ")" for p in others))
    print("| process | CPU s | docs | CPU ms per 1,000 chars (without its first call) | GC % | faults per doc | "
          "involuntary switches per CPU s | migrations | threads' CPU s |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---|")
    keyed: dict[str, dict] = {}
    for proc in coders:
        calls = proc["calls"]
        docs = sum(c["docs"] for c in calls)
        cpu = sum(c["cpu"] for c in calls)
        threads = ", ".join(f"{t[:24]} {v['cpu']:.1f}" for t, v in proc["threads"].items() if v["cpu"] >= 0.1)
        print(f"| {proc['pid']} | {proc['cpu']:.1f} | {docs} | {per_kchars(calls):.1f} ({per_kchars(calls[1:]):.1f}) | "
              f"{100 * sum(c['gc'] for c in calls) / max(cpu, 1e-9):.1f} | {sum(c['minflt'] for c in calls) / max(1, docs):.0f} | "
              f"{sum(c['involuntary'] for c in calls) / max(cpu, 1e-9):.0f} | {sum(c['migrations'] for c in calls)} | {threads} |")
        keyed.update({f"{c['first']}/{c['docs']}": c for c in calls[1:]})
    return keyed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--corpus", choices=("news", "numbered"), default="news")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--runs", nargs="+", choices=sorted([*RUNS, *(f"{n}w" for n in RUNS)]),
                        default=["plain1", "dask1", "dask2"], help="a name ending in w: with bench/workers.py's sampler")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "corpus.jsonl"
        (news_corpus if args.corpus == "news" else numbered_corpus)(data, args.docs)
        print(f"{args.docs} documents ({args.corpus}); load average {os.getloadavg()[0]:.1f} at start")
        paired: dict[str, list[dict[str, dict]]] = {}
        for _ in range(args.repeat):
            for name in args.runs:
                seconds, procs = traced(name, data, tmp)
                paired.setdefault(name, []).append(describe(name, seconds, procs))
        dask = [n for n in args.runs if n.startswith("dask")]
        for i, first in enumerate(dask):
            for second in dask[i + 1:]:
                for a, b in zip(paired[first], paired[second], strict=True):
                    common = sorted(set(a) & set(b))
                    ratios = [b[k]["cpu"] / a[k]["cpu"] for k in common if a[k]["cpu"] > 0.05]
                    if ratios:
                        print(f"\n{second} against {first}, the same {len(ratios)} partitions: median CPU ratio "
                              f"{statistics.median(ratios):.3f} (quartiles "
                              f"{', '.join(f'{q:.3f}' for q in statistics.quantiles(ratios, n=4))})")
        print(f"\nload average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
