"""The pair table's layout: rows kept in (source_code, target_code, day) order.

A relation series reads the rows of two parties out of every stored happening's pairs. DuckDB
keeps the smallest and largest value of each column per row group (zone maps); with the table in
party order, the rows of one dyad lie in one or two row groups and every other group is skipped
unread, so the series costs about the same over ten million events as over ten thousand.

Linking appends rows at the end, out of order. `maybe_sort` re-sorts the table once the appended
rows reach a share of the sorted ones (so the cost is spread thin over the batches that caused
it); until then the appended tail is simply scanned, which is cheap while it is small.
"""

from __future__ import annotations

import duckdb

APPENDED = "happening_pairs_appended"  # meta key: rows appended since the table was last sorted
SORTED = "happening_pairs_sorted"      # meta key: rows in the table when it was last sorted
MIN_TAIL = 200_000  # never re-sort for fewer appended rows than this ...
TAIL_SHARE = 0.2    # ... or than this share of the sorted rows


def count_appended(con: duckdb.DuckDBPyConnection, rows: int) -> None:
    """Note rows appended to happening_pairs (inside the caller's transaction)."""
    if rows:
        con.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT DO UPDATE SET value = "
                    "CAST(CAST(meta.value AS BIGINT) + CAST(excluded.value AS BIGINT) AS VARCHAR)",
                    [APPENDED, str(rows)])


def needs_sort(con: duckdb.DuckDBPyConnection) -> bool:
    values = dict(con.execute("SELECT key, CAST(value AS BIGINT) FROM meta WHERE key IN (?, ?)",
                              [APPENDED, SORTED]).fetchall())
    return values.get(APPENDED, 0) > max(MIN_TAIL, TAIL_SHARE * values.get(SORTED, 0))


def sort_pairs(con: duckdb.DuckDBPyConnection) -> int:
    """Rewrite happening_pairs in party order, in one transaction; returns its rows."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TABLE happening_pairs_new AS SELECT * FROM happening_pairs "
                    "ORDER BY source_code, target_code, day, happening_id")
        con.execute("DROP TABLE happening_pairs")
        con.execute("ALTER TABLE happening_pairs_new RENAME TO happening_pairs")
        con.execute("CREATE INDEX happening_pairs_happening ON happening_pairs (happening_id)")
        rows = con.execute("SELECT count(*) FROM happening_pairs").fetchone()[0]  # type: ignore[index]
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?), (?, '0')", [SORTED, str(rows), APPENDED])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return int(rows)


def maybe_sort(con: duckdb.DuckDBPyConnection) -> bool:
    """Sort the pair table when enough rows were appended since it was last sorted."""
    if not needs_sort(con):
        return False
    sort_pairs(con)
    return True
