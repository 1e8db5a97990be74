"""YAML data files (rule tables, word lists) parsed with libyaml's C parser when PyYAML was built with it.

The C parser gives the same values as `yaml.safe_load` for every data file in the package (checked in
tests/test_datafiles.py) in a fraction of the time; the pure-Python parser spent most of a coder's
start-up reading some thirty tables, and every worker process pays that start-up again. Even with the C parser, building the Python values of
a large table costs more than reading them back pickled, so a table of some size is kept in the
derived cache (detente.derived) under a hash of its text and the YAML library's version: the same
text always gives the same values, and an edited table is a new key, never a stale entry.
"""

from __future__ import annotations

import hashlib
from typing import IO, Any

import yaml

from detente import derived

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHED_FROM = 4096  # characters: smaller tables parse faster than a cache file is opened


def load_yaml(source: str | IO[str]) -> Any:
    """`yaml.safe_load(source)`, with the C parser where there is one (a large text's values cached)."""
    if isinstance(source, str) and len(source) >= CACHED_FROM:
        digest = hashlib.sha256(source.encode("utf-8", "surrogatepass"))
        digest.update(f"\0{yaml.__version__}\0{LOADER.__name__}".encode())
        return derived.cached("yaml", digest.hexdigest()[:40], lambda: _parse(source))
    return _parse(source)


def _parse(source: str | IO[str]) -> Any:
    return yaml.load(source, Loader=LOADER)  # noqa: S506 - a safe loader (SafeLoader or its C twin)
