"""Instructions of one coding stage (or of the events stage's candidate detection, or of the dating it asks of the
time module), counted by callgrind: a figure the load of a shared machine does not move, where CPU seconds move by
±20 %.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        .venv/bin/python bench/stage_instructions.py [events|time|actors|quotes|claims|candidates|dating] [FILES ...]

The documents (samples/ by default) are parsed and coded once to warm the caches and lexicons, then coded again with
the part measured run inside `functools.reduce`, the one C function callgrind is told to count in: its "Collected"
line is that part's instructions on the second pass. With PYTHONPATH on an export of another commit's src/, the
same command counts that commit. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import detente.events as events
from detente import pipeline
from detente.analysis import Analysis
from detente.ingest import prepare, read_inputs
from detente.nlp.perdoc import known_text
from detente.nlp.typography import parse_list
from detente.stages import DEFAULT_STAGES

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("part", choices=(*DEFAULT_STAGES, "candidates", "dating"))
    parser.add_argument("inputs", nargs="*")
    args = parser.parse_args()

    coder = pipeline.Coder()
    prepared = [p for p in (prepare(r) for r in read_inputs(args.inputs or [REPO / "samples"]) if r.error is None)
                if p.error is None]
    docs = parse_list(coder.nlp, [p.document.text for p in prepared], coder.batch_size, coder.settings.straight_quotes)
    counting = [False]

    def counted(run: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*given: Any) -> Any:
            if not counting[0]:
                return run(*given)
            return functools.reduce(lambda _, held: run(*held), [given], None)
        return inner

    if args.part == "candidates":
        events.candidates_in = counted(events.candidates_in)  # as events_in calls it
    elif args.part == "dating":  # the time module's answers the events stage asks for, as it calls them
        events.date_event = counted(events.date_event)
        events.as_told = counted(events.as_told)
        events.writers_own_future = counted(events.writers_own_future)
    else:
        coder.stages = [replace(s, run=counted(s.run)) if s.name == args.part else s for s in coder.stages]
    for second in (False, True):
        counting[0] = second
        for item, doc in zip(prepared, docs, strict=True):
            known_text(doc, item.document.text)
            coder.analyse(Analysis(document=item.document, doc=doc, removed=item.removed, settings=coder.settings))
    print(f"{len(docs)} documents; {args.part} counted on the second pass")


if __name__ == "__main__":
    main()
