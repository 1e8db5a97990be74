"""Date an event by the time expression that governs it, not by when the article came out.

Order of evidence: an expression attached to the trigger in the parse (its clause, or the noun
phrase it heads), the nearest dated expression in its sentence, the setting of its paragraph
(an explicit date in an earlier sentence, for a past-tense clause), and last the publication
date. The per-document index is built once and kept in `analysis.time_index`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.nlp.arrays import columns, doc_arrays
from detente.nlp.labels import (
    D_ACL,
    D_ACOMP,
    D_ADVCL,
    D_ADVMOD,
    D_AGENT,
    D_AMOD,
    D_ATTR,
    D_AUX,
    D_AUXPASS,
    D_CC,
    D_CCOMP,
    D_COMPOUND,
    D_CONJ,
    D_DET,
    D_DOBJ,
    D_MARK,
    D_NPADVMOD,
    D_NSUBJ,
    D_NSUBJPASS,
    D_NUMMOD,
    D_OPRD,
    D_PCOMP,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_PRT,
    D_RELCL,
    D_ROOT,
    D_XCOMP,
    DS_ACL_ADVCL,
    DS_ADVCL_CCOMP,
    DS_ADVCL_PREP,
    DS_ADVMOD_DOBJ,
    DS_ADVMOD_NPADVMOD,
    DS_AMOD_COMPOUND_NMOD,
    DS_APPOS_COMPOUND_NPADVMOD_NMOD,
    DS_AUX_AUXPASS,
    DS_CCOMP_PARATAXIS,
    DS_CCOMP_RELCL,
    DS_COMPOUND_CONJ_FLAT,
    DS_DET_PREDET,
    DS_DOBJ_ATTR_DATIVE,
    DS_DOBJ_DATIVE,
    DS_DOBJ_NSUBJPASS,
    DS_MARK_ADVMOD,
    DS_NSUBJ_EXPL,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_AUX_AUXPASS,
    DS_NSUBJ_NSUBJPASS_DOBJ_ATTR_DATIVE,
    DS_NSUBJ_NSUBJPASS_EXPL,
    DS_NSUBJ_NSUBJPASS_MARK,
    DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS,
    DS_NUMMOD_DET_QUANTMOD,
    DS_NUMMOD_QUANTMOD,
    DS_POSS_NUMMOD,
    DS_PREP_DATIVE,
    DS_PREP_PRT,
    DS_RELCL_ACL,
    DS_XCOMP_ADVCL,
    DS_XCOMP_CCOMP_ADVCL,
    ES_DATE_TIME,
    L_BE,
    L_HAVE,
    P_ADJ,
    P_ADP,
    P_ADV,
    P_NOUN,
    P_NUM,
    P_PROPN,
    P_SCONJ,
    P_VERB,
    PS_ADP_PUNCT_CCONJ_ADV_SPACE,
    PS_CCONJ_ADV,
    PS_NOUN_PROPN_PRON,
    PS_PROPN_NOUN,
    PS_PROPN_NOUN_ADJ,
    PS_VERB_AUX,
    PS_VERB_NOUN,
    T_MD,
    T_NNS,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    TS_MD_VBG,
    TS_NNS_NNPS,
    TS_VB_VBG_VBN,
    TS_VBD_VBN,
    TS_VBD_VBZ_VBP,
    TS_VBD_VBZ_VBP_MD,
    TS_VBG_VBN,
    TS_VBZ_VBP,
)
from detente.nlp.perdoc import dependents, doc_text, kept_per_word, once_per_doc
from detente.nlp.syntax import (
    clause_head,
    head_i,
    past_tense,
    pos_at,
    pos_of,
    root_at,
    sentence_of,
    tokens_at,
)
from detente.nlp.words import word_class
from detente.records import TimeExpression
from detente.rules import is_on, rule_entry, rule_pattern, rule_words, switched_off_ids
from detente.time.grounds import ground_not_setting
from detente.time.lexicon import lexicon
from detente.time.owned import in_a_name, time_of_a_party
from detente.time.tense import saying_before_its_words, verb_direction

# Dependencies that open a new clause: climbing past them leaves the trigger's clause.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj", "root", "ROOT"}
CLAUSE_DEP_IDS = frozenset(get_string_id(label) for label in CLAUSE_DEPS)
FRAMING = word_class("reporting_verbs", "framing")  # a fronted date does not reach into what these report
DATED_PRECISIONS = {"day", "month", "year", "decade", "century", "range", "time"}


@dataclass
class TimeIndex:
    """Where each dated expression sits: its sentence, paragraph and the token it hangs on."""

    dated: list[int] = field(default_factory=list)  # indices into analysis.times that have a date
    sentence_of: dict[int, int] = field(default_factory=dict)
    anchor_of: dict[int, int] = field(default_factory=dict)  # time index -> token index it attaches to
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    paragraph_of_sentence: list[int] = field(default_factory=list)
    noun_of: dict[int, int] = field(default_factory=dict)  # time index -> event noun it follows ("a blast on ...")
    undated: list[int] = field(default_factory=list)  # lengths, frequencies, vague references: no day of their own
    scene: dict[int, bool] = field(default_factory=dict)  # sets_the_scene, kept: the discourse rules ask it again
    act_time: dict[int, int | None] = field(default_factory=dict)  # sentence -> the time its own syntax gives its act
    reading_lead: bool = False  # a headline's act is being matched in the lead: the lead's dating may not ask it back
    undated_by_sentence: dict[int, list[int]] = field(default_factory=dict)
    dated_sentences: list[int] = field(default_factory=list)  # the sentence of each of `dated`, in its order
    dated_in_order: bool = True  # whether `dated_sentences` never goes down (the expressions come in text order)
    # choose() kept per trigger span, lead flag and rules switched off: the events stage, the frame rules
    # (dated_frame_first, the frame before an act) and the discourse rules ask the same verb again
    chosen: dict[tuple[int, int, bool, frozenset[str]], tuple[int | None, str]] = field(default_factory=dict)
    # how many times a headline's act was asked back while reading the lead (discourse._headline_lead), and the
    # answers kept under the lead flag that did so: an answer that never asked is the same outside the lead
    lead_asked: int = 0
    lead_bound: set[tuple[int, int, bool, frozenset[str]]] = field(default_factory=set)
    # coordinated_extent kept per expression: every event dated by one expression reads its extent again
    extents: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    # the sentences where choose() can date a word by its own sentence's syntax (own_time_possible): those that hold
    # a dated expression, its words or the word it hangs on or follows
    own_time_sentences: frozenset[int] = frozenset()
    # answered_happening kept per verb, lead flag and rules switched off: ordered_by and the reaction rule
    # (_after_its_stimulus) ask it of the same verb in one trigger's dating
    answered: dict[tuple[int, bool, frozenset[str]], int | None] = field(default_factory=dict)
    # ordered_by_a_happening_told_before kept per verb, sentence and rules switched off: ordered_by and
    # told_before_order ask it of the same verb in one trigger's dating, and again for the next trigger of its clause
    happening_order: dict[tuple[int, int, frozenset[str]], tuple[int, str] | None] = field(default_factory=dict)


def dated_before(index: TimeIndex, sentence: int) -> list[int]:
    """The dated expressions of the sentences before this one, in index order (a prefix: no scan per trigger)."""
    if index.dated_in_order:
        return index.dated[:bisect_left(index.dated_sentences, sentence)]
    return [n for n in index.dated if index.sentence_of[n] < sentence]


def dated_between(index: TimeIndex, first: int, last: int) -> list[int]:
    """The dated expressions of the sentences after `first` and before `last`, in index order."""
    if index.dated_in_order:
        return index.dated[bisect_right(index.dated_sentences, first):bisect_left(index.dated_sentences, last)]
    return [n for n in index.dated if first < index.sentence_of[n] < last]


LINE_BREAK_RUN = re.compile(r"\n\s*")  # a line break and the white space after it (found by its first character)


def paragraph_numbers(analysis: Analysis) -> list[int]:
    """A paragraph number for each sentence: a blank line, or a line break, starts a new paragraph. Found from the
    document's line breaks, not from each sentence's words: a sentence opens a paragraph when the run of white space
    before its first visible character holds a line break, so only the sentences such runs reach are looked at."""
    text = analysis.document.text
    count = len(analysis.sentences)
    if "\n" not in text:
        return [0] * count  # one paragraph: no sentence's words to read
    if doc_text(analysis.doc) != text:
        return _paragraph_numbers_by_sentence(analysis)
    starts = analysis._sentence_starts
    opens = [0] * count
    for gap in LINE_BREAK_RUN.finditer(text):
        first, end = gap.span()  # the run from its first line break, and the visible character after it (or the end)
        while first and text[first - 1].isspace():
            first -= 1  # the run's white space before its first line break
        held = bisect_right(starts, end) - 1  # the sentence that holds that character
        if held < 0 or starts[held] < first:
            continue  # the break lies inside a sentence's words, or before them all: it opens no sentence
        if held > 0 and starts[held - 1] >= first or end >= analysis.sentences[held].end_char:
            return _paragraph_numbers_by_sentence(analysis)  # a sentence of white space only: read them one by one
        opens[held] = 1
    return list(accumulate(opens))


def _paragraph_numbers_by_sentence(analysis: Analysis) -> list[int]:
    """paragraph_numbers read from each sentence's words (a text with a sentence of white space only)."""
    text = analysis.document.text
    joined = doc_text(analysis.doc)  # a sentence's words, sliced from it (Span.text joins its tokens each time)
    numbers = []
    paragraph = 0
    previous_end = 0
    for sentence in analysis.sentences:
        words = joined[sentence.start_char:sentence.end_char]
        start = sentence.start_char + len(words) - len(words.lstrip())
        if text.find("\n", previous_end, start) >= 0:  # (no slice made)
            paragraph += 1
        numbers.append(paragraph)
        previous_end = sentence.start_char + len(words.rstrip())
    return numbers


