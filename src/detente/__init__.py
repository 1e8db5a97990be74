"""Détente: political event data from news articles.

Python API (each CLI verb has a twin here):
    detente.code(text, published=...) -> Coded             # `detente code` on one text (never a path)
    detente.code_file(path, published=...) -> Coded        # `detente code` on one file
    detente.code_many(paths) -> iterator of Coded          # `detente code` on many inputs
    (a Coded record's `.to_dict()` is the JSON line `detente code` prints)
    detente.Coder(settings=Settings(...), stages=[...])    # reuse one parser for many documents
    detente.store.Store(path).ingest(paths)                # `detente ingest`
    detente.time.expressions_in_text(text, published=...)  # `detente time`
    detente.actors.resolve_phrase(text, date=...)          # `detente actors resolve`
    detente.eval.run_suite(name, data_dir)                 # `detente eval`
    detente.api.serve(db, host=..., port=...)              # `detente serve` (dashboard + JSON API)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.pipeline import Coder, code, code_file, code_many
    from detente.records import Coded
    from detente.settings import Settings

__all__ = ["Coded", "Coder", "Settings", "code", "code_file", "code_many"]
__version__ = "0.1.0"

# Loaded on first use, so that commands that never code a text (re-ingesting a stored corpus,
# querying the store, serving it) do not pay for importing spaCy and the coder at start-up.
_HOMES = {"Coder": "detente.pipeline", "code": "detente.pipeline", "code_file": "detente.pipeline",
          "code_many": "detente.pipeline", "Coded": "detente.records", "Settings": "detente.settings"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(import_module(_HOMES[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'detente' has no attribute {name!r}")
