"""Stage: time. Finds and normalises time expressions; dates events when they happened.

Interface used by other stages (keep these signatures):
- annotate(analysis): fill `analysis.times`; infer `document.published` when it is missing.
- expressions_in_text(text, published=None, model=None, parse=True) -> list[TimeExpression]: the
  `detente time` verb.
- date_event(analysis, trigger_start, trigger_end) -> EventDate: when the event whose trigger
  is at that character span happened.
- as_told(when, flags) -> EventDate: that date as the coded event carries it: none for an act the text tells as not
  (yet) done, a range up to the day of writing by the tense for one told as over with no time of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain, compress, repeat
from operator import eq

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.nlp.arrays import doc_arrays
from detente.nlp.labels import (
    D_ACL,
    D_ADVCL,
    D_AGENT,
    D_AUX,
    D_CCOMP,
    D_CONJ,
    D_DET,
    D_DOBJ,
    D_MARK,
    D_NEG,
    D_NPADVMOD,
    D_NSUBJ,
    D_NSUBJPASS,
    D_PCOMP,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_RELCL,
    D_ROOT,
    D_XCOMP,
    DS_ADVMOD_NPADVMOD,
    DS_AUX_AUXPASS,
    DS_CCOMP_PARATAXIS,
    DS_COMPOUND_APPOS_FLAT,
    DS_DET_POSS,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS,
    DS_PREP_NPADVMOD,
    DS_RELCL_ACL,
    L_BE,
    L_HAVE,
    P_ADP,
    P_NOUN,
    P_PRON,
    PS_PROPN_NOUN,
    PS_VERB_AUX,
    T_MD,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    T_WRB,
    TS_VBD_VBN,
    TS_VBG_VBN,
    TS_VBZ_VBP,
    TS_WP_WDT,
)
from detente.nlp.perdoc import dependents, doc_text, once_per_doc
from detente.nlp.syntax import clause_head, head_i, pos_at, pos_of, root_at, sentence_of, tokens_at
from detente.nlp.words import word_class
from detente.records import TimeExpression
from detente.rules import is_on, rule_entry, rule_pattern, rule_words
from detente.time.dating import (
    EVE_RULE,
    EVE_WORDS,
    FRAMING,
    LENGTH_VALUE,
    OWN_CLAUSE,
    PERIOD_IN_RULE,
    PRESENT_REACH,
    SPEECH,
    TOPIC_VERBS,
    act_of_a_topic_noun,
    act_of_the_argument,
    anchor_token,
    answered_happening,
    answered_told_before,
    borrowed_from_governor,
    choose,
    clause_tokens_down,
    continuing_frame,
    coordinated_extent,
    counted_back,
    counted_length,
    decided_infinitive_done,
    definite_length,
    earlier_gerund_host,
    frame_of_earlier_act,
    gerund_host,
    governed_extent,
    governing,
    habitual,
    in_the_gerund_phrase,
    is_historical,
    is_past,
    judged_deed_frame,
    judged_deed_time,
    judged_happening_frame,
    length_before,
    noun_phrase,
    ordered_by,
    ordering_act_of_the_noun,
    ordering_phrase,
    own_undated,
    planned_by,
    present_of_a_habit,
    ranked_infinitive_done,
    reaction_cause_time,
    relief_of_the_measure,
    review_after_the_setting,
    saying_of_a_judged_happening,
    since_then,
    spoken_of_time,
    subject_deed_in_present,
    time_holder,
    time_index,
    told_before_order,
    told_in_the_narrative_past,
    topic_of_words,
    topic_time,
    undated_period,
    unit_phrase,
    until_then,
)
from detente.time.discourse import (
    QUOTE_MARKS,
    clause_kind,
    clock_of_the_story_day,
    dates_a_saying,
    headline_sentences,
    in_direct_quote,
    quote_speaking_verb,
    reference_time,
    same_doer,
    speaker_present,
    speakers_day_shift,
    speech_act,
    speech_verbs,
    time_of_writing,
)
from detente.time.extract import find, scan
from detente.time.grounds import legal_act_of_the_grounds, legal_ground_phrase
from detente.time.made_known import deed_made_known, topic_time_of_the_subject
from detente.time.publication import infer
from detente.time.tense import (
    REPORTING,
    denied_past,
    governing_verb,
    parse_direction,
    past_perfect,
    verb_direction,
)

# How choose() found an expression outside the event's own sentence: the time the text around it set.
FROM_CONTEXT = frozenset({"paragraph", "told before", "told after", "context"})


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
    ahead = _past_verb_ahead(analysis, trigger_start, trigger_end, when)
    if ahead is not None:
        return ahead
    extent = governed_extent(analysis, trigger_start, trigger_end)
    if extent is not None:
        when.extent = analysis.times[extent]
        if when.date_basis == "document" and when.extent.type == "SET" and is_on("dating.frequency_habit"):
            root = root_at(analysis.doc, trigger_start, trigger_end)
            if root is not None and present_of_a_habit(root):
                # "the government gives the city a grant every year": a habit, no day (rule dating.frequency_habit)
                return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "habitual")
    return when


def _past_verb_ahead(analysis: Analysis, trigger_start: int, trigger_end: int, when: EventDate) -> EventDate | None:
    """A verb told as done ("proposed talks next month", "agreed to resume talks next month", "was scheduled for
    May") was done by the day of writing: a time that lies wholly after that day is the time of the act it plans, not
    its own, so it lies some time up to the day of writing (the open range a past tense gives), not ahead. An event
    noun, or a time before the verb, keeps its own time ("the talks next month were agreed"). Rule
    dating.past_verb_not_ahead."""
    published = (analysis.document.published or "")[:10]
    if not published or not when.date or when.date[:10] <= published or not is_on("dating.past_verb_not_ahead"):
        return None
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    expression = when.expression
    if expression is None or pos_of(root) not in PS_VERB_AUX or clause_head(root).i != root.i or \
            not (root.tag == T_VBD or any(c.dep in DS_AUX_AUXPASS and c.lemma in (L_HAVE, L_BE) and c.tag != T_VBG
                                          for c in dependents(root))) or not _told_in_the_past_own(root):
        return None  # (an infinitive or a participle: "planned to leave on Thursday" leaves on Thursday)
    if expression.end <= root.idx:
        return None  # "the talks next month were agreed": a time before the verb, the subject noun's own
    words = tokens_at(analysis.doc, expression.start, expression.end)
    top = words.root if words is not None and len(words) else None
    if top is not None and pos_at(top.doc, head_i(top)) == P_ADP and top.head.lower_ in TARGET_PREPOSITIONS:
        return None  # "postponed the vote until Tuesday", "was planned for March": the time the act set, its target
    anchor = anchor_token(analysis, expression)
    if anchor is None or not (_after_the_object(root, expression) if anchor == root.i else
                              any(c.dep in DS_DOBJ_XCOMP_CCOMP and c.left_edge.i <= anchor <= c.right_edge.i
                                  for c in dependents(root))):
        return None  # "said in an editorial on Monday, Oct. 26": the verb's own time or its setting's, however it lies
    return EventDate(None, published, "range", "document", False, found_by="not ahead")


DS_DOBJ_XCOMP_CCOMP = frozenset({D_DOBJ, D_XCOMP, D_CCOMP})  # what the verb proposes or agrees to: the planned act


def _after_the_object(verb: Token, expression: TimeExpression) -> bool:
    """Whether the time follows the verb's object ("proposed a meeting with Uganda next month"): the planned act's."""
    return any(c.dep == D_DOBJ and c.right_edge.idx < expression.start for c in dependents(verb))


TARGET_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.past_verb_not_ahead")  # data/dating.yaml


NOT_YET = frozenset({"future", "hypothetical"})  # factuality cues of an act not carried out (yet)
# dates that are not the act's own time: the day of writing, or the story's reference time (the day it was said)
UNTIMED = frozenset({"document", "none"})
# dates the story or the tense gives, not the act's own time expression: the time set earlier ('context'), the
# time of writing a present tense puts it at ('time_of_writing')
TOLD_TIMES = frozenset({"context", "time_of_writing"})


def _outside_the_clause(root: Token, expression: TimeExpression) -> bool:
    """Whether the time expression lies outside the words of the clause headed by `root` (a time the clause itself
    names, "condemned Monday's attack", belongs to what the clause speaks of)."""
    return not root.left_edge.idx <= expression.start < root.right_edge.idx + len(root.right_edge)


def as_told(when: EventDate, flags: set[str] | frozenset[str], published: str | None = None,
            act: tuple[Analysis, Token] | None = None) -> EventDate:
    """The coded event's date: that of `date_event` for an act told as it is told (_as_told), and an act told as over
    with no time of its own dated by its tense (_by_the_past_tense); a span that runs past the day of writing ends
    there for an act told as done or going on (_not_after_writing); an act the writer tells as still to come lies
    from the day of writing on (_from_the_writing_on, given the analysis and the trigger's head word as `act`)."""
    told = _not_after_writing(_by_the_past_tense(_as_told(when, flags, published)), flags, published)
    told = _bare_day_ahead(told, flags, published, act[1] if act is not None else None)
    return _from_the_writing_on(told, flags, published, *act) if act is not None else told


BARE_DAY = rule_pattern("detente.time", "data/dating.yaml", "dating.bare_day_ahead")  # data/dating.yaml


def _bare_day_ahead(when: EventDate, flags: set[str] | frozenset[str], published: str | None,
                    trigger: Token | None) -> EventDate:
    """An act told as still to come or only possible ("will meet on June 5", "could meet Monday", "a summit on
    June 5 would decide") does not lie before the day of writing: a day named without its year or week ("June 5",
    "Monday") that was worked out backward from that day is the next such day instead (a weekday a week on, a day
    of the year a year on). Only a day in the act's own clause, on a verb in its base form ("could meet", "would
    see him endorse her on Tuesday"); a day with its year, words that look back ("last Monday", "a week earlier"),
    or a past only possible ("could have met on June 5": a perfect on the trigger's clause) keep theirs. Rule
    dating.bare_day_ahead (its pattern: the bare day's words)."""
    day = (published or "")[:10]
    expression = when.expression
    if not day or not when.date or expression is None or not flags & NOT_YET or "negated" in flags or \
            "alleged" in flags or str(when.date_end or when.date)[:10] >= day or when.date_basis != "relative":
        return when
    text = expression.text.strip()
    bare = BARE_DAY.match(text)
    if bare is None or bare.end() != len(text):
        return when
    if trigger is None or trigger.tag != T_VB:
        return when  # only a verb in its base form, under a modal or a plan: "pledges", "vowed", "the conversation"
        # told as not yet done keep the time they are given (a habit, a misread whether, a noun's own time)
    verb = clause_head(trigger)
    if any(c.dep == D_AUX and c.lemma == L_HAVE for c in dependents(verb)):
        return when  # "could have met on June 5": a past that did not come about
    if _outside_the_clause(verb, expression):
        return when  # "showed no sign on Thursday that he would apologize": Thursday is the showing's
    first, last = date.fromisoformat(str(when.date)[:10]), date.fromisoformat(str(when.date_end or when.date)[:10])
    if bare.group("weekday"):
        step = timedelta(days=7)
        first, last = first + step, last + step
    else:
        try:
            first, last = first.replace(year=first.year + 1), last.replace(year=last.year + 1)
        except ValueError:  # February 29
            return when
    if first.isoformat() < day:
        return when
    return replace(when, date=first.isoformat(), date_end=last.isoformat() if when.date_end else None,
                   found_by=when.found_by or "ahead")


AFTER_WRITING = "after_writing"  # date_reason of an act the writer tells as still to come, with no time of its own


def _from_the_writing_on(when: EventDate, flags: set[str] | frozenset[str], published: str | None,
                         analysis: Analysis, trigger: Token) -> EventDate:
    """An act the writer tells as still to come ("the president plans to give a speech", "the minister will
    travel to Beijing", "is expected to sign") with no time of its own starts after the day of writing: its date is
    the open range from that day on (date_basis 'relative', by the tense, reason 'after_writing'), not no date at
    all. Only the writer's own future: one reported from another time ("said he would visit", "has threatened to
    tear it up", a direct quote, a past plan) starts after that other time, which may lie before the writing, and an
    act only possible or not done keeps no date. Rule dating.after_writing."""
    day = (published or "")[:10]
    if when.reason != "unscheduled" or "future" not in flags or flags & {"hypothetical", "negated"} or not day or \
            not is_on("dating.after_writing") or not writers_own_future(analysis, trigger):
        return when
    return EventDate(day, None, "range", "relative", False, when.expression, when.extent, AFTER_WRITING)


def writers_own_future(analysis: Analysis, trigger: Token) -> bool:
    """Whether the writer tells the act as still to come in the story's own voice, seen from the time of writing
    ("the minister will travel to Beijing"), not from another time ("said he will", "has threatened to", "had
    planned to"), not as only possible ("would visit", "could sign") and not in a direct quote (the speaker's future,
    from the time of speaking)."""
    if any(c.tag == T_MD and c.lower_ not in ("will", "'ll", "shall") for c in dependents(clause_head(trigger))):
        return False  # "would visit", "could sign": a future seen from a past or only possible
    verb = clause_head(trigger)
    for word in (verb, *verb.ancestors):
        if pos_of(word) not in PS_VERB_AUX:
            continue
        if word.tag == T_VBD or any(c.dep in DS_AUX_AUXPASS and (c.tag in TS_VBD_VBN or
                                                                    c.lemma == L_HAVE or
                                                                    c.lower_ in ("would", "could", "might"))
                                     for c in dependents(word)):
            return False  # "said he will", "has threatened to", "had planned to": seen from another time
    return not in_direct_quote(analysis, trigger) or quoted_words_only(analysis, verb)


def quoted_words_only(analysis: Analysis, verb: Token) -> bool:
    """Whether quote marks around the act cite only some of its words inside the writer's own sentence ("says he'll
    \"tear up\" the treaty", "is promising to \"bomb\" them"): the clause's subject or auxiliary stands before the
    quote opens, so the clause, and its future, is the writer's, seen from the time of writing; in a direct quote
    ("\"We will stand up to them,\" she says") the whole clause is the speaker's. Rule dating.partial_quote_future."""
    if not is_on("dating.partial_quote_future"):
        return False
    text = analysis.document.text
    start = text.rfind("\n", 0, verb.idx) + 1
    opened = max(text.rfind(mark, start, verb.idx + 1) for mark in QUOTE_MARKS)
    return opened > sentence_of(verb).start_char and \
        any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS and c.idx < opened for c in dependents(verb))


def _not_after_writing(when: EventDate, flags: set[str] | frozenset[str], published: str | None) -> EventDate:
    """An act the text tells as done or going on ("said at an event this month", "this year has begun putting
    tariffs on steel") cannot lie after the day the text was written: a period that holds that day ("this month",
    "this week") ends on it for such an act. An act still to come or only possible keeps the whole period ("will
    meet this month"). Rule dating.not_after_writing."""
    day = (published or "")[:10]
    if not day or not when.date or not when.date_end or not when.date <= day < when.date_end[:10] or \
            flags & NOT_YET or not is_on("dating.not_after_writing"):
        return when
    return replace(when, date_end=day)  # the precision stays what the text gave ("this year": a year, cut at today)


def _by_the_past_tense(when: EventDate) -> EventDate:
    """An act the text tells as over (a past, present perfect or past perfect tense, or an act told as done before
    an undated frame) with no time of its own lies some time up to the day of writing: the open range dating gives it
    (date None, date_end the publication day) ends there because the tense says so, as a present tense puts an act
    on that day (reason 'time_of_writing'). The coded event's basis is then 'relative' (to the report's own time, by
    the tense) with reason 'before_writing', not 'document', which stays for an act nothing in the text places.
    Done on the coded event, not inside date_event, where dating still reads such a range as no time of the text's
    own (an undated frame has no date to hand on). Rule dating.before_writing."""
    if when.date_basis == "document" and when.date is None and when.date_end and when.date_precision == "range" and \
            when.reason is None and is_on("dating.before_writing"):
        return replace(when, date_basis="relative", reason="before_writing")
    return when


def _planned_with_its_holder(when: EventDate, published: str | None) -> bool:
    """A time an act still to come borrowed from the verb it hangs on, when that time itself lies ahead ("will be in
    Kampala on Friday to meet his counterpart", "plans to travel next week to sign the accord"): the verb it hangs on
    is a plan too, so the act planned with it is set at that time; a time gone by stays the verb's own ("pledged on
    Friday to impose sanctions": the sanctions have no day). Rule dating.not_yet_with_a_planned_holder."""
    day = (published or "")[:10]
    return bool(day and when.date and when.date[:10] > day and is_on("dating.not_yet_with_a_planned_holder"))


def _as_told(when: EventDate, flags: set[str] | frozenset[str], published: str | None = None) -> EventDate:
    """An act told as still to come or only possible ("will hold talks", "threatened to launch strikes", "might
    lift sanctions", "plans to visit") did not happen on the day of writing, nor on the day it was announced: when
    nothing in its own sentence gives it a time, it has no date (date_basis 'none', reason 'unscheduled') rather than the
    publication date or the story's reference time. A time the text gives it ("talks will be held next month")
    stays its date. Rule dating.unscheduled. An act told as not done ("has not been charged", "never paid",
    "offered no concessions") happened on no day at all: with no time from the text it has no date either (reason
    'not_done'); "did not attend Monday's meeting" keeps Monday, and the story's reference time ("On Tuesday troops
    entered the town. They did not arrest the mayor.") stays the time it was not done. Rule dating.not_done."""
    if when.reason == "habitual":
        return when  # "militias regularly attack villages": a habit (factuality hypothetical) keeps its own reason
    if "alleged" in flags and not flags & {"future", "negated"}:
        return when  # "were accused of beating protesters": a claim of a past act, dated as that act would be
    if "future" in flags and "negated" not in flags and _gone_by(when, published) and \
            is_on("dating.future_no_past_range"):
        # "will investigate the recent attack": "recent" is the attack's time, not the investigation's
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "unscheduled")
    if "negated" in flags and _gone_by(when, published) and is_on("dating.not_done_no_past_range"):
        # "said the protesters would not be beaten, after the recent clashes": no time up to the writing is its own
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "not_done")
    borrowed = when.found_by == "borrowed" and is_on("dating.not_yet_borrowed") and \
        not _planned_with_its_holder(when, published)
    framed = when.found_by == "frame"  # "said on Friday he had never paid": the frame's time is not the act's own
    if not (when.date_basis in UNTIMED or when.reason in TOLD_TIMES or (borrowed and flags & NOT_YET) or framed):
        return when  # "pledged on Friday to impose sanctions": Friday is the pledge's, the sanctions have no day
    if flags & NOT_YET and is_on("dating.unscheduled"):
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "unscheduled")
    if "negated" in flags and (when.date_basis in UNTIMED or when.reason == "time_of_writing" or framed) and \
            is_on("dating.not_done"):
        return EventDate(None, None, "unknown", "none", False, when.expression, when.extent, "not_done")
    return when


