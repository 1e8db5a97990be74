"""`detente eval actors`: actor span detection and country/sector coding against public gold data.

- PLOVER GSR (plover/PLOVER_GSR_CAMEO.dev.txt, parsed leniently): each record marks source and target
  actors with their text and code (ISO3 or IGO, sector when given). We find each gold actor's text in
  the sentence and measure (a) span detection: a gold actor counts as found when one of our mentions
  overlaps it; precision counts our mentions that overlap some gold actor, a lower bound because the
  gold marks only the event's two sides; (b) coding: the country and sector of our most central
  mention inside (else overlapping) the gold span, resolved as of the record's date.
- ConfliBERT CAMEO NER (conflibert_cameo/ner_test.txt and ner_train.txt; quick: the first sentences
  of ner_test): CoNLL tokens with source/target BIO tags; span detection as above (no codes here),
  reported for train (where rules are developed) and test (the check) apart.
- Gold codes from before ISO 3166 (JAP, ITL, VTN ...) are read as their ISO codes (OLD_CODES).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from detente.actors import central_mentions, find_mentions
from detente.actors.mentions import Found
from detente.eval import SuiteResult, prf, require
from detente.nlp import load_pipeline
from detente.nlp.typography import parse_many

QUICK_CONFLIBERT = 100
# Pre-ISO country codes that the older CAMEO-coded gold records still use, with their ISO 3166 codes.
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR", "SPN": "ESP", "BUL": "BGR",
             "ROM": "ROU", "BNG": "BGD", "TAW": "TWN", "MOR": "MAR", "ALG": "DZA"}


def read_plover(path: Path) -> list[dict[str, Any]]:
    """Records of the GSR file, which is a JSON list with stray commas; unreadable records are skipped."""
    text = path.read_text("utf-8", errors="replace")
    records: list[dict[str, Any]] = []
    decoder = json.JSONDecoder()
    for match in re.finditer(r"^\{", text, flags=re.M):
        try:
            record, _ = decoder.raw_decode(re.sub(r",(\s*[}\]])", r"\1", text[match.start():match.start() + 20000]))
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and record.get("text"):
            records.append(record)
    return records


def _gold_actors(record: dict[str, Any]) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, country, sector) for each marked actor whose text is found in the sentence."""
    out = []
    lowered = record["text"].lower()
    for side in ("source", "target"):
        for actor in record.get(side) if isinstance(record.get(side), list) else []:
            words = str(actor.get("actorText") or "").strip()
            where = lowered.find(words.lower()) if words else -1
            if where < 0:
                continue
            sector = str(actor.get("sector") or "")[:3] or None
            code = actor.get("code")
            out.append((where, where + len(words), OLD_CODES.get(code, code), sector))
    return list(dict.fromkeys(out))


