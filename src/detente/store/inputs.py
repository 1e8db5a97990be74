"""Fingerprints of raw inputs already stored, so a re-run skips them before any cleaning or NLP.

A document's doc_id hashes its cleaned text, so telling whether an input is already stored
would mean cleaning it (HTML extraction, encoding repair, boilerplate removal) and, with
workers, starting them and loading the model. The store also keeps a fingerprint of each raw
input it stored: a hash of everything cleaning reads (the raw text or HTML and the given
metadata, the run's --date and --source, the limits and the package version). An input whose
fingerprint is known cleans to a stored doc_id, so it is skipped at the cost of reading it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

import duckdb
import pyarrow as pa

from detente import columnar
from detente.records import RawDocument

SCHEMA = "CREATE TABLE IF NOT EXISTS input_fingerprints (fingerprint VARCHAR PRIMARY KEY, doc_id VARCHAR)"


class Fingerprints:
    """Fingerprints of raw inputs under one run's options (--date, --source, limits, version)."""

    def __init__(self, published: str | None, source: str | None):
        from detente import __version__
        from detente.ingest.limits import current

        self.context = [published, source, repr(current()), __version__]

    def __call__(self, raw: RawDocument) -> str | None:
        """The fingerprint of one raw input; None for one a reader could not read."""
        if raw.error is not None:
            return None
        fields = asdict(raw)
        fields.pop("origin")  # the same input under another name cleans to the same document
        key = json.dumps([fields, self.context], ensure_ascii=True, sort_keys=True, default=str)
        return hashlib.blake2b(key.encode("ascii"), digest_size=20).hexdigest()


def known(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT fingerprint FROM input_fingerprints").fetchall()}


def remember(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str]]) -> None:
    """Keep (fingerprint, doc_id) pairs of stored documents, in one bulk insert."""
    if not pairs:
        return
    rows = columnar.table({"fingerprint": (pa.string(), [f for f, _d in pairs]), "doc_id": (pa.string(), [d for _f, d in pairs])})  # noqa: F841
    con.execute("INSERT OR IGNORE INTO input_fingerprints SELECT DISTINCT fingerprint, doc_id FROM rows")
