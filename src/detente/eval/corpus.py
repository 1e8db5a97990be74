"""`detente eval corpus`: articles grouped into stories and events linked into happenings, on ECB+.

The ECB+ documents of the dev topics are ingested through the real store (spaCy coding, DuckDB,
linking), in a shuffled order with a fixed seed, since the store sees articles as they come.

(a) Article grouping: the gold clusters are the documents of one topic and sub-topic (one seminal
    event each); ours are the `story_id`s. B³ and CoNLL F1 (mean of MUC, B³, CEAF-e F1; scorch).
(b) Event level: gold event mentions are the ACTION/NEG mentions of the cross-document chains in
    the sentences ECB+ annotated for coreference. A gold mention is covered when the trigger of
    one of our event mentions overlaps it; covered mentions are clustered by our `happening_id`
    and scored against the gold chains (B³, CoNLL F1). Coverage is the share of gold mentions
    covered. Our coder codes political events only, so most ECB+ happenings (deaths, awards,
    product launches) are outside it by design.
"""

from __future__ import annotations

import difflib
import json
import random
import tempfile
from collections import defaultdict
from pathlib import Path

from scorch import scores

from detente.eval import SuiteResult, require
from detente.eval.ecbplus import GoldDocument, read_corpus

QUICK_TOPICS = ["1", "2"]


def clusters(assignment: dict[str, str]) -> list[set[str]]:
    """Items grouped by their cluster label."""
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in assignment.items():
        groups[label].add(item)
    return list(groups.values())


def coref_figures(key: list[set[str]], response: list[set[str]]) -> dict[str, float]:
    """MUC, B³ and CEAF-e from scorch (which returns recall, precision, F1), and their CoNLL mean."""
    muc, b3, ceafe = scores.muc(key, response), scores.b_cubed(key, response), scores.ceaf_e(key, response)
    return {"muc_f1": muc[2], "b3_p": b3[1], "b3_r": b3[0], "b3_f1": b3[2], "ceafe_f1": ceafe[2],
            "conll_f1": (muc[2] + b3[2] + ceafe[2]) / 3}


def aligned(gold: str, stored: str) -> dict[int, int]:
    """Gold character offsets to stored ones, over the stretches the cleaning left unchanged."""
    mapping: dict[int, int] = {}
    for tag, a0, a1, b0, _b1 in difflib.SequenceMatcher(None, gold, stored, autojunk=False).get_opcodes():
        if tag == "equal":
            mapping.update(zip(range(a0, a1 + 1), range(b0, b0 + a1 - a0 + 1), strict=True))
    return mapping


def ingest(docs: list[GoldDocument], folder: Path, seed: int = 0) -> Path:
    """Write the documents as JSON lines in a shuffled order and ingest them into a fresh store."""
    from detente.store import Store

    order = list(docs)
    random.Random(seed).shuffle(order)
    source = folder / "ecbplus.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for doc in order:
            handle.write(json.dumps({"id": doc.name, "text": doc.text, "url": doc.url}, ensure_ascii=False) + "\n")
    db = folder / "ecbplus.duckdb"
    with Store(db) as store:
        store.ingest([source])
    return db


def run(data: Path, quick: bool = False) -> SuiteResult:
    root = require(data / "ecbplus")
    docs = read_corpus(root, QUICK_TOPICS if quick else None)
    with tempfile.TemporaryDirectory() as tmp:
        return score(ingest(docs, Path(tmp)), docs, quick)


