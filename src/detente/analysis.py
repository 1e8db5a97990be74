"""The one object passed along the pipeline stages, like a spaCy Doc with our records on it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from detente.nlp.perdoc import sentences as sentence_spans
from detente.records import (
    Actor,
    ActorMention,
    Claim,
    Coded,
    CorefLink,
    Document,
    Event,
    Quote,
    TimeExpression,
)
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.time.dating import TimeIndex


@dataclass
class Analysis:
    """A document, its parse, and what each stage has found so far.

    Stages run in the order the Coder was given (by default time, actors, events, quotes,
    claims); each declares the fields it reads and the fields it adds (detente.stages), and only
    touches those. Offsets everywhere are into `document.text`, which is exactly the text spaCy
    parsed, so token `idx` values are document offsets.
    """

    document: Document
    doc: Doc
    removed: list[str] = field(default_factory=list)  # chrome lines cut by ingestion
    times: list[TimeExpression] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # every actor mention with its resolution (actors stage); events and quotes read these
    mentions: list[ActorMention] = field(default_factory=list)
    # what each pronoun or description that names no one stands for (actors stage, nlp/coref.py)
    chains: list[CorefLink] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    # the time stage's index of where each expression sits, built on first use by event dating
    # and rebuilt when the number of expressions changes: (len(times) when built, index)
    time_index: tuple[int, TimeIndex] | None = field(default=None, repr=False)

    @cached_property
    def sentences(self) -> list[Span]:
        return list(sentence_spans(self.doc))  # the Spans made once per document (nlp.perdoc), shared with coreference

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_index(self, char: int) -> int:
        """The number (0-based) of the sentence that holds this character offset."""
        return max(0, bisect_right(self._sentence_starts, char) - 1)

    def links_of(self, head: int) -> list[CorefLink]:
        """The coreference links (`chains`) whose pronoun or description is token `head`, in the pass's
        order."""
        return self._by_head("chains", self.chains).get(head, [])

    def mentions_at(self, head: int) -> list[ActorMention]:
        """The actor mentions whose head is token `head`, in list order."""
        return self._by_head("mentions", self.mentions).get(head, [])

    def _by_head(self, name: str, items: list[Any]) -> dict[int, list[Any]]:
        """`items` grouped by their `.head` token, made once per document (and again if the list changes): a
        scan per pronoun made long documents quadratic."""
        key = f"_{name}_by_head"
        index = self.__dict__.get(key)
        if index is None or index[0] is not items or index[1] != len(items):
            grouped: dict[int, list[Any]] = {}
            for item in items:
                grouped.setdefault(item.head, []).append(item)
            index = (items, len(items), grouped)
            self.__dict__[key] = index
        return index[2]

    def coded(self) -> Coded:
        """The typed result: the document and the records the stages filled."""
        return Coded(self.document, self.actors, self.events, self.quotes, self.claims)

    def to_record(self) -> dict[str, Any]:
        """The `detente code` JSON line for this document."""
        return self.coded().to_dict()


def error_record(document: Document, error: str) -> dict[str, Any]:
    """The line printed for an input that could not be coded: what we know of it, and why.

    Never the text itself: an error line stays short whatever the input held."""
    record = Coded(document, error=error).to_dict()
    record["document"]["text"] = ""
    return record
