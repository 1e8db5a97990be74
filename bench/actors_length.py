"""CPU seconds per 1,000 words of the actors stage alone, on documents of growing length.

    .venv/bin/python bench/actors_length.py [--words 1000 10000 60000]

The documents are the bundled sample paragraphs repeated (bench/length.py builds them), parsed once
each; only `detente.actors.annotate` is timed (process CPU time, so other work on a shared machine
moves it little). A stage that grows no faster than the text keeps the same figure at every length.
Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from length import document, paragraphs  # noqa: E402

from detente import actors  # noqa: E402
from detente.actors.kb import knowledge_base  # noqa: E402
from detente.analysis import Analysis  # noqa: E402
from detente.nlp import load_pipeline  # noqa: E402
from detente.records import Document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[1_000, 10_000, 60_000])
    args = parser.parse_args()
    nlp = load_pipeline()
    nlp.max_length = 2_000_000
    knowledge_base()
    pool = paragraphs()
    warm = document(1_000, pool)
    actors.annotate(Analysis(Document(doc_id="warm", text=warm, published="2024-01-08"), nlp(warm)))
    for words in args.words:
        text = document(words, pool)
        analysis = Analysis(Document(doc_id="bench", text=text, published="2024-01-08"), nlp(text))
        began = time.process_time()
        actors.annotate(analysis)
        seconds = time.process_time() - began
        print(f"{len(text.split())} words: actors stage {seconds * 1000 / len(text.split()):.4f} CPU s per 1,000 words "
              f"({len(analysis.mentions)} mentions, {len(analysis.chains)} coreference links)")


if __name__ == "__main__":
    main()
