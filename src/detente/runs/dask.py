"""Ingest on a Dask cluster: partitions coded on the workers, Parquet shards, one load, a run journal.

The client lists the input files and groups them into partitions. Each partition is a Dask task:
a worker reads its files, codes them with a Coder it keeps for its whole life (the model is loaded
once per worker process), and writes one Parquet shard (input, doc_id, error, record as JSON) into
the run journal, atomically (a temporary name, then a rename). When every shard exists, the client
loads them all into the store in one transaction.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.ingest.readers import UsageError, read_file, walk
from detente.records import RawDocument
from detente.safetext import display_path
from detente.settings import Settings
from detente.store import IngestReport

FILES_PER_PARTITION = 32
BYTES_PER_PARTITION = 4 * 1024 * 1024
LOAD_BATCH = 256


@dataclass
class Plan:
    """The partitions of a run and the inputs that failed before any coding (loops, broken links)."""

    partitions: list[list[str]]
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
    partitions: list[list[str]] = []
    current: list[str] = []
    size = 0
    digest = hashlib.sha256(json.dumps(options, sort_keys=True).encode())
    for file in files:
        try:
            st = file.stat()
            length, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            length, mtime = 0, 0
        name = os.fsdecode(file.resolve())
        digest.update(f"{display_path(name)}\0{length}\0{mtime}\n".encode())
        current.append(name)
        size += length
        if len(current) >= files_per_partition or size >= bytes_per_partition:
            partitions.append(current)
            current, size = [], 0
    if current:
        partitions.append(current)
    return Plan(partitions, early, digest.hexdigest()[:20])


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


def model_loads() -> list[str]:
    """Run on each worker by the tests: the models it has loaded, once each."""
    return list(_loads)


def code_partition(files: list[str], shard: str, published: str | None, source: str | None,
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

    for name in files:
        for raw in read_file(Path(name), limits):
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


def read_shards(journal: Path, count: int) -> Iterator[list[tuple[dict[str, Any], str]]]:
    """The records of every shard, in partition order, in batches for the loader."""
    import pyarrow.parquet as pq

    batch: list[tuple[dict[str, Any], str]] = []
    for index in range(count):
        table = pq.read_table(shard_path(journal, index), columns=["input", "record"])
        for where, record in zip(table.column("input").to_pylist(), table.column("record").to_pylist(),
                                 strict=True):
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
    """`detente ingest --dask`: code on a Dask cluster, then load every shard in one transaction.

    `scheduler` is a scheduler address (tcp://host:8786) or 'local' for a LocalCluster of `workers`
    processes (default: the machine's cores). Returns the store's IngestReport, plus how many shards
    an earlier, interrupted run had already written (`report.reused_shards`)."""
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
        if todo:
            _run_on_cluster(plan, todo, journal, scheduler, workers or default_workers(), published, source,
                            settings, frozenset(store.doc_ids()), on_shard)
        early = [(error_record(prepare(raw).document, raw.error or "unreadable"), raw.origin)
                 for raw in plan.early_failures]
        store.load_all(_chain([early], read_shards(journal, len(plan.partitions))), report)
    shutil.rmtree(journal, ignore_errors=True)
    if journal.parent.exists() and not any(journal.parent.iterdir()):
        journal.parent.rmdir()
    return report


def _chain(*parts: Iterable[list[tuple[dict[str, Any], str]]]) -> Iterator[list[tuple[dict[str, Any], str]]]:
    for part in parts:
        for batch in part:
            if batch:
                yield batch


def _run_on_cluster(plan: Plan, todo: list[int], journal: Path, scheduler: str, workers: int,
                    published: str | None, source: str | None, settings: Settings, skip: frozenset[str],
                    on_shard: Any) -> None:
    from distributed import Client, LocalCluster, as_completed

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
        skip_future = client.scatter([skip], broadcast=True)[0]  # a list: scatter the set as one value
        futures = [client.submit(code_partition, plan.partitions[i], str(shard_path(journal, i)), published,
                                 source, settings, skip_future, key=f"detente-{plan.key}-{i}", pure=False)
                   for i in todo]
        for future in as_completed(futures):
            future.result()  # a task error is a bug, not bad input (inputs fail as records): let it show
            if on_shard:
                on_shard()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