def _gone_by(when: EventDate, published: str | None) -> bool:
    """Whether the date is an open range that ends by the day of writing ("recently", "so far", "in recent weeks":
    some time up to then). An act told as still to come cannot lie there, so such a time is another happening's or
    the telling's, never its own. Rule dating.future_no_past_range."""
    day = (published or "")[:10]
    return bool(day) and when.date is None and bool(when.date_end) and str(when.date_end)[:10] <= day


def _date_event(analysis: Analysis, trigger_start: int, trigger_end: int) -> EventDate:
    number, how = choose(analysis, trigger_start, trigger_end)
    if number is not None:
        number, how = _clock_on_the_story_day(analysis, trigger_start, trigger_end, number, how)
    when = _from_choice(analysis, trigger_start, trigger_end, number, how)
    when.found_by = when.found_by or how
    if when.expression is not None:
        when = _on_the_speakers_day(when, speakers_day_shift(analysis, when.expression))
    root = root_at(analysis.doc, trigger_start, trigger_end)  # the trigger's head word, read once
    if how == "nearest" and number is not None and root is not None and \
            borrowed_from_governor(analysis, number, root) or how == "holder":
        when.found_by = "borrowed"  # ("holder": the time of the verb a participle or infinitive hangs on)
    if number is not None and is_on("dating.present_perfect") and \
            _perfect_off_the_story(analysis, trigger_start, trigger_end, number, how, when):
        # "Adelson has committed $5 million" after a paragraph set in August, "The union endorsed her on Thursday.
        # Two other unions have also endorsed her.": some time up to the day of writing, not the story's time
        published = analysis.document.published
        when = EventDate(None, published, "range", "document", False, found_by=how)
        ordered = told_before_order(analysis, root) if root is not None else None
        bounded = _bounded_by(analysis, *ordered, root) if ordered is not None else None
        if bounded is not None:
            when = replace(bounded, reason="context")  # "have protested since the shooting": from its day on
    if root is not None and when.date is None:
        counted = _counted_back_from_the_main(analysis, root)
        if counted is not None:
            when = counted  # "arrived on Thursday, four days after a gunman killed 49 people": the killing on Sunday
    if root is not None:
        counted = _counted_back_from_the_gerund(analysis, root, when)
        if counted is not None:
            when = counted  # "One month after announcing his support, the senator still criticizes him": a month ago
    if root is not None:
        earlier = _before_the_gerund_host(analysis, root, when)
        if earlier is not None:
            when = earlier  # "faces a tough race after reversing course": some time before the race, not today
    if root is not None and how in PERIOD_WAYS:
        ordered = _ordered_in_its_sentence(analysis, root, number, when)
        if ordered is not None:
            when = ordered  # "criticized the minister before the debate on Thursday": up to Thursday, not the story's day
    if root is not None:
        within = _within_an_undated_period(analysis, root, when, how)
        if within is not None:
            when = within  # "attacked his eligibility during the primary": not the day the story set for its lead
    own = own_undated(analysis, trigger_start, trigger_end) if how not in OWN_CLAUSE else None
    if own is not None:
        # "talks lasted three days", "a two-hour meeting", "crossed out that same day": the expression its own
        # clause governs (rule dating.own_length); where it lies comes from the choice above (the story's
        # reference time, else the day of writing), or from the length itself when counted back from now
        expression = analysis.times[own]
        day = reference_date(analysis.document.published)
        length = counted_back(analysis, expression)
        if length is None and root is not None:
            length = _lasting_up_to_now(analysis, expression, root)
        if number is None and length is not None and day is not None:
            when = EventDate(length_before(day, length), day.isoformat(), "range", "relative", False)
        when.expression = expression
    return when


def _clock_on_the_story_day(analysis: Analysis, trigger_start: int, trigger_end: int, number: int,
                            how: str) -> tuple[int, str]:
    """A clock time alone ("began at 10 a.m.", "landed around midnight") names no day: the parse of the time gives it
    the day of writing for want of one, but the story tells it on the day its narrative is on, so the act takes the
    story's reference time (discourse.reference_time: the lead's day, a run of narration's) where the story has set
    one, and keeps the clock's day otherwise; only a clock that is the one time of its sentence (a sentence that
    counts its own day, "at 6 a.m. ten days before the murder", has one). Rule dating.clock_time_on_the_story_day (as
    dating.clock_time_names_no_day for the run going past such a time)."""
    if not is_on("dating.clock_time_on_the_story_day") or not clock_of_the_story_day(analysis, number):
        return number, how
    root = root_at(analysis.doc, trigger_start, trigger_end)
    index, sentence = time_index(analysis), analysis.sentence_index(trigger_start)
    if root is None or list(index.by_sentence.get(sentence, ())) != [number] or index.undated_by_sentence.get(sentence):
        return number, how  # "at 6 a.m. ten days before the murder": the sentence counts its own day
    found = reference_time(analysis, index, sentence, root)
    if found is None or found == number or analysis.times[found].precision not in ("day", "time"):
        return number, how
    return found, "context"


def _on_the_speakers_day(when: EventDate, shift: int) -> EventDate:
    """An act dated by a quoted "today" or "yesterday" moved from the day of writing to the speaker's day, `shift`
    days back (discourse.speakers_day_shift; rule dating.quoted_day_word): the days it covers, not the expression."""
    if not shift:
        return when
    moved = [None if day is None else (date.fromisoformat(day[:10]) + timedelta(days=shift)).isoformat()
             for day in (when.date, when.date_end)]
    return replace(when, date=moved[0], date_end=moved[1])


PERFECT_AWAY = rule_words("detente.time", "data/dating.yaml", "dating.perfect_not_narrated")  # data/dating.yaml


def _goes_on_with_the_episode(analysis: Analysis, number: int, trigger: Token) -> bool:
    """A perfect that tells the dated act's next step by the same doer ("Police arrested five men on Monday. They
    have charged three of them."), or the news a lead tells first and then dates ("Leaders have asked ... In a
    meeting on Tuesday, the leaders passed ..."), goes on at that time: a loose narrative perfect. Not one with an
    adverb that sets it apart from the episode ("have also endorsed", "has long supported", "has already met")."""
    verb = time_holder(clause_head(trigger))
    if any(c.dep in DS_ADVMOD_NPADVMOD and c.lower_ in PERFECT_AWAY for c in dependents(verb)):
        return False
    anchor = time_index(analysis).anchor_of.get(number)
    if anchor is not None and _no_episode(analysis.doc[anchor]):
        return False
    expression = analysis.times[number]
    if expression.start > trigger.idx:
        return True  # told first, dated after: the lead's news (discourse.lead_told_after)
    return anchor is not None and same_doer(verb, clause_head(analysis.doc[anchor]))


EPISODE_RULE = "dating.perfect_episode_narrated"


def _no_episode(anchor: Token) -> bool:
    """Whether the clause a time dates tells no narrated episode a perfect could go on with: an act still to come
    ("She will deliver a speech on Thursday night. She has questioned the plan.") or one itself in the present
    perfect ("has met the envoy this week"): neither is a past happening whose next step the perfect tells, so its
    time is not the perfect's (rule dating.perfect_episode_narrated)."""
    if not is_on(EPISODE_RULE):
        return False
    act = time_holder(clause_head(anchor))
    return verb_direction(act) == 2 or present_perfect(act)


# ways choose() finds the time of the verb a deed noun is the object of ("announced Friday the arrest"): its own clause's
# or its sentence's (rule dating.deed_made_known)
MADE_KNOWN_WAYS = frozenset({"governed", "nearest", "said", "noun", "sentence"})
# ways choose() finds a time that is not the act's own: the story's time set in other sentences, or one of its
# sentence outside its clause
STORY_WAYS = frozenset({"paragraph", "context", "nearest"})


def _perfect_off_the_story(analysis: Analysis, trigger_start: int, trigger_end: int, number: int, how: str,
                           when: EventDate) -> bool:
    """Whether a present perfect verb ("have also endorsed", "has been accused") was given a time the story set
    for other acts. The present perfect tells an act as done some time up to the writer's now and takes no past
    time it does not name itself ("*have endorsed her on Thursday"): the story's reference time, or a time in
    another clause of its sentence, is another act's. A time gone by before the story's week never dates it (rule
    dating.present_perfect); a day of that week neither, unless the speaker of a direct quote or a headline tells
    it (their perfect is that of the lead's news; rule dating.perfect_not_narrated). A range the choice made up to
    another act's day (a frame) is kept."""
    if how not in STORY_WAYS or when.date is None or \
            not _in_the_present_perfect(analysis, trigger_start, trigger_end, verbs_only=True):
        return False
    expression = analysis.times[number]
    if how != "nearest" and _long_before(analysis, expression):
        return True
    if not is_on("dating.perfect_not_narrated"):
        return False
    root = root_at(analysis.doc, trigger_start, trigger_end)
    if root is None:
        return False
    if since_then(analysis, number, root):
        return False  # "attacked it last year, and the army has since retaken it": from that time on
    if how != "nearest" and _goes_on_with_the_episode(analysis, number, root):
        return False
    own = time_holder(clause_head(root))  # its own verb's words only: a verb it is joined to by "and" is
    # another act, whose time a perfect does not share ("endorsed her on Thursday, and two unions have also ...")
    return not (own.left_edge.idx <= expression.start < own.right_edge.idx + len(own.right_edge) or
                in_direct_quote(analysis, root) or
                analysis.sentence_index(trigger_start) < headline_sentences(analysis))


HOLDER_BEFORE_RULE = "dating.held_before_as_its_holder"


