"""One event per happening: fold mentions of the same happening (headline, lead, later detail) together.

Two events are one happening when they have the same PLOVER type and factuality, their parties
overlap without contradicting each other (the same source, or one side unnamed; the same actor, name or state,
not merely one country), and their dates can be the same day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from detente.events.lexicon import statement_types, topic_words
from detente.records import ActorRef, Event
from detente.rules import is_on

BASIS_RANK = {"explicit": 4, "relative": 3, "document": 1, "none": 0}
CONTEXT_RANK = 2  # a time the story set in another sentence: below any the event's own sentence gives
UNDATED = frozenset({"document", "none"})  # no time from the text: any date may be theirs
# dates a tense alone gives (the day of writing, or some time up to it): no time of the event's own either
TENSE_ONLY = frozenset({"time_of_writing", "before_writing", "after_writing"})  # (and from it on: still to come)
# among dates a tense alone gives: a mention told as over ("condemned") puts the happening some time up to the day
# of writing, and that range holds the day a present tense gives another mention ("is condemning"), so it is the
# happening's date; a present's single day is no text time of its own (rule dating.merged_past_over_present_day)
TENSE_RANK = {"before_writing": 3, "after_writing": 2, "time_of_writing": 1}
PRECISION_RANK = {"time": 5, "day": 4, "month": 3, "year": 2, "range": 2, "decade": 1, "century": 1, "unknown": 0}


def actor_key(ref: ActorRef) -> str:
    """What identifies a party across sentences: its actor id, else its country, else its words."""
    return ref.actor_id or (f"country:{ref.country}" if ref.country else f"text:{ref.text.lower()}")


def _keys(refs: list[ActorRef]) -> set[str]:
    keys = set()
    for ref in refs:
        keys.add(actor_key(ref))
        if ref.country:
            keys.add(f"country:{ref.country}")
    return keys


def _named_keys(refs: list[ActorRef]) -> set[str]:
    """Keys of the parties that name someone in particular: a state, its institutions, a known person or
    group; not a bare sector with no country (CVL for "people")."""
    return _keys(_named(refs))


def _named(refs: list[ActorRef]) -> list[ActorRef]:
    """The parties that name someone in particular (see _named_keys)."""
    return [r for r in refs if r.country or (r.actor_id and not r.actor_id.isupper())]


SAME_PARTY = "events.merge.same_party"
UNDATED_SPEAKERS = "events.merge.undated_speakers"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # the organs a state acts through: government, armed forces, police


def _state(ref: ActorRef) -> str | None:
    """The state a party acts for: a country, its government, armed forces or police, or a person holding office in them
    ("North Korea's Kim Jong-un" and "North Korea", "Chile" and "Santiago's navy" are one party); None for the
    country's other parties (its political parties, legislators, rebels, businesses, people) and for persons outside
    its government."""
    if not ref.country:
        return None
    if ref.actor_id is None or ref.actor_id == ref.country:
        return ref.country
    if ref.actor_id.isupper():
        return ref.country if ref.actor_id in {f"{ref.country}-{sector}" for sector in STATE_SECTORS} else None
    return ref.country if ref.sector in STATE_SECTORS else None


def _party_keys(refs: list[ActorRef]) -> set[str]:
    """What makes two mentions' parties one party (rule events.merge.same_party): the same actor, the same words
    ("Munich" read once as the city's people and once as the country; a person's surname), or the same state; not
    merely one country ("two senators' criticisms of the president", "a shooting in California and an attack on a consulate of the
    United States" name other parties of one country, so other happenings)."""
    keys = set()
    for ref in refs:
        keys.add(actor_key(ref))
        words = ref.text.lower().split()
        if words:  # a person or body by its name's last word ("Cruz" read as two ids), any other party by its words
            keys.add(f"words:{words[-1] if ref.actor_id and not ref.actor_id.isupper() else ' '.join(words)}")
        state = _state(ref)
        if state:
            keys.add(f"country:{state}")
    return keys


def _kinds(refs: list[ActorRef], particular: bool) -> set[str]:
    """The country and sector of each party that is a kind ("a Vancouver man": CAN-CVL), or of each particular
    person or body (the man the story names: CAN, CVL)."""
    return {f"{r.country}-{r.sector}" for r in refs
            if r.country and r.sector and r.actor_id and (r.actor_id.isupper() != particular)}


def _one_party(a: list[ActorRef], b: list[ActorRef]) -> bool:
    """Whether two sides name one party (rule events.merge.same_party): a key in common (_party_keys), or a kind of
    party on one side and a particular party of that kind on the other; two particular persons of one kind are
    two parties."""
    if _party_keys(a) & _party_keys(b):
        return True
    return bool(_kinds(a, False) & _kinds(b, True) or _kinds(a, True) & _kinds(b, False))


def _sides_agree(a: list[ActorRef], b: list[ActorRef]) -> bool:
    """Parties overlap and do not contradict: when each side names a country the other lacks ("signed with
    Kim Jong-il" / "signed with Australia and India"), they are two groups, so two happenings."""
    if not a or not b:
        return True
    if not (_one_party(a, b) if is_on(SAME_PARTY) else _keys(a) & _keys(b)):
        return False
    countries_a = {r.country for r in a if r.country}
    countries_b = {r.country for r in b if r.country}
    return not (countries_a - countries_b and countries_b - countries_a)


PRECISE = frozenset({"day", "time"})
WIDE = frozenset({"year", "decade", "century", "range"})
# an open range the text gives ("in recent weeks", "earlier": no start, an end) is a wide span like any other, not
# a missing date (rule events.merge.open_range); its start is the beginning of time
OPEN_RANGE = "events.merge.open_range"
OPEN_START = "0000-01-01"


def _undated(event: Event) -> bool:
    """No time of its own from the text: the day of writing, whether taken for want of a clue or given by a present
    tense ('time_of_writing'), is one more mention's day, not a day that tells two happenings apart; so is the open
    range up to it that a past tense alone gives ('before_writing')."""
    return event.date_basis in UNDATED or event.date_reason in TENSE_ONLY


def _dates_agree(a: Event, b: Event) -> bool:
    """Dates from the text must be able to name the same day: two precise days must be the one day ("attacks on
    Monday and on Wednesday" are two), and two wide spans that merely overlap say nothing (an abduction "in
    recent years" is not a war "in the 20th century"); a day inside the other's month or year fits."""
    if _undated(a) or _undated(b):
        return True
    if not (a.date and b.date) and not (is_on(OPEN_RANGE) and (a.date or a.date_end) and (b.date or b.date_end)):
        return not _ends_before(a, b) and not _ends_before(b, a)
    a_start, b_start = a.date or OPEN_START, b.date or OPEN_START
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    if a.date_precision in PRECISE and b.date_precision in PRECISE:
        return a.date == b.date
    if a.date_precision in WIDE and b.date_precision in WIDE:
        return (a_start, a_end) == (b_start, b_end)
    return a_start <= b_end and b_start <= a_end


def _ends_before(a: Event, b: Event) -> bool:
    """Whether `a` is an open range (some time up to a day the text gives: "had backed it before Wednesday", "said on
    Wednesday that he had backed it") that ends before `b`'s first day ("praised it on Friday"): what was done by
    Wednesday is not what was done on Friday, so two happenings (rule events.merge.open_range_ends_before). Not a range
    the story's context gave (reason 'context': a time an earlier sentence set), which bounds the mention loosely."""
    return not a.date and bool(a.date_end) and bool(b.date) and a.date_reason != "context" and \
        str(a.date_end)[:10] < str(b.date)[:10] and is_on("events.merge.open_range_ends_before")


# types whose wording varies a lot between a headline and the body ("attack" / "shelled"), so any
# two of their codes may name one happening; for the others the CAMEO code must agree
LOOSE_TYPES = frozenset({"ASSAULT", "CONSULT", "PROTEST", "MOBILIZE"})


def _same_kind(a: Event, b: Event) -> bool:
    """Lifting sanctions and releasing prisoners are both RETREAT but not the same act."""
    if a.event_type in LOOSE_TYPES:
        return True
    if a.mode and a.mode == b.mode:
        return True
    return (a.cameo or "")[:3] == (b.cameo or "")[:3]


def _modes_agree(a: Event, b: Event) -> bool:
    """An abduction and an air strike are both ASSAULT but two acts; an unmarked mode fits any."""
    return not a.mode or not b.mode or a.mode == b.mode


def same_happening(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.factuality != b.factuality:
        return False
    if (a.date_reason == "habitual") != (b.date_reason == "habitual"):
        return False  # a habit ("militias regularly attack villages") is not one happening told again
    if {m.sentence for m in a.mentions} & {m.sentence for m in b.mentions}:
        # two triggers in one sentence are two acts ("attacked the village and abducted ..."), but one party's
        # statement told twice in it is one statement ("agreed to hold talks, suggesting a deal could follow")
        return _one_statement(a, b)
    if not _same_kind(a, b) or not _modes_agree(a, b):
        return False
    if not (_one_party(_named(a.source + a.target), _named(b.source + b.target)) if is_on(SAME_PARTY) else
            _named_keys(a.source + a.target) & _named_keys(b.source + b.target)):
        return False  # "civilians" here and "people" there say nothing of one happening
    if _different_speakers(a.source, b.source) and (is_on(UNDATED_SPEAKERS) or not (_undated(a) or _undated(b))):
        return False  # two persons are two doers, whether or not the text dates their acts (rule
        # events.merge.undated_speakers: a mention with no time of its own is no more one happening with another's)
    if _different_targets(a.target, b.target):
        return False
    return _sides_agree(a.source, b.source) and _sides_agree(a.target, b.target) and _dates_agree(a, b)


def _particular(refs: list[ActorRef]) -> set[str]:
    """The ids of the particular persons and bodies a side names (the knowledge base's lower-case ids), not a state or
    a sector."""
    return {r.actor_id for r in refs if r.actor_id and not r.actor_id.isupper()}


def _different_speakers(a: list[ActorRef], b: list[ActorRef]) -> bool:
    """ "The French foreign minister condemned the strikes. The French president condemned Russia": two persons of
    one country, each told doing the act, are two doers, so two happenings, though the country they share would join
    them; asked of undated mentions too (rule events.merge.undated_speakers; with it off, only where both mentions
    have a time of their own from the text). Rule events.merge.different_speakers."""
    if not is_on("events.merge.different_speakers"):
        return False
    mine, theirs = _particular(a), _particular(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _names(refs: list[ActorRef]) -> set[str]:
    """The last word of each particular party's words ("Rubio" of "Senator Marco Rubio"): a name the knowledge base
    resolved to two ids in one story ("Trump" the man, "Trump" the tower) is still one party by its name."""
    return {r.text.split()[-1].lower() for r in refs if r.actor_id and not r.actor_id.isupper() and r.text.split()}


def _different_targets(a: list[ActorRef], b: list[ActorRef]) -> bool:
    """ "Union leaders endorsed Clinton in November. ... found broad support for Trump": the party an act is done to
    tells the act apart, so two mentions aimed at different particular persons or bodies (no id and no name in
    common) are two happenings, though the country the two share would join them; a mention with no doer named is
    joined to another by its target alone, so this is all that keeps it from folding into an act done to someone
    else. Rule events.merge.different_targets."""
    if not is_on("events.merge.different_targets"):
        return False
    mine, theirs = _particular(a), _particular(b)
    return bool(mine) and bool(theirs) and not mine & theirs and not _names(a) & _names(b)


def _one_statement(a: Event, b: Event) -> bool:
    """Two asserted statements of one type in one sentence, by the same party to the same party (or one with no
    target): PLOVER codes what one party says in a sentence as one event of each type, so "agreed to X, suggesting
    Y" or an announced act's AGREE beside the "agreed" that announces it is one AGREE. Rule
    events.merge.one_statement (data/merge.yaml lists the statement types)."""
    if a.event_type not in statement_types() or a.factuality != "asserted" or not a.source or not b.source:
        return False
    if _keys(a.source) != _keys(b.source):
        return False
    return _sides_agree(a.target, b.target) and _dates_agree(a, b)


def _union(a: list[ActorRef], b: list[ActorRef]) -> list[ActorRef]:
    keys = {actor_key(r) for r in a}
    return a + [r for r in b if actor_key(r) not in keys]


def _fold(into: Event, other: Event) -> None:
    into.mentions = sorted(into.mentions + other.mentions, key=lambda m: (m.sentence, m.start))
    into.source = _union(into.source, other.source)
    doers = {actor_key(r) for r in into.source}
    into.target = [r for r in _union(into.target, other.target) if actor_key(r) not in doers]
    if _day_within(other, into) or _date_rank(other) > _date_rank(into) and not _day_within(into, other):
        into.date, into.date_end = other.date, other.date_end
        into.date_precision, into.date_basis, into.historical = other.date_precision, other.date_basis, other.historical
        into.date_reason, into.date_found_by = other.date_reason, other.date_found_by
    if into.location is None:
        into.location = other.location
    into.confidence = min(0.95, max(into.confidence, other.confidence) + 0.05)


def _day_within(day: Event, span: Event) -> bool:
    """Whether `day` has a day from the text that lies inside `span`'s wider range ("praised the plan on Friday" and
    "has backed it since Monday", or "said on Sunday that he had praised it"): both mentions agree, and the day is the
    happening's, the range only bounds it, however the range was found (rule dating.merged_day_within_range). Not a day
    the story's context gave (reason 'context'): that is another sentence's time, no day of the mention's own."""
    if day.date_precision not in PRECISE or not day.date or _undated(day) or _fallback_day(day) or \
            day.date_reason == "context" or _undated(span) or not span.date_end or span.date_precision in PRECISE:
        return False
    first = str(span.date or "")[:10]
    return first <= str(day.date)[:10] <= str(span.date_end)[:10] and is_on("dating.merged_day_within_range")


# how a mention's date was found (time/dating.py choose()): a time its own clause governs, or one tied to it by
# syntax, dates the happening best; a time elsewhere in its sentence next; the story's context below both


def _own_clause_found() -> frozenset[str]:
    """data/merge.yaml own_clause_found: the ways of finding a date that read it off the mention's own clause."""
    from detente.events.lexicon import own_clause_found

    return own_clause_found()


def _date_rank(event: Event) -> tuple[int, int, int]:
    """How good an event's date is: first by where it was found (its own clause's time, then one elsewhere in its
    sentence, then the story's context: rule merge.own_clause_date), then by its basis (a time from the story's
    context ranks below the event's own), then by its precision; a date the tense alone gives ranks below any time
    the text gives, the past's range up to the day of writing above a present's single day. An explicit date that only stood nearby ("after the
    March 3 bombing") never displaces the day the mention's own clause gives ("shelled the town on Friday")."""
    precision = PRECISION_RANK.get(event.date_precision, 0)
    if _fallback_day(event):
        return 0, BASIS_RANK["document"], 0  # no clue at all: its day says less than a tense's range
    if event.date_reason in TENSE_ONLY:
        if is_on("dating.merged_past_over_present_day"):
            return 0, BASIS_RANK["document"], TENSE_RANK[event.date_reason]
        return 0, BASIS_RANK["document"], precision  # the day of writing, or up to it, by tense
    basis = CONTEXT_RANK if event.date_reason == "context" else BASIS_RANK.get(event.date_basis, 0)
    own = _own_clause_found()
    if not own or event.date_basis in UNDATED or event.date_reason == "context":
        return 0, basis, precision
    return (2 if event.date_found_by in own else 1), basis, precision


def _fallback_day(event: Event) -> bool:
    """The publication day taken for want of any clue (basis 'document', no reason: a simple present of an act, a
    noun with no verb): it says nothing of when the happening was, so another mention told in the past ("praised",
    an open range up to the day of writing) dates it better, however precise the day looks. Rule
    dating.merged_past_over_fallback."""
    return event.date_basis == "document" and event.date_reason is None and event.date is not None and \
        event.date_end is None and is_on("dating.merged_past_over_fallback")


def merge_events(events: list[Event], fresh: Sequence[bool] | Callable[[int], bool] | None = None,
                 topic: Callable[[Event], frozenset[str]] | None = None) -> list[Event]:
    """Events in order of first mention, each happening once, with all its mentions.

    `fresh[i]` (or `fresh(i)`) marks an event told as one more act ("Kim also sent a message", "attacked again"): it
    folds into no earlier event, though later mentions may fold into it. It is asked only of an event that would
    fold (most have no earlier happening to fold into, and reading the parse for "again" costs more than the test).
    `topic(event)` gives the content words of what a statement is about (rule events.merge.different_topics), asked
    likewise only of an event that would fold."""
    merged: list[Event] = []
    told: dict[int, frozenset[str]] = {}  # each event's topic words (with those of the mentions folded into it)

    def about(event: Event) -> frozenset[str]:
        if id(event) not in told:
            told[id(event)] = topic(event) if topic is not None else frozenset()
        return told[id(event)]

    for number, event in enumerate(events):
        home = next((m for m in merged if same_happening(m, event) and not _other_topic(m, event, about)), None)
        if home is None or fresh is not None and (fresh(number) if callable(fresh) else fresh[number]):
            merged.append(event)
        else:
            if topic is not None and home.event_type in topic_words()["types"]:
                told[id(home)] = about(home) | about(event)
            _fold(home, event)
    return merged


def _other_topic(a: Event, b: Event, about: Callable[[Event], frozenset[str]]) -> bool:
    """ "Clinton opposed the trade deal. Clinton mocked the complaint about a microphone": one party's statements to
    one party are told apart by what they are about; two whose topics share no content word are two statements,
    unless the text puts both on the same day (a headline and its lead may word one statement's topic apart).
    A mention with no topic of its own ("the criticism", "attacks on the senator") names no other. Asked only of
    mentions that would fold; rule events.merge.different_topics (data/merge.yaml topics)."""
    if a.event_type not in topic_words()["types"] or a.factuality != "asserted":
        return False  # an act told as not done, or only possible, is no statement made whose topic could differ
    if a.date_precision in PRECISE and b.date_precision in PRECISE and a.date == b.date and \
            not (_undated(a) or _undated(b)):
        return False
    mine, theirs = about(a), about(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def event_id(doc_id: str, event: Event) -> str:
    """Stable across runs: the document, the type, the parties and where it is first mentioned."""
    first = event.mentions[0].trigger if event.mentions else None
    parts = [doc_id, event.event_type, ",".join(sorted(actor_key(r) for r in event.source)),
             ",".join(sorted(actor_key(r) for r in event.target)),
             f"{first.start}-{first.end}" if first else ""]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or, when an earlier event of the document already has it (two events of one type, parties
    and trigger that stay apart, e.g. a future act and the asserted statement announcing it), a stable id
    derived from it: the store keys events by id, so a repeated id would silently drop the second event."""
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = hashlib.sha1(f"{wanted}#{n}".encode()).hexdigest()[:16]
    taken.add(candidate)
    return candidate
