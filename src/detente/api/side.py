"""Side indexes of events, and of (party code, event) pairs, that the service builds from a read-only store.

Events name their parties in four list columns (source and target countries and actor ids); a
filter on one actor or a dyad must test those lists on every event of the store. Here each
(code, event) pair is one row of an in-memory DuckDB table sorted by code, carrying the event's
filter and sort columns, so that the events of one actor are a few row groups that DuckDB's zone
maps find directly. A row says whether the code names the event's party as a country or as an
actor id (often both: a state's actor id is its country code), as the two are matched differently
(a country code in any case, an actor id exactly).

The same columns, for all events sorted by date (`ordered`), answer listings without a party filter:
a sorted plain key column lets DuckDB's top-N skip to the first page instead of sorting a million
rows. The store is read-only while served, so the index never goes stale; it is built in a background
thread at start-up and used once ready (until then the listing tests the lists as before).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import duckdb

log = logging.getLogger(__name__)

# The events columns the listing filters on (as `e.<name>` in queries.py), and one column per sort
# order holding its key already computed: a plain sorted column lets DuckDB's top-N skip row groups.
COLUMNS = ("event_id", "event_type", "quad_class", "factuality", "day", "day_end")
SIDE_CODES = {"source": ("source_countries", "source_actor_ids"), "target": ("target_countries", "target_actor_ids")}


def key_column(sort: str) -> str:
    """The side tables' column holding the key of a sort order (queries.SORTS)."""
    return "k_" + sort.replace("-", "desc_")


class PartyIndex:
    """The (code, event) pairs of a store, in memory, ready once `ready` is set."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.con = duckdb.connect()  # in memory, this process's own
        self.failed: str | None = None

    def build(self, store_con: duckdb.DuckDBPyConnection) -> None:
        """Copy the events' filter and sort columns out of the store (on a cursor of its own): all
        events sorted by date (`ordered`), and the pairs sorted by code and date (`parties`)."""
        from detente.api.queries import SORTS

        cursor = store_con.cursor()
        try:
            columns = ", ".join([*(f"e.{c}" for c in COLUMNS),
                                 *(f"{expr} AS {key_column(sort)}" for sort, (expr, _kind) in SORTS.items())])
            events = cursor.sql(f"SELECT {columns} FROM events e").to_arrow_table()  # noqa: F841 - read by name
            # rid numbers the events in date order: the word index's postings are lists of rids
            self.con.execute(f"CREATE TABLE ordered AS SELECT (row_number() OVER (ORDER BY {key_column('date')}, "
                             f"event_id) - 1)::INTEGER AS rid, * FROM events ORDER BY rid")
            parts = []
            for side, (countries, actor_ids) in SIDE_CODES.items():
                parts.append(f"SELECT code, list_contains({countries}, code) AS as_country, "
                             f"list_contains({actor_ids}, code) AS as_actor, {'true' if side == 'source' else 'false'} "
                             f"AS in_source, event_id FROM (SELECT unnest(list_distinct(list_concat({countries}, "
                             f"{actor_ids}))) AS code, {countries}, {actor_ids}, e.event_id FROM events e)")
            pairs = cursor.sql(" UNION ALL ".join(parts)).to_arrow_table()  # noqa: F841 - read by name below
            self.con.execute(f"CREATE TABLE parties AS SELECT p.code, p.as_country, p.as_actor, p.in_source, o.* "
                             f"FROM pairs p JOIN ordered o USING (event_id) "
                             f"ORDER BY p.code, o.{key_column('date')}, o.event_id")
            self.ready.set()
        except duckdb.Error as exc:  # a store from before these columns: the listing keeps its own path
            self.failed = str(exc).splitlines()[0]
            log.warning("no party index for this store: %s", self.failed)
        finally:
            cursor.close()

    def start(self, store_con: duckdb.DuckDBPyConnection) -> threading.Thread:
        thread = threading.Thread(target=self.build, args=(store_con,), daemon=True, name="detente-party-index")
        thread.start()
        return thread

    def rows(self, sql: str, args: list[Any], tables: dict[str, Any] | None = None) -> list[tuple]:
        """Run a query on a cursor of its own, with `tables` (Arrow tables) visible to it by name."""
        cursor = self.con.cursor()
        try:
            for name, table in (tables or {}).items():
                cursor.register(name, table)
            return cursor.execute(sql, args).fetchall()
        finally:
            cursor.close()


def party_match(code: str) -> tuple[str, list[str]]:
    """SQL over `parties e` true for the rows of one actor filter: the code as a country (any case)
    or as an actor id (exactly), and its two arguments."""
    return "((e.code = ? AND e.as_country) OR (e.code = ? AND e.as_actor))", [code.upper(), code]
