"""Ingest on a Dask cluster: partitions coded on the workers, Parquet shards, one load, a run journal.

The client lists the input files and groups them into partitions. Each partition is a Dask task:
a worker reads its files, codes them with a Coder it keeps for its whole life (the model is loaded
once per worker process), and writes one Parquet shard (input, doc_id, error, record as JSON) into
the run journal, atomically (a temporary name, then a rename). A large JSONL file is cut at line
ends into pieces of a few lines, each a partition, so that one big file still keeps every worker
busy. The client loads the shards into the store in one transaction, opened before the first shard
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

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from detente.ingest.readers import UsageError, read_file, read_jsonl_piece, walk
from detente.records import RawDocument
from detente.safetext import display_path
from detente.settings import Settings
from detente.store import IngestReport

FILES_PER_PARTITION = 32
BYTES_PER_PARTITION = 4 * 1024 * 1024
LINES_PER_PIECE = 16  # a JSONL file is cut into pieces of this many lines, so that workers share it
LOAD_BATCH = 256
PLAN_VERSION = 2  # part of the run key: a journal written under another partitioning is not reused

Piece = str | list  # a whole file, or [file, start byte, stop byte, first line] of a JSONL file


@dataclass
class Plan:
    """The partitions of a run and the inputs that failed before any coding (loops, broken links)."""

    partitions: list[list[Piece]]
    early_failures: list[RawDocument]
    key: str


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
    current: list[Piece] = []
    size = 0
    digest = hashlib.sha256(json.dumps({**options, "plan": PLAN_VERSION, "lines": LINES_PER_PIECE},
                                       sort_keys=True).encode())
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
                current, size = [], 0
            partitions.extend([[name, start, stop, first]] for start, stop, first in pieces)
            continue
        current.append(name)
        size += length
        if len(current) >= files_per_partition or size >= bytes_per_partition:
            partitions.append(current)
            current, size = [], 0
    if current:
        partitions.append(current)
    return Plan(partitions, early, digest.hexdigest()[:20])


def jsonl_pieces(path: Path, lines: int, max_bytes: int) -> list[tuple[int, int, int]] | None:
    """(start byte, stop byte, first line) of consecutive pieces of a plain JSONL file, each cut at a
    line end after `lines` lines or `max_bytes` bytes; None for any other file (compressed, other
    formats, UTF-16/32), which is read whole by one worker."""
    from detente.ingest.readers import JSONL_SUFFIXES

    if path.suffix.lower() not in JSONL_SUFFIXES:
        return None
    pieces: list[tuple[int, int, int]] = []
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
                        pieces.append((start, end, first))
                        start, first, in_piece = end, line, 0
                    at = chunk.find(b"\n", at + 1)
                offset += len(chunk)
    except OSError:
        return None  # the worker reading it whole reports the error as a record
    if offset > start:
        pieces.append((start, offset, first))
    return pieces


# -- on the workers ---------------------------------------------------------------------------
_coders: dict[Settings, Any] = {}
_loads: list[str] = []  # which models this worker process has loaded (once each)


def worker_coder(settings: Settings) -> Any:
    """This worker process's ChunkCoder for these settings, made (and the model loaded) on first use."""
    if settings not in _coders:
        from detente.runs.parallel import ChunkCoder

        coder = ChunkCoder(settings)
        coder.coder  # noqa: B018 - load now
        _coders[settings] = coder
        _loads.append(settings.model_name)
    return _coders[settings]


class LoadModel(WorkerPlugin):
    """A Dask worker plugin: each worker loads the model as it starts (and each worker that joins
    later, as it joins), once, before its first task; tasks then only code."""

    name = "detente-load-model"

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker: Any) -> None:
        worker_coder(self.settings)


def model_loads() -> list[str]:
    """Run on each worker by the tests: the models it has loaded, once each."""
    return list(_loads)


