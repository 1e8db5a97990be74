"""Speed-up of `detente code --workers N` and `detente ingest --workers N`, and ingest against code.

    .venv/bin/python bench/workers.py [--docs 400] [--workers 1 2 4] [--dask]

Writes `--docs` distinct news-like documents (the bundled samples, each numbered so no two are the
same text) to a temporary JSONL file, then times, as a user runs them, `detente code` and `detente
ingest` (into a fresh store) with each worker count, and with --dask an ingest on a LocalCluster
of 2. Prints wall seconds, documents per second and the speed-up over one worker. The figures
depend on the machine's free cores: note the load average printed with them. Figures go in
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus(path: Path, docs: int) -> None:
    from detente.ingest import read_inputs

    texts = [r.text or "" for r in read_inputs([REPO / "samples"]) if r.error is None and r.text]
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            out.write(json.dumps({"id": f"b{i}", "published": "2024-01-08",
                                  "text": f"{texts[i % len(texts)]}\n\nReport {i} of the bench."}) + "\n")


def timed(args: list[str]) -> float:
    exe = str(Path(sys.executable).with_name("detente"))
    started = time.perf_counter()
    subprocess.run([exe, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        corpus(data, args.docs)
        print(f"{args.docs} documents; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
        base: dict[str, float] = {}
        runs = [("code", n) for n in args.workers] + [("ingest", n) for n in args.workers]
        if args.dask:
            runs.append(("ingest --dask local", 2))
        for verb, n in runs:
            db = Path(tmp) / f"{verb.replace(' ', '_')}-{n}.duckdb"
            command = [verb, str(data), "--workers", str(n)] if verb == "code" else \
                ["ingest", str(data), "--db", str(db), "--workers", str(n)] + (["--dask", "local"] if "dask" in verb else [])
            seconds = timed(command)
            key = "ingest" if verb.startswith("ingest") else "code"
            base.setdefault(key, seconds)
            print(f"{verb:20s} workers {n}: {seconds:7.1f} s, {args.docs / seconds:6.2f} docs/s, "
                  f"speed-up {base[key] / seconds:4.2f}x")
        print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
