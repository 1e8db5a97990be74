"""The corpus: events of many documents linked into happenings, articles into stories.

The store calls `link_documents` after it writes documents (one or a bulk batch) and
`forget_documents` before it deletes them; the tables live in corpus/schema.sql.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

import duckdb

from detente.corpus.happenings import HappeningLinker
from detente.corpus.stories import StoryLinker


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files("detente.corpus").joinpath("schema.sql").read_text("utf-8"))


def link_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> int:
    """Link the events of newly stored documents into happenings and the documents into stories."""
    doc_ids = list(doc_ids)
    StoryLinker(con).link_documents(doc_ids)
    return HappeningLinker(con).link_documents(doc_ids)


def forget_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> None:
    """Take documents out of their happenings and stories (before their rows are deleted)."""
    doc_ids = list(doc_ids)
    HappeningLinker(con).unlink_documents(doc_ids)
    StoryLinker(con).unlink_documents(doc_ids)


__all__ = ["HappeningLinker", "StoryLinker", "create_schema", "forget_documents", "link_documents"]
