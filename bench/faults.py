"""Kill an ingest at random points and check that a re-run finishes it with no duplicates.

    .venv/bin/python bench/faults.py [--docs 200] [--kills 6] [--workers 2] [--seed 3] [--disk-full | --only-disk-full]

It writes a corpus of short news-like documents (and a few bad inputs), ingests it once cleanly
for reference, then ingests it into a second store while killing the run (SIGKILL or SIGTERM, at
random moments) several times, and finally lets a run finish. The second store must then hold
exactly what the reference holds: the same documents, events, mentions, quotes, claims and
failures, none twice. With --disk-full (root, where mounting is permitted) it also ingests into a
small tmpfs that fills up part-way, checks that the run ends with one clear message and no
traceback, grows the file system and checks that a re-run finishes the store with nothing twice.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TABLES = ("documents", "events", "event_mentions", "actors", "quotes", "claims", "failures")
WHO = ["Japan", "China", "Brazil", "Kenya", "India", "Germany", "Mexico", "Turkey", "Canada", "Egypt"]
ACT = ["imposed sanctions on", "held talks with", "accused", "sent aid to", "condemned", "signed a deal with"]


def write_corpus(folder: Path, docs: int, seed: int) -> None:
    """`docs` short documents as JSONL lines in a few files, plus two bad inputs."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(0, docs, 50):
        lines = []
        for index in range(part, min(docs, part + 50)):
            who, whom = rng.sample(WHO, 2)
            text = (f"{who} {rng.choice(ACT)} {whom} on Monday, officials said. Report number {index}. "
                    f"{whom} {rng.choice(ACT)} {who} a day later.")
            lines.append(json.dumps({"id": f"n{index}", "text": text, "published": "2024-05-06"}))
        lines.append("{not json")
        (folder / f"part-{part:05d}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def detente(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("detente")), *args]


def counts(db: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        found = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
        found["distinct_mentions"] = con.execute(
            "SELECT count(*) FROM (SELECT DISTINCT * FROM event_mentions)").fetchone()[0]  # type: ignore[index]
    return found


@dataclass
class FaultReport:
    reference: dict[str, int]
    after: dict[str, int]
    kills: list[str]
    tracebacks: int

    @property
    def passed(self) -> bool:
        return self.reference == self.after and self.tracebacks == 0


def fault_run(work: Path, docs: int = 200, kills: int = 6, workers: int = 2, seed: int = 3) -> FaultReport:
    rng = random.Random(seed)
    corpus = work / "corpus"
    write_corpus(corpus, docs, seed)
    reference, target = work / "reference.duckdb", work / "target.duckdb"
    subprocess.run(detente("ingest", str(corpus), "--db", str(reference), "--workers", str(workers)),
                   check=True, capture_output=True)
    done: list[str] = []
    tracebacks = 0
    for _ in range(kills):
        how = rng.choice([signal.SIGKILL, signal.SIGTERM])
        process = subprocess.Popen(detente("ingest", str(corpus), "--db", str(target), "--workers", str(workers)),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        delay = rng.uniform(2.0, 20.0)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(how)
        _out, err = process.communicate()
        tracebacks += err.count(b"Traceback")
        done.append(f"{how.name} after {delay:.1f} s")
        time.sleep(0.5)  # let killed workers go
    final = subprocess.run(detente("ingest", str(corpus), "--db", str(target), "--workers", str(workers)),
                           capture_output=True)
    tracebacks += final.stderr.count(b"Traceback")
    return FaultReport(counts(reference), counts(target), done, tracebacks)


def disk_full(work: Path, docs: int = 100) -> tuple[bool, str]:
    """Ingest into a small tmpfs that fills up part-way: the run must end with one clear line and a
    non-zero exit, not a traceback; then, with the file system grown, a re-run must finish the store
    so that it holds exactly what a clean run holds, nothing twice. (passed, what happened)"""
    corpus = work / "disk-full-corpus"
    write_corpus(corpus, docs, 9)
    reference = work / "disk-full-reference.duckdb"
    subprocess.run(detente("ingest", str(corpus), "--db", str(reference), "--workers", "1"), check=True,
                   capture_output=True)
    size_kb = 1024  # 100 short documents need about 1.3 MB (store and write-ahead log) while ingesting
    mount = work / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        return True, "skipped: mounting a tmpfs is not permitted here"
    try:
        db = mount / "s.duckdb"
        full = subprocess.run(detente("ingest", str(corpus), "--db", str(db), "--workers", "1"), capture_output=True)
        stderr = full.stderr.decode("utf-8", "replace").strip()
        partial = counts(db)["documents"] if db.exists() and full.returncode == 0 else None
        subprocess.run(["mount", "-o", "remount,size=256m", str(mount)], check=True, capture_output=True)
        rerun = subprocess.run(detente("ingest", str(corpus), "--db", str(db), "--workers", "1"), capture_output=True)
        after, expected = counts(db), counts(reference)
        ok = (full.returncode != 0 and "Traceback" not in stderr and len(stderr.splitlines()) <= 2
              and rerun.returncode == 0 and after == expected)
        return ok, (f"{size_kb} KB tmpfs : exit {full.returncode}, {stderr[-240:]!r}{f' ({partial} stored)' if partial else ''}; "
                    f"re-run with room: exit {rerun.returncode}, {after['documents']} documents and "
                    f"{after['events']} events (clean run {expected['documents']} and {expected['events']}), "
                    f"{'no duplicates' if after == expected else 'DIFFERENT from the clean run'}")
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--disk-full", action="store_true", help="also fill a small tmpfs (root only)")
    parser.add_argument("--only-disk-full", action="store_true", help="the disk-full check alone")
    args = parser.parse_args()
    passed = True
    with tempfile.TemporaryDirectory() as tmp:
        if not args.only_disk_full:
            report = fault_run(Path(tmp), args.docs, args.kills, args.workers, args.seed)
            print("kills:", "; ".join(report.kills))
            print("reference:", report.reference)
            print("after:    ", report.after)
            print("tracebacks:", report.tracebacks, "->", "PASSED" if report.passed else "FAILED")
            passed = report.passed
        if (args.disk_full or args.only_disk_full) and os.geteuid() == 0:
            ok, what = disk_full(Path(tmp))
            print("disk full:", what, "->", "PASSED" if ok else "FAILED")
            passed = passed and ok
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
