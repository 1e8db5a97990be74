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

from detente.pipeline import Coder, code, code_file, code_many
from detente.records import Coded
from detente.settings import Settings

__all__ = ["Coded", "Coder", "Settings", "code", "code_file", "code_many"]
__version__ = "0.1.0"