def _before_as_its_holder(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """A participle or infinitive with no time of its own shares the time of the verb it hangs on (time_holder), and
    so the way that verb is dated by it: where the holder's own dating reads the time as another act's, its act lying
    some time up to it ("On Tuesday the governor was greeted by a colonel who survived being wounded": Tuesday is
    the greeting's, the colonel's surviving lies before it), the act it holds lies up to that time too, not on it. Rule dating.held_before_as_its_holder."""
    if not is_on(HOLDER_BEFORE_RULE):
        return None
    own = clause_head(trigger)
    holder = time_holder(own)
    if holder.i == own.i:
        return None
    held = date_event(analysis, holder.idx, holder.idx + len(holder.text))
    if held.date is not None or held.date_end is None or held.expression is not analysis.times[number]:
        return None  # the holder is dated on the time itself, or by another time: left to the borrowed day
    return replace(held, found_by="holder before")


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
            # "a few days ago" keeps the days it covers (relative.read_ago); "previously" has none of its own
            return EventDate(expression.date, expression.date_end or day.isoformat(), "range", "relative", False,
                             expression)
        return EventDate(day.isoformat(), None, "range", "relative", False, expression)
    root = root_at(analysis.doc, trigger_start, trigger_end)  # the trigger's head word
    if number is not None and root is not None and planned_by(analysis, number, root) is not None:
        # "On Tuesday the minister proposed talks": Tuesday is the proposal's; the talks have no day yet
        return EventDate(None, None, "unknown", "none", False, reason="unscheduled", found_by="planned")
    if number is not None and how == "occasion run-up":
        return _in_the_run_up(analysis, number)
    if number is not None and how in ("occasion after", "occasion before"):
        # "The senator voted against the bill in 2001. At a later vote, she accused ...": from 2001 on (rule
        # dating.occasion_ordered_by_another)
        bounded = _bounded_by(analysis, number, how.split()[1])
        if bounded is not None:
            return replace(bounded, found_by=how)
    if root is not None and (number is None or how not in OWN_CLAUSE):
        after = _after_the_frame(analysis, root)
        if after is not None:
            return after  # "angered the party on Tuesday, which threatened to appeal": from Tuesday on
    if number is not None and how == "ordering act" and root is not None:
        placed = _placed_by_the_act(analysis, number, root)
        if placed is not None:
            return placed
    if number is not None and how == "record":
        # "a letter obtained Monday accused the minister": made some time up to the day it was handed on
        bounded = _bounded_by(analysis, number, "before")
        if bounded is not None:
            return replace(bounded, found_by=how)
    if number is not None and how in MADE_KNOWN_WAYS and deed_made_known(analysis, number, trigger_start, trigger_end):
        # "Police announced Friday the arrest of two men": the arrest was made some time up to the telling's day
        bounded = _bounded_by(analysis, number, "before")
        if bounded is not None:
            return replace(bounded, found_by="made known")
    if number is not None and how == "holder" and root is not None:
        held = _before_as_its_holder(analysis, number, root)
        if held is not None:
            return held  # "greeted on Tuesday by a colonel who survived being wounded": before Tuesday
    if number is not None and how in ("cause", "told cause"):
        # "the shooting prompted protests Tuesday night": the cause came before the effect the time dates, up to it
        bounded = _bounded_by(analysis, number, "before")
        if bounded is not None:
            return replace(bounded, reason="context", found_by=how) if how == "told cause" else bounded
    if number is not None:
        if how not in OWN_CLAUSE and root is not None:
            going_on = _up_to_the_saying(analysis, root)
            if going_on is not None:  # "'Police are hiding the facts,' he said Sunday": up to Sunday
                return replace(going_on, reason="context") if how in FROM_CONTEXT else going_on
        if how in BORROWED_WAYS and root is not None:
            frame = frame_of_earlier_act(root)
            if frame is not None and not _in_own_clause(analysis.times[number], root) and \
                    not _of_the_described_noun(analysis, number, root):
                # "criticized on Monday the deal the last government signed": Monday is the criticism's
                return _before_the_frame(analysis, frame)
        if how in DESCRIBED_WAYS and root is not None and _describes_the_other_party(analysis.times[number], root):
            frame = frame_of_earlier_act(root)
            if frame is not None:
                # "On Tuesday, the governor thanked the union, which endorsed her": Tuesday is the thanks'
                return _before_the_frame(analysis, frame)
        if how not in OWN_CLAUSE and root is not None:
            counted = _counted_from(analysis, root)
            if counted is not None:
                return counted  # "two days after the shooting on Tuesday": Thursday, not Tuesday
        if how in ("nearest", "sentence") and root is not None:
            ordered = ordered_by(analysis, root)
            if ordered is not None and ordered[0] == number:
                # "was written after the 1999 shooting death": the other happening's time bounds the act, is not its day
                bounded = _bounded_by(analysis, *ordered, root)
                if bounded is not None:
                    return bounded
        if how in FROM_CONTEXT and root is not None:
            ordered = told_before_order(analysis, root)
            if ordered is not None and ordered[0] == number:
                # "Police shot a man on Tuesday. ... Activists denounced the police after the shooting": the
                # story's Tuesday is the shooting's, which bounds the act from that day on, not its own day
                bounded = _bounded_by(analysis, *ordered, root)
                if bounded is not None:
                    return replace(bounded, reason="context", found_by=how)
        if how in FROM_CONTEXT and root is not None:
            answered = _after_its_stimulus(analysis, number, root)
            if answered is not None:
                return answered
        if how in JUDGED_WAYS and root is not None:
            judge = judged_deed_frame(root)
            if judge is not None and not _in_own_clause(analysis.times[number], root):
                # "on Monday accused the rebels of shelling a school": Monday is the accusation's, the shelling before
                return _before_the_frame(analysis, judge)
        if how in SENTENCE_WAYS and root is not None:
            judge = judged_happening_frame(root)
            if judge is not None and _outside_the_clause(root, analysis.times[number]):
                # "condemned on Tuesday the governor's attack on the press": Tuesday is the condemnation's, the
                # attack some time before it ("condemned Monday's attack" keeps the noun's own day)
                return _before_the_frame(analysis, judge)
            legal = legal_act_of_the_grounds(root)
            if legal is not None and analysis.times[number].end <= legal_ground_phrase(root, legal).left_edge.idx:
                # "arrested two men on Friday in the killing of a student": Friday is the arrest's, the killing
                # some time before it (rule dating.grounds_of_a_legal_act)
                return _before_the_frame(analysis, legal)
        if how in TOPIC_WAYS and root is not None:
            topic = topic_of_words(root)
            if topic is not None and _outside_the_clause(root, analysis.times[number]):
                # "In an interview on Wednesday, she spoke about the hack of the servers": Wednesday is the
                # interview's, the hack some time before it (rule dating.topic_noun_before)
                return _before_the_frame(analysis, topic)
        if how in TOPIC_WAYS and root is not None:
            relief = relief_of_the_measure(root)
            if relief is not None and _outside_the_clause(root, analysis.times[number]):
                # "granted waivers from the sanctions on Friday": Friday is the waiver's, the sanctions were in force
                # before it ("the 2012 sanctions" keep the noun's own year; rule dating.relieved_measure_before)
                return _before_the_frame(analysis, relief)
            saying = saying_of_a_judged_happening(root)
            if saying is not None and _outside_the_clause(root.head, analysis.times[number]):
                # "At a forum on Wednesday, he said the war had been a disaster": Wednesday is the saying's, the war
                # some time before it (rule dating.judged_in_reported_words)
                return _before_the_frame(analysis, saying)
        if how in ("context", "paragraph") and root is not None:
            act = act_of_the_argument(root)
            if act is not None:
                # "The ad references FBI criticism of her": the story's time dates the referring; the criticism
                # lies some time up to it (rule dating.argument_noun_before)
                return _before_the_frame(analysis, act)
        if how in NOUN_TOPIC_WAYS and root is not None:
            act = act_of_a_topic_noun(root)
            if act is not None and _outside_the_clause(root, analysis.times[number]):
                # "marched on Sunday and called for answers about the shooting": Sunday is the calling's, the
                # shooting some time before it (rule dating.topic_of_an_argument_noun)
                return _before_the_frame(analysis, act)
        if how in FROM_CONTEXT and root is not None and review_after_the_setting(analysis, root):
            # "The legislature passed the law in 2013. A judge struck it down, an appeals court overturned him": 2013
            # is the law's; the review came after it, from then on (rule dating.review_after_the_setting)
            spread = _from_then_on(analysis, number)
            if spread is not None:
                return replace(spread, reason="context", found_by=how)
        if how in FRAMED_WAYS and root is not None and is_on("dating.reported_act_context"):
            framed = _reported_before(analysis, number, root)
            if framed is not None:
                return framed
        if how == "context" and root is not None:
            quoted = _quoted_past_off_the_story(analysis, root)
            if quoted is not None:
                return quoted
            told = _told_after_the_telling(analysis, number, root)
            if told is not None:
                return replace(told, reason="context", found_by=how)
        before = _before_the_reference_time(root) if how == "context" and root is not None \
            and (frame_of_earlier_act(root) is None or _perfect_description(root)) else None
        # (reported words are bounded by their saying)
        if before is not None:
            # "The senator resigned on Tuesday. He had criticised the budget.": before the story's Tuesday, some
            # time up to it (rule discourse.past_perfect_before); one never done has no day at all (dating.not_done)
            bounded = _bounded_by(analysis, number, "before") if before else None
            if bounded is not None:
                return replace(bounded, reason="context", found_by=how)
            return EventDate(None, published, "range", "document", False)
        if root is not None and (how in ("governed", "nearest", "conjunct") or (
                how == "sentence" and is_on("dating.subordinator_preposition"))) and \
                (since_then(analysis, number, root) or topic_time(analysis, number, root) or
                 topic_time_of_the_subject(analysis, number, root, trigger_start, trigger_end)):
            spread = _from_then_on(analysis, number)
            if spread is not None:
                return spread
        if root is not None and how in ("governed", "nearest", "conjunct") and \
                until_then(analysis, number) and not denied_past(clause_head(root), future=True):  # "did not visit until March"
            closed = _up_to_then(analysis, number, root)
            if closed is not None:
                return closed
        if how == "later conjunct":
            bounded = _bounded_by(analysis, number, "before")  # "sued, and a court struck it down in June": up to June
            if bounded is not None:
                return bounded
        if root is not None and (how == "main clause" or (how in ("governed", "nearest") and
                                                          _pointed_back(clause_head(root)))):
            # ("proposed on Monday scrapping it as promised": the parse hangs "as promised" below the dated verb)
            earlier = _up_to_the_main_day(analysis, number, root)
            if earlier is not None:
                return earlier
        if how == "governed" and root is not None:
            deadline = _by_the_deadline(analysis, number, root)
            if deadline is not None:
                return deadline
        return _date_event_by(analysis, number, how)
    if root is not None and habitual(root) and not _topic_of_the_habit(root):
        # "militias regularly attack villages": a habit or general truth has no day, not even the day of writing
        return EventDate(None, None, "unknown", "none", False, reason="habitual")
    if reference_date(published) is not None:
        if root is not None and _shown_in_a_recording(root):
            # "a video shows his wife pleading with the officers": what a recording shows was done when it was
            # recorded, some time up to the day of writing (rule dating.shown_in_a_recording)
            return EventDate(None, published, "range", "document", False)
        if root is not None and time_of_writing(analysis, root):
            # "the Justice Department is investigating the shooting": the tense puts the act at the time of
            # writing, which the report's own date gives (rule dating.time_of_writing)
            return EventDate(published, None, "day", "relative", False, reason="time_of_writing")
        quoted = _quoted_past(analysis, root) if root is not None else None
        if quoted is not None:
            return quoted
        going_on = _up_to_the_saying(analysis, root) if root is not None else None
        if going_on is not None:
            return going_on  # "said on Tuesday that soldiers were looting shops": up to Tuesday
        spoken = _at_the_saying(analysis, root) if root is not None else None
        if spoken is not None:
            return spoken  # '"We condemn the shelling," the ministry said': when it was said
        caused = reaction_cause_time(analysis, root) if root is not None else None
        spread = _from_then_on(analysis, caused) if caused is not None else None
        if spread is not None:
            return replace(spread, found_by="reaction")  # "outrage over Friday's test led them to impose": after it
        frame = frame_of_earlier_act(root) if root is not None else None
        counted = _counted_from(analysis, root) if root is not None else None
        if frame is not None and is_on("dating.dated_frame_first") and \
                choose(analysis, frame.idx, frame.idx + len(frame.text))[1] in FRAME_OWN_WAYS:
            # "asked on Tuesday why the department had granted him immunity": up to the asking, which its own
            # words date, before the open range a past perfect with no time of its own would get
            framed = _before_the_frame(analysis, frame)
            if framed.date_basis not in UNTIMED and not (
                    framed.expression is not None and _in_own_clause(framed.expression, root)):
                within = _own_order_within_the_frame(analysis, root, framed, counted)
                return within or framed  # (a time inside the act's own clause the parse hung elsewhere is no frame's)
        if counted is not None:
            return counted  # "protests broke out two days after the shooting on Tuesday": Thursday
        ordered = ordered_by(analysis, root) if root is not None else None
        if ordered is None and root is not None:
            ordered = _ordered_through_holder(analysis, root)
        if ordered is not None and is_on("dating.ordered_before_tense"):
            # "has backed her since her 2008 campaign", "had attacked the town after the March 3 bombing": the
            # happening it came after starts its range, a tighter bound than the tense's "up to the day of writing"
            bounded = _bounded_by(analysis, *ordered)
            if bounded is not None and bounded.date is not None:
                return bounded
        if root is not None and frame is None and ordered is None and _told_in_the_past(root):
            # at or after the happening a past act answers ("responded angrily to Monday's announcement": rule
            # dating.topic_nested_time) or the deed it judges ("accused the governor of lying during Monday's
            # debate": dating.judgment_after_its_deed), up to the day of writing
            for find, found_by in ((spoken_of_time, "topic"), (judged_deed_time, "judged deed")):
                number = find(analysis, root)
                spread = _from_then_on(analysis, number) if number is not None else None
                if spread is not None:
                    return replace(spread, found_by=found_by)
        if _before_the_story(analysis, trigger_start, trigger_end):
            return EventDate(None, published, "range", "document", False)
        if frame is not None:
            return _before_the_frame(analysis, frame)
        if ordered is not None:
            bounded = _bounded_by(analysis, *ordered, root)
            if bounded is not None:
                return bounded
        hung = gerund_host(root) if root is not None and frame is None and ordered is None else None
        if hung is not None and _told_in_the_past(hung[0]):
            # "the army confessed to killing protesters", "After announcing her resignation, the senator said": the
            # gerund's act is told in its verb's past, some time up to that verb's time, or up to the day of writing
            # when it came after it ("held a briefing before submitting her resignation"); rule
            # dating.prepositional_gerund
            return EventDate(None, published, "range", "document", False) if hung[1] else \
                _before_the_frame(analysis, hung[0])
        if root is not None and _gerund_object_told_done(root):
            # "the operation, which included hacking into a party's servers": a gerund object has no tense of its
            # own; told under a verb in the past, some time up to the day of writing (rule dating.gerund_object_tense)
            return EventDate(None, published, "range", "document", False)
        if root is not None and _told_in_the_past(root) and is_on("dating.undated_past"):
            # "Rebels attacked a convoy in the north.": a past act nothing dates happened some time up to the day of
            # writing, not on it (rule dating.undated_past)
            return EventDate(None, published, "range", "document", False)
        if root is not None and (_named_deed(root) or _noun_told_done(root)):
            # "condemns the assassination of the country's founder": a happening the reader is taken to know was done
            # some time up to the day of writing, not on it (rule dating.named_deed)
            return EventDate(None, published, "range", "document", False)
        if root is not None and (subject_deed_in_present(root) or ranked_infinitive_done(root) or
                                 decided_infinitive_done(root)):
            # "the agreement with the rebels angers the army", "the first senator to endorse him was a veteran": a
            # deed named or ranked, or the act of a decision made ("criticised her decision to allow them in"), done
            # some time up to the day of writing (rules dating.subject_deed_in_present, dating.ranked_infinitive,
            # dating.decided_infinitive)
            return EventDate(None, published, "range", "document", False)
        if root is not None and (_describes_its_noun(root) or _being_done(root)):
            # "the states suing the agency", "a coalition backed by the West": a relation that holds when the noun is
            # spoken of, begun some time before: up to the day of writing, not on it (rule dating.describing_participle)
            return EventDate(None, published, "range", "document", False)
        return EventDate(published, None, "day", "document", False)
    return EventDate(None, None, "unknown", "none", False)


def _gerund_object_told_done(trigger: Token) -> bool:
    """Whether the act is a gerund that is the object of a verb told in the past ("which included hacking into a
    party's servers", "admitted taking bribes"): a gerund with no subject or auxiliary of its own names the act as a
    thing and has no tense, so it is told in the tense of the verb that takes it, done some time up to the day of
    writing, not on it. A gerund planned or wished ("considered raising taxes") is left to its factuality. Rule
    dating.gerund_object_tense."""
    own = clause_head(trigger)
    if own.tag != T_VBG or own.dep != D_DOBJ or head_i(own) == own.i or not is_on("dating.gerund_object_tense"):
        return False
    if any(c.dep in DS_NSUBJ_NSUBJPASS or c.dep in DS_AUX_AUXPASS for c in dependents(own)):
        return False
    holder = own.head
    return pos_of(holder) in PS_VERB_AUX and _told_in_the_past(holder)


RECORDING_RULE = "dating.shown_in_a_recording"
RECORDINGS = rule_words("detente.time", "data/dating.yaml", RECORDING_RULE)  # data/dating.yaml: video, footage ...
SHOWING = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RECORDING_RULE)["verbs"])
RECORDING_SHOWS_DEPS = frozenset(get_string_id(label) for label in ("dobj", "ccomp", "xcomp", "oprd", "advcl"))


