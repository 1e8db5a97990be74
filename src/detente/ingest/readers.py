"""Turn paths (files, folders, `-` for stdin) into RawDocument records.

Readers never raise on bad content: an unreadable input becomes a RawDocument with `error`
set, so one bad file never stops a batch.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.records import RawDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
JSONL_FIELDS = ("id", "text", "html", "published", "title", "url", "source", "authors")


class UsageError(ValueError):
    """The command line names something that cannot be read at all (a missing path)."""


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument]:
    """Every document in the given paths, in a stable order (folders sorted, recursive).

    A path that does not exist is a usage error raised before the first document, so that no batch
    stops half-way with work already parsed and not yet written."""
    paths = list(paths)
    missing = [str(p) for p in paths if str(p) != "-" and not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    for p in paths:
        if str(p) == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "-", kind=None)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _content_suffix(child) in KNOWN_SUFFIXES:
                    yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            raise UsageError(f"no such file or directory: {p}")


def read_file(path: Path) -> Iterator[RawDocument]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RawDocument(origin=str(path), error=f"cannot read file: {exc.strerror or exc}")
        return
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield RawDocument(origin=str(path), error=f"not a valid gzip file: {exc}")
            return
    yield from _read_bytes(data, str(path), kind=_kind_of(_content_suffix(path)))


def _content_suffix(path: Path) -> str:
    """The suffix that tells the format: `a.html.gz` is HTML."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _kind_of(suffix: str) -> str | None:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def _sniff(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<?xml")) or "<html" in head[:500]:
        return "html"
    return "text"


def decode_bytes(data: bytes) -> str | None:
    """Bytes to text, or None when the bytes are binary rather than text."""
    if not data:
        return ""
    sample = data[:8192]
    if b"\x00" in sample:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(4, len(text[:8192]) // 100):
        return None
    return text


def _read_bytes(data: bytes, origin: str, kind: str | None) -> Iterator[RawDocument]:
    text = decode_bytes(data)
    if text is None:
        yield RawDocument(origin=origin, error="binary input: this is not a text, HTML or JSONL document")
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _read_jsonl(text, origin)
    elif kind == "html":
        yield RawDocument(origin=origin, html=text)
    else:
        yield RawDocument(origin=origin, text=text)


def _read_jsonl(text: str, origin: str) -> Iterator[RawDocument]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawDocument(origin=where, error=f"malformed JSON on line {number}: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield RawDocument(origin=where, error=f"line {number} is not a JSON object")
            continue
        yield raw_from_mapping(obj, where)


def raw_from_mapping(obj: dict, origin: str) -> RawDocument:
    """A JSON object ({id, text or html, published, title, url, source, authors}) as a RawDocument."""
    text, html = obj.get("text"), obj.get("html")
    raw = RawDocument(origin=origin, id=_str_or_none(obj.get("id")))
    if not isinstance(text, str) and not isinstance(html, str):
        raw.error = "JSON object has neither a 'text' nor an 'html' string field"
        return raw
    raw.text = text if isinstance(text, str) else None
    raw.html = html if isinstance(html, str) and raw.text is None else None
    raw.published = _str_or_none(obj.get("published"))
    raw.title = _str_or_none(obj.get("title"))
    raw.url = _str_or_none(obj.get("url"))
    raw.source = _str_or_none(obj.get("source"))
    authors = obj.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(",") if a.strip()]
    raw.authors = [str(a) for a in authors] if isinstance(authors, list) else []
    return raw


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
