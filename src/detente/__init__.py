"""Détente: political event data from news articles.

Python API (each CLI verb has a twin here):
    detente.code(text_or_path, published=...) -> dict     # `detente code`
    detente.code_many(paths) -> iterator of dicts          # `detente code` on many inputs
    detente.store.Store(path).ingest(paths)                # `detente ingest`
    detente.time.expressions_in_text(text, published=...)  # `detente time`
    detente.actors.resolve_phrase(text, date=...)          # `detente actors resolve`
    detente.eval.run_suite(name, data_dir)                 # `detente eval`
    detente.api.serve(db, host=..., port=...)              # `detente serve` (dashboard + JSON API)
"""

from detente.pipeline import Coder, code, code_many

__all__ = ["Coder", "code", "code_many"]
__version__ = "0.1.0"
