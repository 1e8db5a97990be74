"""Inputs the benches share: many distinct news-like documents made from the bundled samples."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def numbered_corpus(path: Path, docs: int, prefix: str = "c") -> None:
    """`docs` distinct documents as JSONL: the samples in turn, each numbered so no two are the same text
    (a re-ingest or a duplicate check must not see copies)."""
    from detente.ingest import read_inputs

    texts = [r.text or "" for r in read_inputs([REPO / "samples"]) if r.error is None and r.text]
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            out.write(json.dumps({"id": f"{prefix}{i}", "published": "2024-01-08",
                                  "text": f"{texts[i % len(texts)]}\n\nReport {i} of the bench."}) + "\n")
