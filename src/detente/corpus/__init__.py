"""The corpus: events of many documents linked into happenings, articles into stories.

The store calls `link_documents` after it writes documents (one or a bulk batch) and
`forget_documents` before it deletes them; the tables live in corpus/schema.sql.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Any

import duckdb

from detente.corpus import layout
from detente.corpus.features import EventFeatures
from detente.corpus.happenings import HappeningLinker, backfill_blocks
from detente.corpus.stories import Article, StoryLinker


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files("detente.corpus").joinpath("schema.sql").read_text("utf-8"))
    backfill_blocks(con)


def link_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str],
                   records: dict[str, dict[str, Any]] | None = None) -> int:
    """Link the events of newly stored documents into happenings and the documents into stories.

    `records` (doc_id -> coded record), when the caller holds them, saves reading them back."""
    doc_ids = list(doc_ids)
    link_stories(con, doc_ids, records)
    return link_happenings(con, doc_ids, records)


def link_happenings(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str],
                    records: dict[str, dict[str, Any]] | None = None,
                    features: dict[str, list[EventFeatures]] | None = None) -> int:
    """Link the not yet linked events of these stored documents into happenings; returns how many.
    `features` (per doc_id, made by the worker that coded it) or `records` save reading them back."""
    return HappeningLinker(con).link_documents(list(doc_ids), records, features)


def link_stories(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str],
                 records: dict[str, dict[str, Any]] | None = None,
                 articles: dict[str, Article] | None = None) -> None:
    """Group these stored documents (those not yet in a story) into stories, as one set.
    `articles` (per doc_id, made by the worker that coded it) or `records` save reading the texts."""
    StoryLinker(con).link_documents(list(doc_ids), records, articles)


def forget_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> None:
    """Take documents out of their happenings and stories (before their rows are deleted)."""
    doc_ids = list(doc_ids)
    HappeningLinker(con).unlink_documents(doc_ids)
    StoryLinker(con).unlink_documents(doc_ids)


__all__ = ["Article", "EventFeatures", "HappeningLinker", "layout", "StoryLinker", "create_schema", "forget_documents", "link_documents",
           "link_happenings", "link_stories"]
