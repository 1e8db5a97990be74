"""Plain records passed between pipeline stages and printed by `detente code`.

The field names follow ../shared/design/records.md, which is a contract: fields may be
added, never renamed. Every offset is a character offset into `Document.text`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class RawDocument:
    """What a reader found in one input, before cleaning: text or HTML plus given metadata."""

    origin: str  # where it came from: a path, "path:line" for JSONL, or "-" for stdin
    id: str | None = None
    text: str | None = None
    html: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    error: str | None = None  # set by a reader that could not read the input at all


@dataclass
class Document:
    doc_id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = "en"
    published: str | None = None
    published_source: str = "unknown"  # given | metadata | inferred | unknown
    origin: str | None = None  # the input it came from (path, path:line, or -)
    external_id: str | None = None  # the id the input gave it (JSONL `id`), if any


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int | None = None


@dataclass
class Actor:
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str = "unknown"  # person | state | organisation | group | unknown
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class ActorRef:
    """One side of an event: an actor as it stood on the event's date, and where it is named."""

    actor_id: str | None
    country: str | None
    sector: str | None
    text: str
    start: int
    end: int


@dataclass
class TimeExpression:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TimeML style: 2002-09-17, 2013, 197X, P35Y, 2024-W01
    precision: str  # day | month | year | decade | century | range | time | unknown
    date: str | None = None  # first calendar day covered (ISO), when it is a date
    date_end: str | None = None  # last calendar day covered (ISO), when it is a date or range


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class EventMention:
    sentence: int
    start: int
    end: int
    text: str
    trigger: Span


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    event_id: str
    event_type: str
    mode: str | None
    contexts: list[str]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: list[ActorRef]
    target: list[ActorRef]
    factuality: str = "asserted"  # asserted | negated | hypothetical | future
    date: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"  # day | month | year | decade | range | unknown
    date_basis: str = "none"  # explicit | relative | document | none
    historical: bool = False
    location: Location | None = None
    mentions: list[EventMention] = field(default_factory=list)
    confidence: float = 0.5
    evidence: str = ""
    # an announced rather than done event read as PLOVER codes the announcement: future cooperation
    # is AGREE, future conflict THREATEN, a refusal of future cooperation REJECT; None when done
    stated_as: str | None = None


@dataclass
class QuoteSpeaker:
    """The words of an attribution as written ("he", "the minister") and the actor they refer to."""

    actor_id: str | None
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Quote:
    speaker: QuoteSpeaker | None
    speaker_description: str | None
    cue: str | None
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    channel: QuoteSpeaker | None = None  # who passed the words on ("KCNA stating in a report that Kim ...")


@dataclass
class Claim:
    value: float | int
    value_max: float | int | None
    unit: str | None
    qualifier: str | None  # at least | more than | about | less than | up to | exactly | ...
    text: str
    start: int
    end: int
    sentence: int | None = None
    claimant: QuoteSpeaker | None = None


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_plain(obj: Any) -> Any:
    """Dataclasses (nested) to plain dicts and lists, ready for JSON.

    Written out rather than `dataclasses.asdict`, which deep-copies every leaf and cost a few
    percent of the whole coding time on records with many mentions.
    """
    kind = type(obj)
    names = _FIELD_NAMES.get(kind)
    if names is None and hasattr(kind, "__dataclass_fields__"):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    if names is not None:
        return {name: to_plain(getattr(obj, name)) for name in names}
    if isinstance(obj, list):
        return [to_plain(o) for o in obj]
    if isinstance(obj, tuple):
        return tuple(to_plain(o) for o in obj)
    if isinstance(obj, dict):
        return {key: to_plain(value) for key, value in obj.items()}
    return obj
