"""bench/throughput.py pairs its runs chunk by chunk: each chunk is parsed bare, parsed stock and coded in full back to
back, in an order that rotates, and the figures are the ratio of the sums and the spread of the chunks' ratios."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def throughput() -> ModuleType:
    spec = importlib.util.spec_from_file_location("throughput", REPO / "bench" / "throughput.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("throughput", module)
    spec.loader.exec_module(module)
    return module


def test_every_chunk_takes_every_place_in_three_rounds_and_no_way_runs_twice_in_a_row(throughput: ModuleType) -> None:
    modes = throughput.MODES
    for chunk in range(7):
        places = {mode: {throughput.rotation(chunk, r).index(mode) for r in range(3)} for mode in modes}
        assert all(found == {0, 1, 2} for found in places.values()), (chunk, places)
    for r in range(3):
        sequence = [mode for chunk in range(18) for mode in throughput.rotation(chunk, r)]
        assert all(a != b for a, b in zip(sequence, sequence[1:], strict=False)), sequence


def test_the_cost_is_given_from_the_sums_and_as_the_median_and_quartiles_of_the_chunks(throughput: ModuleType) -> None:
    chunks = [throughput.Chunk(0, 16, throughput.MODES, cpu={"full": full, "stock": 1.0, "bare": 0.9})
              for full in (1.1, 1.2, 1.3, 1.2, 2.2)]
    line = throughput.paired(chunks, lambda c: c.cpu["full"], lambda c: c.cpu["stock"])
    # one slow chunk (a burst of load) moves the sum by 20 points but the median not at all
    assert line.startswith("+40.0% of the sums; per chunk median +20.0%, quartiles +20.0% to +30.0%"), line
    assert throughput.quartiles([3.0]) == (3.0, 3.0, 3.0)


def test_a_small_run_reports_each_round_each_place_and_each_stage(
        throughput: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from detente import pipeline

    for name, text in {
        "a.txt": "The foreign ministers of two neighbouring states met on Tuesday and agreed to reopen the border.",
        "b.txt": "Police detained twelve protesters outside the parliament after a rally against the new tax law.",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    prepare, line_of = pipeline.prepare, pipeline.line_of
    throughput.main([str(tmp_path), "--rounds", "3", "--chunk", "1"])
    out = capsys.readouterr().out
    assert "3 rounds of 2 chunks of 1 documents" in out
    rounds = re.search(r"each round's sums: (.*)", out)
    assert rounds and len(rounds.group(1).split(", ")) == 3, out
    places = re.search(r"place in its chunk \(first, second, third\): (.*)", out)
    assert places and len(places.group(1).split(", ")) == 3, out
    assert re.search(r"full/stock, .*: [+-]\d+\.\d% of the sums; per chunk median [+-]\d+\.\d%, quartiles", out)
    assert all(f"stage {name}" in out for name in ("time", "actors", "events")), out
    assert pipeline.prepare is prepare and pipeline.line_of is line_of  # the timing wrappers are taken off again
