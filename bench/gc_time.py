"""CPU seconds the garbage collector takes in each pass of the throughput benchmark, by generation.

    .venv/bin/python bench/gc_time.py [--runs 4]

The same corpus and passes as bench/throughput.py (bare parse, stock parse, full coder, alternating), with
`gc.callbacks` timing every collection: a full (generation 2) collection walks every object the process
tracks, so where it lands it adds its cost to that one pass, which CPU seconds on a shared machine cannot
tell from load. With PYTHONPATH on an export of another commit's src/, the same command measures that commit.
"""

from __future__ import annotations

import argparse
import gc
import time
from typing import Any

from throughput import warmed

from detente.nlp import stock_components


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    raws, texts, coder = warmed()
    nlp = coder.nlp  # one loaded pipeline, as throughput.py parses bare and stock
    phase = ["-"]
    spent: dict[tuple[str, int], float] = {}
    started = [0.0]

    def clock(event: str, info: dict[str, Any]) -> None:
        if event == "start":
            started[0] = time.process_time()
        else:
            key = (phase[0], info["generation"])
            spent[key] = spent.get(key, 0.0) + time.process_time() - started[0]

    gc.callbacks.append(clock)
    records: list[dict] = []
    for run in range(args.runs):
        phase[0] = f"bare {run}"
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        phase[0] = f"stock {run}"
        with stock_components(nlp):
            for _ in nlp.pipe(texts, batch_size=16):
                pass
        phase[0] = f"full {run}"
        records[:] = list(coder.code_raw(raws))
    gc.callbacks.remove(clock)
    print(f"objects frozen out of the collector's view: {gc.get_freeze_count()}")
    for name in dict.fromkeys(p for p, _ in spent):
        by_generation = ", ".join(f"gen {g}: {spent[(name, g)]:.3f} s" for g in range(3) if (name, g) in spent)
        print(f"{name:8s} {sum(v for (p, _), v in spent.items() if p == name):.3f} s ({by_generation})")


if __name__ == "__main__":
    main()
