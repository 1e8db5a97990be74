"""`POST /api/code`: code one posted text or HTML page with the same Coder as `detente code`.

The spaCy pipeline is loaded once, on the first request, and used by one request at a time
(a parse is CPU-bound and the pipeline is not meant to be shared between threads).
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from detente.records import RawDocument

DEFAULT_MAX_BYTES = 200_000  # a long news article is 20-40 kB of text; a page of HTML a few hundred


class CodeRequest(BaseModel):
    """One document: plain `text` or an `html` page (exactly one), with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain article text.")
    html: str | None = Field(None, description="An HTML page; boilerplate is removed as in `detente code`.")
    published: dt.date | None = Field(None, description="Publication date, which anchors relative dates.")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def one_body(self) -> CodeRequest:
        given = [name for name in ("text", "html") if (getattr(self, name) or "").strip()]
        if len(given) != 1:
            raise ValueError("give exactly one of 'text' or 'html', not empty")
        return self


class CodingService:
    """Holds the lazily loaded Coder and serialises its use."""

    def __init__(self, model: str | None = None):
        self.model = model
        self._coder: Any = None
        self._lock = threading.Lock()

    def code(self, request: CodeRequest) -> dict[str, Any]:
        from detente.pipeline import Coder

        raw = RawDocument(origin="<api>", text=request.text if request.text else None,
                          html=request.html if request.html else None, title=request.title, url=request.url)
        published = request.published.isoformat() if request.published else None
        with self._lock:
            if self._coder is None:
                self._coder = Coder(self.model)
            return next(self._coder.code_raw([raw], published=published, source=request.source))
