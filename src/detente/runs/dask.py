"""Ingest on a Dask cluster: partitions coded on the workers, Parquet shards, one load, a run journal.

The client lists the input files and groups them into partitions. Each partition is a Dask task:
a worker reads its files, codes them with a Coder it keeps for its whole life (the model is loaded
once per worker process; the LocalCluster of `--dask local` forks its workers from a model server
that loaded it once for all of them, `ModelServer`), and writes one Parquet shard (input, doc_id, error, record as JSON, the
store's rows, the input's fingerprint) into the run journal, atomically (a temporary name, then a
rename). Inputs whose fingerprint the store knows are skipped there before cleaning, and the store
keeps the fingerprints of what the run stored, as a plain `ingest` does (store/inputs.py). A large JSONL file is cut at line
ends into pieces of a few lines, each a partition, so that one big file still keeps every worker
busy; the run's last lines (or a folder's last files) go in smaller partitions, the very last of one
input each, started longest first, so that the workers finish together. The client loads the shards into the store in one transaction, opened before the first shard
is ready and filled in input order as shards arrive, so loading overlaps the coding.

The journal (`<db>.journal/<run key>/`) is what makes a run resumable: the run key is a hash of the
inputs (paths, sizes, times) and options, so running the same command again finds the shards
already written and codes only the partitions that have none. A run killed while loading leaves
the store as it was (the transaction never committed); killed after, the next run loads the same
shards and skips every stored doc_id, so nothing is stored twice. The journal is removed once its
run is loaded.

Workers must see the input files and the journal folder at the same paths as the client (one
machine, or a shared file system on a cluster); see docs/scaling.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.ingest.readers import UsageError, read_file, read_jsonl_piece, walk
from detente.records import RawDocument
from detente.safetext import display_path
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.store import IngestReport
    from detente.store.items import StoreItem

FILES_PER_PARTITION = 32
BYTES_PER_PARTITION = 4 * 1024 * 1024
LINES_PER_PIECE = 16  # a JSONL file is cut into pieces of this many lines, so that workers share it ...
TAIL_LINES = 64  # ... and its last lines into pieces of a quarter as many, so that the workers finish together ...
LAST_LINES = 16  # ... and the very last into pieces of one line, started longest first (`start_priorities`)
LOAD_BATCH = 512  # records loaded into the store at once, at most ...
LOAD_MIN = 128  # ... and at least, when the next shard is still being coded (fewer at the end) ...
LOAD_TAIL = 2  # ... and any number once this few tasks are left: little is left to load after the last one
PLAN_VERSION = 5  # part of the run key: a journal written under another partitioning is not reused

# A LocalCluster's housekeeping at a slower pace: the event loops' tick, the system monitor (read by
# the dashboard, which is off) and the memory monitor run every 20, 500 and 100 ms by default, which
# on an idle LocalCluster of 2 costs its client 0.04 CPU s and each worker 0.03 CPU s per second of
# the run, taken from the cores the workers code on (about a sixth of that with these values).
# Each worker's statistical profiler (for the dashboard, which is off) samples the coding thread's stack
# every 10 ms: about a tenth more CPU per document on the workers; off for the cluster we start.
# Dask's nanny starts each worker with MALLOC_TRIM_THRESHOLD_=65536 (to hand freed memory back to the
# system at once); setting it also fixes glibc's mmap threshold at 128 kB, so the parser's large
# temporary arrays are mapped and unmapped afresh each time: 4.5 times the page faults and about a
# fifth more CPU per document (64 news documents coded in one process: 8.5-8.9 s without, 10.5-10.8 s
# with). Our workers hold no data between tasks, so the cluster we start leaves glibc's default.
QUIET_CLUSTER = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s",
                 "distributed.worker.memory.monitor-interval": "1s", "distributed.worker.profile.enabled": False,
                 "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}

Loaded = tuple["StoreItem | dict[str, Any]", str]  # what the store loads: an item (or a record) and its input
Piece = str | list  # a whole file, or [file, start byte, stop byte, first line] of a JSONL file


@dataclass
class Plan:
    """The partitions of a run and the inputs that failed before any coding (loops, broken links)."""

    partitions: list[list[Piece]]
    early_failures: list[RawDocument]
    key: str
    sizes: list[int] = field(default_factory=list)  # each partition's bytes of input


def plan_run(paths: Iterable[str | Path], options: dict[str, Any], files_per_partition: int = FILES_PER_PARTITION,
             bytes_per_partition: int = BYTES_PER_PARTITION) -> Plan:
    """Input files grouped into partitions in input order, and a key naming this exact run."""
    files: list[Path] = []
    early: list[RawDocument] = []
    for p in paths:
        if str(p) == "-":
            raise UsageError("--dask reads files and folders, not standard input")
        path = Path(p)
        if not os.path.lexists(path):
            raise UsageError(f"no such file or directory: {display_path(path)}")
        if path.is_dir():
            for item in walk(path):
                if isinstance(item, RawDocument):
                    early.append(item)
                else:
                    files.append(item)
        else:
            files.append(path)
    partitions: list[list[Piece]] = []
    sizes: list[int] = []
    lengths: dict[str, int] = {}  # each whole file's bytes
    current: list[Piece] = []
    size = 0
    digest = hashlib.sha256(json.dumps({**options, "plan": PLAN_VERSION, "lines": LINES_PER_PIECE, "tail": TAIL_LINES,
                                        "last": LAST_LINES, "files": files_per_partition,
                                        "bytes": bytes_per_partition}, sort_keys=True).encode())
    for file in files:
        try:
            st = file.stat()
            length, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            length, mtime = 0, 0
        name = os.fsdecode(file.resolve())
        digest.update(f"{display_path(name)}\0{length}\0{mtime}\n".encode())
        pieces = jsonl_pieces(file, LINES_PER_PIECE, bytes_per_partition) if length > 0 else None
        if pieces is not None and len(pieces) > 1:  # a piece is a partition of its own
            if current:
                partitions.append(current)
                sizes.append(size)
                current, size = [], 0
            partitions.extend([[name, start, stop, first]] for start, stop, first in pieces)
            sizes.extend(stop - start for start, stop, _first in pieces)
            continue
        current.append(name)
        lengths[name] = length
        size += length
        if len(current) >= files_per_partition or size >= bytes_per_partition:
            partitions.append(current)
            sizes.append(size)
            current, size = [], 0
    if current:
        partitions.append(current)
        sizes.append(size)
    _finer_file_tail(partitions, sizes, lengths)
    return Plan(partitions, early, digest.hexdigest()[:20], sizes)


def _finer_file_tail(partitions: list[list[Piece]], sizes: list[int], lengths: dict[str, int]) -> None:
    """Where the run ends in groups of whole files (a folder), cut its last TAIL_LINES files again as a
    JSONL file's last lines are cut: into groups of a quarter of LINES_PER_PIECE files, and the last
    LAST_LINES into one file each, so that the workers' last tasks are short (a last group of 32
    files would keep one worker coding them while the others have nothing left). In place."""
    tail, files = len(partitions), 0
    while tail > 0 and files < TAIL_LINES and all(isinstance(p, str) for p in partitions[tail - 1]):
        tail -= 1
        files += len(partitions[tail])
    names = [name for part in partitions[tail:] for name in part]
    if len(names) <= len(partitions) - tail:
        return  # one file per partition already
    group = max(1, LINES_PER_PIECE // 4)
    cut = max(0, len(names) - LAST_LINES)
    out: list[list[Piece]] = [list(names[i:min(i + group, cut)]) for i in range(0, cut, group)]
    out += [[name] for name in names[cut:]]
    del partitions[tail:], sizes[tail:]
    partitions.extend(out)
    sizes.extend(sum(lengths.get(str(n), 0) for n in part) for part in out)


def start_priorities(plan: Plan) -> list[int]:
    """Each partition's Dask priority (higher starts first): input order (0, first come first
    served), except the run's last LAST_LINES partitions of one input each (a JSONL file's one-line
    pieces, or single files), which start after all the others and among themselves longest first.
    Taken in input order, a long document among them could start last and hold one worker while the
    others have nothing left (news: a 22 KB article at line 397 of 400 coded for 1.1 s after the
    other worker's last task); longest first, the shortest end the run, so the workers end within a
    short document of each other. Cost per input is about proportional to its bytes. The loader
    waits for those shards in input order all the same: at most LAST_LINES one-input shards are left
    to load after the last task."""
    count = len(plan.partitions)
    tail = count
    while tail > 0 and count - tail < LAST_LINES and len(plan.partitions[tail - 1]) == 1:
        tail -= 1
    sizes = plan.sizes if len(plan.sizes) == count else [0] * count
    out = [0] * count
    for rank, index in enumerate(sorted(range(tail, count), key=lambda i: (-sizes[i], i))):
        out[index] = -1 - rank
    return out


def jsonl_pieces(path: Path, lines: int, max_bytes: int) -> list[tuple[int, int, int]] | None:
    """(start byte, stop byte, first line) of consecutive pieces of a plain JSONL file, each cut at a
    line end after `lines` lines or `max_bytes` bytes, the pieces holding its last TAIL_LINES lines cut
    again into pieces of a quarter as many, and its last LAST_LINES lines into pieces of one line
    (`_finer_tail`); None for any other file (compressed, other formats, UTF-16/32), which is read
    whole by one worker."""
    from detente.ingest.readers import JSONL_SUFFIXES

    if path.suffix.lower() not in JSONL_SUFFIXES:
        return None
    pieces: list[tuple[int, int, int, int]] = []  # ... and the number of lines in it
    try:
        with open(path, "rb") as handle:
            if handle.read(4).startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                return None
            handle.seek(0)
            start, first, offset, line, in_piece = 0, 1, 0, 1, 0
            while chunk := handle.read(1024 * 1024):
                at = chunk.find(b"\n")
                while at >= 0:
                    line += 1
                    in_piece += 1
                    end = offset + at + 1
                    if in_piece >= lines or end - start >= max_bytes:
                        pieces.append((start, end, first, in_piece))
                        start, first, in_piece = end, line, 0
                    at = chunk.find(b"\n", at + 1)
                offset += len(chunk)
            if offset > start:
                pieces.append((start, offset, first, in_piece + 1))
            pieces = _finer_tail(handle, pieces, max(1, lines // 4), TAIL_LINES, max_bytes)
            pieces = _finer_tail(handle, pieces, 1, LAST_LINES, max_bytes)
            return [(start, stop, first) for start, stop, first, _n in pieces]
    except OSError:
        return None  # the worker reading it whole reports the error as a record


def _finer_tail(handle: Any, pieces: list[tuple[int, int, int, int]], lines: int, tail_lines: int,
                max_bytes: int) -> list[tuple[int, int, int, int]]:
    """The pieces, those holding the file's last `tail_lines` lines (and at most `max_bytes`) cut again
    at every `lines` lines: the workers' last tasks are short, so they finish within a document or
    two of each other (with pieces of 16 lines one worker could still be coding 16 documents while
    the others are idle, and a worker holds the next task while it codes one)."""
    count, tail = 0, len(pieces)
    while tail > 1 and count < tail_lines and pieces[-1][1] - pieces[tail - 1][0] <= max_bytes:
        tail -= 1
        count += pieces[tail][3]
    out = pieces[:tail]
    if tail == len(pieces) or all(n <= lines for *_rest, n in pieces[tail:]):
        return pieces
    start, first = pieces[tail][0], pieces[tail][2]
    handle.seek(start)
    data = handle.read(pieces[-1][1] - start)
    cut, line, at = 0, 0, data.find(b"\n")
    while at >= 0:
        line += 1
        if line % lines == 0:
            out.append((start + cut, start + at + 1, first + line - lines, lines))
            cut = at + 1
        at = data.find(b"\n", at + 1)
    if cut < len(data):  # the lines after the last cut, the file's last one perhaps without its line end
        out.append((start + cut, start + len(data), first + line - line % lines,
                    line % lines + (not data.endswith(b"\n"))))
    return out


# -- on the workers ---------------------------------------------------------------------------
SHARD_COLUMNS = ("input", "doc_id", "error", "record", "item", "fingerprint", "skipped")


def _shard_types() -> dict[str, Any]:
    import pyarrow as pa

    return {"input": pa.string(), "doc_id": pa.string(), "error": pa.string(), "record": pa.string(),
            "item": pa.binary(), "fingerprint": pa.string(), "skipped": pa.bool_()}


_coders: dict[Settings, Any] = {}
_loads: list[str] = []  # which models this worker process has loaded (once each)


def worker_coder(settings: Settings) -> Any:
    """This worker process's ChunkCoder for these settings, made (and the model loaded) on first use.

    As `ingest`'s own workers do (runs/parallel.py), it codes one sentence first, so that what the
    coder loads on its first document is loaded here, and then takes everything loaded out of the
    garbage collector's view (`gc.freeze`): the model's millions of objects are never freed, and every
    full collection on the worker would otherwise walk them again. No full collection before the
    freeze: after the load it finds a few dozen unreachable objects and costs about 0.24 CPU s (in
    the model server, while every worker waits for it); those few stay, frozen with the rest."""
    if settings not in _coders:
        import gc

        from detente.runs.parallel import ChunkCoder

        coder = ChunkCoder(settings)
        coder.warm()
        gc.freeze()
        _coders[settings] = coder
        _loads.append(settings.model_name)
    return _coders[settings]


def model_loads() -> list[str]:
    """Run on each worker by the tests: the models it has loaded, once each."""
    return list(_loads)


def code_partition(files: list[Piece], shard: str, published: str | None, source: str | None,
                   settings: Settings, skip: frozenset[str], known: frozenset[str] = frozenset()) -> int:
    """Code one partition's files and write its shard; returns the number of rows written.

    The worker also makes each record's StoreItem (table rows, event features with their MinHash,
    story article), as `ingest`'s workers do, so the client that loads the shards only inserts and
    links: on a cluster the one client would otherwise do that per-document work for every worker.
    Each input's fingerprint (store/inputs.py) goes into the shard with it, for the store to keep,
    as a plain `ingest` keeps it; an input whose fingerprint is `known` is not cleaned or coded, and
    one whose doc_id is in `skip` is not coded: both are written as rows marked `skipped`."""
    import pyarrow.parquet as pq

    from detente import columnar
    from detente.ingest.limits import current
    from detente.runs.parallel import Skipped
    from detente.store.inputs import Fingerprints
    from detente.store.items import store_item

    chunk_coder = worker_coder(settings)
    chunk_coder.skip = set(skip)
    limits = current()
    prints = Fingerprints(published, source)
    columns: dict[str, list] = {name: [] for name in SHARD_COLUMNS}
    raws: list[RawDocument] = []
    marks: list[str | None] = []

    def add(origin: str, doc_id: str | None, error: str | None, record: str | None, packed: bytes | None,
            mark: str | None, skipped: bool) -> None:
        for name, value in zip(SHARD_COLUMNS, (origin, doc_id, error, record, packed, mark, skipped), strict=True):
            columns[name].append(value)

    def flush() -> None:
        coded = chunk_coder.code(raws, published, source, encode=store_item)
        for (origin, item), mark in zip(coded, marks, strict=True):
            if isinstance(item, Skipped):
                add(origin, item.doc_id, None, None, None, mark, True)
                continue
            record, packed = pack_item(item)
            add(origin, item.doc_id, item.error, record, packed, mark if item.error is None else None, False)
        raws.clear()
        marks.clear()

    for piece in files:
        raws_of = read_file(Path(piece), limits) if isinstance(piece, str) else \
            read_jsonl_piece(Path(piece[0]), piece[1], piece[2], piece[3], limits)
        for raw in raws_of:
            mark = prints(raw)
            if mark is not None and mark in known:
                add(raw.origin or "?", None, None, None, None, mark, True)
                continue
            raws.append(raw)
            marks.append(mark)
            if len(raws) >= 16:
                flush()
    flush()
    table = columnar.table({name: (kind, columns[name]) for name, kind in _shard_types().items()})
    temporary = f"{shard}.{os.getpid()}.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, shard)
    return len(columns["input"])


def pack_item(item: StoreItem) -> tuple[str, bytes]:
    """A StoreItem as a shard holds it: the record as JSON (readable by anything that reads Parquet)
    and the rest pickled, without a second copy of that JSON (it is the documents row's last value)."""
    if not item.rows:
        return json.dumps(item.record, ensure_ascii=False), pickle.dumps(item, protocol=5)
    document = item.rows["documents"][0]
    light = replace(item, rows={**item.rows, "documents": [(*document[:-1], None)]})
    return document[-1], pickle.dumps(light, protocol=5)


def unpack_item(record: str, packed: bytes) -> StoreItem:
    """The StoreItem `pack_item` wrote."""
    item = pickle.loads(packed)  # noqa: S301 - written by this run's workers into this run's journal
    if item.rows:
        document = item.rows["documents"][0]
        item.rows["documents"] = [(*document[:-1], record)]
    return item


# -- on the client ----------------------------------------------------------------------------
def journal_dir(db: Path, key: str) -> Path:
    return Path(f"{db}.journal") / key


def shard_path(journal: Path, index: int) -> Path:
    return journal / f"shard-{index:06d}.parquet"


@dataclass
class Shard:
    """What the client takes from one shard: the items to load, the (fingerprint, doc_id) pairs the
    store keeps once they are loaded, and how many inputs the worker skipped as already stored."""

    loaded: list[Loaded] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0


def read_shard(journal: Path, index: int) -> Shard:
    """One shard's StoreItems (or records, from a shard of an older version without them), each with
    the input it came from, and its inputs' fingerprints (none from a shard of a version without)."""
    import pyarrow.parquet as pq

    shard_file = pq.ParquetFile(shard_path(journal, index))  # not read_table: that imports pyarrow.dataset
    names = shard_file.schema_arrow.names
    table = shard_file.read(columns=[n for n in SHARD_COLUMNS if n in names])
    column = {name: table.column(name).to_pylist() if name in names else [None] * table.num_rows
              for name in SHARD_COLUMNS}
    shard = Shard()
    rows = zip(*(column[name] for name in SHARD_COLUMNS), strict=True)
    for where, doc_id, error, record, packed, mark, skipped in rows:
        if mark is not None and doc_id and error is None:
            shard.marks.append((mark, doc_id))
        if skipped:
            shard.skipped += 1
            continue
        shard.loaded.append((json.loads(record) if packed is None else unpack_item(record, packed), where))
    return shard


def remember_inputs(store: Any, marks: list[tuple[str, str]]) -> None:
    """Keep the fingerprints of inputs whose documents are stored, as a plain `ingest` does, so that
    any later run (plain or on Dask) skips them before cleaning (store/inputs.py)."""
    from detente.store import inputs

    if marks:
        stored = {row[0] for row in store.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [[d for _m, d in marks]]).fetchall()}
        inputs.remember(store.con, [(m, d) for m, d in marks if d in stored])


