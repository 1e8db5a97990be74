"""Instructions of one coding stage (or of the events stage's candidate detection, or of the dating it asks of the
time module), counted by callgrind: a figure the load of a shared machine does not move, where CPU seconds move by
±20 %.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        .venv/bin/python bench/stage_instructions.py [events|time|actors|quotes|claims|candidates|dating] [FILES ...]

The documents (samples/ by default) are parsed and coded once to warm the caches and lexicons, then coded again with
the part measured run inside `functools.reduce`, the one C function callgrind is told to count in: its "Collected"
line is that part's instructions on the second pass. With PYTHONPATH on an export of another commit's src/, the
same command counts that commit. Figures go in docs/performance.md.

Two options make a run take minutes instead of tens of minutes on a loaded machine (valgrind simulates the model load
and the parse too, which the count does not include):

- `--docbin FILE`: the parses are read from FILE (a spaCy DocBin) when it exists, else parsed and saved there, so
  a second run (or the same run for another commit) skips the parse. The documents must be the same inputs.
- `--fast`: callgrind's instrumentation is switched on only around the second pass (run valgrind with
  `--instr-atstart=no` too), through a three-line C shim built with `cc` into a temporary folder. The count reads
  about 1.4 % higher than without it (session 25), so compare within one command only.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

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
    parser.add_argument("--docbin", type=Path, help="read the parses from this DocBin (made on the first run)")
    parser.add_argument("--fast", action="store_true", help="instrument only the second pass (--instr-atstart=no)")
    args = parser.parse_args()

    coder = pipeline.Coder()
    prepared = [p for p in (prepare(r) for r in read_inputs(args.inputs or [REPO / "samples"]) if r.error is None)
                if p.error is None]
    docs = _parses(coder, [p.document.text for p in prepared], args.docbin)
    instrument = _instrumentation() if args.fast else None
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
        if second and instrument is not None:
            instrument.start_instr()
        for item, doc in zip(prepared, docs, strict=True):
            known_text(doc, item.document.text)
            coder.analyse(Analysis(document=item.document, doc=doc, removed=item.removed, settings=coder.settings))
        if second and instrument is not None:
            instrument.stop_instr()
    print(f"{len(docs)} documents; {args.part} counted on the second pass")


def _parses(coder: pipeline.Coder, texts: list[str], saved: Path | None) -> list[Doc]:
    """The parse of every text: read from `saved` when it holds one per text, else parsed (and saved there)."""
    if saved is not None and saved.exists():
        docs = list(DocBin().from_disk(saved).get_docs(coder.nlp.vocab))
        if [d.text for d in docs] != texts:
            raise SystemExit(f"{saved} holds the parses of other texts: remove it or give the same inputs")
        return docs
    docs = parse_list(coder.nlp, texts, coder.batch_size, coder.settings.straight_quotes)
    if saved is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(saved)
    return docs


def _instrumentation() -> ctypes.CDLL:
    """callgrind's START/STOP_INSTRUMENTATION client requests, as two C functions built once into a temporary
    folder (Python cannot issue a client request itself)."""
    folder = Path(tempfile.mkdtemp(prefix="cgctl"))
    (folder / "cgctl.c").write_text("#include <valgrind/callgrind.h>\n"
                                    "void start_instr(void) { CALLGRIND_START_INSTRUMENTATION; }\n"
                                    "void stop_instr(void) { CALLGRIND_STOP_INSTRUMENTATION; }\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", str(folder / "libcgctl.so"), str(folder / "cgctl.c")],
                   check=True)
    return ctypes.CDLL(str(folder / "libcgctl.so"))


if __name__ == "__main__":
    main()