def _a_recording(noun: Token) -> bool:
    return noun.lemma_.lower() in RECORDINGS or noun.lower_ in RECORDINGS


def _shown_in_a_recording(trigger: Token) -> bool:
    """Whether the act is what a recording shows ("a video shows his wife pleading with the officers", "footage of
    the beating", "can be heard threatening a reporter on the recording"): a video, a photo or a tape shows an act
    done when it was made, before it was handed on, so a present tense of showing does not put the act on the day of
    writing. The act hangs on a verb of showing whose subject is a recording, or that is set in or on one, or on the
    recording noun through "of". Rule dating.shown_in_a_recording."""
    if not is_on(RECORDING_RULE):
        return False
    if trigger.dep == D_POBJ and trigger.head.lower_ == "of" and _a_recording(trigger.head.head):
        return True  # "footage of the beating"
    if trigger.dep not in RECORDING_SHOWS_DEPS or head_i(trigger) == trigger.i:
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in SHOWING:
        return False
    for child in dependents(verb):
        if child.dep in DS_NSUBJ_NSUBJPASS and _a_recording(child):
            return True  # "the video shows ..."
        if child.dep == D_PREP and child.lower_ in ("in", "on") and any(
                g.dep == D_POBJ and _a_recording(g) for g in dependents(child)):
            return True  # "in the video, she can be heard pleading"
    return False


def _before_the_gerund_host(analysis: Analysis, trigger: Token, when: EventDate) -> EventDate | None:
    """A gerund an "after" phrase names ("the senator faces a tough race after reversing course on the bill", "Sanders
    now faces questions after attacking his rival") told an act done before the act of the verb the phrase hangs on:
    when that verb is in the present with no day of the text's own (or "now"), the gerund did not happen on the day of
    writing but some time up to it (a verb told in the past: dating.prepositional_gerund). A day the text gives the verb ("On Thursday he resigned after losing
    the vote") is left to date the gerund too, as the occasion both belong to; a verb still to come ("will resign
    after losing the vote") leaves the gerund to the tense rules. Rule dating.after_gerund_before_host."""
    published = (analysis.document.published or "")[:10]
    if not published or when.date != published or when.date_end not in (None, published):
        return None  # a day the story gives the verb ("On Thursday he resigned after losing the vote"): its occasion
    host = earlier_gerund_host(trigger)
    if host is None or (when.expression is not None and in_the_gerund_phrase(when.expression, trigger)):
        return None
    if verb_direction(host) == 2 or any(c.tag == T_MD for c in dependents(host)) or _told_in_the_past(host):
        return None  # (a host told in the past: dating.prepositional_gerund bounds the gerund by its time)
    framed = _before_the_frame(analysis, host)
    if framed.expression is not None and framed.expression.value != "PRESENT_REF":
        return None
    return EventDate(None, analysis.document.published, "range", "document", False, extent=when.extent,
                     found_by="after gerund")


def _ordered_in_its_sentence(analysis: Analysis, trigger: Token, number: int | None,
                             when: EventDate) -> EventDate | None:
    """An act its own sentence orders before or after a dated happening ("Protesters gathered on Friday. The family
    criticized the minister before the debate on Thursday.", "urged the minister to act before the vote on
    Thursday": the act asked for is before it, so is the asking) lies up to that happening's time or from it on. A
    day the story set for another sentence that the order contradicts (Friday is not before Thursday) is no time of
    it; one the order allows stays the likelier day. Rule dating.ordered_over_the_story_day."""
    if number is None or when.date is None or not is_on("dating.ordered_over_the_story_day"):
        return None
    verbs = [clause_head(trigger)]
    verbs += [c for c in dependents(verbs[0]) if c.dep == D_XCOMP and pos_of(c) in PS_VERB_AUX]  # "urged ... to act"
    for verb in verbs:
        ordered = ordered_by(analysis, verb)
        if ordered is None or ordered[0] == number:
            continue
        other = analysis.times[ordered[0]]
        first, last = other.date, other.date_end or other.date
        if first is None or last is None:
            continue
        story_first, story_last = when.date[:10], (when.date_end or when.date)[:10]
        contradicted = story_first > last[:10] if ordered[1] == "before" else story_last < first[:10]
        if not contradicted:
            continue
        bounded = _bounded_by(analysis, *ordered, trigger)
        if bounded is not None:
            return replace(bounded, found_by="ordered")
    return None


PERIOD_WAYS = frozenset({"context", "paragraph"})  # a time the story set for another sentence, not the act's own


def _within_an_undated_period(analysis: Analysis, trigger: Token, when: EventDate, how: str) -> EventDate | None:
    """An act told as done inside a stretch the text does not date ("The governor spoke in Ohio on Thursday. He
    attacked his rival's eligibility during the primary.") happened some time in that stretch, not on the day the
    story set for another sentence nor on the day of writing: some time up to the day of writing (reason
    'before_writing'). Its own clause's time, a happening the story dated ("the debate on Monday ... during the
    debate"), or an act not told in the past is left as it is. Rule dating.within_an_undated_period."""
    published = analysis.document.published
    if not published or not (how in PERIOD_WAYS or (when.date_basis == "document" and when.date == published[:10])):
        return None
    if when.date is None and when.date_end and when.date_end[:10] < published[:10] and is_on(PERIOD_IN_RULE):
        return None  # "saying Tuesday that in his career there was abuse": already up to the saying, a tighter bound
    if undated_period(analysis, trigger) is None or not _told_in_the_past(trigger):
        return None
    return EventDate(None, published, "range", "document", False, extent=when.extent, found_by="period")


def _perfect_description(trigger: Token) -> bool:
    """Whether the act is a past perfect in a relative clause ("a veteran leader who had endorsed Kasich"): it steps
    back before the story's time as a past perfect in a main clause does, though its frame is the clause it
    describes a noun of (rule dating.relative_perfect_before)."""
    own = time_holder(clause_head(trigger))
    return own.dep == D_RELCL and clause_kind(own) == "before" and is_on("dating.relative_perfect_before")


def _before_the_reference_time(trigger: Token) -> bool | None:
    """Whether the trigger's clause, or the verb a participle shares its time with, is a past perfect (an act before
    the story's reference time) told as done (True) or as never done ("had never sent", False: left to the rules
    of acts not done, dating.not_done); None for another tense."""
    own = clause_head(trigger)
    verb = own if clause_kind(trigger) == "before" else time_holder(own)
    if clause_kind(verb) != "before":
        return None
    return not any(c.dep == D_NEG for c in dependents(verb))
def _ordered_through_holder(analysis: Analysis, trigger: Token) -> tuple[int, str] | None:
    """A participle with no subject or time of its own shares its verb's time, so also the happening that verb is
    told after or before: "After the talks collapsed in June, the army has shelled the town, killing dozens" (the
    killing from June on, as the shelling). An infinitive ("agreed to pay") may be an act still to come and is left
    alone. Rule dating.participle_ordered."""
    own = clause_head(trigger)
    if own.tag not in TS_VBG_VBN or not is_on("dating.participle_ordered"):
        return None
    holder = time_holder(own)
    return ordered_by(analysis, holder) if holder.i != own.i else None


def _topic_of_the_habit(noun: Token) -> bool:
    """A happening named as known that a habitual telling is about ("often speaks about the assassination"): the
    habit is the speaking's, the assassination happened once (rules dating.named_deed, factuality.known_topic)."""
    from detente.events.lexicon import factuality_words

    return noun.dep == D_POBJ and noun.head.lower_ in factuality_words()["known_topic"] and _named_deed(noun)


def _noun_told_done(noun: Token) -> bool:
    """An event noun has no tense of its own: one deep in the phrases of a clause told in the past ("over the course
    of 90 minutes of tense negotiations, they extracted an agreement") takes that clause's past, however far the
    parse hangs it from the verb; one a past participle describes as done ("a civil complaint filed by the
    commission", "the sanctions imposed on the firm") names an act done. Either lies some time up to the day of
    writing, not on it. Rule dating.noun_told_done."""
    if pos_of(noun) != P_NOUN or not is_on("dating.noun_told_done"):
        return False
    described = [noun]
    if noun.dep == D_CONJ and pos_at(noun.doc, head_i(noun)) == P_NOUN and head_i(noun) != noun.i:
        described.append(noun.head)  # "the embargo imposed by the league and a second embargo by the council"
    if any(c.dep == D_ACL and c.tag == T_VBN and not any(a.dep in DS_AUX_AUXPASS for a in dependents(c))
           for owner in described for c in dependents(owner)):
        return True
    verb = clause_head(noun)
    if verb.dep == D_PREP and head_i(verb) != verb.i and is_on("dating.participle_preposition"):
        # "Following a crackdown on the protesters, the group moved": a participle the parser reads as a preposition
        # heads no clause of its own; the noun is told in the tense of the clause the phrase hangs on
        verb = clause_head(verb.head)
    return verb.i != noun.i and pos_of(verb) in PS_VERB_AUX and _told_in_the_past_own(verb)


def _describes_its_noun(trigger: Token) -> bool:
    """A participle with no subject, auxiliary or time of its own that hangs on a noun ("the states suing the agency",
    "a coalition led by Riyadh and backed by the West", "a policy urging staff to report abuses") describes the noun
    by a relation that holds while it is spoken of and began before: it is not an act of the day of writing, and
    nothing in the text says when it began. Rule dating.describing_participle."""
    verb = clause_head(trigger)
    while verb.dep == D_CONJ and verb.tag == verb.head.tag and head_i(verb) != verb.i:
        verb = verb.head  # "led by Riyadh and backed by the West": the second participle describes the same noun
    return verb.dep == D_ACL and verb.tag in TS_VBG_VBN and pos_at(verb.doc, head_i(verb)) in PS_PROPN_NOUN and \
        not any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(verb)) and \
        is_on("dating.describing_participle")


def _being_done(trigger: Token) -> bool:
    """A passive progressive with no tense of its own ("officers being shot across the country", "complained about
    staff being assaulted", "documents reporters being beaten"): its "being" tells happenings going on, one after
    another, up to the time spoken of, and adds no tense, so with no time of its own they lie some time up to the day
    of writing, not on it (rule dating.passive_progressive_participle)."""
    verb = clause_head(trigger)
    return verb.tag == T_VBN and [c.lower_ for c in dependents(verb) if c.dep in DS_AUX_AUXPASS] == ["being"] \
        and is_on("dating.passive_progressive_participle")


NAMED_DEED_DETERMINERS = rule_words("detente.time", "data/words.yaml", "named_deed_determiners")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
SUBJECT_DEP_IDS = frozenset(get_string_id(label) for label in SUBJECT_DEPS)


def _named_deed(noun: Token) -> bool:
    """An event noun that names one happening as already known ("the assassination of the country's founder",
    "Russia's invasion of Ukraine", "these killings") has no tense of its own: spoken of in a present tense ("condemns
    the assassination", "highlights the police killings") it still names an act done before the telling. Not a
    subject, which a present tense may tell as going on ("the talks continue"); a future or wished one ("the planned
    summit", "seeks the release") has no date at all by its factuality (dating.unscheduled). Rule dating.named_deed."""
    if pos_of(noun) != P_NOUN or noun.dep in SUBJECT_DEP_IDS:
        return False
    return any((c.dep == D_DET and c.lower_ in NAMED_DEED_DETERMINERS) or
               (c.dep == D_POSS and (pos_of(c) in PS_PROPN_NOUN or
                                      (pos_of(c) == P_PRON and is_on("dating.pronoun_possessive_deed"))))
               for c in dependents(noun))


