"""Every failure answers as JSON `{"error": ..., "status": ...}` with the right code, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.api.queries import BadRequest, NoHappenings, NotFound

log = logging.getLogger(__name__)


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, "status": status, **jsonable_encoder(extra)}, status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    details = []
    for err in exc.errors():
        names = [str(p) for p in err.get("loc", ()) if isinstance(p, str) and p != "body"]
        where = ".".join(names) or ("body" if "body" in err.get("loc", ()) else "request")
        if err.get("type") == "json_invalid":
            err = {**err, "msg": "the body is not valid JSON"}
        details.append({"where": where, "problem": err.get("msg", "invalid")})
    first = details[0] if details else {"where": "request", "problem": "invalid"}
    return f"{first['where']}: {first['problem']}", details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, details = _validation_message(exc)
        return error_response(422, message, details=details)

    @app.exception_handler(BadRequest)
    async def bad_request(_request: Request, exc: BadRequest) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(_request: Request, exc: NotFound) -> JSONResponse:
        return error_response(404, str(exc))

    @app.exception_handler(NoHappenings)
    async def no_happenings(_request: Request, exc: NoHappenings) -> JSONResponse:
        return error_response(409, str(exc))

    @app.exception_handler(duckdb.Error)
    async def store_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        log.error("store query failed for %s: %s", request.url.path, exc)
        return error_response(503, "the store could not answer this request; see the server log")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error for %s", request.url.path)
        return error_response(500, "internal error; see the server log")


class BodyLimit:
    """Refuse request bodies over `max_bytes` with a 413 before they are read into memory."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = error_response(413, f"request body over the limit of {self.max_bytes:,} bytes",
                                 limit_bytes=self.max_bytes)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await error_response(400, "Content-Length is not a number")(scope, receive, send)
                return
            if declared > self.max_bytes:
                await too_big(scope, receive, send)
                return
        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:  # a body sent without Content-Length: the handler answers 413
                    raise StarletteHTTPException(413, f"request body over the limit of {self.max_bytes:,} bytes")
            return message

        await self.app(scope, counted_receive, send)
