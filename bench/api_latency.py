"""API latency (p50/p95) and dashboard load time over a generated store.

    .venv/bin/python bench/api_latency.py --events 1000000 [--requests 40] [--keep store.duckdb]

Builds a store with the real schema (documents, events, mentions, actors, happenings) filled by
SQL with random but well-formed rows, serves it with `detente serve` on 127.0.0.1, times each kind
of request one after another (the figure a single analyst sees), and loads the dashboard in
headless Chromium when one is installed. Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from detente.store import Store

COUNTRIES = ["JPN", "PRK", "KOR", "CHN", "USA", "RUS", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "ISR", "SYR",
             "TUR", "UKR", "BRA", "MEX", "NGA", "ZAF", "EGY", "SAU", "IDN", "PHL", "VNM", "AUS", "CAN", "ITA",
             "ESP", "POL", "ETH", "KEN", "COL", "VEN", "ARG", "THA", "MMR", "AFG", "IRQ", "IGO"]
TYPES = [("CONSULT", 1, 1.0), ("AGREE", 1, 4.0), ("SUPPORT", 1, 3.4), ("AID", 2, 7.4), ("RETREAT", 2, 5.0),
         ("REQUEST", 3, -2.0), ("ACCUSE", 3, -2.0), ("REJECT", 3, -4.0), ("THREATEN", 3, -4.4),
         ("SANCTION", 4, -8.0), ("COERCE", 4, -5.0), ("MOBILIZE", 4, -7.2), ("ASSAULT", 4, -9.0)]
WORDS = ["talks", "summit", "missile", "sanctions", "border", "trade", "ceasefire", "aid", "election", "troops"]


def build_store(path: Path, n_events: int) -> None:
    """A store of n_events events over n_events/4 documents, each event its own happening."""
    n_docs = max(1, n_events // 4)
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE c AS SELECT unnest(?) AS code, generate_subscripts(?, 1) - 1 AS k",
                    [COUNTRIES, COUNTRIES])
        con.execute("CREATE TEMP TABLE t AS SELECT unnest(?) AS event_type, unnest(?) AS quad, unnest(?) AS g, "
                    "generate_subscripts(?, 1) - 1 AS k",
                    [[x[0] for x in TYPES], [x[1] for x in TYPES], [x[2] for x in TYPES], [x[0] for x in TYPES]])
        con.execute("CREATE TEMP TABLE w AS SELECT unnest(?) AS word, generate_subscripts(?, 1) - 1 AS k",
                    [WORDS, WORDS])
        con.execute(f"""
            INSERT INTO documents SELECT printf('d%08d', i), 'Report ' || i || ' on ' || w.word, 'Bench wire',
                'https://example.org/' || i, [], 'en', DATE '1990-01-01' + CAST(i % 12775 AS INTEGER), 'given', NULL,
                'bench', 'Officials said the ' || w.word || ' went ahead. ' || repeat('More text. ', 40), now(), NULL
            FROM range({n_docs}) r(i) JOIN w ON w.k = i % {len(WORDS)}""")
        con.execute(f"""
            CREATE TEMP TABLE ev AS SELECT i, printf('e%09d', i) AS event_id, printf('d%08d', i // 4) AS doc_id,
                s.code AS a, tg.code AS b, t.event_type, t.quad, t.g,
                DATE '1990-01-01' + CAST(hash(i) % 12775 AS INTEGER) AS day,
                CASE WHEN hash(i * 7) % 10 = 0 THEN 'negated' ELSE 'asserted' END AS factuality, w.word
            FROM range({n_events}) r(i)
            JOIN c s ON s.k = hash(i * 3) % {len(COUNTRIES)}
            JOIN c tg ON tg.k = (hash(i * 3) % {len(COUNTRIES)} + 1 + hash(i * 5) % {len(COUNTRIES) - 1}) % {len(COUNTRIES)}
            JOIN t ON t.k = hash(i * 11) % {len(TYPES)}
            JOIN w ON w.k = hash(i * 13) % {len(WORDS)}""")
        con.execute("""
            INSERT INTO events SELECT event_id, doc_id, event_type, NULL, [], '000', g, quad,
                '[{"actor_id": "' || a || '", "country": "' || a || '", "sector": null, "text": "' || a || '", "start": 0, "end": 3}]',
                '[{"actor_id": "' || b || '", "country": "' || b || '", "sector": null, "text": "' || b || '", "start": 20, "end": 23}]',
                [a], [b], [a], [b], factuality, CAST(day AS VARCHAR), NULL, day, NULL, 'day', 'explicit', false,
                'null', 0.8, 'bench', 1 FROM ev""")
        con.execute("""
            INSERT INTO event_mentions SELECT event_id, doc_id, 0, 0, 40, a || ' and ' || b || ' ' || word || ' ahead.',
                8, 12, word FROM ev""")
        con.execute("""
            INSERT INTO actors SELECT DISTINCT doc_id, a, a, a, NULL, NULL, 'state', 1, '[]' FROM ev
            ON CONFLICT DO NOTHING""")
        con.execute("""
            INSERT INTO happenings (happening_id, event_type, cameo, goldstein, quad_class, factuality, reciprocal,
                source_key, target_key, source_codes, target_codes, date, date_precision, day, n_events, n_mentions,
                n_articles, n_sources)
            SELECT 'h' || event_id, event_type, '000', g, quad, factuality, false, a, b, [a], [b],
                CAST(day AS VARCHAR), 'day', day, 1, 1, 1, 1 FROM ev""")
        con.execute("INSERT INTO happening_events (event_id, happening_id, doc_id) "
                    "SELECT event_id, 'h' || event_id, doc_id FROM ev")
        con.execute("CHECKPOINT")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_requests(client: httpx.Client, name: str, paths: list[str]) -> tuple[str, float, float, int]:
    client.get(paths[0])  # warm caches once
    took = []
    for path in paths:
        start = time.perf_counter()
        answer = client.get(path)
        took.append((time.perf_counter() - start) * 1000)
        if answer.status_code != 200:
            sys.exit(f"{path}: {answer.status_code} {answer.text[:200]}")
    return name, statistics.median(took), percentile(took, 0.95), len(took)


def bench_api(url: str, n: int, rng: random.Random) -> list[tuple[str, float, float, int]]:
    def dyad() -> tuple[str, str]:
        a, b = rng.sample(COUNTRIES, 2)
        return a, b

    results = []
    with httpx.Client(base_url=url, timeout=120) as client:
        results.append(time_requests(client, "events, first page (50, by date)", ["/api/events?limit=50"] * n))
        results.append(time_requests(client, "events, newest first", ["/api/events?limit=50&sort=-date"] * n))
        results.append(time_requests(client, "events of one actor", [
            f"/api/events?limit=50&actor={rng.choice(COUNTRIES)}" for _ in range(n)]))
        results.append(time_requests(client, "events of a dyad, newest first", [
            "/api/events?limit=50&sort=-date&dyad={},{}".format(*dyad()) for _ in range(n)]))
        results.append(time_requests(client, "events of a type in a year", [
            f"/api/events?limit=50&type={rng.choice(TYPES)[0]}&since={y}-01-01&until={y}-12-31"
            for y in (rng.randint(1990, 2024) for _ in range(n))]))
        cursors = []
        for _ in range(n):
            page = client.get(f"/api/events?limit=50&actor={rng.choice(COUNTRIES)}").json()
            cursors.append(page["next_cursor"])
        results.append(time_requests(client, "events, next page (cursor)", [
            f"/api/events?limit=50&cursor={c}" for c in cursors if c]))
        results.append(time_requests(client, "events, text search", [
            f"/api/events?limit=50&q={rng.choice(WORDS)}" for _ in range(n)]))
        results.append(time_requests(client, "events, text search, two words, newest first", [
            f"/api/events?limit=50&sort=-date&q={rng.choice(WORDS)}+ahead" for _ in range(n)]))
        results.append(time_requests(client, "events, text search and a type", [
            f"/api/events?limit=50&q={rng.choice(WORDS)}&type={rng.choice(TYPES)[0]}" for _ in range(n)]))
        results.append(time_requests(client, "relation series by month", [
            "/api/relations?a={}&b={}&by=month".format(*dyad()) for _ in range(n)]))
        results.append(time_requests(client, "event detail", [
            f"/api/events/e{rng.randrange(n_events_global):09d}" for _ in range(n)]))
        results.append(time_requests(client, "network (all countries)", ["/api/network"] * max(5, n // 4)))
    return results


def in_process(path: Path, n: int, rng: random.Random) -> list[tuple[str, float, float, float]]:
    """The same queries on the query layer in this process: p50 and p95 wall ms and p50 CPU ms
    (all threads of the process, so DuckDB's own threads count). CPU time is much less disturbed
    by other load on the machine than wall time."""
    from detente.api.queries import EventFilter, Queries

    def dyad() -> tuple[str, str]:
        a, b = rng.sample(COUNTRIES, 2)
        return a, b

    out = []
    with Store(path, read_only=True) as store:
        queries = Queries(store, read_only=True)
        start = time.perf_counter()
        queries.warm_up().join()
        words = getattr(queries, "word_index", None)
        print(f"in-process warm-up (party index, word index, network): {time.perf_counter() - start:.1f} s"
              + (f"; word index {words.build_seconds:.1f} s" if words and words.build_seconds else ""), file=sys.stderr)
        kinds = [
            ("events, first page", lambda: queries.events(EventFilter())),
            ("events, newest first", lambda: queries.events(EventFilter(), sort="-date")),
            ("events of one actor", lambda: queries.events(EventFilter(actor=rng.choice(COUNTRIES)))),
            ("events of a dyad, newest first", lambda: queries.events(EventFilter(dyad=dyad()), sort="-date")),
            ("events of a type in a year", lambda: queries.events(EventFilter(
                event_type=rng.choice(TYPES)[0], since=f"{(y := rng.randint(1990, 2024))}-01-01", until=f"{y}-12-31"))),
            ("events, text search", lambda: queries.events(EventFilter(text=rng.choice(WORDS)))),
            ("events, text search, two words, newest first", lambda: queries.events(
                EventFilter(text=rng.choice(WORDS) + " ahead"), sort="-date")),
            ("relation series by month", lambda: queries.relations(*dyad())),
            ("network (all countries)", lambda: queries.network()),
        ]
        for name, ask in kinds:
            ask()
            walls, cpus = [], []
            for _ in range(n):
                wall, cpu = time.perf_counter(), time.process_time()
                ask()
                walls.append((time.perf_counter() - wall) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
            out.append((name, statistics.median(walls), percentile(walls, 0.95), statistics.median(cpus)))
    return out


def page_load(url: str, tries: int = 3) -> list[tuple[float, float]]:
    """Per try, with a cold cache: ms until the page is fully loaded — the load event has fired (every
    script, Plotly's included, run) and the relation chart, the view the page opens on, is drawn —
    and then ms from a click on the Events tab until its first page of events is listed."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return []
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True)
        for _ in range(tries):
            context = browser.new_context()  # a cold cache each time
            page = context.new_page()
            start = time.perf_counter()
            page.goto(url + "/", wait_until="load")
            page.wait_for_selector("#relation-chart[data-points]", timeout=60_000)
            loaded = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            page.click("nav .tab[data-view=events]")
            page.wait_for_selector("#event-table tbody tr", timeout=60_000)
            times.append((loaded, (time.perf_counter() - start) * 1000))
            context.close()
        browser.close()
    return times


n_events_global = 0


def main() -> None:
    global n_events_global
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="keep the generated store at this path")
    parser.add_argument("--settle", type=float, default=120.0,
                        help="at most this many seconds to wait after the server answers, for its indexes")
    args = parser.parse_args()
    n_events_global = args.events
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.duckdb"
        if not path.exists():
            start = time.perf_counter()
            build_store(path, args.events)
            print(f"built {args.events:,} events in {time.perf_counter() - start:.0f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(path), "--port",
                                   str(port)], stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(url + "/api/overview", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.5)
            deadline = time.monotonic() + args.settle  # let the server's warm-up (party index) finish first
            while time.monotonic() < deadline:  # the party index, then the word index
                ready = httpx.get(url + "/api/overview", timeout=60).json()
                if ready["party_index"] and ready.get("word_index", True):
                    break
                time.sleep(1)
            results = bench_api(url, args.requests, rng)
            loads = page_load(url)
        finally:
            server.terminate()
            server.wait(timeout=30)
        local = in_process(path, args.requests, rng)
    print(f"| request ({args.events:,} events) | p50 ms | p95 ms | requests |")
    print("|---|---:|---:|---:|")
    for name, p50, p95, count in results:
        print(f"| {name} | {p50:.0f} | {p95:.0f} | {count} |")
    print(f"\n| in process ({args.events:,} events) | p50 ms | p95 ms | CPU p50 ms |")
    print("|---|---:|---:|---:|")
    for name, p50, p95, cpu in local:
        print(f"| {name} | {p50:.0f} | {p95:.0f} | {cpu:.0f} |")
    print(f"\nload average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at end")
    if loads:
        print(f"\nDashboard load (cold cache; load event and the relation chart drawn): "
              f"{', '.join(f'{t / 1000:.2f} s' for t, _ in loads)}; then the Events tab's first page: "
              f"{', '.join(f'{t / 1000:.2f} s' for _, t in loads)}")


if __name__ == "__main__":
    main()
