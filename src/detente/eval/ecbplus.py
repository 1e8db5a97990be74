"""Read ECB+ (../shared/data/ecbplus): documents as text, gold event mentions and their chains.

Each topic folder holds articles on two seminal events: `N_Mecb.xml` (sub-topic "ecb") and
`N_Mecbplus.xml` (sub-topic "ecbplus"). Text is rebuilt from the tokens (one line per sentence,
tokens joined by spaces), so every token has a character span. An ecbplus file's sentence 0 is
the page's URL: it becomes the document's `url`, not text.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    chain: str  # cross-document instance id
    sentence: int


@dataclass
class GoldDocument:
    name: str  # 1_10ecbplus
    topic: str
    subtopic: str  # "ecb" or "ecbplus"
    text: str
    url: str | None
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def group(self) -> str:
        return f"{self.topic}/{self.subtopic}"


def selected_sentences(root: Path) -> dict[str, set[int]]:
    """The sentences ECB+ annotated with coreference, per document (the README's advice)."""
    chosen: dict[str, set[int]] = defaultdict(set)
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            chosen[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return chosen


def read_document(path: Path, selected: set[int]) -> GoldDocument:
    tree = ET.parse(path)
    root = tree.getroot()
    name = path.stem
    subtopic = "ecbplus" if name.endswith("ecbplus") else "ecb"
    sentences: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append((token.get("t_id", ""), token.text or ""))
    url = None
    if subtopic == "ecbplus" and 0 in sentences:
        url = "".join(text for _t, text in sentences.pop(0))
    spans: dict[str, tuple[int, int, int]] = {}
    lines, offset = [], 0  # paragraphs apart by a blank line, as the cleaning writes them
    for number in sorted(sentences):
        words = []
        for t_id, text in sentences[number]:
            spans[t_id] = (offset, offset + len(text), number)
            words.append(text)
            offset += len(text) + 1
        lines.append(" ".join(words))
        offset += 1  # the second newline
    text = "\n\n".join(lines)
    doc = GoldDocument(name=name, topic=name.split("_")[0], subtopic=subtopic, text=text, url=url)
    markables = root.find("Markables")
    actions: dict[str, list[str]] = {}
    for markable in markables if markables is not None else []:
        if markable.tag.startswith(("ACTION", "NEG")) and markable.find("token_anchor") is not None:
            actions[markable.get("m_id", "")] = [a.get("t_id", "") for a in markable.iter("token_anchor")]
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        if relation.tag != "CROSS_DOC_COREF" or not (relation.get("note") or "").startswith(("ACT", "NEG")):
            continue
        for source in relation.iter("source"):
            tokens = [spans[t] for t in actions.get(source.get("m_id", ""), []) if t in spans]
            if not tokens or tokens[0][2] not in selected:
                continue
            start, end = min(t[0] for t in tokens), max(t[1] for t in tokens)
            doc.mentions.append(GoldMention(name, start, end, text[start:end], relation.get("note", ""), tokens[0][2]))
    return doc


def read_corpus(root: Path, topics: list[str] | None = None) -> list[GoldDocument]:
    """Every document of the given topics (all topic folders when None), in a stable order."""
    chosen = selected_sentences(root)
    folders = sorted((p for p in root.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name))
    docs = []
    for folder in folders:
        if topics is not None and folder.name not in topics:
            continue
        for path in sorted(folder.glob("*.xml")):
            docs.append(read_document(path, chosen.get(path.stem, set())))
    return docs
