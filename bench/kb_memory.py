"""Memory and load time of the whole actor knowledge base (curated lists plus the generated tables).

Run: .venv/bin/python bench/kb_memory.py  (figures go to docs/performance.md by hand)
"""

from __future__ import annotations

import time
import tracemalloc


def main() -> None:
    from detente.actors.kb import knowledge_base

    tracemalloc.start()
    began = time.perf_counter()
    kb = knowledge_base()
    seconds = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"people {len(kb.people)}, organisations {len(kb.organisations)}, "
          f"places {len(kb.places) + len(kb.place_forms)}; load {seconds:.1f} s; peak Python memory {peak / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
