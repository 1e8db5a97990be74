"""Write many coded records at once: one Arrow table per store table, one INSERT each, one transaction.

One INSERT per row costs a round trip and a constraint check each; Arrow columns go through
DuckDB's vectorised scan instead. Duplicate keys (an event id seen twice) are ignored, as before.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb
import pyarrow as pa

from detente import columnar

S, F, N, B = pa.string(), pa.float64(), pa.int64(), pa.bool_()
LS = pa.list_(pa.string())
TS = pa.timestamp("us")

COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [("doc_id", S), ("title", S), ("source", S), ("url", S), ("authors", LS), ("language", S),
                  ("published", S), ("published_source", S), ("external_id", S), ("input", S), ("text", S),
                  ("ingested_at", TS), ("record", S)],
    "actors": [("doc_id", S), ("actor_id", S), ("name", S), ("country", S), ("sector", S), ("role", S),
               ("kind", S), ("mention_count", N), ("mentions", S)],
    "events": [("event_id", S), ("doc_id", S), ("event_type", S), ("mode", S), ("contexts", LS), ("cameo", S),
               ("goldstein", F), ("quad_class", N), ("source", S), ("target", S), ("source_actor_ids", LS),
               ("target_actor_ids", LS), ("source_countries", LS), ("target_countries", LS), ("factuality", S),
               ("date", S), ("date_end", S), ("day", S), ("day_end", S), ("date_precision", S), ("date_basis", S),
               ("historical", B), ("location", S), ("confidence", F), ("evidence", S), ("mention_count", N)],
    "event_mentions": [("event_id", S), ("doc_id", S), ("sentence", N), ("start_char", N), ("end_char", N),
                       ("text", S), ("trigger_start", N), ("trigger_end", N), ("trigger_text", S)],
    "quotes": [("doc_id", S), ("quote_index", N), ("speaker_actor_id", S), ("speaker_text", S),
               ("speaker_description", S), ("cue", S), ("kind", S), ("text", S), ("start_char", N),
               ("end_char", N), ("channel", S)],
    "claims": [("doc_id", S), ("claim_index", N), ("value", F), ("value_max", F), ("unit", S), ("qualifier", S),
               ("text", S), ("start_char", N), ("end_char", N), ("sentence", N), ("claimant", S)],
}


KEYLESS = {"event_mentions"}  # tables without a primary key, where OR IGNORE does not apply


class RecordRejected(ValueError):
    """A record whose values do not fit the store's columns (a bug upstream, kept to that document)."""


def day_of(value: str | None) -> str | None:
    """The first day of an ISO date of any precision ("2002" -> "2002-01-01"), for range filters."""
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    year = parts[0]
    month = parts[1] if len(parts) > 1 and parts[1].isdigit() else "01"
    day = parts[2] if len(parts) > 2 and parts[2].isdigit() else "01"
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps with options builds a new one per call


def _json(value: Any) -> str:
    if value is None:  # most places, channels and claimants
        return "null"
    return _ENCODER.encode(value)


def rows_of(record: dict[str, Any], input_name: str | None, day_of: Any) -> dict[str, list[tuple]]:
    """The rows one coded record adds to each table."""
    doc = record["document"]
    doc_id = doc["doc_id"]
    rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    rows["documents"].append((doc_id, doc.get("title"), doc.get("source"), doc.get("url"), doc.get("authors") or [],
                              doc.get("language"), doc.get("published"), doc.get("published_source"),
                              doc.get("external_id"), input_name, doc.get("text"), dt.datetime.now(),
                              _json(record)))
    for actor in record["actors"]:
        rows["actors"].append((doc_id, actor["actor_id"], actor.get("name"), actor.get("country"),
                               actor.get("sector"), actor.get("role"), actor.get("kind"),
                               len(actor.get("mentions", [])), _json(actor.get("mentions", []))))
    for event in record["events"]:
        sides = {name: event.get(name) or [] for name in ("source", "target")}
        rows["events"].append((
            event["event_id"], doc_id, event.get("event_type"), event.get("mode"), event.get("contexts") or [],
            event.get("cameo"), event.get("goldstein"), event.get("quad_class"), _json(sides["source"]),
            _json(sides["target"]),
            [s.get("actor_id") for s in sides["source"] if s.get("actor_id")],
            [s.get("actor_id") for s in sides["target"] if s.get("actor_id")],
            [s.get("country") for s in sides["source"] if s.get("country")],
            [s.get("country") for s in sides["target"] if s.get("country")],
            event.get("factuality"), event.get("date"), event.get("date_end"), day_of(event.get("date")),
            day_of(event.get("date_end")), event.get("date_precision"), event.get("date_basis"),
            event.get("historical"), _json(event.get("location")), event.get("confidence"), event.get("evidence"),
            len(event.get("mentions") or [])))
        for mention in event.get("mentions") or []:
            trigger = mention.get("trigger") or {}
            rows["event_mentions"].append((event["event_id"], doc_id, mention.get("sentence"), mention.get("start"),
                                           mention.get("end"), mention.get("text"), trigger.get("start"),
                                           trigger.get("end"), trigger.get("text")))
    for index, quote in enumerate(record["quotes"]):
        speaker = quote.get("speaker") or {}
        rows["quotes"].append((doc_id, index, speaker.get("actor_id"), speaker.get("text"),
                               quote.get("speaker_description"), quote.get("cue"), quote.get("kind"),
                               quote.get("text"), quote.get("start"), quote.get("end"), _json(quote.get("channel"))))
    for index, claim in enumerate(record["claims"]):
        rows["claims"].append((doc_id, index, claim.get("value"), claim.get("value_max"), claim.get("unit"),
                               claim.get("qualifier"), claim.get("text"), claim.get("start"), claim.get("end"),
                               claim.get("sentence"), _json(claim.get("claimant"))))
    return rows


def arrow_table(table: str, rows: list[tuple]) -> pa.Table:
    columns = COLUMNS[table]
    try:
        arrays = [columnar.array([row[i] for row in rows], kind) for i, (_name, kind) in enumerate(columns)]
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
        raise RecordRejected(f"a value does not fit table {table}: {exc}") from exc
    return pa.Table.from_arrays(arrays, names=[name for name, _ in columns])


def insert_rows(con: duckdb.DuckDBPyConnection, rows: dict[str, list[tuple]]) -> None:
    """Insert every table's rows with one statement each (inside the caller's transaction)."""
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        detente_batch = arrow_table(table, table_rows)  # noqa: F841 - read by DuckDB's scan of local names
        names = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
        verb = "INSERT" if table in KEYLESS else "INSERT OR IGNORE"
        con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM detente_batch")


def merge_rows(parts: list[dict[str, list[tuple]]]) -> dict[str, list[tuple]]:
    merged: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    for part in parts:
        for table, table_rows in part.items():
            merged[table].extend(table_rows)
    return merged
