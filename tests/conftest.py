"""Shared fixtures: one real spaCy pipeline per test session, and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent (looked at {SHARED}); this test needs the shared seeds or data")
    return SHARED


@pytest.fixture(scope="session")
def data_dir(shared_dir: Path) -> Path:
    data = shared_dir / "data"
    if not data.is_dir():
        pytest.skip(f"{data} is absent")
    return data


@pytest.fixture(scope="session")
def coder():
    from detente.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def nlp():
    from detente.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def analyse(coder):
    """Analyse one text end to end and return the Analysis object (all stages run)."""
    from detente.analysis import Analysis
    from detente.ingest import prepare
    from detente.records import RawDocument

    def run(text: str, published: str | None = "2024-01-08") -> Analysis:
        prepared = prepare(RawDocument(origin="<test>", text=text), published=published)
        assert prepared.error is None, prepared.error
        result = next(coder.analyse_prepared([prepared]))
        assert isinstance(result, Analysis), result
        return result

    return run
