"""Imported by the fork server of the LocalCluster that `ingest --dask local` starts, before it forks
any worker: loads the model (and what a worker imports) once, so that every worker starts with it.

Importing this module does the work (that is how a multiprocessing fork server preloads): it reads
the Settings that runs/dask.py put, pickled, in $DETENTE_DASK_PRELOAD when it started the server,
makes the ChunkCoder for them (`worker_coder`: the model loaded, warmed, the garbage collector's view
frozen), and imports the worker's own modules (distributed's worker, pyarrow's Parquet writer, the
store items; not pandas: the shard's arrays are built by detente.columnar, so no worker imports it).
A worker forked from the server finds its coder made; the worker plugin then has nothing to load. Anything failing here is left to the workers, which load the model themselves.
"""

from __future__ import annotations

import base64
import os
import pickle

PRELOAD_ENV = "DETENTE_DASK_PRELOAD"


def _preload() -> None:
    data = os.environ.pop(PRELOAD_ENV, None)
    if not data:
        return
    try:
        settings = pickle.loads(base64.b64decode(data))  # noqa: S301 - put there by this run's client
        import distributed.nanny  # noqa: F401 - the worker process's entry point
        import pyarrow.parquet  # noqa: F401 - the shard writer

        import detente.cli  # noqa: F401 - a worker started from `detente` runs that script (importing this) first
        import detente.columnar  # noqa: F401 - builds the shard's arrays without pandas (pyarrow.array imports it)
        import detente.store.inputs  # noqa: F401
        import detente.store.items  # noqa: F401
        from detente.runs.dask import worker_coder

        worker_coder(settings)
    except Exception:  # noqa: BLE001, S110 - each worker's plugin loads the model then
        pass


_preload()
