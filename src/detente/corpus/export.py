"""Exports in the formats the field exchanges, one row per happening.

- `gdelt`: the GDELT 2.0 event table (61 tab-separated columns, GDELT's order, no header), with
  NumMentions / NumSources / NumArticles from the happening. Country codes are ISO 3166-1 alpha-3
  (CAMEO's own country codes), also in the geography columns where GDELT writes FIPS 10-4.
- `polecat`: POLECAT-style JSON lines (PLOVER type, mode, contexts, actors with codes, dates,
  the source sentences).
- `parquet`, `csv`, `jsonl`: the happening table (schema in `HAPPENING_SCHEMA`, documented in the
  README), one row per happening, with its events, documents and URLs.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from detente.store.filters import common_filters, happening_party_filter

FORMATS = ("gdelt", "polecat", "parquet", "csv", "jsonl")

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]

# The happening table as exported to Parquet, CSV and JSON lines (name, Arrow type, meaning).
HAPPENING_SCHEMA: list[tuple[str, pa.DataType, str]] = [
    ("happening_id", pa.string(), "stable id of the happening"),
    ("event_type", pa.string(), "consensus PLOVER type"),
    ("mode", pa.string(), "most reported PLOVER mode"),
    ("contexts", pa.list_(pa.string()), "PLOVER contexts any report gives"),
    ("cameo", pa.string(), "CAMEO code of the consensus type"),
    ("goldstein", pa.float64(), "mean Goldstein score of the reports of the consensus type"),
    ("quad_class", pa.int32(), "QuadClass 1-4"),
    ("factuality", pa.string(), "asserted | negated | hypothetical | future"),
    ("reciprocal", pa.bool_(), "direction carries no meaning (talks, agreements)"),
    ("source", pa.string(), "consensus source party (country code or actor id)"),
    ("target", pa.string(), "consensus target party"),
    ("source_codes", pa.list_(pa.string()), "codes of the source side: country, country-sector, actor ids"),
    ("target_codes", pa.list_(pa.string()), "codes of the target side"),
    ("date", pa.string(), "consensus date at its precision (ISO)"),
    ("date_end", pa.string(), "end of the consensus date when it is a range"),
    ("date_precision", pa.string(), "day | month | year | decade | range | unknown"),
    ("day", pa.date32(), "first day the consensus date covers"),
    ("day_end", pa.date32(), "last day the consensus date covers"),
    ("date_votes", pa.string(), "JSON: each reported date and how many reports give it"),
    ("type_votes", pa.string(), "JSON: each reported type and how many articles give it"),
    ("place", pa.string(), "place name, when reported"),
    ("location_country", pa.string(), "ISO alpha-3 of the place"),
    ("n_events", pa.int32(), "stored events (one per article that reports it, or more)"),
    ("n_mentions", pa.int32(), "sentences that report it"),
    ("n_articles", pa.int32(), "articles that report it"),
    ("n_sources", pa.int32(), "distinct news sources"),
    ("first_report", pa.date32(), "earliest publication day"),
    ("last_report", pa.date32(), "latest publication day"),
    ("event_ids", pa.list_(pa.string()), "the stored events"),
    ("doc_ids", pa.list_(pa.string()), "the reporting documents"),
    ("urls", pa.list_(pa.string()), "their URLs, where known"),
]


def _happenings(con: duckdb.DuckDBPyConnection, actor: str | None, since: str | None, until: str | None,
                event_type: str | None, factuality: str | None) -> list[dict[str, Any]]:
    party, party_args = happening_party_filter(actor)
    more, more_args = common_filters(since, until, event_type, factuality)
    where, args = ["1 = 1", *party, *more], [*party_args, *more_args]
    cursor = con.execute(f"SELECT * EXCLUDE (signature) FROM happenings WHERE {' AND '.join(where)} "
                         "ORDER BY day NULLS LAST, happening_id", args)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    _attach_members(con, rows)
    return rows


def _attach_members(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    """Give each happening its member events, their documents and mention sentences."""
    if not rows:
        return
    ids = [r["happening_id"] for r in rows]
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    cursor = con.execute(
        "SELECT he.happening_id, e.event_id, e.doc_id, e.event_type, e.mode, e.contexts, e.source, e.target, "
        "e.location, d.url, d.input, d.published, d.ingested_at, d.source AS news_source "
        "FROM happening_events he JOIN events e ON e.event_id = he.event_id JOIN documents d ON d.doc_id = e.doc_id "
        "WHERE he.happening_id IN (SELECT unnest(?)) ORDER BY d.published NULLS LAST, e.doc_id, e.event_id", [ids])
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        member = dict(zip(names, values, strict=True))
        for key in ("source", "target", "location"):
            member[key] = json.loads(member[key]) if isinstance(member[key], str) else member[key]
        members[member["happening_id"]].append(member)
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event_id, doc_id, sentence, text in con.execute(
            "SELECT m.event_id, m.doc_id, m.sentence, m.text FROM event_mentions m WHERE m.event_id IN "
            "(SELECT event_id FROM happening_events WHERE happening_id IN (SELECT unnest(?))) "
            "ORDER BY m.doc_id, m.sentence", [ids]).fetchall():
        mentions[event_id].append({"doc_id": doc_id, "sentence": sentence, "text": text})
    for row in rows:
        row["members"] = members.get(row["happening_id"], [])
        row["mentions"] = [m for e in row["members"] for m in mentions.get(e["event_id"], [])]


def _mode(row: dict[str, Any]) -> str | None:
    modes = Counter(m["mode"] for m in row["members"] if m["mode"] and m["event_type"] == row["event_type"])
    return modes.most_common(1)[0][0] if modes else None


def _contexts(row: dict[str, Any]) -> list[str]:
    return sorted({c for m in row["members"] for c in (m["contexts"] or [])})


def _side(row: dict[str, Any], which: str) -> list[dict[str, Any]]:
    """The actors of one side across the reports, oriented as the happening's consensus direction."""
    key = row[f"{which}_key"]
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for member in row["members"]:
        for side in ("source", "target"):
            for ref in member[side] or []:
                code = ref.get("country") or ref.get("actor_id")
                if code and code in key.split("+"):
                    ident = (ref.get("actor_id"), ref.get("country"), ref.get("sector"))
                    seen.setdefault(ident, {"actor_id": ref.get("actor_id"), "country": ref.get("country"),
                                            "sector": ref.get("sector"), "text": ref.get("text")})
    return list(seen.values())