def read_conll(path: Path, limit: int | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
    """Sentences as text (tokens joined by spaces) with their source/target spans (character offsets)."""
    sentences: list[tuple[str, list[tuple[int, int]]]] = []
    tokens: list[tuple[str, str]] = []

    def close() -> None:
        if not tokens:
            return
        text, spans, offset, current = "", [], 0, None
        for word, tag in tokens:
            start = offset
            text += word + " "
            offset += len(word) + 1
            if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                current = [start, start + len(word)]
                spans.append(current)
            elif tag.startswith("I-") and current is not None:
                current[1] = start + len(word)
            else:
                current = None
        sentences.append((text.rstrip(), [(s, e) for s, e in spans]))
        tokens.clear()

    for line in path.read_text("utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts:
            close()
            if limit and len(sentences) >= limit:
                return sentences
            continue
        tokens.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    close()
    return sentences[:limit] if limit else sentences


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span_counts(found: list[Found], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(matched gold, our mentions overlapping some gold, our mentions)."""
    ours = [(f.start, f.end) for f in found]
    hit_gold = sum(any(_overlaps(g, o) for o in ours) for g in gold)
    hit_ours = sum(any(_overlaps(o, g) for g in gold) for o in ours)
    return hit_gold, hit_ours, len(ours)


def _coded(doc: Any, found: list[Found], start: int, end: int) -> Found | None:
    inside = central_mentions(doc, found, start, end)
    if inside:
        return inside[0]
    around = [f for f in found if _overlaps((f.start, f.end), (start, end))]
    return around[0] if around else None


def _conll_counts(nlp: Any, sentences: list[tuple[str, list[tuple[int, int]]]]) -> tuple[int, int, int, int]:
    """(gold spans, gold spans found, our mentions, our mentions overlapping gold) over CoNLL sentences."""
    gold = gold_hit = ours = ours_hit = 0
    for (_text, spans), doc in zip(sentences, parse_many(nlp, (t for t, _ in sentences)), strict=True):
        g, o, n = _span_counts(find_mentions(doc, None), spans)
        gold, gold_hit, ours_hit, ours = gold + len(spans), gold_hit + g, ours_hit + o, ours + n
    return gold, gold_hit, ours, ours_hit


def run(data_dir: Path, quick: bool = False) -> SuiteResult:
    nlp = load_pipeline()
    plover = read_plover(require(data_dir / "plover" / "PLOVER_GSR_CAMEO.dev.txt"))
    folder = data_dir / "conflibert_cameo"
    parts = {"test": read_conll(require(folder / "ner_test.txt"), QUICK_CONFLIBERT if quick else None)}
    if not quick and (folder / "ner_train.txt").exists():
        parts["train"] = read_conll(folder / "ner_train.txt")

    gold_n = gold_hit = ours_hit = ours_n = 0
    country_ok = sector_ok = sector_n = country_n = 0
    for record, doc in zip(plover, parse_many(nlp, (r["text"] for r in plover)), strict=True):
        date = str(record.get("date") or "")[:10] or None
        found = find_mentions(doc, date)
        gold = _gold_actors(record)
        g, o, n = _span_counts(found, [(s, e) for s, e, _, _ in gold])
        gold_n, gold_hit, ours_hit, ours_n = gold_n + len(gold), gold_hit + g, ours_hit + o, ours_n + n
        for start, end, country, sector in gold:
            best = _coded(doc, found, start, end)
            if country:
                country_n += 1
                country_ok += bool(best and best.country == country)
            if sector:
                sector_n += 1
                sector_ok += bool(best and best.sector == sector)
    p_plover, r_plover, f_plover = prf(ours_hit, ours_n - ours_hit, gold_n - gold_hit)

    counts = {name: _conll_counts(nlp, sentences) for name, sentences in parts.items()}
    c_gold, c_gold_hit, c_ours, c_ours_hit = (sum(c[i] for c in counts.values()) for i in range(4))
    p_conll = c_ours_hit / c_ours if c_ours else 0.0
    r_conll = c_gold_hit / c_gold if c_gold else 0.0
    r_plover = gold_hit / gold_n if gold_n else 0.0

    figures = {
        "plover_span_precision": p_plover, "plover_span_recall": r_plover, "plover_span_f1": f_plover,
        "plover_country_accuracy": country_ok / country_n if country_n else 0.0,
        "plover_sector_accuracy": sector_ok / sector_n if sector_n else 0.0,
        "conflibert_span_precision": p_conll, "conflibert_span_recall": r_conll,
    }
    for name, (g_n, g_hit, o_n, o_hit) in counts.items():
        if len(counts) > 1:
            figures[f"conflibert_{name}_span_precision"] = o_hit / o_n if o_n else 0.0
            figures[f"conflibert_{name}_span_recall"] = g_hit / g_n if g_n else 0.0
    table = "\n".join([
        "| set | gold actors | found | our mentions | overlapping gold | coded (country / sector) |",
        "|---|---|---|---|---|---|",
        f"| PLOVER GSR dev ({len(plover)} records) | {gold_n} | {gold_hit} | {ours_n} | {ours_hit} | "
        f"{country_ok}/{country_n} / {sector_ok}/{sector_n} |",
    ] + [f"| ConfliBERT NER {name} ({len(parts[name])} sentences) | {g_n} | {g_hit} | {o_n} | {o_hit} | – |"
         for name, (g_n, g_hit, o_n, o_hit) in counts.items()])
    notes = [
        "span found = one of our mentions overlaps the gold actor text; precision is a lower bound "
        "(the gold marks only the two sides of one event per sentence)",
        "coding = country and sector (first three letters of the gold sector) of our most central mention "
        "in the gold span, as of the record's date; a gold actor we miss counts as wrong",
        f"{'quick: first ' + str(QUICK_CONFLIBERT) + ' ConfliBERT sentences' if quick else 'all sentences'}",
    ]
    return SuiteResult(name="actors", figures=figures, table=table, notes=notes)
