"""Turn paths (files, folders, `-` for stdin) into RawDocument records.

Readers never raise on bad content: an unreadable input becomes a RawDocument with `error`
set, so one bad file never stops a batch. Reads stream and stop at the limits in
`detente.ingest.limits`, so a huge or decompression-bomb input costs bounded memory.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from detente.ingest.limits import Limits, current
from detente.records import RawDocument
from detente.safetext import brief, clean_str, display_path

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
JSONL_FIELDS = ("id", "text", "html", "published", "title", "url", "source", "authors")
SNIFF_BYTES = 64 * 1024
CHUNK = 1024 * 1024
# characters that do not occur in text: C0 controls but tab, newlines and form feed; DEL; C1 controls
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


class UsageError(ValueError):
    """The command line names something that cannot be read at all (a missing path)."""


class LimitExceeded(ValueError):
    """An input passed one of the size limits; the message names the limit."""


def read_inputs(paths: Iterable[str | Path], limits: Limits | None = None) -> Iterator[RawDocument]:
    """Every document in the given paths, in a stable order (folders sorted, recursive).

    A path that does not exist is a usage error raised before the first document, so that no batch
    stops half-way with work already parsed and not yet written. Unreadable folders, symbolic link
    loops and broken links inside folders each yield an error record."""
    limits = limits or current()
    paths = list(paths)
    missing = [display_path(p) for p in paths if str(p) != "-" and not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    for p in paths:
        if str(p) == "-":
            yield from read_stream(sys.stdin.buffer, "-", kind=None, limits=limits)
            continue
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield RawDocument(origin=display_path(path), error=f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            for item in walk(path):
                if isinstance(item, RawDocument):
                    yield item
                else:
                    yield from read_file(item, limits)
        else:
            yield from read_file(path, limits)


def walk(root: Path) -> Iterator[Path | RawDocument]:
    """Files with a known suffix under a folder, sorted, following links but never twice into a folder."""
    seen: set[tuple[int, int]] = set()
    try:
        st = root.stat()
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    yield from _walk(root, seen)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | RawDocument]:
    try:
        with os.scandir(folder) as entries:
            names = sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        yield RawDocument(origin=display_path(folder), error=f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in names:
        path = Path(entry.path)
        try:
            st = path.stat()
        except OSError as exc:
            if _content_suffix(path) in KNOWN_SUFFIXES or entry.is_symlink():
                reason = "symbolic link loop" if getattr(exc, "errno", None) == 40 else (
                    "broken symbolic link" if entry.is_symlink() else f"cannot read: {exc.strerror or exc}")
                yield RawDocument(origin=display_path(path), error=f"{reason}: skipped")
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield RawDocument(origin=display_path(path), error="symbolic link loop: this folder was already read "
                                  "through another path; skipped")
                continue
            seen.add(key)
            yield from _walk(path, seen)
        elif _content_suffix(path) in KNOWN_SUFFIXES:
            if stat.S_ISREG(st.st_mode):
                yield path
            else:  # reading a pipe or a device could block or never end
                yield RawDocument(origin=display_path(path), error="not a regular file (a pipe, socket or "
                                  "device): skipped")


def read_file(path: Path, limits: Limits | None = None) -> Iterator[RawDocument]:
    """The documents of one file; a gzip file is inflated as a stream, within the limits."""
    limits = limits or current()
    origin = display_path(path)
    kind = _kind_of(_content_suffix(path))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as exc:
        yield RawDocument(origin=origin, error=f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        if path.suffix.lower() == ".gz":
            stream: IO[bytes] = _RatioGuard(gzip.GzipFile(fileobj=handle), handle, limits)
        else:
            stream = handle
        yield from read_stream(stream, origin, kind, limits)


def read_jsonl_piece(path: Path, start: int, stop: int, first_line: int,
                     limits: Limits | None = None) -> Iterator[RawDocument]:
    """The documents of one piece of a JSONL file: bytes [start, stop), which begin at line
    `first_line` and end at a line end. Lets several workers share one large file; origins and error
    messages number lines as a whole-file read does."""
    limits = limits or current()
    origin = display_path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
        handle.seek(start)
    except OSError as exc:
        yield RawDocument(origin=f"{origin}:{first_line}", error=f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from _read_jsonl(b"", io.BufferedReader(_Window(handle, stop - start)), origin, limits, first_line)
        except STREAM_ERRORS as exc:
            yield RawDocument(origin=f"{origin}:{first_line}", error=_stream_error(exc))


class _Window(io.RawIOBase):
    """At most `size` bytes of a stream, from where it stands."""

    def __init__(self, inner: IO[bytes], size: int):
        self.inner, self.left = inner, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        data = self.inner.read(min(len(buffer), self.left))
        self.left -= len(data)
        buffer[: len(data)] = data
        return len(data)


class _RatioGuard(io.RawIOBase):
    """A decompressing stream that stops when output outgrows input by more than the allowed ratio."""

    def __init__(self, inner: IO[bytes], compressed: IO[bytes], limits: Limits):
        self.inner, self.compressed, self.limits, self.out = inner, compressed, limits, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        data = self.inner.read(len(buffer))
        self.out += len(data)
        if self.out > self.limits.ratio_floor_bytes:
            consumed = max(1, self.compressed.tell())
            if self.out / consumed > self.limits.max_gzip_ratio:
                raise LimitExceeded(f"gzip expands more than {self.limits.max_gzip_ratio}:1 (a decompression "
                                    "bomb?); limit DETENTE_MAX_GZIP_RATIO")
        buffer[: len(data)] = data
        return len(data)


STREAM_ERRORS = (OSError, EOFError, zlib.error, LimitExceeded)


def read_stream(stream: IO[bytes], origin: str, kind: str | None, limits: Limits) -> Iterator[RawDocument]:
    """Documents from a byte stream: one for text or HTML, one per line for JSONL."""
    try:
        head = stream.read(SNIFF_BYTES)
        if kind is None:
            sample = decode_bytes(head[:8192])
            kind = _sniff(sample) if sample is not None else "text"
        if kind == "jsonl" and not _starts_with_wide_bom(head):
            yield from _read_jsonl(head, stream, origin, limits)
            return
        data = head + _read_at_most(stream, limits.max_file_bytes - len(head) + 1)
    except STREAM_ERRORS as exc:
        yield RawDocument(origin=origin, error=_stream_error(exc))
        return
    if len(data) > limits.max_file_bytes:
        yield RawDocument(origin=origin, error=f"input too large: over {limits.max_file_bytes:,} bytes; "
                          "limit DETENTE_MAX_FILE_BYTES")
        return
    yield from _read_bytes(data, origin, kind)


def _stream_error(exc: BaseException) -> str:
    if isinstance(exc, LimitExceeded):
        return f"input refused: {exc}"
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return f"not a valid gzip file: {exc}"
    return f"cannot read file: {getattr(exc, 'strerror', None) or exc}"


def _read_at_most(stream: IO[bytes], size: int) -> bytes:
    parts, total = [], 0
    while total < size:
        chunk = stream.read(min(CHUNK, size - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _starts_with_wide_bom(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


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


def _guess_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark, or the pattern of zero bytes in UTF-16 text, points to."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:4096]
    if len(sample) >= 16 and b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > 0.4 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.4 * half and odd < 0.05 * half:
            return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str | None:
    """Bytes to text, or None when the bytes are binary rather than text.

    UTF-8, UTF-16/32 (byte order mark, or the zero-byte pattern of UTF-16), else Windows-1252 or
    Latin-1. A few stray control characters are dropped; many mean the input is not text."""
    if not data:
        return ""
    text = None
    encoding = _guess_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            text = None
    if text is None:
        for candidate in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(candidate)
                break
            except UnicodeDecodeError:
                continue
    assert text is not None
    sample = text[:8192]
    controls = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    if controls > max(2, len(sample) // 20):
        return None
    return CONTROL.sub("", text) if controls else text


def _read_bytes(data: bytes, origin: str, kind: str | None) -> Iterator[RawDocument]:
    text = decode_bytes(data)
    if text is None:
        yield RawDocument(origin=origin, error="binary input: this is not a text, HTML or JSONL document")
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _read_jsonl_text(text, origin)
    elif kind == "html":
        yield RawDocument(origin=origin, html=text)
    else:
        yield RawDocument(origin=origin, text=text)


def _lines(head: bytes, stream: IO[bytes], limits: Limits, number: int = 0) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) split at b'\\n' only (a JSON string may hold U+2028 or U+0085); None for an
    over-long line. Blank lines are passed over in bulk, so a stream of newlines costs no Python loop.
    `number` is the number of lines before the stream (for a piece of a file)."""
    buffer = head
    while True:
        stripped = buffer.lstrip(b" \t\r\n")
        number += buffer.count(b"\n", 0, len(buffer) - len(stripped))
        buffer = stripped
        cut = buffer.find(b"\n")
        while cut < 0 and len(buffer) <= limits.max_line_bytes:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            start = len(buffer)
            buffer += chunk
            found = buffer.find(b"\n", start)
            cut = found
        if cut < 0:
            if len(buffer) > limits.max_line_bytes:
                yield number + 1, None
                rest = _skip_line(stream)
                if rest is None:
                    return
                buffer, number = rest, number + 1
                continue
            if buffer.strip():
                yield number + 1, buffer
            return
        number += 1
        yield number, (None if cut > limits.max_line_bytes else buffer[:cut])
        buffer = buffer[cut + 1:]


