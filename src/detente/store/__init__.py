"""The store: coded documents in one DuckDB file, the one source for the CLI, API and exports.

Ingest is idempotent by doc_id (a hash of the cleaned text): a document already stored is
skipped before any NLP work. Each document is written in its own transaction, so a crash or
a bad input never leaves half a document and never loses the documents already written.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from detente import corpus
from detente.analysis import Analysis
from detente.ingest import Prepared, prepare, read_inputs
from detente.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION = "1"


class SchemaMismatch(RuntimeError):
    pass


@dataclass
class IngestReport:
    coded: int = 0
    skipped: int = 0  # already in the store (same doc_id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, error)
    events: int = 0

    def summary(self) -> str:
        lines = [f"coded {self.coded} new document(s), {self.events} event(s); "
                 f"skipped {self.skipped} already stored; {len(self.failed)} failed"]
        lines += [f"  failed: {where}: {error}" for where, error in self.failed]
        return "\n".join(lines)


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


class Store:
    """A DuckDB file holding coded documents. Use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self._create()
        self._check_version()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema ---------------------------------------------------------------------------------
    def _create(self) -> None:
        self.con.execute(resources.files("detente.store").joinpath("schema.sql").read_text("utf-8"))
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])
        corpus.create_schema(self.con)

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException as exc:
            raise SchemaMismatch(f"{self.path} is not a Détente store (no meta table)") from exc
        if row is None or row[0] != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise SchemaMismatch(f"{self.path} has schema version {found}; this Détente writes {SCHEMA_VERSION}")

    # -- writing --------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def ingest(self, paths: Iterable[str | Path], published: str | None = None, source: str | None = None,
               model: str | None = None, on_document: Callable[[dict[str, Any]], None] | None = None,
               settings: Settings | None = None, replace: bool = False) -> IngestReport:
        """Code and store every document under the given paths; skip those already stored.

        With `replace`, documents already stored are coded again and replace their old rows
        (their happenings and stories are updated)."""
        from detente.pipeline import Coder

        report = IngestReport()
        todo = self._new_documents((prepare(raw, published=published, source=source) for raw in read_inputs(paths)),
                                   report, replace=replace)
        first = next(todo, None)
        if first is None:
            self.link_pending()
            return report
        coder = Coder(model, settings=settings)
        for result in coder.analyse_prepared(itertools.chain([first], todo)):
            if isinstance(result, Analysis):
                record, where = result.to_record(), result.document.origin or "?"
            else:
                record, where = result, result["document"].get("input") or "?"
            self._store_result(record, where, report, replace=replace)
            if on_document:
                on_document(record)
        self.link_pending()
        return report

    def _new_documents(self, prepared: Iterator[Prepared], report: IngestReport, replace: bool = False
                       ) -> Iterator[Prepared]:
        seen: set[str] = set()
        for item in prepared:
            if item.error is None and (item.document.doc_id in seen or
                                       (not replace and self.has_document(item.document.doc_id))):
                report.skipped += 1
                continue
            if item.error is None:
                seen.add(item.document.doc_id)
            yield item

    def _store_result(self, record: dict[str, Any], where: str, report: IngestReport, replace: bool = False
                      ) -> None:
        if "error" not in record:
            try:
                self.add_record(record, input_name=where, replace=replace)
            except duckdb.Error as exc:  # keep going: the documents already written stay written
                record = {**record, "error": f"could not store the document: {exc}"}
            else:
                report.coded += 1
                report.events += len(record["events"])
                return
        report.failed.append((where, record["error"]))
        self.con.execute("INSERT INTO failures VALUES (?, ?, ?, now())",
                         [where, record["document"].get("doc_id"), record["error"]])

    def add_record(self, record: dict[str, Any], input_name: str | None = None, replace: bool = False) -> bool:
        """Write one coded record in a single transaction, then link it into happenings and stories.

        False if its doc_id is already stored (unless `replace`: then the old rows go first)."""
        doc = record["document"]
        if self.has_document(doc["doc_id"]):
            if not replace:
                return False
            self.delete_document(doc["doc_id"])
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)",
                [doc["doc_id"], doc.get("title"), doc.get("source"), doc.get("url"), doc.get("authors") or [],
                 doc.get("language"), doc.get("published"), doc.get("published_source"), doc.get("external_id"),
                 input_name, doc.get("text"), json.dumps(record, ensure_ascii=False)],
            )
            for actor in record["actors"]:
                con.execute(
                    "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [doc["doc_id"], actor["actor_id"], actor.get("name"), actor.get("country"), actor.get("sector"),
                     actor.get("role"), actor.get("kind"), len(actor.get("mentions", [])),
                     json.dumps(actor.get("mentions", []), ensure_ascii=False)],
                )
            for event in record["events"]:
                self._insert_event(doc["doc_id"], event)
            for index, quote in enumerate(record["quotes"]):
                speaker = quote.get("speaker") or {}
                con.execute(
                    "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc["doc_id"], index, speaker.get("actor_id"), speaker.get("text"),
                     quote.get("speaker_description"), quote.get("cue"), quote.get("kind"), quote.get("text"),
                     quote.get("start"), quote.get("end"), json.dumps(quote.get("channel"), ensure_ascii=False)],
                )
            for index, claim in enumerate(record["claims"]):
                con.execute(
                    "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc["doc_id"], index, claim.get("value"), claim.get("value_max"), claim.get("unit"),
                     claim.get("qualifier"), claim.get("text"), claim.get("start"), claim.get("end"),
                     claim.get("sentence"), json.dumps(claim.get("claimant"), ensure_ascii=False)],
                )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        self.link_pending([doc["doc_id"]])
        return True

    # -- the corpus: happenings and stories -------------------------------------------------------
    def link_pending(self, doc_ids: list[str] | None = None) -> int:
        """Link stored documents not yet in a story or happening (all of them when doc_ids is None).

        Bulk writers call this once after a batch; linking reads only the new documents and the
        happenings they may join, never the whole corpus."""
        if doc_ids is None:
            doc_ids = [r[0] for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM stories) ORDER BY doc_id"
            ).fetchall()]
        if not doc_ids:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            linked = corpus.link_documents(self.con, doc_ids)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return linked

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and everything coded from it; its happenings and stories are updated."""
        if not self.has_document(doc_id):
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            corpus.forget_documents(con, [doc_id])
            for table in ("event_mentions", "events", "actors", "quotes", "claims", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return True

    def _insert_event(self, doc_id: str, event: dict[str, Any]) -> None:
        sides = {name: event.get(name) or [] for name in ("source", "target")}
        self.con.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [event["event_id"], doc_id, event.get("event_type"), event.get("mode"), event.get("contexts") or [],
             event.get("cameo"), event.get("goldstein"), event.get("quad_class"),
             json.dumps(sides["source"], ensure_ascii=False), json.dumps(sides["target"], ensure_ascii=False),
             [s.get("actor_id") for s in sides["source"] if s.get("actor_id")],
             [s.get("actor_id") for s in sides["target"] if s.get("actor_id")],
             [s.get("country") for s in sides["source"] if s.get("country")],
             [s.get("country") for s in sides["target"] if s.get("country")],
             event.get("factuality"), event.get("date"), event.get("date_end"),
             day_of(event.get("date")), day_of(event.get("date_end")),
             event.get("date_precision"), event.get("date_basis"), event.get("historical"),
             json.dumps(event.get("location"), ensure_ascii=False), event.get("confidence"), event.get("evidence"),
             len(event.get("mentions") or [])],
        )
        for mention in event.get("mentions") or []:
            trigger = mention.get("trigger") or {}
            self.con.execute(
                "INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [event["event_id"], doc_id, mention.get("sentence"), mention.get("start"), mention.get("end"),
                 mention.get("text"), trigger.get("start"), trigger.get("end"), trigger.get("text")],
            )

    # -- reading --------------------------------------------------------------------------------
    def events(self, actor: str | None = None, event_type: str | None = None, since: str | None = None,
               until: str | None = None, factuality: str | None = None, limit: int | None = None
               ) -> list[dict[str, Any]]:
        """Stored events, filtered, oldest first. `actor` matches a country code or an actor id on either side."""
        where, args = [], []
        if actor:
            where.append("(list_contains(source_countries, ?) OR list_contains(target_countries, ?) OR "
                         "list_contains(source_actor_ids, ?) OR list_contains(target_actor_ids, ?))")
            args += [actor.upper(), actor.upper(), actor, actor]
        if event_type:
            where.append("event_type = ?")
            args.append(event_type.upper())
        if since:
            where.append("coalesce(day_end, day) >= CAST(? AS DATE)")
            args.append(since)
        if until:
            where.append("day <= CAST(? AS DATE)")
            args.append(until)
        if factuality:
            where.append("factuality = ?")
            args.append(factuality)
        sql = ("SELECT e.*, he.happening_id, st.story_id, d.title AS doc_title, d.published AS doc_published "
               "FROM events e JOIN documents d USING (doc_id) LEFT JOIN (SELECT event_id AS he_event, happening_id FROM happening_events) he "
               "ON he.he_event = e.event_id "
               "LEFT JOIN (SELECT doc_id AS st_doc, story_id FROM stories) st ON st.st_doc = e.doc_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY day NULLS LAST, doc_id, event_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, args)

    def _dicts(self, sql: str, args: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, args or [])
        names = [d[0] for d in cursor.description]
        rows = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            for key in ("source", "target", "location"):
                if isinstance(row.get(key), str):
                    row[key] = json.loads(row[key])
            for key, value in row.items():
                if isinstance(value, dt.date | dt.datetime):
                    row[key] = value.isoformat()
            rows.append(row)
        return rows

    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
                for table in ("documents", "actors", "events", "event_mentions", "quotes", "claims", "failures")}

    def events_by_type(self) -> list[tuple[str, int, int]]:
        """(type, all events, asserted events) per PLOVER type."""
        return self.con.execute(
            "SELECT event_type, count(*), count(*) FILTER (WHERE factuality = 'asserted') FROM events "
            "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()

    def dyad_timeline(self, a: str, b: str) -> list[dict[str, Any]]:
        """Events between two countries (either direction, or both acting together), by date."""
        sql = ("SELECT e.*, d.title AS doc_title FROM events e JOIN documents d USING (doc_id) WHERE "
               "((list_contains(source_countries, ?) AND (list_contains(target_countries, ?) OR list_contains(source_countries, ?))) OR "
               " (list_contains(source_countries, ?) AND (list_contains(target_countries, ?) OR list_contains(source_countries, ?)))) "
               "ORDER BY day NULLS LAST, event_id")
        return self._dicts(sql, [a, b, b, b, a, a])

    # -- the corpus: happenings, relations --------------------------------------------------------
    def relations(self, a: str, b: str, by: str = "month", since: str | None = None,
                  until: str | None = None) -> pd.DataFrame:
        """Per period, happenings and reports between A and B by QuadClass, Goldstein and top types.

        One row per period and direction ("A->B", "B->A", "both"); asserted happenings only."""
        from detente.corpus.relations import relation_series

        return relation_series(self.con, a, b, by=by, since=since, until=until)

    def happening(self, happening_id: str) -> dict[str, Any] | None:
        """One happening with its consensus, the disagreement, its events, mentions and documents."""
        rows = self._dicts("SELECT * EXCLUDE (signature) FROM happenings WHERE happening_id = ?", [happening_id])
        if not rows:
            return None
        found = rows[0]
        for key in ("date_votes", "type_votes", "dyad_votes"):
            if isinstance(found.get(key), str):
                found[key] = json.loads(found[key])
        members = "SELECT event_id FROM happening_events WHERE happening_id = ?"
        found["events"] = self._dicts(f"SELECT * FROM events WHERE event_id IN ({members}) ORDER BY day, doc_id",
                                      [happening_id])
        found["mentions"] = self._dicts(
            f"SELECT * FROM event_mentions WHERE event_id IN ({members}) ORDER BY doc_id, sentence", [happening_id])
        found["documents"] = self._dicts(
            "SELECT d.doc_id, d.title, d.source AS news_source, d.url, d.published, s.story_id FROM documents d "
            "LEFT JOIN stories s USING (doc_id) WHERE d.doc_id IN "
            "(SELECT doc_id FROM happening_events WHERE happening_id = ?) ORDER BY d.published, d.doc_id",
            [happening_id])
        return found

    def happenings(self, actor: str | None = None, since: str | None = None, until: str | None = None,
                   factuality: str | None = None, min_articles: int = 1, limit: int | None = None
                   ) -> list[dict[str, Any]]:
        """Stored happenings (one row per real-world happening), oldest first."""
        where, args = ["n_articles >= ?"], [min_articles]
        if actor:
            where.append("(list_has_any(source_codes, ?) OR list_has_any(target_codes, ?))")
            args += [sorted({actor, actor.upper()})] * 2
        if since:
            where.append("coalesce(day_end, day) >= CAST(? AS DATE)")
            args.append(since)
        if until:
            where.append("day <= CAST(? AS DATE)")
            args.append(until)
        if factuality:
            where.append("factuality = ?")
            args.append(factuality)
        sql = (f"SELECT * EXCLUDE (signature) FROM happenings WHERE {' AND '.join(where)} "
               "ORDER BY day NULLS LAST, happening_id")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, args)

    def export(self, fmt: str, out: str | Path, actor: str | None = None, since: str | None = None,
               until: str | None = None, event_type: str | None = None, factuality: str | None = None) -> int:
        """Write happenings as gdelt | polecat | parquet | csv | jsonl (see detente.corpus.export)."""
        from detente.corpus.export import export

        return export(self.con, fmt, out, actor=actor, since=since, until=until, event_type=event_type,
                      factuality=factuality)

    def summary(self, dyad: tuple[str, str] | None = None, limit: int = 10) -> dict[str, Any]:
        """Counts, events by type, the most active dyads with their trend, and a dyad's timeline."""
        from detente.corpus.summary import active_dyads, corpus_counts, dyad_happenings

        return {"counts": corpus_counts(self.con), "by_type": self.events_by_type(),
                "dyads": active_dyads(self.con, limit=limit),
                "timeline": dyad_happenings(self.con, *dyad) if dyad else []}
