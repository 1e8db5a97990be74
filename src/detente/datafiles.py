"""YAML data files (rule tables, word lists) parsed with libyaml's C parser when PyYAML was built with it.

The C parser gives the same values as `yaml.safe_load` for every data file in the package (checked in
tests/test_datafiles.py) in a fraction of the time; the pure-Python parser spent most of a coder's
start-up reading some thirty tables, and every worker process pays that start-up again.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | IO[str]) -> Any:
    """`yaml.safe_load(source)`, with the C parser where there is one."""
    return yaml.load(source, Loader=LOADER)  # noqa: S506 - a safe loader (SafeLoader or its C twin)
