"""Screenshots of each dashboard view for the README, taken with headless Chromium.

    .venv/bin/python scripts/screenshots.py [--db detente.duckdb] [--out docs/screenshots]

Ingests the bundled samples into a temporary store when --db is not given, starts `detente serve`
on a free port of 127.0.0.1, drives the page like a person would and writes one PNG per view.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"detente serve exited with {process.returncode}")
        try:
            if httpx.get(url + "/api/overview", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    sys.exit("detente serve did not start")


def shoot(url: str, out: Path, chromium: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 950})
        page.goto(url + "/")
        page.wait_for_selector("#relation-chart[data-points]", timeout=30_000)
        sanctions = page.locator("#relation-chart .scatterlayer .trace .point")
        sanctions.nth(min(4, sanctions.count() - 1)).click(force=True)
        page.wait_for_selector("#period-list > li", timeout=10_000)
        page.screenshot(path=out / "relations.png", full_page=True)

        page.click("nav .tab[data-view=events]")
        page.fill("#event-form input[name=dyad]", "JPN,PRK")
        page.click("#event-form button[type=submit]")
        page.wait_for_selector("#event-table tbody tr", timeout=10_000)
        page.locator("#event-table tbody tr", has_text="SANCTION").first.click()
        page.wait_for_selector("#evidence [data-testid=article]", timeout=10_000)
        page.screenshot(path=out / "events.png")

        page.click("nav .tab[data-view=network]")
        page.wait_for_selector("#network-chart[data-drawn]", timeout=10_000)
        page.screenshot(path=out / "network.png")

        page.click("nav .tab[data-view=code]")
        page.fill("#code-text", "Japan and South Korea agreed on Monday to resume security talks, the foreign "
                                "ministry in Tokyo said. North Korea condemned the plan and threatened to test "
                                "another missile.")
        page.fill("#code-date", "2024-03-04")
        page.click("#code-submit")
        page.wait_for_selector("[data-testid=coded-events] tbody tr", timeout=120_000)
        page.screenshot(path=out / "code.png")

        page.goto(url + "/docs")
        page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
        page.screenshot(path=out / "api-docs.png")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="store to show (default: the samples, ingested afresh)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    detente = [sys.executable, "-m", "detente.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "samples.duckdb"
            subprocess.run([*detente, "ingest", str(REPO / "samples"), "--db", str(db)], check=True)
        port = free_port()
        server = subprocess.Popen([*detente, "serve", "--db", str(db), "--port", str(port)])
        try:
            url = f"http://127.0.0.1:{port}"
            wait_for(url, server)
            shoot(url, args.out, args.chromium)
        finally:
            server.terminate()
            server.wait(timeout=15)
    print(f"wrote {', '.join(sorted(p.name for p in args.out.glob('*.png')))} to {args.out}")


if __name__ == "__main__":
    main()
