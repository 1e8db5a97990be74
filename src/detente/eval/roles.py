"""Role measure on ConfliBERT's CoNLL files: are our sources and targets the marked source and target?

`conflibert_cameo/ner_*.txt` marks, per sentence, source spans (S), target spans (T) and spans that
are both (R: "Turkish and Greek sides" of a reciprocal act). We code each sentence, take every
source and target mention of its events (one per role and place), and count:

- a predicted source is right when it overlaps an S or R span, a predicted target when it overlaps a
  T or R span (overlap: the shared stretch of text holds a word other than "the", "of", "and", the
  same word test as the dyad match);
- each S span is a gold source, each T span a gold target, each R span both; a gold span is found
  when a predicted mention of its role overlaps it.

Precision is over our mentions, recall over the gold spans, both roles pooled and each apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.eval import require
from detente.eval.dyads import words
from detente.records import Event

NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "’s", "n't", "'re", "'ve", "'ll",
                             "'d", "'m", "'", "’"})
NO_SPACE_AFTER = frozenset({"(", "[", "$"})
SOURCE, TARGET = "source", "target"
ROLES_OF_TAG = {"S": (SOURCE,), "T": (TARGET,), "R": (SOURCE, TARGET)}


@dataclass
class RoleSentence:
    """A sentence rebuilt from its tokens, and its gold spans as (role tag, start, end) in that text."""

    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)


def _join(tokens: list[str]) -> tuple[str, list[int]]:
    """Tokens back into text the way news is written ("government 's" -> "government's"), with offsets."""
    text, starts = "", []
    for number, token in enumerate(tokens):
        if number and token not in NO_SPACE_BEFORE and tokens[number - 1] not in NO_SPACE_AFTER:
            text += " "
        starts.append(len(text))
        text += token
    return text, starts


def read_role_sentences(path: Path) -> list[RoleSentence]:
    """The CoNLL file as sentences with BIO spans S/T/R."""
    sentences: list[RoleSentence] = []
    rows: list[tuple[str, str]] = []
    for line in [*require(path).read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0], parts[-1]))
            continue
        if not rows:
            continue
        text, starts = _join([token for token, _ in rows])
        sentence = RoleSentence(text)
        current: list | None = None
        for (token, tag), start in zip(rows, starts, strict=True):
            end = start + len(token)
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
                current = [tag[2:], start, end]
                sentence.spans.append(current)  # type: ignore[arg-type]
            elif tag.startswith("I-") and current is not None:
                current[2] = end
            else:
                current = None
        sentence.spans = [(tag, start, end) for tag, start, end in sentence.spans]
        sentences.append(sentence)
        rows = []
    return sentences


def spans_overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The stretch the two spans share holds a word other than "the", "of", "and"."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return start < end and bool(words(text[start:end]))


def predicted_mentions(events: list[Event]) -> list[tuple[str, int, int]]:
    """Every source and target mention of the events, once per role and place."""
    seen: dict[tuple[str, int, int], None] = {}
    for event in events:
        for role, refs in ((SOURCE, event.source), (TARGET, event.target)):
            for ref in refs:
                seen.setdefault((role, ref.start, ref.end), None)
    return list(seen)


@dataclass
class RoleTally:
    """Counts per role: predicted mentions, of them right; gold spans, of them found."""

    predicted: dict[str, int] = field(default_factory=lambda: {SOURCE: 0, TARGET: 0})
    right: dict[str, int] = field(default_factory=lambda: {SOURCE: 0, TARGET: 0})
    gold: dict[str, int] = field(default_factory=lambda: {SOURCE: 0, TARGET: 0})
    found: dict[str, int] = field(default_factory=lambda: {SOURCE: 0, TARGET: 0})
    rows: list[dict] = field(default_factory=list)  # per sentence: our wrong mentions and the gold spans missed

    def add(self, sentence: RoleSentence, events: list[Event]) -> None:
        ours = predicted_mentions(events)
        gold = [(role, start, end) for tag, start, end in sentence.spans for role in ROLES_OF_TAG.get(tag, ())]
        wrong, missed = [], []
        for role, start, end in ours:
            self.predicted[role] += 1
            if any(r == role and spans_overlap(sentence.text, (start, end), (s, e)) for r, s, e in gold):
                self.right[role] += 1
            else:
                wrong.append(f"{role}: {sentence.text[start:end]}")
        for role, start, end in gold:
            self.gold[role] += 1
            if any(r == role and spans_overlap(sentence.text, (start, end), (s, e)) for r, s, e in ours):
                self.found[role] += 1
            else:
                missed.append(f"{role}: {sentence.text[start:end]}")
        self.rows.append({"text": sentence.text, "wrong": wrong, "missed": missed,
                          "ours": [f"{e.event_type}: {' | '.join(r.text for r in e.source)} -> "
                                   f"{' | '.join(r.text for r in e.target)}" for e in events]})

    def scores(self, roles: tuple[str, ...] = (SOURCE, TARGET)) -> tuple[float, float, float]:
        """Precision, recall, F1 over the given roles pooled."""
        right = sum(self.right[r] for r in roles)
        predicted = sum(self.predicted[r] for r in roles)
        found = sum(self.found[r] for r in roles)
        gold = sum(self.gold[r] for r in roles)
        precision = right / predicted if predicted else 0.0
        recall = found / gold if gold else 0.0
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

