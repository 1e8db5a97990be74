"""Inputs the benches share: many distinct news-like documents.

`numbered_corpus` numbers the 12 bundled samples: cheap and always there, but every document has the
same publication date and one of 12 texts, so a store groups the whole run into one story and links
every copy's events into the same few happenings, a far heavier linking load than real news.
`news_corpus` mixes real and news-like articles read from ../shared/data at run time (PolNeAR's US
political news of 2015-16, IndiaPoliceEvents' Times of India reports of March 2002, NGEC's
synthetic event stories, the samples), each with its own publication date, so the run spreads over
many days, topics and stories as a news feed does. No text of those sets is kept in the repository.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = 18  # the same corpus on every run


def numbered_corpus(path: Path, docs: int, prefix: str = "c") -> None:
    """`docs` distinct documents as JSONL: the samples in turn, each numbered so no two are the same text
    (a re-ingest or a duplicate check must not see copies)."""
    texts = _sample_texts()
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            out.write(json.dumps({"id": f"{prefix}{i}", "published": "2024-01-08",
                                  "text": f"{texts[i % len(texts)][1]}\n\nReport {i} of the bench."}) + "\n")


def news_corpus(path: Path, docs: int, prefix: str = "n", data: Path = DATA) -> None:
    """`docs` distinct news documents as JSONL, taken in turn from each source (each source's articles
    in a fixed shuffled order) with their own publication dates. A source used up starts again with
    its dates moved on by 400 days and a line added (still distinct texts, in other stories)."""
    sources = [list(source) for source in (_polnear(data), _india_police(data), _ngec(data))]
    sources = [s for s in sources if s] + [_sample_texts()]
    rng = random.Random(SEED)
    for source in sources:
        rng.shuffle(source)
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            source = sources[i % len(sources)]
            turn, at = divmod(i // len(sources), len(source))
            published, text = source[at]
            if turn:
                published = (date.fromisoformat(published) + timedelta(days=400 * turn)).isoformat()
                text = f"{text}\n\nUpdated report {turn}."
            out.write(json.dumps({"id": f"{prefix}{i}", "published": published, "text": text}) + "\n")


def _sample_texts() -> list[tuple[str, str]]:
    """(publication date, text) of the bundled samples."""
    from detente.ingest import read_inputs

    return [(r.published or "2024-01-08", r.text) for r in read_inputs([REPO / "samples"])
            if r.error is None and r.text]


def _polnear(data: Path) -> Iterator[tuple[str, str]]:
    """PolNeAR articles; the date is in the file name (publisher_YYYY-MM-DD_slug.txt)."""
    for file in sorted(data.glob("polnear/*/text/*.txt")):
        parts = file.stem.split("_")
        if len(parts) >= 2 and len(parts[1]) == 10:
            yield parts[1], file.read_text(encoding="utf-8")


def _india_police(data: Path) -> Iterator[tuple[str, str]]:
    path = data / "india_police_events" / "metadata.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row.get("date") and row.get("full_text"):
                    yield row["date"], row["full_text"]


def _ngec(data: Path) -> Iterator[tuple[str, str]]:
    """NGEC's synthetic stories have no date: each gets a day of 2023-24 (seeded)."""
    path = data / "ngec_synthetic" / "stories.csv"
    if path.exists():
        rng = random.Random(SEED)
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                if row.get("text"):
                    day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
                    yield day.isoformat(), f"{row.get('title') or ''}\n\n{row['text']}".strip()
