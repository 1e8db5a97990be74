"""Ingestion: inputs to clean Documents (text, metadata, language), one record per document."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlparse

import ftfy

from detente.ingest.chrome import clean_text
from detente.ingest.html import extract_page
from detente.ingest.language import english_or_reason
from detente.ingest.readers import UsageError, raw_from_mapping, read_inputs
from detente.records import Document, RawDocument

__all__ = ["Prepared", "UsageError", "prepare", "raw_from_mapping", "read_inputs", "normalise_date", "doc_id_for"]

SYNDICATION = re.compile(r"originally (?:appeared|published|ran) (?:on|in) (?:the )?(?P<site>[^.(\n]+)", re.IGNORECASE)


class Prepared:
    """A cleaned document ready for NLP, or the error that stopped it, plus chrome kept for inference."""

    def __init__(self, document: Document, error: str | None = None, removed: list[str] | None = None):
        self.document = document
        self.error = error
        self.removed = removed or []


def doc_id_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: str | None) -> str | None:
    """A given publication date as YYYY-MM-DD, or None when it cannot be read."""
    if not value:
        return None
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return "-".join(match.groups())
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def prepare(raw: RawDocument, published: str | None = None, source: str | None = None) -> Prepared:
    """Clean one raw input. Never raises on bad content: problems become `error`."""
    doc = Document(doc_id="", text="", origin=raw.origin, title=raw.title, url=raw.url,
                   source=source or raw.source, authors=list(raw.authors))
    doc.external_id = raw.id
    doc.doc_id = doc_id_for(f"error:{raw.origin}")  # replaced by the text hash once there is text
    if raw.error:
        return Prepared(doc, raw.error)
    given = published or raw.published
    if given:
        doc.published = normalise_date(given)
        if doc.published is None:
            return Prepared(doc, f"unreadable publication date {given!r}: give it as YYYY-MM-DD")
        doc.published_source = "given"
    body = raw.text
    if raw.html is not None:
        page = extract_page(ftfy.fix_text(raw.html, uncurl_quotes=False), url=raw.url)
        body = page.text
        doc.title = doc.title or page.title
        doc.authors = doc.authors or page.authors
        doc.source = doc.source or page.site
        doc.url = doc.url or page.url
        if doc.published is None and page.published:
            doc.published, doc.published_source = page.published, "metadata"
    body = ftfy.fix_text(body or "", uncurl_quotes=False)
    if not body.strip():
        return Prepared(doc, "empty document: no text found")
    cleaned = clean_text(body, title=doc.title if raw.html is not None else raw.title)
    doc.title = doc.title or cleaned.title
    if not doc.authors:
        doc.authors = cleaned.authors
    doc.text = cleaned.text
    if doc.source is None:
        doc.source = _source_hint(doc.url, cleaned.removed)
    if not doc.text.strip():
        return Prepared(doc, "empty document: nothing but site chrome", cleaned.removed)
    reason = english_or_reason(doc.text)
    if reason:
        doc.language = None
        return Prepared(doc, reason, cleaned.removed)
    doc.language = "en"
    doc.doc_id = doc_id_for(doc.text)
    return Prepared(doc, None, cleaned.removed)


def _source_hint(url: str | None, removed: list[str]) -> str | None:
    if url:
        host = urlparse(url).hostname
        if host:
            return host.removeprefix("www.")
    for line in removed:
        match = SYNDICATION.search(line)
        if match:
            return match.group("site").strip()
    return None