def ingest_on_dask(paths: Iterable[str | Path], db: str | Path, scheduler: str = "local",
                   published: str | None = None, source: str | None = None, settings: Settings | None = None,
                   workers: int | None = None, files_per_partition: int = FILES_PER_PARTITION,
                   on_shard: Any = None) -> IngestReport:
    """`detente ingest --dask`: code on a Dask cluster and load every shard in one transaction.

    `scheduler` is a scheduler address (tcp://host:8786) or 'local' for a LocalCluster of `workers`
    processes (default: the machine's cores). The cluster is started (and the model loaded on its
    workers, or for a LocalCluster in the model server its workers are forked from, started first of
    all) in the background while this process imports and opens the store; the transaction is opened before
    the first shard is ready and each shard is loaded, in input order, as soon as it and those before
    it are written, its events linked into happenings there and then, so that the store's work
    overlaps the coding; the cluster is let go as soon as the last task is done, while the documents
    are grouped into stories; the transaction commits only when every shard is in. Returns the
    store's IngestReport, plus how many shards an earlier, interrupted run had already written
    (`report.reused_shards`)."""
    from detente.runs.parallel import check_model, default_workers

    db = Path(db)
    settings = settings or Settings()
    check_model(settings)
    options = {"published": published, "source": source, "settings": repr(settings), "db": str(db.resolve())}
    plan = plan_run(paths, options, files_per_partition=files_per_partition)
    journal = journal_dir(db, plan.key)
    todo = [i for i in range(len(plan.partitions)) if not shard_path(journal, i).exists()]
    # a LocalCluster's workers are forked from a server that loads the model from now on, beside this
    # process's own start-up (importing the store and Dask, opening the store, starting the scheduler)
    server = ModelServer(settings) if todo and scheduler == "local" and model_server_wanted() else None
    try:
        from detente.store import IngestReport, Store

        report = IngestReport()
        report.reused_shards = len(plan.partitions) - len(todo)
        with Store(db) as store, contextlib.ExitStack() as stack:
            journal.mkdir(parents=True, exist_ok=True)
            cluster = _Cluster(scheduler, workers or default_workers(), settings, server) if todo else None
            try:
                from detente.store import inputs

                skip = frozenset(store.doc_ids())
                known = frozenset(inputs.known(store.con))
                _warm_loader()  # while the workers start
                stack.enter_context(_imports_frozen())
                ready = _submit(cluster, plan, todo, journal, published, source, settings, skip, known, on_shard)
                seen = Shard()  # the shards' fingerprints and skipped inputs, gathered as they are read
                shards = _shards_in_order(journal, len(plan.partitions), ready, seen,
                                          on_last=cluster.close_in_background if cluster else None)
                # the fingerprints in the load's transaction (once every shard is read): kept with
                # the documents they stand for, or not at all
                store.load_all(_chain([_early_records(plan)], shards), report,
                               then=lambda: remember_inputs(store, seen.marks))
                report.skipped += seen.skipped
            finally:
                if cluster is not None:
                    cluster.close()
    finally:
        if server is not None:
            server.stop()
    shutil.rmtree(journal, ignore_errors=True)
    if journal.parent.exists() and not any(journal.parent.iterdir()):
        journal.parent.rmdir()
    return report


