"""The events stage alone: CPU seconds to code events for documents already parsed and through the
earlier stages (time, actors), the fastest of several runs.

    .venv/bin/python bench/events_stage.py [FOLDER_OR_FILE ...] [--repeat 4]

With no input it reads samples/. Each run resets the per-document time index (the events stage builds
it), tells `nlp.perdoc` the document's text as the coder does after each parse, and codes every document again; it prints the best run and a hash of the events, which must not
change under a behaviour-preserving speed change. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from detente import pipeline
from detente.actors.kb import scoped
from detente.analysis import Analysis
from detente.ingest import prepare, read_inputs
from detente.nlp.perdoc import known_text

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()

    coder = pipeline.Coder(None)
    names = [stage.name for stage in coder.stages]
    earlier, events = coder.stages[:names.index("events")], coder.stages[names.index("events")]
    prepared = [p for p in (prepare(r) for r in read_inputs(args.inputs or [REPO / "samples"]) if r.error is None)
                if p.error is None]
    docs = list(coder.nlp.pipe([p.document.text for p in prepared]))
    with scoped(coder.kb):
        analyses = []
        for item, doc in zip(prepared, docs, strict=True):
            analysis = Analysis(document=item.document, doc=doc, removed=item.removed, settings=coder.settings)
            for stage in earlier:
                stage.run(analysis)
            analyses.append(analysis)

        def run() -> float:
            started = time.process_time()
            for analysis in analyses:
                analysis.time_index = None
                known_text(analysis.doc, analysis.document.text)  # as the coder does after each parse (pipeline.py)
                events.run(analysis)
            return time.process_time() - started

        run()  # warm up lexicons and models
        best = min(run() for _ in range(max(1, args.repeat)))
    digest = hashlib.sha1()
    for analysis in analyses:
        digest.update(json.dumps([e.to_dict() for e in analysis.events], sort_keys=True, default=str).encode())
    words = sum(len(a.document.text.split()) for a in analyses)
    print(f"{len(analyses)} documents, {words} words: events stage {best:.3f} s CPU (best of {args.repeat}), "
          f"events hash {digest.hexdigest()[:12]}")


if __name__ == "__main__":
    main()
