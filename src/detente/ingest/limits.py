"""Size and shape limits on inputs, so that no single input can exhaust memory or stop a run.

An input over a limit becomes an error record naming the limit; the run goes on. The defaults suit
news: an article is tens of kilobytes, a big one a megabyte. Each can be changed with an environment
variable of the same name in capitals prefixed `DETENTE_` (e.g. `DETENTE_MAX_FILE_BYTES=200000000`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * MB  # a text or HTML file (after decompression)
    max_line_bytes: int = 16 * MB  # one JSONL line (one document)
    max_gzip_ratio: int = 200  # decompressed / compressed bytes, checked once output passes ratio_floor_bytes
    ratio_floor_bytes: int = 8 * MB  # small files may compress very well (a page of repeated rows)
    max_chars: int = 1_000_000  # characters of cleaned text coded per document (spaCy's own default)
    max_json_depth: int = 32  # nesting of one JSONL line; documents are flat objects


_VARIABLES = tuple((f.name, f"DETENTE_{f.name.upper()}") for f in fields(Limits))
_made: dict[tuple[str | None, ...], Limits] = {}  # by the variables' values: one Limits per setting, not per document


def current() -> Limits:
    """The limits in force: the defaults, each overridable by $DETENTE_<NAME>."""
    raws = tuple(os.environ.get(variable) for _name, variable in _VARIABLES)
    made = _made.get(raws)
    if made is None:
        values = {}
        for (name, _variable), raw in zip(_VARIABLES, raws, strict=True):
            if raw and raw.strip().isdigit():
                values[name] = int(raw)
        made = Limits(**values)
        if len(_made) < 64:
            _made[raws] = made
    return made
