"""Throughput: Détente's full coder against the bare spaCy parse of the same text.

    .venv/bin/python bench/throughput.py [FOLDER_OR_FILE ...] [--target-kb 200] [--model NAME]

With no input it uses samples/ repeated to about 200 KB. It parses the corpus once with the
bare spaCy pipeline (nlp.pipe) and once through the whole coder (ingestion, parse and every
stage), and prints documents/s, words/s, the ratio of the two, and each stage's share of the
coding time. Run it on an idle machine; figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from detente import pipeline
from detente.ingest import prepare, read_inputs
from detente.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]


def corpus(paths: list[str], target_kb: int) -> list:
    raws = [r for r in read_inputs(paths or [REPO / "samples"]) if r.error is None]
    if paths:
        return raws
    out, size = [], 0
    while size < target_kb * 1024:
        for raw in raws:
            out.append(raw)
            size += len(raw.text or raw.html or "")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--target-kb", type=int, default=200)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    raws = corpus(args.inputs, args.target_kb)
    prepared = [prepare(r) for r in raws]
    prepared = [p for p in prepared if p.error is None]
    texts = [p.document.text for p in prepared]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:4]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - start

    stage_time = {name: 0.0 for name, _ in pipeline.STAGES}

    def timed(name, stage):  # type: ignore[no-untyped-def]
        def run(analysis):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            stage(analysis)
            stage_time[name] += time.perf_counter() - t0
        return run

    original = list(pipeline.STAGES)
    pipeline.STAGES[:] = [(name, timed(name, stage)) for name, stage in original]
    coder = pipeline.Coder(args.model)
    list(coder.code_raw(raws[:2]))  # warm up lexicons and models
    stage_time.update({name: 0.0 for name in stage_time})
    start = time.perf_counter()
    records = list(coder.code_raw(raws))
    full = time.perf_counter() - start
    pipeline.STAGES[:] = original

    events = sum(len(r.get("events", [])) for r in records)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"corpus: {len(texts)} documents, {words} words, {sum(map(len, texts)) / 1024:.0f} KB")
    print(f"bare spaCy parse : {len(texts) / bare:8.1f} docs/s {words / bare:9.0f} words/s ({bare:.2f} s)")
    print(f"Détente full code: {len(texts) / full:8.1f} docs/s {words / full:9.0f} words/s ({full:.2f} s)")
    print(f"ratio full/bare  : {full / bare:.2f}  (cost on top of the parse: {100 * (full - bare) / bare:.0f}%)")
    for name, seconds in stage_time.items():
        print(f"  stage {name:7s}: {seconds:6.2f} s = {100 * seconds / bare:5.1f}% of the bare parse")
    print(f"events coded: {events}")


if __name__ == "__main__":
    main()
