"""The read side of the service: parameterised queries over a store opened read-only.

Every value a client sends travels as a bound parameter; the only SQL text chosen by a request
is picked from the fixed tables below (sort keys, period units), never pasted from input.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import math
import re
import threading
from dataclasses import dataclass, replace
from typing import Any

import duckdb
import pyarrow as pa

from detente.api.rows import EventRows, RowFilter
from detente.api.side import PartyIndex, key_column, party_match
from detente.api.words import WordIndex
from detente.corpus.relations import PERIODS as CORPUS_PERIODS
from detente.corpus.relations import relation_series
from detente.store import Store

# Sort keys: name -> (SQL expression that is never NULL, Python type of a cursor value)
SORTS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(e.day, DATE '9999-12-31')", "date"),
    "-date": ("coalesce(e.day, DATE '0001-01-01')", "date"),
    "goldstein": ("coalesce(e.goldstein, 99.0)", "float"),
    "-goldstein": ("coalesce(e.goldstein, -99.0)", "float"),
    "type": ("coalesce(e.event_type, '')", "str"),
    "-type": ("coalesce(e.event_type, '')", "str"),
    "mentions": ("coalesce(e.mention_count, 0)", "int"),
    "-mentions": ("coalesce(e.mention_count, 0)", "int"),
}
PERIODS = CORPUS_PERIODS  # as `detente relations`: day, week, month, year
FACTUALITIES = ("asserted", "negated", "hypothetical", "future")
# Read from events alone: the documents of a page are fetched by id afterwards, which is far
# cheaper on a large store than joining the documents table into every listing.
EVENT_COLUMNS = ("e.event_id, e.doc_id, e.event_type, e.mode, e.cameo, e.goldstein, e.quad_class, e.source, "
                 "e.target, e.factuality, e.date, e.date_end, e.date_precision, e.date_basis, e.historical, "
                 "e.confidence, e.evidence, e.mention_count")
EVENT_JSON = ("source", "target")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


class BadRequest(ValueError):
    """A request whose parameters cannot be answered: the API turns it into a 422 with this message."""


class NotFound(LookupError):
    """An id that the store does not hold: the API turns it into a 404."""


class NoHappenings(RuntimeError):
    """A store made before happenings existed: the API turns it into a 409 saying what to do."""


def party_codes(party: str) -> list[str]:
    """A party as the codes happenings may store it under (as corpus.relations reads it)."""
    return sorted({party, party.upper()})


@dataclass
class EventFilter:
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    event_type: str | None = None
    quad_class: int | None = None
    factuality: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None


def actor_code(value: str, name: str = "actor") -> str:
    """A country code or actor id as given, checked for shape (letters, digits, . _ -)."""
    value = value.strip()
    if not _CODE.match(value):
        raise BadRequest(f"{name} must be a country code or an actor id (letters, digits, '.', '_', '-'), got {value!r}")
    return value


def iso_day(value: str, name: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise BadRequest(f"{name} must be a date YYYY-MM-DD, got {value!r}") from exc


def _side_match(column_kind: str) -> str:
    """SQL that is true when one side (source or target) names a code, as country or as actor id."""
    return (f"(list_contains(e.{column_kind}_countries, upper(?)) OR list_contains(e.{column_kind}_actor_ids, ?))")


def actor_condition(code: str) -> tuple[str, list[Any]]:
    """Either side names the code (a country code or an actor id), as `detente events --actor` does."""
    return f"({_side_match('source')} OR {_side_match('target')})", [code, code, code, code]


def dyad_condition(a: str, b: str) -> tuple[str, list[Any]]:
    """Events between a and b, in either direction, or with both acting together (talks, joint acts)."""
    src_a, src_b = _side_match("source"), _side_match("source")
    tgt_a, tgt_b = _side_match("target"), _side_match("target")
    sql = (f"(({src_a} AND ({tgt_b} OR {src_b})) OR ({src_b} AND ({tgt_a} OR {src_a})))")
    return sql, [a, a, b, b, b, b, b, b, a, a, a, a]


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    raw = json.dumps([sort, key.isoformat() if isinstance(key, dt.date) else key, event_id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The (sort key, event id) a page ended on; the cursor must come from the same sort order."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, key, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise BadRequest("cursor is not one this API gave out; pass next_cursor from a previous page") from exc
    if name != sort:
        raise BadRequest(f"cursor belongs to sort={name!r}, not sort={sort!r}; start again without a cursor")
    kind = SORTS[sort][1]
    valid = {"date": str, "float": (int, float), "int": int, "str": str}[kind]
    if not isinstance(key, valid) or not isinstance(event_id, str):
        raise BadRequest("cursor is damaged; start again without a cursor")
    if kind == "date":
        key = iso_day(key, "cursor date")
    return key, event_id


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


class Queries:
    """What the API and the dashboard ask of a store, each answer a plain dict or list."""

    def __init__(self, store: Store, read_only: bool = False):
        self.store = store
        self.read_only = read_only
        # Over a read-only store nothing can change while served: whole-store aggregates are kept
        # once computed, and the party index is built (in the background) for actor and dyad filters.
        self.party_index: PartyIndex | None = PartyIndex() if read_only else None
        # ... and, over the party index's event rows, the word index for text search (`q`)
        self.word_index: WordIndex | None = WordIndex() if read_only else None
        self.event_rows: EventRows | None = None  # the party index's rows as arrays, to page the word index's matches
        self._cache: dict[tuple, Any] = {}
        self.store_lock = threading.Lock()
        tables = {row[0] for row in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        self.has_happenings = {"happenings", "happening_events"} <= tables

    def _rows(self, sql: str, args: list[Any], json_columns: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """Run on a cursor of its own: DuckDB connections are not shared between threads."""
        cursor = self.store.con.cursor()
        try:
            result = cursor.execute(sql, args)
            names = [d[0] for d in result.description]
            rows = [dict(zip(names, (_plain(v) for v in values), strict=True)) for values in result.fetchall()]
        except duckdb.ConversionException as exc:
            raise BadRequest(f"a parameter has the wrong form: {str(exc).splitlines()[0]}") from exc
        finally:
            cursor.close()
        for row in rows:
            for key in json_columns:
                if isinstance(row.get(key), str):
                    row[key] = json.loads(row[key])
        return rows

    # -- events ---------------------------------------------------------------------------------
    def _event_rows(self, sql: str, args: list[Any], by_publication: bool = False) -> list[dict[str, Any]]:
        """Event rows with their document's title, source, URL and date (doc_title, doc_source, ...)."""
        rows = self._rows(sql, args, EVENT_JSON)
        doc_ids = sorted({r["doc_id"] for r in rows})
        docs = {}
        if doc_ids:
            marks = ", ".join("?" for _ in doc_ids)
            docs = {d["doc_id"]: d for d in self._rows(
                "SELECT doc_id, title AS doc_title, source AS doc_source, url AS doc_url, published AS doc_published "
                f"FROM documents WHERE doc_id IN ({marks})", doc_ids)}
        blank = {"doc_title": None, "doc_source": None, "doc_url": None, "doc_published": None}
        for row in rows:
            found = docs.get(row["doc_id"], blank)
            row.update({key: found[key] for key in blank})
        if by_publication:
            rows.sort(key=lambda r: (r["doc_published"] is None, r["doc_published"] or "", r["event_id"]))
        return rows

    def _where(self, flt: EventFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if flt.actor:
            sql, more = actor_condition(flt.actor)
            where.append(sql)
            args += more
        if flt.dyad:
            sql, more = dyad_condition(*flt.dyad)
            where.append(sql)
            args += more
        if flt.event_type:
            where.append("e.event_type = upper(?)")
            args.append(flt.event_type)
        if flt.quad_class is not None:
            where.append("e.quad_class = ?")
            args.append(flt.quad_class)
        if flt.factuality:
            where.append("e.factuality = ?")
            args.append(flt.factuality)
        if flt.since:
            where.append("coalesce(e.day_end, e.day) >= CAST(? AS DATE)")
            args.append(flt.since)
        if flt.until:
            where.append("e.day <= CAST(? AS DATE)")
            args.append(flt.until)
        if flt.text:
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", flt.text) + "%"
            where.append("(e.doc_id IN (SELECT doc_id FROM documents WHERE title ILIKE ? ESCAPE '\\') OR "
                         "e.event_id IN (SELECT event_id FROM event_mentions WHERE text ILIKE ? ESCAPE '\\'))")
            args += [pattern, pattern]
        return where, args

    def events(self, flt: EventFilter, sort: str = "date", limit: int = 50, cursor: str | None = None,
               with_total: bool = False) -> dict[str, Any]:
        """One page of events, in a stable order, and the cursor of the next page (None at the end)."""
        if sort not in SORTS:
            raise BadRequest(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
        key_sql = SORTS[sort][0]
        descending = sort.startswith("-")
        order = "DESC" if descending else "ASC"
        indexed = self.party_index is not None and self.party_index.ready.is_set()
        tables: dict[str, pa.Table] = {}
        if indexed and flt.text:  # the word index's matches, or the scan where it cannot answer
            words = self.word_index if self.word_index and self.word_index.ready.is_set() else None
            found = words.candidates(flt.text) if words else None
            if found is None:
                indexed = False
            elif not (flt.actor or flt.dyad) and self.event_rows is not None:
                return self._matches_page(*found, flt, sort, limit, cursor, with_total)
            else:
                rids = found[0] if found[1] is None else words.confirm(*found)  # type: ignore[union-attr]
                tables["text_matches"] = pa.table({"rid": pa.array(rids, type=pa.int32())})
        by_party = indexed and bool(flt.actor or flt.dyad)
        base = replace(flt, actor=None, dyad=None, text=None) if indexed else flt
        where, args = self._where(base)
        if tables:
            where.append("e.rid IN (SELECT rid FROM text_matches)")
        base_where, filter_args = list(where), list(args)
        if cursor:
            key, last_id = decode_cursor(cursor, sort)
            op = "<" if descending else ">"
            cast = "CAST(? AS DATE)" if SORTS[sort][1] == "date" else "?"
            key_of = f"e.{key_column(sort)}" if indexed else key_sql  # a plain column in the side index
            where.append(f"({key_of} {op} {cast} OR ({key_of} = {cast} AND e.event_id {op} ?))")
            args += [key, key, last_id]
        if by_party:
            party_sql, party_args, having, having_args = self._party_filter(flt)
            ids = [row[0] for row in self.party_index.rows(  # type: ignore[union-attr]
                f"SELECT e.event_id, any_value(e.{key_column(sort)}) AS sort_key FROM parties e "
                f"WHERE {' AND '.join([party_sql, *where])} GROUP BY e.event_id HAVING {having} "
                f"ORDER BY sort_key {order}, e.event_id {order} LIMIT ?",
                [*party_args, *args, *having_args, limit + 1], tables)]
        elif indexed:
            ids = [row[0] for row in self.party_index.rows(  # type: ignore[union-attr]
                f"SELECT e.event_id FROM ordered e{' WHERE ' + ' AND '.join(where) if where else ''} "
                f"ORDER BY e.{key_column(sort)} {order}, e.event_id {order} LIMIT ?", [*args, limit + 1], tables)]
        if indexed:
            rows = self._rows_by_id(ids, sort)
        else:
            sql = (f"SELECT {EVENT_COLUMNS}, {key_sql} AS sort_key FROM events e"
                   + (" WHERE " + " AND ".join(where) if where else "")
                   + f" ORDER BY sort_key {order}, e.event_id {order} LIMIT ?")
            rows = self._event_rows(sql, [*args, limit + 1])
        total = self._total(flt, by_party, indexed, base_where, filter_args, tables) if with_total else None
        return self._page(rows, sort, limit, total)

    def _rows_by_id(self, ids: list[str], sort: str) -> list[dict[str, Any]]:
        """The listing's rows of these events, by primary key, in the sort order."""
        order = "DESC" if sort.startswith("-") else "ASC"
        marks = ", ".join("?" for _ in ids) or "NULL"
        return self._event_rows(f"SELECT {EVENT_COLUMNS}, {SORTS[sort][0]} AS sort_key FROM events e "
                                f"WHERE e.event_id IN ({marks}) ORDER BY sort_key {order}, e.event_id {order}", ids)

    def _matches_page(self, found: Any, pending: str | None, flt: EventFilter, sort: str, limit: int,
                      cursor: str | None, with_total: bool) -> dict[str, Any]:
        """A page of the word index's candidates (event rows) that pass the other filters, read from
        the side index's arrays (rows.py) rather than by a join over every event. Candidates that
        must still be confirmed (`pending`, a query of more than one word) are confirmed in the sort
        order until the page is full, or all of them when the total is asked for."""
        words: WordIndex = self.word_index  # type: ignore[assignment]
        rows: EventRows = self.event_rows  # type: ignore[assignment]
        row_filter = RowFilter(flt.event_type, flt.quad_class, flt.factuality,
                               iso_day(flt.since, "since") if flt.since else None,
                               iso_day(flt.until, "until") if flt.until else None)
        upper_type = words.upper(flt.event_type) if flt.event_type else None
        kept = rows.keep(found, row_filter, upper_type)
        if pending is not None and with_total:
            kept, pending = words.confirm(kept, pending), None
        after = 0
        if cursor:  # the rows after the cursor are a tail of the sort order: count those before it
            key, last_id = decode_cursor(cursor, sort)
            descending = sort.startswith("-")
            op = "<" if descending else ">"
            cast = "CAST(? AS DATE)" if SORTS[sort][1] == "date" else "?"
            key_of = f"e.{key_column(sort)}"
            after = self.party_index.rows(  # type: ignore[union-attr]
                f"SELECT count(*) FROM ordered e WHERE NOT ({key_of} {op} {cast} OR "
                f"({key_of} = {cast} AND e.event_id {op} ?))", [key, key, last_id])[0][0]
        accept = None if pending is None else (lambda chunk: words.confirm(chunk, pending))
        ids = rows.page(kept, sort, after, limit + 1, accept)
        return self._page(self._rows_by_id(ids, sort), sort, limit, len(kept) if with_total else None)

    def _page(self, rows: list[dict[str, Any]], sort: str, limit: int, total: int | None) -> dict[str, Any]:
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(sort, rows[-1]["sort_key"], rows[-1]["event_id"]) if more and rows else None
        for row in rows:
            del row["sort_key"]
        page: dict[str, Any] = {"events": rows, "next_cursor": next_cursor, "sort": sort, "limit": limit}
        if total is not None:
            page["total"] = total
        return page

    def _total(self, flt: EventFilter, by_party: bool, indexed: bool, where: list[str], args: list[Any],
               tables: dict[str, pa.Table]) -> int:
        """How many events match (without the cursor), counted where the page was read."""
        if by_party:
            party_sql, party_args, having, having_args = self._party_filter(flt)
            return self.party_index.rows(  # type: ignore[union-attr]
                f"SELECT count(*) FROM (SELECT e.event_id FROM parties e WHERE {' AND '.join([party_sql, *where])} "
                f"GROUP BY e.event_id HAVING {having})", [*party_args, *args, *having_args], tables)[0][0]
        if indexed:
            return self.party_index.rows(  # type: ignore[union-attr]
                "SELECT count(*) FROM ordered e" + (" WHERE " + " AND ".join(where) if where else ""), args,
                tables)[0][0]
        return self._rows("SELECT count(*) AS n FROM events e" + (" WHERE " + " AND ".join(where) if where else ""),
                          args)[0]["n"]

    @staticmethod
    def _party_filter(flt: EventFilter) -> tuple[str, list[Any], str, list[Any]]:
        """The party index's condition for an actor and/or dyad filter, as actor_condition and
        dyad_condition read the lists: (WHERE part, its arguments, HAVING part over one event's
        rows, its arguments)."""
        codes = ([flt.actor] if flt.actor else []) + (list(flt.dyad) if flt.dyad else [])
        matches = [party_match(code) for code in codes]
        where = "(" + " OR ".join(sql for sql, _args in matches) + ")"
        where_args = [arg for _sql, args in matches for arg in args]
        having = [f"bool_or({sql})" for sql, _args in matches]  # every code named...
        having_args = list(where_args)
        if flt.dyad:  # ... and one side of the dyad on the source side
            dyad = matches[-2:]
            having.append(f"bool_or(e.in_source AND ({dyad[0][0]} OR {dyad[1][0]}))")
            having_args += dyad[0][1] + dyad[1][1]
        return where, where_args, " AND ".join(having), having_args

    def _mentions(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        if not event_ids:
            return {}
        rows = self._rows(
            "SELECT event_id, doc_id, sentence, start_char AS start, end_char AS \"end\", text, "
            "trigger_start, trigger_end, trigger_text FROM event_mentions WHERE list_contains(?, event_id) "
            "ORDER BY doc_id, start_char", [event_ids])
        by_event: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_event.setdefault(row.pop("event_id"), []).append(row)
        return by_event

    def _with_evidence(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each event with its mentions; each mention with its trigger and actor spans inside the sentence."""
        mentions = self._mentions([e["event_id"] for e in events])
        for event in events:
            out = []
            for m in mentions.get(event["event_id"], []):
                start, end = m["start"], m["end"]
                spans = []
                if m["trigger_start"] is not None:
                    spans.append({"role": "trigger", "start": m["trigger_start"], "end": m["trigger_end"],
                                  "text": m["trigger_text"]})
                for role in ("source", "target"):
                    for ref in event.get(role) or []:
                        if ref.get("start") is not None and start <= ref["start"] and ref["end"] <= end:
                            spans.append({"role": role, "start": ref["start"], "end": ref["end"],
                                          "text": ref.get("text"), "country": ref.get("country"),
                                          "actor_id": ref.get("actor_id")})
                for span in spans:  # offsets into the sentence, for highlighting it alone
                    span["sentence_start"], span["sentence_end"] = span["start"] - start, span["end"] - start
                out.append({"doc_id": m["doc_id"], "sentence": m["sentence"], "start": start, "end": end,
                            "text": m["text"], "spans": sorted(spans, key=lambda s: (s["start"], s["end"]))})
            event["mentions"] = out
        return events

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with every mention, its document, and the other reports of the same happening."""
        rows = self._event_rows(f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no event {event_id!r} in this store")
        event = self._with_evidence(rows)[0]
        event["happening_id"] = None
        event["other_reports"] = []
        if self.has_happenings:
            link = self._rows("SELECT happening_id FROM happening_events WHERE event_id = ?", [event_id])
            if link:
                event["happening_id"] = link[0]["happening_id"]
                others = self._event_rows(
                    f"SELECT {EVENT_COLUMNS} FROM happening_events h JOIN events e USING (event_id) "
                    "WHERE h.happening_id = ? AND e.event_id <> ?", [event["happening_id"], event_id],
                    by_publication=True)
                event["other_reports"] = self._with_evidence(others)
        return event

    # -- happenings and relations (the corpus step links events across documents) ---------------
    def _need_happenings(self) -> None:
        if not self.has_happenings:
            raise NoHappenings("this store was made before happenings were linked across documents; "
                               "ingest its documents again into a new store to get relations and happenings")

    def happening(self, happening_id: str) -> dict[str, Any]:
        """A happening (Store.happening: consensus, disagreement, documents) and every report of it,
        each with its sentences and highlight spans."""
        self._need_happenings()
        with self.store_lock:  # Store methods use the store's own connection
            found = self.store.happening(happening_id)
        if found is None:
            raise NotFound(f"no happening {happening_id!r} in this store")
        reports = self._event_rows(
            f"SELECT {EVENT_COLUMNS} FROM happening_events h JOIN events e USING (event_id) "
            "WHERE h.happening_id = ?", [happening_id], by_publication=True)
        found["reports"] = self._with_evidence(reports)
        return found

    def period_happenings(self, a: str, b: str, since: str, until: str, limit: int = 200) -> dict[str, Any]:
        """The asserted happenings between a and b that start in a period: what one point of the
        relation series counts, each with its reports and their sentences."""
        self._need_happenings()
        rows = self._rows(
            "SELECT * EXCLUDE (signature, date_votes, type_votes, dyad_votes) FROM happenings "
            "WHERE factuality = 'asserted' AND day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND "
            "((list_has_any(source_codes, ?) AND list_has_any(target_codes, ?)) OR "
            " (list_has_any(source_codes, ?) AND list_has_any(target_codes, ?))) "
            "ORDER BY day, happening_id LIMIT ?",
            [since, until, party_codes(a), party_codes(b), party_codes(b), party_codes(a), limit])
        reports = self._event_rows(
            f"SELECT h.happening_id, {EVENT_COLUMNS} FROM happening_events h JOIN events e USING (event_id) "
            "WHERE list_contains(?, h.happening_id)", [[r["happening_id"] for r in rows]], by_publication=True)
        self._with_evidence(reports)
        by_happening: dict[str, list[dict[str, Any]]] = {}
        for report in reports:
            by_happening.setdefault(report.pop("happening_id"), []).append(report)
        for row in rows:
            row["reports"] = by_happening.get(row["happening_id"], [])
        return {"a": a, "b": b, "since": since, "until": until, "happenings": rows}

    def relations(self, a: str, b: str, by: str = "month", since: str | None = None,
                  until: str | None = None) -> dict[str, Any]:
        """The relation series of `detente relations` (corpus.relations.relation_series): per period,
        asserted happenings between a and b by QuadClass, with the Goldstein sum and mean.
        `series` holds both directions together; `directions` each one."""
        self._need_happenings()
        if by not in PERIODS:
            raise BadRequest(f"by must be one of {', '.join(PERIODS)}, got {by!r}")
        cursor = self.store.con.cursor()
        try:
            frame = relation_series(cursor, a, b, by=by, since=since, until=until)
        finally:
            cursor.close()
        rows = []
        for record in frame.to_dict(orient="records"):
            row = {key: _plain(None if isinstance(v, float) and math.isnan(v) else v) for key, v in record.items()}
            row["period_end"] = _period_end(row["period"], by)
            row["cooperation"] = row["verbal_cooperation_happenings"] + row["material_cooperation_happenings"]
            row["conflict"] = row["verbal_conflict_happenings"] + row["material_conflict_happenings"]
            rows.append(row)
        return {"a": a, "b": b, "by": by, "since": since, "until": until,
                "series": [r for r in rows if r["direction"] == "both"],
                "directions": [r for r in rows if r["direction"] != "both"]}

    # -- actors ---------------------------------------------------------------------------------
    def store_actors(self, query: str, limit: int) -> list[dict[str, Any]]:
        if ("actors", query, limit) in self._cache:
            return self._cache[("actors", query, limit)]
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query) + "%"
        return self._keep(("actors", query, limit), self._rows(
            "SELECT actor_id, any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector, "
            "any_value(kind) AS kind, count(DISTINCT doc_id) AS documents, sum(mention_count) AS mentions "
            "FROM actors WHERE actor_id ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\' OR country = upper(?) "
            "GROUP BY actor_id ORDER BY documents DESC, mentions DESC, actor_id LIMIT ?",
            [pattern, pattern, query, limit]))

    def country_counts(self) -> dict[str, int]:
        """How many events name each country on either side."""
        if ("countries",) in self._cache:
            return self._cache[("countries",)]
        rows = self._rows(
            "SELECT c AS country, count(DISTINCT event_id) AS n FROM (SELECT event_id, "
            "unnest(list_concat(source_countries, target_countries)) AS c FROM events) GROUP BY 1", [])
        return self._keep(("countries",), {r["country"]: r["n"] for r in rows})

    # -- documents ------------------------------------------------------------------------------
    def document(self, doc_id: str) -> dict[str, Any]:
        """The cleaned text of a document and the spans of its events, actors and quotes."""
        docs = self._rows("SELECT doc_id, title, source, url, authors, language, published, published_source, "
                          "external_id, text FROM documents WHERE doc_id = ?", [doc_id])
        if not docs:
            raise NotFound(f"no document {doc_id!r} in this store")
        doc = docs[0]
        events = self._event_rows(f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.doc_id = ? ORDER BY e.event_id",
                                  [doc_id])
        doc["events"] = self._with_evidence(events)
        actors = self._rows("SELECT actor_id, name, country, sector, role, kind, mentions FROM actors "
                            "WHERE doc_id = ? ORDER BY actor_id", [doc_id], ("mentions",))
        doc["actors"] = actors
        doc["quotes"] = self._rows(
            "SELECT quote_index, speaker_actor_id, speaker_text, speaker_description, cue, kind, text, "
            "start_char AS start, end_char AS \"end\", channel FROM quotes WHERE doc_id = ? ORDER BY quote_index",
            [doc_id], ("channel",))
        doc["claims"] = self._rows(
            "SELECT claim_index, value, value_max, unit, qualifier, text, start_char AS start, end_char AS \"end\" "
            "FROM claims WHERE doc_id = ? ORDER BY claim_index", [doc_id])
        return doc

    # -- network --------------------------------------------------------------------------------
    def warm_up(self) -> threading.Thread:
        """Count the store, build the party and word indexes and the dashboard's default network, in a
        background thread."""
        def run() -> None:
            with contextlib.suppress(duckdb.Error):  # the first thing the dashboard asks for
                self.overview()
            if self.party_index is not None:
                self.party_index.build(self.store.con)
                if self.word_index is not None and self.party_index.ready.is_set():
                    self.event_rows = EventRows(self.party_index.con, SORTS)
                    self.word_index.build(self.store.con, self.party_index.con)
            with contextlib.suppress(duckdb.Error):  # asked again by a request, which reports it
                self.network()
                self.country_counts()
                self.store_actors("", 10_000)

        thread = threading.Thread(target=run, daemon=True, name="detente-warm-up")
        thread.start()
        return thread

    def network(self, since: str | None = None, until: str | None = None, min_events: int = 1,
                factuality: str | None = "asserted", limit: int = 300) -> dict[str, Any]:
        """Countries as nodes; an edge per pair that events join, weighted by events and coloured by
        the QuadClass most of them have (kept once computed, over a read-only store)."""
        key = ("network", since, until, min_events, factuality, limit)
        if key in self._cache:
            return self._cache[key]
        return self._keep(key, self._network(since, until, min_events, factuality, limit))

    def _keep(self, key: tuple, answer: Any) -> Any:
        if self.read_only:
            if len(self._cache) >= 64:  # many distinct periods asked: start again rather than grow
                self._cache.clear()
            self._cache[key] = answer
        return answer

    def _network(self, since: str | None, until: str | None, min_events: int, factuality: str | None,
                 limit: int) -> dict[str, Any]:
        flt = EventFilter(factuality=factuality, since=since, until=until)
        where, args = self._where(flt)
        where_sql = (" WHERE " + " AND ".join(where)) if where else ""
        sql = ("WITH sides AS (SELECT e.event_id, e.quad_class, e.goldstein, "
               "list_distinct(e.source_countries) AS s, list_distinct(e.target_countries) AS t "
               f"FROM events e{where_sql}), "
               "firsts AS (SELECT event_id, quad_class, goldstein, unnest(s) AS x, "
               "CASE WHEN len(t) > 0 THEN t ELSE s END AS others FROM sides), "
               "pairs AS (SELECT DISTINCT event_id, quad_class, goldstein, least(x, y) AS a, greatest(x, y) AS b "
               "FROM (SELECT event_id, quad_class, goldstein, x, unnest(others) AS y FROM firsts) WHERE x <> y) "
               "SELECT a, b, count(*) AS events, "
               "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
               "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, "
               "round(avg(goldstein), 3) AS goldstein_mean FROM pairs GROUP BY a, b HAVING count(*) >= ? "
               "ORDER BY events DESC, a, b LIMIT ?")
        edges = self._rows(sql, [*args, min_events, limit])
        nodes: dict[str, int] = {}
        for edge in edges:
            counts = [edge.pop(f"q{q}") for q in (1, 2, 3, 4)]
            edge["by_quad_class"] = dict(zip(("1", "2", "3", "4"), counts, strict=True))
            edge["quad_class"] = 1 + max(range(4), key=lambda i: (counts[i], -i))
            for code in (edge["a"], edge["b"]):
                nodes[code] = nodes.get(code, 0) + edge["events"]
        return {"nodes": [{"id": k, "events": v} for k, v in sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0]))],
                "edges": edges}

    def overview(self) -> dict[str, Any]:
        """What the store holds (kept once counted, over a read-only store) and which indexes are ready."""
        held = self._cache.get(("overview",))
        if held is None:
            counts = {table: self._rows(f"SELECT count(*) AS n FROM {table}", [])[0]["n"]
                      for table in ("documents", "events", "event_mentions", "actors", "quotes", "claims")}
            span = self._rows("SELECT min(day) AS first, max(day) AS last FROM events", [])[0]
            held = self._keep(("overview",), {"counts": counts, "first_event": span["first"],
                                              "last_event": span["last"]})
        return {**held, "has_happenings": self.has_happenings,
                "party_index": None if self.party_index is None else self.party_index.ready.is_set(),
                "word_index": None if self.word_index is None else self.word_index.ready.is_set()}


def _period_end(start: str, by: str) -> str:
    day = dt.date.fromisoformat(start)
    if by in ("day", "week"):
        return (day + dt.timedelta(days=6 if by == "week" else 0)).isoformat()
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    month = day.month - 1 + months
    first_next = dt.date(day.year + month // 12, month % 12 + 1, 1)
    return (first_next - dt.timedelta(days=1)).isoformat()
