"""Instructions of a whole `Coder().code_raw` pass, split into the parse, the five stages, ingestion, record
building and the rest, counted by callgrind: the coder's cost outside its stages, in a figure the load of a shared
machine does not move.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=OUT .venv/bin/python bench/outside_instructions.py [FOLDER_OR_FILE ...]
    .venv/bin/python bench/outside_instructions.py --report OUT

The documents (samples/ by default) are coded once to warm the caches, lexicons and models, then coded again inside
`functools.reduce`, the C function callgrind counts in (its "Collected" line is the whole second pass). Inside it each
part runs inside a C function of its own, whose inclusive count `callgrind_annotate` reads: the coder's parse
(spaCy with the coder's components and the straight-quotes step) in `itertools.takewhile`, every stage in
`itertools.starmap`, ingestion (`prepare`) in `itertools.dropwhile`, building each record (`line_of`: the Coded and
its dict) in `itertools.filterfalse`. `--report OUT` prints the parts and what is left (the Analysis, the batching,
the generators). With PYTHONPATH on an export of another commit's src/, the same command counts that commit.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import re
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PARTS = {"parse": "takewhile_next", "stages": "starmap_next", "ingestion": "dropwhile_next",
         "records": "filterfalse_next"}


def _inside(kind: str, run: Callable[..., Any]) -> Callable[..., Any]:
    """`run`, called from inside the itertools C function that `kind` names (one call, the same result)."""
    def inner(*given: Any, **named: Any) -> Any:
        held: list[Any] = []

        def call(*_: Any) -> Any:
            held.append(run(*given, **named))
            return kind == "takewhile"  # takewhile yields while true, dropwhile and filterfalse while false

        if kind == "starmap":
            next(itertools.starmap(call, [()]))
        elif kind == "takewhile":
            next(itertools.takewhile(call, [None]))
        elif kind == "dropwhile":
            next(itertools.dropwhile(call, [None]))
        else:
            next(itertools.filterfalse(call, [None]))
        return held[0]
    return inner


def count(inputs: list[str]) -> None:
    from detente import pipeline
    from detente.ingest import read_inputs

    raws = [r for r in read_inputs(inputs or [REPO / "samples"]) if r.error is None]
    coder = pipeline.Coder()
    coder.stages = [replace(s, run=_inside("starmap", s.run)) for s in coder.stages]
    coder._parse = _inside("takewhile", coder._parse)  # type: ignore[method-assign]
    pipeline.prepare = _inside("dropwhile", pipeline.prepare)
    pipeline.line_of = _inside("filterfalse", pipeline.line_of)
    first = list(coder.code_raw(raws))
    second = functools.reduce(lambda _, held: list(coder.code_raw(held)), [raws], [])
    if first != second:
        raise SystemExit("the second pass coded the documents otherwise than the first")
    print(f"{len(raws)} documents; the whole code_raw pass counted on the second pass")


def report(out: str) -> None:
    """The parts' inclusive counts from a callgrind output file, and the rest of the pass."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out], capture_output=True,
                          text=True, check=True).stdout

    def inclusive(function: str) -> int:
        found = re.search(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?\S*:" + function + r"\b", text, re.MULTILINE)
        return int(found.group(1).replace(",", "")) if found else 0

    total = inclusive("functools_reduce")
    rows = {name: inclusive(function) for name, function in PARTS.items()}
    rows["rest (Analysis, batching, generators)"] = total - sum(rows.values())
    outside = total - rows["parse"] - rows["stages"]
    print(f"{'whole second pass':40s} {total:>15,}")
    for name, value in rows.items():
        print(f"  {name:38s} {value:>15,}")
    print(f"{'outside the parse and the stages':40s} {outside:>15,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--report", metavar="OUT", help="print the parts from a callgrind output file")
    args = parser.parse_args()
    if args.report:
        report(args.report)
    else:
        count(args.inputs)


if __name__ == "__main__":
    main()