# ways choose() finds a frame's time in its own words ("asked on Tuesday", "On Tuesday, the senator asked"), not a
# time near it that may be another happening's
FRAME_OWN_WAYS = frozenset({"governed", "said", "sentence"})
# ways choose() finds a time outside the trigger's own clause, in the sentence around it
BORROWED_WAYS = frozenset({"nearest", "said"})
# ways choose() finds the time of the telling rather than of the act: the story's reference time (a statement
# dated in an earlier sentence, the day the lead set) or the time put before the whole sentence
FRAMED_WAYS = FROM_CONTEXT
JUDGED_WAYS = frozenset({"governed", "sentence"}) | FROM_CONTEXT  # the judging verb's own time, or the story's
# ways choose() finds a time in the trigger's own sentence (an earlier telling of the same happening, FROM_CONTEXT,
# gives the happening's own time)
SENTENCE_WAYS = frozenset({"governed", "sentence"}) | BORROWED_WAYS
# a day put before the sentence's main clause, or the story's day: the main act's, not its object's description's
DESCRIBED_WAYS = frozenset({"sentence", "context", "paragraph"})
TOPIC_WAYS = SENTENCE_WAYS | {"main clause"}  # a time of the sentence that the verb of words around the noun has
# ways a time of the sentence or of the story reaches a topic noun from the act around it (act_of_a_topic_noun)
NOUN_TOPIC_WAYS = TOPIC_WAYS | FROM_CONTEXT | {"conjunct", "temporal clause"}
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "acl"})  # words reported or thought ("said that", "the claim that")
REPORTED_DEP_IDS = frozenset(get_string_id(label) for label in REPORTED_DEPS)


STIMULUS_RULE = "dating.reaction_after_its_stimulus"


def _answering_participle(analysis: Analysis, number: int, verb: Token) -> bool:
    """Whether a participle of judging on a noun told in the past ("issued a statement condemning the launch") answers
    the happening the story time dates, named again by a definite noun of its family (answered_told_before): the
    participle carries the past of the verb its noun hangs on."""
    if verb.dep != D_ACL or verb.tag != T_VBG or verb.lemma_.lower() not in TOPIC_VERBS:
        return False
    host = clause_head(verb.head)
    if host.tag not in TS_VBD_VBN or not is_past(host):
        return False
    return any(answered_told_before(analysis, verb, noun) == number for noun in dependents(verb) if noun.dep == D_DOBJ)


def _after_its_stimulus(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """A reaction with no time of its own whose story time is the day of the very happening it answers ("Rebels
    shelled the market on Monday. The governor condemned the shelling."): the time dates the happening, not the
    words about it, which came on or after that day, some time up to the day of writing (rule
    dating.reaction_after_its_stimulus; dating.answered_told_before reads the same back reference)."""
    if not is_on(STIMULUS_RULE):
        return None
    verb = clause_head(trigger)
    if answered_happening(analysis, verb) != number and not _answering_participle(analysis, number, verb):
        return None
    bounded = _bounded_by(analysis, number, "after", trigger)
    return None if bounded is None else replace(bounded, reason="context", found_by="reaction")


def _reported_before(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """An act told as over inside words reported, or under another clause, that takes its time from the telling,
    not from a time of its own: "The minister spoke to reporters on Thursday. He said the army killed five
    militants." (the story's Thursday is the saying's), "In a statement on Monday, the ministry said rebels
    attacked a convoy". Only the verb of saying belongs to that day; the reported act lies some time up to it
    (rule dating.reported_act_context, as dating.earlier_act for a time in the same sentence). When nothing dates
    the frame, the act keeps the story's time."""
    first = time_holder(clause_head(trigger))  # (read first: a word lookup, where the frame is a climb)
    while first.dep == D_CONJ and head_i(first) != first.i:
        first = first.head
    if first.dep not in REPORTED_DEP_IDS:
        return None  # a relative or "after" clause in the story's narration ("a historian who attended the session")
        # goes on at the story's time
    frame = frame_of_earlier_act(trigger)
    if frame is None or _in_own_clause(analysis.times[number], trigger) or \
            _of_the_described_noun(analysis, number, trigger):
        return None
    if _tag_of_the_episode(analysis, number, trigger, frame, first):
        return None  # "Protesters threw stones, police said." after the lead's dated clash: the clash's day
    framed = _before_the_frame(analysis, frame)
    return None if framed.date_basis in UNTIMED else framed


def _tag_of_the_episode(analysis: Analysis, number: int, trigger: Token, frame: Token, reported: Token) -> bool:
    """Whether the verb of saying is a tag after the act it attributes ("Protesters threw stones at the officers,
    police said.", "The gunmen also seized a truck, the army said in a statement.") and takes its only time from the
    story, which set that time by a dated act of the episode told in the simple past, rather than by a statement or
    a state lasting since then ("Police fired tear gas at protesters on Friday."): the tag names the source of the narration, not a telling at another time, so the act
    goes on at the episode's time as the untagged narration does. A saying with a time of its own ("said on
    Monday"), one put before its words ("Police said soldiers arrested ..."), or a story day that dates a statement
    ("The army said on Friday ...") keeps the act some time up to the saying (dating.reported_act_context). Rule
    dating.attribution_tag_keeps_the_episode."""
    fronted = frame.i < reported.i
    if not is_on("dating.attribution_tag_keeps_the_episode") or \
            fronted and not is_on("dating.fronted_attribution_of_the_episode") or \
            frame.lemma_.lower() not in FRAMING or \
            analysis.times[number].precision not in ("day", "time") or in_direct_quote(analysis, trigger):
        return False  # (a quote's words are the speaker's, not the narration: '"They banned us," he said.')
    own = clause_head(trigger)
    if own.tag != T_VBD and not any(c.tag == T_VBD for c in dependents(own)) or \
            any(c.dep in DS_AUX_AUXPASS and c.lemma == L_HAVE for c in dependents(own)):
        return False  # a perfect ("has deployed troops, he said") reaches up to the saying, not the episode's day
    found, how = choose(analysis, frame.idx, frame.idx + len(frame.text))
    if found != number or how not in FROM_CONTEXT:
        return False
    index = time_index(analysis)
    anchor = index.anchor_of.get(number)
    if anchor is None or dates_a_saying(analysis, index, number) or speech_act(analysis.doc[anchor]):
        return False  # "condemned the strike on Friday": a day of words, whose reports may tell older acts
    deed = clause_head(analysis.doc[anchor])
    told = deed.tag == T_VBD or any(c.tag == T_VBD for c in dependents(deed)) or deed.tag == T_VBN and \
        any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(deed)) and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(deed))  # a participle with its own subject: a past
    if not told or any(c.dep in DS_AUX_AUXPASS and c.lemma == L_HAVE for c in dependents(deed)):
        return False  # "have been getting more power from March 18": a state since a day, not an episode on it
    verb = analysis.doc[anchor].lemma_.lower()  # "spoke to reporters on Thursday": a telling, not the episode's act
    if verb in TELLING_VERBS or verb in speech_verbs():
        return False
    return not fronted or _shares_the_episode(own, deed)


def _shares_the_episode(act: Token, deed: Token) -> bool:
    """Whether an act reported after a fronted verb of saying ("Police said soldiers arrested three men") is told of
    the episode the story dated ("On Tuesday, soldiers raided the village."): its doers are the episode's doers, or
    what it is done to or where is what the episode was done to or where ("... said the gunmen fled the village").
    The same parties in the same roles tell the episode going on; a party of the episode in another role ("On
    Tuesday police arrested the mayor. Prosecutors said the mayor took bribes.") or other parties may tell an older
    or a different act, which keeps some time up to the saying. Rule dating.fronted_attribution_of_the_episode."""
    if any(c.dep in DS_ADVMOD_NPADVMOD and c.lower_ in SET_APART or c.dep == D_PREP and c.lower_ in LENGTH_WORDS and
           any(n.dep == D_POBJ and n.ent_type_ in ("DATE", "TIME") for n in dependents(c)) for c in dependents(act)):
        return False  # "said the police repeatedly threatened reporters", "harassed them for months": not the episode
    doers, others = _parties(act)
    episode_doers, episode_others = _parties(deed)
    return bool(doers & episode_doers or others & episode_others)


SET_APART = rule_words("detente.time", "data/dating.yaml", "dating.fronted_attribution_of_the_episode")
LENGTH_WORDS = frozenset({"for", "since", "over", "throughout"})  # a length or a start of time: "for months"


def _parties(verb: Token) -> tuple[set[str], set[str]]:
    """The noun lemmas of a clause's doers (subject, "by" agent) and of what it is done to or where (object,
    passive subject, a preposition's object); a verb joined by "and" with no subject of its own shares the first
    verb's ("raided the village and arrested three men")."""
    doers: set[str] = set()
    others: set[str] = set()
    heads = [verb]
    while heads[-1].dep == D_CONJ and head_i(heads[-1]) != heads[-1].i and \
            not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(heads[-1])):
        heads.append(heads[-1].head)
    for head in heads:
        for child in dependents(head):
            if child.dep == D_NSUBJ:
                _add_nouns(child, doers)
            elif child.dep == D_AGENT and head is verb:
                for noun in dependents(child):
                    _add_nouns(noun, doers)
            elif child.dep in (D_DOBJ, D_NSUBJPASS) and head is verb:
                _add_nouns(child, others)
            elif child.dep == D_PREP and head is verb:
                for noun in dependents(child):
                    if noun.dep == D_POBJ:
                        _add_nouns(noun, others)
    return doers, others


def _add_nouns(noun: Token, into: set[str]) -> None:
    """A noun's lemma and those of the nouns joined to it by "and" (pronouns name no party by themselves)."""
    for token in (noun, *(c for c in dependents(noun) if c.dep == D_CONJ)):
        if pos_of(token) in PS_PROPN_NOUN and token.ent_type_ not in ("DATE", "TIME"):  # "on Tuesday" is no party
            into.add(token.lemma_.lower())


TELLING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.attribution_tag_keeps_the_episode")


def _quoted_past(analysis: Analysis, trigger: Token) -> EventDate | None:
    """A past act told inside a direct quote with no time of its own lies some time up to the saying the quote is
    attributed to, when that saying is dated: '"Why did the department grant him immunity?" the senator said on
    Tuesday.', '"They burned our homes." the mayor said Monday.' (rule dating.quoted_past_act, as
    dating.earlier_act for reported words)."""
    if not is_on("dating.quoted_past_act") or not in_direct_quote(analysis, trigger) or \
            not _told_in_the_past(trigger):
        return None
    verb = quote_speaking_verb(analysis, analysis.sentence_index(trigger.idx), trigger)
    if verb is None or verb.i == trigger.i:
        return None
    framed = _before_the_frame(analysis, verb)
    return None if framed.date_basis in UNTIMED else framed


FIRST_PERSON = word_class("pronouns", "first_person")  # the speaker's own voice: "we urge", "I condemn"
PERFORMATIVES = rule_words("detente.time", "data/dating.yaml", "dating.quoted_present_at_saying")  # data/dating.yaml


def _at_the_saying(analysis: Analysis, trigger: Token) -> EventDate | None:
    """An act a direct quote tells in the speaker's present with no time of its own holds at the time of speaking:
    a stance ('"We support the government," the envoy said'), a statement the speaker makes by saying it ('"We
    condemn the shelling," the ministry said', "we urge both sides"), or an act going on or done by then ("we are
    still bargaining", "we have decided"). It takes the time of the verb of saying the quote is attributed to (some
    time up to the day of writing for an undated "said", the day of writing for a news present "says", the story's
    time when that dates the saying), not the publication day; an act going on or done is bounded by it. A simple
    present of any other act in a quote tells a habit. Rule dating.quoted_present_at_saying."""
    if not PERFORMATIVES or not in_direct_quote(analysis, trigger):
        return None
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX:
        return None
    stance = speaker_present(verb)
    children = dependents(verb)
    performative = verb.tag in TS_VBZ_VBP and not any(c.dep in DS_AUX_AUXPASS or c.tag == T_MD for c in children) and \
        any(c.dep == D_NSUBJ and c.lower_ in FIRST_PERSON for c in children) and \
        (verb.lemma_.lower() in PERFORMATIVES or verb.lemma_.lower() in speech_verbs())
    if not (stance or performative):
        return None
    saying = quote_speaking_verb(analysis, analysis.sentence_index(trigger.idx), trigger)
    if saying is None or saying.i == verb.i or in_direct_quote(analysis, saying):
        return None
    if verb.tag not in TS_VBZ_VBP:
        return _before_the_frame(analysis, saying)  # "we are still bargaining", "we have decided": up to the saying
    when = date_event(analysis, saying.idx, saying.idx + len(saying.text))
    return replace(when, extent=None, found_by="said")


def _up_to_the_saying(analysis: Analysis, trigger: Token) -> EventDate | None:
    """An act a dated saying in the past tells as going on (_going_on_when_said) lies some time up to the saying's
    time; with a saying its own words do not date, the rules of the tenses are left to date it."""
    saying = _going_on_when_said(analysis, trigger)
    if saying is None:
        return None
    framed = _before_the_frame(analysis, saying)
    return None if framed.date_basis in UNTIMED else framed


