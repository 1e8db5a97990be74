"""Throughput: Détente's full coder against the bare spaCy parse of the same text, paired chunk by chunk.

    .venv/bin/python bench/throughput.py [FOLDER_OR_FILE ...] [--target-kb 200] [--model NAME] [--rounds 3]
                                         [--chunk 16]

With no input it uses samples/ repeated to about 200 KB. The same work is done three ways: every document
parsed with the bare spaCy pipeline (Détente's loaded pipeline, `nlp.pipe`), parsed with spaCy's stock
attribute ruler and lemmatizer, and coded in full (`Coder.code_raw`: ingestion, the coder's parse, every
stage, records). The three are interleaved in small chunks (by default one coder batch, 16 documents): each
chunk is run bare, stock and full back to back, the order rotating from chunk to chunk and round to round so
that every chunk takes every place once in three rounds, and each run's CPU seconds (this process) are kept.
On a shared machine the speed of the processor drifts within a few seconds; runs of the whole corpus taken
one after the other (the earlier form of this bench) read the same code 21 %, 68 % and 26 % apart, while runs a
fraction of a second apart see the same machine. The figures are the ratio of the sums (what the corpus cost)
and the median of the per-chunk ratios with its quartiles (how much they spread); each round's ratio of sums is
printed too, and each stage's share of the bare parse. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from detente import pipeline
from detente.ingest import prepare, read_inputs
from detente.nlp import stock_components

REPO = Path(__file__).resolve().parents[1]
MODES = ("bare", "stock", "full")  # the three ways each chunk is run


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


def rotation(chunk: int, round_: int) -> tuple[str, ...]:
    """The order the three runs of one chunk take: shifted by one from chunk to chunk and from round to round, so
    each way of running goes first, second and third equally often, and every chunk takes every place in three
    rounds (the run that follows another starts with the caches that one left behind)."""
    shift = (chunk + round_) % len(MODES)
    return MODES[shift:] + MODES[:shift]


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """First quartile, median and third quartile (the values themselves where there are fewer than two)."""
    if len(values) < 2:
        return (values[0],) * 3 if values else (float("nan"),) * 3
    low, middle, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, middle, high


@dataclass
class Chunk:
    """One chunk of one round: CPU and wall seconds of each way of running it, the full run's split, and the
    order the three ran in."""

    round: int
    documents: int
    order: tuple[str, ...]
    cpu: dict[str, float] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)
    outside: dict[str, float] = field(default_factory=dict)


def paired(chunks: Iterable[Chunk], top: Callable[[Chunk], float], bottom: Callable[[Chunk], float]) -> str:
    """`top` against `bottom` as a cost in per cent: of the sums over the chunks, and the median and quartiles of
    the chunks' own ratios."""
    chunks = list(chunks)
    total = 100 * (sum(map(top, chunks)) / sum(map(bottom, chunks)) - 1)
    low, middle, high = quartiles([100 * (top(c) / bottom(c) - 1) for c in chunks])
    return f"{total:+.1f}% of the sums; per chunk median {middle:+.1f}%, quartiles {low:+.1f}% to {high:+.1f}%"


