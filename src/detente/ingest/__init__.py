"""Ingestion: inputs to clean Documents (text, metadata, language), one record per document."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import urlparse

from detente.ingest.chrome import clean_text
from detente.ingest.language import english_or_reason
from detente.ingest.limits import Limits, current
from detente.ingest.readers import UsageError, raw_from_mapping, read_inputs
from detente.ingest.repair import fix_text
from detente.records import Document, RawDocument
from detente.rules import rule_pattern
from detente.safetext import brief

__all__ = ["Limits", "Prepared", "UsageError", "prepare", "raw_from_mapping", "read_inputs", "normalise_date", "doc_id_for"]

SYNDICATION = rule_pattern("detente.ingest", "sources.yaml", "syndication")  # sources.yaml


class Prepared:
    """A cleaned document ready for NLP, or the error that stopped it, plus chrome kept for inference."""

    def __init__(self, document: Document, error: str | None = None, removed: list[str] | None = None):
        self.document = document
        self.error = error
        self.removed = removed or []


def doc_id_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_date(value: str | None) -> str | None:
    """A given publication date as YYYY-MM-DD, or None when it cannot be read or does not exist (2024-02-30)."""
    if not value or len(value) > 100:
        return None
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def prepare(raw: RawDocument, published: str | None = None, source: str | None = None,
            limits: Limits | None = None) -> Prepared:
    """Clean one raw input. Never raises: problems become `error` (which never echoes the text)."""
    try:
        return _prepare(raw, published, source, limits or current())
    except Exception as exc:  # a fault in a cleaning library must cost one document, not the run
        doc = Document(doc_id=doc_id_for(f"error:{raw.origin}"), text="", origin=raw.origin, title=raw.title,
                       url=raw.url, source=source or raw.source)
        doc.external_id = raw.id
        return Prepared(doc, f"internal error while reading: {type(exc).__name__}: {brief(str(exc), 200)}")


def _prepare(raw: RawDocument, published: str | None, source: str | None, limits: Limits) -> Prepared:
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
            return Prepared(doc, f"unreadable publication date {brief(given)}: give a real date as YYYY-MM-DD")
        doc.published_source = "given"
    body = raw.text
    if raw.html is not None:
        if len(raw.html) > 8 * limits.max_chars:
            return Prepared(doc, f"document too long: {len(raw.html):,} characters of HTML; at most "
                            f"{8 * limits.max_chars:,} (eight times DETENTE_MAX_CHARS)")
        from detente.ingest.html import extract_page  # trafilatura: a second of start-up, for HTML only

        page = extract_page(fix_text(raw.html), url=raw.url if _host(raw.url) else None)
        body = page.text
        doc.title = doc.title or page.title
        doc.authors = doc.authors or page.authors
        doc.source = doc.source or page.site
        doc.url = doc.url or page.url
        if doc.published is None and page.published:
            doc.published, doc.published_source = page.published, "metadata"
    if body and len(body) > 2 * limits.max_chars:
        return Prepared(doc, f"document too long: {len(body):,} characters; at most {limits.max_chars:,} are coded "
                        "(limit DETENTE_MAX_CHARS)")
    body = fix_text(body or "")  # ftfy's repairs, asked only of the lines that can need them
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
    if len(doc.text) > limits.max_chars:
        return Prepared(doc, f"document too long: {len(doc.text):,} characters after cleaning; at most "
                        f"{limits.max_chars:,} are coded (limit DETENTE_MAX_CHARS)")
    reason = english_or_reason(doc.text)
    if reason:
        doc.language = None
        return Prepared(doc, reason, cleaned.removed)
    doc.language = "en"
    doc.doc_id = doc_id_for(doc.text)
    return Prepared(doc, None, cleaned.removed)


def _source_hint(url: str | None, removed: list[str]) -> str | None:
    host = _host(url)
    if host:
        return host.removeprefix("www.")
    for line in removed:
        match = SYNDICATION.search(line)
        if match:
            return match.group("site").strip()
    return None


def _host(url: str | None) -> str | None:
    """The host of a URL, or None when there is none or the URL is malformed ("http://[::1")."""
    if not url:
        return None
    try:
        return urlparse(url).hostname
    except ValueError:
        return None