def _going_on_when_said(analysis: Analysis, trigger: Token) -> Token | None:
    """The verb of saying, in the past, whose words tell the trigger's act as going on ("'The police are hiding the
    facts,' a protester said Sunday", "said on Tuesday that soldiers were looting shops", "had been shelling"): a
    progressive with no time of its own is under way when it is said and began some time before, so it lies up to the
    saying's time, not on that day alone (rule dating.going_on_when_said). Reported words keep the speaker's tense
    only when shifted back into the past ("were looting"): a present left in them ("said the army is shelling") tells
    an act still going on when the report is written (discourse.quoted_speech)."""
    if not is_on("dating.going_on_when_said"):
        return None
    verb = clause_head(trigger)
    if verb.dep == D_CONJ and head_i(verb) != verb.i and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and \
            not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb)):
        verb = verb.head  # "are hiding the facts and lying": the second verb shares the first one's progressive
    if verb.tag != T_VBG and verb.tag != T_VBN:
        return None  # neither reading below (a progressive, or "being" done) holds: no auxiliaries to read
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if any(a.tag == T_MD or a.lower_ == "to" for a in auxes) or \
            (verb.lemma_.lower() == "go" and any(c.dep == D_XCOMP for c in dependents(verb))):
        return None  # "will be meeting", "to be holding", "is going to defend": not told as under way
    active = verb.tag == T_VBG and any(a.dep == D_AUX and a.lemma == L_BE for a in auxes)
    passive = verb.tag == T_VBN and any(a.lower_ == "being" for a in auxes) and \
        any(a.lemma == L_BE and a.lower_ != "being" for a in auxes)  # "detainees were being beaten"
    if not (active or passive):
        return None
    if in_direct_quote(analysis, verb):
        saying = quote_speaking_verb(analysis, analysis.sentence_index(verb.idx), verb)
    elif verb.dep in DS_CCOMP_PARATAXIS and head_i(verb) != verb.i and \
            any(a.tag == T_VBD or a.lower_ == "been" for a in auxes):
        saying = clause_head(verb.head)  # "were looting", "had been shelling": the speaker's time, shifted back
    else:
        return None
    if saying is None or saying.i == verb.i or saying.lemma_.lower() not in SPEECH or \
            not told_in_the_narrative_past(saying):
        return None  # ("says police are hiding the facts": going on now, dating.time_of_writing)
    return saying


def _quoted_past_off_the_story(analysis: Analysis, trigger: Token) -> EventDate | None:
    """A past act inside a direct quote is the speaker's past, told from the time of speaking: it does not go on at
    the time the story's narration set in earlier sentences ('The debate was on Monday night. "The campaign hit him
    hard at the convention," a strategist said.'), which is another doer's act. With no time of its own it lies some
    time up to the saying the quote is attributed to: up to its day when the saying is dated, else up to the day of
    writing (rule dating.quoted_past_not_narrated; dating.quoted_past_act when nothing else dates it)."""
    if not is_on("dating.quoted_past_not_narrated") or not in_direct_quote(analysis, trigger) or \
            not _told_in_the_past(trigger):
        return None
    verb = quote_speaking_verb(analysis, analysis.sentence_index(trigger.idx), trigger)
    if verb is None or verb.i == trigger.i or in_direct_quote(analysis, verb):
        return None  # a quote with no attribution: the story's time is all there is to go on
    return _before_the_frame(analysis, verb)


PROCEEDINGS = rule_words("detente.time", "data/dating.yaml", "dating.act_before_the_telling")  # data/dating.yaml


def _told_after_the_telling(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """A past act told after a dated court hearing ("was arraigned Wednesday", "a hearing on Wednesday") or a dated
    statement by someone else ("police said Wednesday"), with no time of its own: the time dates that telling, and
    the act it is about happened before it, some time up to that day, not on it. The proceeding's own acts ("pleaded
    not guilty") and the speaker's own later acts keep the day (rule dating.act_before_the_telling)."""
    if not is_on("dating.act_before_the_telling") or clause_kind(trigger) != "past" or \
            in_direct_quote(analysis, trigger):
        return None  # a quoted past act is the speaker's, left to dating.quoted_past_not_narrated
    verb = time_holder(clause_head(trigger))
    if verb.lemma_.lower() in FRAMING or verb.lemma_.lower() in PROCEEDINGS or \
            trigger.lemma_.lower() in PROCEEDINGS:
        return None
    index = time_index(analysis)
    if index.sentence_of.get(number, -1) >= analysis.sentence_index(trigger.idx):
        return None  # the time is told after the act or in its sentence: not a telling the act is told after
    doc = analysis.doc
    owners = [doc[i] for i in (index.anchor_of.get(number), index.noun_of.get(number)) if i is not None]
    if any(o.lemma_.lower() in PROCEEDINGS for o in owners):
        if _a_participants_act(analysis, number, verb):
            return None  # "At Tuesday's hearing, senators grilled the general. Senator Lund accused him": that day's
        return _bounded_by(analysis, number, "before")
    saying = next((o for o in owners if o.lemma_.lower() in FRAMING), None)
    doer = _verb_with_subject(verb)
    if saying is not None and doer is not None and not same_doer(doer, saying):
        return _bounded_by(analysis, number, "before")
    return None


PARTICIPANT_RULE = "dating.proceeding_participants_act"


def _a_participants_act(analysis: Analysis, number: int, verb: Token) -> bool:
    """Whether the dated proceeding ("at Tuesday's hearing") is the setting of an act its doers did there ("the
    senators grilled the general"), and the later past act is one of those doers' ("Senator Lund accused him"): a
    participant's act told after the proceeding's own is part of it, on its day, not a deed it is about. A
    proceeding that is itself the act ("was arraigned", "sentenced him") names no doers of its own here, so the
    defendant's deeds told after it still lie before it (rule dating.proceeding_participants_act)."""
    index = time_index(analysis)
    noun = index.noun_of.get(number, index.anchor_of.get(number))  # the noun "Tuesday's" is on
    if noun is None or not is_on(PARTICIPANT_RULE):
        return False
    occasion = analysis.doc[noun]
    act = occasion.head.head if occasion.head.dep == D_PREP else None
    if act is None or occasion.lemma_.lower() not in PROCEEDINGS or pos_of(act) not in PS_VERB_AUX or \
            act.lemma_.lower() in PROCEEDINGS or act.lemma_.lower() in FRAMING or \
            any(c.dep == D_NSUBJPASS for c in dependents(act)):
        return False  # no act done at the proceeding, or one that is the proceeding itself ("sentenced him")
    there = _subject_words(act)
    return bool(there) and bool(there & _subject_words(_verb_with_subject(verb) or verb))


def _subject_words(verb: Token) -> set[str]:
    """The lemmas of the name and title words of the verb's active subject ("senator", "lund" of "Senator Lund";
    "senator" of "the senators"): two mentions of the same doers share one."""
    subject = next((c for c in dependents(verb) if c.dep == D_NSUBJ), None)
    if subject is None:
        return set()
    words = [subject, *(c for c in dependents(subject) if c.dep in DS_COMPOUND_APPOS_FLAT)]
    return {w.lemma_.lower() for w in words if pos_of(w) in PS_PROPN_NOUN and not w.is_stop}


def _verb_with_subject(verb: Token) -> Token | None:
    """The verb itself when it has a subject, else the first verb of the "and" it is joined to that has one ("Trump
    spotted a sign and asked for it": Trump asked); None when none names the doer (then it may be the speaker)."""
    for _ in range(4):
        if any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)):
            return verb
        if verb.dep != D_CONJ or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _in_own_clause(expression: TimeExpression, trigger: Token) -> bool:
    """Whether the expression lies inside the clause the trigger's act is told in, or in the clause of the verb it is
    joined to by "and" ("told customers Monday about the bugs and stopped shipping": one time for both)."""
    own = time_holder(clause_head(trigger))
    for _ in range(4):
        if own.left_edge.idx <= expression.start < own.right_edge.idx + len(own.right_edge):
            return True
        if own.dep != D_CONJ or head_i(own) == own.i:
            break
        own = time_holder(clause_head(own.head))
    return False


def _describes_the_other_party(expression: TimeExpression, trigger: Token) -> bool:
    """Whether the trigger's clause is a relative clause told in the past that describes a noun other than the main
    act's doer ("On Tuesday, the governor thanked the union, which endorsed her", "On Friday, the council condemned
    the militia that attacked the village"), under a day put before the main clause: the day is the main act's, and
    the act the description tells is what the main act answers or acts on, done before it, some time up to that day
    (frame_of_earlier_act), not on it. A clause on the main act's doer ("protesters who marched through the city
    clashed with police") tells the doer at the scene, one opened by "where", "when" or "in which" ("arrived at the
    hall, where he met the mayor") the place, time or case the main act itself tells of, and a month or a year holds both acts. Rule
    dating.description_before_the_day."""
    own = time_holder(clause_head(trigger))
    return own.dep == D_RELCL and own.head.dep not in DS_NSUBJ_NSUBJPASS and \
        expression.precision in ("day", "time") and is_on("dating.description_before_the_day") and \
        not any(c.tag == T_WRB or (c.dep == D_PREP and any(w.tag in TS_WP_WDT for w in dependents(c)))
                for c in dependents(own)) and not _words_of_the_telling(own)


TELLING_NOUNS = rule_words("detente.time", "data/dating.yaml", "dating.words_of_a_telling_noun")  # data/dating.yaml


def _words_of_the_telling(clause: Token) -> bool:
    """Whether a relative clause of words or judging tells what a noun of a telling says ("issued a statement that
    condemned the raid", "sent a letter that urged the council to act"): the words are the statement's own, said
    when it was made, not an earlier act it answers (dating.description_before_the_day). Rule
    dating.words_of_a_telling_noun."""
    lemma = clause.lemma_.lower()
    return clause.head.lemma_.lower() in TELLING_NOUNS and (lemma in TOPIC_VERBS or lemma in SPEECH)


