"""Happenings across documents: each stored event joins the happening it reports, or starts one.

An event looks up candidate happenings through blocks (its parties without direction x the months its
date covers, or the years of a vaguer date), scores the evidence against each (type family, direction,
overlapping dates, trigger, place, MinHash similarity of the evidence sentences) and joins the best one
that reaches the threshold in corpus/data/linking.yaml, or starts a new one.

The result is one function of the stored events, whatever batches, order, runs, workers or Dask shards
brought them: events are placed in one canonical order (publication day, doc_id, event_id). An event
only ever finds a happening through a block that one of the happening's members is filed under, so
the events fall into connected groups (one event looks up a block another is filed under) that are
placed independently of one another. A batch therefore reads only the groups its events reach (one
join per round of a breadth-first walk over blocks), and in each group places again only the stored
events that come at or after the group's earliest new event; the rest of the corpus is not read.
Example: a report published in 2003 on a March 2002 meeting of two parties, arriving after reports of
the same meeting published in 2002, is placed after them, as it would have been had all come at once;
a batch of old news can change only the months (groups) it reaches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from detente import columnar
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
MOVE_SCHEMA = pa.schema([("event_id", S), ("happening_id", S), ("score", F)])
EVENT_BLOCK_SCHEMA = pa.schema([("block", S), ("event_id", S), ("lookup", B)])


def arrow_rows(schema: pa.Schema, rows: list[list[Any]]) -> pa.Table:
    """Rows (lists in the schema's column order) as an Arrow table DuckDB can scan."""
    return columnar.schema_table(schema, rows)


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


_LAST = dt.date.max


def canonical(event: EventFeatures) -> tuple[bool, dt.date, str, str]:
    """The one order events are placed in: publication day (undated documents last), doc_id, event_id."""
    return (event.published is None, event.published or _LAST, event.doc_id, event.event_id)


class _Blocks:
    """The blocks an event is filed under and those it looks candidates up in, made once per span."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, Any, Any], tuple[list[str], frozenset[str]]] = {}

    def of(self, e: EventFeatures) -> tuple[list[str], frozenset[str]]:
        key = (e.pair, e.day, e.day_end)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = (registered_blocks(e.pair, e.day, e.day_end),
                                       frozenset(blocks(e.pair, e.day, e.day_end)))
        return found


def event_block_rows(events: Iterable[EventFeatures], spans: _Blocks | None = None) -> list[list[Any]]:
    """happening_event_blocks rows of these events: each block it is filed under, and whether it looks there."""
    spans = spans or _Blocks()
    rows = []
    for e in events:
        filed, looked = spans.of(e)
        rows += [[b, e.event_id, b in looked] for b in filed]
    return rows


def backfill_blocks(con: duckdb.DuckDBPyConnection) -> None:
    """Stores linked before happening_event_blocks existed: file their linked events there once."""
    if con.execute("SELECT count(*) FROM happening_event_blocks").fetchone()[0]:
        return
    if not con.execute("SELECT count(*) FROM happening_events").fetchone()[0]:
        return
    memo: dict[tuple[str, Any, Any], tuple[list[str], frozenset[str]]] = {}
    rows = []
    for event_id, source_key, target_key, first, last in con.execute(
            "SELECT event_id, source_key, target_key, day, day_end FROM happening_events").fetchall():
        pair = "|".join(sorted((source_key or "", target_key or "")))
        found = memo.get((pair, first, last))
        if found is None:
            found = memo[(pair, first, last)] = (registered_blocks(pair, first, last), frozenset(blocks(pair, first, last)))
        rows += [[b, event_id, b in found[1]] for b in found[0]]
    if rows:
        block_rows = arrow_rows(EVENT_BLOCK_SCHEMA, rows)  # noqa: F841 - read by DuckDB by name
        con.execute("INSERT INTO happening_event_blocks SELECT * FROM block_rows")


class HappeningLinker:
    """Links events into happenings inside one DuckDB connection (the store's), a batch at a time.

    A batch costs a few statements per round of its walk over blocks (usually one or two rounds),
    whatever its size: the stored events of the groups it reaches are read in one join per round,
    placed here, and what changed is written in one bulk statement per table (Arrow tables)."""

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
        """Link new events as if every stored event and these had been linked together in the canonical
        order; returns their happening ids."""
        if not events:
            return []
        events = list({e.event_id: e for e in events}.values())
        group = _Groups(self.con, added=events)
        group.place()
        group.write()
        return [group.assigned[e.event_id][0] for e in events]

    # -- forgetting -----------------------------------------------------------------------------
    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Take these documents' events out of their happenings, as if they had never been linked.

        The groups of events they were part of are placed again from the earliest removed event on,
        so a happening held together only by a removed report falls apart again."""
        doc_ids = list(doc_ids)
        gone = [from_row(values) for values in self.con.execute(
            f"SELECT {', '.join(COLUMNS)} FROM happening_events WHERE doc_id IN (SELECT unnest(?))",
            [doc_ids]).fetchall()]
        if not gone:
            return
        group = _Groups(self.con, removed=gone)
        group.place()
        group.write()


class _Groups:
    """The connected groups of events that a batch (new events, or events taken out) reaches.

    Two events are connected when one looks candidates up in a block the other is filed under (a
    block nobody looks in connects nothing: most year blocks). Placement inside a group depends only
    on the group's events, so a group whose earliest changed event (in the canonical order) is k
    keeps every placement before k and places the events from k on again, in order."""

    def __init__(self, con: duckdb.DuckDBPyConnection, added: Iterable[EventFeatures] = (),
                 removed: Iterable[tuple[str, float, EventFeatures]] = ()):
        self.con = con
        self.threshold = float(settings()["threshold"])
        self.spans = _Blocks()
        self.added = {e.event_id: e for e in added}
        self.removed = {e.event_id: e for _h, _s, e in removed}
        self.events: dict[str, EventFeatures] = dict(self.added)  # every event read or brought, but removed ones
        # stored event id -> (happening id, score) as stored
        self.stored: dict[str, tuple[str, float]] = {e.event_id: (h, s) for h, s, e in removed}
        self.assigned: dict[str, tuple[str, float]] = {}  # event id -> (happening id, score) placed now
        self._gather()

    # -- reading the groups ----------------------------------------------------------------------
    def _gather(self) -> None:
        """Walk from the changed events' blocks over every block someone looks in, reading the stored
        events filed there (one join per round), until no new block is reached."""
        seeds = list(self.added.values()) + list(self.removed.values())
        new_lookers = set().union(*(self.spans.of(e)[1] for e in self.added.values())) if self.added else set()
        frontier = {b for e in seeds for b in self.spans.of(e)[0]}
        seen: set[str] = set()
        while frontier:
            seen |= frontier
            asked = sorted(frontier)
            found = self.con.execute(
                f"SELECT {', '.join('he.' + c for c in COLUMNS)} FROM happening_events he "
                "WHERE he.event_id IN (SELECT b.event_id FROM happening_event_blocks b WHERE b.block IN ("
                "  SELECT block FROM happening_event_blocks WHERE lookup AND block IN (SELECT unnest($1)) "
                "  UNION SELECT unnest($2)))",
                [asked, sorted(new_lookers & frontier)]).fetchall()
            frontier = set()
            for values in found:
                happening_id, score, e = from_row(values)
                if e.event_id in self.stored:  # read in an earlier round, or one of those taken out
                    continue
                self.stored[e.event_id] = (happening_id, score)
                self.events[e.event_id] = e
                frontier.update(b for b in self.spans.of(e)[0] if b not in seen)

    def _components(self) -> list[list[str]]:
        """The gathered events (removed ones included, as they were connected) in connected groups."""
        everyone = {**self.events, **self.removed}
        live = set().union(*(self.spans.of(e)[1] for e in everyone.values())) if everyone else set()
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        for event_id, e in everyone.items():
            for b in self.spans.of(e)[0]:
                if b in live:
                    ra, rb = root(event_id), root("@" + b)
                    if ra != rb:
                        parent[ra] = rb
        groups: dict[str, list[str]] = defaultdict(list)
        for event_id in everyone:
            groups[root(event_id)].append(event_id)
        return list(groups.values())

    # -- placing ---------------------------------------------------------------------------------
    def place(self) -> None:
        for members in self._components():
            changed = [canonical(self.added.get(i) or self.removed[i]) for i in members
                       if i in self.added or i in self.removed]
            if not changed:
                continue
            start = min(changed)
            kept, again = [], []
            for i in members:
                if i in self.removed:
                    continue
                e = self.events[i]
                (kept if i not in self.added and canonical(e) < start else again).append(e)
            _Placer(self, kept).place_all(sorted(again, key=canonical))

    # -- writing ---------------------------------------------------------------------------------
    def write(self) -> None:
        """Memberships that changed, the touched happenings' rows and pairs, the new events' blocks."""
        con = self.con
        fresh = [e.row(*self.assigned[i]) for i, e in self.added.items()]
        moved = [[i, *self.assigned[i]] for i in self.events
                 if i in self.assigned and i in self.stored and self.stored[i] != self.assigned[i]]
        if self.removed:
            con.execute("DELETE FROM happening_events WHERE event_id IN (SELECT unnest(?))", [sorted(self.removed)])
            con.execute("DELETE FROM happening_event_blocks WHERE event_id IN (SELECT unnest(?))",
                        [sorted(self.removed)])
        if fresh:
            memberships = arrow_rows(MEMBER_SCHEMA, fresh)  # noqa: F841 - read by DuckDB by name
            con.execute("INSERT INTO happening_events SELECT * FROM memberships")
        if moved:  # only two columns change: cheaper than rewriting the rows
            moves = arrow_rows(MOVE_SCHEMA, moved)  # noqa: F841
            con.execute("UPDATE happening_events SET happening_id = m.happening_id, score = m.score "
                        "FROM moves m WHERE happening_events.event_id = m.event_id")
        if self.added:
            block_rows = arrow_rows(EVENT_BLOCK_SCHEMA,  # noqa: F841
                                    event_block_rows(self.added.values(), self.spans))
            con.execute("INSERT INTO happening_event_blocks SELECT * FROM block_rows")
        # a happening is touched when its members differ: every member of a touched one was gathered
        before: dict[str, set[str]] = defaultdict(set)
        after: dict[str, set[str]] = defaultdict(set)
        for i, (h, _score) in self.stored.items():
            before[h].add(i)
        for i in self.events:
            after[(self.assigned.get(i) or self.stored[i])[0]].add(i)
        touched = sorted(h for h in set(before) | set(after) if before.get(h) != after.get(h))
        if not touched:
            return
        old = [h for h in touched if h in before]
        if old:
            for table in ("happenings", "happening_pairs"):
                con.execute(f"DELETE FROM {table} WHERE happening_id IN (SELECT unnest(?))", [old])
        rows = [consensus(h, sorted((self.events[i] for i in after[h]), key=lambda m: m.event_id))
                for h in touched if after.get(h)]
        if not rows:
            return
        happening_rows = arrow_rows(HAPPENING_SCHEMA, [[r[name] for name in HAPPENING_SCHEMA.names]  # noqa: F841
                                                       for r in rows])
        con.execute(f"INSERT INTO happenings ({', '.join(HAPPENING_SCHEMA.names)}) "
                    f"SELECT {', '.join(HAPPENING_SCHEMA.names)} FROM happening_rows")
        pairs = [[r["happening_id"], s, t, r["factuality"], r["day"], r["event_type"], r["quad_class"],
                  r["goldstein"], r["n_articles"], r["reciprocal"]]
                 for r in rows for s in r["source_codes"] for t in r["target_codes"]]
        if pairs:
            pair_rows = arrow_rows(PAIR_SCHEMA, pairs)  # noqa: F841
            con.execute("INSERT INTO happening_pairs SELECT * FROM pair_rows")
            layout.count_appended(con, len(pairs))


class _Placer:
    """One group's happenings as its kept events left them, and the placing of the rest in order.

    The stored linking was the canonical one, so a stored event placed again meets what it met then,
    except for the happenings that are dirty: those whose members differ from what they were at this
    point of the stored linking (a new event joined or started one, a stored event moved in or out, an
    event taken out left one). Only those can change its choice: the others scored as they did then
    and lost to the happening it joined. So a stored event is scored against its dirty candidates
    alone, and fully again only when the happening it joined is itself dirty.

    A happening's consensus is made once, when it is written; while events are placed, what
    `evidence` reads of it comes from a `_Tally` that each joining event updates (recomputing the
    consensus over all members on every join made a happening reported n times cost n^2)."""

    def __init__(self, groups: _Groups, kept: list[EventFeatures]):
        self.groups = groups
        self.index: dict[str, set[str]] = defaultdict(set)  # block -> happening ids filed there
        self.dirty: set[str] = {h for h, _score in (groups.stored[i] for i in groups.removed)}
        self.members: dict[str, list[EventFeatures]] = defaultdict(list)
        self.tallies: dict[str, _Tally] = {}
        self.views: dict[str, dict[str, Any]] = {}
        for e in kept:
            h = groups.stored[e.event_id][0]
            self.members[h].append(e)
            for b in groups.spans.of(e)[0]:
                self.index[b].add(h)

    def _view(self, h: str) -> dict[str, Any]:
        view = self.views.get(h)
        if view is None:
            view = self.views[h] = self._tally(h).view()
        return view

    def _tally(self, h: str) -> _Tally:
        tally = self.tallies.get(h)
        if tally is None:
            tally = self.tallies[h] = _Tally()
            for member in self.members[h]:
                tally.add(member)
        return tally

    def _best(self, e: EventFeatures, candidates: Iterable[str], best: tuple[float, str] | None) -> tuple[float, str] | None:
        """The best (score, happening id) reaching the threshold; ties go to the larger id."""
        threshold = self.groups.threshold
        for candidate in candidates:
            found = evidence(e, self._view(candidate))
            if found is not None and found >= threshold and (best is None or (found, candidate) > best):
                best = (found, candidate)
        return best

    def place_all(self, events: list[EventFeatures]) -> None:
        groups, index, dirty, assigned = self.groups, self.index, self.dirty, self.groups.assigned
        for e in events:
            filed, looked = groups.spans.of(e)
            candidates = {h for b in looked for h in index.get(b, ())}
            stored = None if e.event_id in groups.added else groups.stored[e.event_id]
            if stored is not None and stored[0] not in dirty:
                h, score = stored
                joined = score >= groups.threshold  # else it started its happening
                best = self._best(e, sorted(candidates & dirty), (score, h) if joined else None)
                if best is not None:
                    score, h = best
                if h != stored[0]:
                    dirty.update((h, stored[0]))
            else:
                best = self._best(e, sorted(candidates), None)
                h, score = (best[1], best[0]) if best else (self._new_id(e), 0.0)
                dirty.add(h)
                if stored is not None:
                    dirty.add(stored[0])
            if h in self.tallies:
                self.tallies[h].add(e)
            self.members[h].append(e)
            self.views.pop(h, None)
            for b in filed:
                index[b].add(h)
            assigned[e.event_id] = (h, score)

    def _new_id(self, e: EventFeatures) -> str:
        """A new happening is named after the event that starts it. (In a store linked in another order,
        before linking was canonical, a happening this event once started may keep earlier members.)"""
        h = f"h-{e.event_id}"
        while self.members.get(h):
            h += "+"
        return h


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
