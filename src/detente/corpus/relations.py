"""Relation series: how two parties treat each other, period by period, counted in happenings.

Only asserted happenings count. A party is a country (`PRK`), a country sector (`PRK-GOV`) or an
actor id; a happening belongs to A->B when A is among its source codes and B among its target
codes. A reciprocal happening (talks, an agreement) counts in both directions, and once in `both`.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

PERIODS = ("day", "week", "month", "year")
QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def _codes(party: str) -> list[str]:
    """A party as the codes it may be stored under (country codes upper case, actor ids as given)."""
    return sorted({party, party.upper()})


def relation_series(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "month",
                    since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """One row per period and direction (A->B, B->A, both) with happening and report counts."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    params: dict[str, Any] = {"by": by, "ab": f"{a}->{b}", "ba": f"{b}->{a}"}
    for name, party in (("a", a), ("b", b)):
        params.update({f"{name}{i}": code for i, code in enumerate(_codes(party))})

    def among(column: str, name: str) -> str:
        return f"{column} IN ({', '.join('$' + k for k in params if k[0] == name and k[1:].isdigit())})"

    is_ab = f"({among('source_code', 'a')} AND {among('target_code', 'b')})"
    is_ba = f"({among('source_code', 'b')} AND {among('target_code', 'a')})"
    where = ["factuality = 'asserted'", "day IS NOT NULL"]
    if since:
        where.append("day >= CAST($since AS DATE)")
        params["since"] = since
    if until:
        where.append("day <= CAST($until AS DATE)")
        params["until"] = until
    # one scan per direction, each a conjunction of plain-column filters: DuckDB pushes them into
    # the scan, where the zone maps of the sorted pair table skip every row group of other parties
    scans = " UNION ALL ".join(f"SELECT * FROM happening_pairs WHERE {side} AND {' AND '.join(where)}"
                               for side in (is_ab, is_ba))
    quad_columns = ", ".join(
        f"count(*) FILTER (WHERE quad_class = {q}) AS {name}_happenings, "
        f"coalesce(sum(n_articles) FILTER (WHERE quad_class = {q}), 0) AS {name}_reports"
        for q, name in QUADS.items())
    sql = f"""
        WITH h AS (
            SELECT happening_id, any_value(CAST(date_trunc($by, day) AS DATE)) AS period,
                   any_value(event_type) AS event_type, any_value(quad_class) AS quad_class,
                   any_value(goldstein) AS goldstein, any_value(n_articles) AS n_articles,
                   any_value(reciprocal) AS reciprocal, bool_or({is_ab}) AS is_ab, bool_or({is_ba}) AS is_ba
            FROM ({scans}) GROUP BY happening_id
        ), d AS (
            SELECT *, $ab AS direction FROM h WHERE is_ab OR (reciprocal AND is_ba)
            UNION ALL SELECT *, $ba AS direction FROM h WHERE is_ba OR (reciprocal AND is_ab)
            UNION ALL SELECT *, 'both' AS direction FROM h
        )
        SELECT period, direction, count(*) AS happenings, sum(n_articles) AS reports, {quad_columns},
               coalesce(sum(goldstein), 0) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               array_to_string(list_transform(list_slice(list_sort(list_transform(
                   map_entries(histogram(event_type)),
                   lambda e: printf('%010d %s:%d', 1000000000 - e.value, e.key, e.value))), 1, 3),
                   lambda s: s[12:]), ' ')
                   AS top_types
        FROM d GROUP BY period, direction
        ORDER BY period, CASE direction WHEN $ab THEN 0 WHEN $ba THEN 1 ELSE 2 END, direction
    """
    # top_types: the three commonest types, most frequent first, ties by name ('CONSULT:3 AGREE:1')
    frame = con.execute(sql, params).df()
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    for column in frame.columns:
        if column.endswith(("_happenings", "_reports")) or column in ("happenings", "reports"):
            frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)