def _urls(row: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(m["url"] for m in row["members"] if m["url"]))


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


# -- GDELT ---------------------------------------------------------------------------------------
def _gdelt_id(happening_id: str) -> int:
    """A positive 60-bit integer read from the hex of the happening id (GDELT ids are integers)."""
    digits = "".join(c for c in happening_id if c in "0123456789abcdef")[-15:]
    return int(digits or "0", 16)


def _actor_columns(refs: list[dict[str, Any]]) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2, Type1-3 of one GDELT actor."""
    if not refs:
        return [""] * 10
    ref = next((r for r in refs if r.get("country")), refs[0])
    country, sector = ref.get("country") or "", ref.get("sector") or ""
    igo = country == "IGO"
    return [f"{country}{sector}" or (ref.get("actor_id") or ""), (ref.get("text") or "").upper(),
            "" if igo else country, sector if igo else "", "", "", "", "" if igo else sector, "", ""]


def _geo(location: dict[str, Any] | None) -> list[str]:
    if not location or not (location.get("name") or location.get("country")):
        return ["0", "", "", "", "", "", "", ""]
    has_point = location.get("lat") is not None and location.get("lon") is not None
    kind = "4" if has_point else "1"  # 4: world city, 1: country (GDELT's Geo_Type)
    return [kind, location.get("name") or "", location.get("country") or "", "", "",
            f"{location['lat']:.4f}" if has_point else "", f"{location['lon']:.4f}" if has_point else "", ""]


def gdelt_row(row: dict[str, Any]) -> list[str]:
    day = row["day"]
    cameo = row["cameo"] or ""
    location = next((m["location"] for m in row["members"] if m["location"]), None)
    added = min((m["ingested_at"] for m in row["members"] if m["ingested_at"]), default=None)
    first = row["members"][0] if row["members"] else {}
    url = first.get("url") or first.get("input") or ""
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    values = [str(_gdelt_id(row["happening_id"])), day.strftime("%Y%m%d") if day else "",
              day.strftime("%Y%m") if day else "", str(day.year) if day else "", fraction,
              *_actor_columns(_side(row, "source")), *_actor_columns(_side(row, "target")),
              "1" if any(m["sentence"] == 0 for m in row["mentions"]) else "0",
              cameo, cameo[:3], cameo[:2], str(row["quad_class"] or ""),
              "" if row["goldstein"] is None else f"{row['goldstein']:.1f}",
              str(row["n_mentions"]), str(row["n_sources"]), str(row["n_articles"]), "",
              *_geo(None), *_geo(None), *_geo(location),
              added.strftime("%Y%m%d%H%M%S") if added else "", url]
    return [v.replace("\t", " ").replace("\n", " ") for v in values]


# -- POLECAT ---------------------------------------------------------------------------------------
def polecat_record(row: dict[str, Any]) -> dict[str, Any]:
    location = next((m["location"] for m in row["members"] if m["location"]), None)
    return {
        "event_id": row["happening_id"], "event_date": row["date"], "event_date_end": row["date_end"],
        "date_precision": row["date_precision"], "event_type": row["event_type"], "event_mode": _mode(row),
        "contexts": _contexts(row), "event_intensity": row["goldstein"], "quad_code": row["quad_class"],
        "cameo": row["cameo"], "factuality": row["factuality"], "reciprocal": row["reciprocal"],
        "actor": _side(row, "source"), "recipient": _side(row, "target"),
        "location": location,
        "date_votes": json.loads(row["date_votes"]) if row["date_votes"] else {},
        "sources": sorted({m["news_source"] for m in row["members"] if m["news_source"]}),
        "publication_dates": sorted({_iso(m["published"]) for m in row["members"] if m["published"]}),
        "urls": _urls(row), "doc_ids": sorted({m["doc_id"] for m in row["members"]}),
        "n_articles": row["n_articles"], "n_sources": row["n_sources"], "n_mentions": row["n_mentions"],
        "source_sentences": row["mentions"],
    }


# -- the happening table ---------------------------------------------------------------------------
def happening_record(row: dict[str, Any]) -> dict[str, Any]:
    out = {name: row.get(name) for name, _type, _doc in HAPPENING_SCHEMA}
    out.update(mode=_mode(row), contexts=_contexts(row), source=row["source_key"], target=row["target_key"],
               event_ids=[m["event_id"] for m in row["members"]],
               doc_ids=list(dict.fromkeys(m["doc_id"] for m in row["members"])), urls=_urls(row))
    return out


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: str | Path, actor: str | None = None,
           since: str | None = None, until: str | None = None, event_type: str | None = None,
           factuality: str | None = None) -> int:
    """Write the (filtered) happenings to `out` in one of FORMATS; returns the number of rows.

    GDELT holds only what happened, so `gdelt` exports asserted happenings unless told otherwise."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose {', '.join(FORMATS)}")
    if fmt == "gdelt" and factuality is None:
        factuality = "asserted"
    rows = _happenings(con, actor, since, until, event_type, factuality)
    path = Path(out)
    if fmt == "gdelt":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            for row in rows:
                writer.writerow(gdelt_row(row))
    elif fmt == "polecat":
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(polecat_record(row), ensure_ascii=False, default=_iso) + "\n")
    else:
        records = [happening_record(r) for r in rows]
        schema = pa.schema([pa.field(name, kind, metadata={"doc": doc}) for name, kind, doc in HAPPENING_SCHEMA])
        table = pa.Table.from_pylist(records, schema=schema)
        if fmt == "parquet":
            pq.write_table(table, path)
        elif fmt == "csv":
            frame = table.to_pandas()
            for name, kind, _doc in HAPPENING_SCHEMA:
                if pa.types.is_list(kind):
                    frame[name] = [";".join(v) if v is not None else "" for v in frame[name]]
            frame.to_csv(path, index=False)
        else:
            with path.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False, default=_iso) + "\n")
    return len(rows)
