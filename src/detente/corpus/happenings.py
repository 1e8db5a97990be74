"""Happenings across documents: each stored event joins the happening it reports, or starts one.

Linking is incremental. An event looks up candidate happenings through blocks (its parties without
direction x the months its date covers), scores the evidence against each (type family, direction,
overlapping dates, trigger, place, MinHash similarity of the evidence sentences) and joins the best
one that reaches the threshold in corpus/data/linking.yaml. Nothing else in the corpus is read, so
a batch of new documents costs in proportion to its own size.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

import duckdb
import pyarrow as pa

from detente.corpus import layout, signatures
from detente.corpus.features import (
    COLUMNS,
    EventFeatures,
    blocks,
    event_features,
    from_row,
    registered_blocks,
    settings,
    span,
)

PRECISION_RANK = {"day": 0, "time": 0, "month": 1, "range": 2, "year": 3, "decade": 4, "century": 5, "unknown": 6}


@cache
def families_of(event_type: str) -> frozenset[str]:
    return frozenset(name for name, members in settings()["families"].items() if event_type in members)


S, F, INT, B, D = pa.string(), pa.float64(), pa.int32(), pa.bool_(), pa.date32()
LS = pa.list_(pa.string())
MEMBER_SCHEMA = pa.schema([
    ("event_id", S), ("happening_id", S), ("doc_id", S), ("score", F), ("event_type", S), ("cameo", S),
    ("goldstein", F), ("quad_class", INT), ("factuality", S), ("reciprocal", B), ("source_key", S),
    ("target_key", S), ("source_codes", LS), ("target_codes", LS), ("date", S), ("date_end", S),
    ("date_precision", S), ("date_basis", S), ("day", D), ("day_end", D), ("trigger", S), ("location", S),
    ("location_country", S), ("n_mentions", INT), ("news_source", S), ("published", D), ("signature", pa.binary())])
HAPPENING_SCHEMA = pa.schema([
    ("happening_id", S), ("event_type", S), ("cameo", S), ("goldstein", F), ("quad_class", INT), ("factuality", S),
    ("reciprocal", B), ("source_key", S), ("target_key", S), ("source_codes", LS), ("target_codes", LS),
    ("date", S), ("date_end", S), ("date_precision", S), ("day", D), ("day_end", D), ("date_votes", S),
    ("type_votes", S), ("dyad_votes", S), ("place", S), ("location_country", S), ("triggers", LS),
    ("n_events", INT), ("n_mentions", INT), ("n_articles", INT), ("n_sources", INT), ("first_report", D),
    ("last_report", D), ("signature", pa.binary())])
PAIR_SCHEMA = pa.schema([
    ("happening_id", S), ("source_code", S), ("target_code", S), ("factuality", S), ("day", D), ("event_type", S),
    ("quad_class", INT), ("goldstein", F), ("n_articles", INT), ("reciprocal", B)])
BLOCK_SCHEMA = pa.schema([("block", S), ("happening_id", S)])


def arrow_rows(schema: pa.Schema, rows: list[list[Any]]) -> pa.Table:
    """Rows (lists in the schema's column order) as an Arrow table DuckDB can scan."""
    return pa.Table.from_arrays([pa.array([r[i] for r in rows], type=field.type) for i, field in enumerate(schema)],
                                schema=schema)


def evidence(event: EventFeatures, happening: dict[str, Any]) -> float | None:
    """How strongly an event reports a happening; None when something rules it out."""
    weights = settings()["weights"]
    if event.factuality != happening["factuality"]:
        return None
    if event.event_type == happening["event_type"]:
        score = weights["same_type"]
    elif families_of(event.event_type) & families_of(happening["event_type"]):
        score = weights["same_family"]
    else:
        return None
    either_order = event.reciprocal or happening["reciprocal"]
    same_way = (event.source_key, event.target_key) == (happening["source_key"], happening["target_key"])
    if not same_way and not either_order:
        return None
    if (event.day is None) != (happening["day"] is None):
        return None
    if event.day is None:  # neither is dated (a document without a publication day)
        score += weights["undated"]
    elif event.day > happening["day_end"] or event.day_end < happening["day"]:
        return None
    elif event.date_basis == "document" or happening["date_basis_only_document"]:
        score += weights["document_date"]
    elif event.date_precision == "day" and event.day == happening["day"] == happening["day_end"]:
        score += weights["same_day"]
    else:
        score += weights["overlapping_dates"]
    if event.trigger and event.trigger in (happening["triggers"] or []):
        score += weights["same_trigger"]
    if event.location_country and happening["location_country"]:
        if event.location_country == happening["location_country"]:
            score += weights["same_location"]
        else:
            score += weights["other_location"]
    score += weights["text_similarity"] * signatures.jaccard(event.signature, happening["signature"])
    return score


class HappeningLinker:
    """Links events into happenings inside one DuckDB connection (the store's), a batch at a time.

    A batch costs a fixed number of statements, whatever its size: one look-up of the candidate
    happenings of all its events (through their blocks), one read of those happenings' members,
    then, after the events are decided here in order, one bulk write each of the memberships and
    of the touched happenings' rows, pairs and blocks (Arrow tables)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()

    # -- linking --------------------------------------------------------------------------------
    def link_documents(self, doc_ids: Iterable[str], records: dict[str, dict[str, Any]] | None = None,
                       features: dict[str, list[EventFeatures]] | None = None) -> int:
        """Link every not yet linked event of these stored documents; returns how many were linked.

        `features` (doc_id -> its events' features, made where the document was coded) or
        `records` (doc_id -> coded record) save reading back what the caller has just written."""
        doc_ids = sorted(set(doc_ids))
        if not doc_ids:
            return 0
        made = features or {}
        records = dict(records or {})
        missing = [d for d in doc_ids if d not in records and d not in made]
        if missing:
            for doc_id, record_json in self.con.execute(
                    "SELECT doc_id, record FROM documents WHERE doc_id IN (SELECT unnest(?))", [missing]).fetchall():
                records[doc_id] = json.loads(record_json) if isinstance(record_json, str) else record_json
        done = {r[0] for r in self.con.execute(
            "SELECT event_id FROM happening_events WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()}
        perm = int(self.cfg["num_perm"])
        batch: list[EventFeatures] = []
        for doc_id in doc_ids:
            if doc_id in made:
                batch += [f for f in made[doc_id] if f.event_id not in done]
            elif doc_id in records:
                batch += [event_features(event, records[doc_id]["document"], perm)
                          for event in records[doc_id].get("events") or [] if event["event_id"] not in done]
        self.link_all(batch)
        return len(batch)

    def link(self, event: EventFeatures) -> str:
        """Put one event in the best happening for it (or a new one); returns the happening id."""
        return self.link_all([event])[0]

    def link_all(self, events: list[EventFeatures]) -> list[str]:
        """Link events in order, each seeing the ones before it; returns their happening ids."""
        if not events:
            return []
        batch = _Batch(self.con, events)
        chosen = [batch.place(event) for event in events]
        batch.write()
        return chosen

    # -- forgetting -----------------------------------------------------------------------------
    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Take these documents' events out of their happenings and re-link what is left of them.

        A happening held together only by a removed report falls apart again; the remaining
        events are linked afresh, in their original order, against the rest of the corpus."""
        doc_ids = list(doc_ids)
        touched = [r[0] for r in self.con.execute(
            "SELECT DISTINCT happening_id FROM happening_events WHERE doc_id IN (SELECT unnest(?))",
            [doc_ids]).fetchall()]
        if not touched:
            return
        rest = self.con.execute(
            f"SELECT {', '.join(COLUMNS)} FROM happening_events WHERE happening_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT unnest(?)) ORDER BY published NULLS LAST, doc_id, event_id",
            [touched, doc_ids]).fetchall()
        for table in ("happening_events", "happenings", "happening_blocks", "happening_pairs"):
            self.con.execute(f"DELETE FROM {table} WHERE happening_id IN (SELECT unnest(?))", [touched])
        self.link_all([from_row(values)[2] for values in rest])


class _Batch:
    """The candidate happenings of a batch of events, held here while the batch is decided."""

    def __init__(self, con: duckdb.DuckDBPyConnection, events: list[EventFeatures]):
        self.con = con
        self.threshold = float(settings()["threshold"])
        keys = sorted({k for e in events for k in blocks(e.pair, e.day, e.day_end)})
        self.index: dict[str, set[str]] = defaultdict(set)  # block -> happening ids
        self.members: dict[str, list[EventFeatures]] = {}
        self.rows: dict[str, dict[str, Any]] = {}  # happening id -> its row as evidence reads it
        self.joined: list[list[Any]] = []  # new happening_events rows
        self.touched: set[str] = set()
        self._found: list[str] = []
        self._stored: set[str] = set()
        if not keys:
            return
        for block, happening_id in con.execute(
                "SELECT block, happening_id FROM happening_blocks WHERE block IN (SELECT unnest(?))", [keys]).fetchall():
            self.index[block].add(happening_id)
        found = sorted({h for ids in self.index.values() for h in ids})
        if not found:
            return
        cursor = con.execute("SELECT h.*, h.date_votes IS NULL AS date_basis_only_document FROM happenings h "
                             "WHERE happening_id IN (SELECT unnest(?))", [found])
        names = [d[0] for d in cursor.description]
        self.rows = {r[0]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}
        self._found = found
        self._stored = set(self.rows)

    def _members(self, happening_id: str) -> list[EventFeatures]:
        """A stored happening's members, read (for all candidates at once) the first time one is joined."""
        if happening_id not in self.members:
            stored = [h for h in self._found if h not in self.members]
            for h in stored:
                self.members[h] = []
            for values in self.con.execute(
                    f"SELECT {', '.join(COLUMNS)} FROM happening_events WHERE happening_id IN (SELECT unnest(?)) "
                    "ORDER BY event_id", [stored]).fetchall():
                h, _score, features = from_row(values)
                self.members[h].append(features)
        return self.members[happening_id]

    def place(self, event: EventFeatures) -> str:
        best_id, best_score = None, self.threshold
        candidates = sorted({h for k in blocks(event.pair, event.day, event.day_end) for h in self.index.get(k, ())})
        for candidate in candidates:
            score = evidence(event, self.rows[candidate])
            if score is not None and score >= best_score:
                best_id, best_score = candidate, score
        happening_id = best_id or f"h-{event.event_id}"
        members = self._members(happening_id) if best_id else self.members.setdefault(happening_id, [])
        members.append(event)
        members.sort(key=lambda m: m.event_id)
        row = consensus(happening_id, members)
        row["date_basis_only_document"] = row["date_votes"] is None
        self.rows[happening_id] = row
        for key in registered_blocks(event.pair, event.day, event.day_end):
            self.index[key].add(happening_id)
        self.joined.append(event.row(happening_id, best_score if best_id else 0.0))
        self.touched.add(happening_id)
        return happening_id

    def write(self) -> None:
        """The memberships, and the touched happenings' rows, pairs and blocks, in one statement each."""
        con, touched = self.con, sorted(self.touched)
        memberships = arrow_rows(MEMBER_SCHEMA, self.joined)  # noqa: F841 - read by DuckDB by name
        con.execute("INSERT OR REPLACE INTO happening_events SELECT * FROM memberships")
        stored = [h for h in touched if h in self._stored]  # the others are new: nothing to replace
        if stored:
            for table in ("happenings", "happening_blocks", "happening_pairs"):
                con.execute(f"DELETE FROM {table} WHERE happening_id IN (SELECT unnest(?))", [stored])
        rows = [self.rows[h] for h in touched]
        happening_rows = arrow_rows(HAPPENING_SCHEMA, [[r[name] for name in HAPPENING_SCHEMA.names]  # noqa: F841
                                                       for r in rows])
        con.execute(f"INSERT INTO happenings ({', '.join(HAPPENING_SCHEMA.names)}) "
                    f"SELECT {', '.join(HAPPENING_SCHEMA.names)} FROM happening_rows")
        pairs, keys = [], []
        for r in rows:
            pairs += [[r["happening_id"], s, t, r["factuality"], r["day"], r["event_type"], r["quad_class"],
                       r["goldstein"], r["n_articles"], r["reciprocal"]]
                      for s in r["source_codes"] for t in r["target_codes"]]
            filed: set[str] = set()
            for m in self.members[r["happening_id"]]:
                filed.update(registered_blocks(m.pair, m.day, m.day_end))
            keys += [[k, r["happening_id"]] for k in sorted(filed)]
        if pairs:
            pair_rows = arrow_rows(PAIR_SCHEMA, pairs)  # noqa: F841
            con.execute("INSERT INTO happening_pairs SELECT * FROM pair_rows")
            layout.count_appended(con, len(pairs))
        if keys:
            block_rows = arrow_rows(BLOCK_SCHEMA, keys)  # noqa: F841
            con.execute("INSERT INTO happening_blocks SELECT * FROM block_rows")


def _date_key(date: str, date_end: str | None, precision: str) -> str:
    """A reported date as written at its precision: 2002-09-17, 2002-09, 2002, or start/end."""
    if precision == "month":
        return date[:7]
    if precision == "year":
        return date[:4]
    return f"{date}/{date_end}" if date_end and date_end != date else date


def _votes(values: Iterable[str | None]) -> dict[str, int]:
    counts = Counter(v for v in values if v)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def consensus(happening_id: str, members: list[EventFeatures]) -> dict[str, Any]:
    """One row for a happening: what most of its reports say, with the disagreement kept."""
    per_doc_type = {(m.doc_id, m.event_type) for m in members}
    type_votes = _votes(t for _d, t in sorted(per_doc_type))
    event_type = next(iter(type_votes))
    typed = [m for m in members if m.event_type == event_type]
    cameo = Counter(m.cameo for m in typed if m.cameo).most_common(1)
    goldsteins = [m.goldstein for m in typed if m.goldstein is not None]
    reciprocal = any(m.reciprocal for m in members)

    def oriented(m: EventFeatures) -> tuple[str, str]:
        if reciprocal:
            return tuple(sorted((m.source_key, m.target_key)))  # type: ignore[return-value]
        return m.source_key, m.target_key

    dyad_votes = Counter(oriented(m) for m in members)
    (source_key, target_key), _n = sorted(dyad_votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    source_codes: set[str] = set()
    target_codes: set[str] = set()
    for m in members:
        flipped = (m.source_key, m.target_key) != (source_key, target_key) and reciprocal
        source_codes.update(m.target_codes if flipped else m.source_codes)
        target_codes.update(m.source_codes if flipped else m.target_codes)

    dated = [m for m in members if m.date and m.date_basis != "document"]
    voters = dated or [m for m in members if m.date]
    date_votes = Counter((m.date, m.date_end) for m in voters)
    precisions = {(m.date, m.date_end): m.date_precision for m in voters}
    chosen = None
    if date_votes:
        def rank(item: tuple[tuple[str, str | None], int]) -> tuple[int, int, str]:
            (date, _end), count = item
            precision = next(m.date_precision for m in voters if m.date == date)
            return (-count, PRECISION_RANK.get(precision, 6), date)

        (chosen_date, chosen_end), _count = sorted(date_votes.items(), key=rank)[0]
        chosen = next(m for m in voters if (m.date, m.date_end) == (chosen_date, chosen_end))
    if dated and chosen is not None:
        day, day_end = span(chosen.date, chosen.date_end)
    else:  # only publication days: the happening lies somewhere in their windows
        day = min((m.day for m in members if m.day), default=None)
        day_end = max((m.day_end for m in members if m.day_end), default=None)
    places = Counter((m.location, m.location_country) for m in members if m.location)
    location = places.most_common(1)[0][0] if places else (None, None)
    published = [m.published for m in members if m.published]
    return {
        "happening_id": happening_id, "event_type": event_type, "cameo": cameo[0][0] if cameo else None,
        "goldstein": sum(goldsteins) / len(goldsteins) if goldsteins else None,
        "quad_class": Counter(m.quad_class for m in typed if m.quad_class).most_common(1)[0][0]
        if any(m.quad_class for m in typed) else None,
        "factuality": members[0].factuality, "reciprocal": reciprocal,
        "source_key": source_key, "target_key": target_key,
        "source_codes": sorted(source_codes), "target_codes": sorted(target_codes),
        "date": chosen.date if chosen else None, "date_end": chosen.date_end if chosen else None,
        "date_precision": chosen.date_precision if chosen else "unknown",
        "day": day, "day_end": day_end,
        "date_votes": json.dumps({_date_key(d, e, precisions[(d, e)]): n for (d, e), n in date_votes.most_common()})
        if dated else None,
        "type_votes": json.dumps(type_votes),
        "dyad_votes": json.dumps({f"{s}->{t}": n for (s, t), n in dyad_votes.most_common()}),
        "place": location[0], "location_country": location[1],
        "triggers": sorted({m.trigger for m in members if m.trigger}),
        "n_events": len(members), "n_mentions": sum(m.n_mentions for m in members),
        "n_articles": len({m.doc_id for m in members}),
        "n_sources": len({m.news_source or m.doc_id for m in members}),
        "first_report": min(published) if published else None, "last_report": max(published) if published else None,
        "signature": signatures.union(m.signature for m in members if m.signature),
    }
