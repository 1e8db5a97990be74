"""Memory and load time of the whole actor knowledge base (curated lists plus the generated tables).

Run: .venv/bin/python bench/kb_memory.py  (figures go to docs/performance.md by hand)

Two measures: the peak of Python allocations while the knowledge base loads (tracemalloc), and
the growth of the process's resident memory (RSS, from /proc) from before the load to after the
actors stage has coded one short document, so the look-up tables built on first use (the name
dictionary of generated forms, the matcher) are counted too. The spaCy model is loaded before the
first reading, so its memory is not counted.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

TEXT = ("Kenyan Interior Minister Kithure Kindiki met officials from Uganda in Nairobi on Monday. "
        "\"We will reopen the border,\" he said, according to state media.")


def rss_mib() -> float:
    """Resident memory of this process in MiB (Linux), or 0 where /proc is absent."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    from detente.actors import annotate
    from detente.actors.kb import knowledge_base
    from detente.analysis import Analysis
    from detente.nlp import load_pipeline
    from detente.records import Document

    nlp = load_pipeline()
    doc = nlp(TEXT)
    before = rss_mib()
    tracemalloc.start()
    began = time.perf_counter()
    kb = knowledge_base()
    seconds = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    loaded = rss_mib()
    annotate(Analysis(Document(doc_id="bench", text=TEXT, published="2024-01-08"), doc))
    used = rss_mib()
    print(f"people {len(kb.people)}, organisations {len(kb.organisations)}, "
          f"places {len(kb.places) + len(kb.place_forms)}; load {seconds:.1f} s; peak Python memory {peak / 2**20:.0f} MiB; "
          f"resident memory +{loaded - before:.0f} MiB after loading, +{used - before:.0f} MiB after coding "
          f"one document (budget 300 MB)")


if __name__ == "__main__":
    main()
