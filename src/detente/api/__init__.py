"""The HTTP service behind `detente serve`: a JSON API and the dashboard, over one store.

    from detente.api import create_app, serve
    serve("detente.duckdb", host="127.0.0.1", port=8000)   # `detente serve --db detente.duckdb`

`detente.api.queries.Queries` is the read layer both use, callable from Python directly.
"""

from detente.api.app import create_app, serve
from detente.api.queries import EventFilter, Queries

__all__ = ["EventFilter", "Queries", "create_app", "serve"]
