"""How often a quote's speaker stays unresolved where the text names the speaker (issue 15).

A quote counts when the words naming its source were found (it has a cue) and the text names who
that is: the source words hold a name ("Toshimitsu Shigemura", "the Foreign Ministry", "KCNA"),
or they are a third-person pronoun ("he") or a definite description ("the minister", "its
spokesman") in a document that has named a person or body before them, outside quotation marks.
A first-person "I", an indefinite "a spokeswoman" or a bare "officials" names no one and is not
counted. Unresolved = the quote's speaker has no actor id. Read on real articles with no speaker
gold: the seed articles and the PolNeAR dev texts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from detente.analysis import Analysis
from detente.nlp.coref import quoted_tokens
from detente.records import Quote

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
THIRD_PERSON = frozenset({"he", "she", "they", "it", "him", "her", "them"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def naming(analysis: Analysis, quote: Quote, quoted: list[int], named_before: list[int]) -> str | None:
    """'name', 'pronoun' or 'description' when the text names the quote's speaker, else None.

    `quoted`: per token, -1 outside quotation marks; `named_before`: start offsets of the named
    entities outside quotation marks, in order."""
    if quote.source_span is None:
        return None
    span = analysis.doc.char_span(*quote.source_span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in span):
        return "name"
    root = span.root
    if len(span) == 1 and root.lower_ in THIRD_PERSON:
        kind = "pronoun"
    elif any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in root.children):
        kind = "description"
    else:
        return None
    return kind if bisect_right(named_before, span.start_char - 1) > 0 else None


@dataclass
class Unresolved:
    """Counts per way of naming: quotes that name their speaker, and those left without an actor."""

    named: Counter[str] = field(default_factory=Counter)
    unresolved: Counter[str] = field(default_factory=Counter)

    def add(self, analyses: Iterable[Analysis]) -> None:
        for analysis in analyses:
            quoted = quoted_tokens(analysis.doc)
            starts = [e.start_char for e in analysis.doc.ents if e.label_ in NAME_LABELS and quoted[e.start] == -1]
            for quote in analysis.quotes:
                kind = naming(analysis, quote, quoted, starts)
                if kind is None:
                    continue
                self.named[kind] += 1
                self.unresolved[kind] += quote.speaker is None or not quote.speaker.actor_id

    def share(self, kind: str | None = None) -> float:
        named = sum(self.named.values()) if kind is None else self.named[kind]
        missed = sum(self.unresolved.values()) if kind is None else self.unresolved[kind]
        return missed / named if named else 0.0

    def figures(self, label: str) -> dict[str, float]:
        out: dict[str, float] = {f"{label}: quotes naming their speaker": sum(self.named.values()),
               f"{label}: speaker unresolved share": self.share()}
        for kind in ("name", "pronoun", "description"):
            out[f"{label}: speaker unresolved share, {kind}"] = self.share(kind)
        return out