def code_partition(files: list[Piece], shard: str, published: str | None, source: str | None,
                   settings: Settings, skip: frozenset[str]) -> int:
    """Code one partition's files and write its shard; returns the number of records written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from detente.ingest.limits import current
    from detente.runs.parallel import Skipped

    chunk_coder = worker_coder(settings)
    chunk_coder.skip = set(skip)
    limits = current()
    columns: dict[str, list] = {"input": [], "doc_id": [], "error": [], "record": []}
    raws: list[RawDocument] = []

    def flush() -> None:
        for origin, item in chunk_coder.code(raws, published, source):
            if isinstance(item, Skipped):
                continue
            columns["input"].append(origin)
            columns["doc_id"].append(item["document"].get("doc_id"))
            columns["error"].append(item.get("error"))
            columns["record"].append(json.dumps(item, ensure_ascii=False))
        raws.clear()

    for piece in files:
        raws_of = read_file(Path(piece), limits) if isinstance(piece, str) else \
            read_jsonl_piece(Path(piece[0]), piece[1], piece[2], piece[3], limits)
        for raw in raws_of:
            raws.append(raw)
            if len(raws) >= 16:
                flush()
    flush()
    table = pa.table({k: pa.array(v, type=pa.string()) for k, v in columns.items()})
    temporary = f"{shard}.{os.getpid()}.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, shard)
    return len(columns["record"])


# -- on the client ----------------------------------------------------------------------------
def journal_dir(db: Path, key: str) -> Path:
    return Path(f"{db}.journal") / key


def shard_path(journal: Path, index: int) -> Path:
    return journal / f"shard-{index:06d}.parquet"


def read_shard(journal: Path, index: int) -> Iterator[list[tuple[dict[str, Any], str]]]:
    """The records of one shard, in batches for the loader."""
    import pyarrow.parquet as pq

    table = pq.read_table(shard_path(journal, index), columns=["input", "record"])
    batch: list[tuple[dict[str, Any], str]] = []
    for where, record in zip(table.column("input").to_pylist(), table.column("record").to_pylist(), strict=True):
        batch.append((json.loads(record), where))
        if len(batch) >= LOAD_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_on_dask(paths: Iterable[str | Path], db: str | Path, scheduler: str = "local",
                   published: str | None = None, source: str | None = None, settings: Settings | None = None,
                   workers: int | None = None, files_per_partition: int = FILES_PER_PARTITION,
                   on_shard: Any = None) -> IngestReport:
    """`detente ingest --dask`: code on a Dask cluster and load every shard in one transaction.

    `scheduler` is a scheduler address (tcp://host:8786) or 'local' for a LocalCluster of `workers`
    processes (default: the machine's cores). The transaction is opened before the first shard is
    ready and each shard is loaded, in input order, as soon as it and those before it are written,
    so that the store's work overlaps the coding; it commits only when every shard is in. Returns
    the store's IngestReport, plus how many shards an earlier, interrupted run had already written
    (`report.reused_shards`)."""
    from detente.analysis import error_record
    from detente.ingest import prepare
    from detente.runs.parallel import check_model, default_workers
    from detente.store import Store

    db = Path(db)
    settings = settings or Settings()
    check_model(settings)
    options = {"published": published, "source": source, "settings": repr(settings), "db": str(db.resolve())}
    plan = plan_run(paths, options, files_per_partition=files_per_partition)
    report = IngestReport()
    with Store(db) as store:
        journal = journal_dir(db, plan.key)
        journal.mkdir(parents=True, exist_ok=True)
        todo = [i for i in range(len(plan.partitions)) if not shard_path(journal, i).exists()]
        report.reused_shards = len(plan.partitions) - len(todo)
        early = [(error_record(prepare(raw).document, raw.error or "unreadable"), raw.origin)
                 for raw in plan.early_failures]
        with _cluster(scheduler, workers or default_workers(), bool(todo)) as client:
            ready = _submit(client, plan, todo, journal, published, source, settings,
                            frozenset(store.doc_ids()), on_shard)
            store.load_all(_chain([early], _shards_in_order(journal, len(plan.partitions), ready)), report)
    shutil.rmtree(journal, ignore_errors=True)
    if journal.parent.exists() and not any(journal.parent.iterdir()):
        journal.parent.rmdir()
    return report


def _chain(*parts: Iterable[list[tuple[dict[str, Any], str]]]) -> Iterator[list[tuple[dict[str, Any], str]]]:
    for part in parts:
        for batch in part:
            if batch:
                yield batch


def _shards_in_order(journal: Path, count: int, ready: dict[int, Any]) -> Iterator[list[tuple[dict[str, Any], str]]]:
    """Every shard's batches in partition order, waiting for each one still being coded."""
    for index in range(count):
        if index in ready:
            ready.pop(index).result()  # a task error is a bug, not bad input (inputs fail as records): let it show
        yield from read_shard(journal, index)


@contextmanager
def _cluster(scheduler: str, workers: int, needed: bool) -> Iterator[Any]:
    """A client of the given scheduler, or of a LocalCluster of `workers` processes; None when no
    partition is left to code (a resumed run whose shards are all written)."""
    if not needed:
        yield None
        return
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client: Any, plan: Plan, todo: list[int], journal: Path, published: str | None, source: str | None,
            settings: Settings, skip: frozenset[str], on_shard: Any) -> dict[int, Any]:
    """One task per partition left to code; partition index -> its future."""
    if client is None or not todo:
        return {}
    client.register_plugin(LoadModel(settings), name=f"{LoadModel.name}-{hashlib.sha1(repr(settings).encode()).hexdigest()[:12]}")
    skip_future = client.scatter([skip], broadcast=True)[0]  # a list: scatter the set as one value
    futures = {i: client.submit(code_partition, plan.partitions[i], str(shard_path(journal, i)), published,
                                source, settings, skip_future, key=f"detente-{plan.key}-{i}", pure=False)
               for i in todo}
    if on_shard:
        for future in futures.values():
            future.add_done_callback(lambda _f: on_shard())
    return futures
