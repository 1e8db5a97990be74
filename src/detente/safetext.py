"""Strings from the outside world made safe to carry: no lone surrogates, printable file names.

A lone surrogate (JSON "\\ud800", or a file name that is not UTF-8) cannot be written as UTF-8
and would stop a run at the first print; it becomes U+FFFD (text) or a visible \\xNN (names).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

SURROGATE = re.compile("[\ud800-\udfff]")


def clean_str(value: str) -> str:
    """The string with every lone surrogate replaced by U+FFFD."""
    return SURROGATE.sub("\ufffd", value) if SURROGATE.search(value) else value


def display_path(path: str | Path) -> str:
    """A path as printable UTF-8; bytes that are not UTF-8 show as \\xNN."""
    raw = os.fsencode(path) if not isinstance(path, str) or SURROGATE.search(path) else None
    if raw is None:
        return str(path)
    return raw.decode("utf-8", "backslashreplace")


def brief(value: object, limit: int = 40) -> str:
    """A short repr of a value for an error message, which must never echo a whole input."""
    text = clean_str(repr(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


C1 = re.compile("[\x7f-\x9f\u2028\u2029]")


def json_line(obj: object) -> str:
    """One JSON line, UTF-8 readable, with the characters a terminal or line reader could act on escaped.

    json.dumps escapes C0 controls (ESC among them) but, with ensure_ascii=False, not C1 controls
    (CSI is one) or the Unicode line separators."""
    text = json.dumps(obj, ensure_ascii=False)
    return C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
