"""Stage: time. Finds and normalises time expressions; dates events when they happened.

Interface used by other stages (keep these signatures):
- annotate(analysis): fill `analysis.times`; infer `document.published` when it is missing.
- expressions_in_text(text, published=None, model=None, parse=True) -> list[TimeExpression]: the
  `detente time` verb.
- date_event(analysis, trigger_start, trigger_end) -> EventDate: when the event whose trigger
  is at that character span happened.
- as_told(when, flags) -> EventDate: that date for an act the text tells as not (yet) done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.perdoc import dependents
from detente.nlp.syntax import clause_head, tokens_at
from detente.records import TimeExpression
from detente.rules import is_on
from detente.time.dating import (
    OWN_CLAUSE,
    PRESENT_REACH,
    borrowed_from_governor,
    choose,
    coordinated_extent,
    counted_back,
    governed_extent,
    habitual,
    is_historical,
    length_before,
    own_undated,
    time_holder,
)
from detente.time.discourse import time_of_writing
from detente.time.extract import find, scan
from detente.time.publication import infer
from detente.time.tense import REPORTING, governing_verb, parse_direction, past_perfect

# How choose() found an expression outside the event's own sentence: the time the text around it set.
FROM_CONTEXT = frozenset({"paragraph", "told before", "context"})


@dataclass
class EventDate:
    date: str | None
    date_end: str | None
    date_precision: str  # day | month | year | decade | range | unknown
    date_basis: str  # explicit | relative | document | none (records.md)
    historical: bool
    expression: TimeExpression | None = None  # the expression that dates it, if any
    extent: TimeExpression | None = None  # a length or frequency its clause governs ("for three days", "weekly")
    # why, when the basis alone does not say: 'context' (a time the story set in an earlier sentence, not the
    # event's own), 'unscheduled' (an act still to come or only possible that nothing dates: no date), 'habitual'
    # (a habit or general truth, "militias regularly attack villages": no date), 'not_done' (an act told as not
    # done, "has not been charged", that nothing dates: no date), 'time_of_writing' (a present progressive or a
    # present state in the writer's voice, "is investigating": the day of writing, by the tense)
    reason: str | None = None
    found_by: str = ""  # how time/dating.py choose() found the expression ("governed", "nearest", ...)


def reference_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def annotate(analysis: Analysis) -> None:
    """Infer a missing publication date, then find and normalise every time expression."""
    document = analysis.document
    reference_year = None
    scanned = scan(document.text)
    if reference_date(document.published) is None:
        inferred = infer(document.text, analysis.removed, scanned)
        reference_year = inferred.year
        if inferred.published:
            document.published = inferred.published
            document.published_source = "inferred"
    reference = reference_date(document.published)
    found = find(document.text, reference, reference_year, parse_direction(analysis.doc, document.text), scanned)
    analysis.times = [item.expression(document.text) for item in found]


def expressions_in_text(text: str, published: str | None = None, model: str | None = None,
                        parse: bool = True) -> list[TimeExpression]:
    """Time expressions of a plain text, normalised against the publication date when given.

    The text is parsed (with `model`, else the default pipeline) so that a bare "Friday" points the way
    its verb does: "said Friday" is last Friday, "the vote takes place on Friday" the coming one. With
    `parse=False` only the words are read, and such a day falls back to the past."""
    reference = reference_date(published)
    reference_year = None
    scanned = scan(text)
    if reference is None:
        inferred = infer(text, [], scanned)
        reference, reference_year = reference_date(inferred.published), inferred.year
    direction = None
    if parse:
        from detente.nlp import load_pipeline
        from detente.nlp.typography import parse

        direction = parse_direction(parse(load_pipeline(model), text), text)
    return [item.expression(text) for item in find(text, reference, reference_year, direction, scanned)]


def event_precision(precision: str) -> str:
    """Event records know day, month, year, decade and range; coarser or odder spans are ranges."""
    if precision in ("day", "month", "year", "decade", "range"):
        return precision
    if precision == "time":
        return "day"
    return "range" if precision == "century" else "unknown"


def date_event(analysis: Analysis, trigger_start: int, trigger_end: int) -> EventDate:
    """When the event whose trigger is at this span happened, and on what evidence, with the length or frequency
    its clause gives it."""
    when = _date_event(analysis, trigger_start, trigger_end)
    extent = governed_extent(analysis, trigger_start, trigger_end)
    if extent is not None:
        when.extent = analysis.times[extent]
    return when


NOT_YET = frozenset({"future", "hypothetical"})  # factuality cues of an act not carried out (yet)
# dates that are not the act's own time: the day of writing, or the story's reference time (the day it was said)
UNTIMED = frozenset({"document", "none"})
# dates the story or the tense gives, not the act's own time expression: the time set earlier ('context'), the
# time of writing a present tense puts it at ('time_of_writing')
TOLD_TIMES = frozenset({"context", "time_of_writing"})


def as_told(when: EventDate, flags: set[str] | frozenset[str]) -> EventDate:
    """An act told as still to come or only possible ("will hold talks", "threatened to launch strikes", "might
    lift sanctions", "plans to visit") did not happen on the day of writing, nor on the day it was announced: when
    nothing in its own sentence gives it a time, it has no date (date_basis 'none', reason 'unscheduled') rather than the
    publication date or the story's reference time. A time the text gives it ("talks will be held next month")
    stays its date. Rule dating.unscheduled. An act told as not done ("has not been charged", "never paid",
    "offered no concessions") happened on no day at all: with no time from the text it has no date either (reason
    'not_done'); "did not attend Monday's meeting" keeps Monday, and the story's reference time ("On Tuesday troops
    entered the town. They did not arrest the mayor.") stays the time it was not done. Rule dating.not_done."""
    borrowed = when.found_by == "borrowed" and is_on("dating.not_yet_borrowed")
    if not (when.date_basis in UNTIMED or when.reason in TOLD_TIMES or (borrowed and flags & NOT_YET)):
        return when  # "pledged on Friday to impose sanctions": Friday is the pledge's, the sanctions have no day
    if flags & NOT_YET and is_on("dating.unscheduled"):
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "unscheduled")
    if "negated" in flags and (when.date_basis in UNTIMED or when.reason == "time_of_writing") and \
            is_on("dating.not_done"):
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "not_done")
    return when


