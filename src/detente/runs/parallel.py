"""Code documents on several processes, each with the spaCy model loaded once, results in input order.

Each worker is spawned and loads the model once. Forking the workers from a process that has already
loaded the model (`DETENTE_START_METHOD=fork`, Linux) gives the first record about half a second
sooner, but on an idle 2-core machine the forked workers coded each document about 10 % slower
than spawned ones (2,000 documents, 2 workers: 1.61x one worker forked, 1.81x spawned; see
docs/performance.md), so spawn is the default everywhere. (Measured inside the workers on a loaded
machine, bench/worker_cpu.py, forked workers coded no slower; the idle re-run decides.) Under the same
conditions a lone spawned worker codes a document for the same CPU as the one-process run, and two
workers beside each other cost each other a few per cent; what makes workers look costlier per document
is other processes time-sharing their cores (bench/neighbours.py; docs/performance.md, session 6). A spawned
worker loads and warms its coder in its initializer and freezes the collector's view of it, and it
does not run the parent's `detente` script first (`_main_left_out`). Inputs are read in this process and sent to
the workers in chunks: small ones first (the first record comes after a document or two) and small
ones last (the workers finish together), eight documents otherwise; at most a few chunks per worker
are in flight, so memory stays bounded whatever the input size. Workers return what the caller
asked for (`encode`: a JSON line, the store's rows), so this process only passes bytes on. A worker
that dies (killed, out of memory) costs only the documents it held: the pool is rebuilt, their
chunk is tried once more, and if it fails again each of its documents gets an error record.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from detente.ingest import prepare
from detente.records import RawDocument
from detente.settings import Settings

log = logging.getLogger(__name__)
CHUNK = 8  # documents per task: small enough to balance, large enough to batch the parse
RAMP = (1, 2, 4)  # the first tasks' sizes: the first record waits for the first task only
SMALL_RUN = 2 * CHUNK  # fewer documents than this are coded here: starting workers would cost more
START_METHOD = "DETENTE_START_METHOD"  # fork | spawn | forkserver: overrides the choice below
# coded once before forking, so that what the coder loads on its first document (the learned
# models, lookup tables) is loaded once, in this process, and shared with every worker
AHEAD = 3  # chunks in flight per worker: the workers never wait for the next while the caller reads on
APART_AHEAD = 8  # ... for a caller with long pauses of its own (the store's writer writing a batch)
WARM_UP = "Officials of two countries met in the capital on Monday and agreed to hold further talks, a spokesman said."


# the manager threads of pools shut down without waiting (their workers end while the caller writes on)
_ending: list[threading.Thread] = []


def _shut_down_later(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting for its workers, and remember its manager thread so that
    `_join_ending` waits for it before the interpreter's own exit hook runs."""
    thread = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if thread is not None:
        _ending.append(thread)


def _join_ending() -> None:
    """Wait for the pools shut down without waiting, before the interpreter exits.

    Python 3.11's exit hook for process pools writes to each pool's wake-up pipe without the lock its
    manager thread holds while closing that pipe; when a manager is still closing at exit (a run that
    ended a moment before), the write can hit the closed pipe and print "Exception ignored ... Bad file
    descriptor" with a traceback after a good run. A manager that has ended has closed its pipe, which
    the hook then leaves alone. Registered like the hook itself, so it runs just before it."""
    while _ending:
        _ending.pop().join()


threading._register_atexit(_join_ending)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Skipped:
    """An input whose doc_id is already stored: not coded again."""

    doc_id: str
    origin: str


