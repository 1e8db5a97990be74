"""What the detectors find before speakers are resolved: a content span, its cue and subject."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

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

    @classmethod
    def build(cls, doc: Doc, spans: list[Quoted]) -> Layout:
        opens = [q.open_at for q in spans]
        token_quote = []
        for tok in doc:
            k = bisect_right(opens, tok.idx) - 1
            inside = k >= 0 and tok.idx <= max(spans[k].close_at, spans[k].end - 1)
            token_quote.append(k if inside else -1)
        newlines = [i for i, c in enumerate(doc.text) if c == "\n"]
        return cls(doc, spans, token_quote, newlines, [t.idx for t in doc])

    def paragraph(self, char: int) -> int:
        return bisect_right(self.newlines, char)

    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]
