"""Plain records passed between pipeline stages and printed by `detente code`.

The field names follow ../shared/design/records.md, which is a contract: fields may be
added, never renamed. Every offset is a character offset into `Document.text`, end exclusive.

A field made with `internal(...)` travels between stages (a later stage or the evaluation reads
it) but is not part of the printed record: `to_plain` and `.to_dict()` leave it out, so the JSON
of `detente code` stays as records.md describes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

_INTERNAL = {"internal": True}


def internal(default: Any = None, default_factory: Any = None) -> Any:
    """A typed field for stage-to-stage use that the printed record leaves out."""
    if default_factory is not None:
        return field(default_factory=default_factory, metadata=_INTERNAL, repr=False, compare=False)
    return field(default=default, metadata=_INTERNAL, repr=False, compare=False)


class Record:
    """Mixin for records: `.to_dict()` gives the plain, JSON-ready form (internal fields left out)."""

    def to_dict(self) -> dict[str, Any]:
        return to_plain(self)


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
class Document(Record):
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
class Mention(Record):
    start: int
    end: int
    text: str
    sentence: int | None = None


@dataclass
class Actor(Record):
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str = "unknown"  # person | state | organisation | group | unknown
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class ActorRef(Record):
    """One side of an event: an actor as it stood on the event's date, and where it is named."""

    actor_id: str | None
    country: str | None
    sector: str | None
    text: str
    start: int
    end: int


@dataclass
class TimeExpression(Record):
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TimeML style: 2002-09-17, 2013, 197X, P35Y, 2024-W01
    precision: str  # day | month | year | decade | century | range | time | unknown
    date: str | None = None  # first calendar day covered (ISO), when it is a date
    date_end: str | None = None  # last calendar day covered (ISO), when it is a date or range
    # explicit | relative: whether the value was read from the words alone or worked out from the
    # publication date or another expression (the events stage's date_basis)
    basis: str = internal("explicit")


@dataclass
class Span(Record):
    start: int
    end: int
    text: str


@dataclass
class EventMention(Record):
    sentence: int
    start: int
    end: int
    text: str
    trigger: Span


@dataclass
class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event(Record):
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
    date_basis: str = "none"  # explicit | relative | document | none (records.md)
    # why the date is what it is, where the basis alone does not say (a field added to the contract): 'context'
    # (the time the story set in an earlier sentence, not one the event's own sentence gives), 'unscheduled' (an
    # act still to come or only possible that nothing in its sentence dates: no date, basis 'none'), 'habitual' (a
    # habit or general truth, "militias regularly attack villages": no date, basis 'none'), 'not_done' (an act
    # told as not done, "has not been charged", that nothing dates: no date, basis 'none'), 'after_writing' (an act
    # the writer tells as still to come, "will hold talks", with no time of its own: from the day of writing on,
    # basis 'relative'); else None
    date_reason: str | None = None
    historical: bool = False
    location: Location | None = None
    mentions: list[EventMention] = field(default_factory=list)
    confidence: float = 0.5
    evidence: str = ""
    # an announced rather than done event read as PLOVER codes the announcement: future cooperation
    # is AGREE, future conflict THREATEN, a refusal of future cooperation REJECT; None when done
    stated_as: str | None = None
    # talks, an agreement, a joint act: one party is the source, the other the target, direction means nothing
    reciprocal: bool = False
    # how the date was found (time/dating.py choose(): "governed" by its own clause, "nearest" in its sentence,
    # "context" ...): merging keeps the date of the mention whose own clause dates it
    date_found_by: str = internal("")


@dataclass
class QuoteSpeaker(Record):
    """The words of an attribution as written ("he", "the minister") and the actor they refer to."""

    actor_id: str | None
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Quote(Record):
    speaker: QuoteSpeaker | None
    speaker_description: str | None
    cue: str | None
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    channel: QuoteSpeaker | None = None  # who passed the words on ("KCNA stating in a report that Kim ...")
    # the source words as written, a pronoun included ("he"), when a cue names them
    source_span: tuple[int, int] | None = internal(None)
    # the pieces of a split quote ("...," he said, "...") as (start, end) offsets
    parts: list[tuple[int, int]] = internal(default_factory=list)