Coded = tuple[str, "dict[str, Any] | Skipped | Any"]  # (the input it came from, its record or Skipped)
# turns a record into what the caller wants (a JSON line for `code`); a module-level function, since
# it travels to the workers: there it costs the parent nothing, and a string pickles far cheaper
# than the nested record it stands for
Encoder = Callable[[dict[str, Any]], Any]


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class ChunkCoder:
    """Prepares and codes chunks of raw documents with one Coder, skipping doc_ids already known. With `once`, a
    text met twice is coded once (a store keeps one document per doc_id); without it every input is coded, as
    `detente code` promises one record per input."""

    def __init__(self, settings: Settings | None = None, skip: Iterable[str] = (), once: bool = True):
        self.settings = settings
        self.skip = set(skip)
        self.once = once
        self._coder: Any = None

    @property
    def coder(self) -> Any:
        if self._coder is None:  # loaded on first need: a run with nothing new never loads the model
            from detente.pipeline import Coder

            self._coder = Coder(settings=self.settings)
        return self._coder

    def warm(self) -> None:
        """Load the model and everything the coder loads on its first document, now."""
        list(self.coder.records([prepare(RawDocument(origin="warm-up", text=WARM_UP))]))

    def code(self, raws: list[RawDocument], published: str | None, source: str | None,
             encode: Encoder | None = None) -> list[Coded]:
        """(input, record or Skipped) for each raw document, in order; with `encode`, each record
        as `encode` turns it (e.g. a JSON line), done here, in the worker, not in the parent."""
        prepared = [prepare(raw, published=published, source=source) for raw in raws]
        out: list[Skipped | None] = []
        todo = []
        for item in prepared:
            doc_id = item.document.doc_id
            if item.error is None and doc_id in self.skip:
                out.append(Skipped(doc_id, item.document.origin or "?"))
                continue
            if item.error is None and self.once:
                self.skip.add(doc_id)  # the same text twice in one run is coded once
            out.append(None)
            todo.append(item)
        records = iter(self.coder.records(todo)) if todo else iter(())
        if encode is not None:
            records = (encode(record) for record in records)
        return [(item.document.origin or "?", next(records) if slot is None else slot)
                for item, slot in zip(prepared, out, strict=True)]


_worker: dict[str, Any] = {}  # this process's coder when it is a worker (and its thread limits)


def _init_worker(settings: Settings | None, skip: frozenset[str], freeze: bool = True, once: bool = True) -> None:
    """A spawned worker: load the model once, now, not inside the first task; with `freeze`, also
    what the coder loads on its first document, and then take everything loaded out of the garbage
    collector's view (`gc.freeze`): the model's millions of objects are never freed, and every full
    collection would otherwise walk them again."""
    _exit_with_parent()
    chunk_coder = ChunkCoder(settings, skip, once)
    if freeze:
        chunk_coder.warm()
        gc.collect()
        gc.freeze()
    else:
        chunk_coder.coder  # noqa: B018
    _worker["coder"] = chunk_coder


def _init_forked() -> None:
    """A forked worker: the coder came loaded from the parent (`_worker`); its numerical libraries'
    thread pools, sized for the whole machine when the parent loaded them, go down to one thread."""
    _exit_with_parent()
    if not any(os.environ.get(name) for name in THREAD_VARIABLES):
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:  # pragma: no cover - a dependency of scikit-learn
            return
        _worker["limits"] = threadpool_limits(1)  # kept: the limit holds while the object lives


def start_method() -> str:
    """'spawn' (each worker loads the model itself; forked workers code slower, see the module's
    docstring); $DETENTE_START_METHOD=fork|forkserver overrides it where the platform has it."""
    methods = multiprocessing.get_all_start_methods()
    chosen = os.environ.get(START_METHOD, "").strip()
    if chosen in methods:
        return chosen
    return "spawn"


