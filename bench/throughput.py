"""Throughput: Détente's full coder against the bare spaCy parse of the same text.

    .venv/bin/python bench/throughput.py [FOLDER_OR_FILE ...] [--target-kb 200] [--model NAME]

With no input it uses samples/ repeated to about 200 KB. It parses the corpus once with the
bare spaCy pipeline (nlp.pipe) and once through the whole coder (ingestion, parse and every
stage), and prints documents/s, words/s, the ratio of the two, and each stage's share of the
coding time. The two runs alternate (--repeat) and the fastest of each counts, in CPU seconds of
this process, so that other work on a shared machine disturbs the ratio less. Figures go in
docs/performance.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from dataclasses import replace
from pathlib import Path

from detente import pipeline
from detente.ingest import prepare, read_inputs
from detente.nlp import stock_components

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


def warmed(target_kb: int = 200) -> tuple[list, list[str], pipeline.Coder]:
    """The default corpus, its cleaned texts and a coder warmed as main() warms it (its pipeline has parsed a few
    texts, its lexicons and models are loaded): the set-up the other bench scripts share with this one."""
    raws = corpus([], target_kb)
    texts = [prepare(r).document.text for r in raws]
    coder = pipeline.Coder()
    list(coder.nlp.pipe(texts[:4]))
    list(coder.code_raw(raws[:2]))
    return raws, texts, coder


def timings(clock) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of one call; CPU time is the steadier figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    clock()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--target-kb", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="alternate runs; the fastest of each counts")
    args = parser.parse_args()

    raws = corpus(args.inputs, args.target_kb)
    prepared = [prepare(r) for r in raws]
    prepared = [p for p in prepared if p.error is None]
    texts = [p.document.text for p in prepared]
    words = sum(len(t.split()) for t in texts)
    coder = pipeline.Coder(args.model)
    # the bare and stock parses run on the coder's own loaded pipeline: a second copy of the same model parsed
    # the same batches 0.7-0.9 % slower or faster than the first in paired runs (bench/parse_pairs.py), which
    # is the copy's placement in memory, not anything the coder does; one copy leaves only the coder's work
    nlp = coder.nlp  # Coder(args.model) loads exactly the pipeline --model names (or the default)
    list(nlp.pipe(texts[:4]))  # warm up
    stage_time = {stage.name: 0.0 for stage in coder.stages}

    def timed(name, stage):  # type: ignore[no-untyped-def]
        def run(analysis):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            stage(analysis)
            stage_time[name] += time.process_time() - t0
        return run

    coder.stages = [replace(stage, run=timed(stage.name, stage.run)) for stage in coder.stages]
    # the coder's work outside the stages: its own parse, ingestion (prepare) and building the records
    outside = {"parse": 0.0, "prepare": 0.0, "records": 0.0}

    def clocked(name, function):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                outside[name] += time.process_time() - t0
        return run

    coder._parse = clocked("parse", coder._parse)  # type: ignore[method-assign]
    pipeline.prepare = clocked("prepare", pipeline.prepare)
    pipeline.line_of = clocked("records", pipeline.line_of)
    list(coder.code_raw(raws[:2]))  # warm up lexicons and models

    records: list[dict] = []

    def parse() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def stock_parse() -> None:
        """The same parse with spaCy's own attribute ruler and lemmatizer (nlp/ruler.py and nlp/lemmas.py
        replace their work with array reads and a per-form table)."""
        with stock_components(nlp):
            parse()

    def code() -> None:
        records[:] = list(coder.code_raw(raws))

    bare_runs, full_runs, stage_runs, outside_runs, stock_runs = [], [], [], [], []
    for _ in range(max(1, args.repeat)):
        bare_runs.append(timings(parse))
        stock_runs.append(timings(stock_parse))
        stage_time.update({name: 0.0 for name in stage_time})
        outside.update({name: 0.0 for name in outside})
        full_runs.append(timings(code))
        stage_runs.append(dict(stage_time))
        outside_runs.append(dict(outside))

    bare_wall = min(w for w, _ in bare_runs)
    full_wall = min(w for w, _ in full_runs)
    bare = min(c for _, c in bare_runs)
    best = min(range(len(full_runs)), key=lambda i: full_runs[i][1])
    full = full_runs[best][1]
    events = sum(len(r.get("events", [])) for r in records)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"corpus: {len(texts)} documents, {words} words, {sum(map(len, texts)) / 1024:.0f} KB")
    print(f"runs: {len(full_runs)} of each, alternating; fastest counts; CPU seconds (wall in brackets)")
    print(f"bare spaCy parse : {len(texts) / bare:8.1f} docs/s {words / bare:9.0f} words/s "
          f"({bare:.2f} s CPU, {bare_wall:.2f} s wall)")
    print(f"Détente full code: {len(texts) / full:8.1f} docs/s {words / full:9.0f} words/s "
          f"({full:.2f} s CPU, {full_wall:.2f} s wall)")
    print(f"ratio full/bare  : {full / bare:.2f}  (cost on top of the parse: {100 * (full - bare) / bare:.0f}%)")
    stock = min(c for _, c in stock_runs)
    print(f"stock spaCy parse: {len(texts) / stock:8.1f} docs/s (spaCy's own attribute ruler and lemmatizer, {stock:.2f} s CPU); "
          f"full/stock {full / stock:.2f} (cost on top of it: {100 * (full - stock) / stock:.0f}%)")
    for name, seconds in stage_runs[best].items():
        print(f"  stage {name:7s}: {seconds:6.2f} s = {100 * seconds / bare:5.1f}% of the bare parse")
    spent = outside_runs[best]
    print(f"  outside the stages: the coder's own parse {spent['parse']:.2f} s "
          f"({100 * (spent['parse'] - bare) / bare:+.1f}% against the bare parse), ingestion "
          f"{100 * spent['prepare'] / bare:.1f}%, building records {100 * spent['records'] / bare:.1f}%, "
          f"the rest {100 * (full - spent['parse'] - spent['prepare'] - spent['records'] - sum(stage_runs[best].values())) / bare:.1f}%")
    # The line above compares one run's parse (the fastest full run's) with the fastest of the bare runs, so it reads
    # a few per cent high whenever the runs spread; these compare like with like.
    own = [spent_run["parse"] for spent_run in outside_runs]
    paired = ", ".join(f"{100 * (o - b) / b:+.1f}%" for o, (_, b) in zip(own, bare_runs, strict=True))
    print(f"  the coder's own parse, fastest of its runs: {min(own):.2f} s ({100 * (min(own) - bare) / bare:+.1f}% "
          f"against the fastest bare parse); each run against the bare parse of the same round: {paired}")
    print(f"events coded: {events}")


if __name__ == "__main__":
    main()