def score(db: Path, docs: list[GoldDocument], quick: bool = False) -> SuiteResult:
    """The figures of a store into which the ECB+ documents were ingested."""
    import duckdb

    by_name = {d.name: d for d in docs}
    con = duckdb.connect(str(db), read_only=True)
    stored = dict(con.execute("SELECT external_id, doc_id FROM documents").fetchall())
    texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
    story = dict(con.execute("SELECT doc_id, story_id FROM stories").fetchall())
    triggers = con.execute(
        "SELECT m.doc_id, m.trigger_start, m.trigger_end, he.happening_id FROM event_mentions m "
        "JOIN happening_events he ON he.event_id = m.event_id").fetchall()
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
    n_happenings = con.execute("SELECT count(*) FROM happenings").fetchone()[0]  # type: ignore[index]
    con.close()

    # (a) articles: every gold document is scored; one we could not store is a story of its own
    gold_groups = {name: doc.group for name, doc in by_name.items()}
    ours = {name: story.get(stored.get(name, ""), f"unstored-{name}") for name in by_name}
    article = coref_figures(clusters(gold_groups), clusters(ours))

    # (b) events: gold mentions covered by one of our triggers, clustered by our happenings
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    name_of = {doc_id: name for name, doc_id in stored.items()}
    for doc_id, start, end, happening_id in triggers:
        if start is not None and doc_id in name_of:
            spans[name_of[doc_id]].append((start, end, happening_id))
    gold_chain, our_happening = {}, {}
    total = lost = 0
    for doc in docs:
        total += len(doc.mentions)
        text = texts.get(stored.get(doc.name, ""))
        if text is None or not doc.mentions:
            continue
        offsets = aligned(doc.text, text)
        for index, mention in enumerate(doc.mentions):
            start, end = offsets.get(mention.start), offsets.get(mention.end)
            if start is None or end is None:  # the cleaning removed this stretch of text
                lost += 1
                continue
            hit = next((h for s, e, h in sorted(spans.get(doc.name, [])) if s < end and start < e), None)
            if hit is not None:
                item = f"{doc.name}#{index}"
                gold_chain[item], our_happening[item] = mention.chain, hit
    events = coref_figures(clusters(gold_chain), clusters(our_happening)) if gold_chain else {}
    coverage = len(gold_chain) / total if total else 0.0

    figures: dict[str, float | int] = {
        "article_b3_f1": article["b3_f1"], "article_conll_f1": article["conll_f1"],
        "event_b3_f1": events.get("b3_f1", 0.0), "event_conll_f1": events.get("conll_f1", 0.0),
        "event_coverage": coverage,
        "documents": len(docs), "gold_article_groups": len(set(gold_groups.values())),
        "our_stories": len(set(ours.values())),
        "gold_event_mentions": total, "covered_mentions": len(gold_chain),
        "our_events": n_events, "our_happenings": n_happenings,
    }
    table = ["| level | MUC F1 | B³ P | B³ R | B³ F1 | CEAF-e F1 | CoNLL F1 |", "|---|---|---|---|---|---|---|"]
    for label, result in (("articles (story_id)", article), ("events (happening_id), covered mentions", events)):
        if result:
            table.append(f"| {label} | {result['muc_f1']:.3f} | {result['b3_p']:.3f} | {result['b3_r']:.3f} | "
                         f"{result['b3_f1']:.3f} | {result['ceafe_f1']:.3f} | {result['conll_f1']:.3f} |")
    notes = [
        f"ECB+ {'topics ' + ', '.join(QUICK_TOPICS) if quick else 'dev topics (every topic folder in ../shared/data/ecbplus)'}: "
        f"{len(docs)} documents ingested with `Store.ingest` in a shuffled order (seed 0); no publication dates "
        "(ECB+ gives none), so only dates written in the text count.",
        "Articles: gold clusters are topic + sub-topic (ecb / ecbplus); ours are story_id. "
        "CoNLL F1 = mean of MUC, B³ and CEAF-e F1 (scorch).",
        "Events: gold mentions are ACTION/NEG mentions in cross-document chains, in the sentences ECB+ "
        "annotated for coreference; a gold mention is covered when one of our event triggers overlaps it; "
        "covered mentions are scored by happening_id against the gold chains. Coverage = covered / all gold mentions.",
    ]
    if lost:
        notes.append(f"{lost} gold mention(s) fell in text the cleaning removed (counted as uncovered).")
    return SuiteResult("corpus", figures, "\n".join(table), notes)
