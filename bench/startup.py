"""CPU seconds of a coder's start-up: importing the pipeline, making a Coder, coding its first document.

    .venv/bin/python bench/startup.py

Every `code` or `ingest` worker and every Dask model server pays these once. Run it alternately with
the code being compared (e.g. another tree's `src` on PYTHONPATH) in the same minutes; the derived
cache ($DETENTE_CACHE) should be filled by an earlier run on both sides, as it is for a user after the
first run. Figures go in docs/performance.md.
"""

from __future__ import annotations

import time

TEXT = ("President Biden met Chinese President Xi Jinping in Beijing on Monday. "
        "Russia attacked Ukraine's army near Kyiv, the ministry said on Tuesday.")


def main() -> None:
    start = time.process_time()
    from detente.pipeline import Coder

    imported = time.process_time()
    coder = Coder()
    made = time.process_time()
    coder.code_text(TEXT)
    first = time.process_time()
    print(f"import {imported - start:.2f} Coder() {made - imported:.2f} first document {first - made:.2f} "
          f"total {first - start:.2f} CPU s")


if __name__ == "__main__":
    main()