def _date_event(analysis: Analysis, trigger_start: int, trigger_end: int) -> EventDate:
    number, how = choose(analysis, trigger_start, trigger_end)
    when = _from_choice(analysis, trigger_start, trigger_end, number, how)
    when.found_by = how
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if how == "nearest" and number is not None and span is not None and len(span) and \
            borrowed_from_governor(analysis, number, span.root):
        when.found_by = "borrowed"
    if how in ("paragraph", "context") and is_on("dating.present_perfect") and number is not None and \
            _long_before(analysis, analysis.times[number]) and \
            _in_the_present_perfect(analysis, trigger_start, trigger_end, verbs_only=True):
        # "Adelson has committed $5 million" after a paragraph set in August: some time up to the day of writing,
        # not the month the story set; a day of the story's week stays (the perfect of the week's news)
        published = analysis.document.published
        when = EventDate(None, published, "range", "document", False, found_by=how)
    own = own_undated(analysis, trigger_start, trigger_end) if how not in OWN_CLAUSE else None
    if own is not None:
        # "talks lasted three days", "a two-hour meeting", "crossed out that same day": the expression its own
        # clause governs (rule dating.own_length); where it lies comes from the choice above (the story's
        # reference time, else the day of writing), or from the length itself when counted back from now
        expression = analysis.times[own]
        day = reference_date(analysis.document.published)
        length = counted_back(analysis, expression)
        if number is None and length is not None and day is not None:
            when = EventDate(length_before(day, length), day.isoformat(), "range", "relative", False)
        when.expression = expression
    return when


