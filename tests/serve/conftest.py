"""A real `detente serve` on 127.0.0.1 over a real DuckDB store built from the bundled samples.

The store also holds one hostile article (markup in its title and text) so the tests can check
that the dashboard shows it as text. Browser tests use Debian's chromium through Playwright.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detente.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
HOSTILE = {
    "id": "hostile-markup",
    "published": "2023-05-06",
    "source": "<b>Hostile</b> wire",
    "title": "Sanctions report <script>window.__xss = 'title'</script>",
    "url": "javascript:window.__xss='url'",
    "text": ("Japan imposed sanctions on North Korea on Friday after the missile test "
             "<script>window.__xss = 'script'</script> near the coast. Officials in Tokyo said "
             "<img src=x onerror=\"window.__xss = 'img'\"> the sanctions would stay in force."),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`detente serve` in a child process, stopped at the end of the session."""

    def __init__(self, db: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = db.with_suffix(f".{self.port}.log")
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "detente.cli", "serve", "--db", str(db), "--port", str(self.port), *extra],
            stdout=self._log_file, stderr=subprocess.STDOUT)
        self._wait()

    def _wait(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"detente serve exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                if httpx.get(self.url + "/api/overview", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"detente serve did not answer within {timeout:.0f} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log_file.close()


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "served.duckdb"
    with Store(path) as store:
        report = store.ingest([SAMPLES, hostile])
        assert report.coded == 13 and not report.failed, report.summary()
    return path


@pytest.fixture(scope="session")
def server(store_path: Path) -> Iterator[Server]:
    running = Server(store_path)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def chromium_path() -> str | None:
    for candidate in (os.environ.get("DETENTE_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate) or (Path(candidate).is_file() and candidate)):
            return str(found)
    return None


def no_browser(reason: str) -> None:
    """Skip where no browser is installed, but fail in CI, which must run the browser tests."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the browser tests: {reason} (.ci/run installs Debian's chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("Playwright for Python is not installed (pip install playwright)")
    executable = chromium_path()
    if executable is None:
        no_browser("no Chromium found: apt-get install chromium, or set DETENTE_CHROMIUM to its path")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: Server):  # type: ignore[no-untyped-def]
    """A fresh page on the dashboard that may reach only the server itself: the page must work offline."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    outside: list[str] = []

    def only_local(route, request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith(server.url) or request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(request.url)
            route.abort()

    context.route("**/*", only_local)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.outside_requests = outside  # type: ignore[attr-defined]
    opened.script_errors = errors  # type: ignore[attr-defined]
    yield opened
    context.close()
