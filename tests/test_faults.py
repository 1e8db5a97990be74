"""A killed ingest (SIGKILL or SIGTERM, at random moments) is finished by the next run with no duplicates."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_killed_ingests_then_a_full_run_store_what_one_clean_run_stores(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("faults", REPO / "bench" / "faults.py")
    assert spec and spec.loader
    faults = importlib.util.module_from_spec(spec)
    sys.modules["faults"] = faults
    spec.loader.exec_module(faults)
    report = faults.fault_run(tmp_path, docs=60, kills=2, workers=1, seed=5)
    assert report.reference["documents"] == 60 and report.reference["failures"] == 2
    assert report.after == report.reference, report.kills
    assert report.after["distinct_mentions"] == report.after["event_mentions"]
    assert report.tracebacks == 0
