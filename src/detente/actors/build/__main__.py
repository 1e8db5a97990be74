"""`python -m detente.actors.build PHOENIX_DIR`: regenerate the knowledge base's tables (data/kb/)."""

from __future__ import annotations

import sys
from pathlib import Path

from detente.actors.build import write_tables


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python -m detente.actors.build PHOENIX_DICTIONARY_DIR", file=sys.stderr)
        return 2
    counts = write_tables(Path(argv[0]))
    print(", ".join(f"{name}: {n}" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