def _of_the_described_noun(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression is the time of the noun the trigger's relative clause describes ("the 1951 convention,
    which most nations signed"): the noun's own time is its clause's (rule dating.relative_clause_own_time)."""
    own = time_holder(clause_head(trigger))
    noun = time_index(analysis).noun_of.get(number)
    if is_on("dating.noun_content_clause") and any(c.dep == D_MARK for c in dependents(own)):
        return False  # "told a 2015 summit that the rebels had attacked": what was said there (of_the_noun)
    return own.dep in DS_RELCL_ACL and noun is not None and noun == head_i(own)  # "the Feb. 23 accord signed by"


def _told_in_the_past(trigger: Token) -> bool:
    """Whether the trigger's clause tells its act in the past, with no modal: the past tense or perfect (is_past), a
    verb joined by "and" to a past one with no auxiliary of its own ("was shot and killed"), or a main verb the tagger
    read as a bare participle though it has a subject and no auxiliary ("Democrats seized upon ..."); also a
    participle with no subject or tense of its own told in the tense of the verb whose time it shares (time_holder:
    "Troops stormed the town, burning houses", "started attacking"; rule dating.participle_tense)."""
    if _told_in_the_past_own(trigger):
        return True
    own = clause_head(trigger)
    holder = time_holder(own) if own.tag in TS_VBG_VBN and is_on("dating.participle_tense") else own
    return holder.i != own.i and _told_in_the_past_own(holder)


# clauses with a finite verb of their own: a "participle" there with a subject and no auxiliary is a past tense the
# tagger misread (rule dating.bare_participle_past)
FINITE_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl"})
FINITE_CLAUSE_DEP_IDS = frozenset(get_string_id(label) for label in FINITE_CLAUSE_DEPS)


def _told_in_the_past_own(trigger: Token) -> bool:
    """_told_in_the_past by the trigger's own clause alone."""
    verb = clause_head(trigger)
    for _ in range(4):
        children = dependents(verb)
        if any(c.tag == T_MD for c in children):
            return False
        if is_past(trigger if verb.i == clause_head(trigger).i else verb):
            return True
        own_aux = any(c.dep in DS_AUX_AUXPASS for c in children)
        if verb.tag == T_VBN and not own_aux and any(c.dep == D_NSUBJ for c in children) and (
                verb.dep == D_ROOT or (verb.dep in FINITE_CLAUSE_DEP_IDS and is_on("dating.bare_participle_past"))):
            return True  # "a scheme in which they looted millions": a participle has no subject of its own
        if verb.dep != D_CONJ or verb.tag != T_VBN or own_aux or head_i(verb) == verb.i or \
                pos_at(verb.doc, head_i(verb)) not in PS_VERB_AUX:
            return False  # a verb with a tense of its own ("has been ..., but still recognizes") keeps it
        verb = verb.head
    return False


SHORT_GAPS = frozenset({"hour", "minute"})  # a gap counted in hours or minutes: the same day or the next
# the words of a gap a phrase on the verb holds ("on the eve of", "in the hours after"), as doc_arrays spells them
HELD_GAP_WORDS = frozenset(get_string_id(word) for word in (*EVE_WORDS, *(gap + "s" for gap in SHORT_GAPS)))


def _counted_from(analysis: Analysis, trigger: Token) -> EventDate | None:
    """The day an act told a counted length after or before a dated happening lies on: "two days after the shooting
    on Tuesday" is Thursday, "a week before the March 3 vote" February 25; a gap of hours ("hours after the
    shooting on Tuesday") is that day or the next. Counting is all the text says of the act's time, so it dates the
    act (a vague gap, "days after", only bounds it: dating.ordered_gap). Rule dating.counted_gap."""
    verb = clause_head(trigger)
    if not is_on("dating.counted_gap") or pos_of(verb) not in PS_VERB_AUX or \
            verb.i not in once_per_doc(trigger.doc, "counted gap holders", _gap_holders):
        return None  # (the length that counts a gap is an npadvmod on the verb or on one of its dependents)
    index = time_index(analysis)
    sentence = analysis.sentence_index(verb.idx)
    for child in dependents(verb):
        found, order, gap = None, None, None
        relation = child.dep
        if relation == D_ADVCL:
            mark = next((c for c in dependents(child) if c.dep == D_MARK and c.lower_ in GAP_ORDERS), None)
            gap = next((c for c in dependents(child) if c.dep == D_NPADVMOD and mark is not None and c.i < mark.i),
                       None)
            if gap is not None:
                order = mark.lower_ if mark is not None else None
                found = governing(analysis, index, sentence, {child.i}, clause_tokens_down(child), child)
        elif relation in DS_PREP_NPADVMOD:
            child, gap = _gap_and_phrase(verb, child)
            # what the phrase orders the act by is read only where a length counts the gap (most phrases have none)
            order, noun = ordering_phrase(child) if gap is not None and child is not None else (None, None)
            if order in GAP_ORDERS and noun is not None and gap is not None:
                found = next((n for n in index.by_sentence.get(sentence, []) if index.noun_of.get(n) == noun.i or
                              (noun.left_edge.idx <= analysis.times[n].start and analysis.times[n].end <= noun.idx) or
                              (analysis.times[n].start > noun.idx and index.anchor_of.get(n) in noun_phrase(noun))),
                             None)
                if found is None:
                    found = _told_before_the_gap(analysis, noun, sentence)
        counted = _counted_day(analysis, analysis.times[found], gap, order) \
            if found is not None and gap is not None and order in GAP_ORDERS else None
        if counted is not None:
            return counted
    return None


GAP_ORDERS = frozenset({"after", "before"})


def _gap_holders(doc: Doc) -> frozenset[int]:
    """The words within two steps above a noun phrase used as an adverb ("two days" in "two days after the
    shooting"): the only verbs _counted_from can find a counted gap on (the gap is the verb's npadvmod, or one of
    its clause's or phrase's), so the rest are answered None without reading their dependents. Built from the
    document's columns, once per parse (no Token made)."""
    arrays = doc_arrays(doc)
    heads = arrays.heads
    lengths = list(compress(range(len(heads)), map(eq, arrays.dep, repeat(D_NPADVMOD))))  # (no loop in Python)
    # (and the nouns of "on the eve of", "in the hours after": a phrase on the verb holds them, _gap_and_phrase)
    lengths += compress(range(len(heads)), map(HELD_GAP_WORDS.__contains__, arrays.lower))
    above = list(map(heads.__getitem__, lengths))
    return frozenset(chain(above, map(heads.__getitem__, above)))
OTHER_SIDE = {"after": "before", "before": "after"}


def _counted_back_from_the_main(analysis: Analysis, trigger: Token) -> EventDate | None:
    """The day of the happening a counted gap is told from, when the act told after or before it has a day of its
    own: "The president arrived in Orlando on Thursday, four days after a gunman killed 49 people" dates the killing
    four days before Thursday, as dating.counted_gap dates the arrival from the killing's day the other way round.
    Only a main clause dated to a day, and a gap counted in days or weeks (or hours: that day or the one before).
    Rule dating.counted_gap_other_side."""
    verb = clause_head(trigger)
    if verb.dep != D_ADVCL or head_i(verb) == verb.i or not is_on("dating.counted_gap_other_side"):
        return None
    mark = next((c for c in dependents(verb) if c.dep == D_MARK and c.lower_ in GAP_ORDERS), None)
    if mark is None:
        return None
    gap = next((c for c in (*dependents(verb), *dependents(mark)) if c.dep == D_NPADVMOD and c.i < mark.i), None)
    main = verb.head
    if gap is None or pos_of(main) not in PS_VERB_AUX:
        return None
    told = date_event(analysis, main.idx, main.idx + len(main.text))
    if told.expression is None or told.date is None or told.date_precision != "day" or \
            told.date_end not in (None, told.date):
        return None
    other = replace(told.expression, date=told.date, date_end=told.date, precision="day")
    return _counted_day(analysis, other, gap, OTHER_SIDE[mark.lower_])


def _counted_back_from_the_gerund(analysis: Analysis, trigger: Token, when: EventDate) -> EventDate | None:
    """The time of an act told as a gerund after "after" or "before" with a counted gap, from the time of the main
    clause it is counted from: "One month after announcing his support, the senator still criticizes him" (the
    present puts the main act at the time of writing: the announcing a month before it), "criticized him on Monday, a
    week after endorsing him" (a week before Monday). Days and weeks give a day, months a month, years a year; a
    main clause with no day of its own and no present tense gives nothing to count from, and a time inside the
    phrase (`when` found it) is the gerund's own. Rule dating.counted_gerund_gap."""
    verb = clause_head(trigger)
    if verb.dep != D_PCOMP:
        return None
    phrase = verb.head
    if phrase.i == verb.i or phrase.lower_ not in GAP_ORDERS or not is_on("dating.counted_gerund_gap"):
        return None
    if when.expression is not None and \
            phrase.left_edge.idx <= when.expression.start < phrase.right_edge.idx + len(phrase.right_edge):
        return None  # "a week after endorsing him on Monday": Monday is the endorsing's own
    gap = next((c for c in dependents(phrase) if c.dep == D_NPADVMOD), None)
    main = phrase.head
    published = reference_date(analysis.document.published)
    if gap is None or main.i == phrase.i or pos_of(main) not in PS_VERB_AUX or published is None:
        return None
    length = next((t for t in analysis.times if t.type == "DURATION" and t.start <= gap.idx < t.end), None)
    match = LENGTH_VALUE.match(length.value) if length is not None else None
    if match is None or (not gap.like_num and not counted_length(gap) and
                         not any(c.like_num or c.lower_ in ("a", "an") for c in dependents(gap))):
        return None
    told = date_event(analysis, main.idx, main.idx + len(main.text))
    if told.expression is not None and told.date is not None and told.date_precision == "day" and \
            told.date_end in (None, told.date):
        day, basis = date.fromisoformat(told.date), "relative"
    elif told.expression is None and main.tag in TS_VBZ_VBP and \
            not any(c.dep in DS_AUX_AUXPASS for c in dependents(main)):
        day, basis = published, "relative"  # a plain present: the main act is told at the time of writing
    else:
        return None
    amount, unit = float(match.group(1)), match.group(2)
    sign = -1 if phrase.lower_ == "after" else 1  # the gerund's act lies the gap before (or after) the main one
    if unit in ("D", "W"):
        when = day + timedelta(days=sign * int(amount * (7 if unit == "W" else 1)))
        first, last, precision = when, when, "day"
    elif unit == "M" and amount == int(amount):
        months = day.year * 12 + day.month - 1 + sign * int(amount)
        first = date(months // 12, months % 12 + 1, 1)
        last = (date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1))
        precision = "month"
    elif unit == "Y" and amount == int(amount):
        first, last, precision = date(day.year + sign * int(amount), 1, 1), \
            date(day.year + sign * int(amount), 12, 31), "year"
    else:
        return None
    if first > published:
        return None
    return EventDate(first.isoformat(), None if precision == "day" else min(last, published).isoformat(),
                     precision, basis, False, length, found_by="counted")


def _gap_and_phrase(verb: Token, child: Token) -> tuple[Token | None, Token | None]:
    """The "after"/"before" phrase and the length that counts its gap, as the parser hung them on the verb: the
    length inside the phrase ("after" holding "two days"), and, with a noun the gap refers back to
    (dating.counted_gap_told_before), the length holding the phrase ("A day after the rally": "day" holds "after")
    or standing right before it ("Hours after the shooting": both on the verb)."""
    if child.dep == D_PREP:
        gap = next((c for c in dependents(child) if c.dep == D_NPADVMOD), None)
        # a phrase holding the gap ("on the eve of the vote"; "in the hours after the shooting",
        # dating.ordered_unit_phrase) counts only for an act the story narrates in the past: a present ("is keeping up
        # his criticism in the hours before the polls") tells the writer's now
        narrated = told_in_the_narrative_past(verb)
        held = next((c for c in dependents(child) if c.dep == D_POBJ), None) if gap is None and narrated else None
        if held is not None and (_the_eve(held) or (held.lemma_.lower() in SHORT_GAPS and unit_phrase(held))):
            return child, held
        if gap is None and child.lower_ in GAP_ORDERS and child.i > 0 and is_on("dating.counted_gap_told_before"):
            before = verb.doc[child.i - 1]
            gap = before if before.dep == D_NPADVMOD and head_i(before) == verb.i else None
        if gap is None and narrated and child.lower_ in GAP_ORDERS and child.i > 0:
            before = verb.doc[child.i - 1]  # "In the hours after the shooting, ...": both phrases on the verb
            if before.dep == D_POBJ and before.head.dep == D_PREP and head_i(before.head) == verb.i and \
                    before.lemma_.lower() in SHORT_GAPS and definite_length(before):
                gap = before
        return child, gap
    if not is_on("dating.counted_gap_told_before"):
        return None, None
    phrase = next((c for c in dependents(child) if c.dep == D_PREP and c.lower_ in GAP_ORDERS), None)
    return (phrase, child) if phrase is not None else (None, None)
BACK_REFERRING = frozenset({"the", "that", "this", "his", "her", "their", "its"})


def _told_before_the_gap(analysis: Analysis, noun: Token, sentence: int) -> int | None:
    """The day an earlier sentence gave the happening a counted gap is told from, when the gap's noun refers back to
    it ("Police shot a man on Saturday night. A day after the shooting, protesters attacked a police car."): the
    noun's own date, read from the story before it, is the day to count from. Rule dating.counted_gap_told_before."""
    if not is_on("dating.counted_gap_told_before") or \
            not any(c.dep in DS_DET_POSS and c.lower_ in BACK_REFERRING for c in dependents(noun)):
        return None
    number, how = choose(analysis, noun.idx, noun.idx + len(noun.text))
    if number is None or how not in ("told before", "context") or \
            time_index(analysis).sentence_of.get(number, sentence) >= sentence:
        return None
    return number


def _counted_day(analysis: Analysis, other: TimeExpression, gap: Token, order: str) -> EventDate | None:
    """The act's date from the other happening's day and the gap: a counted number of days or weeks, or hours."""
    from datetime import timedelta

    published = (analysis.document.published or "")[:10]
    if other.precision in COUNTED_PERIODS and other.date is not None and published:
        counted = _counted_period(analysis, other, gap, order, published)
        if counted is not None:
            return counted
    if other.precision not in ("day", "time") or other.date is None or not published:
        return None
    day = date.fromisoformat(other.date)
    sign = 1 if order == "after" else -1
    basis = "explicit" if other.basis == "explicit" else "relative"
    length = next((t for t in analysis.times if t.type == "DURATION" and t.start <= gap.idx < t.end), None)
    match = LENGTH_VALUE.match(length.value) if length is not None else None
    if gap.lemma_.lower() in SHORT_GAPS:
        # "hours after": that day or the next; "48 hours after": two days on, or the day after that
        whole = int(float(match.group(1)) // 24) if match is not None and match.group(2) == "H" else 0
        moved = day + timedelta(days=sign * whole)
        first, last = sorted((moved, moved + timedelta(days=sign)))
        if first.isoformat() > published:
            return None
        return EventDate(first.isoformat(), min(last.isoformat(), published), "range", basis, False, other)
    if match is None and (_part_of_the_next_day(gap) or _the_eve(gap)):
        when = (day + timedelta(days=sign)).isoformat()  # "the morning after the debate": the day after its day
        return EventDate(when, None, "day", basis, False, other) if when <= published else None
    if match is None or match.group(2) not in ("D", "W") or not gap.like_num and not counted_length(gap):
        return None
    days = float(match.group(1)) * (7 if match.group(2) == "W" else 1)
    when = (day + timedelta(days=sign * int(days))).isoformat()
    if when > published:
        return None  # a count that runs past the day of writing is no past act's day
    return EventDate(when, None, "day", basis, False, other)


COUNTED_PERIODS = frozenset({"year", "month", "day", "time"})  # what a gap of months or years can be counted from
DEFINITE_PERIODS = {"year": "Y", "month": "M"}  # "the year after", "the month before": one of them
LONG_GAP_RULE = "dating.counted_gap_long"


def _counted_period(analysis: Analysis, other: TimeExpression, gap: Token, order: str,
                    published: str) -> EventDate | None:
    """The month or year an act told a counted number of months or years after or before a dated happening lies in:
    "a year after the 2007 election" is 2008, "two months after the March vote" May, "a year after the March 2007
    vote" March 2008, "the year after the 2008 election" 2009. The count is as exact as its unit: a gap of years from a year gives that year, a gap of months
    or years from a month or a day gives the month, a gap of months from a year the year's months moved on. A gap
    of days from a month or a year, a vague gap ("years after"), a fraction or a count that runs past the day of
    writing gives nothing. Rule dating.counted_gap_long."""
    if not is_on(LONG_GAP_RULE) or not (gap.like_num or counted_length(gap)):
        return None
    length = next((t for t in analysis.times if t.type == "DURATION" and t.start <= gap.idx < t.end), None)
    match = LENGTH_VALUE.match(length.value) if length is not None else None
    if match is None and gap.lemma_.lower() in DEFINITE_PERIODS and \
            any(c.dep == D_DET and c.lower_ == "the" for c in dependents(gap)):
        amount, unit = 1, DEFINITE_PERIODS[gap.lemma_.lower()]  # "the year after the 2008 election": 2009
    elif match is None or match.group(2) not in ("Y", "M") or float(match.group(1)) != int(float(match.group(1))):
        return None
    else:
        amount, unit = int(float(match.group(1))), match.group(2)
    sign = 1 if order == "after" else -1
    start = date.fromisoformat(other.date[:10])
    months = start.year * 12 + start.month - 1 + sign * amount * (12 if unit == "Y" else 1)
    if other.precision == "year" and unit == "M":
        # "six months after the 2007 election": the year's months moved on, July 2007 to June 2008
        first, precision = date(months // 12, months % 12 + 1, 1), "range"
        end = months + 11
        last = date(end // 12 + (end % 12 == 11), (end + 1) % 12 + 1, 1) - timedelta(days=1)
    elif other.precision == "year":
        first, last, precision = date(months // 12, 1, 1), date(months // 12, 12, 31), "year"
    else:
        first = date(months // 12, months % 12 + 1, 1)
        last = date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)
        precision = "month"
    if first.isoformat() > published:
        return None  # a count that runs past the day of writing is no past act's time
    basis = "explicit" if other.basis == "explicit" else "relative"
    return EventDate(first.isoformat(), min(last.isoformat(), published), precision, basis,
                     is_historical(last.isoformat(), published), other, found_by="counted")


DAY_PART_GAP_RULE = "dating.counted_day_part_gap"
PARTS_OF_A_DAY = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _part_of_the_next_day(gap: Token) -> bool:
    """Whether the gap is a definite day or part of one ("the day before the debate", "the morning after the debate",
    "the night before the vote"): the day after (or before) the other happening's day, as "a day after" counts one
    (rule dating.counted_day_part_gap)."""
    return gap.lemma_.lower() in PARTS_OF_A_DAY and is_on(DAY_PART_GAP_RULE) and \
        any(c.dep == D_DET and c.lower_ == "the" for c in dependents(gap))


def _own_order_within_the_frame(analysis: Analysis, root: Token, framed: EventDate,
                                counted: EventDate | None) -> EventDate | None:
    """The time an act's own clause gives it against a dated happening, kept inside the frame of the saying that
    reports it: "Smith was shot hours after Tuesday's broadcast, his family said Friday" is Tuesday or Wednesday, not
    some time up to Friday; "was shot after Tuesday's broadcast, his family said Friday" from Tuesday up to Friday.
    The frame only bounds what the act's clause already places. Rule dating.own_order_within_the_frame."""
    if not is_on(OWN_ORDER_RULE) or framed.date_end is None:
        return None
    if counted is not None and counted.date is not None and counted.date <= framed.date_end:
        return counted
    ordered = ordered_by(analysis, root)
    if ordered is None or ordered[1] != "after":
        return None
    bounded = _bounded_by(analysis, *ordered, root)
    if bounded is None or bounded.date is None or bounded.date > framed.date_end:
        return None
    return replace(bounded, date_end=min(bounded.date_end or framed.date_end, framed.date_end))


OWN_ORDER_RULE = "dating.own_order_within_the_frame"


def _the_eve(gap: Token) -> bool:
    """Whether the gap is "the eve" of "on the eve of the vote": the day before the other happening's day, as "the
    day before the vote" is (rule dating.eve_of_a_happening)."""
    return gap.lemma_.lower() in EVE_WORDS and is_on(EVE_RULE) and \
        any(c.dep == D_DET and c.lower_ == "the" for c in dependents(gap))


def _bounded_by(analysis: Analysis, number: int, order: str, trigger: Token | None = None) -> EventDate | None:
    """The range an act told "after" (from the other happening's first day up to the day of writing) or "before"
    (up to the other happening's last day) a dated happening lies in (rule dating.ordered_clause); an act still to
    come before a time still to come lies between the day of writing and that time (_before_a_time_ahead)."""
    expression = analysis.times[number]
    published = (analysis.document.published or "")[:10]
    first, last = expression.date, expression.date_end or expression.date
    if first is None or last is None or not published:
        return None
    basis = "explicit" if expression.basis == "explicit" else "relative"
    if order == "before" and last > published and _before_a_time_ahead(trigger):
        return EventDate(published, last, "range", basis, False, expression, found_by="ordered")
    if order == "after":
        if first > published:
            return None  # an act after a time still to come: left to the tense rules
        return EventDate(first, published, "range", basis, False, expression, found_by="ordered")
    return EventDate(None, min(last, published), "range", basis, is_historical(last, published), expression,
                     found_by="ordered")


def _before_a_time_ahead(trigger: Token | None) -> bool:
    """Whether an act told before a time still to come is itself still to come ("will meet the envoy before
    Thursday's summit", "plans to visit Ohio ahead of the vote next month"): its clause looks ahead, so it lies from
    the day of writing up to that time, not up to the day of writing (which an act told as done before a coming
    time keeps: "met ahead of next week's summit"). Rule dating.before_a_time_ahead."""
    return trigger is not None and verb_direction(clause_head(trigger)) == 2 and is_on("dating.before_a_time_ahead")


DEADLINE_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.deadline_range")  # data/dating.yaml


def _by_the_deadline(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """An act its own clause sets "by" or "before" a time ("will finish the review by the end of the month", "must
    leave the city before March 3") is done some time up to that deadline, not on it: from the day of writing for
    one still to come, from a start the text does not give for one told as done ("had withdrawn by March 3"). Rule
    dating.deadline_range."""
    expression = analysis.times[number]
    published = (analysis.document.published or "")[:10]
    if not DEADLINE_WORDS or expression.date is None or not published:
        return None
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0 or span.start == 0:
        return None
    preposition = analysis.doc[span.start - 1]
    word = preposition.lower_
    if word not in DEADLINE_WORDS or span.root.head.i != preposition.i:
        return None  # "killed by Tuesday's blast": the time of the noun after "by", not a deadline
    last = expression.date_end or expression.date
    if word == "before":
        last = (date.fromisoformat(expression.date[:10]) - timedelta(days=1)).isoformat()
    basis = "explicit" if expression.basis == "explicit" else "relative"
    if verb_direction(clause_head(trigger)) == 2 and last >= published:
        return EventDate(published, last, "range", basis, False, expression)
    if last < published:
        return EventDate(None, last, "range", basis, is_historical(last, published), expression)
    return None


def _in_the_run_up(analysis: Analysis, number: int) -> EventDate:
    """An act done in a contest gone by that the story dates ("spent a million dollars in the primary"): over the
    campaign, up to the contest's day (rule dating.occasion_named_elsewhere)."""
    expression = analysis.times[number]
    published = (analysis.document.published or "")[:10] or None
    last = expression.date_end or expression.date
    basis = "explicit" if expression.basis == "explicit" else "relative"
    return EventDate(None, last, "range", basis, is_historical(last, published), expression)


def _from_then_on(analysis: Analysis, number: int) -> EventDate | None:
    """From the first day of the expression up to the day of writing: "have detained protesters since March", or
    words about an earlier happening ("criticized last year's election"), said some time after it began."""
    expression = analysis.times[number]
    published = analysis.document.published
    if expression.date is None or published is None or expression.date > published[:10]:
        return None
    basis = "explicit" if expression.basis == "explicit" else "relative"
    return EventDate(expression.date, published[:10], "range", basis, False, expression)


def _up_to_then(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """Up to the last day of the expression, from a start the text does not give (or from the day of writing, for a
    span still to run): "refused to release the report until Friday" lasted up to Friday (rule dating.until_then).
    A past act with an end read after the day of writing keeps the expression's own date (the day is misread)."""
    expression = analysis.times[number]
    last = expression.date_end or expression.date
    published = analysis.document.published
    if last is None or (published and last > published[:10] and _told_in_the_past(trigger)):
        return None
    first = published[:10] if published and published[:10] < (expression.date or last) else None
    basis = "explicit" if expression.basis == "explicit" else "relative"
    return EventDate(first, last, "range", basis, is_historical(last, published), expression)


def _placed_by_the_act(analysis: Analysis, number: int, noun: Token) -> EventDate | None:
    """An event noun an "after" phrase names came before its verb's time, one a "before" phrase names after it: "two
    days after the bombing" on Sunday is Friday, "hours after the bombing" on Friday that day or the one before,
    "after the bombing" some time up to Friday; "met on Monday before the vote" puts the vote from Monday on, its end
    open (it may still be to come). A gap from a month or a year ("in December, hours after the attack") leaves
    that time to both, as dating.after_clause_up_to_the_day does. Rule dating.ordering_noun_not_the_act."""
    ordered = ordering_act_of_the_noun(noun)
    if ordered is None:
        return None
    order, _, gap = ordered
    expression = analysis.times[number]
    turned = "before" if order == "after" else "after"
    if gap is not None:
        counted = _counted_day(analysis, expression, gap, turned)
        if counted is not None:
            return replace(counted, found_by="ordering act")
        if expression.precision not in ("day", "time"):
            return None  # "posted in December, hours after the attack": a month or a year holds both happenings
    if order == "after":
        bounded = _bounded_by(analysis, number, "before")
        return replace(bounded, found_by="ordering act") if bounded is not None else None
    if expression.date is None:
        return None
    basis = "explicit" if expression.basis == "explicit" else "relative"
    return EventDate(expression.date[:10], None, "range", basis, False, expression, found_by="ordering act")


def _after_the_frame(analysis: Analysis, trigger: Token) -> EventDate | None:
    """A relative clause that goes on from its verb (continuing_frame: "received the envoy on Monday, who then flew
    to Cairo") lies from that verb's own time up to the day of writing; with no such time, the other rules date it
    (rule dating.continuing_relative)."""
    frame = continuing_frame(trigger)
    if frame is None:
        return None
    number, how = choose(analysis, frame.idx, frame.idx + len(frame.text))
    if number is None or how not in FRAME_OWN_WAYS:
        return None
    spread = _from_then_on(analysis, number)
    return replace(spread, found_by="continued") if spread is not None else None


def _before_the_frame(analysis: Analysis, frame: Token) -> EventDate:
    """An act told as over under another clause ("said on Tuesday that the army had attacked", "after the United
    States withdrew") happened some time up to that clause's time: the saying's day when its own words date it,
    else the day of writing, which is then the last day, not the day (rule dating.earlier_act)."""
    published = analysis.document.published
    number, how = choose(analysis, frame.idx, frame.idx + len(frame.text))
    framed = _date_event_by(analysis, number, how) if number is not None and how != "vague" else None
    last = (framed.date_end or framed.date) if framed is not None else None
    if framed is None or last is None or (published is not None and (framed.date or last) > published[:10]):
        # an undated frame, or one still to come ("will seek on Nov. 1 ... who championed"): up to the day of writing
        return EventDate(None, published, "range", "document", False, found_by="frame")
    if published is not None and last > published[:10]:
        last = published[:10]  # "announced this month that he had reached a settlement": by the day of writing
    return EventDate(None, last, "range", framed.date_basis, framed.historical, framed.expression,
                     reason=framed.reason, found_by="frame")


def _up_to_the_main_day(analysis: Analysis, number: int, trigger: Token) -> EventDate | None:
    """An act told as done (a past tense) in an "after" clause of an act dated to the day ("resigned on Friday after protesters stormed his
    office", "fired tear gas on Tuesday, a day after the opposition called for a strike") was done before that day's
    act: some time up to that day, not on it (the day stays the expression that bounds it). A month or a year is
    left as the clause's time: both acts lie in it. Rule dating.after_clause_up_to_the_day."""
    expression = analysis.times[number]
    own = clause_head(trigger)
    if expression.precision not in ("day", "time") or expression.date is None or own.tag not in TS_VBD_VBN:
        return None  # (a present "after the president meets with Sanders" tells a plan: the day the text gives)
    marks = {c.lower_ for c in dependents(own) if c.dep == D_MARK}
    later = bool(marks & BEFORE_MARKS) and is_on("dating.before_clause_from_the_day")
    if not later and not (marks & AFTER_MARKS and is_on("dating.after_clause_up_to_the_day")) and \
            not _pointed_back(own):
        return None
    if any(c.dep == D_NPADVMOD and c.lemma_.lower() in SAME_DAY_GAPS for c in dependents(own)):
        return None  # "minutes after the court struck down the law": the same day
    last = expression.date_end or expression.date
    published = analysis.document.published
    if published is not None and last > published[:10]:
        return None  # an act after a time still to come: left to the tense rules
    if later:
        # "spoke at a rally on Thursday before he vetoed the bill": done after that day's act, from it on, some time
        # up to the day of writing (rule dating.before_clause_from_the_day)
        if published is None or any(a.dep in DS_AUX_AUXPASS and a.lower_ == "had" for a in dependents(own)):
            return None  # ("before he had finished": the past perfect keeps the main act's time)
        basis = "explicit" if expression.basis == "explicit" else "relative"
        return EventDate(expression.date[:10], published[:10], "range", basis, False, expression,
                         found_by="main clause")
    basis = "explicit" if expression.basis == "explicit" else "relative"
    return EventDate(None, last[:10], "range", basis, is_historical(last, published), expression,
                     found_by="main clause")


def _pointed_back(own: Token) -> bool:
    """A bare past participle opened by "as" ("freed the hostages on Tuesday as agreed", "proposed it on Monday as
    promised") points back to an agreement or promise made before the act it hangs on: some time up to that act's
    day, not on it, as an "after" clause is. Rule dating.as_told_before_the_day (factuality.as_told_before tells it
    as done)."""
    if own.tag_ != "VBN" or own.dep_ != "advcl" or not TOLD_BEFORE_MARKS:
        return False
    children = dependents(own)
    return any(c.dep == D_MARK and c.lower_ in TOLD_BEFORE_MARKS for c in children) and \
        not any(c.dep in DS_AUX_AUXPASS or c.dep_ in ("nsubj", "nsubjpass") for c in children) and \
        is_on("dating.as_told_before_the_day")


AFTER_MARKS = rule_words("detente.time", "data/dating.yaml", "dating.after_clause_up_to_the_day")
TOLD_BEFORE_MARKS = rule_words("detente.time", "data/dating.yaml", "dating.as_told_before_the_day")
BEFORE_MARKS = rule_words("detente.time", "data/dating.yaml", "dating.before_clause_from_the_day")
SAME_DAY_GAPS = frozenset({"minute", "hour", "moment"})  # "minutes after", "hours after": the gap keeps the day


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
    root = root_at(analysis.doc, trigger_start, trigger_end)
    if root is None or not past_perfect(root):
        return False
    verb = governing_verb(root)
    return not (verb is not None and verb.dep == D_CCOMP and verb.head.lemma_.lower() in REPORTING)


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
    root = root_at(analysis.doc, trigger_start, trigger_end)
    if root is None or analysis.document.published is None:
        return False
    if verbs_only and pos_of(root) not in PS_VERB_AUX:
        return False
    return present_perfect(root) or present_perfect(time_holder(clause_head(root)))


FOR_LENGTH = rule_pattern("detente.time", "data/dating.yaml", "dating.perfect_length")  # data/dating.yaml
SEEKING_FOR = rule_words("detente.time", "data/dating.yaml", "dating.perfect_length")  # verbs whose "for" is sought


def _lasting_up_to_now(analysis: Analysis, expression: TimeExpression, trigger: Token) -> tuple[float, str] | None:
    """The count and unit of a length told with "for" on an act in the present perfect ("rebels have shelled the
    town for three weeks", "has been protesting the law for two months"): the perfect runs the act up to the day of
    writing, so the length ends there. "for more than a year" gives no start; a past tense ("ruled the country for
    30 years") says how long, not until when. Rule dating.perfect_length."""
    text = doc_text(analysis.doc)
    if not FOR_LENGTH.search(text[max(0, expression.start - 8):expression.start]):
        return None
    verb = clause_head(trigger)
    if verb.lemma_.lower() in SEEKING_FOR:
        return None  # "has asked for a month to prove his majority": the length is what is asked for
    children = dependents(verb)
    progressive = verb.tag == T_VBG and any(c.dep == D_AUX and c.lower_ == "been" for c in children) and \
        any(c.dep == D_AUX and c.lemma == L_HAVE and c.tag in TS_VBZ_VBP for c in children)
    if not (progressive or present_perfect(verb)):
        return None
    match = LENGTH_VALUE.match(expression.value)
    if match is None or expression.value.startswith("PT"):
        return None  # hours and minutes: no day of their own to count
    return float(match.group(1)), match.group(2)


def present_perfect(token: Token) -> bool:
    """Whether the word's verb is in the present perfect ("has imposed", "have been arrested")."""
    verb = governing_verb(token)
    if verb is None or verb.tag != T_VBN:
        return False
    children = dependents(verb)
    if any(c.dep == D_AUX and c.lemma == L_HAVE and c.tag in TS_VBZ_VBP for c in children):
        return True
    # "it's imposed sanctions", "he's proposed": the parser often reads the clitic as the passive "is"; before a
    # participle that takes a direct object (no passive does) or as an active auxiliary it is "has"
    return any(c.lower_ in CLITIC_HAVE and (c.dep == D_AUX or any(o.dep == D_DOBJ for o in children))
               for c in children) and is_on("dating.present_perfect")


CLITIC_HAVE = frozenset({"'s", "\u2019s", "'ve", "\u2019ve"})
