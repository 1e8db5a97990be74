"""Render stored events and summaries for people (rich tables) and programs (JSONL, CSV)."""

from __future__ import annotations

import csv
import json
import re
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente.safetext import json_line

# control characters (escape sequences start with ESC or CSI) shown as visible escapes, never sent raw
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "|")  # what a spreadsheet may run as a formula

CSV_COLUMNS = ["event_id", "doc_id", "date", "date_end", "date_precision", "date_basis", "historical",
               "event_type", "mode", "cameo", "goldstein", "quad_class", "source_countries", "source_actor_ids",
               "target_countries", "target_actor_ids", "factuality", "confidence", "evidence", "mention_count",
               "doc_title"]


def plain(text: object) -> str:
    """Text from a document made harmless on a terminal: control characters visible as \\xNN."""
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def cell(text: object) -> str:
    """Text for a rich table or message: no control characters, and brackets shown, not read as markup."""
    return escape(plain(text))


def csv_cell(value: object) -> object:
    """A CSV value a spreadsheet shows as text: a string that starts like a formula gets a leading quote."""
    if not isinstance(value, str):
        return value
    value = plain(value)
    return "'" + value if value.startswith(FORMULA_START) else value


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
            out.write(json_line(json.loads(json.dumps(row, default=str))) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow([csv_cell(";".join(v) if isinstance(v := row.get(c), list) else ("" if v is None else v))
                             for c in CSV_COLUMNS])
    else:
        table = Table(title=f"{len(rows)} event(s)")
        for column in ("date", "type", "source", "target", "factuality", "cameo", "doc"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(cell(date_label(row)), cell(row.get("event_type") or ""), cell(side_text(row.get("source"))),
                          cell(side_text(row.get("target"))), cell(row.get("factuality") or ""),
                          cell(row.get("cameo") or ""), cell((row.get("doc_title") or row.get("doc_id") or "")[:40]))
        Console(file=out, width=160).print(table)


def print_summary(store: Any, out: IO[str] | None = None) -> None:
    """Documents, events by type, and the Japan–North Korea timeline of a store."""
    console = Console(file=out, width=160)
    counts = store.counts()
    console.print(f"[bold]{counts['documents']} documents[/bold], {counts['events']} events "
                  f"({counts['event_mentions']} mentions), {counts['actors']} actors, {counts['quotes']} quotes, "
                  f"{counts['claims']} claims, {counts['failures']} failed inputs")
    by_type = Table(title="Events by PLOVER type")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    by_type.add_column("asserted", justify="right")
    for event_type, total, asserted in store.events_by_type():
        by_type.add_row(cell(event_type), str(total), str(asserted))
    console.print(by_type)
    timeline = Table(title="Japan – North Korea timeline")
    for column in ("date", "type", "source", "target", "factuality", "report"):
        timeline.add_column(column, overflow="fold")
    for row in store.dyad_timeline("JPN", "PRK"):
        mark = "" if row["factuality"] == "asserted" else row["factuality"]
        timeline.add_row(cell(date_label(row)), cell(row["event_type"]), cell(side_text(row["source"])),
                         cell(side_text(row["target"])), cell(mark), cell((row.get("doc_title") or "")[:50]))
    console.print(timeline)
