"""What the detectors find before speakers are resolved: a content span, its cue and subject."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Token

from detente.nlp.perdoc import doc_text
from detente.quotes.marks import Quoted


@dataclass
class Candidate:
    kind: str  # direct | indirect | mixed
    start: int  # the content, without quotation marks
    end: int
    cue: Token | None  # None for a quote paragraph that carries the previous speaker over
    subject: Token | None  # the token naming the source (head of the subject phrase)
    parts: list[tuple[int, int]] = field(default_factory=list)  # the pieces of a split quote
    channel: Token | None = None  # who passed the words on, when the subject is only a conduit

    @property
    def anchor(self) -> int:
        """Where the attribution sits in the text, to resolve speakers in reading order."""
        return min(self.start, self.cue.idx) if self.cue is not None else self.start


@dataclass
class Layout:
    """Lookups shared by the detectors: which quote each token is in, paragraphs, tokens by offset."""

    doc: Doc
    spans: list[Quoted]
    token_quote: list[int]  # per token: index into `spans`, or -1 when outside every quotation
    newlines: list[int]
    starts: list[int]  # token start offsets, for finding the token at a character
    maybe_cues: list[int] | None = None  # the tokens that can be cues, in order (direct.cue_tokens fills it)

    @classmethod
    def build(cls, doc: Doc, spans: list[Quoted]) -> Layout:
        """Worked out on the document's arrays of token offsets, without making a Token per word."""
        starts = doc.to_array("IDX").astype("int64") if len(doc) else np.zeros(0, dtype="int64")
        if spans:
            opens = np.array([q.open_at for q in spans], dtype="int64")
            last = np.array([max(q.close_at, q.end - 1) for q in spans], dtype="int64")
            k = np.searchsorted(opens, starts, side="right") - 1
            inside = (k >= 0) & (starts <= last[np.maximum(k, 0)])
            token_quote = np.where(inside, k, -1).tolist()
        else:
            token_quote = [-1] * len(doc)
        text = doc_text(doc)
        newlines: list[int] = []
        at = text.find("\n")
        while at != -1:
            newlines.append(at)
            at = text.find("\n", at + 1)
        return cls(doc, spans, token_quote, newlines, starts.tolist())

    def paragraph(self, char: int) -> int:
        return bisect_right(self.newlines, char)

    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]
