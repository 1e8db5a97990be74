"""The one object passed along the pipeline stages, like a spaCy Doc with our records on it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span

from detente.records import Actor, Claim, Document, Event, Quote, TimeExpression, to_plain


@dataclass
class Analysis:
    """A document, its parse, and what each stage has found so far.

    Stages run in order (time, actors, events, quotes, claims); each reads what the earlier
    ones left and fills its own list. Offsets everywhere are into `document.text`, which is
    exactly the text spaCy parsed, so token `idx` values are document offsets.
    """

    document: Document
    doc: Doc
    removed: list[str] = field(default_factory=list)  # chrome lines cut by ingestion
    times: list[TimeExpression] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    scratch: dict[str, Any] = field(default_factory=dict)  # stage-to-stage helpers that are not output

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_index(self, char: int) -> int:
        """The number (0-based) of the sentence that holds this character offset."""
        return max(0, bisect_right(self._sentence_starts, char) - 1)

    def to_record(self) -> dict[str, Any]:
        document = to_plain(self.document)
        document.pop("origin", None)
        return {
            "document": document,
            "actors": to_plain(self.actors),
            "events": to_plain(self.events),
            "quotes": to_plain(self.quotes),
            "claims": to_plain(self.claims),
        }


def error_record(document: Document, error: str) -> dict[str, Any]:
    """The line printed for an input that could not be coded: what we know of it, and why.

    Never the text itself: an error line stays short whatever the input held."""
    record = {"document": to_plain(document), "error": error, "actors": [], "events": [], "quotes": [], "claims": []}
    record["document"].pop("origin", None)
    record["document"]["text"] = ""
    record["document"]["input"] = document.origin
    return record
