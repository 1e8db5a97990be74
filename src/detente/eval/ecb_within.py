"""`detente eval ecb-within`: one event per happening inside a document, on ECB+ gold chains.

Each ECB+ document (token XML) is rebuilt as plain text, one sentence per line, and run through
the whole coder (time, actors, events). Our events are mapped to the gold event mentions
(ACTION_* and NEG_ACTION_* markables, in the sentences ECB+ lists as annotated) that their
triggers overlap. Over the gold mentions we cover, our grouping (which of our events each
mention belongs to) is scored against the gold chains inside the document (the mentions that
CROSS_DOC_COREF or INTRA_DOC_COREF point at one instance; a mention in no relation is a chain of
its own) with MUC, B-cubed and CEAF-e; CoNLL F1 is their mean. Coverage is the share of gold
mentions some trigger of ours overlaps: the grouping score says nothing of the mentions we miss.
"""

from __future__ import annotations

import csv
import re
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detente.eval import SuiteResult, require

FOLDER = "ecbplus"
Chains = list[set[str]]


@dataclass
class EcbDocument:
    """A document's text (sentence per line), its gold event mentions as character spans, and the chains."""

    name: str
    topic: str
    text: str
    mentions: dict[str, tuple[int, int]] = field(default_factory=dict)  # m_id -> (start, end)
    chains: Chains = field(default_factory=list)


def selected_sentences(folder: Path) -> dict[str, set[int]]:
    """ECB+'s list of the sentences whose mentions were annotated with care, by document stem."""
    chosen: dict[str, set[int]] = {}
    path = folder / "ECBplus_coreference_sentences.csv"
    if not path.exists():
        return chosen
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            chosen.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return chosen


def read_document(path: Path, chosen: set[int] | None) -> EcbDocument:
    """Text, event mentions and within-document chains of one ECB+ file."""
    root = ElementTree.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int, int]] = {}  # t_id -> (start, end, sentence)
    length, sentence_now = 0, None
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        word = (token.text or "").strip() or "_"
        if sentence_now is not None:
            separator = "\n" if sentence != sentence_now else " "
            pieces.append(separator)
            length += 1
        sentence_now = sentence
        offsets[token.get("t_id", "")] = (length, length + len(word), sentence)
        pieces.append(word)
        length += len(word)
    mentions: dict[str, tuple[int, int]] = {}
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [offsets[a.get("t_id", "")] for a in markable.findall("token_anchor") if a.get("t_id", "") in offsets]
        if not anchors or not re.match(r"(NEG_)?ACTION_", markable.tag):
            continue
        if chosen is not None and not any(a[2] in chosen for a in anchors):
            continue
        mentions[markable.get("m_id", "")] = (min(a[0] for a in anchors), max(a[1] for a in anchors))
    chains_by_target: dict[str, set[str]] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        if relation.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            continue
        target = relation.find("target")
        key = target.get("m_id", "") if target is not None else relation.get("r_id", "")
        members = {s.get("m_id", "") for s in relation.findall("source")} & mentions.keys()
        chains_by_target.setdefault(key, set()).update(members)
    chains = [c for c in chains_by_target.values() if c]
    placed = set().union(*chains) if chains else set()
    chains += [{m} for m in mentions if m not in placed]
    stem = path.stem
    return EcbDocument(stem, stem.split("_")[0], "".join(pieces), mentions, chains)


def documents(data_dir: Path, quick: bool) -> list[EcbDocument]:
    folder = require(data_dir / FOLDER)
    chosen = selected_sentences(folder)
    paths = sorted(folder.glob("*/*.xml"), key=lambda p: (int(p.parent.name) if p.parent.name.isdigit() else 0, p.name))
    if quick:
        paths = paths[::8]
    return [read_document(p, chosen.get(p.stem) if chosen else None) for p in paths]


def restrict(chains: Iterable[set[str]], kept: set[str]) -> Chains:
    return [c & kept for c in chains if c & kept]


def muc(key: Chains, response: Chains) -> tuple[float, float]:
    """Vilain et al.: links recovered. Returns (numerator, denominator) of recall; swap for precision."""
    where = {m: n for n, chain in enumerate(response) for m in chain}
    numerator = denominator = 0
    for chain in key:
        parts = {where.get(m, ("alone", m)) for m in chain}
        numerator += len(chain) - len(parts)
        denominator += len(chain) - 1
    return numerator, denominator


def b_cubed(key: Chains, response: Chains) -> tuple[float, float]:
    """Bagga and Baldwin: per mention, the share of its key chain that its response chain holds."""
    where = {m: chain for chain in response for m in chain}
    numerator = 0.0
    count = 0
    for chain in key:
        for mention in chain:
            numerator += len(chain & where.get(mention, {mention})) / len(chain)
            count += 1
    return numerator, count


