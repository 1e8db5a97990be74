"""Cost per word of a long document against short articles: no stage may grow faster than the parse.

    .venv/bin/python bench/length.py [--long-words 100000] [--short-words 1000] [--short-docs 20]
        [--repeat 3] [--profile] [--components]

Builds `--short-docs` distinct articles of about `--short-words` words and one document of about
`--long-words` words from the paragraphs of the bundled samples (the long one has the same kind of
text, just more of it; each short one starts at a different paragraph). Each repeat codes the short
articles (as one batch, as `detente code` would) and then the long document, measuring CPU seconds
(`time.process_time`) of the bare spaCy parse, of the whole coder and of each of its stages; every
figure is the minimum over the repeats (the run least disturbed by whatever else shares the machine:
on a loaded machine a busy neighbouring core only ever adds CPU time). Prints CPU seconds per 1,000
words of each, and the long/short ratio of each per-word cost: the coder's is the issue's target
(at most 1.3x); a stage whose ratio is well above the parse's grows faster than the parse.
`--profile` codes the long document once more under cProfile (not counted) and prints the
functions with the most own time, and writes the profile to length.prof in the temporary folder. Sets DETENTE_MAX_CHARS for the long
document unless it is set. `--components` also times each spaCy pipeline component on both sides (the
parse's own growth: tok2vec runs over a whole document as one array). Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def paragraphs() -> list[str]:
    from detente.ingest import read_inputs

    texts = [r.text or "" for r in read_inputs([REPO / "samples"]) if r.error is None]
    return [p.strip() for t in texts for p in t.split("\n\n") if len(p.split()) > 20]


def document(words: int, pool: list[str], start: int = 0) -> str:
    out, count, i = [], 0, start
    while count < words:
        para = pool[i % len(pool)]
        out.append(para)
        count += len(para.split())
        i += 1
    return "\n\n".join(out)


class Timed:
    """The coder with each stage's CPU seconds added up while it runs."""

    def __init__(self) -> None:
        from detente import pipeline

        self.coder = pipeline.Coder()
        self.stage_time = {stage.name: 0.0 for stage in self.coder.stages}
        self.coder.stages = [replace(stage, run=self._timed(stage.name, stage.run)) for stage in self.coder.stages]

    def _timed(self, name, stage):  # type: ignore[no-untyped-def]
        def run(analysis):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            stage(analysis)
            self.stage_time[name] += time.process_time() - t0
        return run

    def parse(self, texts: list[str]) -> float:
        """CPU seconds of the bare parse of these texts (as the coder batches them)."""
        gc.collect()
        t0 = time.process_time()
        for _doc in self.coder.nlp.pipe(texts, batch_size=self.coder.batch_size):
            pass
        return time.process_time() - t0

    def components(self, texts: list[str]) -> dict[str, float]:
        """CPU seconds of each pipeline component over these texts, one text at a time."""
        nlp, spent = self.coder.nlp, {name: 0.0 for name in self.coder.nlp.pipe_names}
        for text in texts:
            doc = nlp.make_doc(text)
            for name, component in nlp.pipeline:
                t0 = time.process_time()
                doc = component(doc)
                spent[name] += time.process_time() - t0
        return spent

    def code(self, texts: list[str]) -> tuple[float, dict[str, float]]:
        """CPU seconds of coding these texts, and of each stage."""
        from detente.records import RawDocument

        for name in self.stage_time:
            self.stage_time[name] = 0.0
        gc.collect()
        t0 = time.process_time()
        records = list(self.coder.code_raw([RawDocument(origin=f"bench-{i}", text=text) for i, text in enumerate(texts)],
                                           published="2024-01-08"))
        total = time.process_time() - t0
        errors = [r["error"] for r in records if "error" in r]
        assert not errors, errors[0]
        return total, dict(self.stage_time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long-words", type=int, default=100_000)
    parser.add_argument("--short-words", type=int, default=1_000)
    parser.add_argument("--short-docs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one more coding of the long document")
    parser.add_argument("--components", action="store_true", help="also time each spaCy pipeline component")
    args = parser.parse_args()
    pool = paragraphs()
    long = document(args.long_words, pool)
    os.environ.setdefault("DETENTE_MAX_CHARS", str(max(1_000_000, 2 * len(long))))
    from detente.nlp import load_pipeline

    timed = Timed()
    load_pipeline().max_length = max(load_pipeline().max_length, 2 * len(long))
    shorts = [document(args.short_words, pool, start=k) for k in range(args.short_docs)]
    sides = {"short": shorts, "long": [long]}
    words = {label: sum(len(t.split()) for t in texts) for label, texts in sides.items()}
    timed.code(shorts[:2])  # warm-up: the first document's lazy loads
    best: dict[str, dict[str, float]] = {label: {} for label in sides}
    print(f"short: {len(shorts)} articles, {words['short']:,} words; long: 1 document, {words['long']:,} words; "
          f"{args.repeat} repeats; load average {os.getloadavg()[0]:.1f} at start", flush=True)
    for repeat in range(args.repeat):
        for label, texts in sides.items():
            figures = {"parse": timed.parse(texts)}
            figures["coder"], stages = timed.code(texts)
            figures.update(stages)
            if args.components:
                figures.update({f"spaCy {name}": seconds for name, seconds in timed.components(texts).items()})
            for name, seconds in figures.items():
                best[label][name] = min(seconds, best[label].get(name, seconds))
            print(f"  repeat {repeat + 1} {label}: parse {figures['parse']:.2f} s, coder {figures['coder']:.2f} s CPU",
                  flush=True)
    names = list(best["short"])
    print("| CPU s per 1,000 words (min of repeats) | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for label in sides:
        per = 1000 / words[label]
        print(f"| {label} ({words[label]:,} words) | " + " | ".join(f"{best[label][n] * per:.4f}" for n in names) + " |")
    ratio = {n: (best["long"][n] / words["long"]) / max(1e-9, best["short"][n] / words["short"]) for n in names}
    print("| long ÷ short per word | " + " | ".join(f"{ratio[n]:.2f}x" for n in names) + " |")
    print(f"long/short coder cost per word: {ratio['coder']:.2f}x (parse alone {ratio['parse']:.2f}x; target <= 1.3x); "
          f"coder / parse: short {best['short']['coder'] / best['short']['parse']:.2f}x, "
          f"long {best['long']['coder'] / best['long']['parse']:.2f}x; load average {os.getloadavg()[0]:.1f} at end")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        timed.code([long])
        profile.disable()
        path = Path(tempfile.gettempdir()) / "length.prof"
        profile.dump_stats(path)
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)
        print(f"profile written to {path}")


if __name__ == "__main__":
    main()
