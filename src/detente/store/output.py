"""Render stored events and summaries for people (rich tables) and programs (JSONL, CSV)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.table import Table

CSV_COLUMNS = ["event_id", "doc_id", "date", "date_end", "date_precision", "date_basis", "historical",
               "event_type", "mode", "cameo", "goldstein", "quad_class", "source_countries", "source_actor_ids",
               "target_countries", "target_actor_ids", "factuality", "confidence", "evidence", "mention_count",
               "doc_title", "happening_id", "story_id"]


def side_text(side: list[dict[str, Any]] | None) -> str:
    """One side of an event as "JPN GOV (Kishida)" pieces."""
    parts = []
    for ref in side or []:
        code = " ".join(x for x in (ref.get("country"), ref.get("sector")) if x) or "?"
        parts.append(f"{code} ({ref.get('text')})" if ref.get("text") else code)
    return "; ".join(parts) or "-"


def date_label(row: dict[str, Any]) -> str:
    """An event's date as precise as it is known: 2002-09-17, 2002-09, 1978, 1970s, 1970–1989, ? ."""
    start, end, precision = row.get("date"), row.get("date_end"), row.get("date_precision")
    start, end = (str(start) if start else None), (str(end) if end else None)
    if precision == "day" or (start and not end):
        return start or "?"
    if not start:
        return f"before {end}" if end else "?"
    if precision == "month":
        return start[:7]
    if precision == "year":
        return start[:4]
    if precision == "decade" and end and end[:3] == start[:3]:
        return f"{start[:3]}0s"
    if end and start[5:] == "01-01" and end[5:] == "12-31":
        return start[:4] if start[:4] == end[:4] else f"{start[:4]}–{end[:4]}"
    return f"{start}/{end}" if end else start


def write_events(rows: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow([";".join(v) if isinstance(v := row.get(c), list) else ("" if v is None else v)
                             for c in CSV_COLUMNS])
    else:
        table = Table(title=f"{len(rows)} event(s)")
        for column in ("date", "type", "source", "target", "factuality", "cameo", "doc"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(date_label(row), row.get("event_type") or "", side_text(row.get("source")),
                          side_text(row.get("target")), row.get("factuality") or "", row.get("cameo") or "",
                          (row.get("doc_title") or row.get("doc_id") or "")[:40])
        Console(file=out, width=160).print(table)


def print_summary(store: Any, out: IO[str] | None = None, dyad: tuple[str, str] | None = None) -> None:
    """The corpus (documents, stories, happenings), events by type, the most active dyads with their
    trend; with `dyad`, that pair's timeline of happenings."""
    console = Console(file=out, width=160)
    summary = store.summary(dyad=dyad)
    c = summary["counts"]
    console.print(f"[bold]{c['documents']} documents[/bold] from {c['sources']} source(s) in {c['stories']} "
                  f"stories; {c['events']} events in {c['happenings']} happenings ({c['asserted_happenings']} "
                  f"asserted, {c['reported_by_several']} reported by several articles); {c['failures']} failed inputs")
    if dyad is not None:
        a, b = dyad
        timeline = Table(title=f"{a} – {b}: {len(summary['timeline'])} happening(s)")
        for column in ("date", "type", "who", "factuality", "articles", "sources", "dates reported", "a report"):
            timeline.add_column(column, overflow="fold")
        for row in summary["timeline"]:
            arrow = "↔" if row["reciprocal"] else "→"
            mark = "" if row["factuality"] == "asserted" else row["factuality"]
            timeline.add_row(date_label(row), row["event_type"], f"{row['source_key']} {arrow} {row['target_key']}",
                             mark, str(row["n_articles"]), str(row["n_sources"]),
                             _votes(row["date_votes"]), (row["sentence"] or "")[:70])
        console.print(timeline)
        return
    by_type = Table(title="Events by PLOVER type")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    by_type.add_column("asserted", justify="right")
    for event_type, total, asserted in summary["by_type"]:
        by_type.add_row(event_type, str(total), str(asserted))
    console.print(by_type)
    dyads = Table(title="Most active dyads (asserted happenings)")
    for column in ("dyad", "happenings", "reports", "Goldstein mean", "per year", "trend"):
        dyads.add_column(column)
    for row in summary["dyads"]:
        mean = "" if row["goldstein_mean"] is None else f"{row['goldstein_mean']:+.1f}"
        dyads.add_row(f"{row['a']} – {row['b']}", str(row["happenings"]), str(row["reports"]), mean,
                      f"{row['spark']} {row['years']}",
                      f"{row['trend']} {row['year_before']}→{row['last_year']}")
    console.print(dyads)
    if summary["dyads"]:
        top = summary["dyads"][0]
        console.print(f"A dyad's timeline: detente summary --dyad {top['a']} {top['b']}")


def _votes(votes: Any) -> str:
    """'2002-09-17 ×2, 2002-09 ×1' when reports disagree, else ''."""
    if not votes:
        return ""
    parsed = json.loads(votes) if isinstance(votes, str) else votes
    return ", ".join(f"{k} ×{v}" for k, v in parsed.items()) if len(parsed) > 1 else ""


def write_relations(frame: Any, fmt: str, path: Any = None, title: str = "") -> None:
    """A relation series as a rich table, CSV, JSON records or Parquet (to a file or standard output)."""
    import sys

    if fmt == "parquet":
        frame.to_parquet(path, index=False)
        return
    if fmt in ("csv", "json"):
        text = frame.to_csv(index=False) if fmt == "csv" else frame.to_json(orient="records", date_format="iso",
                                                                            indent=1) + "\n"
        if path is None:
            sys.stdout.write(text)
        else:
            Path(path).write_text(text, "utf-8")
        return
    table = Table(title=f"Relations: {title} ({len(frame)} rows)")
    columns = ["period", "direction", "happenings", "reports", "verbal_cooperation_happenings",
               "material_cooperation_happenings", "verbal_conflict_happenings", "material_conflict_happenings",
               "goldstein_sum", "goldstein_mean", "top_types"]
    headers = ["period", "direction", "happenings", "reports", "verb.coop", "mat.coop", "verb.confl", "mat.confl",
               "goldstein Σ", "goldstein mean", "top types"]
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in frame[columns].itertuples(index=False):
        table.add_row(*[f"{v:.2f}" if isinstance(v, float) else str(v) for v in row])
    console = Console(file=open(path, "w", encoding="utf-8") if path else None, width=160)  # noqa: SIM115
    console.print(table)