def ceaf_e(key: Chains, response: Chains) -> tuple[float, float, float]:
    """Luo's entity-based CEAF: the best one-to-one alignment of chains by phi4 similarity.
    Returns (similarity, key chains, response chains)."""
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, len(key), len(response)
    similarity = [[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key]
    rows, columns = linear_sum_assignment(similarity, maximize=True)
    return sum(similarity[r][c] for r, c in zip(rows, columns, strict=True)), len(key), len(response)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Totals:
    gold_mentions: int = 0
    covered: int = 0
    our_events: int = 0  # events with a trigger on a gold mention
    merged_events: int = 0  # of those, events with more than one covered mention
    muc_r: list[float] = field(default_factory=lambda: [0.0, 0.0])
    muc_p: list[float] = field(default_factory=lambda: [0.0, 0.0])
    b3_r: list[float] = field(default_factory=lambda: [0.0, 0.0])
    b3_p: list[float] = field(default_factory=lambda: [0.0, 0.0])
    ceaf: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])

    def add(self, key: Chains, response: Chains) -> None:
        for target, (a, b) in ((self.muc_r, muc(key, response)), (self.muc_p, muc(response, key)),
                               (self.b3_r, b_cubed(key, response)), (self.b3_p, b_cubed(response, key))):
            target[0] += a
            target[1] += b
        for n, value in enumerate(ceaf_e(key, response)):
            self.ceaf[n] += value

    def scores(self) -> dict[str, float]:
        def ratio(pair: list[float]) -> float:
            return pair[0] / pair[1] if pair[1] else 0.0

        muc_f = f1(ratio(self.muc_p), ratio(self.muc_r))
        b3_f = f1(ratio(self.b3_p), ratio(self.b3_r))
        ceaf_p = self.ceaf[0] / self.ceaf[2] if self.ceaf[2] else 0.0
        ceaf_r = self.ceaf[0] / self.ceaf[1] if self.ceaf[1] else 0.0
        ceaf_f = f1(ceaf_p, ceaf_r)
        return {"MUC precision": ratio(self.muc_p), "MUC recall": ratio(self.muc_r), "MUC F1": muc_f,
                "B3 precision": ratio(self.b3_p), "B3 recall": ratio(self.b3_r), "B3 F1": b3_f,
                "CEAF-e F1": ceaf_f, "CoNLL F1": (muc_f + b3_f + ceaf_f) / 3}


def our_grouping(events: list, gold: EcbDocument) -> Chains:
    """For each of our events, the gold mentions its triggers overlap; a gold mention goes to the first event
    that covers it."""
    taken: set[str] = set()
    groups: Chains = []
    for event in events:
        group = set()
        for mention in event.mentions:
            trigger = mention.trigger
            for m_id, (start, end) in gold.mentions.items():
                if m_id not in taken and start < trigger.end and trigger.start < end:
                    group.add(m_id)
        if group:
            taken |= group
            groups.append(group)
    return groups


def run(data_dir: Path, quick: bool = False) -> SuiteResult:
    """Within-document grouping of our events against ECB+ event chains, with the coverage it rests on."""
    from detente.analysis import Analysis
    from detente.nlp.typography import parse_many
    from detente.pipeline import Coder
    from detente.records import Document

    started = time.perf_counter()
    gold_documents = documents(data_dir, quick)
    coder = Coder()
    nlp = coder.nlp
    totals = Totals()
    rows: list[tuple[str, int, int, int]] = []
    parsed = parse_many(nlp, [g.text for g in gold_documents], 16, coder.settings.straight_quotes)
    for gold, doc in zip(gold_documents, parsed, strict=True):
        analysis = coder.analyse(Analysis(document=Document(doc_id=gold.name, text=gold.text), doc=doc,
                                          settings=coder.settings))
        response = our_grouping(analysis.events, gold)
        covered = set().union(*response) if response else set()
        totals.gold_mentions += len(gold.mentions)
        totals.covered += len(covered)
        totals.our_events += len(response)
        totals.merged_events += sum(1 for group in response if len(group) > 1)
        key = restrict(gold.chains, covered)
        totals.add(key, response)
        rows.append((gold.name, len(gold.mentions), len(covered), len(response)))
    figures: dict[str, float] = {
        "documents": len(gold_documents),
        "gold event mentions": totals.gold_mentions,
        "gold mentions covered": totals.covered,
        "coverage": totals.covered / totals.gold_mentions if totals.gold_mentions else 0.0,
        "our events on gold mentions": totals.our_events,
        "of those, with several mentions": totals.merged_events,
        **totals.scores(),
    }
    table = ["| document | gold event mentions | covered | our events there |", "|---|---|---|---|"]
    table += [f"| {name} | {gold} | {covered} | {ours} |" for name, gold, covered, ours in rows[:12]]
    notes = [
        f"ECB+ topics {', '.join(sorted({g.topic for g in gold_documents}, key=int))} "
        f"({'a deterministic eighth of the' if quick else 'all'} {len(gold_documents)} documents; these topics are "
        "the development part we hold); gold event mentions are ACTION_* and NEG_ACTION_* markables in the "
        "sentences ECB+ lists as annotated (ECBplus_coreference_sentences.csv).",
        "Each document is coded as plain text (one sentence per line, no publication date) by the whole coder. "
        "A gold mention is covered when a trigger of one of our events overlaps it; our grouping of the covered "
        "mentions (one group per event after within-document merging) is scored against the gold chains "
        "restricted to them: MUC, B3, CEAF-e and CoNLL F1 = their mean, summed over documents.",
        "ECB+ marks every event (also non-political ones, states and reporting); we code only PLOVER events, "
        "so coverage is low by design and the grouping scores are over the mentions we do code.",
        f"suite ran in {time.perf_counter() - started:.0f} s",
    ]
    return SuiteResult("ecb-within", figures, "\n".join(table), notes)