def _skip_line(stream: IO[bytes]) -> bytes | None:
    """Read past the rest of an over-long line; what follows it, or None at the end of the stream."""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return None
        cut = chunk.find(b"\n")
        if cut >= 0:
            return chunk[cut + 1:]


def _read_jsonl(head: bytes, stream: IO[bytes], origin: str, limits: Limits,
                first_line: int = 1) -> Iterator[RawDocument]:
    number = first_line - 1
    lines = _lines(head, stream, limits, number)
    while True:
        try:
            number, line = next(lines)
        except StopIteration:
            return
        except STREAM_ERRORS as exc:
            yield RawDocument(origin=f"{origin}:{number + 1}", error=_stream_error(exc) + " (the rest of the file "
                              "is skipped)")
            return
        if line is None:
            yield RawDocument(origin=f"{origin}:{number}", error=f"line {number} too long: over "
                              f"{limits.max_line_bytes:,} bytes; limit DETENTE_MAX_LINE_BYTES")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_bytes(line)
        if text is None:
            yield RawDocument(origin=f"{origin}:{number}", error=f"line {number} is binary, not JSON text")
            continue
        yield parse_json_line(text, f"{origin}:{number}", number, limits)


def _read_jsonl_text(text: str, origin: str) -> Iterator[RawDocument]:
    limits = current()
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield parse_json_line(line, f"{origin}:{number}", number, limits)


