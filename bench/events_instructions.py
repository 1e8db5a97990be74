"""The events stage alone, for an instruction count that a loaded machine cannot blur:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
        .venv/bin/python bench/events_instructions.py [--docs 24]

The bench corpus (bench/throughput.py: samples/ repeated) is parsed once per distinct text; each document is
rebuilt from the parse's bytes as a new Doc (so nothing kept per document carries over), goes through the stages
before events uncounted, and then through the events stage inside `itertools.starmap`, the one place this script
runs it: callgrind counts only while `starmap_next` is on the stack, so "Collected" is the events stage's
instructions on the documents after the warm-up (the first twelve). Without valgrind it prints the stage's CPU
seconds. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import starmap
from pathlib import Path

from spacy.tokens import Doc

from detente import pipeline
from detente.actors.kb import scoped
from detente.analysis import Analysis
from detente.ingest import prepare
from detente.nlp.perdoc import known_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus  # noqa: E402

WARM_UP = 12


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=24, help="documents counted after the warm-up")
    args = parser.parse_args()

    prepared = [p for p in (prepare(r) for r in corpus([], 200)) if p.error is None]
    coder = pipeline.Coder()
    texts = sorted({p.document.text for p in prepared})
    parsed = dict(zip(texts, [doc.to_bytes() for doc in coder._parse(texts)], strict=True))
    names = [stage.name for stage in coder.stages]
    earlier, events = coder.stages[:names.index("events")], coder.stages[names.index("events")]
    spent, found = 0.0, 0
    with scoped(coder.kb):
        for n, item in enumerate(prepared[:WARM_UP + args.docs]):
            doc = Doc(coder.nlp.vocab).from_bytes(parsed[item.document.text])
            known_text(doc, item.document.text)
            analysis = Analysis(document=item.document, doc=doc, removed=item.removed, settings=coder.settings)
            for stage in earlier:
                stage.run(analysis)
            if n < WARM_UP:
                events.run(analysis)
                continue
            start = time.process_time()
            for _ in starmap(events.run, [(analysis,)]):
                pass
            spent += time.process_time() - start
            found += len(analysis.events)
    print(f"events stage: {args.docs} documents, {found} events, {spent:.3f} s CPU")


if __name__ == "__main__":
    main()
