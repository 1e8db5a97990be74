"""List asserted events whose sentence carries a cue that the act may not have happened (issue 14, "whether").

Codes a development sample (PolNeAR dev texts 1-30 sorted, the first IndiaPoliceEvents documents, the seeds;
never PolNeAR dev 31-80, held back) and prints every event coded `asserted` whose sentence holds a negation,
a condition, a question, a future, or a verb of wishing, proposing, threatening or asking, an accusation or
hearsay, an expectation, or a generic or habitual doer, with the cue found,
so a reader can count the true errors by kind. The cues are deliberately wider than the coder's rules: this is
a reading list, not a judge.

Usage: .venv/bin/python bench/whether_audit.py OUT.jsonl [--ipe N] [--from OUT.jsonl]
(--from re-reads a coded sample instead of coding it again).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

DATA = Path("../shared/data")
SEEDS = Path("../shared/seeds")

CUES: dict[str, str] = {
    "negation": r"\b(not|n't|never|no one|nobody|none of|neither|nor|failed to|without|refused to|refuses to|"
                r"denied|denies|deny|yet to|stopped short|declined to|no)\b",
    "threat": r"\b(threat\w*|warn\w*|vow\w*|ultimatum)\b",
    "condition": r"\b(if|unless|whether|would|could|might|may|should|possible|possibly|potential)\b",
    "future": r"\b(will|'ll|plans? to|planned|planning|is set to|are set to|expected to|due to|poised to|"
              r"scheduled|upcoming|next (week|month|year)|going to|about to)\b",
    "wish": r"\b(wish\w*|propos\w*|demand\w*|consider\w*|hope\w*|hoping|call(s|ed)? (for|on)|urg\w*|ask\w*|"
            r"seek\w*|sought|offer\w*|want\w*|aim\w*|pledg\w*|promis\w*|push\w*|press\w*|appeal\w*)\b",
    "question": r"\?",
    # session 14: an act passed on as a claim, foreseen by others, or told of whoever does it / as a habit
    "alleged": r"\b(accus\w*|alleg\w*|charged with|claim\w*|reportedly|purportedly|supposedly|said to have|"
               r"reports? that|suspected of)\b",
    "expected": r"\b(expected to|set to|due to|scheduled to|slated to|poised to|likely to|upcoming|forthcoming)\b",
    "generic": r"\b(whoever|anyone who|those who|people who|often|usually|routinely|regularly|typically|"
               r"frequently|habitually)\b",
}


def sample(ipe_docs: int) -> list[tuple[str, str, str | None]]:
    """(name, text, published) for the development sample."""
    from detente.eval.events import read_ipe
    from detente.eval.times import FILE_DATE

    found: list[tuple[str, str, str | None]] = []
    for path in sorted((DATA / "polnear" / "dev" / "text").glob("*.txt"))[:30]:
        found.append((path.name, path.read_text("utf-8", errors="replace"),
                      (FILE_DATE.search(path.name) or [None, None])[1]))
    for document in read_ipe(DATA, limit=ipe_docs):
        found.append((f"ipe:{document.doc_id}", " ".join(document.sentences), document.published))
    for path in sorted(SEEDS.glob("*.txt")):
        found.append((f"seed:{path.name}", path.read_text("utf-8", errors="replace"), None))
    return found


def code(out: Path, ipe_docs: int) -> None:
    from detente.pipeline import Coder
    from detente.records import RawDocument

    coder = Coder()
    with out.open("w", encoding="utf-8") as handle:
        for name, text, published in sample(ipe_docs):
            record = next(coder.code_raw([RawDocument(origin=name, text=text)], published=published))
            for event in record.get("events", []):
                handle.write(json.dumps({"doc": name, **event}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--ipe", type=int, default=40)
    parser.add_argument("--from", dest="coded", action="store_true", help="read OUT instead of coding")
    args = parser.parse_args()
    if not args.coded:
        code(args.out, args.ipe)
    kinds: Counter[str] = Counter()
    total = asserted = 0
    for line in args.out.open(encoding="utf-8"):
        event = json.loads(line)
        total += 1
        if event.get("factuality") != "asserted":
            continue
        asserted += 1
        for mention in event.get("mentions", []):
            sentence = mention.get("text", "")
            hits = [kind for kind, cue in CUES.items() if re.search(cue, sentence, re.IGNORECASE)]
            if not hits:
                continue
            kinds.update(hits)
            trigger = (mention.get("trigger") or {}).get("text", "")
            print(f"{event['doc'][:40]}\t{event['event_type']}\t[{trigger}]\t{','.join(hits)}\t"
                  f"{' '.join(sentence.split())}\t{event.get('evidence', '')}")
    print(f"# events {total}, asserted {asserted}; asserted mentions with a cue by kind: {dict(kinds)}")


if __name__ == "__main__":
    main()
