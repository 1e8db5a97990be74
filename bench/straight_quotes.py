"""What the straight-quotes step (detente.nlp.typography) changes in the parse, and what it costs.

    .venv/bin/python bench/straight_quotes.py [--data ../shared/data] [--first 30]

Parses the first N PolNeAR dev texts (sorted by name; the development part) as the coder prepares them,
once plainly and once through the step, and prints: the tokens whose tag or head differ, how the "’s"
tokens were tagged each way, how many texts fell back to the plain parse (tokens differ), whether every
Doc kept the original text, and the CPU seconds of the step's own work (straightening, the second
tokenisation and the carried annotations) against the parse's.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from detente.ingest import prepare
from detente.nlp import load_pipeline
from detente.nlp.typography import carried_over, needs_straightening, straightened
from detente.records import RawDocument


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--first", type=int, default=30)
    args = parser.parse_args()
    paths = sorted((Path(args.data) / "polnear" / "dev" / "text").glob("*.txt"))[:args.first]
    texts = [prepare(RawDocument(origin=p.name, text=p.read_text("utf-8", errors="replace"))).document.text
             for p in paths]
    nlp = load_pipeline()
    plain_tags: Counter[str] = Counter()
    step_tags: Counter[str] = Counter()
    tag_changed = head_changed = either = tokens = fallbacks = straightened_texts = 0
    kept = True
    parse_cpu = step_cpu = 0.0
    for text in texts:
        plain = nlp(text)
        if not needs_straightening(text):
            continue
        straightened_texts += 1
        t0 = time.process_time()
        copy = straightened(text)
        t1 = time.process_time()
        parsed = nlp(copy)
        t2 = time.process_time()
        doc = carried_over(nlp, text, parsed)
        t3 = time.process_time()
        parse_cpu += t2 - t1
        step_cpu += (t1 - t0) + (t3 - t2)
        if doc is None:
            fallbacks += 1
            continue
        kept &= doc.text == text
        tokens += len(doc)
        for a, b in zip(plain, doc, strict=True):
            tag, head = a.tag_ != b.tag_, a.head.i != b.head.i
            tag_changed += tag
            head_changed += head
            either += tag or head
            if a.text.lower() == "\u2019s":
                plain_tags[a.tag_] += 1
                step_tags[b.tag_] += 1
    print(f"PolNeAR dev texts 1-{len(texts)}: {straightened_texts} hold typographic quotes, {tokens} tokens, "
          f"{fallbacks} fell back to the plain parse; original text kept: {kept}")
    print(f"tokens whose tag or head changed: {either} (tag {tag_changed}, head {head_changed})")
    print(f"'\u2019s' tags, plain parse: {dict(plain_tags.most_common())}")
    print(f"'\u2019s' tags, through the step: {dict(step_tags.most_common())}")
    print(f"CPU seconds: parse of the straightened copies {parse_cpu:.2f}, the step's own work {step_cpu:.3f} "
          f"({step_cpu / parse_cpu:.1%} of the parse)")


if __name__ == "__main__":
    main()