def _warm_loader() -> None:
    """Import now, while the model server loads (when this process has a core to itself), what loading
    the shards imports on its way: pyarrow's Parquet reader, the pandas that pyarrow imports on its
    first array (the store's first insert: about 0.45 CPU s), and scipy.sparse (story grouping, after
    the last task, when everything else waits for it). Otherwise those imports take their CPU from the
    cores the workers code on, or lengthen the run's serial tail. Nothing else: the workers make every
    record's linking features, so the client needs neither spaCy's stop words nor datasketch."""
    import pyarrow as pa
    import pyarrow.parquet  # noqa: F401
    import scipy.sparse  # noqa: F401

    pa.array([""], type=pa.string())


@contextlib.contextmanager
def _imports_frozen() -> Iterator[None]:
    """While the shards load, what this process has made so far (chiefly the modules it imported:
    Dask, DuckDB, pyarrow, pandas, SciPy) kept out of the garbage collector's view, as the workers keep
    their model (`worker_coder`): unpickling the shards' items sets off full collections, and each
    would walk those objects again (0.2 CPU s of full collections in a 400-document run, taken from
    the cores the workers code on). Given back to the collector at the end, so that a caller's objects
    are collected as before; left alone where someone else froze objects already."""
    import gc

    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _early_records(plan: Plan) -> list[Loaded]:
    """Error records of the inputs that failed before any coding (spaCy is imported only for them)."""
    if not plan.early_failures:
        return []
    from detente.analysis import error_record
    from detente.ingest import prepare

    return [(error_record(prepare(raw).document, raw.error or "unreadable"), raw.origin)
            for raw in plan.early_failures]


