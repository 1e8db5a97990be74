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
    ab, ba = f"{a}->{b}", f"{b}->{a}"
    where = ["factuality = 'asserted'", "day IS NOT NULL",
             "((list_has_any(source_codes, $a) AND list_has_any(target_codes, $b)) OR "
             " (list_has_any(source_codes, $b) AND list_has_any(target_codes, $a)))"]
    params: dict[str, Any] = {"a": _codes(a), "b": _codes(b), "by": by, "ab": ab, "ba": ba}
    if since:
        where.append("day >= CAST($since AS DATE)")
        params["since"] = since
    if until:
        where.append("day <= CAST($until AS DATE)")
        params["until"] = until
    quad_columns = ", ".join(
        f"count(*) FILTER (WHERE quad_class = {q}) AS {name}_happenings, "
        f"coalesce(sum(n_articles) FILTER (WHERE quad_class = {q}), 0) AS {name}_reports"
        for q, name in QUADS.items())
    sql = f"""
        WITH h AS (
            SELECT CAST(date_trunc($by, day) AS DATE) AS period, event_type, quad_class, goldstein, n_articles,
                   reciprocal,
                   list_has_any(source_codes, $a) AND list_has_any(target_codes, $b) AS is_ab,
                   list_has_any(source_codes, $b) AND list_has_any(target_codes, $a) AS is_ba
            FROM happenings WHERE {' AND '.join(where)}
        ), d AS (
            SELECT *, $ab AS direction FROM h WHERE is_ab OR (reciprocal AND is_ba)
            UNION ALL SELECT *, $ba AS direction FROM h WHERE is_ba OR (reciprocal AND is_ab)
            UNION ALL SELECT *, 'both' AS direction FROM h
        )
        SELECT period, direction, count(*) AS happenings, sum(n_articles) AS reports, {quad_columns},
               coalesce(sum(goldstein), 0) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               histogram(event_type) AS types
        FROM d GROUP BY period, direction ORDER BY period, direction
    """
    frame = con.execute(sql, params).df()
    frame["top_types"] = [_top(t) for t in frame.pop("types")]
    order = {ab: 0, ba: 1, "both": 2}
    frame = frame.sort_values(["period", "direction"], key=lambda c: c.map(order) if c.name == "direction" else c)
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    for column in frame.columns:
        if column.endswith(("_happenings", "_reports")) or column in ("happenings", "reports"):
            frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)


def _top(histogram: Any, n: int = 3) -> str:
    """'CONSULT:3 AGREE:1' from a DuckDB histogram map."""
    if histogram is None:
        return ""
    items = dict(zip(histogram["key"], histogram["value"], strict=True)) if isinstance(histogram, dict) and \
        "key" in histogram else dict(histogram)
    ranked = sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return " ".join(f"{k}:{v}" for k, v in ranked)