@dataclass
class Claim(Record):
    value: float | int
    value_max: float | int | None
    unit: str | None
    qualifier: str | None  # at least | more than | about | less than | up to | exactly | ...
    text: str
    start: int
    end: int
    sentence: int | None = None
    claimant: QuoteSpeaker | None = None


@dataclass
class ActorMention(Record):
    """One mention of an actor as the actors stage resolved it (as of the story's date).

    Not printed on its own (the Actor records group the mentions); the events and quotes stages
    read these to find who is named inside an argument or a speaker phrase, and to re-date a
    person's office when the event happened on another day.
    """

    start: int
    end: int
    text: str
    head: int  # token index of the phrase head
    actor_id: str  # "" when the mention could not be resolved to an actor
    kind: str  # person | state | organisation | group | pronoun
    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    person_id: str | None = None  # a knowledge-base person
    role_hint: str | None = None  # the office a title before a known person's name gives them
    title: tuple[str, str] | None = None  # (country, role) of a title that names one office holder
    locative: bool = False  # a seat of government named as a place ("talks in Tokyo")


@dataclass
class CorefLink(Record):
    """A mention that names no one by itself ("he", "the two leaders", "the minister") linked to the
    mention it stands for; made by the one coreference pass (detente.nlp.coref)."""

    start: int
    end: int
    text: str
    head: int  # token index of the referring word
    antecedent_start: int
    antecedent_end: int
    actor_id: str  # the actor the link resolves to


@dataclass
class Coded(Record):
    """What `detente.code` returns for one input: the document and its records, or why it failed."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `detente code` JSON line (design/records.md), byte for byte."""
        document = to_plain(self.document)
        origin = document.pop("origin", None)
        if self.error is None:
            return {"document": document, "actors": to_plain(self.actors), "events": to_plain(self.events),
                    "quotes": to_plain(self.quotes), "claims": to_plain(self.claims)}
        document["input"] = origin
        return {"document": document, "error": self.error, "actors": to_plain(self.actors),
                "events": to_plain(self.events), "quotes": to_plain(self.quotes), "claims": to_plain(self.claims)}


_CONVERTERS: dict[type, Callable[[Any], dict[str, Any]] | None] = {}  # None: the type is not a dataclass
_LEAVES = frozenset({str, int, float, bool, type(None)})  # returned as they are


def _converter(kind: type) -> Callable[[Any], dict[str, Any]] | None:
    """A function that turns one record of this dataclass into its dict, written out for its printed fields
    in their order (as `dataclasses` writes its `__init__`): no loop over names and `getattr` per field."""
    if not hasattr(kind, "__dataclass_fields__"):
        return None
    names = [f.name for f in fields(kind) if not f.metadata.get("internal")]
    items = ", ".join(f"{name!r}: (v if type(v := o.{name}) in LEAVES else to_plain(v))" for name in names)
    namespace: dict[str, Any] = {"LEAVES": _LEAVES, "to_plain": to_plain}
    exec(f"def convert(o):\n    return {{{items}}}\n", namespace)  # noqa: S102 - field names of our own dataclasses
    return namespace["convert"]


def to_plain(obj: Any) -> Any:
    """Dataclasses (nested) to plain dicts and lists, ready for JSON.

    Written out rather than `dataclasses.asdict`, which deep-copies every leaf and cost a few
    percent of the whole coding time on records with many mentions. Plain values are passed through
    before anything is looked up, and each dataclass gets its own converter, made once per type.
    """
    kind = type(obj)
    if kind in _LEAVES:
        return obj
    try:
        convert = _CONVERTERS[kind]
    except KeyError:
        convert = _CONVERTERS[kind] = _converter(kind)
    if convert is not None:
        return convert(obj)
    if isinstance(obj, list):
        return [o if type(o) in _LEAVES else to_plain(o) for o in obj]
    if isinstance(obj, tuple):
        return tuple(to_plain(o) for o in obj)
    if isinstance(obj, dict):
        return {key: to_plain(value) for key, value in obj.items()}
    return obj
