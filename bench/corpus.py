"""Corpus speed: re-ingest cost, linking a batch into a large store, relation series over many events.

    .venv/bin/python bench/corpus.py reingest [PATH ...] [--docs 400] [--workers 1] [--repeat 1]
    .venv/bin/python bench/corpus.py link --base 100000 --batch 1000
    .venv/bin/python bench/corpus.py relations --events 10000000

`reingest` runs, as a user does, `detente code` on PATH (default: `--docs` numbered copies of the
bundled samples), `detente ingest` into a fresh store, and the same ingest again (every document is
already stored: cleaned, hashed, skipped); it prints wall and CPU seconds (user + system of the
child processes) of each, ingest against code, and the second ingest as a share of the first. Both
sides read the same file with the same `--workers` and each loads the model once (`code --workers 1`
in its own process; `ingest --workers 1` in one worker process beside the writer, so the writer's
storing and linking overlap the coding); `--repeat N` runs N pairs, alternating which side goes
first, and prints the medians.

`link` links `--seed-docs` synthetic coded documents into a fresh store through `Store.add_records`
(the real path), then grows the store in DuckDB SQL to `--base` documents: every stored row of every
table again, ids suffixed, parties, months, blocks, signatures and band keys unchanged, so candidate
blocks hold as many happenings as a store that size spread over the same parties and 25 years. Then
it adds `--batch` new documents (half of their events fresh reports of stored happenings, half new)
through `Store.add_records` (one transaction of bulk writes, then one linking pass: what `ingest`
does per batch), in calls of `--chunk` documents, and prints the batch's wall and CPU time. The
synthetic records carry every field linking reads (parties, dates at several precisions, types,
triggers, sentences built from a word list); no NLP runs, since this measures linking.

`relations` generates `--events` stored events in DuckDB SQL (grouped into happenings of one to
four reports, among 60 parties over 25 years), sorts the pair table as linking does
(`Store.optimize`), and times `Store.relations(A, B)` for three dyads and periods: fastest and
median of five runs after one warm-up, wall and CPU (DuckDB's threads included).

Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inputs import numbered_corpus

from detente.store import Store

REPO = Path(__file__).resolve().parents[1]
COUNTRIES = ["USA", "RUS", "CHN", "JPN", "PRK", "KOR", "IND", "PAK", "IRN", "ISR", "TUR", "SYR", "UKR", "GBR",
             "FRA", "DEU", "BRA", "MEX", "EGY", "SAU"]
TYPES = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
         "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"]


def run_cli(args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the child and everything it started) of one CLI run."""
    exe = str(Path(sys.executable).with_name("detente"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([exe, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def reingest(paths: list[str], docs: int, workers: int, repeat: int = 1) -> None:
    """`code` and `ingest` of the same inputs with the same workers, `repeat` times, the order of the
    two alternating (code first, then ingest first, ...) so neither always runs on a colder or
    busier machine; each ingest goes into a fresh store and is followed by a re-ingest."""
    with tempfile.TemporaryDirectory() as tmp:
        if not paths:
            data = Path(tmp) / "corpus.jsonl"
            numbered_corpus(data, docs)
            paths = [str(data)]
        common = ["--workers", str(workers)]
        pairs = []
        for n in range(repeat):
            db = str(Path(tmp) / f"bench{n}.duckdb")
            if n % 2 == 0:
                code = run_cli(["code", *paths, *common])
                first = run_cli(["ingest", *paths, "--db", db, *common])
            else:
                first = run_cli(["ingest", *paths, "--db", db, *common])
                code = run_cli(["code", *paths, *common])
            second = run_cli(["ingest", *paths, "--db", db, *common])
            pairs.append((code, first, second))
            print(f"  pair {n + 1} ({'code first' if n % 2 == 0 else 'ingest first'}; load average "
                  f"{os.getloadavg()[0]:.1f}): code {code[0]:.1f} s wall {code[1]:.1f} s CPU; ingest {first[0]:.1f} s "
                  f"wall {first[1]:.1f} s CPU: {first[1] / code[1]:.3f} CPU, {first[0] / code[0]:.3f} wall; "
                  f"re-ingest {second[1]:.1f} s CPU", flush=True)
        with Store(db, read_only=True) as store:
            counts = store.counts()
    print(f"input: {' '.join(paths)} ({counts['documents']} documents stored, {counts['events']} events); "
          f"workers {workers}; load average {os.getloadavg()[0]:.1f}")
    code, first, second = pairs[0]
    for label, (wall, cpu) in (("code", code), ("ingest (first run)", first), ("ingest again (all stored)", second)):
        print(f"  {label:26s} {wall:7.1f} s wall {cpu:7.1f} s CPU")
    cpu_ratios = sorted(f[1] / c[1] for c, f, _s in pairs)
    wall_ratios = sorted(f[0] / c[0] for c, f, _s in pairs)
    again = sorted(s[1] / f[1] for _c, f, s in pairs)
    print(f"ingest / code: {statistics.median(cpu_ratios):.3f} in CPU ({statistics.median(wall_ratios):.3f} in wall)"
          + (f", median of {repeat} pairs (CPU {cpu_ratios[0]:.3f}-{cpu_ratios[-1]:.3f})" if repeat > 1 else "")
          + f"; re-ingest / first ingest: {100 * statistics.median(again):.1f} % in CPU "
          f"({100 * second[0] / first[0]:.1f} % in wall, first pair)")


class Synthetic:
    """Coded records with the fields linking reads, drawn from a seeded generator."""

    def __init__(self, seed: int = 0):
        self.rng = random.Random(seed)
        self.words = [f"w{i}" for i in range(3000)]
        self.n = 0
        self.happenings: list[dict] = []  # (type, src, tgt, date, words) of stored reports, to re-report

    def sentence(self, words: list[str], src: str, tgt: str) -> str:
        return f"{src} officials and {tgt} " + " ".join(words) + "."

    def new_happening(self) -> dict:
        src, tgt = self.rng.sample(COUNTRIES, 2)
        year, month, day = self.rng.randint(2000, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return {"type": self.rng.choice(TYPES), "src": src, "tgt": tgt, "date": f"{year}-{month:02d}-{day:02d}",
                "words": self.rng.sample(self.words, 12)}

    def event(self, doc_id: str, index: int, h: dict) -> dict:
        precision = self.rng.choice(["day", "day", "day", "month"])
        date = h["date"] if precision == "day" else h["date"][:7]
        words = h["words"][:9] + self.rng.sample(self.words, 3)
        return {"event_id": f"{doc_id}-{index}", "event_type": h["type"], "mode": None, "contexts": [],
                "cameo": "040", "goldstein": 1.0, "quad_class": 1, "factuality": "asserted", "date": date,
                "date_end": None, "date_precision": precision, "date_basis": "explicit", "historical": False,
                "location": None,
                "source": [{"actor_id": None, "country": h["src"], "sector": "GOV", "text": h["src"], "start": 0, "end": 3}],
                "target": [{"actor_id": None, "country": h["tgt"], "sector": "GOV", "text": h["tgt"], "start": 0, "end": 3}],
                "mentions": [{"sentence": index, "start": 0, "end": 10, "text": self.sentence(words, h["src"], h["tgt"]),
                              "trigger": {"start": 0, "end": 3, "text": h["type"].lower()}}],
                "confidence": 0.8, "evidence": "bench"}

    def record(self, share_known: float) -> dict:
        self.n += 1
        doc_id = f"bench{self.n:08d}"
        chosen = []
        for _ in range(5):
            if self.happenings and self.rng.random() < share_known:
                chosen.append(self.rng.choice(self.happenings))
            else:
                h = self.new_happening()
                self.happenings.append(h)
                chosen.append(h)
        events = [self.event(doc_id, i, h) for i, h in enumerate(chosen)]
        text = " ".join(e["mentions"][0]["text"] for e in events)
        published = chosen[0]["date"]
        return {"document": {"doc_id": doc_id, "title": f"report {self.n}", "source": f"paper{self.n % 50}",
                             "url": None, "authors": [], "language": "en", "published": published,
                             "published_source": "given", "text": text},
                "actors": [], "events": events, "quotes": [], "claims": []}


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> str:
    """'12.3 s wall, 4.5 s CPU' since a clocks() reading (CPU: this process, every thread, DuckDB's too)."""
    wall, cpu = clocks()
    return f"{wall - start[0]:.1f} s wall, {cpu - start[1]:.1f} s CPU"


ID_COLUMNS = ("doc_id", "event_id", "happening_id", "story_id")
REPLICATED = ("documents", "actors", "events", "event_mentions", "quotes", "claims", "happenings",
              "happening_events", "happening_pairs", "happening_blocks", "stories", "story_keys")


def replicate(con, copies: int) -> None:
    """Grow a linked store `copies`-fold in DuckDB SQL: every stored row again with its ids suffixed
    (`~1`, `~2`, ...), the rest (parties, months, blocks, signatures, band keys) unchanged. A store of
    N linked documents becomes one of N x copies whose candidate blocks hold copies-times as many
    happenings: the density a store that size has when its documents spread over the same parties
    and 25 years, so a new batch's look-ups have real work."""
    for table in REPLICATED:
        columns = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall()]
        values = []
        for c in columns:
            if c in ID_COLUMNS:
                values.append(f"{c} || '~' || k")
            elif table == "documents" and c == "record":  # the record names its document: rename it there too
                values.append("replace(CAST(record AS VARCHAR), '\"' || doc_id || '\"', '\"' || doc_id || '~' || k || '\"')")
            else:
                values.append(c)
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
                    f"FROM {table}, range(1, ?) r(k)", [copies])


def link(base: int, batch: int, chunk: int, seed_docs: int, keep: Path | None) -> None:
    synthetic = Synthetic()
    seed_docs = min(seed_docs, base)
    copies = max(1, round(base / seed_docs))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            start = clocks()
            done = 0
            while done < seed_docs:
                size = min(5000, seed_docs - done)
                store.add_records([synthetic.record(share_known=0.3) for _ in range(size)])
                done += size
                print(f"  base: {done} documents linked, {since(start)}", flush=True)
            seed_took = since(start)
            start = clocks()
            if copies > 1:
                store.con.execute("BEGIN TRANSACTION")
                replicate(store.con, copies)
                store.con.execute("COMMIT")
            store.optimize()
            store.con.execute("CHECKPOINT")
            grow_took = since(start)
            before = store.counts()
            records = [synthetic.record(share_known=0.5) for _ in range(batch)]
            load = os.getloadavg()[0]
            start = clocks()
            for i in range(0, batch, chunk):
                store.add_records(records[i:i + chunk])
            wall, cpu = clocks()
            wall, cpu = wall - start[0], cpu - start[1]
            happenings = store.con.execute("SELECT count(*) FROM happenings").fetchone()[0]
            joined = store.con.execute(
                "SELECT count(*) FROM happening_events WHERE doc_id IN (SELECT unnest(?)) AND score > 0",
                [[r["document"]["doc_id"] for r in records]]).fetchone()[0]
            print(f"base: {seed_docs} documents written and linked in {seed_took}, grown x{copies} in SQL to "
                  f"{before['documents']} documents ({before['events']} events) in {grow_took}; "
                  f"batch: {batch} documents ({5 * batch} events, {joined} joined a stored or earlier happening) "
                  f"written and linked in batches of {chunk}: {wall:.1f} s wall, {cpu:.1f} s CPU "
                  f"({1000 * cpu / batch:.1f} ms CPU/document; load average {load:.1f} before, "
                  f"{os.getloadavg()[0]:.1f} after); {happenings} happenings")
        if keep:
            shutil.copy(db, keep)


RELATIONS_SQL = """
INSERT INTO happenings (happening_id, event_type, cameo, goldstein, quad_class, factuality, reciprocal,
    source_key, target_key, source_codes, target_codes, date, date_precision, day, day_end,
    n_events, n_mentions, n_articles, n_sources)
SELECT 'h' || i, t.type, '040', (hash(i) % 200) / 10.0 - 10, 1 + hash(i * 7) % 4,
       CASE WHEN hash(i * 3) % 10 = 0 THEN 'future' ELSE 'asserted' END, hash(i * 5) % 4 = 0,
       s.code, g.code, [s.code, s.code || '-GOV'], [g.code, g.code || '-GOV'],
       CAST(d AS VARCHAR), 'day', d, d, n, n, n, n
FROM (SELECT i, 1 + hash(i * 11) % 4 AS n, DATE '2000-01-01' + CAST(hash(i * 13) % 9131 AS INTEGER) AS d,
             hash(i * 17) % 60 AS si, (hash(i * 17) % 60 + 1 + hash(i * 19) % 59) % 60 AS ti, hash(i * 23) % 16 AS ty
      FROM range(?) r(i)) x
JOIN parties s ON s.k = x.si JOIN parties g ON g.k = x.ti JOIN types t ON t.k = x.ty
"""

PAIRS_SQL = """
INSERT INTO happening_pairs
SELECT happening_id, source_code, unnest(target_codes), factuality, day, event_type, quad_class, goldstein,
       n_articles, reciprocal
FROM (SELECT *, unnest(source_codes) AS source_code FROM happenings)
"""


def relations(n_events: int, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            con = store.con
            codes = COUNTRIES + [f"X{i:02d}" for i in range(60 - len(COUNTRIES))]
            con.execute("CREATE TEMP TABLE parties AS SELECT unnest(range(60)) AS k, unnest(?) AS code", [codes])
            con.execute("CREATE TEMP TABLE types AS SELECT unnest(range(16)) AS k, unnest(?) AS type", [TYPES])
            start = clocks()
            # about 2.5 reports per happening: n_events happenings' worth of reports / 2.5
            con.execute(RELATIONS_SQL, [int(n_events / 2.5)])
            con.execute(PAIRS_SQL)
            total = con.execute("SELECT count(*), sum(n_events) FROM happenings").fetchone()
            pairs = con.execute("SELECT count(*) FROM happening_pairs").fetchone()[0]
            print(f"generated {total[0]:,} happenings holding {int(total[1]):,} events ({pairs:,} pair rows) "
                  f"in {since(start)}", flush=True)
            start = clocks()
            store.optimize()  # what linking does by itself once enough rows were appended
            con.execute("CHECKPOINT")
            print(f"pair table sorted by party (Store.optimize) and checkpointed in {since(start)}", flush=True)
        if keep:
            shutil.copy(db, keep)
        with Store(db, read_only=True) as store:
            for a, b, by in (("USA", "RUS", "month"), ("USA", "RUS", "year"), ("CHN", "X07-GOV", "week")):
                store.relations(a, b, by=by)
                runs, cpu = [], []
                for _ in range(5):
                    start = clocks()
                    frame = store.relations(a, b, by=by)
                    wall, spent = clocks()
                    runs.append(wall - start[0])
                    cpu.append(spent - start[1])
                print(f"relations {a} {b} by {by}: {len(frame)} rows, {int(frame['happenings'].sum())} happening-rows; "
                      f"wall fastest {1000 * min(runs):.0f} ms, median {1000 * sorted(runs)[2]:.0f} ms; "
                      f"CPU (every thread) fastest {1000 * min(cpu):.0f} ms, median {1000 * sorted(cpu)[2]:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("reingest")
    p.add_argument("paths", nargs="*", help="Inputs (default: --docs numbered copies of the samples).")
    p.add_argument("--docs", type=int, default=400)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--repeat", type=int, default=1,
                   help="Pairs of code and ingest, alternating which runs first; the medians are printed.")
    p = sub.add_parser("link")
    p.add_argument("--base", type=int, default=100_000)
    p.add_argument("--batch", type=int, default=1000)
    p.add_argument("--chunk", type=int, default=1000,
                   help="Documents per write-and-link call (ingest uses 32); default: the whole batch at once.")
    p.add_argument("--seed-docs", type=int, default=5000,
                   help="Documents linked through Store.add_records before the store is grown in SQL to --base.")
    p.add_argument("--keep", type=Path, default=None, help="Copy the store here afterwards.")
    p = sub.add_parser("relations")
    p.add_argument("--events", type=int, default=10_000_000)
    p.add_argument("--keep", type=Path, default=None, help="Copy the store here afterwards.")
    args = parser.parse_args()
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])} (commit {commit}); load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at start", flush=True)
    if args.what == "reingest":
        reingest(args.paths, args.docs, args.workers, args.repeat)
    elif args.what == "link":
        link(args.base, args.batch, args.chunk, args.seed_docs, args.keep)
    else:
        relations(args.events, args.keep)


if __name__ == "__main__":
    main()