def _from_choice(analysis: Analysis, trigger_start: int, trigger_end: int, number: int | None,
                 how: str) -> EventDate:
    """The event's date from the expression choose() found (or from the publication date when it found none)."""
    published = analysis.document.published
    if number is not None and how == "vague":
        # "previously", "in the past": some time before the day of writing; "in future": some time after it
        expression = analysis.times[number]
        day = reference_date(published)
        if day is None:
            return EventDate(None, None, "unknown", "none", False, expression)
        if expression.value == "PAST_REF":
            return EventDate(None, day.isoformat(), "range", "relative", False, expression)
        return EventDate(day.isoformat(), None, "range", "relative", False, expression)
    if number is not None:
        return _date_event_by(analysis, number, how)
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is not None and len(span) > 0 and habitual(span.root):
        # "militias regularly attack villages": a habit or general truth has no day, not even the day of writing
        return EventDate(None, None, "unknown", "none", False, reason="habitual")
    if reference_date(published) is not None:
        if span is not None and len(span) > 0 and time_of_writing(analysis, span.root):
            # "the Justice Department is investigating the shooting": the tense puts the act at the time of
            # writing, which the report's own date gives (rule dating.time_of_writing)
            return EventDate(published, None, "day", "relative", False, reason="time_of_writing")
        if _before_the_story(analysis, trigger_start, trigger_end):
            return EventDate(None, published, "range", "document", False)
        return EventDate(published, None, "day", "document", False)
    return EventDate(None, None, "unknown", "none", False)


def _date_event_by(analysis: Analysis, number: int, how: str) -> EventDate:
    """The event's date read from the expression chosen to date it (and the dates coordinated with it)."""
    expression = analysis.times[number]
    basis = "explicit" if expression.basis == "explicit" else "relative"
    first, last = coordinated_extent(analysis, number)
    precision = event_precision(expression.precision)
    if (first, last) != (expression.date, expression.date_end) or first is None or last is None:
        precision = "range"  # several dates ("in the 1970s and 1980s"), or a span open at one end
    end = last if last != first else None
    return EventDate(first, end, precision, basis, is_historical(last or first, analysis.document.published),
                     expression, reason="context" if how in FROM_CONTEXT else None)


def _before_the_story(analysis: Analysis, trigger_start: int, trigger_end: int) -> bool:
    """An undated past perfect ("citizens who had been abducted") happened before the story's time, at
    some unknown point: no day of writing for it. Reported speech is left alone: "said he had pressed
    Kim" is the reporter's shift of a plain past, as recent as the saying. An undated present perfect ("the
    council has imposed sanctions", "critics have long accused him") happened at some time up to the day of
    writing, not on it (rule dating.present_perfect)."""
    if _in_the_present_perfect(analysis, trigger_start, trigger_end):
        return is_on("dating.present_perfect")
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is None or len(span) == 0:
        return False
    if not past_perfect(span.root):
        return False
    verb = governing_verb(span.root)
    return not (verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING)


def _long_before(analysis: Analysis, expression: TimeExpression) -> bool:
    """Whether the expression ends more than the story's week before the day of writing."""
    day = reference_date(analysis.document.published)
    last = expression.date_end or expression.date
    return day is not None and last is not None and (day - date.fromisoformat(last[:10])).days > PRESENT_REACH


def _in_the_present_perfect(analysis: Analysis, trigger_start: int, trigger_end: int,
                            verbs_only: bool = False) -> bool:
    """Whether the trigger's clause, or the verb a purpose infinitive hangs on ("has gone on a tour to talk"), is in
    the present perfect (`verbs_only`: the trigger is that verb, not a noun whose own time the verb may not be:
    "Nobody has claimed the bombing")."""
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is None or len(span) == 0 or analysis.document.published is None:
        return False
    if verbs_only and span.root.pos_ not in ("VERB", "AUX"):
        return False
    return present_perfect(span.root) or present_perfect(time_holder(clause_head(span.root)))


def present_perfect(token: Token) -> bool:
    """Whether the word's verb is in the present perfect ("has imposed", "have been arrested")."""
    verb = governing_verb(token)
    if verb is None or verb.tag_ != "VBN":
        return False
    children = dependents(verb)
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in children):
        return True
    # "it's imposed sanctions", "he's proposed": the parser often reads the clitic as the passive "is"; before a
    # participle that takes a direct object (no passive does) or as an active auxiliary it is "has"
    return any(c.lower_ in CLITIC_HAVE and (c.dep_ == "aux" or any(o.dep_ == "dobj" for o in children))
               for c in children) and is_on("dating.present_perfect")


CLITIC_HAVE = frozenset({"'s", "\u2019s", "'ve", "\u2019ve"})