def of_sums(chunks: Iterable[Chunk], top: str, bottom: str) -> float:
    """Cost of `top` on top of `bottom` in per cent, from the CPU seconds summed over the chunks."""
    chunks = list(chunks)
    return 100 * (sum(c.cpu[top] for c in chunks) / sum(c.cpu[bottom] for c in chunks) - 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--target-kb", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--rounds", "--repeat", type=int, default=3,
                        help="passes over the corpus (3: every chunk runs once in each place of the order)")
    parser.add_argument("--chunk", type=int, default=None,
                        help="documents a chunk (default: the coder's batch size, so every run parses the same batches)")
    parser.add_argument("--json", type=Path, default=None, help="also write every chunk's seconds to this file")
    args = parser.parse_args(argv)

    raws = corpus(args.inputs, args.target_kb)
    prepared = [prepare(r) for r in raws]
    good = [i for i, p in enumerate(prepared) if p.error is None]
    raws = [raws[i] for i in good]  # the same documents for all three ways (ingestion refuses the same ones each time)
    texts = [prepared[i].document.text for i in good]
    coder = pipeline.Coder(args.model)
    batch = coder.batch_size
    size = args.chunk or batch
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
    held = pipeline.prepare, pipeline.line_of  # put back at the end, so a caller in the same process (a test) is unchanged
    pipeline.prepare = clocked("prepare", pipeline.prepare)
    pipeline.line_of = clocked("records", pipeline.line_of)
    load = os.getloadavg()[0]
    try:
        chunks, records = measured(coder, raws, texts, size, max(1, args.rounds), stage_time, outside)
    finally:
        pipeline.prepare, pipeline.line_of = held
    report(chunks, records, texts, size, batch, list(stage_time), list(outside))
    # other processes can move the ratio, not only the speed (the coder's Python walking large tables and the
    # parse's array arithmetic need not lose alike to a shared cache), so say how loaded the machine was
    print(f"load average (1 min) at the start and the end: {load:.1f}, {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if args.json:
        args.json.write_text(json.dumps([asdict(c) for c in chunks], indent=1), encoding="utf-8")


def measured(coder: pipeline.Coder, raws: list, texts: list[str], size: int, rounds: int,
             stage_time: dict[str, float], outside: dict[str, float]) -> tuple[list[Chunk], list[dict[str, Any]]]:
    """Every chunk run bare, stock and full in each round (after a warm-up), and the last round's records.
    `stage_time` and `outside` are the counters the coder's timed stages and parts add to."""
    # the bare and stock parses run on the coder's own loaded pipeline: a second copy of the same model parsed
    # the same batches 0.7-0.9 % slower or faster than the first in paired runs (bench/parse_pairs.py), which
    # is the copy's placement in memory, not anything the coder does; one copy leaves only the coder's work
    nlp, batch = coder.nlp, coder.batch_size  # Coder(args.model) loads exactly the pipeline --model names
    # warm up: the pipeline (both forms of it), the coder's lexicons and models, the collector's freeze
    list(nlp.pipe(texts[:4]))
    with stock_components(nlp):
        list(nlp.pipe(texts[:4]))
    list(coder.code_raw(raws[:2]))

    records: list[dict[str, Any]] = []

    def run_chunk(mode: str, start: int) -> tuple[float, float]:
        """Wall and CPU seconds of one way of running the chunk at `start` (only the work is timed)."""
        if mode == "full":
            return timings(lambda: records.extend(coder.code_raw(raws[start:start + size])))
        if mode == "stock":
            with stock_components(nlp):
                return timings(lambda: list(nlp.pipe(texts[start:start + size], batch_size=batch)))
        return timings(lambda: list(nlp.pipe(texts[start:start + size], batch_size=batch)))

    chunks: list[Chunk] = []
    starts = range(0, len(texts), size)
    for round_ in range(rounds):
        records.clear()
        for number, start in enumerate(starts):
            chunk = Chunk(round_, len(texts[start:start + size]), rotation(number, round_))
            for mode in chunk.order:
                stage_time.update(dict.fromkeys(stage_time, 0.0))
                outside.update(dict.fromkeys(outside, 0.0))
                chunk.wall[mode], chunk.cpu[mode] = run_chunk(mode, start)
                if mode == "full":
                    chunk.stages, chunk.outside = dict(stage_time), dict(outside)
            chunks.append(chunk)
    return chunks, records


def report(chunks: list[Chunk], records: list[dict[str, Any]], texts: list[str], size: int, batch: int,
           stage_names: list[str], outside_names: list[str]) -> None:
    """Print the figures: speeds, the paired costs with their spread, each round, each stage."""
    rounds = 1 + max(c.round for c in chunks)
    starts = range(0, len(texts), size)
    words = sum(len(t.split()) for t in texts)
    cpu = {mode: sum(c.cpu[mode] for c in chunks) / rounds for mode in MODES}
    wall = {mode: sum(c.wall[mode] for c in chunks) / rounds for mode in MODES}
    events = sum(len(r.get("events", [])) for r in records)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"corpus: {len(texts)} documents, {words} words, {sum(map(len, texts)) / 1024:.0f} KB")
    print(f"runs: {rounds} rounds of {len(starts)} chunks of {size} documents (batches of {batch}); each chunk parsed "
          f"bare, parsed stock and coded in full back to back, the order rotating; CPU seconds of this process")
    names = {"bare": "bare spaCy parse ", "stock": "stock spaCy parse", "full": "Détente full code"}
    for mode in MODES:
        print(f"{names[mode]}: {len(texts) / cpu[mode]:8.1f} docs/s {words / cpu[mode]:9.0f} words/s "
              f"({cpu[mode]:.2f} s CPU, {wall[mode]:.2f} s wall, a round's mean)")
    print("full/stock, the coder's cost on top of the stock spaCy parse (issue 12's figure): "
          + paired(chunks, lambda c: c.cpu["full"], lambda c: c.cpu["stock"]))
    print("  each round's sums: " + ", ".join(
        f"{of_sums([c for c in chunks if c.round == r], 'full', 'stock'):+.1f}%" for r in range(rounds)))
    print("  by the full run's place in its chunk (first, second, third): " + ", ".join(
        f"{of_sums([c for c in chunks if c.order.index('full') == place], 'full', 'stock'):+.1f}%"
        for place in range(len(MODES)) if any(c.order.index("full") == place for c in chunks)))
    print("full/bare, on top of Détente's own parse (nlp/ruler.py, nlp/lemmas.py): "
          + paired(chunks, lambda c: c.cpu["full"], lambda c: c.cpu["bare"]))
    print("stock/bare, spaCy's own ruler and lemmatizer against Détente's: "
          + paired(chunks, lambda c: c.cpu["stock"], lambda c: c.cpu["bare"]))
    bare_sum = sum(c.cpu["bare"] for c in chunks)
    for name in stage_names:
        seconds = sum(c.stages[name] for c in chunks)
        print(f"  stage {name:7s}: {seconds / rounds:6.2f} s = {100 * seconds / bare_sum:5.1f}% of the bare parse")
    spent = {name: sum(c.outside[name] for c in chunks) for name in outside_names}
    rest = sum(c.cpu["full"] for c in chunks) - sum(spent.values()) - sum(sum(c.stages.values()) for c in chunks)
    print(f"  outside the stages: ingestion {100 * spent['prepare'] / bare_sum:.1f}%, building records "
          f"{100 * spent['records'] / bare_sum:.1f}%, the rest {100 * rest / bare_sum:.1f}% of the bare parse")
    print("  the coder's own parse against the bare parse of the same chunk: "
          + paired(chunks, lambda c: c.outside["parse"], lambda c: c.cpu["bare"]))
    print(f"events coded: {events}")


if __name__ == "__main__":
    main()