def json_depth(text: str) -> int:
    """How deeply the brackets of a JSON text nest, ignoring those inside strings."""
    bare = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    depth = deepest = 0
    for bracket in re.sub(r"[^\[\]{}]", "", bare):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_json_line(line: str, where: str, number: int, limits: Limits) -> RawDocument:
    """One JSONL line as a RawDocument, or one with a specific error; never raises."""
    if json_depth(line) > limits.max_json_depth:
        return RawDocument(origin=where, error=f"line {number} nests deeper than {limits.max_json_depth} levels; "
                           "limit DETENTE_MAX_JSON_DEPTH")
    try:
        obj = json.loads(line, parse_int=_int_or_digits)
    except json.JSONDecodeError as exc:
        return RawDocument(origin=where, error=f"malformed JSON on line {number}: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:  # e.g. an integer of thousands of digits
        return RawDocument(origin=where, error=f"unreadable JSON on line {number}: {brief(str(exc), 120)}")
    if not isinstance(obj, dict):
        return RawDocument(origin=where, error=f"line {number} is not a JSON object")
    return raw_from_mapping(obj, where)


def _int_or_digits(digits: str) -> int | str:
    """An integer, or its digits as text when it is too long for Python to convert (an id of 5,000 digits)."""
    return int(digits) if len(digits) < 4000 else digits


def raw_from_mapping(obj: dict, origin: str) -> RawDocument:
    """A JSON object ({id, text or html, published, title, url, source, authors}) as a RawDocument."""
    text, html = obj.get("text"), obj.get("html")
    raw = RawDocument(origin=clean_str(origin), id=_str_or_none(obj.get("id")))
    if not isinstance(text, str) and not isinstance(html, str):
        raw.error = "JSON object has neither a 'text' nor an 'html' string field"
        return raw
    raw.text = clean_str(text) if isinstance(text, str) else None
    raw.html = clean_str(html) if isinstance(html, str) and raw.text is None else None
    raw.published = _str_or_none(obj.get("published"))
    raw.title = _str_or_none(obj.get("title"))
    raw.url = _str_or_none(obj.get("url"))
    raw.source = _str_or_none(obj.get("source"))
    authors = obj.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(",") if a.strip()]
    raw.authors = [a for a in (_str_or_none(x) for x in authors) if a] if isinstance(authors, list) else []
    return raw


def _str_or_none(value: object) -> str | None:
    """A scalar metadata value as clean text; containers and booleans are not metadata."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    try:
        text = clean_str(CONTROL.sub("", str(value))).strip()
    except ValueError:  # an int too long to print
        return None
    return text or None
