"""A CI-sized run of the hostile-input suite (bench/hostile.py runs all 10,000 inputs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_suite_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("hostile", REPO / "bench" / "hostile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_every_hostile_input_gives_one_record_and_no_good_one_is_lost(tmp_path: Path) -> None:
    hostile = load_suite_module()
    suite = hostile.write_suite(tmp_path, count=160, seed=11)
    kinds = {case.kind for case in suite.cases}
    assert len(kinds) >= 25  # the subset still covers most shapes
    outcome = hostile.run_suite(suite, workers=2)  # two processes: order must hold across them
    assert outcome.exit_status == 0 and outcome.tracebacks == 0
    assert outcome.records == outcome.inputs == len(suite.cases)
    assert outcome.lost == [] and outcome.wrong == []
