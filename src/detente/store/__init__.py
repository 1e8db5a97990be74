"""The store: coded documents in one DuckDB file, the one source for the CLI, API and exports.

Ingest is idempotent by doc_id (a hash of the cleaned text): a document already stored is
skipped before any NLP work. Coded records are written in batches, each batch one transaction
of bulk inserts (`store.bulk`), so a crash never leaves half a document and never loses the
batches already written; a re-run codes only what is missing. A failed input keeps one row in
`failures` (the latest reason), however often it is ingested again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from dataclasses import replace as replace_field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from detente import corpus
from detente.ingest import read_inputs
from detente.records import RawDocument
from detente.safetext import brief
from detente.settings import Settings
from detente.store import inputs
from detente.store.bulk import RecordRejected, insert_rows, merge_rows
from detente.store.bulk import day_of as day_of  # part of this module's API (filters, tests)
from detente.store.filters import common_filters, happening_party_filter
from detente.store.items import StoreItem, as_item, store_item

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION = "1"
FLUSH_DOCUMENTS = 256  # write at least this often (documents) ...
FLUSH_SECONDS = 10.0  # ... or this often (seconds), so a killed run loses little work. Each write costs
# a few dozen statements whatever its size, and its linking reads and re-scores every happening the
# batch's events join (all their members), so larger batches cost less: with 64 documents / 4 s, a
# busy machine cut 400 documents into 30 batches and linking read the large happenings 30 times
FLUSH_MIN_DOCUMENTS = 64  # ... but a write due by time waits for this many documents (a run on a busy
FLUSH_MAX_SECONDS = 60.0  # machine, coding slowly, wrote 20-document batches), or for this long at most
KEEP_ARTICLES = 50_000  # a run keeps this many of its articles for its story grouping; the rest are read back


class StoreError(RuntimeError):
    """The store cannot be opened or written (missing folder, locked, not a store, disk full)."""


class SchemaMismatch(StoreError):
    pass


@dataclass
class IngestReport:
    coded: int = 0
    skipped: int = 0  # already in the store (same doc_id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, error)
    events: int = 0
    reused_shards: int = 0  # Dask runs: partitions an interrupted run had already coded

    def summary(self) -> str:
        lines = [f"coded {self.coded} new document(s), {self.events} event(s); "
                 f"skipped {self.skipped} already stored; {len(self.failed)} failed"]
        if self.reused_shards:
            lines[0] += f"; reused {self.reused_shards} shard(s) of an interrupted run"
        lines += [f"  failed: {where}: {error}" for where, error in self.failed]
        return "\n".join(lines)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection, or one clear StoreError saying why there is none."""
    if not read_only and not path.parent.exists():
        raise StoreError(f"cannot create the store {path}: folder {path.parent} does not exist")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        message = str(exc)
        if "lock" in message.lower():
            reason = "it is in use by another process (one writer at a time; wait for it to finish)"
        elif "not a valid duckdb" in message.lower() or "database file" in message.lower():
            reason = "it is not a DuckDB database"
        elif "permission" in message.lower() or "read-only" in message.lower():
            reason = "permission denied"
        else:
            reason = brief(message.splitlines()[0] if message else type(exc).__name__, 200)
        raise StoreError(f"cannot open the store {path}: {reason}") from exc


@dataclass
class _Written:
    """What one insert did, counted into the report only once its transaction commits."""

    fresh: list[StoreItem] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0

    def add_to(self, report: IngestReport) -> None:
        report.coded += len(self.fresh)
        report.events += sum(item.events for item in self.fresh)
        report.failed += self.failures
        report.skipped += self.skipped


def _warm_writer() -> None:
    """What the writer's story grouping would import (scipy's sparse matrices), imported while the
    workers load the model, not on the way to the last record. (The writes build their Arrow arrays
    with detente.columnar, which does not import pandas as `pyarrow.array` would.)"""
    from scipy import sparse  # noqa: F401


