"""The Dask worker plugin of `ingest --dask`, in a module of its own so that the client imports
Dask's `distributed` (about a second of CPU) only in the thread that starts the cluster, while the
model server loads (runs/dask.py), not before it starts anything."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from detente.runs.dask import worker_coder
from detente.settings import Settings


class LoadModel(WorkerPlugin):
    """A Dask worker plugin: each worker loads the model as it starts (and each worker that joins
    later, as it joins), once, before its first task; tasks then only code. A worker forked from the
    model server finds it loaded."""

    name = "detente-load-model"

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker: Any) -> None:
        worker_coder(self.settings)