def anchor_token(analysis: Analysis, expression: TimeExpression) -> int | None:
    """The word outside the expression that it modifies: a verb through "in", or a noun it qualifies. (The words are
    read by number off the document's columns; a Token is made only for a word a rule below is handed.)"""
    doc = analysis.doc
    span = tokens_at(doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    first, end = span.start, span.end  # the expression's own words (no set made)
    arrays = doc_arrays(doc)
    heads, pos, dep = arrays.heads, arrays.pos, arrays.dep
    root = token.i
    verb = _verb_after_at(doc, pos, first, end)
    if verb is not None and dep[root] in DS_APPOS_COMPOUND_NPADVMOD_NMOD and pos[heads[root]] in PS_PROPN_NOUN and \
            is_on("dating.day_before_verb") and not in_an_inner_clause(doc[heads[root]], verb):
        return verb.i  # "Poland, Hungary and the Czech Republic Friday formally joined NATO": parsed onto a name
    if end < len(doc) and columns(doc).orth[end] == COMMA_ID:  # reported_clause_end's first test, off the column
        reported = reported_clause_end(span)
        if reported is not None:
            return reported.i  # "She met the envoys Wednesday, her aides said": parsed onto "said"
    saying = saying_before_its_words(token)
    if saying is not None:
        return saying.i  # "said on Thursday he would visit Uganda": parsed onto "visit"
    entity = arrays.ent_type
    t = root
    for _ in range(6):
        h = heads[t]
        if h == t:
            return None
        if dep[t] == D_CONJ and entity[h] in ES_DATE_TIME:
            t = h  # "the 1970s and 1980s": the second hangs where the first does
            continue
        if not first <= h < end and pos[h] != P_ADP and not (pos[h] == P_SCONJ and
                                                             preposition_as_subordinator(doc[h])):
            if pos[h] not in PS_PROPN_NOUN:
                return h  # the two readings below take a noun only
            head = doc[h]
            return _verb_past_the_subject(span, head) or (_verb_past_a_thing(span, head) if expression.date else None) or h
        t = h
    return None


COMMA_ID = get_string_id(",")


def _verb_after_at(doc: Doc, pos: list[int], first: int, end: int) -> Token | None:
    """verb_after for the expression's words [first, end), read off the part-of-speech column."""
    if first > 0 and pos[first - 1] == P_ADP:
        return None
    following = end
    length = len(doc)
    while following < length and pos[following] == P_ADV:
        following += 1
    if following < length and pos[following] in PS_VERB_AUX and doc[following].tag in TS_VBD_VBZ_VBP_MD:
        return doc[following]
    return None


def in_an_inner_clause(noun: Token, verb: Token) -> bool:
    """Whether the noun a time was hung on sits inside a clause of its own within the words before the verb ("the
    dispute over whether to admit migrants in the wake of the attacks on Lyon last month is a hazard": "attacks" hangs on
    "admit", not on the subject of "is"): the time then ends that inner clause's noun phrase and is no day put
    before the verb in the news style ("the army Friday shelled"); it stays with the noun it was hung on (rule
    dating.day_before_verb_own_clause)."""
    if not is_on("dating.day_before_verb_own_clause"):
        return False
    word = noun
    for _ in range(12):
        if head_i(word) == word.i or head_i(word) == verb.i:
            return False
        word = word.head
        if pos_of(word) in PS_VERB_AUX:
            return True
    return False


DATELINE_MARKS = (":", "--", "\u2014", "\u2013", "-")  # what closes a dateline's place ("kanpur:", "LIMA --")
DATELINE_WORDS = 4  # a dateline's place is a few words ("new delhi:", "THE HAGUE, Netherlands --")


def past_dateline_root(root: Token) -> Token:
    """ "kanpur: police on tuesday arrested ...": in lower-case news the parser may make the dateline's place the
    sentence's root and hang the real main verb on it (as acl, conj, appos); the place labels where the story was
    filed, it is no act, so the sentence's main clause is the verb after the colon or dash: the first verb the place
    heads, or a finite verb on a noun it heads ("kanpur: bajrang dal leaders on monday called ..."). Only a place
    that opens a paragraph, of a few words with no verb, closed by a colon or a spaced dash. Rule
    dating.dateline_not_the_root."""
    if pos_of(root) in PS_VERB_AUX or not is_on("dating.dateline_not_the_root"):
        return root
    doc = root.doc
    start = sentence_of(root).start
    text = doc_text(doc)
    if text[text.rfind("\n", 0, doc[start].idx) + 1:doc[start].idx].strip():
        return root  # not the opening of a paragraph
    close = next((t for t in doc[start:min(start + DATELINE_WORDS + 1, len(doc))] if t.text in DATELINE_MARKS and
                  (t.text == ":" or t.whitespace_)), None)
    if close is None or root.i >= close.i or any(pos_of(t) in PS_VERB_AUX for t in doc[start:close.i]):
        return root
    after = [c for c in dependents(root) if c.i > close.i]
    verb = next((c for c in after if pos_of(c) in PS_VERB_AUX), None)
    if verb is None:
        verb = next((v for c in after if pos_of(c) in PS_PROPN_NOUN for v in dependents(c)
                     if pos_of(v) in PS_VERB_AUX and v.tag in TS_VBD_VBZ_VBP and v.i > c.i), None)
    return root if verb is None else verb


SUBJECT_TIME_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.subject_time_before_verb")


def _verb_past_the_subject(span, noun: Token) -> int | None:  # type: ignore[no-untyped-def]
    """The finite verb a time phrase stands before when the parser hung the phrase on that verb's subject ("the
    candidates on Saturday presented their plans", "the department on Monday announced"): in the news style that
    puts the time between the subject and its verb, the time is the verb's, and it sets the story's scene as a time
    on the verb does. Only a phrase with its own preposition right after the subject noun and right before the verb
    (adverbs between allowed); "the attack on Monday killed five" keeps the event noun's own time (owner_noun).
    Rule dating.subject_time_before_verb."""
    if pos_of(noun) not in PS_PROPN_NOUN or not is_on("dating.subject_time_before_verb"):
        return None
    doc = span.doc
    before = span.start - 1  # the preposition's place: after the noun, and a preposition (read off the column first)
    if before <= noun.i or pos_at(doc, before) != P_ADP:
        return None
    preposition = doc[before]
    if head_i(preposition) != noun.i or preposition.lower_ not in SUBJECT_TIME_PREPOSITIONS:
        return None  # "the job figures for January rose": a "for" phrase names what the figures cover
    subject = noun
    while subject.dep == D_CONJ and head_i(subject) != subject.i:
        subject = subject.head  # "Reps. Collins and Hunter on Wednesday became": the subject is the first conjunct
    following = span.end
    while following < len(doc) and pos_at(doc, following) == P_ADV:
        following += 1
    if following >= len(doc):
        return None
    verb = doc[following]
    if subject.dep in DS_NSUBJ_NSUBJPASS and verb.i == head_i(subject):
        if noun.right_edge.i >= span.end:
            return None
    elif not (head_i(verb) == noun.i and past_dateline_root(sentence_of(noun).root).i == verb.i):
        return None  # the subject's own verb, or the verb the parser hung on a noun after a dateline ("kanpur:
        # leaders on monday called ..."), which stands for the sentence's main verb (rule dating.dateline_not_the_root)
    if pos_of(verb) not in PS_VERB_AUX or verb.tag not in TS_VBD_VBZ_VBP:
        return None
    return None if noun.lemma_.lower() in event_nouns() else verb.i


def _verb_past_a_thing(span, noun: Token) -> int | None:  # type: ignore[no-untyped-def]
    """The verb of the clause when the parser hung a bare day, with no preposition of its own, on a noun before it
    that names a thing or a person ("dove deeper into the rival's record Tuesday, launching attacks", "met the
    ambassador Friday"): a thing has no day of its own for the day to name, so the day is the act's, in the news
    style that puts the bare day at the end of the clause. An event noun keeps it ("the vote Tuesday"), and so does a
    day in a phrase of its own ("the attack on Monday"). Rule dating.bare_day_after_a_thing."""
    doc = span.doc
    if span.start == 0 or noun.i != span.start - 1 or span.root.dep not in DS_APPOS_COMPOUND_NPADVMOD_NMOD or \
            pos_at(doc, span.start - 1) == P_ADP or pos_of(noun) not in PS_PROPN_NOUN or \
            noun.lemma_.lower() in event_nouns() or not is_on("dating.bare_day_after_a_thing"):
        return None
    if not any(t.ent_type in ES_DATE_TIME for t in span):
        return None
    verb = clause_head(noun)
    if verb.i == noun.i or pos_of(verb) not in PS_VERB_AUX or not verb.i < span.start:
        return None
    if not (noun.dep in DS_DOBJ_ATTR_DATIVE and head_i(noun) == verb.i or
            noun.dep == D_POBJ and noun.head.dep == D_PREP and head_i(noun.head) == verb.i):
        return None  # "holders of record Dec. 21", "Tanzania, her first stop Tuesday": the day names the noun's
    return verb.i


ATTRIBUTED_DEPS = frozenset({"ccomp", "parataxis"})  # a clause told before its "..., she said"
ATTRIBUTED_DEP_IDS = frozenset(get_string_id(label) for label in ATTRIBUTED_DEPS)


def reported_clause_end(span) -> Token | None:  # type: ignore[no-untyped-def]
    """The verb of a reported clause told first, when the expression ends that clause right before the comma of the
    attribution that follows it ("She met the envoys Wednesday, her aides said"): the parser may hang a bare day on
    the verb of saying, but the attribution after the comma can only be dated by words of its own ("..., her aides
    said Thursday"); everything before its comma is what was said. Rule dating.reported_clause_time."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    head = span.root.head
    while pos_of(head) == P_ADP and head_i(head) != head.i:
        head = head.head
    if head.i <= span.end or head.lemma_.lower() not in FRAMING or not is_on("dating.reported_clause_time"):
        return None
    if any(t.is_punct and t.text != "," or t.dep == D_MARK for t in doc[span.end + 1:head.i]):
        return None  # a quote mark or another clause between: not the attribution right after the clause
    reported = [c for c in head.lefts if c.dep in ATTRIBUTED_DEP_IDS and c.i < span.start]
    return reported[-1] if reported else None


def preposition_as_subordinator(word: Token) -> bool:
    """Whether a word the tagger calls a subordinator heads a prepositional phrase ("since" in "have continued since
    February", tagged SCONJ but attached as "prep"): it is a preposition, and the time hangs on the word the phrase
    modifies, as it does through "in" or "after" (rule dating.subordinator_preposition)."""
    return pos_of(word) == P_SCONJ and word.dep == D_PREP and is_on("dating.subordinator_preposition") and \
        word.head.dep != D_ACL  # "accounts associated with extremism since mid-2015": often the main verb's span


def verb_after(span) -> Token | None:  # type: ignore[no-untyped-def]
    """The finite verb right after the expression (adverbs between allowed), when the expression has no
    preposition of its own: the news style that puts the day before the verb ("the army Friday shelled")."""
    doc = span.doc
    if span.start > 0 and pos_at(doc, span.start - 1) == P_ADP:
        return None
    following = span.end
    while following < len(doc) and pos_at(doc, following) == P_ADV:
        following += 1
    if following < len(doc) and pos_at(doc, following) in PS_VERB_AUX and \
            doc[following].tag in TS_VBD_VBZ_VBP_MD:
        return doc[following]
    return None


OWNING_PREPOSITIONS = rule_words("detente.time", "data/words.yaml", "owning_prepositions")  # data/words.yaml
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"}
ARGUMENT_DEP_IDS = frozenset(get_string_id(label) for label in ARGUMENT_DEPS)


def owner_noun(analysis: Analysis, expression: TimeExpression) -> int | None:
    """The event noun just before the expression's preposition ("a blast on January 3"): the date is its own,
    whatever the parser attached the preposition to."""
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or span.start < 2:
        return None
    doc = analysis.doc
    held = columns(doc)  # read once: the comma after, the part of speech two words back
    after = span.end + (1 if span.end < len(doc) and held.orth[span.end] == COMMA_ID else 0)
    if after < len(doc) and doc[span.start - 1].norm_ in ("the", "a", "an", "'s", "its", "their", "his", "her") and \
            doc[after].lemma_.lower() in event_nouns():
        return after  # "the March 3, 2015, bombing", "the 2002 summit": the date before the noun is its own
    root = span.root
    if root.dep == D_POSS and pos_at(root.doc, head_i(root)) == P_NOUN and root.head.lemma_.lower() in event_nouns() and \
            is_on("dating.possessive_time"):
        return head_i(root)  # "Monday night's debate", "Tuesday's vote": the day is the noun's own
    if held.pos[span.start - 2] != P_NOUN:
        return None  # (read off the column first: no Token made)
    preposition = doc[span.start - 1]
    if preposition.lower_ not in OWNING_PREPOSITIONS:
        return None
    noun = doc[span.start - 2]
    if left_state(noun, preposition) or before_its_verb(span, noun, preposition):
        return None
    return noun.i if noun.lemma_.lower() in event_nouns() else None


COMPOUND_HEAD_RULE = "dating.time_before_compound_noun"


def compound_head(noun: Token) -> Token:
    """The noun a run of compound nouns ends in ("a Saturday night conference call": the call), the happening a time
    written before the run qualifies: the time the parse gives the first event noun of the run ("conference") is the
    head's, for the head as a trigger and for the phrase it sets an act in ("talked during a Saturday night
    conference call"). Rule dating.time_before_compound_noun; the noun itself when it ends no run or the rule is
    off."""
    if not is_on(COMPOUND_HEAD_RULE):
        return noun
    word = noun
    while word.dep == D_COMPOUND and head_i(word) > word.i and pos_at(word.doc, head_i(word)) in PS_PROPN_NOUN:
        word = word.head
    return word


def before_its_verb(span, noun: Token, preposition: Token) -> bool:  # type: ignore[no-untyped-def]
    """ "The board of elections on Monday rejected the objections": a time phrase that stands between the subject and
    the finite verb it is hung on (the news style "the court on Monday ruled") is the verb's; an event noun inside
    the subject ("board of elections") only names who acts. Not when that noun is the subject itself ("the attack
    on Monday killed five": the attack's time). Rule dating.time_before_verb."""
    if noun.dep in DS_NSUBJ_NSUBJPASS or not is_on("dating.time_before_verb"):
        return False
    doc = span.doc
    following = span.end
    while following < len(doc) and pos_at(doc, following) == P_ADV:
        following += 1
    if following >= len(doc):
        return False
    verb = doc[following]
    return pos_of(verb) in PS_VERB_AUX and verb.tag in TS_VBD_VBZ_VBP_MD and \
        head_i(preposition) == verb.i and noun.i < preposition.i


LEAVING_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.left_state_time")  # data/dating.yaml


def left_state(noun: Token, preposition: Token) -> bool:
    """ "freed the leader from house arrest in 2015", "withdrew from the talks on Monday": the event noun of a "from"
    phrase on the verb names the state or happening the act ended or left, and the time the parser hangs on that same
    verb is when it was left, not when the state began. Rule dating.left_state_time."""
    if noun.dep != D_POBJ or noun.head.lower_ not in LEAVING_PREPOSITIONS:
        return False
    verb = noun.head.head
    return pos_of(verb) in PS_VERB_AUX and head_i(preposition) == verb.i


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    return frozenset(lexicon()["event_nouns"])


DATELINE_END = rule_pattern("detente.time", "data/words.yaml", "dateline_agencies")  # data/words.yaml
DATELINE_PLACE = re.compile(r"^\s*(?:[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*)*\s*,\s*)?$")  # "WASHINGTON, ", "Paris, France, "
DATELINE_REACH = 400  # characters from the top of the text within which a story's dateline stands


def is_dateline(text: str, expression: TimeExpression) -> bool:
    """Whether the expression is the date of a dateline ("WASHINGTON, Sept. 14, 2016 --", "Sept. 14, 2016 (AP) -"):
    at the head of the story, opening its line after at most a place name, and closed by an agency or a dash. It is
    the day the story was filed, which the text gives as the day of writing, not the time of any act it tells: the
    lead's act may be of that day or of days before. Rule dating.dateline_not_an_act."""
    if expression.start > DATELINE_REACH or expression.date is None or not is_on("dating.dateline_not_an_act"):
        return False
    line_start = text.rfind("\n", 0, expression.start) + 1
    return bool(DATELINE_PLACE.match(text[line_start:expression.start])) and \
        bool(DATELINE_END.match(text[expression.end:expression.end + 24]))


def build_index(analysis: Analysis) -> TimeIndex:
    index = TimeIndex(paragraph_of_sentence=paragraph_numbers(analysis))
    first_dated = next((n for n, e in enumerate(analysis.times) if e.date), None)
    for number, expression in enumerate(analysis.times):
        sentence = analysis.sentence_index(expression.start)
        index.sentence_of[number] = sentence
        if comparison_base(analysis.document.text, expression):
            continue  # "rose to $9 million from $8 million a year earlier": the time of the other figure
        if names_a_past_happening(analysis, expression):
            continue  # "the Sept. 11 attacks": a name, not this year's day
        if in_a_name(analysis, expression):
            continue  # "21st Century Fox took control": a word of a name, no time of any act
        if ranked_since(analysis, expression):
            continue  # "the deadliest attack since 2019": the span a ranking runs over, no act's own time
        if number == first_dated and is_dateline(analysis.document.text, expression):
            continue  # "WASHINGTON, Sept. 14, 2016 --": the day the story was filed, no act's own time
        if (expression.date or expression.date_end) is None:
            index.undated.append(number)  # a length dates nothing, unless anchored ("35 years from 1910")
            index.undated_by_sentence.setdefault(sentence, []).append(number)
        else:
            if index.dated_sentences and sentence < index.dated_sentences[-1]:
                index.dated_in_order = False
            index.dated.append(number)
            index.dated_sentences.append(sentence)
            index.by_sentence.setdefault(sentence, []).append(number)
        anchor = anchor_token(analysis, expression)
        if anchor is not None:
            index.anchor_of[number] = anchor
        noun = owner_noun(analysis, expression)
        if noun is not None:
            index.noun_of[number] = noun
    index.own_time_sentences = _own_time_sentences(analysis, index)
    return index


def _own_time_sentences(analysis: Analysis, index: TimeIndex) -> frozenset[int]:
    """The sentences a dated expression touches: those its words span, and those of the words it hangs on
    (`anchor_of`) and follows (`noun_of`). Every way choose() dates a word by its own sentence (SENTENCE_TIES,
    HOLDER_OWN_WAYS) reads a dated expression of the word's sentence (`by_sentence`), one hung on or following a
    word of it (of_the_noun, described_when), or one over the word (of_the_noun), and the words it climbs to (a
    holder, a saying, a verb a participle describes) are of the same parse tree, so the same sentence."""
    sentence_index, doc = analysis.sentence_index, analysis.doc
    found = set(index.by_sentence)
    for number in index.dated:
        expression = analysis.times[number]
        found.update(range(sentence_index(expression.start), sentence_index(max(expression.start,
                                                                                 expression.end - 1)) + 1))
        for word in (index.anchor_of.get(number), index.noun_of.get(number)):
            if word is not None:
                found.add(sentence_index(doc[word].idx))
    return frozenset(found)


def own_time_possible(analysis: Analysis, index: TimeIndex, word: Token) -> bool:
    """Whether choose() can find the word's time by its own sentence's syntax (a way of SENTENCE_TIES or
    HOLDER_OWN_WAYS): only in a sentence a dated expression touches (_own_time_sentences). The rules that take
    another word's time only when it was found so (a holder's, the sentence before's act, a quote's saying) ask
    this first, so that choose() is not worked out for a word whose answer they would throw away."""
    return analysis.sentence_index(word.idx) in index.own_time_sentences


DS_AMOD_ADVMOD = frozenset({D_AMOD, D_ADVMOD})
RANK_REACH = 12  # words back from "since" within which the ranked noun stands ("the fifth operation conducted by ...")


def ranked_since(analysis: Analysis, expression: TimeExpression) -> bool:
    """A time after "since" that closes a noun ranked by an ordinal or a superlative ("in the fifth operation since
    September", "the deadliest attack on the army since 2019", "the first visit by a president since 1928"): it
    gives the span over which the ranking holds, not the time of the act the phrase belongs to, whatever word the
    parse hangs "since" on. Read as the act's time it dates a Thursday's raid from September to the day of writing.
    The walk back stops at a clause with a subject or an auxiliary of its own, or at a comma, semicolon or "and"
    (rule dating.ranked_since)."""
    text = analysis.document.text
    if text[max(0, expression.start - 6):expression.start].lower().strip() != "since" or \
            not is_on("dating.ranked_since"):
        return False  # most expressions: one slice, no walk
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0 or span.start < 2:
        return False
    first = analysis.sentences[analysis.sentence_index(expression.start)].start
    for i in range(span.start - 2, max(first, span.start - 2 - RANK_REACH) - 1, -1):
        word = analysis.doc[i]
        if word.text in (",", ";") or word.dep == D_CC:
            return False
        if word.pos in PS_VERB_AUX and any(c.dep in DS_NSUBJ_NSUBJPASS or c.dep in DS_AUX_AUXPASS
                                           for c in dependents(word)):
            return False
        if (word.tag_ in ("JJS", "RBS") or word.ent_type_ == "ORDINAL") and word.dep in DS_AMOD_ADVMOD and \
                (word.head.pos in PS_PROPN_NOUN or word.head.head.pos in PS_PROPN_NOUN):
            return True  # "the fifth operation", "the fifth successful operation", "the most serious attack"
    return False


COMPARED = rule_pattern("detente.time", "data/words.yaml", "compared")  # data/words.yaml
FIGURE = re.compile(r"[$€£%]|\d")
BACKWARD = rule_pattern("detente.time", "data/words.yaml", "backward")


COMPARED_AT_ONCE = re.compile(r"(?:\bfrom|(?<!more )(?<!less )(?<!fewer )(?<!no )\bthan)\s+$", re.IGNORECASE)


def comparison_base(text: str, expression: TimeExpression) -> bool:
    """A time that dates the figure an event is compared with ("rose to $9 million from $8 million a year
    earlier"), not the event: a look back inside a "from"/"compared with" phrase that names a figure, or that is
    the whole phrase ("profit grew 19% from a year ago", "higher than a year earlier": rule
    dating.comparison_from)."""
    if not BACKWARD.search(expression.text):
        return False  # both readings need a look back (most expressions have none: the phrase scans are spared)
    before = text[max(0, expression.start - 60):expression.start]
    if COMPARED_AT_ONCE.search(before) and is_on("dating.comparison_from"):
        return True
    compared = COMPARED.search(before)
    return compared is not None and bool(FIGURE.search(compared.group(0)))


NAMED_DAYS = rule_words("detente.time", "data/dating.yaml", "dating.named_happening")  # data/dating.yaml
YEAR_WRITTEN = re.compile(r"\d{4}|['\u2019]\d\d\b")
NAME_REACH = 300  # days: a month-day told with no year lies within the ten months before the day of writing (news
# drops the year of a day half a year back: "since shortly after the Oct. 23 slaying" in May)


def names_a_past_happening(analysis: Analysis, expression: TimeExpression) -> bool:
    """A month and day with no year that is part of the name of a happening ("the Sept. 11 attacks", "the Sept. 11
    memorial"): the writer gives no year because the name is known, not because the day is this year's. Read as
    this year's day it would date the happening, and every act told about it, a year or decades late. A day that
    names a well-known past happening (the rule's words, month-day) is no date wherever it stands before a noun; any
    other yearless day before a noun is no date when, read as the latest such day, it lies more than ten months
    before the day of writing (news gives the year of a day about a year back). The day gives no date then; the context may
    still give one. Rule dating.named_happening."""
    if expression.precision != "day" or expression.basis == "explicit" or not expression.date or \
            YEAR_WRITTEN.search(expression.text) or not is_on("dating.named_happening"):
        return False
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0 or span.end >= len(analysis.doc):
        return False
    noun = span.root.head
    if noun.i < span.end or pos_of(noun) not in PS_PROPN_NOUN or pos_at(analysis.doc, span.end) not in PS_PROPN_NOUN_ADJ:
        return False  # "attacked on Sept. 11": a day, not part of a name
    if expression.date[5:10] in NAMED_DAYS:
        return True
    published = analysis.document.published
    if not published or expression.date > published[:10]:
        return False
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(expression.date[:10])).days > NAME_REACH
    except ValueError:
        return False


def time_index(analysis: Analysis) -> TimeIndex:
    """The document's TimeIndex, built again only when the time expressions changed (the dating asks this over a
    thousand times a document: the kept pair is read once)."""
    held = analysis.time_index
    if held is None or held[0] != len(analysis.times):
        held = analysis.time_index = (len(analysis.times), build_index(analysis))
    return held[1]


def clause_tokens(trigger: Token) -> set[int]:
    """The trigger and the words above it up to the head of its clause."""
    seen = {trigger.i}
    token = trigger
    while token.dep not in CLAUSE_DEP_IDS and head_i(token) != token.i:
        token = token.head
        seen.add(token.i)
        if pos_of(token) in PS_VERB_AUX:
            break
    return seen


def _is_past(trigger: Token) -> bool:
    verb = trigger
    for _ in range(3):
        if pos_of(verb) in PS_VERB_AUX or head_i(verb) == verb.i:
            break
        verb = verb.head
    for _ in range(3):  # an infinitive takes the time of the verb it completes: "decided to cut off", "went to discuss"
        if verb.tag == T_VB and (verb.dep in DS_XCOMP_ADVCL or (
                verb.dep == D_CCOMP and is_on("dating.infinitive_with_subject"))) and \
                pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and any(c.lower_ == "to" and c.dep == D_AUX for c in dependents(verb)):
            verb = verb.head  # ("allowed me to go to India": an infinitive with its own subject, read as a clause)
        else:
            break
    if verb.tag == T_VBD or past_tense(verb):
        if verb.tag == T_VBN:
            children = dependents(verb)
            if any(child.lower_ in ("has", "have", "had", "was", "were") for child in children):
                return True
            if any(c.dep in DS_AUX_AUXPASS and c.lower_ == "having" for c in children) and \
                    is_on("dating.perfect_participle"):
                return True  # "found after having been abducted": the perfect tells an act done before
            if not is_on("dating.shared_auxiliary") or any(c.dep in DS_AUX_AUXPASS for c in children):
                return False
            if verb.dep == D_CONJ and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and head_i(verb) != verb.i:
                return is_past(verb.head)  # "was shot and killed": the second participle shares the first's "was"
            # "Democrats seized upon the remark": a main verb with a subject and no auxiliary is finite, whatever tag
            return verb.dep == D_ROOT and any(c.dep == D_NSUBJ for c in children)
        return True
    return any(child.dep == D_AUX and child.tag == T_VBD for child in dependents(verb))


@kept_per_word(_is_past)
def is_past(trigger: Token) -> bool:
    """Past tense or perfect aspect in the trigger's clause. Kept per document and word (it reads the parse alone;
    the dating and discourse rules ask it of the same words), unless a rule is switched off: the dating rules
    (dating.perfect_participle, dating.infinitive_with_subject) shape the answer."""


HABITUAL_ADVERBS = rule_words("detente.time", "data/dating.yaml", "dating.habitual")  # data/dating.yaml
GENERIC_DETERMINERS = {"a", "an", "any", "every", "each", "all", "most", "many"}


def habitual(trigger: Token) -> bool:
    """Whether the trigger's clause tells a habit or a general truth, not a happening on a day: a simple present
    (no progressive, perfect or modal; not a verb of saying, whose present is the news of one statement) with an
    adverb of frequency ("militias regularly attack villages", "visas are awarded annually"), or whose doer is
    anyone of a kind: a bare plural or an "a"/"every" noun, as subject or as the noun a relative clause describes
    ("countries that violate those rights", "a cashier who steals"). Such a clause has no date at all
    (reason 'habitual'), neither the day of writing nor any other. A headline is left alone: its present tells
    the story's one happening. Rule dating.habitual."""
    if not is_on("dating.habitual") or not present_of_a_habit(trigger):
        return False
    verb = clause_head(trigger)
    children = dependents(verb)
    if any(c.lower_ in HABITUAL_ADVERBS for c in children if c.dep in DS_ADVMOD_NPADVMOD):
        return True
    doer = verb.head if verb.dep == D_RELCL else next(
        (c for c in children if c.dep in DS_NSUBJ_NSUBJPASS), None)
    return doer is not None and generic_noun(doer)


def present_of_a_habit(trigger: Token) -> bool:
    """The trigger's clause is in the simple present (no progressive, perfect or modal), not a verb of saying (whose
    present is the news of one statement), not "be" alone and not in a headline (whose present tells the story's one
    happening): the tense in which a habit or a general truth is told."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or verb.lemma_.lower() in FRAMING:
        return False
    children = dependents(verb)
    finite = verb if verb.tag in TS_VBZ_VBP else next(
        (c for c in children if c.dep == D_AUXPASS and c.tag in TS_VBZ_VBP), None)
    if finite is None or any(c.dep == D_AUX for c in children) or (finite is verb and verb.lemma == L_BE):
        return False
    return sentence_of(verb).start_char >= doc_text(verb.doc).find("\n")  # ("Protesters storm parliament")


def _kind_word(word: Token) -> bool:
    """A common noun narrowing a bare plural's kind ("coal" towns, "police" officers), not a name the tagger missed:
    lower case unless it opens the sentence, no entity, no name or number of its own (rule dating.generic_compounds)."""
    return is_on("dating.generic_compounds") and pos_of(word) == P_NOUN and not word.ent_type_ and \
        not (word.is_title and word.i != sentence_of(word).start) and \
        not any(pos_of(d) == P_PROPN or d.dep in DS_POSS_NUMMOD for d in dependents(word))


def generic_noun(noun: Token) -> bool:
    """A noun that names any of a kind rather than someone in particular: a common plural with no determiner,
    possessive, number or name before it ("countries", "charities"), or one under "a", "every", "any". A common
    noun before it narrows the kind without naming anyone ("coal towns", "police officers", "labor unions": rule
    dating.generic_compounds); a name there ("Trump supporters", "Hamas fighters") or a name-like entity does not."""
    if pos_of(noun) != P_NOUN:
        return False
    before = [c for c in dependents(noun) if c.i < noun.i]
    compounds = [c for c in before if c.dep == D_COMPOUND]
    if any(c.dep in DS_POSS_NUMMOD or pos_of(c) == P_PROPN for c in before) or (compounds and not (
            noun.tag == T_NNS and all(_kind_word(c) for c in compounds))):
        return False
    determiner = next((c.lower_ for c in before if c.dep in DS_DET_PREDET), None)
    if determiner is None:
        return noun.tag == T_NNS
    # ("a web video references ...": one thing, not a kind; only a bare plural is narrowed by a common noun)
    return not compounds and determiner in GENERIC_DETERMINERS


def basis_of(analysis: Analysis, number: int) -> str:
    return analysis.times[number].basis


COMPARISON_RULE = "dating.comparison_clause_time"
COMPARISON_WORDS = rule_words("detente.time", "data/dating.yaml", COMPARISON_RULE)  # data/dating.yaml: than, as ...
COMPARISON_BREAKS = frozenset({",", ";", ":", "\u2014", "\u2013", "(", ")"})


def in_a_comparison(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression sits in a comparison told after the trigger ("clashed in Thursday's debate, as they did
    in a debate last week", "more sharply than in the debate last week"): the time dates the act compared with, not
    the trigger's, even where the parser hangs it on the trigger's verb. A comparison opens with "than", or with "as"
    or "like" that a pro-verb ("did") or a preposition ("as in") follows up; the time must come after that word with
    no comma or dash between, which would close the comparison (rule dating.comparison_clause_time)."""
    if not COMPARISON_WORDS:
        return False
    expression = analysis.times[number]
    doc = trigger.doc
    span = tokens_at(doc, expression.start, expression.end)
    if span is None or not len(span) or span.start <= trigger.i:
        return False
    for token in reversed(doc[trigger.i + 1:span.start]):
        if token.text in COMPARISON_BREAKS or token.is_sent_start:
            return False
        if token.lower_ not in COMPARISON_WORDS:
            continue
        if token.i == span.start - 1:
            return False  # "no later than Friday", "more than a week ago": the time is the compared quantity itself
        if token.lower_ == "than" and token.dep == D_MARK and token.head.pos in PS_VERB_AUX:
            return True  # "than they were last year": a clause compared with
        # "as they did last week" (a pro-verb: "as protesters marched" is a time of its own), "than in the debate
        # last week", "as in 2019"; not "more than $30 billion last year" (a quantity), "as for", "as of Monday"
        return (token.dep == D_MARK and token.head.lemma_.lower() == "do") or \
            doc[token.i + 1].lower_ in COMPARED_SETTINGS
    return False


# the prepositions of a setting compared with after "as", "like" or "than": "as in", "than at", "like during"
COMPARED_SETTINGS = frozenset({"in", "at", "on", "during", "after", "before", "under"})


def governing(analysis: Analysis, index: TimeIndex, sentence: int, trigger_tokens: set[int],
              clause: set[int], trigger: Token) -> int | None:
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    for number in index.by_sentence.get(sentence, []):
        if index.noun_of.get(number) in trigger_tokens:
            return number  # "the attack on Tuesday": the trigger is the noun the date follows
    if is_on("dating.own_phrase_first"):
        for number in index.by_sentence.get(sentence, []):
            if index.anchor_of.get(number) in trigger_tokens and \
                    not owned_by_other_noun(analysis, index, number, trigger) and \
                    not in_a_comparison(analysis, number, trigger):
                # "Last week Control Data reported third-quarter earnings": the noun's own time
                return calendar_time_too(analysis, index, sentence, trigger_tokens, clause, trigger, number)
    for number in index.by_sentence.get(sentence, []):
        anchor = index.anchor_of.get(number)
        if anchor is not None and (anchor in trigger_tokens or anchor in clause) and \
                not owned_by_other_noun(analysis, index, number, trigger) and \
                not in_a_comparison(analysis, number, trigger):
            return calendar_time_too(analysis, index, sentence, trigger_tokens, clause, trigger, number)
    if pos_of(trigger) in PS_VERB_AUX:
        for number in index.by_sentence.get(sentence, []):
            if right_after(analysis, analysis.times[number], trigger):
                return number  # "said Monday the army had left", "was found March 3 lying in a field"
        lemma = clause_head(trigger).lemma_.lower()  # (the two readings below are asked only of their verbs)
        if lemma in ATTENDING_VERBS:
            for number in index.by_sentence.get(sentence, []):
                if occasion_object_time(analysis, index, number, trigger):
                    return number  # "told a 2014 Senate hearing", "addressed a Friday rally": the gathering's time
        if lemma in BREACHING_VERBS:
            for number in index.by_sentence.get(sentence, []):
                if happening_as_means(analysis, index, number, trigger):
                    return number  # "violated the ban with Friday's test": the test is the violation
        subjects = {c.i for c in dependents(clause_head(trigger)) if c.dep in DS_NSUBJ_NSUBJPASS}
        if subjects and is_on("dating.part_of_subject_time"):
            subjects |= parts_named(trigger.doc, subjects)
        if subjects and is_on("dating.subject_time"):
            for number in index.by_sentence.get(sentence, []):
                if index.noun_of.get(number, index.anchor_of.get(number)) in subjects and \
                        analysis.times[number].end <= trigger.idx and not time_of_a_party(analysis, number, trigger):
                    return number  # "Sunday's service included ...", "a 1996 law strengthened the 1959 embargo"
        found = issued_subject_time(analysis, index, sentence, subjects)
        if found is not None:
            return found
        found = fronted_participle_time(analysis, index, sentence, trigger)
        if found is not None:
            return found
        if is_on("dating.setting_noun"):
            for number in index.by_sentence.get(sentence, []):
                owner = index.noun_of.get(number, index.anchor_of.get(number))
                if owner is not None and (analysis.doc[owner].dep == D_ACL or (
                        analysis.doc[owner].lemma_.lower() in ISSUING_VERBS and
                        issued_in_a_relative_clause(analysis.doc[owner]))):
                    # "in a statement released Monday", "in a letter that was sent on Monday": the statement's time
                    owner = analysis.doc[owner].head.i
                if owner is not None and in_the_setting(analysis.doc[owner], trigger):
                    return number  # "said in an editorial on Monday", "was wounded in a raid on Friday"
        if OBJECT_SETTING_PREPOSITIONS:
            for number in index.by_sentence.get(sentence, []):
                owner = index.noun_of.get(number, index.anchor_of.get(number))
                if owner is not None and setting_of_the_object(analysis.doc[owner], trigger):
                    return number  # "agreed on a plan at the Friday summit": the summit is where the act was done
        if OBJECT_DAY_PREPOSITIONS:
            for number in index.by_sentence.get(sentence, []):
                if day_on_the_object(analysis, index, number, trigger):
                    return number  # "stepped up pressure on China on Saturday": parsed onto "pressure"
        if TRIGGER_NOUN_PREPOSITIONS:
            for number in index.by_sentence.get(sentence, []):
                owner = index.noun_of.get(number, index.anchor_of.get(number))
                if owner is not None and setting_of_a_trigger_noun(analysis.doc[owner], trigger_tokens, trigger):
                    return number  # "unleashed withering attacks on Rubio in Saturday's debate": the attacks' setting
    return None


def calendar_time_too(analysis: Analysis, index: TimeIndex, sentence: int, trigger_tokens: set[int], clause: set[int],
                      trigger: Token, number: int) -> int:
    """A vague look back the clause governs ("More recently, prosecutors in April charged ...") gives way to a
    calendar time the same clause governs: "recently" only says the act is not long past, "April" says when (rule
    dating.calendar_over_vague)."""
    if analysis.times[number].value not in VAGUE_REFERENCES or not is_on("dating.calendar_over_vague"):
        return number
    for other in index.by_sentence.get(sentence, []):
        anchor = index.anchor_of.get(other)
        if other != number and analysis.times[other].date is not None and \
                analysis.times[other].value not in VAGUE_REFERENCES and anchor is not None and \
                (anchor in trigger_tokens or anchor in clause) and not owned_by_other_noun(analysis, index, other, trigger):
            return other
    return number


ISSUING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.issued_words")  # data/dating.yaml


def parts_named(doc: Doc, subjects: set[int]) -> set[int]:
    """The nouns a quantifier subject picks its part of ("a majority of his appointments in 2015", "half of the
    arrests on Monday"): the subject is that part of them, so their time is the subject's. Rule
    dating.part_of_subject_time (the quantifier words are events/data/arguments.yaml's)."""
    from detente.events.lexicon import argument_words

    quantifiers = argument_words()["quantifiers"]
    found = set()
    for i in subjects:
        if doc[i].lemma_.lower() not in quantifiers and doc[i].lower_ not in quantifiers:
            continue
        for of in dependents(doc[i]):
            if of.dep == D_PREP and of.lower_ == "of":
                found |= {c.i for c in dependents(of) if c.dep == D_POBJ}
    return found


def issued_subject_time(analysis: Analysis, index: TimeIndex, sentence: int, subjects: set[int]) -> int | None:
    """A text speaks when it is issued: "The report released Monday said ...", "A statement issued on Friday by the
    ministry said ..." - the time of the participle of issuing that describes the subject is the time of what the
    text says, finds or demands (rule dating.issued_words)."""
    if not subjects or not ISSUING_VERBS:
        return None
    doc = analysis.doc
    for number in index.by_sentence.get(sentence, []):
        owner = index.anchor_of.get(number)
        if owner is not None and doc[owner].head.i in subjects and doc[owner].lemma_.lower() in ISSUING_VERBS and \
                (doc[owner].dep == D_ACL or issued_in_a_relative_clause(doc[owner])):
            return number
    return None


def issued_in_a_relative_clause(clause: Token) -> bool:
    """A relative clause of issuing on the text ("a message that was read on Wednesday night said ...", "the report
    the ministry released Monday found ..."): the full form of the participle "a message read on Wednesday night", so
    it tells when the text was issued as the participle does. Only one whose relative word stands for the text (a
    passive, or an active with a doer of its own): in "the man who sent the letter on Monday" it stands for the
    sender, whose sending is not what he says. Rule dating.issued_relative."""
    if clause.dep != D_RELCL or not is_on("dating.issued_relative"):
        return False
    return any(c.dep == D_AUXPASS or (c.dep == D_NSUBJ and c.tag not in TS_WH) for c in dependents(clause))


TS_WH = frozenset(get_string_id(tag) for tag in ("WDT", "WP", "WP$"))  # relative words: "which", "that", "who"


def fronted_participle_time(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A participle clause put before the main clause, with no subject of its own, tells what the doer was doing at
    the time of the main act, so the time it gives is the main act's too: "Speaking at a rally on Wednesday, the
    senator said ...", "Visiting Kabul on Monday, the minister pledged aid" (the reverse of time_holder). Only a
    present participle ("Having fled in 2019", "Elected in 2010" tell an earlier act or a state), and only a time on
    the participle itself or on the happening it took place in ("at a rally on Wednesday"), not a topic ("Responding
    to Tuesday's attack"). Rule dating.fronted_participle."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or not is_on("dating.fronted_participle"):
        return None
    doc = analysis.doc
    clauses = list(dependents(verb))
    if is_on("dating.set_off_participle"):
        # "The minister, speaking on Tuesday, accused the army": set off by commas after the doer, the same telling
        clauses += [c for s in dependents(verb) if s.dep == D_NSUBJ for c in dependents(s)
                    if c.dep == D_ACL and c.i > s.i and c.i > 0 and doc[c.i - 1].text == ","]
    for clause in clauses:
        if clause.dep not in DS_ACL_ADVCL or clause.tag != T_VBG or clause.i > verb.i or \
                any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(clause)):
            continue
        for number in index.by_sentence.get(sentence, []):
            owner = index.noun_of.get(number, index.anchor_of.get(number))
            if owner is not None and (owner == clause.i or in_the_setting(doc[owner], clause)):
                return number
    return None


ORDER_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.ordered_clause")  # data/dating.yaml


def ordered_by(analysis: Analysis, trigger: Token) -> tuple[int, str] | None:
    """The dated happening an act is told after or before, when that is all the text says of its time: "After the
    talks collapsed on Friday, the rebels attacked the town", "raided the camp after the March 3 bombing",
    "seized the airport before the army arrived on Monday". The other happening's time bounds the act's: from it on
    ("after") or up to it ("before"), never on it. A gap ("a week after") is left alone. Returns the expression and
    the word. Rule dating.ordered_clause."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or not ORDER_WORDS:
        return None
    index = time_index(analysis)
    sentence = analysis.sentence_index(verb.idx)
    if not index.by_sentence.get(sentence):
        # every reading of the loop below finds a dated expression of the verb's own sentence: none here; a happening
        # the verb answers may still be dated in an earlier sentence (dating.answered_told_before)
        found = ordered_by_a_happening_told_before(analysis, index, sentence, verb)
        if found is not None:
            return found
        answered = answered_happening(analysis, verb)
        return (answered, "after") if answered is not None else None
    candidates = ordering_candidates(verb)
    if pos_of(trigger) == P_NOUN and trigger.i != verb.i and SINCE_WORDS and is_on("dating.since_noun_phrase"):
        # "her attacks on him since the election in May": the noun's own "since" phrase starts its span
        candidates = (*(c for c in dependents(trigger) if c.dep == D_PREP and c.lower_ in SINCE_WORDS), *candidates)
    for child in candidates:
        if child.dep == D_ADVCL:
            mark = next((c for c in dependents(child) if c.dep == D_MARK and c.lower_ in ORDER_WORDS), None)
            since = since_clause(verb, child)
            if since:
                mark = next(c for c in dependents(child) if c.dep == D_MARK)
            if mark is None or any(measured_gap(c) and c.i < mark.i for c in dependents(child)):
                continue
            found = governing(analysis, index, sentence, {child.i}, clause_tokens_down(child), child)
            if found is not None:
                return found, "after" if since else mark.lower_
        elif child.dep == D_PREP:
            order, noun = ordering_phrase(child)
            if order is None or any(measured_gap(c) for c in dependents(child)):
                continue
            gerund = next((c for c in dependents(child) if c.dep == D_PCOMP and pos_of(c) in PS_VERB_AUX), None)
            if noun is None and gerund is not None and is_on("dating.ordered_gerund"):
                # "After meeting the rebels on Tuesday, the envoy criticized the army": the meeting's time bounds it
                found = governing(analysis, index, sentence, {gerund.i}, clause_tokens_down(gerund), gerund)
                if found is not None:
                    return found, order
            if noun is None:
                continue
            for number in index.by_sentence.get(sentence, []):
                expression = analysis.times[number]
                if index.noun_of.get(number) == noun.i or \
                        (noun.left_edge.idx <= expression.start and expression.end <= noun.idx):
                    return number, order  # "after the March 3 bombing", "after the 1999 shooting death"
                if expression.start > noun.idx and index.anchor_of.get(number) in noun_phrase(noun) and \
                        is_on("dating.ordered_noun_phrase"):
                    return number, order  # "after her meeting with the president on Wednesday": the meeting's day
                if expression.start > noun.idx and index.anchor_of.get(number) in describing_participle(noun):
                    return number, order  # "since the convention, held in July": the convention's time
    found = ordered_by_a_happening_told_before(analysis, index, sentence, verb)
    if found is not None:
        return found
    answered = answered_happening(analysis, verb)
    if answered is not None:
        return answered, "after"
    return None


TOLD_BEFORE_RULE = "dating.ordered_by_a_happening_told_before"


def ordered_by_a_happening_told_before(analysis: Analysis, index: TimeIndex, sentence: int,
                                       verb: Token) -> tuple[int, str] | None:
    """An act told after (or before) a definite happening that an earlier sentence dated: "Police shot a man on
    Tuesday. ... Activists marched after the shooting." The definite or possessive event noun with no time of its
    own refers back to the happening the story told and dated (a verb or noun of its family), so that time bounds
    the act as "after the Tuesday shooting" would. The nearest earlier telling is the one meant; none when that
    sentence dates two of the family on different days, or when it lies after the day of writing. Rule
    dating.ordered_by_a_happening_told_before. Kept per verb, sentence and rules switched off in the time index (it
    reads the parse and the index's times alone): ordered_by and told_before_order ask it of the same verb."""
    key = (verb.i, sentence, switched_off_ids())
    held = index.happening_order
    if key in held:
        return held[key]
    found = held[key] = _ordered_by_a_happening_told_before(analysis, index, sentence, verb)
    return found


def _ordered_by_a_happening_told_before(analysis: Analysis, index: TimeIndex, sentence: int,
                                        verb: Token) -> tuple[int, str] | None:
    """ordered_by_a_happening_told_before, worked out."""
    if not is_on(TOLD_BEFORE_RULE) or not dated_before(index, sentence):
        return None  # (happening_told_before reads only the dated expressions of earlier sentences: none here)
    for child in ordering_candidates(verb):
        if child.dep != D_PREP:
            continue
        order, noun = ordering_phrase(child)
        if order is None or noun is None or any(measured_gap(c) for c in dependents(child)):
            continue
        found = happening_told_before(analysis, index, sentence, noun)
        if found is not None:
            return found, order
    return None


def told_before_order(analysis: Analysis, trigger: Token) -> tuple[int, str] | None:
    """ordered_by_a_happening_told_before for the trigger's own clause."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or not is_on(TOLD_BEFORE_RULE):
        return None
    index = time_index(analysis)
    return ordered_by_a_happening_told_before(analysis, index, analysis.sentence_index(verb.idx), verb)


def happening_told_before(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """The dated expression of the earlier happening a definite event noun refers back to ("the
    shooting" after "shot a man on Tuesday", "the summit" after "the June 12 summit"), or None. The nearest
    sentence that tells one of the noun's family is meant; where a farther one tells it in the noun's own word
    ("ambushed" ... "shot" ... "the ambush"), the two readings clash and none is taken. A plural ("since the
    attacks") refers back only to the same plural noun dated before ("the Friday attacks"): else it names a run of
    happenings with no one day."""
    lemma = noun.lemma_.lower()
    if pos_of(noun) != P_NOUN or not _refers_back(noun) or \
            (lemma not in event_nouns() and not (lemma in derived_noun_words() and is_on(VERB_NOUNS_RULE)) and
             not (lemma in LIGHT_HAPPENING_NOUNS and is_on(LIGHT_HAPPENING_RULE)) and not happening_noun(lemma)):
        return None
    plural = noun.tag == T_NNS
    doc = analysis.doc
    told: list[int] = []
    own_word_farther = False
    for number in reversed(dated_before(index, sentence)):
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is None:
            continue
        word = light_verb_happening(happening_of(doc[owner]))
        if plural and (word.tag != T_NNS or pos_of(word) != P_NOUN or word.lemma_.lower() != lemma):
            continue
        if not (names_the_happening(word, lemma) or (pos_of(word) in PS_VERB_NOUN and _in_its_word(word, lemma)) or
                same_happening(word, lemma)):
            continue  # ("voted on Tuesday" ... "since the vote": its own word, though of no listed family; "fired a
            # missile" ... "after the launch": another word, dating.same_happening_other_word)
        if told and index.sentence_of[number] != index.sentence_of[told[0]]:
            own_word_farther = own_word_farther or _in_its_word(word, lemma)
            continue
        told.append(number)
    times = analysis.times
    if not told or len({(times[n].date, times[n].date_end) for n in told}) > 1:
        return None
    if own_word_farther and not any(
            _in_its_word(light_verb_happening(happening_of(doc[index.noun_of.get(n, index.anchor_of[n])])), lemma)
            for n in told):
        return None
    published = (analysis.document.published or "")[:10]
    if published and (times[told[0]].date or "")[:10] > published:
        return None  # a happening still to come: no act told as past lies after it
    return told[0]


LIGHT_HAPPENING_RULE = "dating.happening_told_by_a_light_verb"
# nouns of a happening told only with a light verb ("launched an operation"), beyond the listed event nouns
LIGHT_HAPPENING_NOUNS = rule_words("detente.time", "data/dating.yaml", LIGHT_HAPPENING_RULE)


def light_verb_happening(word: Token) -> Token:
    """The happening a dated light verb tells in its object ("launched a raid on Tuesday", "carried out an operation
    on Friday": the raid, the operation), which a later definite noun names again ("during the raid"); the light verb
    itself names no happening, so without this the noun finds no dated telling. Any other word is itself. The light
    verbs are the events stage's (events/data/nouns.yaml light_verbs). Rule dating.happening_told_by_a_light_verb."""
    if pos_of(word) not in PS_VERB_AUX or not is_on(LIGHT_HAPPENING_RULE):
        return word
    from detente.events.lexicon import light_verbs

    if word.lemma_.lower() not in light_verbs():
        return word
    for child in dependents(word):
        if child.dep == D_DOBJ and pos_of(child) == P_NOUN:
            lemma = child.lemma_.lower()
            if lemma in event_nouns() or lemma in LIGHT_HAPPENING_NOUNS or lemma in derived_noun_words():
                return child
    return word


def _in_its_word(earlier: Token, noun: str) -> bool:
    """Whether an earlier word tells the happening in the noun's own word ("ambushed", "an ambush": "the ambush")."""
    return noun in own_nouns(earlier) or noun in derived_nouns(earlier)


VERB_NOUNS_RULE = "dating.verb_event_nouns"


@cache
def _verb_noun_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """data/dating.yaml's verb -> event noun derivations, each as (particle the verb needs, or "", noun)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for key, nouns in rule_entry("detente.time", "data/dating.yaml", VERB_NOUNS_RULE)["nouns"].items():
        verb, _, particle = str(key).partition(" ")
        table.setdefault(verb, []).extend((particle, str(n)) for n in nouns)
    return {verb: tuple(pairs) for verb, pairs in table.items()}


@cache
def derived_noun_words() -> frozenset[str]:
    """Every noun the derivation table gives a verb: each names a happening, as the listed event nouns do."""
    return frozenset(noun for pairs in _verb_noun_table().values() for _, noun in pairs)


def own_nouns(verb: Token) -> tuple[str, ...]:
    """The verb's lemma and its -ing nouns ("shoot": "shooting"; "bomb": "bombing"; "kidnap": "kidnapping")."""
    lemma = verb.lemma_.lower()
    return (lemma, lemma + "ing", lemma.rstrip("e") + "ing", lemma + lemma[-1:] + "ing")


def derived_nouns(verb: Token) -> tuple[str, ...]:
    """The event nouns a dictionary derives from the verb beyond its -ing noun ("exploded": "explosion", "invaded":
    "invasion", "collided": "collision", "fired on": "shooting"): a later definite noun in one of them names the
    happening the verb told, as "the shooting" names what "shot" told. An entry of two words needs its particle
    among the verb's words ("fired the minister" tells no shooting). Rule dating.verb_event_nouns."""
    pairs = _verb_noun_table().get(verb.lemma_.lower())
    if not pairs or not is_on(VERB_NOUNS_RULE):
        return ()
    words: set[str] | None = None
    found: list[str] = []
    for particle, noun in pairs:
        if particle:
            if words is None:  # (not a preposition of time: "fired the coach on Tuesday")
                words = {c.lower_ for c in dependents(verb) if (c.dep in DS_PREP_PRT or c.dep == D_DOBJ) and
                         not any(o.ent_type in ES_DATE_TIME for o in dependents(c))}
            if particle not in words:
                continue
        found.append(noun)
    return tuple(found)


HOLDING_PARTICIPLES = rule_words("detente.time", "data/dating.yaml", "dating.ordered_noun_participle")


def describing_participle(noun: Token) -> set[int]:
    """The words of a past participle of holding, with no subject of its own, that tells when the noun took place
    ("the convention, held in July", "the rally staged on Tuesday"): its time is the noun's own, so an act told after
    or since the noun is bounded by it (rule dating.ordered_noun_participle). Other verbs are left alone: a finite
    verb the parser took for a participle ("after the number of arrivals spiked in 2014") tells another happening."""
    if not is_on("dating.ordered_noun_participle"):
        return set()
    found: set[int] = set()
    for clause in dependents(noun):
        if clause.dep == D_ACL and clause.tag == T_VBN and clause.lemma_.lower() in HOLDING_PARTICIPLES and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(clause)):
            found |= clause_tokens_down(clause)
    return found


TOPIC_PREPOSITIONS = frozenset({"for", "over", "about", "of", "against", "on"})
REACTION_THINGS = rule_words("detente.time", "data/dating.yaml", "dating.answered_happening")  # data/dating.yaml


def answered_happening(analysis: Analysis, verb: Token) -> int | None:
    """_answered_happening, worked out once per verb while the document's times (the index) and the rules switched
    off stay the same: the words it reads are the verb's, the story's dated expressions and the rules."""
    index = time_index(analysis)
    key = (verb.i, index.reading_lead, switched_off_ids())
    answers = index.answered
    if key in answers:
        return answers[key]
    found = answers[key] = _answered_happening(analysis, verb)
    return found


def _answered_happening(analysis: Analysis, verb: Token) -> int | None:
    """The time of the happening words or a reaction answer, told in a clause of its own on the event noun they are
    about ("condemned the attack, which killed 12 people on Monday", "sent condolences for the earthquake that struck
    the coast on Monday"): the words came after that happening, which bounds them from its day on, as "over the May
    2 arrest" does (dating.reaction_over). The answering verb is one of words or judging (dating.topic_not_time), or
    its object a thing of answering (condolences, an apology: the rule's words). Rule dating.answered_happening."""
    if not is_on("dating.answered_happening"):
        return None
    lemma = verb.lemma_.lower()
    judging = lemma in TOPIC_VERBS or lemma in SPEECH
    things = [c for c in dependents(verb) if c.dep == D_DOBJ]
    if judging and is_on("dating.answered_passive_subject"):
        # "the shelling was condemned by the governor": a passive's subject is what the words are about
        things += [c for c in dependents(verb) if c.dep == D_NSUBJPASS]
    reacting = [c for c in things if c.lemma_.lower() in REACTION_THINGS or c.lower_ in REACTION_THINGS]
    if not judging and not reacting:
        return _answered_in_words(analysis, verb, things)
    topics: list[Token] = list(things) if judging else []
    for holder in [verb, *reacting]:  # "sent condolences for the earthquake": the phrase hangs on either
        topics += [o for p in dependents(holder) if p.dep in DS_PREP_DATIVE and p.lower_ in TOPIC_PREPOSITIONS
                   for o in dependents(p) if o.dep == D_POBJ]
    published = (analysis.document.published or "")[:10]
    participles = is_on("dating.answered_participle")
    # the words of the newer rules are told as done in their own verb's form ("praised", "has condemned"), not an act
    # still to come that hangs on another verb ("urged the senate to reject the accord")
    told_as_past = verb.tag in TS_VBD_VBN and is_past(verb)
    for noun in topics:
        if not happening_noun(noun.lemma_.lower()):
            continue
        for clause in dependents(noun):
            # "the attack, which killed 12 people on Monday"; "the deal signed on March 3" (dating.answered_participle)
            if not (clause.dep == D_RELCL and is_past(clause) or
                    participles and clause.dep == D_ACL and clause.tag == T_VBN and told_as_past):
                continue
            found = governed_by(analysis, clause)
            if found is not None and published and (analysis.times[found].date or "9")[:10] <= published:
                return found
        found = answered_told_before(analysis, verb, noun) if told_as_past else None
        if found is not None and published and (analysis.times[found].date or "9")[:10] <= published:
            return found
    return None


def _answered_in_words(analysis: Analysis, verb: Token, things: list[Token]) -> int | None:
    """For a verb the codebook codes as an act done in words ("derided the deal", "opposed the resolution": the
    speech types of discourse.narrative_chain) and not listed as one of judging, the time of the happening its object
    refers back to (answered_told_before), told as done in its own form. Rule dating.answered_told_before."""
    if verb.tag not in TS_VBD_VBN or not is_past(verb) or not is_on("dating.answered_told_before"):
        return None
    from detente.time.discourse import _speech_act  # (discourse builds on this module)

    if not _speech_act(verb):
        return None
    published = (analysis.document.published or "")[:10]
    for noun in things:
        if not happening_noun(noun.lemma_.lower()):
            continue
        found = answered_told_before(analysis, verb, noun)
        if found is not None and published and (analysis.times[found].date or "9")[:10] <= published:
            return found
    return None


SAME_HAPPENING_RULE = "dating.same_happening_other_word"


@cache
def _same_happenings() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """data/dating.yaml's happenings told in words of different families: (verbs, nouns) for each."""
    entry = rule_entry("detente.time", "data/dating.yaml", SAME_HAPPENING_RULE)
    return tuple((frozenset(str(v) for v in h["verbs"]), frozenset(str(n) for n in h["nouns"]))
                 for h in entry["happenings"])


@cache
def other_word_nouns() -> frozenset[str]:
    """Every noun of the table of one happening in other words: each names a happening, as the event nouns do."""
    return frozenset(noun for _, nouns in _same_happenings() for noun in nouns)


def happening_noun(lemma: str) -> bool:
    """Whether a noun names a happening: a listed event noun, or one of the table of one happening in other words
    ("the detention") while its rule is on."""
    return lemma in event_nouns() or (lemma in other_word_nouns() and is_on(SAME_HAPPENING_RULE))


def same_happening(earlier: Token, noun: str) -> bool:
    """Whether an earlier word tells, in another word family, the happening a later noun names ("fired a missile"
    ... "the launch", "detained the editor" ... "the arrest"): both in one entry of the table, a verb of two words
    with its second word among the verb's object, passive subject, particle, adverb or preposition (by lemma), a noun by
    itself. Rule dating.same_happening_other_word."""
    if noun not in other_word_nouns() or not is_on(SAME_HAPPENING_RULE):
        return False
    lemma = earlier.lemma_.lower()
    if pos_of(earlier) == P_NOUN:
        return any(lemma in nouns and noun in nouns for _, nouns in _same_happenings())
    if pos_of(earlier) != P_VERB:
        return False
    keys = {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in dependents(earlier)  # ("stepped down": an adverb)
                      if c.dep in DS_PREP_PRT or c.dep == D_DOBJ or c.dep == D_NSUBJPASS or c.dep == D_ADVMOD}
    return any(noun in nouns and not keys.isdisjoint(verbs) for verbs, nouns in _same_happenings())


def answered_told_before(analysis: Analysis, verb: Token, noun: Token) -> int | None:
    """The time the story gave before a happening that words or a reaction answer by a definite noun referring back
    to it ("Rebels shelled the town on March 3. ... The governor condemned the shelling."): the words came after the
    happening, from its day up to the day of writing, however far back the story dated it; the noun must name the
    happening as told_before reads a back reference (its family, its places), and have no time of its own. Rule
    dating.answered_told_before."""
    if not is_on("dating.answered_told_before") or not _refers_back(noun):
        return None
    index = time_index(analysis)
    sentence = analysis.sentence_index(verb.idx)
    if _in_the_noun_phrase(analysis, index, sentence, noun) is not None:
        return None  # "condemned Monday's attack": the noun's own time, read by the other rules
    doc = analysis.doc
    names = place_names(noun)
    lemma = noun.lemma_.lower()
    for number in reversed(dated_before(index, sentence)):
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is None or not named_there(doc[owner], names):
            continue
        happening = happening_of(doc[owner])
        if names_the_happening(happening, lemma) or (pos_of(happening) == P_VERB and happening.lemma_.lower() == lemma):
            return number  # (a verb of the noun's own form: "arrested the editor on March 5" ... "the arrest")
        if same_happening(happening, lemma):
            return number  # "fired a missile on Monday" ... "condemned the launch" (dating.same_happening_other_word)
        done = _patient_word(happening) if pos_of(happening) == P_VERB else None
        if done is not None and pos_of(done) == P_NOUN and same_family(done.lemma_.lower(), lemma) and \
                _own_time(analysis, happening, number):
            return number  # "the two sides signed a deal on Monday" ... "derided the deal"
    return None


def since_clause(verb: Token, clause: Token) -> bool:
    """Whether an adverbial clause opened by "since" tells when the act's span began: with the act in the present
    perfect ("has attacked the governor since the council rejected the plan on Monday") the span runs from that
    happening to the day of writing; with a simple past "since" gives a reason ("attacked the plan, since it raised
    taxes"). Rule dating.since_clause."""
    if clause.dep != D_ADVCL or not SINCE_WORDS or not is_on("dating.since_clause"):
        return False
    if not any(c.dep == D_MARK and c.lower_ in SINCE_WORDS for c in dependents(clause)):
        return False
    return any(c.dep == D_AUX and c.lemma == L_HAVE and c.tag in TS_VBZ_VBP for c in dependents(verb))


def in_a_since_phrase(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression dates the noun of a "since" phrase ("since the convention in July", "since the
    summit on Monday") that the trigger stands outside of: the happening the span starts at, so the act the phrase
    hangs on runs from that time to the day of writing, for an event noun as for a verb; the happening inside the
    phrase ("since its founding in 1949") keeps its own time (rule dating.since_noun_phrase)."""
    if not is_on("dating.since_noun_phrase") or not SINCE_WORDS:
        return False
    anchor = time_index(analysis).anchor_of.get(number)
    if anchor is None:
        return False
    word = analysis.doc[anchor]
    for _ in range(4):  # up through the noun's own phrases ("the convention in July", "the vote of the council in May")
        if word.dep == D_POBJ and word.head.dep == D_PREP and word.head.lower_ in SINCE_WORDS:
            since = word.head
            return not since.left_edge.i <= trigger.i <= since.right_edge.i
        if word.dep not in (D_POBJ, D_PREP) or head_i(word) == word.i:
            return False
        word = word.head
    return False


def within_misparsed_since(verb: Token, at: int) -> bool:
    """Whether a position lies in a "since" clause the parser split up: "has been attacking him since the council, at
    Monday's hearing, rejected the plan" comes out as "since" a preposition with the clause's subject as its object,
    the phrases after it hung on the main verb, and the clause's verb as a second verb of the main one with no
    subject of its own. From "since" to that verb is the clause where the present perfect act's span began (rule
    dating.since_clause)."""
    if not SINCE_WORDS or not is_on("dating.since_clause") or \
            not any(c.dep == D_AUX and c.lemma == L_HAVE and c.tag in TS_VBZ_VBP for c in dependents(verb)):
        return False
    for since in dependents(verb):
        if since.dep != D_PREP or since.lower_ not in SINCE_WORDS or since.idx > at:
            continue
        verb_of_clause = next((c for c in dependents(verb) if c.dep == D_CONJ and c.i > since.i and
                               c.tag == T_VBD and not any(d.dep in DS_NSUBJ_NSUBJPASS for d in dependents(c))),
                              None)
        if verb_of_clause is not None and at < verb_of_clause.idx:
            return True
    return False


def noun_phrase(noun: Token) -> set[int]:
    """The words of a noun's phrase down through its prepositions, not into a clause of its own ("her meeting with
    the president on Wednesday", not "the meeting that ended on Friday")."""
    found, todo = set(), [noun]
    while todo:
        word = todo.pop()
        found.add(word.i)
        todo.extend(c for c in dependents(word) if c.dep not in SIDE_CLAUSE_DEP_IDS and c.dep != D_CONJ)
    return found


AFTER_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.ordered_after_words")  # data/dating.yaml
SINCE_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.since_happening")  # data/dating.yaml
# a reaction to a dated happening comes after it (rules dating.reaction_over, dating.reaction_nouns)
REACTION_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.reaction_over")  # data/dating.yaml
REACTION_NOUNS = rule_words("detente.time", "data/dating.yaml", "dating.reaction_nouns")  # data/dating.yaml
EVE_RULE = "dating.eve_of_a_happening"
EVE_WORDS = rule_words("detente.time", "data/dating.yaml", EVE_RULE)  # data/dating.yaml: "on the eve of the vote"
UNIT_PHRASE_RULE = "dating.ordered_unit_phrase"
# the lengths that "in the hours after the vote", "in the days before the summit" count: data/dating.yaml
UNIT_PHRASE_WORDS = rule_words("detente.time", "data/dating.yaml", UNIT_PHRASE_RULE)


BEFORE_WORDS_RULE = "dating.ordered_before_words"
BEFORE_LINKS: dict[str, str] = dict(rule_entry("detente.time", "data/dating.yaml", BEFORE_WORDS_RULE).get("links") or {})


def _before_words(preposition: Token) -> bool:
    """Whether a preposition is the second word of a "before" of several words: "ahead of", "prior to" (the adverb
    heads the preposition; rule dating.ordered_before_words)."""
    adverb = preposition.head
    return adverb.i != preposition.i and adverb.dep == D_ADVMOD and BEFORE_LINKS.get(adverb.lower_) == \
        preposition.lower_ and is_on(BEFORE_WORDS_RULE)


def ordering_phrase(preposition: Token) -> tuple[str | None, Token | None]:
    """Whether a prepositional phrase tells what the act came after or before, and the noun it names: "after the
    March 3 bombing", "before the vote"; "following the Wednesday meeting", "in the wake of Friday's bombing", "in the
    aftermath of the coup" tell an "after" too (rule dating.ordered_after_words); so does a reaction to a dated
    happening, "over the May 2 arrest", "in retaliation for the March 3 bombing" (rules dating.reaction_over,
    dating.reaction_nouns)."""
    word = preposition.lower_
    noun = next((c for c in dependents(preposition) if c.dep == D_POBJ), None)
    if word in ORDER_WORDS:
        return word, noun
    if _before_words(preposition) and noun is not None:
        return "before", noun  # "ahead of Thursday's inquiry", "prior to the vote"
    if noun is not None and noun.lower_ in BEFORE_LINKS and is_on(BEFORE_WORDS_RULE):  # "in advance of the summit"
        link = next((c for c in dependents(noun) if c.dep == D_PREP and c.lower_ == BEFORE_LINKS[noun.lower_]), None)
        named = next((c for c in dependents(link) if c.dep == D_POBJ), None) if link is not None else None
        if named is not None:
            return "before", named
    if word in AFTER_WORDS:
        return "after", noun  # "following the meeting"
    if word in SINCE_WORDS and noun is not None:
        return "after", noun  # "has backed her since her 2008 campaign": from the campaign up to the day of writing
    if noun is not None and word in REACTION_WORDS and noun.lemma_.lower() in event_nouns():
        return "after", noun  # "protested over the May 2 arrest": a reaction comes after what it answers
    if noun is not None and noun.lemma_.lower() in REACTION_NOUNS:  # "in retaliation for", "in response to"
        answered = next((c for c in dependents(noun) if c.dep == D_PREP), None)
        named = next((c for c in dependents(answered) if c.dep == D_POBJ), None) if answered is not None else None
        return ("after", named) if named is not None and named.lemma_.lower() in event_nouns() else (None, None)
    if noun is not None and noun.lemma_.lower() in AFTER_WORDS:  # "in the wake of", "in the aftermath of"
        of = next((c for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of"), None)
        named = next((c for c in dependents(of) if c.dep == D_POBJ), None) if of is not None else None
        return ("after", named) if named is not None else (None, None)
    if noun is not None and noun.lemma_.lower() in EVE_WORDS and is_on(EVE_RULE):
        named = of_phrase_noun(noun)  # "on the eve of the vote": the day before it, so before it
        return ("before", named) if named is not None else (None, None)
    if noun is not None and unit_phrase(noun):
        # "in the hours after the March 3 bombing", "in the days before the vote": the phrase the length holds orders
        # the act as "hours after", "days before" would
        return ordering_phrase(next(c for c in dependents(noun) if c.dep == D_PREP))
    return None, None


def of_phrase_noun(noun: Token) -> Token | None:
    """The noun of the "of" phrase a noun holds ("the eve of the vote": "vote"), else None."""
    of = next((c for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of"), None)
    return next((c for c in dependents(of) if c.dep == D_POBJ), None) if of is not None else None


def unit_phrase(noun: Token) -> bool:
    """Whether a noun is the definite plural length of "in the hours after ...", "in the days before ...": its own
    "after"/"before"/"following"/"since" phrase (the first one it holds) orders the act; "the day after" (a singular,
    one day: dating.counted_day_part_gap) and "in hours" (no article: a length, not a phrase's) do not. Rule
    dating.ordered_unit_phrase."""
    if not definite_length(noun):
        return False
    preposition = next((c for c in dependents(noun) if c.dep == D_PREP), None)
    return preposition is not None and preposition.lower_ in (*ORDER_WORDS, *AFTER_WORDS, *SINCE_WORDS)


def definite_length(noun: Token) -> bool:
    """Whether a noun is a definite plural length ("the hours", "the final days"), the length of "in the hours after
    the vote" however the parser hung the "after" phrase. Rule dating.ordered_unit_phrase."""
    if noun.tag != T_NNS or noun.lemma_.lower() not in UNIT_PHRASE_WORDS or not is_on(UNIT_PHRASE_RULE):
        return False
    return [c.lower_ for c in dependents(noun) if c.i < noun.i] in (["the"], ["the", "first"], ["the", "final"], ["the", "last"])


def measured_gap(modifier: Token) -> bool:
    """Whether a word before "after"/"before" sets the two happenings apart by a counted length ("a week after", "two
    days before"), which leaves the act's range to other rules. A vague gap ("shortly after", "soon after", "long
    before", "days after", "weeks before") does not make the act any less after (or before) the other happening, so
    its range is bounded by it all the same (rule dating.ordered_gap); with that rule off any gap is left alone."""
    if modifier.dep not in DS_ADVMOD_NPADVMOD:
        return False
    if not is_on("dating.ordered_gap"):
        return True
    return modifier.dep == D_NPADVMOD and counted_length(modifier)


def counted_length(length: Token) -> bool:
    """Whether a length is counted ("a week", "two days", "48 hours"), not vague ("days", "weeks")."""
    return length.like_num or any(c.dep in DS_NUMMOD_DET_QUANTMOD for c in dependents(length))


def _ordering_candidates(verb: Token) -> tuple[Token, ...]:
    found = list(dependents(verb))
    if is_on("dating.ordered_gap"):  # "Days after the March 3 bombing, police arrested": the length holds the "after"
        found += [c for length in found if length.dep == D_NPADVMOD and not counted_length(length)
                  for c in dependents(length) if c.dep == D_PREP]
    if is_on("dating.ordered_object"):
        # "announced the easing of sanctions after her meeting with the president": an act on something that came
        # after a happening came after it too (an "after" the parser hung on the object); not "before"
        found += [c for thing in dependents(verb) if thing.dep == D_DOBJ for c in dependents(thing)
                  if c.dep == D_PREP and ordering_phrase(c)[0] == "after" and c.lower_ not in SINCE_WORDS]
    if is_on(BEFORE_WORDS_RULE):
        # "ahead of the inquiry", "prior to the vote": the adverb's own preposition tells the order, whether the parser
        # hung the adverb on the verb or on a thing it names ("asked for the files ahead of Thursday's inquiry")
        things = [c for c in dependents(verb) if c.dep == D_DOBJ]
        things += [o for p in dependents(verb) if p.dep == D_PREP for o in dependents(p) if o.dep == D_POBJ]
        holders = [verb, *things]
        found += [c for holder in holders for adverb in dependents(holder)
                  if adverb.dep == D_ADVMOD and adverb.lower_ in BEFORE_LINKS
                  for c in dependents(adverb) if c.dep == D_PREP and c.lower_ == BEFORE_LINKS[adverb.lower_]]
    first = verb
    if not any(c.dep in DS_NSUBJ_NSUBJPASS for c in found) and is_on("dating.ordered_conjunct"):
        while first.dep == D_CONJ and head_i(first) != first.i and pos_at(first.doc, head_i(first)) in PS_VERB_AUX:
            first = first.head
            found += [c for c in dependents(first) if c.i < verb.i and c.dep in DS_ADVCL_PREP]
    return tuple(found)


@kept_per_word(_ordering_candidates)
def ordering_candidates(verb: Token) -> tuple[Token, ...]:
    """The words that can tell what an act came after or before: its own dependents and, for a verb joined by "and"
    to an earlier one with no subject of its own ("gathered after the Wednesday meeting and blocked the road"), the
    earlier verb's dependents before it: one doer's acts told in a row come after what the first came after. Rule
    dating.ordered_clause. Kept per document and word while no rule is switched off: one trigger's dating asks it of
    the same verb up to three times (ordered_by, its told-before reading, told_before_order)."""


TEMPORAL_MARKS = rule_words("detente.time", "data/dating.yaml", "dating.temporal_clause")  # data/dating.yaml


def of_the_main_clause(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A clause opened by "after", "before", "when", "as" with no time of its own is told as near the time of the
    clause it hangs on, and takes that clause's time at the precision the text gives: "was rescued last November
    after his boat capsized", "the process concluded on Wednesday after the Netherlands gave its approval".
    Rule dating.temporal_clause."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    own = clause_head(trigger)
    if not is_on("dating.temporal_clause") or own.dep != D_ADVCL or head_i(own) == own.i or \
            not any(c.dep in DS_MARK_ADVMOD and c.lower_ in TEMPORAL_MARKS for c in dependents(own)):
        return None
    main = clause_head(own.head)
    if pos_of(main) not in PS_VERB_AUX or when_clause(analysis, index, sentence, trigger) is not None:
        return None  # "in 2010, when both countries clashed": the time the clause names
    found = governing(analysis, index, sentence, {main.i}, clause_tokens(main), main)
    if found is None:  # the main clause's time set by its own "as"/"when" clause (rule dating.simultaneous_clause)
        found = of_the_simultaneous_clause(analysis, index, sentence, main)
    return found


def of_the_simultaneous_clause(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A clause opened by "when", "as" or "while" that hangs on the trigger's verb and has a time of its own sets
    the time of the whole sentence: "When the police arrived on Friday night, the crowd threw stones", "curfew was
    imposed in the town as the city returned to calm on Wednesday". Only for a moment shared: a time in an "after"
    or "before" clause dates that other happening, never this one. Rule dating.simultaneous_clause."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    main = clause_head(trigger)
    if pos_of(main) not in PS_VERB_AUX or not is_on("dating.simultaneous_clause"):
        return None
    marks = lexicon()["simultaneous_marks"]
    for clause in dependents(main):
        opened = clause.dep in DS_ADVCL_CCOMP and clause.i < main.i and opened_by_a_time_noun(clause)
        if not opened and (clause.dep != D_ADVCL or not any(c.dep in DS_MARK_ADVMOD and c.lower_ in marks
                                                             for c in dependents(clause))):
            continue
        if clause.lemma_.lower() in STAND_IN_VERBS:
            continue  # "is pounding Trump, just as he did with Romney in 2012": the same kind of act at another time
        found = governing(analysis, index, sentence, {clause.i}, clause_tokens(clause), clause)
        if found is not None and not contradicts_tense(analysis.times[found], trigger, publication_day(analysis)):
            return found
    return None


TIME_NOUNS = rule_words("detente.time", "data/dating.yaml", "dating.time_noun_clause")  # data/dating.yaml


def opened_by_a_time_noun(clause: Token) -> bool:
    """Whether a side clause is opened by "the day", "the morning" ... ("The morning the president unveiled the plan
    last year, he summoned ..."; the parser may read it as the main verb's complement): a "when" clause in other
    words. Not "every day" or "each week", a habit. Rule dating.time_noun_clause."""
    return any(c.dep == D_NPADVMOD and c.i < clause.i and c.lemma_.lower() in TIME_NOUNS and
               any(d.dep == D_DET and d.lower_ in ("the", "that") for d in dependents(c)) for c in dependents(clause))


# a verb that stands in for the act it repeats ("as he did in 2012"): a clause of comparison, not of the same moment
STAND_IN_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.comparison_clause")  # data/dating.yaml
VAGUE_REFERENCES = {"PAST_REF", "FUTURE_REF"}


def of_the_conjunct(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """Verbs joined by "and" with one subject share the time the first one's clause governs: "killed a police
    officer and maimed a nurse in 1998", "searched the site on April 8 and unearthed a rifle". A second verb with
    a subject, or a tense, of its own ("arrived on Monday and will leave") keeps its own time."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    own = clause_head(trigger)
    if pos_of(own) not in PS_VERB_AUX or own.dep != D_CONJ:
        return None
    first = own
    while first.dep == D_CONJ and head_i(first) != first.i and pos_at(first.doc, head_i(first)) in PS_VERB_AUX:
        first = first.head
    if first.i == own.i:
        return None
    if any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(own)):
        return _same_scene(analysis, index, sentence, first, own)
    if any(c.dep in DS_AUX_AUXPASS for c in dependents(own)) and verb_direction(own) != verb_direction(first):
        return None
    if own.tag == T_VBD and is_on("dating.conjunct_own_tense") and \
            any(c.norm_ in ("had", "'d") and c.tag == T_VBD for c in dependents(first)):
        return None  # "had been unfair and criticized the judge": a simple past does not share the first verb's "had"
    if present_perfect(own) and simple_past(first) and is_on("dating.conjunct_perfect_own_time"):
        return None  # "donated to her campaign in 2008, and has spoken out for the union": the writer's now, not 2008
    return governing(analysis, index, sentence, with_light_object(first), clause_tokens(first), first)


def spliced_first_clause(verb: Token) -> Token | None:
    """The first clause of a comma splice that the parser hung on the next one as its complement ("The governor on
    Monday criticized the senator on taxes, she criticized him on schools": the first "criticized" read as what the
    second reports). Only a clause that tells an act of its own can be taken that way: not a verb that frames what
    it reports ("said", "believes"), and one with an object of its own ("she criticized him", not "the mayor
    complained"); both clauses tell acts in the simple past, each with a subject of its own, the first set off by a
    comma, by one doer (a pronoun, or a shared name or title word). Rule dating.comma_spliced_acts."""
    children = dependents(verb)
    if not simple_past(verb) or verb.lemma_.lower() in FRAMING or \
            not any(c.dep in DS_NSUBJ_NSUBJPASS for c in children) or \
            not any(c.dep == D_DOBJ and c.i > verb.i for c in children):
        return None
    doc = verb.doc
    for first in children:
        if first.dep != D_CCOMP or first.i > verb.i or not simple_past(first) or first.lemma_.lower() in FRAMING:
            continue
        after = first.right_edge.i + 1
        if after >= verb.i or doc[after].text != "," or \
                not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(first)) or not _same_doer(first, verb):
            continue
        return first
    return None


def of_the_spliced_clause(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """An act told in the simple past after a comma, with no time of its own, in a run of clauses by one doer whose
    first clause is dated ("Hillary Clinton on Monday criticized him on taxes, she criticized him on schools, and she
    mocked his record"): the run tells one occasion's acts in turn, as verbs joined by "and" do
    (dating.conjunct_same_scene), so each takes the time the first clause's own words give it. Rule
    dating.comma_spliced_acts."""
    if not index.by_sentence.get(sentence) or not is_on("dating.comma_spliced_acts"):
        return None
    own = clause_head(trigger)
    if pos_of(own) not in PS_VERB_AUX or not simple_past(own):
        return None
    main = own
    while main.dep == D_CONJ and head_i(main) != main.i and pos_at(main.doc, head_i(main)) in PS_VERB_AUX:
        main = main.head
    if main.i != own.i and main.lemma_.lower() in FRAMING:
        return None
    first = spliced_first_clause(main)
    if first is None:
        return None
    return governing(analysis, index, sentence, with_light_object(first), clause_tokens(first), first)


def with_light_object(verb: Token) -> set[int]:
    """The words that tell a verb's act: the verb, and the event noun a light verb takes as its object ("unleashed
    attacks", "held talks"), one act with it, whose setting phrase the parser may hang on the noun ("unleashed
    attacks on the senator in Saturday's debate"). Read for the first verb of a conjunction, whose time the later
    verb shares; the trigger itself reads its whole span. Rule dating.conjunct_light_object."""
    from detente.events.lexicon import light_verbs

    if not is_on("dating.conjunct_light_object") or verb.lemma_.lower() not in light_verbs():
        return {verb.i}
    return {verb.i} | {c.i for c in dependents(verb) if c.dep == D_DOBJ and c.lemma_.lower() in event_nouns()}


def present_perfect(verb: Token) -> bool:
    """A verb told in the present perfect ("has spoken", "have been arrested"): what is over by the writer's now,
    told from it; joined by "and" to a simple past dated to its own time ("donated to her campaign in 2008, and has
    spoken out for the union"), it is no part of that past time but of the years up to the day of writing. Rule
    dating.conjunct_perfect_own_time."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    return verb.tag == T_VBN and any(a.lemma == L_HAVE and a.tag in TS_VBZ_VBP for a in auxes) and \
        not any(a.tag == T_MD for a in auxes)


def simple_past(verb: Token) -> bool:
    """A verb told in the simple past ("attacked", "was detained"), not a past perfect, present or modal."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if auxes:
        return all(a.tag == T_VBD and a.norm_ not in ("had", "'d") for a in auxes)
    return verb.tag == T_VBD


class VerbFacts(NamedTuple):
    """The first reads the occasion rungs of choose() make of a trigger, made once when its dating reaches them
    (verb_facts): of_the_setting_clause, during_a_happening and done_by_a_happening each began by reading again
    the trigger's clause head, the parts of speech of both, the head's tense, its sentence and whether the story dated
    anything before it. They read the parse and the time index alone, no rule: each rung still reads its switch."""

    verb: Token  # the head of the trigger's clause (clause_head)
    sentence: int  # the sentence of that verb
    verbal: bool  # the trigger is a verb or an auxiliary
    verb_verbal: bool  # so is its clause's head
    simple_past: bool  # the clause's head is told in the simple past (simple_past)
    dated_earlier: bool  # some sentence before the verb's holds a dated expression (dated_before)


def verb_facts(analysis: Analysis, index: TimeIndex, trigger: Token) -> VerbFacts:
    """The trigger's VerbFacts (choose() makes them once per trigger, where its occasion rungs begin)."""
    verb = clause_head(trigger)
    sentence = analysis.sentence_index(verb.idx)
    return VerbFacts(verb, sentence, pos_of(trigger) in PS_VERB_AUX, pos_of(verb) in PS_VERB_AUX, simple_past(verb),
                     bool(dated_before(index, sentence)))


def _same_scene(analysis: Analysis, index: TimeIndex, sentence: int, first: Token, own: Token) -> int | None:
    """A clause joined by "and" or "but" with a doer of its own, told in the simple past with no time of its own,
    after a first clause whose own words set it at a dated happening ("The governor attacked his rival in Saturday's
    debate, and the senator mocked her record", "Police detained him during Sunday's rally, and his supporters
    clashed with officers"): the two clauses tell one scene in the order it went, as narration does from sentence to
    sentence (discourse.narrative_chain), so the later act takes that time. A first verb of saying or a later clause
    in another tense tells no scene. Rule dating.conjunct_same_scene."""
    if not is_on("dating.conjunct_same_scene") or not simple_past(first) or not simple_past(own) or \
            first.lemma_.lower() in FRAMING:
        return None
    return governing(analysis, index, sentence, with_light_object(first), clause_tokens(first), first)


GAPPED_OWN_WAYS = frozenset({"governed", "temporal clause", "when"})  # a gapped conjunct's own time, in its own words


def gapped_conjuncts(verb: Token) -> list[Token]:
    """The later halves of a coordination that leaves out the first verb's auxiliary and names a subject of its own
    ("12 people were killed and 30 wounded", "two were shot and another stabbed"): the second clause is the first
    with its auxiliary understood. The parser may also read the later subject as a noun joined to the verb with the
    participle hanging on it ("were killed and others wounded"): the same gapped clause."""
    if not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb)):
        return []
    found = []
    for later in dependents(verb):
        if later.dep != D_CONJ or later.i < verb.i:
            continue
        if later.pos in PS_VERB_AUX:
            if later.tag == T_VBN and not any(c.dep in DS_AUX_AUXPASS for c in dependents(later)) and \
                    any(c.dep in DS_NSUBJ_NSUBJPASS or c.dep == D_DET for c in dependents(later)):
                found.append(later)
        elif later.pos in PS_NOUN_PROPN_PRON or later.pos == P_NUM:
            found.extend(c for c in dependents(later) if c.dep == D_ACL and c.tag == T_VBN and c.i > later.i and
                         not any(a.dep in DS_AUX_AUXPASS for a in dependents(c)))
    return found


def of_the_gapped_conjunct(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The time a gapped later clause gives its act, for the first clause's act with no time of its own: "At least
    12 people were killed and 30 wounded in a bombing on Tuesday". A clause that leaves out the first verb's
    auxiliary ("and 30 [were] wounded") tells the same happening from another side, and the words that follow it (the
    place, the cause, the time) hold for both halves, so the killing was on Tuesday too. A later clause with its own
    auxiliary or tense ("Four people died and 20 were hurt on Monday") is a clause of its own
    (of_the_later_conjunct). Rule dating.gapped_conjunct."""
    if not index.by_sentence.get(sentence) or not is_on("dating.gapped_conjunct"):
        return None
    own = clause_head(trigger)
    if own.pos not in PS_VERB_AUX:
        return None
    for later in gapped_conjuncts(own):
        found, how = choose(analysis, later.idx, later.idx + len(later.text))
        if found is not None and how in GAPPED_OWN_WAYS:
            return found
    return None


def of_the_later_conjunct(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The time a later clause joined by "and", with a doer of its own, gives its act, for a past act with no time
    of its own told before it: "Rights groups sued over the curfew, and a court struck it down in June". Clauses told
    one after another in the past tell their acts in that order, so the first lies some time up to the later one's
    time (the caller bounds it so): that sentence tells its own happening, and a time an earlier sentence set for
    another ("The governor toured the towns this week.") is not its time. Rule dating.before_later_conjunct."""
    if not index.by_sentence.get(sentence) or not is_on("dating.before_later_conjunct"):
        return None
    own = clause_head(trigger)
    if pos_of(own) not in PS_VERB_AUX or not told_in_the_narrative_past(own):
        return None
    for later in dependents(own):
        if later.dep != D_CONJ or later.i < own.i or pos_of(later) not in PS_VERB_AUX or \
                not told_in_the_narrative_past(later) or \
                not (any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(later)) or own_auxiliary(later)):
            continue  # a second verb of the same doer shares the time (of_the_conjunct), unless it says its
            # auxiliary again ("was questioned, and was released on Monday": up to Monday, rule
            # dating.conjunct_own_auxiliary)
        found = governing(analysis, index, sentence, {later.i}, clause_tokens(later), later)
        if found is not None:
            return found
    return None


def governed_undated(analysis: Analysis, index: TimeIndex, sentence: int, trigger_tokens: set[int],
                     clause: set[int]) -> int | None:
    """An expression with no day of its own that the trigger's clause governs: a vague time ("previously", "in
    the future"), a length ("for three years", "spent six days") or a frequency ("every week", "held daily")."""
    doc = analysis.doc
    found = []
    for number in index.undated_by_sentence.get(sentence, ()):
        if is_offset(analysis, analysis.times[number]):
            continue
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is not None and (owner in trigger_tokens or owner in clause):
            found.append(number)
    if not found:
        return None
    # several ("for weeks ... held rallies almost daily"): the one nearest the trigger modifies it most closely
    at = doc[min(trigger_tokens)].idx
    return min(found, key=lambda n: abs(analysis.times[n].start - at))


OFFSET_AFTER = rule_words("detente.time", "data/words.yaml", "offset_after")  # data/words.yaml


def is_offset(analysis: Analysis, expression: TimeExpression) -> bool:
    """A length that measures a gap, not the event: "13 days after the bombings", "a week later" put the event
    beside the stretch, not inside it. (The words before the length, "after a weekend of accusations", were a rule
    too, removed: docs/ablation.md, session 5.)"""
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return False
    doc = analysis.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in OFFSET_AFTER or span[-1].lower_ in OFFSET_AFTER


def governed_extent(analysis: Analysis, trigger_start: int, trigger_end: int) -> int | None:
    """The length or frequency the trigger's clause governs ("talks lasted three days", "rallies held daily"):
    it says how long or how often the event went on, not when."""
    index = time_index(analysis)
    if not index.undated:
        return None  # a story with no length or frequency in it: none to find (the rest reads only those)
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is None or len(span) == 0:
        return None
    sentence = analysis.sentence_index(trigger_start)
    root = root_at(analysis.doc, trigger_start, trigger_end)  # kept: Span.root walks the span
    # governed_undated reads the trigger's words and clause only against the sentence's undated expressions
    found = governed_undated(analysis, index, sentence, set(range(span.start, span.end)), clause_tokens(root)) \
        if index.undated_by_sentence.get(sentence) else None
    if found is None:
        found = length_of(analysis, index, root)
    return found if found is not None and analysis.times[found].type in ("DURATION", "SET") else None


def length_of(analysis: Analysis, index: TimeIndex, trigger: Token) -> int | None:
    """The length an event noun is measured by: "40 years of blockade and invasions", "six months of talks"."""
    if not index.undated:
        return None  # a story with no length in it: none to find (the rest reads only those)
    token = trigger
    while token.dep == D_CONJ and head_i(token) != token.i:
        token = token.head
    if token.dep != D_POBJ:
        return None  # (asked first: the head's Token is made only for the object of a preposition)
    preposition = token.head
    if preposition.lower_ != "of" or head_i(preposition) == preposition.i:
        return None
    measure = preposition.head
    for number in index.undated:
        expression = analysis.times[number]
        if expression.start <= measure.idx < expression.end and not is_offset(analysis, expression):
            return number
    return None


def right_after(analysis: Analysis, expression: TimeExpression, verb: Token) -> bool:
    """Whether the expression follows the verb at once (or after "on"), however the parser hung it."""
    doc = analysis.doc
    following = verb.i + 1
    if following < len(doc) and doc[following].lower_ == "on":
        following += 1
    return following < len(doc) and doc[following].idx == expression.start


def owned_by_other_noun(analysis: Analysis, index: TimeIndex, number: int, trigger: Token | None) -> bool:
    """The expression follows an event noun that is neither the trigger nor its subject or object, or it describes a
    party outside the trigger's words (owned.time_of_a_party: "some 2016 candidates have called for")."""
    if time_of_a_party(analysis, number, trigger):
        return True
    if trigger is not None and trigger.idx < analysis.times[number].start:
        thing = period_of_a_known_thing(analysis, number)
        if thing is not None and thing.i != trigger.i and not thing.is_ancestor(trigger) and \
                (pos_of(trigger) in PS_VERB_AUX or trigger.is_ancestor(thing)) and \
                not words_about(clause_head(trigger)):
            # (an event noun keeps a time outside its own phrase: "growth has not met our expectations for 1989"
            # is a measure of that period; "attacks on his scandals from the 1990s" are not of then)
            return True  # "audited his returns for 2015": the returns' year (rule dating.known_thing_period_after)
    noun = index.noun_of.get(number)
    if noun is None or trigger is None or noun == trigger.i:
        return False
    token = compound_head(analysis.doc[noun])  # "a Saturday night conference call": the call's time, not "conference"'s
    if token.i == trigger.i:
        return False
    if token.dep in ARGUMENT_DEP_IDS and head_i(token) == clause_head(trigger).i:
        return False
    if token.is_ancestor(trigger):
        return False  # "last year's flood of migrants and a cascade of attacks": the phrase's time is its words'
    return not in_the_setting(token, trigger)


SETTING_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.setting_noun")  # data/dating.yaml


# verbs of coming together whose "for" names the gathering itself ("met for talks", "gathered for a rally")
GATHERING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.gathered_for_an_occasion")


def in_the_setting(noun: Token, trigger: Token) -> bool:
    """ "killed in a car bomb attack on Friday", "arrested during a protest on May 2": an event noun after
    "in", "during" or "at" on the trigger's own verb is the happening the act took place in, so its date is
    the act's. So is the happening a verb of coming together is "for": "the two governors met for a debate on
    Monday" met at that debate, on Monday (rule dating.gathered_for_an_occasion); "arrested for the bombing on
    Monday" is not a gathering, and Monday stays the bombing's."""
    preposition = noun.head
    if noun.dep != D_POBJ:
        return False
    own = clause_head(trigger)
    if head_i(preposition) != own.i:
        return False
    word = preposition.lower_
    if word in SETTING_PREPOSITIONS and ground_not_setting(noun, own):
        return False  # "charged a woman in the 2019 stabbing": the ground of the charge, done before it
    return word in SETTING_PREPOSITIONS or (word == "for" and own.lemma_.lower() in GATHERING_VERBS)


OBJECT_SETTING_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.setting_of_the_object")


def setting_of_the_object(noun: Token, trigger: Token) -> bool:
    """ "agreed on a plan at the Friday summit", "signed the accord at Monday's talks": an event noun after "at" or
    "during" that the parser hung on the act's object (or on the noun of a phrase of the act's verb) is still the
    gathering the act took place at, so its day is the act's (rule dating.setting_of_the_object)."""
    preposition = noun.head
    if noun.dep != D_POBJ or preposition.lower_ not in OBJECT_SETTING_PREPOSITIONS or \
            noun.lemma_.lower() not in event_nouns():
        return False
    thing = preposition.head
    verb = clause_head(trigger)
    if pos_of(thing) not in PS_PROPN_NOUN or thing.i == verb.i:
        return False
    if thing.dep == D_DOBJ and head_i(thing) == verb.i:
        return True
    return thing.dep == D_POBJ and thing.head.dep == D_PREP and head_i(thing.head) == verb.i


ATTENDING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.occasion_object_time")  # data/dating.yaml


def occasion_object_time(analysis: Analysis, index: TimeIndex, number: int, trigger: Token) -> bool:
    """ "told a 2014 Senate hearing that ...", "addressed a Friday rally", "attended the 2015 summit": the object of a
    verb of taking part in a gathering (attending it, speaking to it, leading it) is a gathering its own words date;
    the act is done while it goes on, so the gathering's time is the act's, as a setting phrase's is ("at a 2014
    hearing"). A verb of planning ("scheduled a 2025 summit") or of speaking of it ("praised the 2015 summit") is
    no part of it and is not listed. Rule dating.occasion_object_time."""
    found = _dated_noun_and_verb(analysis, index, number, trigger)
    if found is None:
        return False
    word, noun, verb = found
    return noun.dep in OBJECT_DEP_IDS and head_i(noun) == verb.i and verb.lemma_.lower() in ATTENDING_VERBS and \
        noun.lemma_.lower() in occasions.GATHERINGS and _in_the_phrase(word, noun)


def _dated_noun_and_verb(analysis: Analysis, index: TimeIndex, number: int,
                         trigger: Token) -> tuple[Token, Token, Token] | None:
    """The word a dated expression hangs on, the noun it belongs to (the head of its compound: "a 2014 Senate
    hearing") and the trigger's clause verb, for the rules that read a gathering or a happening as the verb's object;
    None when the expression hangs on no word or dates no day, month or year."""
    owner = index.noun_of.get(number, index.anchor_of.get(number))
    expression = analysis.times[number]
    if owner is None or expression.date is None or expression.precision not in DATED_PRECISIONS:
        return None
    word = analysis.doc[owner]
    return word, compound_head(word), clause_head(trigger)


def _in_the_phrase(word: Token, noun: Token) -> bool:
    """Whether the word a time hangs on leads up to `noun` through the noun's own phrase, with no clause of its own
    between ("a rally he planned in 2019" has one)."""
    while word.i != noun.i:
        if pos_of(word) in PS_VERB_AUX or head_i(word) == word.i:
            return False
        word = word.head
    return True


REACTION_CAUSE_RULE = "dating.effect_of_a_reaction"
REACTION_CAUSES = rule_words("detente.time", "data/dating.yaml", REACTION_CAUSE_RULE)  # data/dating.yaml
CAUSING_A_REACTION = frozenset(rule_entry("detente.time", "data/dating.yaml", REACTION_CAUSE_RULE)["causing"])
ABOUT_A_HAPPENING = frozenset(rule_entry("detente.time", "data/dating.yaml", REACTION_CAUSE_RULE)["prepositions"])


def reaction_cause_time(analysis: Analysis, trigger: Token) -> int | None:
    """The time of the happening a reaction was about, when that reaction is the subject of a verb of causing that
    tells the act as its effect ("Outrage over Friday's test led the allies to impose sanctions", "anger at Tuesday's
    killing prompted protesters to attack the embassy"): the reaction came after the happening, and the act after
    the reaction, so the act lies from that happening's time on (the caller bounds it so). Rule
    dating.effect_of_a_reaction."""
    if not REACTION_CAUSES:
        return None
    verb = clause_head(trigger)
    cause = verb.head if verb.dep == D_XCOMP and head_i(verb) != verb.i else verb
    if cause.lemma_.lower() not in CAUSING_A_REACTION:
        return None
    subject = next((c for c in dependents(cause) if c.dep == D_NSUBJ), None)
    if subject is None or subject.lemma_.lower() not in REACTION_CAUSES:
        return None
    for preposition in dependents(subject):
        if preposition.dep != D_PREP or preposition.lower_ not in ABOUT_A_HAPPENING:
            continue
        first, last = preposition.idx, preposition.right_edge.idx + len(preposition.right_edge)
        for number in time_index(analysis).dated:
            expression = analysis.times[number]
            if first <= expression.start and expression.end <= last and expression.date is not None:
                return number
    return None


BREACH_RULE = "dating.happening_as_means"
BREACHING_VERBS = rule_words("detente.time", "data/dating.yaml", BREACH_RULE)  # data/dating.yaml
MEANS_OF_A_HAPPENING = frozenset(rule_entry("detente.time", "data/dating.yaml", BREACH_RULE)["prepositions"])


def happening_as_means(analysis: Analysis, index: TimeIndex, number: int, trigger: Token) -> bool:
    """ "violated the ban with Friday's test", "broke the truce with an attack on Monday", "answered the blockade by a
    raid in May": a breach, a reply or a marking done by means of a happening its own words date is that happening,
    so it has its time; the happening is not an earlier one the act speaks of. Only verbs whose "with" or "by" names
    the deed that does them are listed ("charged him with Friday's murder" names the charge's topic). Rule
    dating.happening_as_means."""
    found = _dated_noun_and_verb(analysis, index, number, trigger)
    if found is None:
        return False
    word, noun, verb = found
    preposition = noun.head
    held = preposition.head  # the verb, or its object the parser hung the phrase on ("the embargo with ...")
    return noun.dep == D_POBJ and preposition.lower_ in MEANS_OF_A_HAPPENING and verb.i != noun.i and \
        (held.i == verb.i or held.dep == D_DOBJ and head_i(held) == verb.i) and \
        verb.lemma_.lower() in BREACHING_VERBS and noun.lemma_.lower() in event_nouns() and _in_the_phrase(word, noun)


OBJECT_DAY_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.day_on_the_object")


def day_on_the_object(analysis: Analysis, index: TimeIndex, number: int, trigger: Token) -> bool:
    """ "Japan stepped up pressure on China on Saturday", "the board signed the contract on Monday": a day in an "on"
    phrase the parser hung on the verb's object, a thing that is no happening, is when the act was done; a thing
    has no day of its own to be named by. An event noun object keeps its own ("criticized the vote on Monday" is
    dating.setting_of_the_object's or the noun's). Rule dating.day_on_the_object."""
    if index.noun_of.get(number) is not None:
        return False
    span = tokens_at(analysis.doc, analysis.times[number].start, analysis.times[number].end)
    if span is None or len(span) == 0 or span.start == 0:
        return False
    preposition = analysis.doc[span.start - 1]
    thing = preposition.head
    verb = clause_head(trigger)
    return preposition.lower_ in OBJECT_DAY_PREPOSITIONS and span.root.head.i == preposition.i and \
        thing.dep == D_DOBJ and head_i(thing) == verb.i and thing.i != verb.i and \
        pos_of(thing) == P_NOUN and thing.lemma_.lower() not in event_nouns() and \
        analysis.times[number].precision in ("day", "time")


TRIGGER_NOUN_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.setting_of_the_trigger_noun")


def setting_of_a_trigger_noun(noun: Token, trigger_tokens: set[int], trigger: Token) -> bool:
    """ "unleashed withering attacks on Rubio in Saturday's debate": an act told by a verb and its noun is done where
    that noun is; an "in" phrase on the noun, one of the trigger's own words, whose noun is a happening is the act's
    setting, and its day the act's (rule dating.setting_of_the_trigger_noun; "at" and "during" on an object are
    dating.setting_of_the_object's). An "in" phrase on any other noun ("condemned the deaths in Friday's attack")
    names another happening."""
    preposition = noun.head
    if noun.dep != D_POBJ or preposition.lower_ not in TRIGGER_NOUN_PREPOSITIONS or \
            noun.lemma_.lower() not in event_nouns():
        return False
    thing = preposition.head
    return thing.i in trigger_tokens and thing.i != clause_head(trigger).i and pos_of(thing) == P_NOUN


MEANS_PREPOSITIONS = {"by", "through", "while", "in"}  # "by deploying", "in doing so": the act done that way


def _time_holder(verb: Token) -> Token:
    for _ in range(4):
        if verb.dep == D_OPRD and verb.tag in TS_VBG_VBN and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and \
                is_on("dating.object_predicate") and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(verb)):
            verb = verb.head  # "were named accused in the complaint": what they were named is told in its verb's tense
            continue
        if verb.dep == D_PCOMP and verb.tag == T_VBG and verb.head.lower_ in MEANS_PREPOSITIONS and \
                pos_at(verb.head.doc, head_i(verb.head)) in PS_VERB_AUX and is_on("dating.gerund_of_means") and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)):
            verb = verb.head.head  # "made arrangements by deploying forces": the means is the act, at its time
            continue
        if verb.dep == D_CONJ and verb.tag == T_VBG and verb.head.tag == T_VBG and \
                verb.head.dep in DS_XCOMP_ADVCL and is_on("dating.participle_conjunct") and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(verb)):
            verb = verb.head  # "imposed sanctions, freezing assets and banning travel": the second participle too
            continue
        participle = verb.dep == D_CCOMP and verb.tag == T_VBG  # "seen Easter Day waving from a boat"
        if (verb.dep not in DS_XCOMP_ADVCL and not participle) or head_i(verb) == verb.i or \
                pos_at(verb.doc, head_i(verb)) not in PS_VERB_AUX:
            break
        at_once = any(c.dep in DS_MARK_ADVMOD and c.lower_ in lexicon()["simultaneous_marks"] for c in dependents(verb))
        if verb.dep == D_ADVCL and at_once and verb.lemma_.lower() not in STAND_IN_VERBS:
            verb = verb.head  # "was wounded at 9 p.m. while he waited at the gate": one moment for both
            continue
        if verb.tag not in TS_VB_VBG_VBN or any(c.dep in DS_NSUBJ_NSUBJPASS_MARK for c in dependents(verb)) or \
                perfect_participle(verb):
            break  # a finite clause, one opened by "after", "if", "because", or an earlier act: a time of its own
        verb = verb.head
    return verb


@kept_per_word(_time_holder)
def time_holder(verb: Token) -> Token:
    """The verb whose time a clause shares: a participle or infinitive with no subject of its own ("Responding
    to the raids, the navy on Thursday shelled ...", "was seen waving from a boat on May 2", "agreed on Friday to
    pay"), or a clause of the same moment ("as", "while", "when"), happens at the time of the verb it hangs on.
    Kept per document and word: the dating rules ask it of the same clause heads several times per trigger."""


QUESTIONED_PARTICIPLES = rule_words("detente.time", "data/dating.yaml", "dating.fronted_past_participle")


def earlier_participle(verb: Token) -> bool:
    """A past participle put before the main clause with no auxiliary ("Freed from house arrest six years ago, the
    opposition leader ...", "Elected in 2012, the president ...") tells an earlier act or the state it left, not what
    the doer was doing at the time of the main act, so neither takes the other's time; being asked or questioned
    ("Asked about the raid on Monday, the minister said") is the same telling (rule dating.fronted_past_participle).
    A perfect participle ("Having fought a primary eight years ago, she ...") is such an earlier act too
    (perfect_participle)."""
    if perfect_participle(verb):
        return True
    return verb.tag == T_VBN and verb.dep == D_ADVCL and verb.i < head_i(verb) and \
        bool(QUESTIONED_PARTICIPLES) and verb.lemma_.lower() not in QUESTIONED_PARTICIPLES and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb))


def perfect_participle(verb: Token) -> bool:
    """Whether the verb is a perfect participle hung on another clause ("Having fought a primary eight years ago, the
    president could ...", "..., having defeated the rebels in 2012"): the perfect tells an act done before the act of
    the clause it hangs on, so its time is its own and is not that clause's, and with no time of its own it lies some
    time up to that clause's time (frame_of_earlier_act). Rule dating.perfect_participle_before."""
    return verb.tag == T_VBN and verb.dep == D_ADVCL and head_i(verb) != verb.i and \
        any(c.dep == D_AUX and c.lower_ == "having" for c in dependents(verb)) and \
        is_on("dating.perfect_participle_before")


def belongs_elsewhere(analysis: Analysis, anchor: int | None, trigger: Token | None) -> bool:
    """An expression hanging on another clause's verb dates that clause, not this trigger.

    Verbs joined by "and" share their time ("met the leader and signed a deal in 2002").
    """
    if anchor is None or trigger is None or pos_at(analysis.doc, anchor) not in PS_VERB_AUX:
        return False
    verb = clause_head(analysis.doc[anchor])
    # "Freed from house arrest six years ago, the leader criticized ...": the participle's time is its own
    verb = verb if earlier_participle(verb) else time_holder(verb)
    own = time_holder(clause_head(trigger))
    if pos_of(verb) not in PS_VERB_AUX or verb.i == own.i:
        return False
    joined = (verb.dep == D_CONJ and head_i(verb) == own.i) or (own.dep == D_CONJ and head_i(own) == verb.i)
    if joined and verb.dep == D_CONJ and head_i(verb) == own.i and is_on("dating.conjunct_own_subject"):
        # "The senator refused to appear, and on Thursday the committee voted": a later clause with a doer of its own
        # tells another happening, whose time is its own and does not date the act told before it (a time told
        # first, "Thursday night was a rout, and delegates cheered", may still set the scene for what follows)
        joined = not any(c.dep in DS_NSUBJ_NSUBJPASS_EXPL for c in dependents(verb)) or \
            any(c.dep == D_ADVMOD and c.lower_ in CONJUNCT_TIES for c in dependents(verb))
    if joined and verb.dep == D_CONJ and verb.head.i == own.i and own_auxiliary(verb):
        joined = False
    return not joined


def own_auxiliary(later: Token) -> bool:
    """A later verb joined by "and" that says its auxiliary again ("was spotted near the house, and was found
    abandoned at the airport in December"): the writer tells a second predication of its own, with its own time, as a
    clause with a doer of its own does; one that leaves the auxiliary out ("was arrested and charged on Monday", "met
    the leader and signed a deal in 2002") shares the first verb's, and its time with it (the mirror of
    dating.gapped_conjunct). Only with the coordinator written before it: a verb the parser joins with none ("shot
    dead: a boy was shot dead on Wednesday night", a label before its sentence) is no second predication. Rule
    dating.conjunct_own_auxiliary."""
    return any(c.dep in DS_AUX_AUXPASS for c in dependents(later)) and is_on("dating.conjunct_own_auxiliary") and \
        any(c.dep == D_CC and c.i < later.i for c in dependents(later.head))


# words that tie a second clause's act to the first one's time ("and the army has since retaken it")
CONJUNCT_TIES = rule_words("detente.time", "data/dating.yaml", "dating.conjunct_own_subject")  # data/dating.yaml


def ahead_in_an_intended_act(analysis: Analysis, index: TimeIndex, number: int, trigger: Token | None,
                             published: date | None) -> bool:
    """Whether the expression is a time still to come inside a "to" infinitive that the trigger's clause governs
    ("is encouraging supporters to visit polling places on Election Day", "is urging residents to leave before
    Friday"): it is the intended act's own time, ahead of the verb that governs it, and never dates that verb. A time
    gone by may still be the governing act's ("pledged to reach at the talks in Paris last December", "worked to
    overhaul healthcare in the 1990s"). Rule dating.infinitive_own_time."""
    anchor = index.anchor_of.get(number)
    expression = analysis.times[number]
    if anchor is None or trigger is None or published is None or expression.date is None or \
            pos_of(trigger) not in PS_VERB_AUX or pos_at(analysis.doc, anchor) not in PS_VERB_AUX or \
            expression.date <= published.isoformat():
        return False  # an event noun is what the infinitive tells of: "construction is set to begin in 1991"
    own = clause_head(trigger)
    if verb_direction(own) >= 2 or verb_direction(time_holder(own)) >= 2:
        return False  # "will continue to be a drag through 1990", "is set to begin in 1991": ahead as well
    return intended_act(clause_head(analysis.doc[anchor]), own)


def intended_act(verb: Token, own: Token) -> bool:
    """Whether `verb` heads a "to" infinitive below the trigger's clause `own`."""
    if verb.i == own.i or verb.tag != T_VB or not is_on("dating.infinitive_own_time") or \
            not any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)):
        return False
    token = verb
    for _ in range(6):
        if head_i(token) == token.i:
            return False
        token = token.head
        if token.i == own.i:
            return True
    return False


def contradicts_tense(expression: TimeExpression, trigger: Token | None, published: date | None) -> bool:
    """A past-tense event cannot happen after publication, nor a "will" event before it."""
    if trigger is None or published is None or expression.date is None:
        return False
    verb = clause_head(trigger)
    direction = verb_direction(verb)
    first = date.fromisoformat(expression.date)
    last = date.fromisoformat(expression.date_end or expression.date)
    return (direction < 0 and first > published) or (direction >= 2 and last < published) or \
        (present_state(verb, direction) and (published - last).days > PRESENT_REACH)


PRESENT_REACH = 7  # days: news tells the week's happenings in the present too ("Clinton says Monday")


def present_state(verb: Token, direction: int) -> bool:
    """A verb in the simple present with no auxiliary ("recognizes", "wants", "calls for"): a state or stance held
    at the time of writing, which a time gone by before the story's week cannot date (rule
    dating.present_not_past)."""
    return direction == 1 and verb.tag in TS_VBZ_VBP and is_on("dating.present_not_past") and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb))


def nearest(analysis: Analysis, index: TimeIndex, sentence: int, start: int, end: int,
            trigger: Token | None = None) -> int | None:
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    published = publication_day(analysis)
    best, best_distance = None, None
    relative = clause_head(trigger) if trigger is not None else None
    if relative is not None and (relative.dep != D_RELCL or not is_on("dating.relative_clause_own_time")):
        relative = None
    for number in index.by_sentence.get(sentence, []):
        if relative is not None and not (relative.left_edge.idx <= analysis.times[number].start <
                                         relative.right_edge.idx + len(relative.right_edge)) and \
                pos_at(analysis.doc, index.anchor_of.get(number, relative.i)) in PS_VERB_AUX:
            continue  # "Christie, who has campaigned for Trump, blasted Clinton Wednesday": the main verb's time (a
            # time on a noun, "the 1951 convention, which most nations signed", may still be the clause's)
        if relative is not None and relative.i == trigger.i and \
                present_description_elsewhere(analysis, index, number, relative):  # (its verb; a noun in it may
            # be the described noun's happening: "the service, a rite that honours the dead with the lighting of")
            continue
        if belongs_elsewhere(analysis, index.anchor_of.get(number), trigger) or \
                noun_time_elsewhere(analysis, index, number, trigger):
            continue
        if ahead_in_an_intended_act(analysis, index, number, trigger, published):
            continue
        if owned_by_other_noun(analysis, index, number, trigger):
            continue
        if contradicts_tense(analysis.times[number], trigger, published):
            continue
        if names_a_thing(analysis, number, trigger) or recent_thing(analysis, number, trigger):
            continue
        expression = analysis.times[number]
        distance = max(expression.start - end, start - expression.end, 0)
        if best_distance is None or distance < best_distance:
            best, best_distance = number, distance
    return best


THING_MODIFIER_DEPS = frozenset({"nummod", "nmod", "compound", "amod"})
THING_MODIFIER_DEP_IDS = frozenset(get_string_id(label) for label in THING_MODIFIER_DEPS)


def names_a_thing(analysis: Analysis, number: int, trigger: Token | None) -> bool:
    """Whether the expression only qualifies a thing named by a noun after it, inside that noun's phrase ("the 1994
    crime bill", "2015 winner of the prize", "Sept. 11 conspiracy theories", "the 2014 climate assessment"), a noun
    that is no argument of the act: it says which thing, or when the thing was made, not when the act of the clause
    around it happened, so it is no nearest time for that act. An event noun's own date ("the March 3 bombing") is
    told apart already (owned_by_other_noun); the trigger's own phrase, the act's subject and object ("third-quarter
    earnings fell", "reported a fourth-quarter loss") and the noun a relative clause on it describes keep their time.
    Rule dating.named_thing_time."""
    if trigger is None or not is_on("dating.named_thing_time"):
        return False
    expression = analysis.times[number]
    if expression.value in VAGUE_REFERENCES or expression.precision not in DATED_PRECISIONS:
        return False  # "the recent tension": a happening told as recent, not a thing named by its date
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    noun = root.head
    if root.dep not in THING_MODIFIER_DEP_IDS or noun.i < span.end or pos_of(noun) not in PS_PROPN_NOUN or \
            noun.lemma_.lower() in event_nouns() or \
            any(c.dep == D_COMPOUND and (c.lemma_.lower() in event_nouns() or c.lower_ in event_nouns())
                for c in dependents(noun)):
        return False  # "the 1999 shooting death": a happening's date, told apart by the rules for event nouns
    if noun.i == trigger.i or noun.is_ancestor(trigger) or (pos_of(trigger) not in PS_VERB_AUX and
                                                           trigger.is_ancestor(noun)):
        return False  # the trigger's own phrase: "a drop in third-quarter income", "the 2015 [peace] accord"
    verb = clause_head(trigger)
    if noun.dep in ARGUMENT_DEP_IDS and head_i(noun) == verb.i and not known_thing_acted_on(noun):
        return False  # the act's own subject or object: "third-quarter earnings fell", "reported a fourth-quarter loss"
    if in_the_setting(noun, trigger):
        return False  # what the act took place in: "complimented the police during the recent tension"
    own = time_holder(verb)
    return not (own.dep in DS_RELCL_ACL and head_i(own) == noun.i)  # "the 1994 act, which he sponsored"


def recent_thing(analysis: Analysis, number: int, trigger: Token | None) -> bool:
    """Whether the expression is "recent" put before a noun that is not the act's own phrase nor the happening it
    took place in ("defended the charity against recent attacks", "was challenged over recent violence at his
    rallies"): it tells that the thing it names happened lately, not when the act of a clause told in the past
    happened, so it is no nearest time for that act, whose time the story may still give (the day the lead or the
    sentence before set). The act's own phrase keeps it ("her recent visit"), and so does its setting ("spoke
    during the recent unrest"); a past or modal act only: one told in the present shares the writer's "recent".
    Rule dating.recent_thing_not_time."""
    if trigger is None or not is_on("dating.recent_thing_not_time"):
        return False
    expression = analysis.times[number]
    if expression.value != "PAST_REF":
        return False
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) != 1 or span.root.dep != D_AMOD:
        return False
    noun = span.root.head
    if noun.i <= span.root.i or pos_of(noun) not in PS_PROPN_NOUN or noun.i == trigger.i or noun.is_ancestor(trigger) or \
            trigger.is_ancestor(noun) and pos_of(trigger) not in PS_VERB_AUX:
        return False  # the act's own phrase: "his recent visit to the border", "a recent visit he paid"
    if in_the_setting(noun, trigger) or setting_of_the_object(noun, trigger):
        return False  # "spoke during the recent unrest": the act's own occasion
    # a modal act ("said he would consider sending troops, after recent attacks") is not dated by it either
    return is_past(trigger) or any(c.tag == T_MD for c in dependents(time_holder(clause_head(trigger))))


NOUN_TIME_DEP_IDS = THING_MODIFIER_DEP_IDS | {get_string_id("poss")}  # "the 2012 trade deal", "Tuesday's vote"


def noun_time_elsewhere(analysis: Analysis, index: TimeIndex, number: int, trigger: Token | None) -> bool:
    """Whether the time is a modifier put before a noun ("the 2012 trade deal", "Tuesday's primary results") that
    another clause than the trigger's has ("endorsed the senator, thanking her for opposing the 2012 trade deal"):
    it says which thing or happening that clause acts on, and belongs to that clause as a time on its verb does
    (belongs_elsewhere); the trigger's own phrase and the nouns of its own clause keep it, and so does a time told
    from the writer's now ("recent", "today's"), which an act told in the present shares. Rule
    dating.noun_time_own_clause."""
    anchor = index.anchor_of.get(number)
    if anchor is None or trigger is None or not is_on("dating.noun_time_own_clause"):
        return False
    noun = analysis.doc[anchor]
    if pos_of(noun) not in PS_PROPN_NOUN or noun.i == trigger.i or noun.is_ancestor(trigger) or \
            (trigger.is_ancestor(noun) and pos_of(trigger) not in PS_VERB_AUX):
        return False
    expression = analysis.times[number]
    if expression.value in VAGUE_REFERENCES or _writers_day_word(expression.text):
        return False  # "the recent disturbances", "today's earnings report": told from the writer's now, the act's too
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0 or span.root.head.i != noun.i or span.root.dep not in NOUN_TIME_DEP_IDS or \
            span.end > noun.i:
        return False  # (a time after its noun, "the talks in May", hangs where the parser put it: no sure owner)
    verb = clause_head(noun)
    return verb.i != noun.i and belongs_elsewhere(analysis, verb.i, trigger)


@cache
def _writers_day_words() -> frozenset[str]:
    """The words that name the day of writing by pointing at it ("today", "tonight": data/lexicon.yaml day_offsets)."""
    return frozenset(word for word, offset in lexicon()["day_offsets"].items() if offset == 0)


def _writers_day_word(text: str) -> bool:
    """Whether a time is the day of writing named by pointing at it ("today's earnings report")."""
    return text.lower().removesuffix("'s").removesuffix("\u2019s") in _writers_day_words()


OBJECT_DEPS = frozenset({"dobj", "dative"})
OBJECT_DEP_IDS = frozenset(get_string_id(label) for label in OBJECT_DEPS)


def known_thing_acted_on(noun: Token) -> bool:
    """Whether a dated object names a thing that was there before the act, one the text points at as known by a
    possessive or a definite article ("is auditing her 2019 returns", "reviewed the 2018 accounts", "praised the
    author's 2005 best seller"): the date says which thing, made or meant for that time; the act on it is later. An
    indefinite object ("reported a third-quarter loss", "posted record 2019 sales") is what the act tells or brings
    about, of that period, and keeps the date. Rule dating.known_thing_object."""
    if noun.dep not in OBJECT_DEP_IDS or not is_on("dating.known_thing_object"):
        return False
    lemma = noun.head.lemma_.lower()
    if lemma in TOPIC_VERBS or lemma in SPEECH or lemma in REVIEW_VERBS:
        return False  # "denounced the 2015 deal", "upheld the 2013 repeal": spoken of or reviewed after that time, a
        # bound the rules dating.topic_not_time and dating.review_not_time give
    return any(c.dep == D_POSS or (c.dep == D_DET and c.lower_ in KNOWN_THING_DETERMINERS) for c in dependents(noun))


KNOWN_THING_DETERMINERS = rule_words("detente.time", "data/dating.yaml", "dating.known_thing_object")


def borrowed_from_governor(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression hangs on a verb that governs the trigger's clause from above ("on Friday ... pledged
    to impose sanctions", "announced plans this week to give"): its time is that verb's act, which an act still to
    come or only possible does not share (rule dating.not_yet_borrowed)."""
    anchor = time_index(analysis).anchor_of.get(number)
    if anchor is None or pos_at(analysis.doc, anchor) not in PS_VERB_AUX:
        return False
    governor = clause_head(analysis.doc[anchor])
    token = clause_head(trigger)
    if governor.i == token.i:
        return False
    for _ in range(8):
        if head_i(token) == token.i:
            return False
        if token.dep == D_CONJ and head_i(token) == governor.i:
            return True  # "made a condemnation on Friday and pledged to impose": the pledge shares Friday
        token = token.head
        if token.i == governor.i:
            return True
    return False


def sets_the_scene(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether an expression dates its clause ("In 2002, the envoy went ..."), so that it can set the time of
    the sentences after it; a date that only qualifies a name or sits in brackets ("the Russo-Japanese War
    (1904-1905)") says nothing about when the next sentence's act happened."""
    found = index.scene.get(number)
    if found is None:
        found = index.scene[number] = _sets_the_scene(analysis, index, number)
    return found


def _sets_the_scene(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    expression = analysis.times[number]
    if analysis.document.text[max(0, expression.start - 1):expression.start] == "(":
        return False
    if analysis.document.text[max(0, expression.start - 6):expression.start].lower().strip() == "since" and \
            is_on("dating.subordinator_preposition"):
        return False  # "had been stationed there since 2014": a span up to now, no time the next sentences are set in
    if number in index.noun_of:
        return fronted(analysis, number)  # "At the summit in 2002, ..." sets the scene; "the 2002 summit" not
    span = tokens_at(analysis.doc, expression.start, expression.end)
    # span.sent.start, from the analysis's sentences (Span.sent walks to both ends of the sentence)
    if span is not None and len(span) and all(pos_of(t) in PS_ADP_PUNCT_CCONJ_ADV_SPACE for t in analysis.doc[
            analysis.sentences[analysis.sentence_index(span.start_char)].start:span.start]):
        return True  # it opens its sentence: "In 2002, ...", "Years ago, ..."
    if LASTING_VALUE.match(expression.value) and is_on("dating.lasting_no_scene") and \
            analysis.document.text[max(0, expression.start - 5):expression.start].lower().strip() == "for":
        return False  # "had served in the unit for the past five years": how long a state lasted, not when acts happen
    if told_from_the_day_before(expression.text):
        return False  # "remarks she gave the night before": it dates its own clause, not the story's next acts
    anchor = index.anchor_of.get(number)
    # a time in a comparison ("clashed on Thursday, as they did in a debate last week") is the compared act's
    return anchor is not None and pos_at(analysis.doc, anchor) in PS_VERB_AUX and \
        not in_a_comparison(analysis, number, analysis.doc[anchor])


LASTING_VALUE = re.compile(r"P(?:\d|X|T)")  # "P5Y", "PXY", "PT6H": a length; not "PRESENT_REF" or "PAST_REF"
DAY_PART_PATTERN = "time.anaphoric_day_part"  # time/data/patterns.yaml


@lru_cache(maxsize=4096)
def told_from_the_day_before(text: str) -> bool:
    """Whether the expression is a part of a day told from a day named just before it ("the next morning", "later
    that night"): inside a sentence it qualifies its own clause, often a side happening; it sets the time of the
    story's next sentences only when it opens its own (rule time.anaphoric_day_part)."""
    from detente.time.extract import pattern_of  # (extract reads the patterns; dating is read before it)

    pattern = pattern_of(DAY_PART_PATTERN)
    return pattern is not None and pattern.fullmatch(text) is not None


AIMING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.aimed_time_no_scene")  # data/dating.yaml


def aimed_at(verb: Token) -> bool:
    """Whether the verb is an infinitive that a verb of urging or intending aims at ("urged voters to turn out on
    Election Day", "vowed to retake the town by March"): its time is that of an act not told as done, at which the
    story's past narration does not go on; nor does it say where the narration stands, so the acts told after it take
    no reference time from the story (rule dating.aimed_time_no_scene, read by discourse._can_refer)."""
    if verb.tag != T_VB or verb.dep not in DS_XCOMP_CCOMP_ADVCL or \
            not any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)):
        return False
    return verb.head.lemma_.lower() in AIMING_VERBS and is_on("dating.aimed_time_no_scene")


def past_clause_noun(root: Token) -> bool:
    """An event noun in a clause told in the past ("over 90 minutes of tense negotiations, they extracted a deal")
    has that clause's tense: it takes the setting of its paragraph as a past verb does. Rule
    dating.noun_in_a_past_setting."""
    if pos_of(root) != P_NOUN or not is_on("dating.noun_in_a_past_setting"):
        return False
    verb = clause_head(root)
    return verb.i != root.i and pos_of(verb) in PS_VERB_AUX and is_past(verb)


def setting(analysis: Analysis, index: TimeIndex, sentence: int) -> int | None:
    """The latest explicit date, or a historical one ("decades ago"), that dates a clause earlier in the same
    paragraph."""
    paragraphs = index.paragraph_of_sentence
    if sentence >= len(paragraphs):
        return None
    for earlier in range(sentence - 1, -1, -1):
        if paragraphs[earlier] != paragraphs[sentence]:
            break
        for number in reversed(index.by_sentence.get(earlier, [])):
            expression = analysis.times[number]
            if (basis_of(analysis, number) == "explicit" or
                    is_historical(expression.date_end or expression.date, analysis.document.published)) and \
                    sets_the_scene(analysis, index, number):
                return number
    return None


def of_the_noun(analysis: Analysis, index: TimeIndex, trigger: Token) -> int | None:
    """A relative clause on a dated event noun happens then: "the 2015 bombing that killed nine people"."""
    verb = clause_head(trigger)
    while verb.dep == D_CONJ and head_i(verb) != verb.i and not any(c.dep in DS_NSUBJ_NSUBJPASS
                                                                    for c in dependents(verb)):
        verb = clause_head(verb.head)  # "the bombing that killed an officer and maimed a nurse"
    if verb.dep != D_RELCL or head_i(verb) == verb.i:
        return None
    if is_on("dating.noun_content_clause") and any(c.dep == D_MARK for c in dependents(verb)):
        return None  # "told a 2019 hearing that the rebels had attacked": the words said there, no relative clause
    noun = verb.head
    if noun.lemma_.lower() not in event_nouns() and noun.dep == D_POBJ and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in event_nouns():
        noun = noun.head.head  # "the 1998 bombing of a clinic that killed an officer": the clinic killed no one
    dated = set(index.dated)
    for number in dated:
        expression = analysis.times[number]
        if number in index.noun_of and expression.start <= noun.idx < expression.end:
            return number  # "a bomb blast on January 3 that killed 100": the clause parsed onto the date
    for number, owner in index.noun_of.items():
        if owner == noun.i and number in dated:
            return number
    for number, anchor in index.anchor_of.items():
        if anchor == noun.i and number in dated and noun.lemma_.lower() in event_nouns():
            return number  # "the attack on Friday that killed ...": parsed onto the noun
    return None


RELATIVE_SUBJECTS = rule_words("detente.time", "data/words.yaml", "relative_subjects")  # data/words.yaml


def described_when(analysis: Analysis, index: TimeIndex, trigger: Token) -> int | None:
    """An event noun whose own clause dates it: "sniper shootings that injured doctors in November", "a summit
    set for April", "a service planned for Saturday". Only when the noun is the clause's doer or what the
    participle is said of, not its object ("the attack that the minister condemned on Friday" was earlier)."""
    if pos_of(trigger) != P_NOUN:
        return None  # the noun is an event trigger: the caller asks about it as one
    for clause in dependents(trigger):
        if clause.dep == D_RELCL:
            if not any(c.dep in DS_NSUBJ_NSUBJPASS and c.lower_ in RELATIVE_SUBJECTS for c in dependents(clause)):
                continue
        elif not (clause.dep == D_ACL and clause.tag == T_VBN):
            continue
        own = clause_tokens_down(clause)
        for number in index.dated:
            if index.anchor_of.get(number) in own:
                return number
    return None


def clause_tokens_down(verb: Token) -> set[int]:
    """The verb and the words of its clause that a time can hang on (not inside a clause under it)."""
    seen = {verb.i}
    stack = [c for c in dependents(verb) if c.dep not in CLAUSE_DEP_IDS]
    while stack:
        token = stack.pop()
        seen.add(token.i)
        stack.extend(c for c in dependents(token) if c.dep not in CLAUSE_DEP_IDS)
    return seen


def when_clause(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The time a "when" clause names: "results in 2010 when both countries clashed" dates the clash to 2010,
    whatever verb the parser hung the clause on."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    verb = clause_head(trigger)
    when = next((c for c in dependents(verb) if c.lower_ == "when" and c.dep == D_ADVMOD and c.i < verb.i), None)
    if when is None or when.i == 0:
        return None
    before = analysis.doc[when.i - 1]
    if before.text == "," and before.i > 0:
        before = analysis.doc[before.i - 1]
    for number in index.by_sentence.get(sentence, []):
        expression = analysis.times[number]
        if expression.start <= before.idx < expression.end or index.noun_of.get(number) == before.i:
            return number  # "in 2010, when ...", "after this week's debate, when ...": the noun's own time
    return None


PHRASE_DEPS = ("prep", "npadvmod", "advmod")
PHRASE_DEP_IDS = frozenset(get_string_id(label) for label in PHRASE_DEPS)


def fronted(analysis: Analysis, number: int) -> bool:
    """Whether the expression sits in a phrase put before the main clause ("In 2014, ...", "At the summit in
    2002, ...", "Two years later, ..."): such a phrase sets the time of the whole sentence, its side clauses
    included. A time inside a relative clause of that phrase ("Unlike his rival, who visited China last year, the
    senator ...") tells when that clause's act happened, about its own noun, and sets no time for the sentence
    (rule dating.fronted_relative_own_time). Kept per parse and expression span (the discourse rules ask it for each trigger; it reads the parse
    alone)."""
    expression = analysis.times[number]
    held = once_per_doc(analysis.doc, "dating.fronted", _new_table)
    key = (expression.start, expression.end)
    found = held.get(key)
    if found is None:
        found = held[key] = _fronted(analysis, expression)
    return found


def _new_table(_: object) -> dict:
    return {}


def _fronted(analysis: Analysis, expression: TimeExpression) -> bool:
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return False
    sentence = analysis.sentences[analysis.sentence_index(span.start_char)]  # span.sent, without walking it
    if span.end > sentence.end:
        sentence = span.sent  # an expression the sentence split runs across: spaCy's span of both
    token = span.root
    top = sentence.root.i  # read once: Span.root walks the sentence
    while head_i(token) != token.i and head_i(token) != top and \
            not (token.dep in PHRASE_DEP_IDS and pos_at(token.doc, head_i(token)) in PS_VERB_AUX and head_i(token) > token.i):
        if token.dep == D_RELCL and pos_of(token) in PS_VERB_AUX and is_on("dating.fronted_relative_own_time"):
            return False  # "Unlike his rival, who visited China last year, ...": that clause's own time
        token = token.head  # up to the phrase: on the main verb, or on the first verb after it when the parser
        # made the main clause a side clause ("During the quarter, the company charged ..., added ...")
    if head_i(token) == token.i or token.i >= head_i(token) or token.dep not in PHRASE_DEP_IDS:
        return False
    # the sentence's first word that is not punctuation, or a conjunction or adverb before the phrase
    opening = next((t for t in sentence if not (t.is_punct or t.is_space or
                                                (t.i < token.left_edge.i and pos_of(t) in PS_CCONJ_ADV))), None)
    after = token.right_edge.i + 1
    return opening is not None and token.left_edge.i == opening.i and after < len(analysis.doc) and \
        analysis.doc[after].text == ","


def framed_by(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The fronted expression of the trigger's sentence, for a trigger in that sentence's own telling: not in
    words reported from someone else (which keep their own time), nor told in the past perfect or the
    future (which point before or after it), nor a participle that only describes ("nationals detained in
    the North")."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    token = clause_head(trigger)
    for _ in range(12):
        if head_i(token) == token.i:
            break
        if token.dep in DS_CCOMP_PARATAXIS and told_content(clause_head(token.head)):
            return None
        token = clause_head(token.head)
    own = clause_head(trigger)
    if own.dep == D_ACL and own.tag in TS_VBG_VBN and not any(c.dep_.startswith("aux") for c in dependents(own)):
        return None
    if verb_direction(own) >= 2 or any(c.norm_ in ("had", "'d") and c.tag == T_VBD for c in dependents(own)):
        return None
    for number in index.by_sentence.get(sentence, []):
        if fronted(analysis, number):
            return number
    return None




def told_content(verb: Token) -> bool:
    """Whether a clause under this verb is words reported or thought, which a fronted time of the sentence does not
    reach: the framing verbs ("said", "believed"), and any verb of telling whose clause is what it told ("described
    how hackers broke in", "confirmed that police arrested three men"): the telling's time is when it was told, the
    act told keeps its own time, or lies up to the telling (rule dating.told_content_frame)."""
    lemma = verb.lemma_.lower()
    return lemma in FRAMING or (lemma in SPEECH and is_on("dating.told_content_frame"))


def reporting_verb(trigger: Token) -> Token | None:
    """The verb of saying whose reported words hold the trigger's clause ("said Thursday that France is willing
    to mediate"), when that clause tells a present state or stance, or an act in the present perfect ("has
    decided to admit them, an official said Wednesday"), rather than an act of a time of its own."""
    own = time_holder(clause_head(trigger))
    if own.dep not in DS_CCOMP_PARATAXIS or head_i(own) == own.i:
        return None
    verb = clause_head(own.head)
    if verb.lemma_.lower() not in FRAMING:
        return None
    auxes = [c for c in dependents(own) if c.dep in DS_AUX_AUXPASS]
    present_perfect = any(c.lemma == L_HAVE and c.tag in TS_VBZ_VBP for c in auxes)
    stance = own.lemma == L_BE or any(c.dep == D_ACOMP for c in dependents(own))  # "is ready to"; not "rebels attack"
    return verb if (stance and verb_direction(own) in (1, 2)) or present_perfect else None


def said_when(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A stance reported in the present ("she is ready to meet", "France is willing to mediate") is held when it
    is said: it takes the time of the verb of saying ("said Thursday", "told reporters on Friday")."""
    if not index.by_sentence.get(sentence):
        return None  # no dated expression in the sentence: none to find (the rest reads only those)
    verb = reporting_verb(trigger)
    if verb is None:
        return None
    return governing(analysis, index, sentence, {verb.i}, clause_tokens(verb), verb)


DEFINITE = rule_words("detente.time", "data/words.yaml", "definite_determiners")  # data/words.yaml


def told_before(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The date given where the same happening or statement was first told: a definite event noun ("the
    bombing") refers back to the dated one before it ("a bombing on August 7"), and a speaker's undated verb
    of saying ("Solana added") continues the statement dated earlier ("Solana said on Friday")."""
    if not dated_before(index, sentence):
        return None  # nothing dated before the sentence: every reading below looks only there
    doc = analysis.doc
    if pos_of(trigger) == P_NOUN and any((c.dep == D_DET and c.lower_ in DEFINITE) or c.dep == D_POSS
                                      for c in dependents(trigger)):
        names = place_names(trigger)
        for number in reversed(dated_before(index, sentence)):
            owner = index.noun_of.get(number, index.anchor_of.get(number))
            if owner is not None and names_the_happening(happening_of(doc[owner]), trigger.lemma_.lower()) and \
                    named_there(doc[owner], names):
                return number
        return None
    if pos_of(trigger) == P_VERB and trigger.lemma_.lower() not in FRAMING:
        return told_again(analysis, index, sentence, trigger)
    if pos_of(trigger) != P_VERB:
        return None
    speaker = speaker_of(trigger)
    if speaker is None:
        return None
    for number in reversed(dated_before(index, sentence)):
        anchor = index.anchor_of.get(number)
        verb = doc[anchor] if anchor is not None else None
        if verb is not None and pos_of(verb) == P_VERB and verb.lemma_.lower() in FRAMING:
            earlier = speaker_of(verb)
            if earlier is not None and earlier.lower_ == speaker.lower_:
                return number
    return None


PLACE_NAMES = frozenset(get_string_id(label) for label in ("GPE", "LOC", "FAC", "ORG"))


def place_names(noun: Token) -> list[str]:
    """The names that tell which happening a definite event noun means ("the Madrid bombing", "the Harbin
    riot"): its capitalised compound or adjectival modifiers the entity tagger marks as a place or an
    organisation (it takes some towns for one, and for an adjective). Not a person ("the Smith shooting": a
    participant the story may name only after dating the happening), nor a name the tagger does not place, a
    nation's adjective ("the Russian hacking": the doer, told as "Russia" elsewhere) or a time ("the Monday
    attack")."""
    if not is_on("dating.named_back_reference"):
        return []
    return [c.lower_ for c in dependents(noun) if c.dep in DS_AMOD_COMPOUND_NMOD and c.is_title and
            c.ent_type in PLACE_NAMES]


def named_there(earlier: Token, names: list[str]) -> bool:
    """Whether an earlier dated mention may tell the happening a noun with place names refers back to: "the Madrid
    bombing" is not "a bombing in March, when militants struck a market in Lyon", told between the news of the
    Madrid bombing and the noun: a mention whose clause names other places and not the noun's tells another
    happening (rule dating.named_back_reference). One that names no place ("once anger over the Friday riots
    faded") may still be the story's own happening, its place told elsewhere; a noun without names matches any."""
    if not names:
        return True
    places = [word for word in clause_head(earlier).subtree if word.ent_type in PLACE_NAMES and word.is_title]
    return not places or any(word.lower_ in names for word in places)


TOLD_AGAIN_REACH = 2  # sentences back: a happening named by a dated noun is told again in the lines right after it


def told_again(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A past verb that tells again the happening a dated event noun just named takes that noun's time, not the
    time of the act the sentence before was about: "Police released video on Monday of last week's shooting. The
    man was shot and killed by an officer." (the shooting's week, not Monday's release). The noun must be of the
    verb's own family (shoot - shooting, attack - raid) and lie in the two sentences before. Rule
    dating.told_again."""
    if not is_on("dating.told_again") or not is_past(trigger):
        return None
    doc = analysis.doc
    for number in reversed(dated_before(index, sentence)):
        if sentence - index.sentence_of[number] > TOLD_AGAIN_REACH:
            return None
        noun = index.noun_of.get(number)
        if noun is not None and pos_at(doc, noun) == P_NOUN and names_the_happening(trigger, doc[noun].lemma_.lower()):
            return number
    return None


TOLD_AFTER_REACH = 6  # sentences ahead: a later line of the story that gives the day of a happening told first
HAPPEN_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.told_after")  # "it happened on Friday"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def told_after(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> tuple[int | None, str]:
    """A past act told first with no time of its own takes the time a later sentence gives the same happening: a
    definite or possessive event noun of its family dated in its own words ("A man was beaten by guards. The
    beating, which happened on Thursday, ..."), or a verb of its family done to the same patient ("Deputies shot a
    driver. The driver, who was killed Friday, ..."). The story names the happening first and dates it after; the
    later time is the act's own, narrower than "some time up to the day of writing". Not a time still to come, not
    a present perfect (it tells acts up to now, often a tally: "200 soldiers have been killed"), and not where the
    two tellings name different doers, patients or counts ("killed three soldiers"). A noun that caused what its
    verb's time dates ("The shooting prompted protests on Tuesday") bounds the act: up to that time ('told cause',
    rule dating.cause_before_effect). Rule dating.told_after."""
    if pos_of(trigger) == P_NOUN and is_on("dating.told_after"):
        found = _named_then_told(analysis, index, sentence, trigger)
        if found is None:
            found = _named_then_dated(analysis, index, sentence, trigger)
        return (found, "told after") if found is not None else (None, "none")
    later = dated_between(index, sentence, sentence + TOLD_AFTER_REACH + 1)
    if not later or not is_on("dating.told_after") or pos_of(trigger) != P_VERB or trigger.lemma_.lower() in FRAMING or \
            not is_past(trigger) or not told_in_the_narrative_past(clause_head(trigger)):
        return None, "none"  # (no dated expression in the sentences ahead: nothing to read the act's words against)
    doc = analysis.doc
    pos = doc_arrays(doc).pos  # parts of speech by number, as `Token.pos` gives them (no enum made per read)
    published = (analysis.document.published or "")[:10]
    patient = _patient_word(trigger)
    for number in later:
        expression = analysis.times[number]
        if published and (expression.date or "")[:10] > published:
            continue  # a time still to come is no past happening's
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is None:
            continue
        owning = doc[owner]  # one Token for the checks below (each `doc[owner]` made a new one)
        owner_pos = pos[owner]
        adjacent = index.sentence_of[number] == sentence + 1
        if FOLLOW_UP_VERBS and index.noun_of.get(number) == owner and owner_pos == P_NOUN and \
                _refers_back(owning) and _tells_the_act(trigger, owning, adjacent) and \
                _same_patient(patient, _noun_patient(owning)):
            return number, "told after"  # "The endorsement last month surprised party leaders": the noun's own time
        if remarks_told_after(analysis, index, sentence, trigger, number, owning):
            return number, "told after"  # "The senator accused the governor of lying. The remarks came on Friday."
        word = happening_of(owning)
        if FOLLOW_UP_VERBS and word.dep == D_POBJ and word.head.dep == D_PREP and \
                pos_at(word.head.doc, head_i(word.head)) in PS_VERB_AUX and _happening_verb(word.head.head):
            word = word.head.head  # "Her remarks came in a radio interview on Monday": the time of the coming
        if word.lemma == L_BE and pos_of(word) in PS_VERB_AUX and _own_time(analysis, word, number):
            if _follow_up_copula(analysis, index, sentence, number, trigger, word, patient):
                return number, "told after"  # "They met in Ankara. That was in February." (rule dating.follow_up_copula)
            continue
        if adjacent and _did_so(analysis, sentence, number, trigger, word):
            return number, "told after"  # "She criticized the plan. She did so in a speech last week."
        if pos_of(word) in PS_VERB_AUX and _happening_verb(word) and _own_time(analysis, word, number):
            # "the beating, which happened on Thursday", "the raid was carried out on Tuesday": the happening is what
            # happened or what was done
            happened = _happened(word)
            if FOLLOW_UP_VERBS and happened is not None and happened.dep == D_DOBJ and not _same_doer(trigger, word):
                continue  # "The governor made the same accusation last month": another doer's act
            word = happened
        if word is None or word.i == trigger.i:
            continue
        if pos_of(word) == P_NOUN and _refers_back(word) and _tells_the_act(trigger, word, adjacent) and \
                _same_patient(patient, _noun_patient(word)):
            return number, "told after"
        if pos_of(word) == P_VERB and is_past(word) and _one_family(trigger, word) and patient is not None and \
                _own_time(analysis, word, number) and _same_doer(trigger, word):
            other = _patient_word(word)
            if other is not None and other.lemma_.lower() == patient.lemma_.lower() and _same_count(patient, other):
                return number, "told after"
        effect = owning if owner_pos in PS_VERB_AUX else clause_head(owning)
        causing = next((c for c in dependents(effect) if c.dep == D_NSUBJ), None) \
            if pos_of(effect) in PS_VERB_AUX else None
        if causing is not None and pos_of(causing) == P_NOUN and cause_of_the_verb(causing) is not None and \
                _refers_back(causing) and _names_the_act(trigger, causing.lemma_.lower()) and \
                _same_patient(patient, _noun_patient(causing)):
            return number, "told cause"  # "A man was shot. The shooting prompted protests Tuesday night."
    return None, "none"


FOLLOW_UP_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.follow_up_time")  # data/dating.yaml


def _happening_verb(verb: Token) -> bool:
    """A verb that tells only that a happening took place: dating.told_after's words, and dating.follow_up_time's
    ("the talks were held on March 4", "the endorsement came on Tuesday", "the meeting took place last month")."""
    lemma = verb.lemma_.lower()
    return lemma in HAPPEN_VERBS or any(entry.partition(" ")[0] == lemma for entry in FOLLOW_UP_VERBS)


def _happened(verb: Token) -> Token | None:
    """The happening a verb of taking place tells of: what was done ("the raid was carried out"), else its subject
    ("the beating happened"); the object of a light verb listed with it ("took place") is part of the verb, not what
    was done, so the subject is the happening (rule dating.follow_up_time)."""
    lemma = verb.lemma_.lower()
    if FOLLOW_UP_VERBS and verb.dep == D_ACL and verb.tag == T_VBN and head_i(verb) != verb.i:
        return verb.head  # "The meeting, held last week, ...": the noun the participle describes
    light = {entry.partition(" ")[2] for entry in FOLLOW_UP_VERBS if entry.partition(" ")[0] == lemma} - {""}
    if light and any(c.dep == D_DOBJ and c.lemma_.lower() in light for c in dependents(verb)):
        return _relative_head(subject_of(verb))
    return _patient_word(verb) or _relative_head(subject_of(verb))


def _tells_the_act(verb: Token, noun: Token, adjacent: bool = False) -> bool:
    """Whether a definite event noun told after a verb names the verb's act: its -ing noun or one of its family
    (_names_the_act), or, under rule dating.follow_up_time, a noun the codebook codes as the same kind of act
    ("endorsed" / "the endorsement", "accused" / "the accusation"), a word of few senses each; a noun of words said
    ("the remarks", "those comments") for an act done in words; and, in the sentence right after, a noun of any act
    ("the move", "the decision"), which points back at the act just told."""
    lemma = noun.lemma_.lower()
    if _names_the_act(verb, lemma):
        return True
    if not FOLLOW_UP_VERBS:
        return False
    from detente.time.discourse import _speech_act, act_types  # (discourse builds on this module)

    if act_types(verb) & act_types(noun):
        return True
    if not adjacent:
        return False  # a looser name points back only at the act just told
    entry = rule_entry("detente.time", "data/dating.yaml", "dating.follow_up_time")
    if lemma in entry["said_nouns"] or noun.lower_ in entry["said_nouns"]:
        return _speech_act(verb)
    return lemma in entry["act_nouns"] or lemma in HAPPENING_NOUNS


# general nouns of a happening ("the incident", "the episode"): in the very next sentence, they point back at the act
# just told, as "the move" does (rule dating.follow_up_happening_noun)
HAPPENING_NOUNS = rule_words("detente.time", "data/dating.yaml", "dating.follow_up_happening_noun")


DID_SO = rule_words("detente.time", "data/dating.yaml", "dating.follow_up_did_so")  # data/dating.yaml


def _did_so(analysis: Analysis, sentence: int, number: int, trigger: Token, owner: Token) -> bool:
    """Whether the sentence right after the act says when its doer did it again in other words: "She criticized the
    plan. She did so in a speech last week." - "do" with "so" (or "it", "that") stands for the act just told, whose
    main verb the trigger is, by the same doer (a pronoun, or a word of its name or title). Rule
    dating.follow_up_did_so."""
    verb = owner if pos_of(owner) in PS_VERB_AUX else clause_head(owner)
    if verb.lemma_.lower() != "do" or not DID_SO or \
            not any(c.lower_ in DID_SO and c.dep in DS_ADVMOD_DOBJ for c in dependents(verb)):
        return False
    if not _own_time(analysis, verb, number) or verb.i != analysis.sentences[sentence + 1].root.i:
        return False
    if time_holder(clause_head(trigger)).i != analysis.sentences[sentence].root.i:
        return False
    from detente.time.discourse import same_doer  # (discourse builds on this module)

    return same_doer(verb, clause_head(trigger))


def _named_then_told(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """The time the next sentence gives, in a verb of the same kind of act by the same doer, to an act a possessive
    event noun named first ("Okafor's accusation that the board hid its losses set off a row. At a rally on Tuesday
    night, Okafor mocked its chairman."): a lead names the act, then tells it and when. The doer is the noun's possessor
    (a name), the verb's subject must share a word of it, and the verb's time must be its own. Rule
    dating.follow_up_time."""
    if not FOLLOW_UP_VERBS:
        return None
    possessor = next((c for c in dependents(noun) if c.dep == D_POSS and pos_of(c) == P_PROPN), None)
    if possessor is None:
        return None
    from detente.time.discourse import act_types  # (discourse builds on this module)

    kinds = act_types(noun)
    if not kinds:
        return None
    names = {possessor.lower_} | {c.lower_ for c in dependents(possessor) if c.dep == D_COMPOUND}
    if sentence + 1 >= len(analysis.sentences) or not index.by_sentence.get(sentence + 1):
        return None
    published = (analysis.document.published or "")[:10]
    for verb in analysis.sentences[sentence + 1]:
        if pos_of(verb) != P_VERB or verb.lemma_.lower() in FRAMING or not is_past(verb) or \
                not kinds & act_types(verb):
            continue
        subject = subject_of(verb)
        if subject is None or not ({subject.lower_} | {c.lower_ for c in dependents(subject)
                                                       if c.dep == D_COMPOUND}) & names:
            continue
        if not own_time_possible(analysis, index, verb):
            continue  # no time of its own sentence's syntax (as below, without working the verb's time out)
        number, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
        if number is not None and how in SENTENCE_TIES and index.sentence_of[number] == sentence + 1 and \
                not (published and (analysis.times[number].date or "")[:10] > published):
            return number
    return None


def _named_then_dated(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """The time the very next sentence gives, on a definite singular event noun of the same family, to a happening
    a definite event noun named first with no time ("... hunting the gunmen behind the attack on the train. The
    massacre last Wednesday left nine dead."): a lead names the happening, then dates it in another word for it. Only
    a time gone by (a past happening's), and only when that sentence dates no other noun of the family on another
    day. Rule dating.happening_dated_after."""
    if not is_on(DATED_AFTER_RULE) or noun.tag == T_NNS or not _refers_back(noun):
        return None
    lemma = noun.lemma_.lower()
    if lemma not in event_nouns() or lemma not in noun_families() or \
            any(index.noun_of.get(n) == noun.i for n in index.by_sentence.get(sentence, [])):
        return None
    published = (analysis.document.published or "")[:10]
    times = analysis.times
    found = []
    for number in index.by_sentence.get(sentence + 1, []):
        named = _dated_noun(analysis, index, number)
        if named is not None and named.tag != T_NNS and _refers_back(named) and \
                same_family(named.lemma_.lower(), lemma):
            found.append(number)
    if len({(times[n].date, times[n].date_end) for n in found}) != 1 or times[found[0]].date is None or \
            (published and (times[found[0]].date or "")[:10] > published):
        return None
    return found[0]


def _dated_noun(analysis: Analysis, index: TimeIndex, number: int) -> Token | None:
    """The event noun a dated expression gives the time of: the noun it hangs on ("the massacre on Wednesday"), or the
    subject of the verb it hangs on when it stands between the two ("The massacre last Wednesday left nine dead") or
    the verb only tells that the subject took place ("The massacre happened on Wednesday")."""
    doc = analysis.doc
    owner = index.noun_of.get(number, index.anchor_of.get(number))
    if owner is None:
        return None
    word = doc[owner]
    if word.pos == P_NOUN:
        return word
    if word.pos not in PS_VERB_AUX:
        return None
    subject = next((c for c in dependents(word) if c.dep == D_NSUBJ), None)
    if subject is None or subject.pos != P_NOUN:
        return None
    start = analysis.times[number].start
    return subject if subject.idx < start < word.idx or _happening_verb(word) else None


DATED_AFTER_RULE = "dating.happening_dated_after"
FOLLOW_UP_PRONOUNS = frozenset({"it", "that", "this"})  # a subject that points back at the act just told


def _follow_up_copula(analysis: Analysis, index: TimeIndex, sentence: int, number: int, trigger: Token, verb: Token,
                      patient: Token | None) -> bool:
    """Whether a sentence built on "be" that its time dates tells the time of the act told before it: "They met in
    Ankara. That was in February." (a pronoun pointing back at the sentence right before, whose main act the trigger
    is), "It was their second meeting this month." or "The meeting was on Tuesday." (a definite noun of the act's
    own kind). Another thing ("It was the port's busiest day in February") or another kind of happening ("It was the
    week of the vote") tells nothing of the act. Rule dating.follow_up_copula."""
    if not is_on("dating.follow_up_copula"):
        return False
    children = dependents(verb)
    if any(c.dep == D_ACOMP or c.dep in DS_AUX_AUXPASS for c in children):
        return False  # a state, or "would have been": no plain telling of when it was
    subject = next((c for c in children if c.dep in DS_NSUBJ_NSUBJPASS), None)
    attribute = next((c for c in children if c.dep == D_ATTR), None)
    named = [w for w in (attribute, subject) if w is not None and pos_of(w) == P_NOUN]
    adjacent = index.sentence_of[number] == sentence + 1
    if any(not (_refers_back(w) and _tells_the_act(trigger, w, adjacent) and _same_patient(patient, _noun_patient(w)))
           for w in named):
        return False
    if named:
        return True
    if subject is None or subject.lower_ not in FOLLOW_UP_PRONOUNS or attribute is not None or \
            index.sentence_of[number] != sentence + 1:
        return False
    root = analysis.sentences[sentence].root
    return time_holder(clause_head(trigger)).i == root.i
REMARKS_RULE = "dating.remarks_told_after"
REMARKS_REACH = 2  # sentences after the statement: "The remarks came ..." tells of the words just reported


@cache
def remarks_words(key: str) -> frozenset[str]:
    """One word list of rule dating.remarks_told_after: the nouns that name what was said ("nouns"), the verbs that
    tell only that it was said at a time ("verbs": "the remarks came", "the comments were made") and the verbs of
    judging in words that are statements beside the verbs of speaking ("acts": "denounced", "praised")."""
    return frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", REMARKS_RULE)[key])


def remarks_told_after(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, number: int,
                       owner: Token) -> bool:
    """Whether a sentence right after a statement dates it by naming its words ("The senator accused the governor of
    lying. The remarks came at a rally on Friday night.", "Her comments were made Tuesday"): a definite or possessive
    noun of what was said, the subject of a verb that tells only that the words were spoken, whose own clause the time
    dates. The statement is the verb of speaking the sentence told (rule dating.remarks_told_after)."""
    lemma = trigger.lemma_.lower()
    if not is_on(REMARKS_RULE) or (lemma not in SPEECH and lemma not in remarks_words("acts")) or \
            index.sentence_of[number] - sentence > REMARKS_REACH:
        return False
    said = clause_head(trigger)
    while said.dep == D_CONJ and head_i(said) != said.i:
        said = said.head
    if said.i != analysis.sentences[sentence].root.i:
        return False  # an act inside the words reported ("said the governor attacked the police") is not the saying
    verb = clause_head(owner)
    if pos_of(verb) not in PS_VERB_AUX or verb.lemma_.lower() not in remarks_words("verbs") or \
            verb.i != analysis.sentences[index.sentence_of[number]].root.i:
        return False
    subject = next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    return subject is not None and subject.lemma_.lower() in remarks_words("nouns") and _refers_back(subject) and \
        _own_time(analysis, verb, number)


def _own_time(analysis: Analysis, verb: Token, number: int) -> bool:
    """Whether the expression is the verb's own time, found in its own clause ("said it cut the dividend due to its
    third-quarter loss": the quarter is the loss's, not the cut's)."""
    return governed_by(analysis, verb) == number


def governed_by(analysis: Analysis, verb: Token) -> int | None:
    """The time the verb's own clause governs (choose()'s first step alone: asking choose() itself here would walk
    from one later telling to the next through the whole story)."""
    index = time_index(analysis)
    sentence = analysis.sentence_index(verb.idx)
    if not index.by_sentence.get(sentence):
        return None
    return governing(analysis, index, sentence, {verb.i}, clause_tokens(verb), verb)


def _noun_patient(noun: Token) -> Token | None:
    """Whom an event noun's act was done to: its "of" object ("the bombing of a clinic"), a common or proper noun."""
    of = next((c for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of"), None)
    word = next((c for c in dependents(of) if c.dep == D_POBJ), None) if of is not None else None
    return word if word is not None and pos_of(word) in PS_PROPN_NOUN else None


def _same_patient(first: Token | None, second: Token | None) -> bool:
    """Two tellings may be of one happening unless both name whom it was done to and the names differ."""
    return first is None or second is None or first.lemma_.lower() == second.lemma_.lower()


def _same_doer(first: Token, second: Token) -> bool:
    """Two verbs may tell one happening unless both name their doers (subject, or the agent of a passive) and no
    name or title word is shared ("Kwasniewski and Havel signed ... Goencz signed")."""
    def doers(verb: Token) -> set[str]:
        passive = any(c.dep == D_AUXPASS for c in dependents(verb))
        heads = [o for a in dependents(verb) if a.dep == D_AGENT for o in dependents(a) if o.dep == D_POBJ] \
            if passive else [c for c in dependents(verb) if c.dep == D_NSUBJ]
        words = [w for h in heads for w in (h, *(c for c in dependents(h) if c.dep in DS_COMPOUND_CONJ_FLAT))]
        return {w.lemma_.lower() for w in words if pos_of(w) in PS_PROPN_NOUN}
    one, other = doers(first), doers(second)
    return not one or not other or bool(one & other)


def _same_count(first: Token, second: Token) -> bool:
    """Two patients counted differently ("nearly 200 soldiers", "three soldiers") are two happenings."""
    def count(noun: Token) -> str | None:
        return next((c.lower_ for c in dependents(noun) if c.dep == D_NUMMOD), None)
    one, other = count(first), count(second)
    return one is None or other is None or one == other


CAUSING = rule_words("detente.time", "data/dating.yaml", "dating.cause_before_effect")  # data/dating.yaml


def cause_of_the_verb(noun: Token) -> Token | None:
    """The verb of causing whose subject the event noun is ("the shooting prompted protests", "the arrest led to
    clashes"): the verb's time dates the effect, which came after the noun's happening. A listed word with a
    particle ("lead to", "set off") needs that particle among the verb's words. Rule dating.cause_before_effect."""
    if pos_of(noun) != P_NOUN or noun.dep != D_NSUBJ or head_i(noun) == noun.i or not CAUSING:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in dependents(verb) if c.dep in DS_PREP_PRT}
    for entry in CAUSING:
        head, _, particle = entry.partition(" ")
        if head == lemma and (particle in words if particle else _causes_something(verb)):
            return verb
    return None


def _causes_something(verb: Token) -> bool:
    """Whether a verb of causing names what it caused, its object ("the shooting sparked riots"): with none it tells
    how its subject itself came about ("the violence first ignited with the burning of a train"), no cause. Rule
    dating.cause_names_its_effect."""
    return not is_on("dating.cause_names_its_effect") or any(c.dep == D_DOBJ for c in dependents(verb))


PLANNING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.planned_noun_undated")  # data/dating.yaml


def planned_by(analysis: Analysis, number: int, noun: Token) -> Token | None:
    """The verb of planning or proposing whose object an event noun is ("on Tuesday proposed talks", "met the envoy
    and scheduled a visit"), when the expression found for the noun is not one the noun or what follows the verb may
    own: a time before the planning verb, or one of another clause. The plan was made then; the act planned lies
    after it, on a day the text does not give (rule dating.planned_noun_undated)."""
    if pos_of(noun) != P_NOUN or not is_on("dating.planned_noun_undated"):
        return None
    verb = noun.head
    if noun.dep == D_POBJ and noun.head.lower_ == "for":
        verb = noun.head.head
        lemma = verb.lemma_.lower() + " for"  # "called for a strike"; "called the attack an act of terror" is no plan
    elif noun.dep == D_DOBJ:
        lemma = verb.lemma_.lower()
    else:
        return None
    if pos_of(verb) != P_VERB or lemma not in PLANNING_VERBS:
        return None
    expression = analysis.times[number]
    if noun.left_edge.idx <= expression.start < noun.right_edge.idx + len(noun.right_edge):
        return None  # "proposed talks on Thursday", "scheduled the vote for May": the noun's own time
    own_clause = verb.left_edge.idx <= expression.start < verb.right_edge.idx + len(verb.right_edge)
    return verb if expression.end <= verb.idx or not own_clause else None


def subject_own_time(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token, found: int) -> int:
    """For an event noun that is its verb's subject, a dated expression of its own phrase before that verb ("the
    meeting with the governor on Thursday was announced Monday") rather than the verb's time: the subject's words end
    where its verb begins, so a time among them is the noun's own, however the parser hung it; the verb's time dates
    the verb's act. Rule dating.subject_noun_own_time."""
    if pos_of(noun) != P_NOUN or noun.dep not in DS_NSUBJ_NSUBJPASS or index.anchor_of.get(found) != head_i(noun) or \
            not is_on("dating.subject_noun_own_time"):
        return found
    own = _in_the_noun_phrase(analysis, index, sentence, noun)
    return own if own is not None and analysis.times[own].end <= noun.head.idx else found


def _in_the_noun_phrase(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """A dated expression in the event noun's own phrase ("the arrest of the editor on Monday"): the noun's time."""
    phrase = noun_phrase(noun)
    verb = noun.head
    for number in index.by_sentence.get(sentence, []):
        expression = analysis.times[number]
        if index.noun_of.get(number) == noun.i or index.anchor_of.get(number) in phrase - {verb.i} or \
                noun.idx < expression.start < verb.idx:
            return number  # (a time between the noun and its verb, however parsed: "whose rescue two months ago set off")
    return None


def _names_the_act(verb: Token, noun: str) -> bool:
    """Whether an event noun names the happening a verb tells: its own -ing noun ("beaten" - "the beating") or one
    of its family (names_the_happening)."""
    return noun in own_nouns(verb)[1:] or noun in derived_nouns(verb) or names_the_happening(verb, noun)


def _refers_back(noun: Token) -> bool:
    """A definite or possessive noun ("the beating", "the man's killing"): one the reader was told of before."""
    return any((c.dep == D_DET and c.lower_ in DEFINITE) or c.dep == D_POSS for c in dependents(noun))


def subject_of(verb: Token) -> Token | None:
    return next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)


def _relative_head(word: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("the driver, who was killed": the driver); other words as they are."""
    if word is not None and word.lower_ in RELATIVE_PRONOUNS:
        verb = clause_head(word)
        if verb.dep == D_RELCL and head_i(verb) != verb.i:
            return verb.head
    return word


def _patient_word(verb: Token) -> Token | None:
    """Whom or what the act is done to: the object of an active verb, the subject of a passive one (a relative
    pronoun read as its noun); a common or proper noun only."""
    passive = any(c.dep == D_AUXPASS for c in dependents(verb))
    word = subject_of(verb) if passive else next((c for c in dependents(verb) if c.dep == D_DOBJ), None)
    word = _relative_head(word)
    return word if word is not None and pos_of(word) in PS_PROPN_NOUN else None


def _one_family(first: Token, second: Token) -> bool:
    """Two verbs that can tell one happening: the same verb, or two whose -ing nouns are of one event-noun family
    ("shot" and "killed": shooting, killing)."""
    lemma = second.lemma_.lower()
    if lemma == first.lemma_.lower():
        return True
    named = next((form for form in own_nouns(second) if form in noun_families()), None)
    return (named is not None and names_the_happening(first, named)) or \
        any(names_the_happening(first, noun) for noun in derived_nouns(second))


def happening_of(owner: Token) -> Token:
    """The word that tells the happening a time hangs on: the owner itself when it is an event noun or a verb, else
    the verb of its clause ("was shot in the back on Friday night": the time hangs on "back", the happening is
    "shot"). Rule dating.back_reference_clause."""
    if pos_of(owner) in PS_VERB_AUX or owner.lemma_.lower() in event_nouns() or \
            not is_on("dating.back_reference_clause"):
        return owner
    return clause_head(owner)


def names_the_happening(earlier: Token, noun: str) -> bool:
    """Whether an earlier dated word tells the happening a definite or possessive event noun refers back to: a noun
    of its family ("a bombing on August 7" ... "the attack"), or a verb of one ("was shot on Friday" ... "the
    shooting", "Slepian's killing": the verb itself or its -ing noun is in the family)."""
    if pos_of(earlier) == P_NOUN:
        return same_family(earlier.lemma_.lower(), noun)
    if pos_of(earlier) != P_VERB:
        return False
    named = next((form for form in own_nouns(earlier) if form in noun_families()), None)
    return (named is not None and same_family(named, noun)) or any(same_family(d, noun) for d in derived_nouns(earlier))


@lru_cache(maxsize=1)
def noun_families() -> dict[str, int]:
    return {noun: number for number, family in enumerate(lexicon()["event_noun_families"]) for noun in family}


def same_family(first: str, second: str) -> bool:
    """Whether two event nouns can name one happening: the same noun, or two of one family ("bombing",
    "attack")."""
    families = noun_families()
    return first == second or (first in families and families.get(first) == families.get(second))


def speaker_of(verb: Token) -> Token | None:
    """The head word of the verb's named subject ("Solana" in "Foreign minister Solana said"), capitalised as a
    name is (the tagger sometimes calls a rare name a noun); pronouns and common nouns tell nothing here."""
    subject = next((c for c in dependents(verb) if c.dep == D_NSUBJ), None)
    if subject is None or not (pos_of(subject) == P_PROPN or (pos_of(subject) == P_NOUN and subject.text[:1].isupper()
                                                             and not subject.is_sent_start)):
        return None
    return subject


def publication_day(analysis: Analysis) -> date | None:
    return _day_of((analysis.document.published or "")[:10])


@lru_cache(maxsize=256)
def _day_of(text: str) -> date | None:
    """The date an ISO text names, else None; kept per text (every trigger of a document asks for its publication
    day, several times)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # asked for the same expression and publication dates by each trigger's rules
def is_historical(expression_end: str | None, published: str | None) -> bool:
    if not expression_end or not published:
        return False
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(expression_end)).days > 365
    except ValueError:
        return False


def restated(analysis: Analysis, index: TimeIndex, sentence: int, number: int) -> int:
    """The same time named again in the trigger's own sentence, if it is ("fell on Friday" after "On Friday,
    ..."): the nearer naming of the reference time."""
    wanted = analysis.times[number]
    for other in index.by_sentence.get(sentence, []):
        expression = analysis.times[other]
        if (expression.date, expression.date_end) == (wanted.date, wanted.date_end):
            return other
    return number


def choose(analysis: Analysis, trigger_start: int, trigger_end: int) -> tuple[int | None, str]:
    """The index of the expression that dates the event and how it was found (or None); a vague time the
    trigger's clause governs ("previously", "in the future") comes back as "vague", with no day of its own.
    Worked out once per trigger span while the document's times and the rules switched off stay the same."""
    index = time_index(analysis)
    off = switched_off_ids()
    key = (trigger_start, trigger_end, index.reading_lead, off)
    found = index.chosen.get(key)
    if found is not None:
        if key in index.lead_bound:
            index.lead_asked += 1  # an answer that asked a headline back: so does whatever reads it
        return found
    if not index.reading_lead:
        found = index.chosen[key] = _choose(analysis, index, trigger_start, trigger_end)
        return found
    # matching a headline's act in the lead (discourse._headline_lead): the reading flag changes the answer only
    # where the work asked a headline's act back; an answer that never did is kept for the lead's own dating too
    asked = index.lead_asked
    found = index.chosen[key] = _choose(analysis, index, trigger_start, trigger_end)
    if index.lead_asked == asked:
        index.chosen.setdefault((trigger_start, trigger_end, False, off), found)
    else:
        index.lead_bound.add(key)
    return found


def _choose(analysis: Analysis, index: TimeIndex, trigger_start: int, trigger_end: int) -> tuple[int | None, str]:
    """choose(), worked out."""
    sentence = analysis.sentence_index(trigger_start)
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    root = root_at(analysis.doc, trigger_start, trigger_end)  # kept: Span.root walks the span
    if root is not None:
        # the words of the trigger and of its clause are read only against the sentence's own expressions: with
        # none in it, governing and governed_undated find nothing whatever the words are
        if index.by_sentence.get(sentence) or index.undated_by_sentence.get(sentence):
            trigger_tokens, clause = own_clause_tokens(span), clause_tokens(root)
        else:
            trigger_tokens, clause = set(), set()
        # the rules below that read only the sentence's own dated expressions find nothing in a sentence with none
        # (each says so first): asked only where there is one
        dated_here = bool(index.by_sentence.get(sentence))
        found, how = of_the_ordering_act(analysis, index, sentence, root) if dated_here else (None, "none")
        if found is not None:
            return found, how  # "deployed on Sunday, two days after the bombing": not Sunday itself
        found = governing(analysis, index, sentence, trigger_tokens, clause, root) if dated_here else None
        if found is not None:
            found = subject_own_time(analysis, index, sentence, root, found)
        if found is None and trigger_tokens:
            found = of_the_happening_acted_at(analysis, index, root)
        if found is not None and cause_of_the_verb(root) is not None:
            own = _in_the_noun_phrase(analysis, index, sentence, root)
            if own is not None:
                return own, "governed"  # "the arrest of the editor on Monday triggered protests": Monday
            if index.anchor_of.get(found) not in noun_phrase(root):
                return found, "cause"  # "the shooting prompted protests on Tuesday": up to Tuesday
        if found is None:
            found = answers.asked_time(analysis, index, sentence, root)  # "Asked on Tuesday ..., she refused"
        record = records.handed_on(analysis, index, sentence, root, found)
        if record is not None:
            return record, "record"  # "a letter obtained Monday accused ...": some time up to Monday
        if found is None and dated_here:
            found = of_the_cleft(analysis, index, sentence, root)
        if found is not None:
            return found, "governed"
        found, how = occasions.dated_occasion(analysis, index, root, lambda: trigger_tokens or own_clause_tokens(span))
        if found is not None:
            return found, how  # "during the debate, she attacked him": the day the story gives the debate
        facts = verb_facts(analysis, index, root)  # the three rungs below begin with the same reads of the verb
        found = occasions.of_the_setting_clause(analysis, root, facts)
        if found is not None:
            return found, "occasion"  # "held a rally on Tuesday, where she accused him": at the rally, that day
        found = occasions.during_a_happening(analysis, index, root, facts)
        if found is not None:
            return found, "occasion"  # "During the attack, they seized two trucks": the day the story gave the attack
        found = occasions.done_by_a_happening(analysis, index, root, facts)
        if found is not None:
            return found, "occasion"  # "The bombing killed twelve people": the day the story gave the bombing
        found = governed_undated(analysis, index, sentence, trigger_tokens, clause)
        if found is not None and analysis.times[found].value in VAGUE_REFERENCES:
            return found, "vague"
        saying = joined_to_the_saying(root)
        if saying is not None:
            return choose(analysis, saying.idx, saying.idx + len(saying.text))
        if dated_here:  # the readings of the sentence's other clauses, in order
            for reading, how in ((of_the_conjunct, "conjunct"), (of_the_gapped_conjunct, "conjunct"),
                                 (of_the_later_conjunct, "later conjunct"),
                                 (of_the_spliced_clause, "conjunct"),
                                 (of_the_main_clause, "main clause"), (of_the_simultaneous_clause, "temporal clause"),
                                 (of_the_simultaneous_description, "temporal clause")):
                found = reading(analysis, index, sentence, root)
                if found is not None:
                    return found, how
        if clause_head(root).dep == D_ACL:  # both readings below date a participle describing a noun: only then
            found, how = of_the_described_object(analysis, index, sentence, root)
            if found is not None:
                return found, how
            found, how = of_the_particular_doer(analysis, index, sentence, root)
            if found is not None:
                return found, how
    if not index.dated:
        return None, "none"
    found = of_the_noun(analysis, index, root) if root is not None else None
    if found is not None:
        return found, "noun"
    found = when_clause(analysis, index, sentence, root) if root is not None else None
    if found is not None:
        return found, "when"
    found = described_when(analysis, index, root) if root is not None else None
    if found is not None:
        return found, "noun"
    found = said_when(analysis, index, sentence, root) if root is not None else None
    if found is not None:
        return found, "said"
    found = nearest(analysis, index, sentence, trigger_start, trigger_end, root)
    if found is not None:
        return found, "nearest"
    if root is not None:
        found = of_the_dated_holder(analysis, root)
        if found is not None:
            return found, "holder"
        found = framed_by(analysis, index, sentence, root)
        if found is not None:
            return found, "sentence"
    if root is not None:
        found = told_before(analysis, index, sentence, root)
        if found is not None:
            return restated(analysis, index, sentence, found), "told before"
        found, how = told_after(analysis, index, sentence, root)
        if found is not None:
            return found, how
    if root is not None and (is_past(root) or past_clause_noun(root)):
        found = setting(analysis, index, sentence)
        if found is not None and statement_in_history(analysis, found, root):
            found = None
        if found is not None and not contradicts_tense(analysis.times[found], root, publication_day(analysis)):
            return restated(analysis, index, sentence, found), "paragraph"  # not set in a time still to come
    if root is not None and not describes_for_the_present(root):
        found = discourse.reference_time(analysis, index, sentence, root)  # it builds on this module's helpers
        if found is not None:
            return found, "context"
        holder = time_holder(clause_head(root))
        if holder.i != clause_head(root).i and is_on("dating.participle_holder"):
            # "..., saying it was a great day", "marking their entry": the participle is dated as its verb is
            found, how = choose(analysis, holder.idx, holder.idx + len(holder.text))
            if found is not None and how != "vague":
                return found, how
    return None, "none"


# ways choose() finds a verb's time in its own sentence's syntax
HOLDER_OWN_WAYS = frozenset({"governed", "conjunct", "main clause", "temporal clause", "noun", "when", "said", "sentence"})


def of_the_dated_holder(analysis: Analysis, trigger: Token) -> int | None:
    """The time a participle's or infinitive's verb has in its own sentence ("prompted the council at its July meeting
    to order the deployment", "stormed the town at dawn on Friday, burning houses" when the parse hangs the time on a
    noun): the act shares that verb's time (time_holder), which is nearer to it than the time an earlier sentence set
    for the story, another act's (rule dating.holder_before_story)."""
    own = clause_head(trigger)
    holder = time_holder(own)
    if holder.i == own.i or not is_on("dating.holder_before_story") or \
            not own_time_possible(analysis, time_index(analysis), holder):
        return None
    found, how = choose(analysis, holder.idx, holder.idx + len(holder.text))
    return found if found is not None and how in HOLDER_OWN_WAYS else None


SIDE_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
SIDE_CLAUSE_DEP_IDS = frozenset(get_string_id(label) for label in SIDE_CLAUSE_DEPS)
DESCRIBING_DEPS = frozenset({"relcl", "acl"})
DESCRIBING_DEP_IDS = frozenset(get_string_id(label) for label in DESCRIBING_DEPS)


def told_in_the_narrative_past(verb: Token) -> bool:
    """A simple past or a past perfect ("arrested", "was arrested", "had arrested"): the tenses a story tells its
    happenings in, one after another. A present perfect ("has arrested") or a present tells the writer's now."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if auxes:
        return any(a.tag == T_VBD for a in auxes) and not any(a.tag == T_MD for a in auxes)
    return verb.tag == T_VBD


def describes_for_the_present(trigger: Token) -> bool:
    """Whether the trigger's clause describes a noun (a relative clause, or a past participle on it) of a clause told in
    the present or present perfect ("The report cites three cases in which the police detained journalists", "The
    group, which was formed by former soldiers, has been blamed for ..."): the description names who or what the
    writer's now is about, no act of the story's narrative, so the time an earlier sentence set for that narrative
    ("The ministry released a report on Monday.") does not reach it; its own clause, or the tense of the clause it
    hangs on, dates it. A description in a clause told in the past goes on in the story ("The union, which organised
    the strike, accused ..."). Rule dating.description_not_narrated."""
    own = clause_head(trigger)
    if own.dep not in DESCRIBING_DEP_IDS or head_i(own) == own.i or own.tag == T_VBG or \
            not is_on("dating.description_not_narrated"):
        return False  # ("officers greeting the president": a present participle tells no time of its own)
    governor = clause_head(own.head)
    if governor.i == own.i or pos_of(governor) not in PS_VERB_AUX:
        return False
    return not told_in_the_narrative_past(time_holder(governor))


def own_clause_tokens(span) -> set[int]:  # type: ignore[no-untyped-def]
    """The words of a trigger that belong to its root's own clause: a trigger read as a whole phrase ("pledged that
    in the year 2000 it would lift") does not own a time inside the clause it reports, which dates that other act
    (rule dating.trigger_own_clause)."""
    if len(span) == 1 or not is_on("dating.trigger_own_clause"):
        return set(range(span.start, span.end))
    top = span.root.i  # only here: Span.root walks the span
    arrays = doc_arrays(span.doc)  # the climb by word number: no Token made per step
    heads, deps = arrays.heads, arrays.dep
    kept = set()
    for i in range(span.start, span.end):
        k = i
        while k != top and heads[k] != k and deps[k] not in SIDE_CLAUSE_DEP_IDS:
            k = heads[k]
        if k == top or deps[k] not in SIDE_CLAUSE_DEP_IDS:
            kept.add(i)
    return kept


def of_the_described_object(analysis: Analysis, index: TimeIndex, sentence: int,
                            trigger: Token) -> tuple[int | None, str]:
    """A participle that describes what a dated act made or used ("issued a statement Friday saying ...", "were
    named Thursday in a bulletin sent to the police") happens with that act, at its time. Only for the act's
    object or the noun of its "in"/"with" phrase, not its subject (the subject's deed may be older). Rule
    dating.described_object."""
    own = clause_head(trigger)
    if own.dep != D_ACL or own.tag not in TS_VBG_VBN or head_i(own) == own.i or \
            any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(own)) or not is_on("dating.described_object"):
        return None, "none"
    noun = own.head
    chain = is_on("dating.described_object_chain")
    while chain and measured(noun):
        noun = noun.head.head  # "a series of tweets criticizing ...": what the act made is the series of them; not
        # "discussed the repatriation of nationals detained in the North", whose detention is another happening
    settings = ("in", "with", "through", "via", "at", "during") if chain else ("in", "with", "through", "via")
    if noun.dep == D_POBJ and noun.head.lower_ in settings and pos_at(noun.head.doc, head_i(noun.head)) == P_VERB:
        verb = noun.head.head
    elif noun.dep == D_DOBJ and pos_at(noun.doc, head_i(noun)) == P_VERB:
        verb = noun.head
    else:
        return None, "none"
    found = governing(analysis, index, sentence, {verb.i}, clause_tokens(verb), verb)
    if found is not None:
        return found, "main clause"
    if is_on("dating.described_object_chain"):
        # "unleashed tweets criticizing X" after "spoke Friday", "passed a resolution asking ..." in a story
        # whose lead set the day: the participle is dated as the act is, however that was found
        found, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
        if found is not None and how in SENTENCE_TIES:
            return found, "main clause"
        if found is not None and how == "context":  # the story's reference time, by the discourse rules
            return found, how
    return None, "none"


def progressive_participle_verb(trigger: Token) -> Token | None:
    """The finite verb whose time a present participle describing someone in particular shares: "the states
    suing the agency said on Monday", "a judge presiding over the case ruled": the participle is a progressive
    without its "who are", going on when that verb's act is (the noun is the verb's subject, object or the noun of
    its phrase). Not a past participle (what was done to the noun may be older), not anyone of a kind ("police
    officers killing unarmed men"), not a participle with a subject or auxiliary of its own."""
    own = clause_head(trigger)
    if own.dep != D_ACL or own.tag != T_VBG or head_i(own) == own.i or \
            any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(own)):
        return None
    noun = own.head
    if pos_of(noun) not in PS_PROPN_NOUN or generic_noun(noun):
        return None
    if noun.dep in DS_NSUBJ_NSUBJPASS_DOBJ_ATTR_DATIVE:
        verb = noun.head
    elif noun.dep == D_POBJ and head_i(noun.head) != head_i(noun):
        verb = noun.head.head
    else:
        return None
    return verb if pos_of(verb) in PS_VERB_AUX and verb.i != own.i else None


def of_the_particular_doer(analysis: Analysis, index: TimeIndex, sentence: int,
                           trigger: Token) -> tuple[int | None, str]:
    """A present participle describing someone in particular is dated as the act of the clause that noun is in,
    however that act was dated (its own sentence, or the story's time): "Pruitt, one of the officials suing the
    agency, said at a meeting on Monday". Rule dating.progressive_participle."""
    if not is_on("dating.progressive_participle"):
        return None, "none"
    verb = progressive_participle_verb(trigger)
    if verb is None:
        return None, "none"
    found, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
    if found is not None and how in SENTENCE_TIES:
        return found, "main clause"
    if found is not None and how == "context":
        return found, how
    return None, "none"


def measured(noun: Token) -> bool:
    """Whether a plural noun is counted by the indefinite noun it follows ("a series of tweets", "a string of
    attacks"): a measure phrase, whose head stands for the things counted."""
    head = noun.head.head
    return noun.dep == D_POBJ and noun.tag in TS_NNS_NNPS and noun.head.lower_ == "of" and \
        pos_of(head) == P_NOUN and any(c.dep == D_DET and c.lower_ in ("a", "an") for c in dependents(head))


# How choose() found a time tied to the trigger by the syntax of its own sentence (not the nearest expression, not
# the story's context).
SENTENCE_TIES = frozenset({"governed", "conjunct", "main clause", "temporal clause", "noun", "when", "said"})


def statement_in_history(analysis: Analysis, number: int, trigger: Token) -> bool:
    """A verb of saying after a paragraph's historical date ("the genocide of April 6, 1994 ... the agency said")
    is the story's news, not a part of that history: the old date sets the scene for the past acts told, not
    for who speaks about them now. Rule dating.statement_not_history."""
    expression = analysis.times[number]
    return trigger.lemma_.lower() in FRAMING and is_on("dating.statement_not_history") and \
        is_historical(expression.date_end or expression.date, analysis.document.published)


COORDINATION_GAP = re.compile(r"^\s*(?:,\s*)?(?:and|or|,)\s*$", re.IGNORECASE)
RANGE_GAP = re.compile(r"^\s*(?:to|through|until|till|-|–|—)\s*$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def coordinated(text: str, first: TimeExpression, second: TimeExpression) -> bool:
    """Whether two neighbouring expressions are read together: "in 1970 and 1980", "from May to July"."""
    gap = text[first.end:second.start]
    if COORDINATION_GAP.match(gap):
        return not (counted_from_another(first) or counted_from_another(second))
    return bool(RANGE_GAP.match(gap) and RANGE_OPENER.search(text[max(0, first.start - 12):first.start]))


def counted_from_another(expression: TimeExpression) -> bool:
    """Whether a time is a length counted from another time ("two years later", "six years ago", "a week earlier"):
    joined to a time before it by "and" or a comma ("opened in 2007, and two years later dropped it", "who backed her
    six years ago, now opposes her") it dates another act, not a second end of one act's stretch. Rule
    dating.counted_not_coordinated."""
    last = expression.text.rsplit(None, 1)[-1].lower() if expression.text.strip() else ""
    return last in COUNTED_ENDS and expression.text.lower() != last and is_on("dating.counted_not_coordinated")


COUNTED_ENDS = frozenset({"later", "earlier", "ago", "after", "before"})


def coordinated_extent(analysis: Analysis, number: int) -> tuple[str | None, str | None]:
    """First and last day of the expression together with the dates coordinated with it: an event "in the
    1970s and 1980s" or "from 2002 to 2004" spans both. Worked out once per expression while the document's times
    stay the same (on the time index, as choose's answers): it reads the text between neighbouring expressions."""
    kept = time_index(analysis).extents
    found = kept.get(number)
    if found is None:
        found = kept[number] = _coordinated_extent(analysis, number)
    return found


def _coordinated_extent(analysis: Analysis, number: int) -> tuple[str | None, str | None]:
    """coordinated_extent(), worked out."""
    times, text = analysis.times, analysis.document.text
    group = [number]
    while group[0] > 0 and coordinated(text, times[group[0] - 1], times[group[0]]):
        group.insert(0, group[0] - 1)
    while group[-1] + 1 < len(times) and coordinated(text, times[group[-1]], times[group[-1] + 1]):
        group.append(group[-1] + 1)
    dated = [times[n] for n in group if times[n].date and times[n].type == times[number].type]
    if len(dated) < 2:
        return times[number].date, times[number].date_end
    return min(t.date for t in dated if t.date), max(t.date_end or t.date for t in dated if t.date)


# How choose() found a time its own clause gives (or one tied to it by syntax): an undated length or frequency
# there does not displace it.
OWN_CLAUSE = frozenset({"governed", "vague", "conjunct", "main clause", "temporal clause", "noun", "when", "said"})


def own_undated(analysis: Analysis, trigger_start: int, trigger_end: int) -> int | None:
    """A length, frequency or dayless time that the trigger's own clause governs, or that measures the event noun
    itself: "talks lasted three days", "a two-hour meeting", "40 years of blockade", "crossed out that same day".
    A vague "previously" is left to the caller (choose() gives it as 'vague'); a gap ("two days after") is not the
    event's own. Rule dating.own_length."""
    if not is_on("dating.own_length"):
        return None
    index = time_index(analysis)
    if not index.undated:
        return None  # a story with no length, frequency or dayless time in it: none to find
    span = tokens_at(analysis.doc, trigger_start, trigger_end)
    if span is None or len(span) == 0:
        return None
    sentence = analysis.sentence_index(trigger_start)
    undated = index.undated_by_sentence.get(sentence, ())
    root = root_at(analysis.doc, trigger_start, trigger_end)  # kept: Span.root walks the span
    # the trigger's words and clause, only where the sentence has such an expression to hang on them
    trigger_tokens = set(range(span.start, span.end)) if undated else set()
    clause = clause_tokens(root) if undated else set()
    found = []
    for number in undated:
        expression = analysis.times[number]
        if expression.value in VAGUE_REFERENCES or is_offset(analysis, expression):
            continue
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is not None and (owner in trigger_tokens or owner in clause):
            found.append(number)
    if not found:
        measured = length_of(analysis, index, root)
        return measured
    at = root.idx
    return min(found, key=lambda n: abs(analysis.times[n].start - at))


COUNTED_BACK = re.compile(r"\b(?:last|past|previous)\b", re.IGNORECASE)
LENGTH_VALUE = re.compile(r"^PT?(\d+(?:\.\d+)?)([YMWDH])$")


def counted_back(analysis: Analysis, expression: TimeExpression) -> tuple[float, str] | None:
    """The count and unit of a length counted back from now ("the last 24 hours", "the past three years"), else
    None; "for three years" says how long, not until when."""
    if expression.type != "DURATION" or not COUNTED_BACK.search(expression.text):
        return None
    match = LENGTH_VALUE.match(expression.value)
    if match is None:
        return None
    unit = match.group(2)
    if unit == "M" and expression.value.startswith("PT"):
        return None  # minutes
    return float(match.group(1)), unit


def length_before(day: date, length: tuple[float, str]) -> str:
    """The first day of a length that ends on `day`."""
    from datetime import timedelta

    count, unit = length
    if unit in ("D", "W", "H"):
        days = {"D": count, "W": 7 * count, "H": count / 24}[unit]
        return (day - timedelta(days=max(0, int(days) - (1 if unit != "H" else 0)))).isoformat()
    months = int(count * (12 if unit == "Y" else 1))
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28)).isoformat()


EARLIER_MARKS = rule_words("detente.time", "data/dating.yaml", "dating.earlier_act")  # data/dating.yaml
STATES = frozenset(lexicon()["state_verbs"])  # data/lexicon.yaml: a past of these is a state at its frame's time


def told_as_done_before(verb: Token) -> bool:
    """Whether a clause tells its act as over: a simple past ("attacked", "was signed") or a past perfect ("had
    attacked"), not a present perfect (rule dating.present_perfect), a modal ("would attack") or a present."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if any(a.tag in TS_MD_VBG or (a.lemma == L_HAVE and a.tag in TS_VBZ_VBP) or a.lower_ == "to"
           for a in auxes) or verb.lemma_.lower() in STATES:
        return False  # a past state or progressive ("said she wanted to", "was being asked") holds at its frame's time
    if verb.tag == T_VBD and not auxes:
        return True
    return verb.tag == T_VBN and any(a.tag == T_VBD for a in auxes)


def reported_present_perfect(verb: Token) -> bool:
    """A present perfect of an act ("has attacked", "have been arrested"), not of a state ("has been") nor a
    progressive ("has been attacking"): in reported words it is over by the time of the saying."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    return verb.tag == T_VBN and verb.lemma_.lower() not in STATES and \
        any(a.lemma == L_HAVE and a.tag in TS_VBZ_VBP for a in auxes) and \
        not any(a.tag in TS_MD_VBG or a.lower_ == "to" for a in auxes)


def joined_to_the_saying(trigger: Token) -> Token | None:
    """The verb of saying a simple past is joined to when the parser hung it on the reported clause under a modal:
    in "said he would order a review and warned against hackers", "warned" cannot be a second verb under "would"
    (that would be "warn"), so it is the speaker's second act, joined to "said", and done when the saying was. Rule
    dating.conjunct_of_the_saying."""
    own = clause_head(trigger)
    if own.dep != D_CONJ or own.tag != T_VBD or pos_of(own) not in PS_VERB_AUX or \
            any(c.dep in DS_NSUBJ_NSUBJPASS_AUX_AUXPASS for c in dependents(own)):
        return None
    reported = own.head
    if reported.dep != D_CCOMP or reported.tag != T_VB or \
            not any(c.tag == T_MD for c in dependents(reported)):
        return None
    saying = reported.head
    if saying.tag != T_VBD or saying.lemma_.lower() not in FRAMING or not is_on("dating.conjunct_of_the_saying"):
        return None
    return saying


def _frame_of_earlier_act(trigger: Token) -> Token | None:
    if not is_on("dating.earlier_act"):
        return None
    judged = judged_deed_frame(trigger)
    if judged is not None:
        return judged
    own = time_holder(clause_head(trigger))
    if joined_to_the_saying(own) is not None:
        return None  # "said he would order a review and warned against hackers": the warning is no reported act
    first = own
    for _ in range(4):  # "Russia hacked the emails and leaked them": the second verb hangs where the first does
        if first.dep != D_CONJ or head_i(first) == first.i:
            break
        first = first.head
    # "the sanctions imposed by the council": a participle with its doer named after "by" is a relative clause
    # without its "which were", an act told as over
    done_by = own.dep == D_ACL and own.tag == T_VBN and any(c.dep == D_AGENT for c in dependents(own)) and \
        own.lemma_.lower() not in STATES
    # "said on Tuesday that the army has attacked": a present perfect in reported words is over by the saying
    reported_perfect = first.dep == D_CCOMP and reported_present_perfect(own)
    if perfect_participle(own) and own.i == first.i:
        frame = clause_head(own.head)  # "Having fought a primary in 2008, she ...": done before her act
        return frame if pos_of(frame) in PS_VERB_AUX else None
    if pos_of(own) not in PS_VERB_AUX or not (told_as_done_before(own) or done_by or reported_perfect) or \
            head_i(first) == first.i:
        return None
    subordinate = first.dep in DS_CCOMP_RELCL or done_by or (
        first.dep == D_ACL and any(c.dep in DS_NSUBJ_NSUBJPASS_MARK for c in dependents(first)))
    after = first.dep == D_ADVCL and any(c.dep == D_MARK and c.lower_ in EARLIER_MARKS for c in dependents(first))
    if not (subordinate or after):
        return None
    if continuing_frame(own) is not None:
        return None  # "angered the party, which threatened to appeal": the reply came after, not before
    frame = clause_head(first.head)
    if time_cleft(frame, first):
        return None  # "It was on Tuesday that the panel met": the clause is the telling, its time the focus
    return frame if frame.i != first.i and pos_of(frame) in PS_VERB_AUX else None


@kept_per_word(_frame_of_earlier_act)
def frame_of_earlier_act(trigger: Token) -> Token | None:
    """The verb of the clause an act told as over hangs under, when the act came before that clause's time: words
    reported or thought ("said on Tuesday that the army had attacked the village", "the belief that the agency leaked
    the files"), a relative clause ("the sanctions the council imposed", "the deal, which was signed"), or an
    "after", "since" or "because" clause ("resumed enrichment after the United States withdrew"). Such an act has no
    time of its own: it lies some time up to its frame's time, not on the day of writing itself (rule
    dating.earlier_act). Kept per document and word while no rule is switched off: the dating of one trigger asks
    it up to three times."""


CLEFT_FOCUS_DEPS = frozenset({"prep", "attr", "npadvmod", "advmod"})
CLEFT_FOCUS_DEP_IDS = frozenset(get_string_id(label) for label in CLEFT_FOCUS_DEPS)


def of_the_cleft(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The dated expression a time cleft puts in focus, for an act of its "that" clause (or a verb joined to that
    clause's verb by "and"): "It was on Tuesday that the panel met" (rule dating.time_cleft)."""
    numbers = index.by_sentence.get(sentence)
    if not numbers:
        return None
    clause = clause_head(trigger)
    for _ in range(4):
        if clause.dep != D_CONJ or head_i(clause) == clause.i:
            break
        clause = clause.head
    frame = clause.head
    if frame.i == clause.i or not time_cleft(frame, clause):
        return None
    for child in dependents(frame):
        if child.dep in CLEFT_FOCUS_DEP_IDS and child.i < clause.i:
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            for number in numbers:
                if start <= analysis.times[number].start < end:
                    return number
    return None


def time_cleft(frame: Token, clause: Token) -> bool:
    """A cleft that puts a time in focus ("It was on Tuesday that the panel met", "it was only in 2014 that rebels
    seized the town"): the "that" clause is not words reported or thought under "was" but the act told, and the
    focused time is its own (rule dating.time_cleft). "It is clear that ..." (an adjective, no time) stays a frame."""
    if not is_on("dating.time_cleft") or frame.lemma_.lower() != "be" or clause.dep != D_CCOMP or \
            not any(c.dep == D_MARK and c.lower_ == "that" for c in dependents(clause)):
        return False
    children = dependents(frame)
    if not any(c.dep in DS_NSUBJ_EXPL and c.lower_ == "it" for c in children) or \
            any(c.dep == D_ACOMP for c in children):
        return False
    return any(c.dep in CLEFT_FOCUS_DEP_IDS and c.i < clause.i and
               any(t.ent_type in ES_DATE_TIME for t in c.subtree) for c in children)


JUDGING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.judged_deed")  # data/dating.yaml
GROUND_PREPOSITIONS = frozenset({"of", "for", "over"})
DS_PCOMP_CONJ = frozenset({D_PCOMP, D_CONJ})  # how a judged deed's gerund hangs (_judged_deed_frame's first test)


def _judged_deed_frame(trigger: Token) -> Token | None:
    own = clause_head(trigger)
    if own.dep not in DS_PCOMP_CONJ:
        return None  # the gerund a judgment names is a preposition's object, or joined by "and" to one
    own = _first_conjoined_gerund(own)
    if own.dep != D_PCOMP or not JUDGING_VERBS or not (own.tag == T_VBG or perfect_gerund(own)):
        return None
    preposition = own.head
    if preposition.lower_ not in GROUND_PREPOSITIONS or head_i(preposition) == preposition.i:
        return None
    verb = preposition.head
    if pos_of(verb) in PS_NOUN_PROPN_PRON and verb.dep in DS_DOBJ_NSUBJPASS and head_i(verb) != verb.i:
        verb = verb.head  # "accused the rebels of shelling": the parser hangs the "of" phrase on the object
    elif pos_of(verb) in PS_NOUN_PROPN_PRON and verb.dep == D_POBJ and verb.head.lower_ == "to" and \
            verb.head.dep in DS_PREP_DATIVE and head_i(verb.head) != head_i(verb) and is_on("dating.judged_deed_noun"):
        verb = verb.head.head  # "gave credit to the firefighters for evacuating": hung on the one credited
    if pos_of(verb) not in PS_VERB_AUX:
        return None
    if verb.lemma_.lower() not in JUDGING_VERBS and not (
            is_on("dating.judged_deed_noun") and
            any(c.dep == D_DOBJ and c.lemma_.lower() in JUDGING_VERBS for c in dependents(verb))):
        return None  # (a judgment named by the object: "gave credit to the firefighters for evacuating", "won praise")
    return verb


def _first_conjoined_gerund(own: Token) -> Token:
    """The first of gerunds joined by "and" ("accused of wounding a guard and killing a clerk"): the later ones are
    told on the same ground after the same preposition, so they share the first one's reading (rule
    dating.judged_deed_conjunct); any other word is its own."""
    if not is_on("dating.judged_deed_conjunct"):
        return own
    for _ in range(3):
        if own.dep != D_CONJ or own.tag != T_VBG or own.head.tag != T_VBG or own.head.i == own.i:
            break
        own = own.head
    return own


LATER_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", "dating.prepositional_gerund")  # data/dating.yaml


def gerund_host(trigger: Token) -> tuple[Token, bool] | None:
    """The verb a gerund after a preposition hangs on ("confessed to killing protesters", "were responsible for
    setting fire", "After announcing her resignation, the senator said", "came out, with youths throwing stones"), and
    whether the preposition puts the act after that verb's ("held a briefing before submitting her resignation"). A
    gerund has no tense of its own: its act is told in the tense of the clause it hangs on, so with no time of its
    own it is not an act of the day of writing when that clause is told in the past (rule dating.prepositional_gerund,
    read in time/__init__.py). An adjective or an object the preposition hangs on ("were responsible for", "drew
    criticism for") passes it on to its verb; a gerund joined by "and" hangs where the first does."""
    if not is_on("dating.prepositional_gerund"):
        return None
    own = clause_head(trigger)
    for _ in range(3):
        if own.dep != D_CONJ or own.tag != T_VBG or own.head.tag != T_VBG or head_i(own) == own.i:
            break
        own = own.head
    if own.tag != T_VBG or any(c.dep in DS_AUX_AUXPASS for c in dependents(own)):
        return None
    if own.dep != D_PCOMP:
        return None
    preposition = own.head
    host = preposition.head
    if host.tag == T_VBG and host.dep == D_PCOMP:
        return gerund_host(host)  # "ridiculed the party for complicating the matter by pressing for a temple"
    if pos_of(preposition) != P_ADP or preposition.i == host.i:
        return None
    for _ in range(3):  # "attacked voters, lawmakers and thinkers for opposing": the first of the objects
        if pos_of(host) not in PS_NOUN_PROPN_PRON or host.dep != D_CONJ or head_i(host) == host.i:
            break
        host = host.head
    if (pos_of(host) == P_ADJ and host.dep == D_ACOMP) or (pos_of(host) in PS_NOUN_PROPN_PRON and host.dep in DS_DOBJ_ATTR_DATIVE):
        host = host.head  # "were responsible for setting fire", "drew criticism for telling"
    if pos_of(host) not in PS_VERB_AUX:
        return None
    return host, preposition.lower_ in LATER_PREPOSITIONS
EARLIER_GERUND_RULE = "dating.after_gerund_before_host"
EARLIER_GERUND_WORDS = rule_words("detente.time", "data/dating.yaml", EARLIER_GERUND_RULE)  # data/dating.yaml


def earlier_gerund_host(trigger: Token) -> Token | None:
    """The verb an "after" phrase with a gerund hangs on ("faces a tough race after reversing course", "After years of
    backing the party, voters are turning away"): the preposition tells that the gerund's act came before that verb's,
    so the gerund has no time of the verb's own, neither its day nor, for a verb in the present, the day of writing
    (rule dating.after_gerund_before_host, read in time/__init__.py). A length or a noun between the preposition and
    the gerund ("after decades of backing") leaves the order as it is; a counted gap before the preposition ("two days
    after praising") is counted by dating.counted_gerund_gap instead."""
    if not is_on(EARLIER_GERUND_RULE):
        return None
    own = clause_head(trigger)
    for _ in range(3):  # "after meeting the envoy and signing the pact": the later gerunds hang where the first does
        if own.dep != D_CONJ or own.tag != T_VBG or own.head.tag != T_VBG or head_i(own) == own.i:
            break
        own = own.head
    if own.tag != T_VBG or own.dep != D_PCOMP or any(c.dep in DS_AUX_AUXPASS for c in dependents(own)):
        return None
    preposition = own.head
    if preposition.lower_ == "of" and preposition.dep == D_PREP and preposition.head.dep == D_POBJ:
        preposition = preposition.head.head  # "after decades of backing": the phrase the length is told in
    host = preposition.head
    if preposition.dep != D_PREP or preposition.lower_ not in EARLIER_GERUND_WORDS or host.i == preposition.i or \
            any(measured_gap(c) for c in dependents(preposition)):
        return None  # "a month after announcing": counted from the verb's time (dating.counted_gerund_gap)
    if (pos_of(host) == P_ADJ and host.dep == D_ACOMP) or (pos_of(host) in PS_NOUN_PROPN_PRON and host.dep in DS_DOBJ_ATTR_DATIVE):
        host = host.head  # "is popular after winning", "faces questions after attacking"
    return host if pos_of(host) in PS_VERB_AUX and host.i != own.i else None


def in_the_gerund_phrase(expression: TimeExpression, gerund: Token) -> bool:
    """Whether a time lies in the words of the gerund's own phrase ("after meeting the rebels on Tuesday")."""
    own = clause_head(gerund)
    first, last = own.left_edge, own.right_edge
    return first.idx <= expression.start and expression.end <= last.idx + len(last.text)


UNDATED_PERIOD_RULE = "dating.within_an_undated_period"
PERIOD_NOUNS = rule_words("detente.time", "data/dating.yaml", UNDATED_PERIOD_RULE)  # data/dating.yaml
PERIOD_PREPOSITIONS = frozenset(rule_entry("detente.time", "data/dating.yaml", UNDATED_PERIOD_RULE)["prepositions"])
PERIOD_IN_RULE = "dating.within_an_undated_period_in"
PERIOD_HOST_RULE = "dating.within_the_hosts_undated_period"
PERIOD_IN_NOUNS = rule_words("detente.time", "data/dating.yaml", PERIOD_IN_RULE)  # data/dating.yaml
PERIOD_IN_PREPOSITIONS = frozenset(rule_entry("detente.time", "data/dating.yaml", PERIOD_IN_RULE)["prepositions"])


def _names_a_period(preposition: Token, noun: Token) -> bool:
    """Whether a preposition and its noun name a stretch longer than a day: "during"/"throughout" with any noun of the
    period list (rule dating.within_an_undated_period), or "in"/"over" with a determined noun of a stretch that is
    never a one-day occasion ("in her campaigning", "over his career"; rule dating.within_an_undated_period_in)."""
    word, lemma = preposition.lower_, noun.lemma_.lower()
    if word in PERIOD_PREPOSITIONS:
        return lemma in PERIOD_NOUNS
    if word not in PERIOD_IN_PREPOSITIONS or lemma not in PERIOD_IN_NOUNS or not is_on(PERIOD_IN_RULE):
        return False
    return any(c.dep in (D_DET, D_POSS) for c in dependents(noun))


def undated_period(analysis: Analysis, trigger: Token) -> Token | None:
    """The noun of a "during" or "throughout" phrase on the act's own verb (or on the act's noun) that names a stretch
    longer than a day ("attacked his eligibility during the primary", "gave millions throughout the campaign",
    "trained there during his early career"), when no time of the text lies in that phrase: the act is placed inside
    that stretch, which the text leaves undated, so a day the story set for another act is no time of it (rule
    dating.within_an_undated_period, read in time/__init__.py)."""
    if not is_on(UNDATED_PERIOD_RULE):
        return None
    holders = [trigger] if pos_of(trigger) == P_NOUN else []
    own = clause_head(trigger)
    holders.append(own)
    if own.dep == D_ADVCL and head_i(own) != own.i and pos_of(own.head) in PS_VERB_AUX and \
            is_on(PERIOD_HOST_RULE):
        holders.append(own.head)  # "turned vicious during the primary after he questioned her eligibility"
    for holder in holders:
        for child in dependents(holder):
            if child.dep != D_PREP:
                continue
            noun = next((c for c in dependents(child) if c.dep == D_POBJ), None)
            if noun is None or not _names_a_period(child, noun):
                continue
            first, last = child.idx, noun.right_edge.idx + len(noun.right_edge.text)
            if any(first <= t.start < last for t in analysis.times):
                return None  # "during the 2016 campaign", "during the war in 1967": a time of its own
            return noun
    return None


JUDGED_AFTER_RULE = "dating.judgment_after_its_deed"


def judged_deed_time(analysis: Analysis, trigger: Token) -> int | None:
    """The time the deed a verb of judging judges has in its own words, when the verb has none of its own ("accused
    the governor of lying during Monday's debate", "accused the rebels of shelling a school on Friday"): the judgment
    came at or after the deed, so that time bounds it from below (the caller spreads it up to the day of writing).
    The deed is the gerund after "of", "for" or "over" on the verb or its object; its time is the one its own clause
    governs, or the day the story gives the occasion it was done at (rule dating.judgment_after_its_deed)."""
    verb = clause_head(trigger)
    if not is_on(JUDGED_AFTER_RULE) or pos_of(verb) not in PS_VERB_AUX or verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    holders = [verb, *(c for c in dependents(verb) if c.dep in DS_DOBJ_NSUBJPASS)]
    for holder in holders:
        for preposition in dependents(holder):
            if preposition.dep != D_PREP or preposition.lower_ not in GROUND_PREPOSITIONS:
                continue
            for deed in dependents(preposition):
                if deed.dep != D_PCOMP or not (deed.tag == T_VBG or perfect_gerund(deed)):
                    continue
                found = governed_by(analysis, deed)
                if found is None:
                    found, _ = occasions.dated_occasion(analysis, time_index(analysis), deed,
                                                        lambda deed=deed: clause_tokens_down(deed))
                if found is not None and analysis.times[found].date is not None:
                    return found
    return None


@kept_per_word(_judged_deed_frame)
def judged_deed_frame(trigger: Token) -> Token | None:
    """The verb of judging whose ground a gerund tells: "accused the rebels of shelling a school", "was arrested
    for stealing", "praised the police for acting quickly". The deed judged was done before the judgment, so it is
    dated up to the judging verb's time, never at it; a time of the gerund's own clause stays its date (rule
    dating.judged_deed). Kept per document and word while no rule is switched off (as `frame_of_earlier_act`)."""


def perfect_gerund(verb: Token) -> bool:
    """A perfect gerund ("for having backed the invasion"): its "having" puts the deed before the verb it hangs on
    (rule dating.judged_perfect_gerund)."""
    return verb.tag == T_VBN and is_on("dating.judged_perfect_gerund") and \
        any(c.dep in DS_AUX_AUXPASS and c.lower_ == "having" for c in dependents(verb))


TOPIC_NOUN_PREPOSITIONS = frozenset({"of", "for", "over", "about"})


def judged_happening_frame(trigger: Token) -> Token | None:
    """The verb of judging whose object, or ground after "of", "for", "over" or "about", is the event noun trigger:
    "condemned the governor's attack on the press", "denounced the arrest of the journalists", "blamed the rebels for
    the bombing". The happening judged was done before the judgment, so the judging verb's time is no day of its own
    but the last day it can lie on (rule dating.judged_happening)."""
    if pos_of(trigger) != P_NOUN or not JUDGING_VERBS or not is_on("dating.judged_happening"):
        return None
    holder = trigger.head
    if trigger.dep == D_POBJ and holder.lower_ in TOPIC_NOUN_PREPOSITIONS and head_i(holder) != holder.i:
        holder = holder.head
        if pos_of(holder) in PS_NOUN_PROPN_PRON and holder.dep == D_DOBJ:
            holder = holder.head  # "blamed the rebels for the bombing": the phrase hung on the object
    elif trigger.dep != D_DOBJ:
        return None
    if pos_of(holder) not in PS_VERB_AUX or holder.lemma_.lower() not in JUDGING_VERBS:
        return None
    return holder


def act_of_the_argument(noun: Token) -> Token | None:
    """The verb whose object, or whose phrase after a preposition, the event noun is, when that verb tells another
    act than the noun's: "the ad references FBI criticism of her", "is lying about her support for the deal",
    "doubled down on his attacks". The noun names a happening the verb's act is about, known by then, so the story's
    time that dates the verb is not its day but the last day it can lie on (rule dating.argument_noun_before). Not
    the object of a light verb, whose noun is the verb's own act ("held talks", "launched an attack",
    nouns.yaml light_verbs), nor a setting ("killed in an attack", dating.setting_noun), nor a subject."""
    from detente.events.lexicon import light_verbs

    if pos_of(noun) != P_NOUN or not is_on("dating.argument_noun_before"):
        return None
    holder = noun.head
    if noun.dep == D_POBJ:
        if holder.lower_ in SETTING_PREPOSITIONS or holder.dep == D_AGENT or head_i(holder) == holder.i:
            return None  # (the doer of a passive, "the day was marked by celebrations", is the verb's own act)
        holder = holder.head
        if pos_of(holder) in PS_NOUN_PROPN_PRON and holder.dep == D_DOBJ:
            holder = holder.head  # "blamed the rebels for the bombing": the phrase hung on the object
    elif noun.dep != D_DOBJ:
        return None
    if pos_of(holder) != P_VERB or holder.i == noun.i or holder.lemma_.lower() in light_verbs():
        return None
    return holder


RELIEF_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.relieved_measure_before")  # data/dating.yaml
RELIEF_PREPOSITIONS = frozenset({"from", "to", "of", "on", "for"})  # "a waiver from", "an exception to", ...
RELIEF_NOUN_DEPS = frozenset({D_DOBJ, D_NSUBJ, get_string_id("nsubjpass")})  # "granted waivers", "a waiver was approved"


def relief_of_the_measure(noun: Token) -> Token | None:
    """The verb of a relief that a standing measure is named in ("granted waivers from the sanctions on Friday",
    "exempted medicines from the embargo on Monday", "an exception to the ban was approved on Tuesday"): what is
    relieved was in force before the relief, so the relief's time is the last day the measure can lie on, not its
    day (rule dating.relieved_measure_before). The verb itself when it is the relief ("exempted"), else the verb the
    relief noun is the object or subject of; none for a relief noun with no verb (a headline's "Waiver from
    sanctions")."""
    if pos_of(noun) != P_NOUN or noun.dep != D_POBJ or noun.head.lower_ not in RELIEF_PREPOSITIONS or \
            not RELIEF_WORDS:
        return None
    holder = noun.head.head
    if holder.i == noun.head.i:
        return None
    verb = holder if pos_of(holder) in PS_VERB_AUX else holder.head
    if verb.i != holder.i and (holder.dep not in RELIEF_NOUN_DEPS or pos_of(verb) not in PS_VERB_AUX):
        return None
    # the relief is the verb ("exempted ... from"), the noun the phrase hangs on ("a waiver from"), or the verb's
    # object when the parse hangs the phrase on the verb ("granted waivers from the sanctions")
    if verb.lemma_.lower() in RELIEF_WORDS or holder.lemma_.lower() in RELIEF_WORDS or \
            any(c.dep == D_DOBJ and c.lemma_.lower() in RELIEF_WORDS for c in dependents(verb)):
        return verb
    return None


COPULA_COMPLEMENT_DEPS = frozenset({D_ATTR, D_ACOMP})
REPORTED_JUDGMENT_DEPS = frozenset({D_CCOMP, get_string_id("parataxis")})


def saying_of_a_judged_happening(noun: Token) -> Token | None:
    """The verb of saying whose reported words judge the happening an event noun names ("said on Wednesday the war in
    Syria had been a disaster", "told a forum on Tuesday that the invasion was a mistake"): the noun is the subject of
    a copula in those words, so the words are about a happening the speaker already knew; the saying's time is the
    last day it can lie on, not its day (rule dating.judged_in_reported_words)."""
    if pos_of(noun) != P_NOUN or noun.dep != D_NSUBJ or not is_on("dating.judged_in_reported_words"):
        return None
    verb = noun.head
    if verb.i == noun.i or verb.lemma != L_BE or verb.dep not in REPORTED_JUDGMENT_DEPS or \
            not any(c.dep in COPULA_COMPLEMENT_DEPS for c in dependents(verb)):
        return None
    saying = verb.head
    if saying.i == verb.i or pos_of(saying) not in PS_VERB_AUX or saying.lemma_.lower() not in SPEECH:
        return None
    return saying


TOPIC_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.topic_not_time")  # data/dating.yaml
SPEECH = word_class("reporting_verbs", "speech")
WORDS_ABOUT = rule_words("detente.time", "data/dating.yaml", "dating.topic_noun_before")  # data/dating.yaml


def topic_of_words(noun: Token) -> Token | None:
    """The verb of words an event noun is the topic of ("spoke about the hack", "described the raid", "was asked
    about the shooting"): what is spoken of was done before the words, so a time of the sentence that dates the
    speaking is the last day the noun's happening can lie on, not its day (rule dating.topic_noun_before)."""
    act = act_of_the_argument(noun)
    if act is None or act.i > noun.i or act.lemma_.lower() not in WORDS_ABOUT or \
            not is_on("dating.topic_noun_before"):
        return None  # (what is spoken of follows the verb: "on an official visit, he asked ..." is a setting)
    if noun.dep == D_POBJ and noun.head.lower_ not in WORDS_ABOUT_PREPOSITIONS:
        return None  # "commemorates the dead with the lighting of a candle", "answered questions over lunch"
    if noun.dep in DS_DOBJ_DATIVE and act.lemma_.lower() in ADDRESSING:
        return None  # "told a plenary session on Monday", "addressed the rally": whom the words are told to
    if any(c.dep in DS_NUMMOD_QUANTMOD or c.lower_ in ("many", "several", "dozens", "hundreds")
           for c in dependents(noun)) or measured(noun):
        return None  # "cited 906 attacks last year": a count of happenings is told for the time it covers
    return act


ADDRESSING = frozenset({"tell", "brief", "address", "ask", "answer", "inform"})  # their object hears the words
WORDS_ABOUT_PREPOSITIONS = frozenset({"about", "on", "of", "regarding", "concerning"})  # "spoke about the hack"
# verbs that uphold, undo or ratify an earlier decision ("upheld the 2013 repeal"): the decision came before them
REVIEW_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.review_not_time")  # data/dating.yaml


def topic_time(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression is the time of what a verb of words is about ("criticized last year's election",
    "denounced the 2015 deal", "condemned Tuesday's attack"): a time inside its object names the happening spoken
    of, which came before the words (rule dating.topic_not_time)."""
    if not is_on("dating.topic_not_time") or pos_of(trigger) not in PS_VERB_AUX:
        return False
    verb = clause_head(trigger)
    lemma = verb.lemma_.lower()
    if lemma not in TOPIC_VERBS and lemma not in SPEECH and lemma not in REVIEW_VERBS:
        return False
    if lemma in ATTENDING_VERBS and occasion_object_time(analysis, time_index(analysis), number, trigger):
        return False  # "briefed a 2015 session", "addressed Friday's rally": spoken to, not of (occasion_object_time)
    expression = analysis.times[number]
    if verb.idx < expression.start and period_of_a_known_thing(analysis, number) is not None:
        return True  # "criticised the budget of 2021": the known thing's year, spoken of after it
        # (dating.known_thing_period_after)
    for child in dependents(verb):
        if child.dep == D_DOBJ and child.left_edge.idx <= expression.start and expression.end <= child.idx:
            return True  # before the object's noun ("last year's election", "the 2015 deal"); one after it may be
            # the verb's own time, however the parser hung it ("denounced the decision on Friday")
        if child.dep == D_PREP and child.lower_ in ("of", "about", "for", "over") and \
                child.left_edge.idx <= expression.start < child.right_edge.idx + len(child.right_edge):
            return True  # "blamed the rebels for Tuesday's attack"
    return spoken_of_time(analysis, trigger) == number  # "protested against Monday's decision" (dating.topic_nested_time)


def since_then(analysis: Analysis, number: int, trigger: Token) -> bool:
    """Whether the expression opens a span that runs on to the time of writing: "since March", or "has since
    retaken it" after a time of the clause before (rule dating.since_then)."""
    if not is_on("dating.since_then") or not mentions_any(analysis.doc, ("since", *SINCE_WORDS)):
        return False  # every reading below needs a "since" (most stories have none)
    expression = analysis.times[number]
    before = doc_text(analysis.doc)[max(0, expression.start - 6):expression.start].lower()
    if before.rstrip().endswith("since") and before.rstrip() == before[:len(before.rstrip())] and \
            (before.endswith(" ") or before.endswith("\n")):
        return True
    verb = clause_head(trigger)
    if any(since_clause(verb, c) and c.left_edge.idx <= expression.start < c.right_edge.idx + len(c.right_edge)
           for c in dependents(verb)):
        return True  # "has attacked him since the council rejected the plan on Monday": the span began then
    if within_misparsed_since(verb, expression.start):
        return True
    if in_a_since_phrase(analysis, number, trigger):
        return True  # "her attacks on him since the convention in July": from July on
    outside = not (verb.left_edge.idx <= expression.start < verb.right_edge.idx + len(verb.right_edge))
    return outside and any(c.dep == D_ADVMOD and c.lower_ == "since" for c in dependents(verb))


UNTIL_WORDS = rule_pattern("detente.time", "data/dating.yaml", "dating.until_then")  # data/dating.yaml


def mentions_any(doc: Doc, words: Iterable[str]) -> bool:
    """Whether any of the words occurs in the document's text (lower-cased, apostrophes straight, as the word lists
    are) as a string: one scan of a text kept per document, asked by a rule whose every reading needs one of the
    words before it walks the parse for them."""
    words = tuple(words)  # (the words as given: a rule's list switched off gives none)
    held = once_per_doc(doc, "dating.mentioned", _new_table)  # the answers kept per document and words: each is
    found = held.get(words)  # a scan of the whole text per word, and the rules ask it for every dated act
    if found is None:
        text = once_per_doc(doc, "dating.lowered_text", _lowered_text)
        found = held[words] = any(word in text for word in words)
    return found


def _lowered_text(doc: Doc) -> str:
    return doc_text(doc).lower().replace("\u2019", "'")


def until_then(analysis: Analysis, number: int) -> bool:
    """Whether the expression closes a span the act ran over: "refused to release the report until Friday", "kept
    the border shut through March" (a refusal or a state that lasted up to that time, not an act of that day alone);
    "from Monday through Friday" is a range read whole (coordinated_extent), not this (rule dating.until_then)."""
    expression = analysis.times[number]
    if expression.date is None or not UNTIL_WORDS.search(doc_text(analysis.doc)[max(0, expression.start - 9):
                                                                                expression.start]):
        return False
    first, _ = coordinated_extent(analysis, number)
    return first == expression.date


PROGRESSIVE_AUXILIARIES = frozenset({"was", "were"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "who", "which", "that" as the relative clause's own word
RELATIVE_TAG_IDS = frozenset(get_string_id(label) for label in RELATIVE_TAGS)


def of_the_simultaneous_description(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """A relative clause in the past progressive ("a guard who was standing at the gate was shot on Friday night",
    "the troops who were guarding the bridge surrendered on Monday") tells what its noun was in the middle of doing
    when the clause it hangs on happened: the background going on at that moment. With no time of its own, it
    shares the time that clause's own words give its verb (rule dating.progressive_description)."""
    own = clause_head(trigger)
    if own.dep != D_RELCL or own.tag != T_VBG or head_i(own) == own.i or \
            not any(c.dep == D_AUX and c.lower_ in PROGRESSIVE_AUXILIARIES for c in dependents(own)) or \
            not index.by_sentence.get(sentence) or not is_on("dating.progressive_description"):
        return None
    if not any(c.dep == D_NSUBJ and c.tag in RELATIVE_TAG_IDS for c in dependents(own)):
        return None  # the noun is the one doing it ("who was waiting"), not a time or place ("March, when he was")
    governor = clause_head(own.head)
    if governor.i == own.i or pos_of(governor) not in PS_VERB_AUX or governor.lemma_.lower() in SPEECH:
        return None  # ("officials who were counting the votes said on Monday": a description naming the speakers)
    found, how = choose(analysis, governor.idx, governor.idx + len(governor.text))
    if found is None or how != "governed" or analysis.sentence_index(governor.idx) != sentence:
        return None
    return found


SPOKEN_OF_PREPOSITIONS = frozenset({"to", "of", "about", "over", "for", "against"})
REPLY_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.topic_nested_time")  # data/dating.yaml


def spoken_of_time(analysis: Analysis, trigger: Token) -> int | None:
    """The dated expression in the words of what a verb of words or of reply is about, when the verb's own clause
    gives it no time: "responded angrily to Monday's announcement", "retaliated for the Nov. 3 attack". The time
    names that other happening (the noun it hangs on owns it, so it never dates the verb as its own); the words came
    at or after its start, so it still bounds them: from then up to the day of writing, as dating.topic_not_time
    reads a time just before the object. A time in a setting phrase ("at Sunday's rally", "in Tuesday's speech")
    is the act's own occasion, not this (rule dating.topic_nested_time)."""
    if pos_of(trigger) != P_VERB or not is_on("dating.topic_nested_time"):
        return None
    verb = clause_head(trigger)
    lemma = verb.lemma_.lower()
    if lemma not in TOPIC_VERBS and lemma not in SPEECH and lemma not in REVIEW_VERBS and lemma not in REPLY_VERBS:
        return None
    index = time_index(analysis)
    numbers = index.by_sentence.get(analysis.sentence_index(verb.idx))
    if not numbers:
        return None
    for child in dependents(verb):
        if child.dep == D_PREP and child.lower_ in SPOKEN_OF_PREPOSITIONS:
            noun = next((c for c in dependents(child) if c.dep == D_POBJ), None)
        else:
            noun = child if child.dep == D_DOBJ else None
        if noun is None:
            continue
        for number in numbers:  # before the noun, in its own words ("Monday's", "the Nov. 3"), not in a phrase on
            # it ("the host of Tuesday's debate" is a person, no happening spoken of)
            expression = analysis.times[number]
            if noun.left_edge.idx <= expression.start and expression.end <= noun.idx and \
                    expression.date is not None and expression.type == "DATE":
                return number
        found = happening_time(analysis, index, noun)  # "criticized the speech, which he gave on Monday"
        if found is not None:
            return found
    return None


CONTINUING_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.continuing_relative")  # data/dating.yaml



def continuing_frame(trigger: Token) -> Token | None:
    """The verb a relative clause goes on from, when the clause tells what the object of that verb did next: set off
    by a comma, its relative pronoun its subject, in the simple past, with a word that moves the story on ("then",
    "later") or a verb of words, the reply of the one acted on ("The ruling angered the party, which threatened to
    appeal", "The president received the envoy, who then flew to Cairo"). Such a clause is no earlier act the
    relative clause describes (frame_of_earlier_act): it came at or after its verb's time (rule
    dating.continuing_relative)."""
    own = clause_head(trigger)
    if own.dep != D_RELCL or own.tag != T_VBD or head_i(own) == own.i or not is_on("dating.continuing_relative"):
        return None
    children = dependents(own)
    pronoun = next((c for c in children if c.dep == D_NSUBJ and c.tag in RELATIVE_TAG_IDS), None)
    if pronoun is None or pronoun.i == 0 or own.doc[pronoun.i - 1].text != "," or \
            any(c.dep in DS_AUX_AUXPASS for c in children):
        return None
    noun = own.head
    if noun.dep in DS_NSUBJ_NSUBJPASS or noun.i < pronoun.i - 2:
        return None  # ("The minister, who resigned, ...": a description of the subject; the pronoun next to its noun)
    if not any(c.dep == D_ADVMOD and c.lower_ in CONTINUING_WORDS for c in children) and \
            own.lemma_.lower() not in SPEECH:
        return None
    frame = clause_head(noun)
    return frame if frame.i != own.i and pos_of(frame) in PS_VERB_AUX and frame.i < own.i else None


def ordering_act_of_the_noun(noun: Token) -> tuple[str, Token, Token | None] | None:
    """For an event noun that an "after" or "before" phrase of a verb names ("arrived on Friday, hours after the
    bombing", "met on Monday before the vote"): the order the phrase tells ("after": the act came after the noun's
    happening), the verb, and the length that sets them apart ("two days", "hours") if one does. The verb's time
    is the act's, not the happening's (rule dating.ordering_noun_not_the_act)."""
    if pos_of(noun) != P_NOUN or not is_on("dating.ordering_noun_not_the_act"):
        return None
    for _ in range(4):  # "before the riots and the ban": each happening joined to the one the phrase names
        if noun.dep != D_CONJ or head_i(noun) == noun.i or pos_at(noun.doc, head_i(noun)) != P_NOUN:
            break
        noun = noun.head
    if noun.dep != D_POBJ:
        return None
    preposition = noun.head
    verb = preposition.head
    if preposition.dep != D_PREP or verb.i == preposition.i or pos_of(verb) not in PS_VERB_AUX:
        return None
    order, named = ordering_phrase(preposition)
    if order not in ("after", "before") or named is None or named.i != noun.i:
        return None
    gap = next((c for c in dependents(preposition) if c.dep == D_NPADVMOD), None)
    return order, verb, gap


def of_the_ordering_act(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> tuple[int | None, str]:
    """The time that places an event noun an "after" or "before" phrase names: its own ("after the March 3
    bombing"), else the time its verb's own words give that verb ("arrived on Friday, hours after the bombing"),
    which bounds the happening rather than dating it (read in time/__init__.py, way "ordering act")."""
    ordered = ordering_act_of_the_noun(noun)
    if ordered is None or not index.by_sentence.get(sentence):
        return None, "none"
    own = _in_the_noun_phrase(analysis, index, sentence, noun)
    if own is not None:
        return own, "governed"
    verb = ordered[1]
    found, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
    if found is None or how not in ("governed", "nearest", "said", "sentence"):
        return None, "none"
    return found, "ordering act"


PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "has", "have"})


def present_description_elsewhere(analysis: Analysis, index: TimeIndex, number: int, relative: Token) -> bool:
    """Whether a time outside a relative clause told in the present ("the senator, who is seeking reelection, voted
    against Tuesday's budget", "officials, who say the plan works, met on Monday") sits in another part of the
    sentence than the noun the clause describes: the clause tells what holds of its noun at the writer's now, and a
    day the rest of the sentence gives another act is no time of it; a time on the described noun itself ("Tuesday's
    vote, which is expected to ...") may still be (rule dating.present_relative_own_time)."""
    if not is_on("dating.present_relative_own_time"):
        return False
    auxiliaries = [c for c in dependents(relative) if c.dep in DS_AUX_AUXPASS]
    present = relative.tag in TS_VBZ_VBP if not auxiliaries else \
        all(a.lower_ in PRESENT_AUXILIARIES for a in auxiliaries)
    if not present:
        return False
    expression = analysis.times[number]
    if relative.left_edge.idx <= expression.start < relative.right_edge.idx + len(relative.right_edge):
        return False  # its own words
    described = relative.head
    anchor = index.noun_of.get(number, index.anchor_of.get(number))
    return anchor is None or anchor == relative.i or not described.left_edge.i <= anchor <= described.right_edge.i


REALIZING_VERBS = rule_words("detente.time", "data/dating.yaml", "dating.happening_told_in_its_clause")  # data/dating.yaml


def happening_time(analysis: Analysis, index: TimeIndex, noun: Token) -> int | None:
    """The dated expression a relative clause or participle on an event noun gives that happening, when the clause
    tells the happening take place or someone hold it ("the vote, which took place on Sunday", "a speech that he
    delivered on Monday", "the rally held on Saturday"): the noun's own time, as "Sunday's vote" is. A clause that
    tells something else done to it ("the vote, which was postponed on Monday") gives no such time (rule
    dating.happening_told_in_its_clause)."""
    if pos_of(noun) != P_NOUN or noun.lemma_.lower() not in event_nouns() or \
            not is_on("dating.happening_told_in_its_clause"):
        return None
    numbers = index.by_sentence.get(analysis.sentence_index(noun.idx))
    if not numbers:
        return None
    for clause in dependents(noun):
        if clause.dep not in DS_RELCL_ACL or clause.lemma_.lower() not in REALIZING_VERBS:
            continue
        first, last = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        for number in numbers:
            expression = analysis.times[number]
            if first <= expression.start and expression.end <= last and expression.type == "DATE" and \
                    expression.date is not None and index.anchor_of.get(number) in clause_tokens_down(clause):
                return number
    return None


def of_the_happening_acted_at(analysis: Analysis, index: TimeIndex, trigger: Token) -> int | None:
    """The time a relative clause or participle gives the happening an act is done at or on ("boycotted the vote,
    which took place on Sunday", "condemned the attacks in a speech that he delivered on Monday"): its object's or
    its setting's own time (happening_time), when nothing in the act's own clause dates it."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or (trigger.i != verb.i and pos_of(trigger) != P_VERB):
        return None
    places = [c for c in dependents(verb) if c.dep == D_PREP and c.lower_ in SETTING_PREPOSITIONS]
    nouns = [c for c in dependents(verb) if c.dep == D_DOBJ]
    # (a setting the parser hung on the object: "condemned the attacks in a speech that ...")
    places += [c for noun in nouns for c in dependents(noun) if c.dep == D_PREP and c.lower_ in SETTING_PREPOSITIONS]
    nouns += [c for place in places for c in dependents(place) if c.dep == D_POBJ]
    for noun in nouns:
        found = happening_time(analysis, index, noun)
        if found is not None:
            return found
    return None


SUBJECT_DEED_RULE = "dating.subject_deed_in_present"
# verbs a present tense tells a happening going on or still to come with ("the talks continue", "the vote takes place")
GOING_ON_VERBS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", SUBJECT_DEED_RULE)["verbs"])
# words that tell a named happening as going on or still to come ("the ongoing probe", "the planned summit")
NOT_DONE_MODIFIERS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml",
                                                         SUBJECT_DEED_RULE)["modifiers"])
KNOWN_DETERMINERS = rule_words("detente.time", "data/words.yaml", "named_deed_determiners")


def subject_deed_in_present(noun: Token) -> bool:
    """An event noun that names one known happening ("the agreement with the rebels", "the senator's endorsement") as
    the subject of a present tense that judges or weighs it ("angers the army", "raises questions"): the noun has no
    tense of its own, and what a present verb says of a deed already named was done before the telling, some time up
    to the day of writing, not on it (as dating.named_deed does for an object). Not a verb a present tense tells a
    happening going on or to come with ("the talks continue", "the vote takes place"), nor "be" ("the probe is
    free of influence"), nor a noun told as going on or ahead ("the ongoing probe", "the planned summit"). Rule
    dating.subject_deed_in_present."""
    if pos_of(noun) != P_NOUN or noun.dep not in DS_NSUBJ_NSUBJPASS or head_i(noun) == noun.i or \
            not is_on(SUBJECT_DEED_RULE):
        return False
    children = dependents(noun)
    if not any((c.dep == D_DET and c.lower_ in KNOWN_DETERMINERS) or c.dep == D_POSS for c in children) or \
            any(c.lower_ in NOT_DONE_MODIFIERS for c in children):
        return False
    verb = noun.head
    if pos_of(verb) not in PS_VERB_AUX or verb.lemma == L_BE or verb.lemma_.lower() in GOING_ON_VERBS:
        return False
    return verb_direction(verb) == 1 and not any(c.tag == T_MD for c in dependents(verb))


RANKED_RULE = "dating.ranked_infinitive"
RANKS = rule_words("detente.time", "data/dating.yaml", RANKED_RULE)


def ranked_infinitive_done(verb: Token) -> bool:
    """An infinitive that ranks its doer among others ("the first senator to endorse him was ...", "was the only
    member to condemn the raid") has no tense of its own: it takes the tense of the verb the ranked word hangs on, so
    under a past ("was", "became") it is an act done some time up to the day of writing, not on it. Rule
    dating.ranked_infinitive."""
    if verb.tag != T_VB or head_i(verb) == verb.i or \
            not any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)):
        return False
    head = verb.head
    if verb.dep in (D_RELCL, D_ACL):
        ranked, holder = head, head.head
    elif verb.dep == D_ADVCL and head.lemma == L_BE:
        attrs = [c for c in dependents(head) if c.dep == D_ATTR]
        if not attrs:
            return False
        ranked, holder = attrs[0], head
    else:
        return False
    if not (ranked.lower_ in RANKS or any(c.dep == D_AMOD and (c.lower_ in RANKS or c.tag_ == "JJS")
                                          for c in dependents(ranked))):
        return False
    return pos_of(holder) in PS_VERB_AUX and holder.i != ranked.i and verb_direction(holder) == -1


DECIDED_RULE = "dating.decided_infinitive"
DECIDING_NOUNS = rule_words("detente.time", "data/dating.yaml", DECIDED_RULE)


def decided_infinitive_done(verb: Token) -> bool:
    """An infinitive on a definite or possessive noun of deciding ("criticised her decision to allow the refugees in",
    "the prosecutor's decision to drop the charge") names the act of a decision that was made: it has no tense of its
    own, and was done some time up to the day of writing, not on it (events/factuality.py reads it as the decision is
    told, factuality.decided_acts). So is one a verb in the past made ("made a decision to grant the request").
    Rule dating.decided_infinitive."""
    if verb.tag != T_VB or verb.dep not in (D_ACL, D_RELCL) or head_i(verb) == verb.i or \
            not any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)):
        return False
    noun = verb.head
    if noun.lemma_.lower() not in DECIDING_NOUNS:
        return False
    if any((c.dep == D_DET and c.lower_ in ("the", "this", "that")) or c.dep == D_POSS for c in dependents(noun)):
        return True
    return noun.dep == D_DOBJ and head_i(noun) != noun.i and pos_of(noun.head) in PS_VERB_AUX and \
        verb_direction(noun.head) == -1


# the discourse rules build on this module's helpers, so they are imported after them (once, not per trigger)
from detente.time import answers, discourse, occasions, records  # noqa: E402

TOPIC_NOUN_RULE = "dating.topic_of_an_argument_noun"
TOPIC_PHRASE_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", TOPIC_NOUN_RULE)  # data/dating.yaml


def act_of_a_topic_noun(noun: Token) -> Token | None:
    """The verb whose argument noun has this event noun as its topic ("called for answers about the shooting",
    "demanded an inquiry into the killing", "voiced anger over the raid"): a known happening (the noun is definite or
    possessed) that the words, the demand or the feeling are about came before them, so a time that dates the verb
    (its own, its conjunct's, the story's) is the last day the happening can lie on, not its day. Only after a
    preposition of topic hung on another noun; the nearest verb above that noun is the act. Rule
    dating.topic_of_an_argument_noun."""
    if pos_of(noun) != P_NOUN or noun.dep != D_POBJ or head_i(noun) == noun.i:
        return None
    preposition = noun.head
    if preposition.lower_ not in TOPIC_PHRASE_PREPOSITIONS or head_i(preposition) == preposition.i:
        return None  # (the word list is empty while the rule is off)
    holder = preposition.head
    if pos_of(holder) in PS_VERB_AUX and any(c.dep == D_DOBJ and pos_of(c) == P_NOUN and c.right_edge.i + 1 ==
                                             preposition.i for c in dependents(holder)):
        holder = next(c for c in dependents(holder) if c.dep == D_DOBJ)  # "voiced anger over the raid": the parser
        # hangs the phrase that follows the object on the verb
    if pos_of(holder) != P_NOUN:
        return None  # a preposition on a verb alone ("spoke about the hack") is dating.topic_noun_before's
    if not any(c.dep == D_POSS or (c.dep == D_DET and c.lower_ in KNOWN_THING_DETERMINERS) for c in dependents(noun)):
        return None  # "fears about an attack", "talks over a ceasefire": a happening not told as known may be to come
    token = holder
    for _ in range(4):
        if head_i(token) == token.i:
            return None
        token = token.head
        if pos_of(token) in PS_VERB_AUX:
            return token
        if pos_of(token) not in PS_PROPN_NOUN and pos_of(token) != P_ADP:
            return None
    return None


REVIEW_CHAIN_RULE = "dating.review_after_the_setting"
PHRASAL_REVIEW_VERBS = rule_words("detente.time", "data/dating.yaml", REVIEW_CHAIN_RULE)  # data/dating.yaml


def _reviews(verb: Token) -> bool:
    """Whether the verb upholds, undoes or ratifies something done before (dating.review_not_time's words, or a
    verb with its particle from this rule's: "struck it down", "threw out the case")."""
    lemma = verb.lemma_.lower()
    if lemma in REVIEW_VERBS:
        return True
    return any(c.dep == D_PRT and f"{lemma} {c.lower_}" in PHRASAL_REVIEW_VERBS for c in dependents(verb))


def _same_actor(analysis: Analysis, owner: Token, verb: Token) -> bool:
    """Whether the possessive names the verb's own subject ("Kirk rescinded his endorsement"), as the actors stage
    resolved both ("the court overturned his conviction": another party's)."""
    owners = {m.actor_id for m in analysis.mentions_at(owner.i) if m.actor_id}
    doers = {m.actor_id for c in dependents(verb) if c.dep == D_NSUBJ for m in analysis.mentions_at(c.i) if m.actor_id}
    return bool(owners & doers)


def _reviews_a_decision(analysis: Analysis, verb: Token) -> bool:
    """Whether the verb reviews a decision: not its doer's own course ("reversed themselves", "rescinded his
    endorsement": a change of mind) nor
    a party it acts on ("challenged him to a debate", "the senator was challenged on the cost": dared or questioned,
    not a decision reviewed)."""
    for child in dependents(verb):
        if child.dep == D_DOBJ and (child.lower_.endswith(("self", "selves")) or any(
                c.dep == D_POSS and _same_actor(analysis, c, verb) for c in dependents(child))):
            return False  # "reversed themselves", "rescinded his endorsement": the doer undoes its own act
        if child.dep in (D_NSUBJPASS, D_DOBJ) and analysis.mentions_at(child.i):
            return False
    return _reviews(verb)


def review_after_the_setting(analysis: Analysis, trigger: Token) -> bool:
    """Whether an act told in the past with no time of its own reviews what was done before ("A judge struck it
    down", "an appeals court overturned him"), or comes after such an act in the same chain of clauses ("..., and
    the high court refused to take the case"): it answers the earlier decision, so the time the story set for that
    decision (the paragraph's, the lead's) is where it starts, not its day; not a doer's change of its own course
    ("reversed themselves") nor an act on a party. Rule dating.review_after_the_setting."""
    if not PHRASAL_REVIEW_VERBS:
        return False  # (the word list is empty while the rule is off)
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX or verb.tag not in TS_VBD_VBN or not is_past(verb):
        return False
    token = verb
    for _ in range(6):
        if _reviews_a_decision(analysis, token):
            return True
        if token.dep != D_CONJ or head_i(token) == token.i or pos_of(token.head) not in PS_VERB_AUX:
            return False
        token = token.head  # a later act in the same chain: after the review before it
    return False


PERIOD_RULE = "dating.known_thing_period_after"
KNOWN_PERIOD_PREPOSITIONS = rule_words("detente.time", "data/dating.yaml", PERIOD_RULE)  # data/dating.yaml
KNOWN_PERIOD_PRECISIONS = frozenset({"month", "quarter", "year", "decade"})


def period_of_a_known_thing(analysis: Analysis, number: int) -> Token | None:
    """Whether a month or a year after "for", "of" or "from" right after a known thing (a definite or possessed noun:
    "audited his returns for 2015", "criticised the budget of 2012", "released the emails from 2012") says which
    thing, of or made in that period, however the parser hung the phrase: it is the thing's time, not the time of
    the act on it, which comes later (the mirror, after the noun, of dating.known_thing_object). Rule
    dating.known_thing_period_after. The thing's noun, or None."""
    if not KNOWN_PERIOD_PREPOSITIONS:
        return None  # (the word list is empty while the rule is off)
    expression = analysis.times[number]
    if expression.precision not in KNOWN_PERIOD_PRECISIONS:
        return None  # a day after its noun ("the vote on Monday", "the ban from Monday") is left to the other rules
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return None
    word = span.root
    preposition = word.head if word.dep == D_POBJ and head_i(word) != word.i and pos_of(word.head) == P_ADP else None
    while preposition is not None and preposition.dep == D_PREP and head_i(preposition) != preposition.i and \
            pos_at(preposition.doc, head_i(preposition)) == P_ADP:
        preposition = preposition.head  # "from before 2009": the outer preposition
    if preposition is None or preposition.lower_ not in KNOWN_PERIOD_PREPOSITIONS or preposition.i == 0:
        return None
    noun = analysis.doc[preposition.i - 1]
    if pos_of(noun) != P_NOUN or noun.dep not in OBJECT_DEP_IDS and noun.dep != D_POBJ:
        return None
    known = any(c.dep == D_POSS or (c.dep == D_DET and c.lower_ in KNOWN_THING_DETERMINERS) for c in dependents(noun))
    return noun if known else None


def words_about(verb: Token) -> bool:
    """Whether the verb speaks of, judges or reviews what it acts on (the words of dating.topic_not_time, the
    speech verbs, those of dating.review_not_time): a time that names its object bounds it from then on."""
    lemma = verb.lemma_.lower()
    return lemma in TOPIC_VERBS or lemma in SPEECH or lemma in REVIEW_VERBS