def _due(documents: int, seconds: float) -> bool:
    """Whether a run writes its batch now: at FLUSH_DOCUMENTS, after FLUSH_SECONDS once it holds
    FLUSH_MIN_DOCUMENTS, after FLUSH_MAX_SECONDS whatever it holds. The time bounds what a killed run
    loses; the minimum keeps a slow run (a busy machine) from paying the per-batch cost of writing
    and linking for every handful of documents."""
    if documents >= FLUSH_DOCUMENTS:
        return True
    return seconds > FLUSH_MAX_SECONDS or (seconds > FLUSH_SECONDS and documents >= FLUSH_MIN_DOCUMENTS)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; a stop (SIGTERM, Ctrl-C) that came after its COMMIT leaves none to undo."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


class Store:
    """A DuckDB file holding coded documents. Use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self.con = _open(self.path, read_only)
        try:
            if not read_only:
                self._refuse_foreign()
                self._create()
            self._check_version()
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema ---------------------------------------------------------------------------------
    def _refuse_foreign(self) -> None:
        """Never write our tables into someone else's database."""
        tables = {row[0] for row in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()").fetchall()}
        if tables and "meta" not in tables:
            raise SchemaMismatch(f"{self.path} is a DuckDB database but not a Détente store (it holds "
                                 f"{len(tables)} other table(s)); choose another --db")

    def _create(self) -> None:
        try:
            self.con.execute(resources.files("detente.store").joinpath("schema.sql").read_text("utf-8"))
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                             [SCHEMA_VERSION])
            corpus.create_schema(self.con)
            self.con.execute(inputs.SCHEMA)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot write to the store {self.path}: {brief(str(exc), 200)}") from exc

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

    def doc_ids(self) -> set[str]:
        """Every stored doc_id (what a run skips)."""
        return {row[0] for row in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def ingest(self, paths: Iterable[str | Path], published: str | None = None, source: str | None = None,
               model: str | None = None, on_document: Callable[[StoreItem], None] | None = None,
               settings: Settings | None = None, workers: int = 1, replace: bool = False,
               raws: Iterable[RawDocument] | None = None, started: Any = None) -> IngestReport:
        """Code and store every document under the given paths; skip those already stored.

        Documents are coded on `workers` processes (each with the model loaded once; see
        runs/parallel.py), which also make each record's rows, event features and story article
        (store/items.py); this process, the one writer, meanwhile stores them in input order, in
        bulk, and links each written batch into happenings; stories are grouped once, at the end,
        over everything the run wrote. `on_document` is called with each coded document's StoreItem
        (its `.record` reads the record back). Inputs whose fingerprint the store knows are skipped
        before cleaning (store/inputs.py). With `replace`, documents already stored are coded again
        and replace their old rows (their happenings and stories are updated). `raws`: the inputs
        already being read (from `paths`), if the caller began; `started`: coding workers the caller
        spawned before opening the store (runs.parallel.prestart), used if the store skips nothing."""
        from detente.runs.parallel import Skipped, code_stream

        report = IngestReport()
        if model is not None:
            settings = Settings(model=model) if settings is None else replace_field(settings, model=model)
        prints = inputs.Fingerprints(published, source)
        seen = set() if replace else inputs.known(self.con)
        sent: deque[str | None] = deque()  # fingerprints of the inputs handed to the coder, in order
        read_all = False  # every input read: what is left is in the workers' hands

        def unseen() -> Iterator[RawDocument]:
            """The inputs not stored before; those whose fingerprint is known are skipped here, before
            any cleaning, worker or model (what makes re-ingesting a stored corpus cheap)."""
            nonlocal read_all
            for raw in read_inputs(paths) if raws is None else raws:
                mark = prints(raw)
                if mark is not None and mark in seen:
                    report.skipped += 1
                    continue
                sent.append(mark)
                yield raw
            read_all = True

        # the doc_ids stored now and as the run writes them: what the workers skip, and which
        # fingerprints may be kept, without asking the store again after every batch
        stored: set[str] = self.doc_ids()
        stream = code_stream(unseen(), workers=workers, settings=settings, published=published,
                             source=source, skip=set() if replace else stored, encode=store_item,
                             apart=True, on_start=_warm_writer, started=started)
        tail_written = False  # the batch held when the last input was read is written then, not after
        batch: list[tuple[StoreItem, str]] = []
        marks: list[tuple[str, str]] = []  # (fingerprint, doc_id) of this batch's inputs, kept once stored
        articles: dict[str, corpus.Article] = {}  # the run's stored articles, for its story grouping
        last = time.monotonic()
        for origin, item in stream:
            mark = sent.popleft()
            if isinstance(item, Skipped):
                report.skipped += 1
                if mark is not None:
                    marks.append((mark, item.doc_id))
                continue
            if mark is not None and item.error is None and item.doc_id:
                marks.append((mark, item.doc_id))
            batch.append((item, origin))
            if on_document:
                on_document(item)
            # once every input is read, the batch held is written while the workers code the last
            # chunks, so that after the last document only those few are left to write and link
            tail = read_all and not tail_written and len(batch) >= FLUSH_MIN_DOCUMENTS
            if tail or _due(len(batch), time.monotonic() - last):
                tail_written = tail_written or read_all
                self._flush_run(batch, marks, stored, report, replace, articles)
                batch, marks, last = [], [], time.monotonic()
        self._flush_run(batch, marks, stored, report, replace, articles)
        # stories once per run, over everything it wrote (and what an interrupted run left unlinked),
        # so the grouping does not depend on how the run cut its batches or on the workers' pace
        self.link_pending(articles=articles)
        return report

    def _flush_run(self, batch: list[tuple[StoreItem, str]], marks: list[tuple[str, str]], stored: set[str],
                   report: IngestReport, replace: bool, articles: dict[str, corpus.Article]) -> None:
        """One batch of a run: written and linked, `stored` kept up to date, its fingerprints kept."""
        if replace:  # their old copies go first; whether they come back depends on this write
            stored.difference_update(item.doc_id for item, _w in batch if item.error is None and item.doc_id)
        stored.update(self._flush(batch, report, replace, articles=articles))
        self._remember(marks, stored)

    def _remember(self, marks: list[tuple[str, str]], stored: set[str]) -> None:
        """Keep the fingerprints of inputs whose documents are now stored (see store/inputs.py);
        `stored` holds every stored doc_id (those of the store before the run and those it wrote)."""
        inputs.remember(self.con, [(m, d) for m, d in marks if d in stored])

    def _flush(self, batch: list[tuple[StoreItem, str]], report: IngestReport, replace: bool,
               stories: bool = False, articles: dict[str, corpus.Article] | None = None) -> list[str]:
        """Write one batch (old copies first, with `replace`) and link the documents it wrote into
        happenings (and, with `stories`, into stories; `ingest` groups stories once per run and
        collects the batch's stored articles into `articles` for that); returns their doc_ids.

        What was written is known from the write itself, not asked of the store again. A document
        stored before but left unlinked (a run killed between the two commits) is linked by the
        run's closing `link_pending`."""
        if replace:
            for item, _where in batch:
                if item.error is None and item.doc_id:
                    self.delete_document(item.doc_id)
        fresh = self.write_batch(batch, report)
        items = {item.doc_id: item for item in sorted(fresh, key=lambda item: item.doc_id or "") if item.doc_id}
        if items:
            if articles is not None and len(articles) < KEEP_ARTICLES:
                articles.update((d, item.article) for d, item in items.items() if item.article is not None)
            self.link_pending(list(items), items, stories=stories)
        return list(items)

    def write_batch(self, batch: list[tuple[dict[str, Any] | StoreItem, str]],
                    report: IngestReport | None = None) -> list[StoreItem]:
        """Store coded records or items (and failures) in one transaction; records already stored are skipped.
        Returns the items of the documents it stored.

        A record the store rejects is retried alone and, if it fails again, kept as a failure.
        Losing the disk or the file is a StoreError: what was written before stays written."""
        report = report if report is not None else IngestReport()
        if not batch:
            return []
        items = [(as_item(record, linking=False), where) for record, where in batch]
        try:
            return self._write(items, report)
        except (RecordRejected, duckdb.ConstraintException, duckdb.ConversionException,
                duckdb.InvalidInputException) as exc:
            if len(items) == 1:
                item, where = items[0]
                failed = StoreItem(item.doc_id, error=f"could not store the document: {brief(str(exc), 200)}")
                self._write([(failed, where)], report)
                return []
            return [fresh for one in items for fresh in self.write_batch([one], report)]
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to the store {self.path}: {brief(str(exc), 200)}; documents "
                             "stored before this point are kept, and a re-run codes the rest") from exc

    def _write(self, batch: list[tuple[StoreItem, str]], report: IngestReport) -> list[StoreItem]:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            done = self._insert(batch)
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise
        done.add_to(report)
        return done.fresh

    def load_all(self, batches: Iterable[list[tuple[dict[str, Any] | StoreItem, str]]], report: IngestReport,
                 then: Callable[[], None] | None = None) -> None:
        """Store many batches in ONE transaction: all of them, or (on any error) none.

        Each batch's events are linked into happenings inside that transaction as the batch is written
        (as `ingest` links each batch it writes), so that a caller feeding batches while they are coded
        elsewhere (`ingest --dask`) links while it waits; the documents are grouped into stories once,
        at the end, as one set, from the articles kept here (nothing is read back from the store), in
        the same transaction, and `then` (the caller's last writes) runs in it too: one commit, not
        three (each a write of the log and a sync, the last of them after every worker is done)."""
        con = self.con
        done = _Written()
        articles: dict[str, corpus.Article] = {}  # the run's stored articles, for its story grouping
        con.execute("BEGIN TRANSACTION")
        try:
            for batch in batches:
                part = self._insert([(as_item(record, linking=True), where) for record, where in batch])
                done.fresh += part.fresh
                done.failures += part.failures
                done.skipped += part.skipped
                fresh = {item.doc_id: item for item in part.fresh if item.doc_id}
                if fresh:
                    features = {d: item.features for d, item in fresh.items() if item.features is not None}
                    corpus.link_happenings(con, sorted(fresh), features=features)
                    if len(articles) < KEEP_ARTICLES:
                        articles.update((d, item.article) for d, item in fresh.items() if item.article is not None)
            # stories once, over everything loaded, then what an interrupted earlier run left unlinked
            self._link_pending(None, {}, True, articles)
            if then is not None:
                then()
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise
        done.add_to(report)
        corpus.layout.maybe_sort(con)

    def _insert(self, batch: list[tuple[StoreItem, str]]) -> _Written:
        """Insert a batch inside the caller's transaction: new documents, and one failure row per input."""
        con = self.con
        done = _Written()
        good = [(item, w) for item, w in batch if item.error is None]
        stored = set()
        if good:
            ids = [item.doc_id for item, _w in good]
            stored = {row[0] for row in con.execute(
                "SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids]).fetchall()}
        fresh, seen = [], set(stored)
        for item, where in good:
            if item.doc_id in seen:
                done.skipped += 1
                continue
            seen.add(item.doc_id)
            fresh.append((item, where))
        failures = [(w, item.doc_id, item.error) for item, w in batch if item.error is not None]
        insert_rows(con, merge_rows([item.rows_for(where) for item, where in fresh]))
        touched = [w for _r, w in fresh] + [w for w, _d, _e in failures]
        if touched:
            con.execute("DELETE FROM failures WHERE list_contains(?, input)", [touched])
        for where, doc_id, error in failures:
            con.execute("INSERT INTO failures VALUES (?, ?, ?, now())", [where, doc_id, error])
        done.fresh, done.failures = [item for item, _w in fresh], [(w, e) for w, _d, e in failures]
        return done

    def add_record(self, record: dict[str, Any], input_name: str | None = None, replace: bool = False) -> bool:
        """Write one coded record in a single transaction, then link it into happenings and stories.

        False if its doc_id is already stored (unless `replace`: then the old rows go first)."""
        item = as_item(record)
        if self.has_document(item.doc_id or ""):
            if not replace:
                return False
            self.delete_document(item.doc_id or "")
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            insert_rows(con, item.rows_for(input_name))
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise
        self.link_pending([item.doc_id or ""], {item.doc_id or "": item})
        return True

    # -- the corpus: happenings and stories -------------------------------------------------------
    def add_records(self, records: list[dict[str, Any]], input_name: str | None = None) -> IngestReport:
        """Write many coded records in one transaction (those already stored are skipped), then link
        them into happenings and stories as one batch: what `ingest` does with each batch it codes."""
        report = IngestReport()
        self._flush([(as_item(r), input_name or r["document"]["doc_id"]) for r in records], report,
                    replace=False, stories=True)
        return report

    def link_pending(self, doc_ids: list[str] | None = None, items: dict[str, StoreItem] | None = None,
                     stories: bool = True, articles: dict[str, corpus.Article] | None = None) -> int:
        """Link stored documents not yet in a story or happening (all of them when doc_ids is None).

        Bulk writers call this once after a batch; linking reads only the new documents and the
        happenings they may join, never the whole corpus. Stories are grouped over the documents
        given as one set (see corpus/stories.py); `stories=False` links only the events. The
        items' event features and articles (and `articles`) save reading the records back."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            linked = self._link_pending(doc_ids, items or {}, stories, articles)
            self.con.execute("COMMIT")
        except BaseException:
            _rollback(self.con)
            raise
        if linked is None:
            return 0
        corpus.layout.maybe_sort(self.con)  # now and then, so relation series stay a few row groups
        return linked

    def _link_pending(self, doc_ids: list[str] | None, items: dict[str, StoreItem], stories: bool,
                      articles: dict[str, corpus.Article] | None) -> int | None:
        """`link_pending` inside the caller's transaction; None when nothing was left to link."""
        if doc_ids is None:
            unstoried = [r[0] for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM stories) ORDER BY doc_id"
            ).fetchall()]
            unlinked = [r[0] for r in self.con.execute(
                "SELECT DISTINCT doc_id FROM events WHERE event_id NOT IN (SELECT event_id FROM happening_events) "
                "ORDER BY doc_id").fetchall()]
        else:
            unstoried = unlinked = doc_ids
        if not unstoried and not unlinked:
            return None
        features = {d: item.features for d, item in items.items() if item.features is not None}
        known = dict(articles or {})
        known.update((d, item.article) for d, item in items.items() if item.article is not None)
        if stories and unstoried:
            corpus.link_stories(self.con, unstoried, articles=known)
        return corpus.link_happenings(self.con, unlinked, features=features) if unlinked else 0

    def optimize(self) -> int:
        """Put the relation pair table in party order now (linking does it now and then by itself);
        returns its rows. Worth running after loading a large corpus by other means."""
        return corpus.layout.sort_pairs(self.con)

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and everything coded from it; its happenings and stories are updated."""
        if not self.has_document(doc_id):
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            corpus.forget_documents(con, [doc_id])
            for table in ("event_mentions", "events", "actors", "quotes", "claims", "input_fingerprints", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise
        return True

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
        more, values = common_filters(since, until, event_type, factuality)
        where, args = where + more, args + values
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
                if isinstance(row.get(key), str) and row[key][:1] in ("[", "{"):  # happenings hold plain codes
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
        party, party_args = happening_party_filter(actor)
        dates, date_args = common_filters(since, until, factuality=factuality)
        where = ["n_articles >= ?", *party, *dates]
        args = [min_articles, *party_args, *date_args]
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
