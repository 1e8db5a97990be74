"""The side index's event rows as numpy arrays, to filter and page a set of rows (the word index's
matches) without a scan.

A SQL join of a large set of matches against a million rows costs a scan of the million; with the
filter columns and each sort order's rank held as arrays indexed by row number (`rid`), a page is a
few vectorised operations over the matches alone. The arrays are read from the side index's
`ordered` table and every test is the one `Queries._where` writes in SQL:

- type `event_type = upper(?)`, QuadClass and factuality by equality (NULL never matches);
- since `coalesce(day_end, day) >= ?` and until `day <= ?` (a NULL day never matches);
- a sort order is `ORDER BY key, event_id` (both DESC for a descending sort); `rank[s][rid]` is the
  row's position in that order, so the rows after a cursor are those whose rank is at least the
  number of rows that are not after it (counted once by SQL on the side index, exactly as the
  listing's cursor condition reads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from detente.api.side import key_column

NEVER_LOW = np.iinfo(np.int32).min  # a NULL day: fails every `>=` test
NEVER_HIGH = np.iinfo(np.int32).max  # a NULL day: fails every `<=` test
EPOCH = dt.date(1970, 1, 1)


@dataclass
class RowFilter:
    """The listing filters rows.py can test (everything but actor, dyad and text)."""

    event_type: str | None = None
    quad_class: int | None = None
    factuality: str | None = None
    since: str | None = None
    until: str | None = None


class EventRows:
    """Per-row filter columns, event ids and sort ranks of the side index's `ordered` table."""

    def __init__(self, side_con: duckdb.DuckDBPyConnection, sorts: dict[str, tuple[str, str]]) -> None:
        cursor = side_con.cursor()
        try:
            table = cursor.sql(
                "SELECT event_id, coalesce(event_type, '') AS event_type, coalesce(quad_class, -1)::INTEGER AS quad, "
                "coalesce(factuality, '') AS factuality, "
                f"coalesce((coalesce(day_end, day) - DATE '1970-01-01')::INTEGER, {NEVER_LOW}) AS since_key, "
                f"coalesce((day - DATE '1970-01-01')::INTEGER, {NEVER_HIGH}) AS until_key "
                "FROM ordered ORDER BY rid").to_arrow_table()
            self.count = table.num_rows
            self.event_ids = table.column("event_id").combine_chunks()
            self.types, self.type_codes = _codes(table.column("event_type"))
            self.factualities, self.factuality_codes = _codes(table.column("factuality"))
            self.quad = table.column("quad").to_numpy()
            self.since_key = table.column("since_key").to_numpy()
            self.until_key = table.column("until_key").to_numpy()
            self.order: dict[str, np.ndarray] = {}  # rid by position in each sort order
            self.rank: dict[str, np.ndarray] = {}  # position by rid
            for sort in sorts:
                direction = "DESC" if sort.startswith("-") else "ASC"
                order = cursor.sql(f"SELECT rid FROM ordered ORDER BY {key_column(sort)} {direction}, "
                                   f"event_id {direction}").to_arrow_table().column("rid").to_numpy()
                rank = np.empty(self.count, dtype=np.int32)
                rank[order] = np.arange(self.count, dtype=np.int32)
                self.order[sort], self.rank[sort] = order, rank
        finally:
            cursor.close()

    def keep(self, rids: np.ndarray, flt: RowFilter, upper_type: str | None) -> np.ndarray:
        """The rows of `rids` that pass the filters (upper_type: the type as DuckDB's upper() gives it)."""
        ok = np.ones(len(rids), dtype=bool)
        if flt.event_type:
            ok &= self.type_codes[rids] == self.types.get(upper_type or "", -1)
        if flt.quad_class is not None:
            ok &= self.quad[rids] == flt.quad_class
        if flt.factuality:
            ok &= self.factuality_codes[rids] == self.factualities.get(flt.factuality, -1)
        if flt.since:
            ok &= self.since_key[rids] >= _days(flt.since)
        if flt.until:
            ok &= self.until_key[rids] <= _days(flt.until)
        return rids[ok]

    def page(self, rids: np.ndarray, sort: str, after: int, limit: int,
             accept: Callable[[np.ndarray], np.ndarray] | None = None) -> list[str]:
        """The event ids of the first `limit` rows of `rids` in `sort` order whose rank is at least
        `after`; with `accept` (rows -> the accepted ones), only accepted rows count, tested a chunk
        at a time in that order, so a page tests few more rows than it shows."""
        ranks = self.rank[sort][rids]
        ranks = ranks[ranks >= after]
        if accept is None:
            if len(ranks) > limit:
                ranks = np.partition(ranks, limit - 1)[:limit]
            ranks.sort()
            chosen = self.order[sort][ranks]
        else:
            ranks.sort()
            kept, chunk = [], 4 * limit
            for at in range(0, len(ranks), chunk):
                kept.append(accept(self.order[sort][ranks[at:at + chunk]]))
                if sum(map(len, kept)) >= limit:
                    break
            chosen = np.concatenate(kept)[:limit] if kept else np.empty(0, dtype=np.int32)
        return self.event_ids.take(pa.array(chosen)).to_pylist()


def _codes(column: Any) -> tuple[dict[str, int], np.ndarray]:
    """A string column as (value -> code, code per row)."""
    encoded = column.combine_chunks().dictionary_encode()
    values = {v: i for i, v in enumerate(encoded.dictionary.to_pylist())}
    return values, encoded.indices.to_numpy().astype(np.int32)


def _days(day: str) -> int:
    return (dt.date.fromisoformat(day) - EPOCH).days
