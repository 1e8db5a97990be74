"""Per-process tracing for bench/worker_trace.py (not part of Détente): imported by every Python process
started with this folder on PYTHONPATH and $DETENTE_TRACE set to an output folder.

Each process writes `<pid>.json` there about once a second (and at exit): its CPU seconds, minor page
faults and context switches, the garbage collector's CPU per generation, each thread's CPU and
switches, and one entry per `ChunkCoder.code` call (documents, characters, the coding thread's CPU and
wall seconds, the collector's CPU, minor faults, involuntary switches and CPU migrations inside it).
The patch is made in whichever process imports detente.runs.parallel (a spawned worker, or the Dask
model server before it forks the workers, which inherit it); a forked child starts its own records.
"""

from __future__ import annotations

import os

if os.environ.get("DETENTE_TRACE"):
    import atexit
    import contextlib
    import gc
    import json
    import resource
    import sys
    import threading
    import time

    _OUT = os.environ["DETENTE_TRACE"]
    _state: dict = {"patched": False}

    def _reset() -> None:
        patched = _state.get("patched", False)
        _state.clear()
        _state.update(gc_cpu=[0.0, 0.0, 0.0], gc_runs=[0, 0, 0], calls=[], patched=patched, started=time.time())

    _reset()
    _gc_started = threading.local()

    def _on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            _gc_started.at = time.thread_time()
            return
        at = getattr(_gc_started, "at", None)
        if at is not None:
            _state["gc_cpu"][info["generation"]] += time.thread_time() - at
            _state["gc_runs"][info["generation"]] += 1

    gc.callbacks.append(_on_gc)

    def _sched(tid: int | str) -> dict[str, int]:
        """The scheduler's counters of one thread (Linux /proc)."""
        out: dict[str, int] = {}
        try:
            with open(f"/proc/self/task/{tid}/sched", encoding="ascii") as handle:
                for line in handle:
                    name, _sep, value = line.partition(":")
                    name = name.strip()
                    if name in ("se.nr_migrations", "nr_involuntary_switches", "nr_voluntary_switches"):
                        out[name] = int(float(value))
        except (OSError, ValueError):
            pass
        return out

    def _patch() -> None:
        module = sys.modules.get("detente.runs.parallel")
        cls = getattr(module, "ChunkCoder", None)
        if _state["patched"] or cls is None or not hasattr(cls, "code"):
            return
        original = cls.code

        def code(self, raws, *args, **kwargs):  # type: ignore[no-untyped-def]
            tid = threading.get_native_id()
            usage, sched = resource.getrusage(resource.RUSAGE_THREAD), _sched(tid)
            cpu, wall, collected = time.thread_time(), time.perf_counter(), sum(_state["gc_cpu"])
            out = original(self, raws, *args, **kwargs)
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            usage_after, sched_after = resource.getrusage(resource.RUSAGE_THREAD), _sched(tid)
            if raws:
                _state["calls"].append({
                    "at": round(time.time() - _state["started"], 3), "docs": len(raws),
                    "chars": sum(len(getattr(r, "text", "") or "") for r in raws),
                    "first": getattr(raws[0], "origin", None), "cpu": cpu, "wall": wall,
                    "gc": sum(_state["gc_cpu"]) - collected, "minflt": usage_after.ru_minflt - usage.ru_minflt,
                    "involuntary": usage_after.ru_nivcsw - usage.ru_nivcsw,
                    "migrations": sched_after.get("se.nr_migrations", 0) - sched.get("se.nr_migrations", 0)})
            return out

        cls.code = code
        _state["patched"] = True

    def _dump() -> None:
        try:
            names = {t.native_id: t.name for t in threading.enumerate()}
            tick = os.sysconf("SC_CLK_TCK")
            threads = {}
            for tid in os.listdir("/proc/self/task"):
                try:
                    with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                threads[names.get(int(tid), tid)] = {"cpu": (int(fields[11]) + int(fields[12])) / tick, **_sched(tid)}
            usage = resource.getrusage(resource.RUSAGE_SELF)
            data = {"pid": os.getpid(), "ppid": os.getppid(), "argv": sys.argv[:2],
                    "cpu": usage.ru_utime + usage.ru_stime, "minflt": usage.ru_minflt,
                    "involuntary": usage.ru_nivcsw, "voluntary": usage.ru_nvcsw,
                    "gc_cpu": _state["gc_cpu"], "gc_runs": _state["gc_runs"], "gc_threshold": gc.get_threshold(),
                    "hash_seed": os.environ.get("PYTHONHASHSEED"), "threads": threads, "calls": _state["calls"]}
            temporary = f"{_OUT}/{os.getpid()}.json.tmp"
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(temporary, f"{_OUT}/{os.getpid()}.json")
        except Exception:  # noqa: BLE001, S110 - tracing must never break the traced process
            pass

    def _loop() -> None:
        while True:
            with contextlib.suppress(Exception):  # a module half imported: tried again
                _patch()
            time.sleep(0.2 if not _state["patched"] else 1.0)
            _dump()

    def _start() -> None:
        threading.Thread(target=_loop, daemon=True, name="detente-trace").start()

    def _in_child() -> None:
        _reset()
        _start()

    os.register_at_fork(after_in_child=_in_child)
    atexit.register(_dump)
    _start()
