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
import numpy as np
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
                memo: dict[Any, Any] = {}
                batch += [event_features(event, records[doc_id]["document"], perm, memo)
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
    """The candidate happenings of a batch of events, held here while the batch is decided.

    A happening's consensus row is made once per batch, when the batch is written; while the
    batch is decided, what `evidence` reads of it comes from a `_Tally` that each joining event
    updates, instead of recomputing the consensus over all members on every join (which made a
    happening reported n times cost n^2)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, events: list[EventFeatures]):
        self.con = con
        self.threshold = float(settings()["threshold"])
        keys = {k for e in events for k in blocks(e.pair, e.day, e.day_end)}
        filing = {k for e in events for k in registered_blocks(e.pair, e.day, e.day_end)}
        self.index: dict[str, set[str]] = defaultdict(set)  # block -> happening ids
        self.filed: set[tuple[str, str]] = set()  # (block, happening id) stored for the blocks this batch files
        self.members: dict[str, list[EventFeatures]] = {}
        self.tallies: dict[str, _Tally] = {}
        self.rows: dict[str, dict[str, Any]] = {}  # happening id -> its row as evidence reads it
        self.joined: list[list[Any]] = []  # new happening_events rows
        self.fresh: dict[str, list[EventFeatures]] = defaultdict(list)  # happening id -> members joined now
        self._found: list[str] = []
        self._stored: set[str] = set()
        if not keys and not filing:
            return
        for block, happening_id in con.execute(
                "SELECT block, happening_id FROM happening_blocks WHERE block IN (SELECT unnest(?))",
                [sorted(keys | filing)]).fetchall():
            self.filed.add((block, happening_id))
            if block in keys:
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

    def _tally(self, happening_id: str) -> _Tally:
        tally = self.tallies.get(happening_id)
        if tally is None:
            tally = self.tallies[happening_id] = _Tally()
            for member in self._members(happening_id):
                tally.add(member)
        return tally

    def place(self, event: EventFeatures) -> str:
        best_id, best_score = None, self.threshold
        candidates = sorted({h for k in blocks(event.pair, event.day, event.day_end) for h in self.index.get(k, ())})
        for candidate in candidates:
            score = evidence(event, self.rows[candidate])
            if score is not None and score >= best_score:
                best_id, best_score = candidate, score
        happening_id = best_id or f"h-{event.event_id}"
        if best_id:
            tally = self._tally(happening_id)
        else:
            self.members.setdefault(happening_id, [])
            tally = self.tallies[happening_id] = _Tally()
        self.members[happening_id].append(event)
        tally.add(event)
        self.rows[happening_id] = tally.view()
        for key in registered_blocks(event.pair, event.day, event.day_end):
            self.index[key].add(happening_id)
        self.joined.append(event.row(happening_id, best_score if best_id else 0.0))
        self.fresh[happening_id].append(event)
        return happening_id

    def write(self) -> None:
        """The memberships, and the touched happenings' rows, pairs and new blocks, in one statement each."""
        con, touched = self.con, sorted(self.fresh)
        memberships = arrow_rows(MEMBER_SCHEMA, self.joined)  # noqa: F841 - read by DuckDB by name
        con.execute("INSERT OR REPLACE INTO happening_events SELECT * FROM memberships")
        stored = [h for h in touched if h in self._stored]  # the others are new: nothing to replace
        if stored:
            for table in ("happenings", "happening_pairs"):
                con.execute(f"DELETE FROM {table} WHERE happening_id IN (SELECT unnest(?))", [stored])
        rows = []
        for h in touched:
            members = self.members[h]
            members.sort(key=lambda m: m.event_id)
            rows.append(consensus(h, members))
        happening_rows = arrow_rows(HAPPENING_SCHEMA, [[r[name] for name in HAPPENING_SCHEMA.names]  # noqa: F841
                                                       for r in rows])
        con.execute(f"INSERT INTO happenings ({', '.join(HAPPENING_SCHEMA.names)}) "
                    f"SELECT {', '.join(HAPPENING_SCHEMA.names)} FROM happening_rows")
        pairs, keys = [], []
        for r in rows:
            h = r["happening_id"]
            pairs += [[h, s, t, r["factuality"], r["day"], r["event_type"], r["quad_class"],
                       r["goldstein"], r["n_articles"], r["reciprocal"]]
                      for s in r["source_codes"] for t in r["target_codes"]]
            # a happening is filed under the blocks of all its members: a stored one already is under
            # those of its stored members, so only the blocks its new members add are written
            filed: set[str] = set()
            for m in self.fresh[h]:
                filed.update(registered_blocks(m.pair, m.day, m.day_end))
            keys += [[k, h] for k in sorted(filed) if (k, h) not in self.filed]
        if pairs:
            pair_rows = arrow_rows(PAIR_SCHEMA, pairs)  # noqa: F841
            con.execute("INSERT INTO happening_pairs SELECT * FROM pair_rows")
            layout.count_appended(con, len(pairs))
        if keys:
            block_rows = arrow_rows(BLOCK_SCHEMA, keys)  # noqa: F841
            con.execute("INSERT INTO happening_blocks SELECT * FROM block_rows")


def _first(table: dict[Any, list[Any]], key: Any, event_id: str) -> None:
    """Count `key` in a table of key -> [count, smallest event id]: the order Counter.most_common
    breaks ties in when the members are taken in event id order."""
    entry = table.get(key)
    if entry is None:
        table[key] = [1, event_id]
    else:
        entry[0] += 1
        if event_id < entry[1]:
            entry[1] = event_id


class _Tally:
    """What `evidence` reads of a happening's consensus (`consensus` below), kept up to date one
    member at a time: the same values as `consensus` over the same members, whatever their order."""

    def __init__(self) -> None:
        self.first: tuple[str, str] | None = None  # (smallest event id, its factuality)
        self.doc_types: set[tuple[str, str]] = set()
        self.types: Counter[str] = Counter()  # type -> reporting documents
        self.reciprocal = False
        self.dyads: Counter[tuple[str, str]] = Counter()  # (source_key, target_key) as reported
        self.dates: dict[tuple[str, str | None], list[Any]] = {}  # dated votes: (date, end) -> [count, first id]
        self.precision: dict[str, tuple[str, str]] = {}  # date -> (first event id, its precision)
        self.day: Any = None
        self.day_end: Any = None
        self.triggers: set[str] = set()
        self.places: dict[tuple[str, str | None], list[Any]] = {}
        self.signature: np.ndarray | None = None

    def add(self, m: EventFeatures) -> None:
        if self.first is None or m.event_id < self.first[0]:
            self.first = (m.event_id, m.factuality)
        if (m.doc_id, m.event_type) not in self.doc_types:
            self.doc_types.add((m.doc_id, m.event_type))
            self.types[m.event_type] += 1
        self.reciprocal = self.reciprocal or m.reciprocal
        self.dyads[(m.source_key, m.target_key)] += 1
        if m.date and m.date_basis != "document":
            _first(self.dates, (m.date, m.date_end), m.event_id)
            known = self.precision.get(m.date)
            if known is None or m.event_id < known[0]:
                self.precision[m.date] = (m.event_id, m.date_precision)
        if m.day and (self.day is None or m.day < self.day):
            self.day = m.day
        if m.day_end and (self.day_end is None or m.day_end > self.day_end):
            self.day_end = m.day_end
        if m.trigger:
            self.triggers.add(m.trigger)
        if m.location:
            _first(self.places, (m.location, m.location_country), m.event_id)
        if m.signature:
            values = np.frombuffer(m.signature, dtype=np.uint64)
            self.signature = values if self.signature is None else np.minimum(self.signature, values)

    def view(self) -> dict[str, Any]:
        """The row's fields that `evidence` reads."""
        event_type = min(self.types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        dyads: Counter[tuple[str, str]] = Counter()
        for (s, t), n in self.dyads.items():
            dyads[tuple(sorted((s, t))) if self.reciprocal else (s, t)] += n  # type: ignore[index]
        source_key, target_key = min(dyads.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if self.dates:
            (date, end), _entry = min(self.dates.items(), key=lambda kv: (
                -kv[1][0], PRECISION_RANK.get(self.precision[kv[0][0]][1], 6), kv[0][0], kv[1][1]))
            day, day_end = span(date, end)
        else:
            day, day_end = self.day, self.day_end
        place = min(self.places.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0] if self.places else (None, None)
        return {"factuality": self.first[1] if self.first else None, "event_type": event_type,
                "reciprocal": self.reciprocal, "source_key": source_key, "target_key": target_key,
                "day": day, "day_end": day_end, "date_basis_only_document": not self.dates,
                "triggers": self.triggers, "location_country": place[1],
                "signature": self.signature.tobytes() if self.signature is not None else None}


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
