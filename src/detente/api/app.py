"""The FastAPI application: JSON API under /api, OpenAPI at /docs, the dashboard at /.

Everything the browser loads comes from this process: the dashboard from detente/web, Plotly's
JavaScript from the `plotly` package, Swagger UI from `fastapi-offline`. No CDN, so it works offline.
"""

from __future__ import annotations

import asyncio
import gzip
from contextlib import asynccontextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.api.actors import load_knowledge_base_in_background
from detente.api.coding import DEFAULT_MAX_BYTES, CodingService
from detente.api.errors import BodyLimit, install_error_handlers
from detente.api.queries import Queries
from detente.api.routes import router
from detente.store import Store

WEB = Path(str(resources.files("detente.web")))
ASSETS = {"app.js": "text/javascript", "style.css": "text/css"}
# The dashboard's own script and styles only; Plotly sets inline styles, so style-src allows them.
DASHBOARD_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                 "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


@cache
def _plotly_js() -> tuple[bytes, bytes]:
    """plotly.min.js from the installed plotly package, plain and gzipped (compressed once, at start)."""
    path = Path(str(resources.files("plotly"))) / "package_data" / "plotly.min.js"
    data = path.read_bytes()
    return data, gzip.compress(data, compresslevel=6)


@cache
def plotly_path() -> str:
    """Plotly's URL, named by the package's version so that a browser may keep it for a year:
    a new plotly gives a new URL."""
    from plotly import __version__

    return f"/vendor/plotly-{__version__}.min.js"


@cache
def _dashboard_html() -> bytes:
    return (WEB / "index.html").read_text(encoding="utf-8").replace("/vendor/plotly.min.js", plotly_path()).encode()


def create_app(db: str | Path, writable: bool = False, max_body_bytes: int = DEFAULT_MAX_BYTES,
               model: str | None = None) -> FastAPI:
    """An app over one store file, opened read-only unless `writable` (needed for POST /api/code?store=true)."""
    store = Store(db, read_only=not writable)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        load_knowledge_base_in_background()
        _app.state.queries.warm_up()
        await asyncio.to_thread(_plotly_js)  # compressed before the first page asks for it
        yield
        store.close()

    app = FastAPIOffline(title="Détente", version="0.1.0", lifespan=lifespan,
                         description="Political event data from news: events, relations, actors, evidence.")
    app.state.store = store
    app.state.queries = Queries(store, read_only=not writable)
    app.state.writable = writable
    app.state.coding = CodingService(model)
    app.state.write_lock = app.state.queries.store_lock  # writes and Store methods share the store connection
    install_error_handlers(app)
    app.include_router(router)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.get("/static/{name}", include_in_schema=False)
    def asset(name: str) -> FileResponse:
        if name not in ASSETS:
            raise StarletteHTTPException(404, f"no asset {name!r}")
        return FileResponse(WEB / name, media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        return Response(_dashboard_html(), media_type="text/html",
                        headers={"Content-Security-Policy": DASHBOARD_CSP, "X-Content-Type-Options": "nosniff",
                                 "Cache-Control": "no-cache"})

    @app.get("/vendor/{name}", include_in_schema=False)
    def plotly_js(request: Request, name: str) -> Response:
        if f"/vendor/{name}" not in (plotly_path(), "/vendor/plotly.min.js"):
            raise StarletteHTTPException(404, f"no asset {name!r}")
        plain, packed = _plotly_js()
        versioned = f"/vendor/{name}" == plotly_path()
        headers: dict[str, Any] = {"Vary": "Accept-Encoding", "Cache-Control": "public, max-age=31536000, immutable"
                                   if versioned else "public, max-age=86400"}
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(packed, media_type="text/javascript", headers=headers)
        return Response(plain, media_type="text/javascript", headers=headers)

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, writable: bool = False,
          max_body_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None) -> None:
    """Run the service until interrupted (`detente serve`)."""
    import uvicorn

    app = create_app(db, writable=writable, max_body_bytes=max_body_bytes, model=model)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
