"""Does the coder's own parse cost more than the bare spaCy parse? Paired batch by batch, so load drift cancels.

    .venv/bin/python bench/parse_pairs.py [--passes 3]

bench/throughput.py's line "the coder's own parse ... against the bare parse" compares the parse of one full run
(the fastest) with the fastest of the bare runs: on a shared machine that reads a few per cent high whatever the
code does. Here each batch of 16 bench documents is parsed bare with the benchmark's pipeline, bare with the
coder's pipeline (a second loaded copy: `load_pipeline(None)` and the coder's named model are two cache entries),
and coded by the coder (its own parse timed inside, the stages run between its batches as in a real run), in
rotating order, and the CPU seconds of each are summed over every batch of every pass.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from throughput import warmed

from detente.nlp import load_pipeline

BATCH = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    raws, texts, coder = warmed()
    nlp = load_pipeline()  # a second loaded copy of the same model, compared with the coder's on purpose
    list(nlp.pipe(texts[:4]))
    inside = [0.0]
    parse = coder._parse

    def timed(batch: list[str]) -> list[Any]:
        t0 = time.process_time()
        try:
            return parse(batch)
        finally:
            inside[0] += time.process_time() - t0

    coder._parse = timed  # type: ignore[method-assign]
    total = {"bare (benchmark's pipeline)": 0.0, "bare (coder's pipeline)": 0.0, "coder's own parse": 0.0}

    def bare(name: str, language: Any) -> Callable[[int], None]:
        def run(i: int) -> None:
            t0 = time.process_time()
            for _ in language.pipe(texts[i:i + BATCH], batch_size=BATCH):
                pass
            total[name] += time.process_time() - t0
        return run

    def code(i: int) -> None:
        inside[0] = 0.0
        list(coder.code_raw(raws[i:i + BATCH]))
        total["coder's own parse"] += inside[0]

    order = [bare("bare (benchmark's pipeline)", nlp), bare("bare (coder's pipeline)", coder.nlp), code]
    turn = 0
    for done in range(args.passes):
        for i in range(0, len(texts), BATCH):
            for run in order[turn % 3:] + order[:turn % 3]:
                run(i)
            turn += 1
        print(f"pass {done + 1}: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in total.items()), flush=True)
    base = total["bare (benchmark's pipeline)"]
    print("against the bare parse: " + ", ".join(f"{name} {100 * (seconds - base) / base:+.1f}%"
                                                 for name, seconds in total.items()))


if __name__ == "__main__":
    main()
