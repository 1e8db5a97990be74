"""Data derived from package files, kept between processes so that start-up stays cheap.

Every process that codes text used to redo the same preparation: reading the role model and event
classifier files imported scikit-learn (with SciPy and pandas, 2-3 CPU s) only to take their fitted
arrays out, and the actor matcher ran the tokenizer over some 11,000 names. Each worker of a pool or
Dask cluster and each re-ingest paid it again. `cached(kind, key, build)` keeps what `build()` returns
(plain Python and NumPy values only, so reading it imports nothing heavy) in a file named by `kind`
and `key`, under $DETENTE_CACHE (default ~/.cache/detente/derived; `DETENTE_CACHE=off` switches it
off). The key is a hash of everything the value depends on (`fingerprint`: the source files'
bytes and the versions of the code that reads them), so a changed model, knowledge base or library
gives a new entry and a stale one is never read. A cache that cannot be read or written is passed
over quietly: the value is then built as before.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

CACHE_ENV = "DETENTE_CACHE"
FORMAT = 1  # bump when what the entries hold changes shape
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where derived data is kept, or None when the cache is switched off."""
    value = os.environ.get(CACHE_ENV, "")
    if value.lower() in ("off", "0", "no", "false"):
        return None
    return Path(value) if value else Path.home() / ".cache" / "detente" / "derived"


def version_of(distribution: str) -> str:
    """An installed distribution's version without importing it ("-" when absent)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint(paths: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and bytes (a missing file counts as absent) and the extra strings."""
    digest = hashlib.sha256(f"derived-{FORMAT}".encode())
    for path in paths:
        digest.update(f"\0{Path(path).name}\0".encode())
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"\0absent")
    for item in extra:
        digest.update(f"\0{item}".encode())
    return digest.hexdigest()[:40]


def _read(path: Path) -> tuple[bool, object]:
    # The collector is paused while an entry is read: unpickling tens of thousands of small objects
    # otherwise sets off a collection every few hundred, which tripled the time to read the
    # knowledge base's entry (0.46 -> 0.14 CPU s); the objects made are all kept, so nothing is missed.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return True, pickle.load(handle)
    except FileNotFoundError:
        return False, None
    except Exception as exc:  # noqa: BLE001 - a damaged entry is rebuilt
        log.debug("derived cache entry %s unreadable (%s); rebuilding it", path, exc)
        return False, None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # whole entries only: a process stopped half way leaves none
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception as exc:  # noqa: BLE001 - no cache (read-only home, full disk): carry on without
        log.debug("derived cache entry %s not written (%s)", path, exc)


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The value for (kind, key): read from the cache, else built, stored and returned.

    If `build` raises, nothing is stored and the exception reaches the caller."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{key}.pickle"
    found, value = _read(path)
    if found:
        return value  # type: ignore[return-value]
    value = build()
    _write(path, value)
    return value  # type: ignore[return-value]