def _chain(*parts: Iterable[list[Loaded]]) -> Iterator[list[Loaded]]:
    for part in parts:
        for batch in part:
            if batch:
                yield batch


def _shards_in_order(journal: Path, count: int, ready: dict[int, Any], seen: Shard,
                     on_last: Any = None) -> Iterator[list[Loaded]]:
    """Every shard's records in partition order, waiting for each one still being coded, in load
    batches of several shards: a batch goes to the store once it holds LOAD_BATCH records, or
    LOAD_MIN when the next shard is not ready yet, and whatever it holds then once fewer than
    LOAD_TAIL tasks are left, so that what is loaded after the last task (when every core but this
    one is idle) is that task's shard. Batches are few because each costs the store far more than its
    records: a few dozen statements, and the happenings it touches written again (the 400 news
    documents of bench/dask_phases.py cost 2.2-3.3 CPU s to load in 14 batches, 1.5-1.7 s in 5-6),
    and on a machine the workers keep busy that CPU is taken from them. `on_last` is
    called once every task is done (the cluster is no longer needed). The shards' fingerprints and
    skipped inputs are added to `seen`."""
    batch: list[Loaded] = []
    for index in range(count):
        future = ready.pop(index, None)
        if future is not None:
            if batch and (len(batch) >= LOAD_MIN or len(ready) < LOAD_TAIL) and not future.done():
                yield batch
                batch = []
            # a task error is a bug, not bad input (inputs fail as records): let it show. Only then is the
            # result fetched: a task's return value (its row count) is not needed, and fetching it from
            # the worker cost the client and the worker a round trip per task (49 tasks of a LocalCluster of
            # 2: 0.14 -> 0.08 CPU s of the client's event loop, 0.10 -> 0.06 s of the workers')
            if future.exception() is not None:
                future.result()
            if not ready and on_last is not None:
                on_last()
        shard = read_shard(journal, index)
        batch.extend(shard.loaded)
        seen.marks.extend(shard.marks)
        seen.skipped += shard.skipped
        if len(batch) >= LOAD_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _Cluster:
    """A client of the given scheduler, or of a LocalCluster of `workers` processes, started in a
    background thread from the moment it is made (the workers start and load the model while the
    caller opens the store), and closed in the background once the last task is done."""

    def __init__(self, scheduler: str, workers: int, settings: Settings, server: ModelServer | None = None):
        import threading

        self.scheduler, self.workers, self.settings, self.server = scheduler, workers, settings, server
        self.client: Any = None
        self.local: Any = None
        self._error: BaseException | None = None
        self._closing: Any = None
        self._started = threading.Thread(target=self._start, name="detente-dask-start", daemon=True)
        self._started.start()

    def _start(self) -> None:
        try:
            from distributed import Client, LocalCluster

            if self.scheduler == "local":
                import dask

                config = dict(QUIET_CLUSTER)
                if self.server is not None and self.server.running:
                    config["distributed.worker.multiprocessing-method"] = "forkserver"
                with dask.config.set(config), _own_forkserver_preload(self.server):
                    # read as the scheduler and workers are made; no dashboard; the scheduler's HTTP
                    # routes (health, metrics) on a free local port, not on all interfaces at 8787
                    # (with a warning whenever another cluster holds it). Its processes log only what is
                    # critical: a task's failure comes back to the client as that document's error record, and
                    # a worker's heartbeat racing the cluster's close after the work is stored ("Failed to
                    # communicate with scheduler during heartbeat") is no error of the run
                    self.local = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                              dashboard_address=None, silence_logs=logging.CRITICAL,
                                              scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
                self.client = Client(self.local)
            else:
                try:
                    self.client = Client(self.scheduler, timeout=30)
                except OSError as exc:
                    raise UsageError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
            # every worker loads the model now (and each that joins later, as it joins), before its first task
            from detente.runs.dask_plugin import LoadModel

            plugin = f"{LoadModel.name}-{hashlib.sha1(repr(self.settings).encode()).hexdigest()[:12]}"
            self.client.register_plugin(LoadModel(self.settings), name=plugin)
        except BaseException as exc:  # handed to the caller's thread by ready()
            self._error = exc

    def ready(self) -> Any:
        """The client, once the cluster is up and its workers have loaded the model."""
        self._started.join()
        if self._error is not None:
            raise self._error
        return self.client

    def close_in_background(self) -> None:
        import threading

        if self._closing is None:
            self._closing = threading.Thread(target=self._close, name="detente-dask-close", daemon=True)
            self._closing.start()

    def close(self) -> None:
        self.close_in_background()
        self._closing.join()

    def _close(self) -> None:
        self._started.join()
        if self.client is not None:
            self.client.close()
        if self.local is not None:
            self.local.close()
        if self.server is not None:
            self.server.stop()


