"""What a corpus holds, for people: counts, the most active dyads with their trend, a dyad's timeline.

Nothing here knows any particular pair of states: dyads are ranked by how many asserted
happenings link them, and the trend compares the last two spans of the corpus's years.
"""

from __future__ import annotations

from typing import Any

import duckdb

SPARK = "▁▂▃▄▅▆▇█"


def corpus_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    one = lambda sql: con.execute(sql).fetchone()[0]  # type: ignore[index]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "sources": one("SELECT count(DISTINCT source) FROM documents"),
        "stories": one("SELECT count(DISTINCT story_id) FROM stories"),
        "events": one("SELECT count(*) FROM events"),
        "happenings": one("SELECT count(*) FROM happenings"),
        "asserted_happenings": one("SELECT count(*) FROM happenings WHERE factuality = 'asserted'"),
        "reported_by_several": one("SELECT count(*) FROM happenings WHERE n_articles > 1"),
        "failures": one("SELECT count(*) FROM failures"),
    }


def active_dyads(con: duckdb.DuckDBPyConnection, limit: int = 10, buckets: int = 8) -> list[dict[str, Any]]:
    """The dyads (two parties, either direction) with most asserted happenings, with their trend.

    The corpus's years are cut into up to `buckets` equal spans; the trend compares a dyad's last
    span with the one before."""
    rows = con.execute("""
        WITH h AS (
            SELECT least(source_key, target_key) AS a, greatest(source_key, target_key) AS b,
                   year(day) AS y, goldstein, n_articles
            FROM happenings
            WHERE factuality = 'asserted' AND source_key <> '' AND target_key <> '' AND source_key <> target_key
        ), top AS (
            SELECT a, b, count(*) AS happenings, sum(n_articles) AS reports, avg(goldstein) AS goldstein_mean
            FROM h GROUP BY a, b ORDER BY happenings DESC, a, b LIMIT ?
        )
        SELECT top.*, list(h.y) FILTER (WHERE h.y IS NOT NULL) AS years
        FROM top JOIN h USING (a, b) GROUP BY ALL ORDER BY happenings DESC, a, b
    """, [limit]).fetchall()
    first, last_year = con.execute(
        "SELECT min(year(day)), max(year(day)) FROM happenings WHERE factuality = 'asserted'").fetchone()  # type: ignore[misc]
    out = []
    for a, b, happenings, reports, goldstein_mean, year_list in rows:
        counts: list[int] = []
        label = ""
        if first is not None:
            width = -(-(last_year - first + 1) // buckets)  # years per bucket, rounded up
            n = -(-(last_year - first + 1) // width)
            counts = [0] * n
            for y in year_list or []:
                counts[(y - first) // width] += 1
            label = f"{first}–{last_year}" + (f" ({width} y/bar)" if width > 1 else "")
        peak = max(counts, default=0)
        spark = "".join(SPARK[(c * (len(SPARK) - 1)) // peak] if peak and c else "·" for c in counts)
        last, before = (counts[-1], counts[-2]) if len(counts) >= 2 else (0, 0)
        trend = "↑" if last > before else "↓" if last < before else "→"
        out.append({"a": a, "b": b, "happenings": happenings, "reports": int(reports or 0),
                    "goldstein_mean": goldstein_mean, "years": label, "per_bucket": counts, "spark": spark,
                    "trend": trend, "last_year": last, "year_before": before})
    return out


def dyad_happenings(con: duckdb.DuckDBPyConnection, a: str, b: str) -> list[dict[str, Any]]:
    """Every happening between A and B (either direction), oldest first, with one reporting sentence."""
    codes_a, codes_b = sorted({a, a.upper()}), sorted({b, b.upper()})
    cursor = con.execute("""
        SELECT h.happening_id, h.date, h.date_end, h.date_precision, h.event_type, h.factuality, h.source_key,
               h.target_key, h.reciprocal, h.n_articles, h.n_sources, h.goldstein, h.date_votes,
               (SELECT m.text FROM event_mentions m JOIN happening_events he ON he.event_id = m.event_id
                WHERE he.happening_id = h.happening_id ORDER BY m.doc_id, m.sentence LIMIT 1) AS sentence
        FROM happenings h
        WHERE (list_has_any(source_codes, $a) AND list_has_any(target_codes, $b))
           OR (list_has_any(source_codes, $b) AND list_has_any(target_codes, $a))
        ORDER BY day NULLS LAST, happening_id
    """, {"a": codes_a, "b": codes_b})
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
