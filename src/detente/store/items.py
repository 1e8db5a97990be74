"""A coded record as the store writes it, made where the record was coded.

`ingest` asks its workers for a `StoreItem` instead of the record: the rows of every table (the
record's JSON among them), the linking features of its events (with the MinHash of their sentences)
and the article's story words and signatures are made there, in parallel, so the one writer that
feeds the store only inserts and links. Made in the writer itself (`as_item`) for records that
arrive whole (the Python API, Dask shards).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from detente.corpus.features import EventFeatures, event_features, settings
from detente.corpus.stories import Article, story_article
from detente.store.bulk import day_of, rows_of

INPUT_COLUMN = 9  # where the input's name goes in a documents row (known to the writer, not the worker)


@dataclass
class StoreItem:
    """What one coded record adds to the store. `rows` is empty for an error record; `features`
    and `article` are None where they were not made (linking then reads the stored record)."""

    doc_id: str | None
    error: str | None = None
    events: int = 0
    rows: dict[str, list[tuple]] = field(default_factory=dict)
    features: list[EventFeatures] | None = None
    article: Article | None = None

    @property
    def record(self) -> dict[str, Any]:
        """The coded record (read back from its JSON; an error record holds the doc_id and the error)."""
        if self.error is not None or not self.rows:
            return {"document": {"doc_id": self.doc_id}, "error": self.error}
        return json.loads(self.rows["documents"][0][-1])

    def rows_for(self, input_name: str | None) -> dict[str, list[tuple]]:
        """The rows, with the input's name in the documents row."""
        document = self.rows["documents"][0]
        rows = dict(self.rows)
        rows["documents"] = [document[:INPUT_COLUMN] + (input_name,) + document[INPUT_COLUMN + 1:]]
        return rows


def store_item(record: dict[str, Any]) -> StoreItem:
    """A record's rows, event features and story article: what a worker sends the writer."""
    return as_item(record, linking=True)


def as_item(record: dict[str, Any] | StoreItem, linking: bool = True) -> StoreItem:
    """A record as a StoreItem (an item as it is); with `linking`, its event features and story
    article too."""
    if isinstance(record, StoreItem):
        return record
    document = record.get("document") or {}
    if "error" in record:
        return StoreItem(document.get("doc_id"), error=str(record["error"]))
    events = record.get("events") or []
    item = StoreItem(document["doc_id"], events=len(events), rows=rows_of(record, None, day_of))
    if linking:
        perm = int(settings()["num_perm"])
        memo: dict[Any, Any] = {}  # the document's sentence words and signatures, made once each
        item.features = [event_features(event, document, perm, memo) for event in events]
        item.article = story_article(document)
    return item