SERVER_ENV = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PYTHONHASHSEED": "6640"}


def model_server_wanted() -> bool:
    """Whether the LocalCluster's workers are forked from a loaded model server: on Linux (macOS has
    a fork server too, but forking a process that loaded system frameworks is unsafe there, which is
    why Python spawns by default on macOS); $DETENTE_START_METHOD=spawn makes each worker load the
    model itself."""
    import multiprocessing

    from detente.runs.parallel import START_METHOD

    return sys.platform.startswith("linux") and os.environ.get(START_METHOD, "").strip() != "spawn" and \
        "forkserver" in multiprocessing.get_all_start_methods()


class ModelServer:
    """The process the LocalCluster's nannies fork their workers from (multiprocessing's fork server),
    started with the model loaded and warmed (runs/dask_preload.py), as `ingest --workers` forks its
    workers from a loaded parent: each worker then starts coding at once instead of importing spaCy
    and loading the model itself (about 5 CPU s a worker, two on the two cores of a LocalCluster of 2
    at the same moment), and the model's pages are shared. The server gets the environment the nanny
    would give a spawned worker (numerical libraries on one thread, Dask's fixed hash seed), without
    MALLOC_TRIM_THRESHOLD_ (see QUIET_CLUSTER). Nothing is started where a fork server already runs
    in this process (its preload cannot change): the workers are spawned then, as before."""

    def __init__(self, settings: Settings):
        import base64

        from detente.runs.dask_preload import PRELOAD_ENV

        self.running = False
        forkserver = _forkserver()
        if forkserver is None or getattr(forkserver, "_forkserver_pid", 0) is not None:
            return
        environment = {**{k: os.environ.get(k, v) for k, v in SERVER_ENV.items()},
                       PRELOAD_ENV: base64.b64encode(pickle.dumps(settings)).decode("ascii")}
        saved = {k: os.environ.get(k) for k in environment}
        os.environ.update(environment)  # the server inherits this process's environment as it starts
        try:
            forkserver.set_forkserver_preload(["detente.runs.dask_preload"])
            forkserver.ensure_running()  # returns at once; the server loads while we go on
            self.running = True
        except (OSError, ValueError):
            forkserver.set_forkserver_preload(["__main__"])
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def stop(self) -> None:
        """Let the server go (it holds a loaded model; its workers are gone with the cluster): ended
        at once rather than left to unwind the model, or to finish loading it after a failed start."""
        import signal

        forkserver = _forkserver()
        if self.running and forkserver is not None:
            self.running = False
            pid = forkserver._forkserver_pid  # noqa: SLF001
            if pid:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGTERM)
            forkserver._stop()  # noqa: SLF001 - closes its pipe, reaps it, removes its socket
            forkserver.set_forkserver_preload(["__main__"])


