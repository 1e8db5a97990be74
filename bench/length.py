"""Cost per word of a long document against a short one: no stage may grow faster than the parse.

    .venv/bin/python bench/length.py [--long-words 100000] [--short-words 1000] [--profile]

Builds a short and a long document from the bundled samples (paragraphs repeated in turn, so the
long one has the same kind of text, just more of it), codes each once after a warm-up, and prints
CPU seconds per 1,000 words for the bare spaCy parse and for the whole coder, each stage's share,
and the long/short ratio of the coder's per-word cost. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from dataclasses import replace
from pathlib import Path

from detente import pipeline
from detente.ingest import prepare, read_inputs
from detente.nlp import load_pipeline
from detente.records import RawDocument

REPO = Path(__file__).resolve().parents[1]


def paragraphs() -> list[str]:
    texts = [r.text or "" for r in read_inputs([REPO / "samples"]) if r.error is None]
    return [p.strip() for t in texts for p in t.split("\n\n") if len(p.split()) > 20]


def document(words: int, pool: list[str]) -> str:
    out, count, i = [], 0, 0
    while count < words:
        para = pool[i % len(pool)]
        out.append(para)
        count += len(para.split())
        i += 1
    return "\n\n".join(out)


def cost(text: str, coder: pipeline.Coder, stage_time: dict[str, float]) -> tuple[float, float]:
    """CPU seconds of the bare parse and of the whole coder for one document."""
    nlp = coder.nlp
    t0 = time.process_time()
    nlp(text)
    parse = time.process_time() - t0
    for name in stage_time:
        stage_time[name] = 0.0
    t0 = time.process_time()
    records = list(coder.code_raw([RawDocument(origin="bench", text=text)], published="2024-01-08"))
    total = time.process_time() - t0
    assert "error" not in records[0], records[0].get("error")
    return parse, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long-words", type=int, default=100_000)
    parser.add_argument("--short-words", type=int, default=1_000)
    parser.add_argument("--profile", action="store_true", help="print the hottest functions of the long run")
    args = parser.parse_args()
    pool = paragraphs()
    coder = pipeline.Coder()
    stage_time = {stage.name: 0.0 for stage in coder.stages}

    def timed(name, stage):  # type: ignore[no-untyped-def]
        def run(analysis):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            stage(analysis)
            stage_time[name] += time.process_time() - t0
        return run

    coder.stages = [replace(stage, run=timed(stage.name, stage.run)) for stage in coder.stages]
    load_pipeline().max_length = 2_000_000
    short, long = document(args.short_words, pool), document(args.long_words, pool)
    assert prepare(RawDocument(origin="x", text=short)).error is None
    cost(short, coder, stage_time)  # warm up
    rows = []
    for label, text in (("short", short), ("long", long)):
        words = len(text.split())
        if label == "long" and args.profile:
            profile = cProfile.Profile()
            profile.enable()
        parse, total = cost(text, coder, stage_time)
        if label == "long" and args.profile:
            profile.disable()
            profile.dump_stats("length.prof")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
        per = 1000 / words
        stages = ", ".join(f"{n} {t * per:.3f}" for n, t in stage_time.items())
        rows.append((label, words, parse * per, total * per))
        print(f"{label}: {words} words; parse {parse * per:.3f} s/1k words; coder {total * per:.3f} s/1k words "
              f"({total / parse:.2f}x parse); stages s/1k words: {stages}")
    print(f"long/short coder cost per word: {rows[1][3] / rows[0][3]:.2f}x "
          f"(parse alone {rows[1][2] / rows[0][2]:.2f}x)")


if __name__ == "__main__":
    main()