def _exit_with_parent() -> None:
    """A worker whose parent was killed (SIGKILL leaves no time to stop it) ends itself."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="detente-parent-watch").start()


def _code_chunk(raws: list[RawDocument], published: str | None, source: str | None,
                encode: Encoder | None = None) -> list[Coded]:
    return _worker["coder"].code(raws, published, source, encode)


def code_stream(raws: Iterable[RawDocument], workers: int = 1, settings: Settings | None = None,
                published: str | None = None, source: str | None = None,
                skip: Iterable[str] = (), encode: Encoder | None = None, apart: bool = False,
                on_start: Callable[[], None] | None = None,
                started: ProcessPoolExecutor | None = None, once: bool = True) -> Iterator[Coded]:
    """(input, record or Skipped) per raw document, in input order, on `workers` processes.

    With `encode`, records come as `encode(record)` (error records too; Skipped stays as is). One
    worker codes in this process, unless `apart`: a caller with work of its own per record (the
    store's writer) has even one worker run in a process of its own, so the two overlap; it then
    keeps more chunks in flight (the workers go on coding while it writes a batch), and `on_start`
    is called once the workers are starting (the caller's own start-up, while they load the model).
    `started`: workers `prestart` spawned (with nothing to skip) before the caller's own start-up; used
    whatever the run's size (they are loading the model already) when `skip` is empty, else stopped.
    Without `once`, a text given twice is coded each time rather than Skipped the second time."""
    iterator = iter(raws)
    head = list(islice(iterator, SMALL_RUN))
    skip = frozenset(skip)
    if started is not None and (skip or not once):  # spawned with nothing to skip, coding once: of no use here
        stop(started)
        started = None
    if started is not None or ((workers > 1 or apart) and len(head) == SMALL_RUN):
        yield from code_in_parallel(chain(head, iterator), workers, settings, published, source, skip, encode,
                                    ahead=APART_AHEAD if apart else AHEAD, on_start=on_start, started=started,
                                    once=once)
        return
    chunk_coder = ChunkCoder(settings, skip, once)
    iterator = chain(head, iterator)
    while chunk := list(islice(iterator, 16)):
        yield from chunk_coder.code(chunk, published, source, encode)


def chunks(raws: Iterable[RawDocument], workers: int) -> Iterator[list[RawDocument]]:
    """The raw documents in consecutive chunks, in order: the first ones small (RAMP), so the first
    record comes soon; then CHUNK; and once the input has ended, the rest cut into pieces small
    enough that every worker gets some (the workers finish together, not one idling while another
    codes a whole chunk). Reads at most `workers` chunks ahead."""
    iterator = iter(raws)
    ahead: deque[RawDocument] = deque()
    ended = False
    for n in range(sys.maxsize):
        size = RAMP[n] if n < len(RAMP) else CHUNK
        while not ended and len(ahead) < size + workers * CHUNK:
            item = next(iterator, None)
            if item is None:
                ended = True
            else:
                ahead.append(item)
        if not ahead:
            return
        if ended:
            size = min(size, max(1, -(-len(ahead) // (2 * workers))))
        yield [ahead.popleft() for _ in range(min(size, len(ahead)))]


def code_in_parallel(raws: Iterable[RawDocument], workers: int, settings: Settings | None = None,
                     published: str | None = None, source: str | None = None,
                     skip: Iterable[str] = (), encode: Encoder | None = None, ahead: int = AHEAD,
                     on_start: Callable[[], None] | None = None,
                     started: ProcessPoolExecutor | None = None, once: bool = True) -> Iterator[Coded]:
    """As `code_stream`, on a pool of `workers` processes, with at most `ahead` chunks per worker in
    flight; `on_start` is called once the first chunks are submitted (the workers are starting).
    `started`: the pool `prestart` spawned (spawned workers, nothing to skip), used as the first pool."""
    settings = settings or Settings()
    check_model(settings)
    method = start_method()
    context = multiprocessing.get_context(method)
    saved_env = _one_thread_per_worker()
    if method == "fork":
        loaded = ChunkCoder(settings, skip, once)
        loaded.warm()
        _worker["coder"] = loaded  # what every forked worker finds, loaded
        gc.collect()
        gc.freeze()  # the workers' collections leave the model's objects alone: their pages stay shared
        initializer, initargs = _init_forked, ()
    else:
        initializer, initargs = _init_worker, (settings, frozenset(skip), True, once)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer,
                                   initargs=initargs)

    def submit(chunk: list[RawDocument]) -> Future:
        with _main_left_out(encode):  # workers are started inside submit
            return pool.submit(_code_chunk, chunk, published, source, encode)

    pool = started if started is not None and method == "spawn" and not skip and once else new_pool()
    if started is not None and pool is not started:
        stop(started)
    pending: deque[tuple[list[RawDocument], Future, int]] = deque()
    pieces = chunks(raws, workers)
    finished = False
    try:
        while True:
            while len(pending) < ahead * workers and (chunk := next(pieces, None)):
                pending.append((chunk, submit(chunk), 1))
            if on_start is not None:
                on_start, call = None, on_start
                call()
            if not pending:
                finished = True
                return
            chunk, future, tries = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                log.warning("a worker process died; rebuilding the pool and retrying its documents")
                _shut_down_later(pool)
                pool = new_pool()
                retried: deque[tuple[list[RawDocument], Future, int]] = deque()
                for item_chunk, _future, item_tries in pending:
                    if item_tries >= 2:
                        retried.append((item_chunk, _failed(item_chunk, encode), item_tries))
                    else:
                        retried.append((item_chunk, submit(item_chunk), item_tries + 1))
                pending = retried
                continue
            pending.popleft()
            yield from results
    finally:
        # after the last record the caller goes on (the writer's last batch) while the idle workers
        # exit (a process holding the model takes a moment to end); stopped early, they are waited for
        if finished:
            _shut_down_later(pool)
        else:
            pool.shutdown(wait=True, cancel_futures=True)
        _worker.pop("coder", None)
        if method == "fork":
            gc.unfreeze()
        os.environ.clear()
        os.environ.update(saved_env)


@contextmanager
def _main_left_out(encode: Encoder | None) -> Iterator[None]:
    """Start spawned workers without running this process's main script in them.

    multiprocessing runs the parent's main script (as `__mp_main__`) in every spawned worker before
    anything else; for the `detente` command that imports the whole CLI (typer, rich: about 0.3 s of
    CPU per worker, before it begins loading the model, so on the way to the first record). A
    worker needs nothing from it unless the caller's `encode` was defined there."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None or getattr(encode, "__module__", None) == "__main__":
        yield
        return
    path = main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        if path is not None:
            main.__file__ = path


# Thread pools of the numerical libraries: each worker is one process on one core; their default of
# one thread per core would put workers x cores threads on the machine's cores.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def _one_thread_per_worker() -> dict[str, str]:
    """Have the worker processes about to be spawned start their thread pools with one thread (unless
    the user chose a number); returns the environment to restore afterwards."""
    saved = dict(os.environ)
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    return saved


def _failed(chunk: list[RawDocument], encode: Encoder | None = None) -> Future:
    """A finished future holding error records for documents whose worker died twice."""
    from detente.analysis import error_record

    future: Future = Future()
    records = []
    for raw in chunk:
        prepared = prepare(RawDocument(origin=raw.origin, id=raw.id, title=raw.title, url=raw.url,
                                       error="a worker process died twice while coding this document "
                                             "(out of memory?)"))
        record = error_record(prepared.document, prepared.error or "worker died")
        records.append((raw.origin, encode(record) if encode else record))
    future.set_result(records)
    return future


def _ready() -> None:
    """What `prestart` submits to each worker: nothing; its initializer loads the model."""


def prestart(settings: Settings | None, workers: int) -> ProcessPoolExecutor:
    """Spawn `workers` coding workers now, with nothing to skip, so that they load the model while the
    caller does its own start-up (the writer importing and opening a new store: half a second or more
    before its first input would otherwise start them). Hand the pool to `code_stream(started=...)`,
    or `stop` it."""
    settings = settings or Settings()
    check_model(settings)
    saved_env = _one_thread_per_worker()
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(settings, frozenset()))
        with _main_left_out(None):  # each submit spawns one worker (none is idle yet)
            for _ in range(workers):
                pool.submit(_ready)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
    return pool


def stop(pool: ProcessPoolExecutor) -> None:
    """End a pool's workers now, even one still loading the model (a run that did not need them)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    _shut_down_later(pool)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)


def check_model(settings: Settings) -> None:
    """Refuse a missing model here, once, rather than in every worker; without importing spaCy
    (a second of CPU the parent, which only reads and writes, would take from the workers)."""
    import importlib.util

    name = settings.model_name
    try:
        found = importlib.util.find_spec(name.replace("-", "_")) is not None
    except (ImportError, ValueError):  # a dotted or path-like name that is no package
        found = False
    if not found and not os.path.isdir(name):
        from detente.nlp import ModelNotFound

        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed; install it with pip or choose another "
                            "with --model / $DETENTE_SPACY_MODEL")