def _forkserver() -> Any:
    """multiprocessing's fork server of this process, None where the platform has none."""
    try:
        from multiprocessing import forkserver
    except ImportError:  # pragma: no cover - Windows
        return None
    server = getattr(forkserver, "_forkserver", None)
    return server if hasattr(server, "_stop") and hasattr(server, "ensure_running") else None


class _own_forkserver_preload:  # noqa: N801 - a context manager
    """While the LocalCluster starts its workers, Dask must not set the fork server's preload itself
    (its own list imports every optional package, pandas included, into this process first): it
    finds the flag that says it has already done so."""

    def __init__(self, server: ModelServer | None):
        self.server = server
        self.saved: Any = None

    def __enter__(self) -> None:
        if self.server is not None and self.server.running:
            import distributed.utils

            self.saved = getattr(distributed.utils, "_forkserver_preload_set", None)
            distributed.utils._forkserver_preload_set = True  # noqa: SLF001

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            import distributed.utils

            distributed.utils._forkserver_preload_set = self.saved  # noqa: SLF001


def _submit(cluster: _Cluster | None, plan: Plan, todo: list[int], journal: Path, published: str | None,
            source: str | None, settings: Settings, skip: frozenset[str], known: frozenset[str],
            on_shard: Any) -> dict[int, Any]:
    """One task per partition left to code; partition index -> its future."""
    if cluster is None or not todo:
        return {}
    client = cluster.ready()
    # lists: scatter each set as one value
    skip_future, known_future = client.scatter([skip, known], broadcast=True)
    priority = start_priorities(plan)
    futures = {i: client.submit(code_partition, plan.partitions[i], str(shard_path(journal, i)), published,
                                source, settings, skip_future, known_future, key=f"detente-{plan.key}-{i}",
                                pure=False, priority=priority[i])
               for i in todo}
    if on_shard:
        for future in futures.values():
            future.add_done_callback(lambda _f: on_shard())
    return futures
