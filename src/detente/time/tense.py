"""Which way a bare "Friday" or "in March" points, read from the verb that governs it.

"said Friday" is last Friday; "will meet Friday" and "talks begin Friday" are next Friday.
Levels: 2 the verb looks ahead (will, plans to), 1 plain present, 0 the parse does not say, -1 past, -2 the own
time of an act told as over (or a time after "since").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from detente.nlp.arrays import columns, doc_arrays
from detente.nlp.labels import (
    D_ACOMP,
    D_AUX,
    D_CCOMP,
    D_DOBJ,
    D_POBJ,
    D_POSS,
    D_PREP,
    DS_ADVCL_ACL_XCOMP_PCOMP_CONJ,
    DS_ADVMOD_NPADVMOD,
    DS_AUX_AUXPASS,
    DS_NSUBJ_NSUBJPASS_MARK,
    ES_DATE_TIME,
    L_BE,
    L_HAVE,
    P_ADP,
    PS_NUM_PUNCT,
    PS_PROPN_NOUN,
    PS_VERB_AUX,
    PS_VERB_AUX_ADJ,
    T_MD,
    T_POS,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    T_VBP,
    TS_VBD_VBN,
    TS_VBZ_VBP,
)
from detente.nlp.perdoc import dependents, kept_per_word
from detente.nlp.syntax import governing_verb, head_i, pos_of
from detente.nlp.words import word_class
from detente.rules import is_on, rule_pattern, rule_words
from detente.time.extract import Direction
from detente.time.lexicon import lexicon

FUTURE_AUX = rule_words("detente.time", "data/words.yaml", "future_aux")  # data/words.yaml
MODALS = rule_words("detente.time", "data/words.yaml", "tense_modals")
FUTURE_VERBS = rule_words("detente.time", "data/words.yaml", "future_verbs")
FUTURE_HEADS = rule_words("detente.time", "data/words.yaml", "future_heads")
LOOKING_AHEAD = rule_pattern("detente.time", "data/words.yaml", "looking_ahead")
WEEKDAYS = rule_words("detente.time", "data/words.yaml", "weekdays")
OCCASION_AHEAD = rule_words("detente.time", "data/words.yaml", "occasion_ahead")
AHEAD_OF = rule_words("detente.time", "data/words.yaml", "ahead_of_occasion")
SCHEDULED = rule_words("detente.time", "data/words.yaml", "scheduled_occasions")
OUTCOMES = rule_words("detente.time", "data/words.yaml", "occasion_outcomes")
MODAL_PERFECT = rule_words("detente.time", "data/words.yaml", "modal_perfect")
LOOKING_BACK = rule_pattern("detente.time", "data/words.yaml", "looking_back")
UNTIL_SETTERS = rule_words("detente.time", "data/words.yaml", "until_gone_by")
REPORTING = word_class("reporting_verbs", "tense")  # nlp/data/word_classes.yaml
# the prepositions before an act's own time (rule time.words.tense_calendar, data/words.yaml)
OWN_TIME_PREPOSITIONS = rule_words("detente.time", "data/words.yaml", "tense_calendar")
OWN_PAST = -2  # a direction level: the time is the own time of an act told as over ("bombed it on March 3")


CLOCK_BEFORE = re.compile(r"\b(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)"
                          r"(?:\s+(?:[A-Z]{2,3}T|GMT|UTC))?,?\s+$", re.IGNORECASE)


def saying_before_its_words(token: Token) -> Token | None:
    """The verb of saying a time stands after, before the words it reports begin ("said on Thursday he would visit
    Uganda", "told reporters on Monday they will appeal"): the parser may hang the time on the reported verb, but
    those words start with their subject (or "that"), so a time before it is the saying's, and it points the way the
    saying does. Rule dating.saying_time_before_report."""
    doc = token.doc
    arrays = doc_arrays(doc)  # the climb by word number: a Token is made only for the words kept
    heads, pos, dep = arrays.heads, arrays.pos, arrays.dep
    t = token.i
    for _ in range(4):
        h = heads[t]
        if h == t or pos[h] in PS_VERB_AUX:
            break
        t = h  # "Thursday" -> "on"
    v = heads[t]
    if dep[t] != D_PREP and dep[t] not in DS_ADVMOD_NPADVMOD or dep[v] != D_CCOMP or heads[v] == v:
        return None
    top, verb = doc[t], doc[v]
    saying = verb.head
    if saying.lemma_.lower() not in REPORTING or not saying.i < top.left_edge.i or \
            not is_on("dating.saying_time_before_report"):
        return None
    opening = [c.left_edge.i for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS_MARK]
    if not opening or top.right_edge.i >= min(opening):
        return None
    between = range(saying.i + 1, top.left_edge.i)  # "told reporters on Monday": the saying's own words only
    return saying if all(not verb.is_ancestor(verb.doc[i]) for i in between) else None


def past_perfect(token: Token) -> bool:
    verb = governing_verb(token)
    return verb is not None and any(child.dep in DS_AUX_AUXPASS and child.norm_ in ("had", "'d") and
                                    child.tag == T_VBD for child in dependents(verb))


def denied_past(verb: Token | None, future: bool = False) -> bool:
    """A verb in the past denied with "not" or "never" and no modal ("did not visit Lima until March", "had never met
    him until 2014"): with "until" it tells when the act was done at last, a time gone by; with `future`, a verb
    denied after "will" too ("will not visit Lima until March": the visit is set for March). Rule dating.not_until."""
    if verb is None or not is_on("dating.not_until"):
        return False
    children = dependents(verb)
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in children):
        return False
    modals = [c for c in children if c.tag == T_MD]
    if modals:
        return future and all(c.lower_ in ("will", "'ll", "shall", "wo") for c in modals)
    return verb.tag == T_VBD or any(c.dep in DS_AUX_AUXPASS and c.tag == T_VBD for c in children)


def span_gone_by(verb: Token | None) -> bool:
    """Whether "until" a time closes a span told in the simple past ("marched until 2 a.m. Friday", "were held until
    Friday"): a finite past with no modal, whose verb does not set a limit on something else ("extended the deadline
    until Tuesday" may reach ahead). Then the time is at or before the day of writing. Rule time.words.until_gone_by."""
    if verb is None or not is_on("time.words.until_gone_by") or verb.lemma_.lower() in UNTIL_SETTERS:
        return False
    if verb.lemma_ in FUTURE_VERBS or verb.lemma_ in FUTURE_HEADS:
        return False
    auxes = [a for a in dependents(verb) if a.dep in DS_AUX_AUXPASS]
    if verb.dep == D_CCOMP and verb.head.lemma_.lower() in REPORTING and (
            verb.lemma == L_BE or any(a.lemma == L_BE for a in auxes)):
        return False  # "said the airport was closed until Monday": a state shifted back by the saying may be its present
    if any(a.tag == T_MD or a.lower_ == "to" for a in auxes):
        return False
    if auxes:
        return all(a.tag == T_VBD for a in auxes) and verb.tag in TS_VBD_VBN  # "were held", not "have held"
    return verb.tag == T_VBD


def through_a_noun(token: Token, verb: Token) -> bool:
    """Whether the date hangs on a noun on its way to the verb ("his victory in the primary Tuesday"):
    then it dates that noun's event, and a present verb says nothing about which Tuesday."""
    while token.i != verb.i and head_i(token) != token.i:
        token = token.head
        if pos_of(token) in PS_PROPN_NOUN and token.ent_type not in ES_DATE_TIME:
            return True
    return False


def own_time_of(token: Token, verb: Token) -> bool:
    """Whether the time hangs straight on the verb, bare or after one of the prepositions that give an act its
    time ("bombed the embassy on March 3", "met in April"): then it is that act's own time, and the past tense
    puts it at or before the day of writing (rule time.words.tense_calendar). Not through a noun ("set for a
    summit in April"), nor after "by", "to", "until" (a deadline the act aims at), nor on a verb of planning
    ("scheduled the vote on March 3": the date is the vote's)."""
    if verb.lemma_ in FUTURE_VERBS or verb.lemma_ in FUTURE_HEADS:
        return False
    auxes = [a for a in dependents(verb) if a.dep in DS_AUX_AUXPASS]
    if any(a.lower_ == "to" or a.tag == T_MD for a in auxes) or not (
            verb.tag == T_VBD or any(a.tag == T_VBD or a.lemma == L_HAVE for a in auxes)):
        return False  # a finite past ("bombed", "had bombed", "has met"), not an infinitive ("to be published")
    while token.i != verb.i and head_i(token) != token.i:
        if pos_of(token) == P_ADP:
            if token.lower_ not in OWN_TIME_PREPOSITIONS:
                return False
        elif token.ent_type not in ES_DATE_TIME and pos_of(token) not in PS_NUM_PUNCT:
            return False  # a word outside the time on the way: "payable Dec. 1", "a summit in April"
        token = token.head
    return token.i == verb.i


def modal_perfect(auxes: list[Token]) -> bool:
    """Whether a modal stands before "have" ("would have been", "could have won"): the perfect after the modal tells
    of a time gone by, however "would" alone looks ahead ("Saturday would have been his birthday": the Saturday
    past). Asked of a weekday's verb only: an act told so was never done and keeps no date. Rule
    time.words.modal_perfect."""
    return any(a.lower_ in MODAL_PERFECT for a in auxes) and any(a.lemma == L_HAVE for a in auxes)


def _verb_direction(verb: Token) -> int:
    auxes = [child for child in dependents(verb) if child.dep in DS_AUX_AUXPASS]
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return 2
    if verb.tag == T_VB and any(a.lower_ in MODALS for a in auxes) and not any(a.lemma == L_HAVE for a in auxes):
        return 2  # "can win in November": a modal before a bare verb looks ahead
    if any(a.norm_ in ("had", "'d") and a.tag == T_VBD for a in auxes):
        return -1  # the past perfect: "had been scheduled to expire Friday" tells of a time gone by
    if verb.lemma_ in FUTURE_VERBS and (verb.tag != T_VBD and not any(a.tag == T_VBD for a in auxes)):
        return 2  # "plans a rally on Saturday", "has scheduled a news conference Thursday"
    if verb.tag == T_VBN and auxes and all(a.tag in TS_VBZ_VBP and a.lemma == L_BE for a in auxes):
        return 1  # the present passive: "when the case is heard in May"
    if any(a.tag == T_VBD for a in auxes) or verb.tag in TS_VBD_VBN:
        return -1
    if any(a.lemma == L_HAVE for a in auxes) and any(a.lower_ == "been" for a in auxes):
        return -1  # "have been searching since": the present perfect progressive tells of a time gone by
    if verb.tag == T_VB and any(child.dep == D_AUX and child.lower_ == "to" for child in dependents(verb)):
        head = verb.head  # an infinitive points where the verb it completes points ("set to resume")
        if head.lemma_ in FUTURE_HEADS:
            holder = head.head if head.dep == D_ACOMP else head  # "had been due to": the perfect is on "been"
            return -1 if any(a.norm_ in ("had", "'d") and a.tag == T_VBD for a in dependents(holder)) else 2
        if head.i == verb.i or pos_of(head) not in PS_VERB_AUX_ADJ:
            return 0
        if head.tag == T_VB:  # "would like to make": only a look ahead carries through a bare verb
            return 2 if verb_direction(head) == 2 else 0
        # "agreed to buy the unit in February": what a past verb aims at comes after it, either side of the
        # day of writing
        return 0 if head.tag in TS_VBD_VBN else verb_direction(head)
    if verb.tag == T_VBG and not auxes and verb.dep in DS_ADVCL_ACL_XCOMP_PCOMP_CONJ and \
            head_i(verb) != verb.i:
        host = governing_verb(verb.head)  # "quit before announcing her run in April": the clause's own time
        if host is not None and host.i != verb.i:
            return verb_direction(host)
    if verb.lemma_ in REPORTING:
        return 0
    if verb.tag == T_VBP and not auxes and verb.lower_ in lexicon()["same_form_past_verbs"]:
        return 0  # "losses hurt the index on Friday": as much the past as the present
    if verb.tag in TS_VBZ_VBP or (verb.tag == T_VBG and any(a.tag in TS_VBZ_VBP for a in auxes)):
        return 1
    return 0


@kept_per_word(_verb_direction)
def verb_direction(verb: Token) -> int:
    """2 when the verb speaks of what is to come, 1 for a plain present, -1 for the past, else 0. Kept per
    document and word: the dating rules ask it of the same verbs many times over (it reads the parse and the
    word lists alone). With rules switched off (ablation) it is worked out afresh: its word lists are rules."""


def noun_path(token: Token, verb: Token) -> list[Token]:
    """The words from a time up to (not including) the verb it hangs on, climbing the parse."""
    path: list[Token] = []
    while token.i != verb.i and head_i(token) != token.i and len(path) < 12:
        token = token.head
        if token.i != verb.i:
            path.append(token)
    return path


def ahead_of_its_occasion(token: Token, verb: Token) -> bool:
    """Whether a weekday on a noun is reached through "ahead of" or "in advance of" ("campaigned in the north ahead
    of the region's vote on Saturday"): as "ahead of Saturday" (time.words.looking_ahead), the occasion is still to
    come whatever the verb's tense; the words before the weekday are too many for that pattern's reach. Rule
    time.words.ahead_of_occasion."""
    for word in noun_path(token, verb):
        if word.dep == D_POBJ and word.head.lower_ == "of" and word.head.head.lower_ in AHEAD_OF:
            # a named occasion, with its article or owner ("ahead of the vote on Friday"), not "ahead of schedule"
            return any(c.dep == D_POSS or c.lower_ in ("the", "this", "next") for c in dependents(word))
    doc = token.doc
    before = token.i - 1 if token.i and doc[token.i - 1].lower_ == "on" else token.i
    if before == 0:
        return False
    noun = doc[before - 1]  # "ahead of the party's contest on Saturday": the parser may hang "on Saturday" on the verb
    while noun.dep != D_POBJ and head_i(noun) != noun.i and noun.head.i > noun.i and pos_of(noun) != P_ADP:
        noun = noun.head  # a word of the noun phrase, up to its head
    if noun.dep != D_POBJ or noun.right_edge.i != before - 1 or noun.head.lower_ != "of" or \
            noun.lemma_.lower() not in SCHEDULED:
        return False  # beside the phrase, only a scheduled occasion's ("ahead of schedule on Friday" is the act's)
    return noun.head.head.lower_ in AHEAD_OF


def scheduled_in_present(occasion: Token, verb: Token, level: int) -> bool:
    """Whether a present-tense verb sets its act in or before a scheduled occasion the weekday belongs to ("In the
    primary on Tuesday, the governor faces a senator", "campaigns before Thursday's debate"): a gathering set on a
    day that a plain present stands at or before is the coming one. Only a noun of a scheduled occasion, hung on the
    verb by a preposition of setting or of coming before (time.words.occasion_ahead), with no other noun between
    ("his victory in the primary Tuesday gives him momentum" is a result told afterwards), and not a verb of the
    contest's outcome ("wins in Tuesday's primary": a result is told once it is over, the headline's present). Rule
    time.words.scheduled_occasions."""
    if level != 1 or occasion.lemma_.lower() not in SCHEDULED or verb.lemma_.lower() in OUTCOMES:
        return False
    phrase = occasion.head
    if occasion.dep != D_POBJ or phrase.lower_ not in OCCASION_AHEAD:
        return False
    holder = phrase.head
    if holder.dep == D_DOBJ and head_i(holder) != holder.i and pos_of(holder) in PS_PROPN_NOUN:
        holder = holder.head  # "faces the senator in the primary on Tuesday": the phrase hung on the object
    return holder.i == verb.i


def weekday_noun_direction(token: Token, verb: Token, level: int) -> int | None:
    """Which way a weekday that belongs to a noun points (the verb's tense does not say which day it is, as the noun
    names its own happening): forward when the noun's phrase is "ahead of" it, or a present verb sets its act in
    or before that scheduled occasion; None to leave it to the tense."""
    if ahead_of_its_occasion(token, verb):
        return 2
    occasion = token.head
    while occasion.i != verb.i and head_i(occasion) != occasion.i and pos_of(occasion) not in PS_PROPN_NOUN:
        occasion = occasion.head  # "the primary on Tuesday": Tuesday -> on -> primary
    if occasion.i != verb.i and scheduled_in_present(occasion, verb, level):
        return 2
    return None


def occasion_ahead(day: Token) -> bool:
    """Whether the occasion a weekday names with a possessive ("Tuesday's primary") is where a future act takes
    place or what it comes before ("will vote in Tuesday's primary", "will meet before Thursday's debate"): the
    phrase hangs on a verb that looks ahead, after a preposition of setting or of coming before (rule
    time.words.occasion_ahead). What a future act answers stays past ("will appeal against Friday's ruling")."""
    noun = day.head
    phrase = noun.head
    if noun.i == day.i or noun.dep != D_POBJ or phrase.i == noun.i or phrase.lower_ not in OCCASION_AHEAD:
        return False
    verb = phrase.head
    if verb.dep == D_DOBJ and head_i(verb) != verb.i:
        verb = verb.head  # "will choose a leader in Tuesday's ballot": the parser hangs the phrase on the object
    if verb.i == phrase.i or pos_of(verb) not in PS_VERB_AUX:
        return False
    level = verb_direction(verb)
    return level == 2 or scheduled_in_present(noun, verb, level)


def weekday_before_past_verb(token: Token) -> bool:
    """ "chief minister modi on saturday, coined the concept": a weekday right before a verb in the past tense (a
    comma or adverbs between) is that verb's day, before the day of writing, whichever word the parser hung it on
    (lower-case news may read the name before it as a present-tense verb, which would point the day ahead). Not a
    verb of saying after a comma: "the vote on Saturday, said the minister" tags another clause. Rule
    time.words.weekday_before_past_verb."""
    if not is_on("time.words.weekday_before_past_verb"):
        return False
    doc = token.doc
    following, comma = token.i + 1, False
    while following < len(doc) and (doc[following].text == "," or doc[following].dep in DS_ADVMOD_NPADVMOD):
        comma = comma or doc[following].text == ","
        following += 1
    if following >= len(doc):
        return False
    verb = doc[following]
    return verb.tag == T_VBD and pos_of(verb) in PS_VERB_AUX and not (comma and verb.lemma_.lower() in REPORTING)


def parse_direction(doc: Doc, text: str | None = None) -> Direction:
    """Direction of the expression at each offset, from the parse (`text`: the doc's text, when the caller
    has it, spares rebuilding it token by token)."""
    text = doc.text if text is None else text

    def token_at(start: int) -> Token:
        # the tokens' character offsets from the shared columns (the time stage reads them first): a bisection of a
        # list, where NumPy's searchsorted on an array of its own cost a microsecond a call and a to_array a document
        return doc[max(0, bisect_right(columns(doc).idx, start) - 1)]

    def direction(start: int) -> int:
        if len(doc) == 0:
            return -1
        before = CLOCK_BEFORE.sub("", text[max(0, start - 60):start])  # "until 9 a.m. Tuesday": "until Tuesday"
        ahead = LOOKING_AHEAD.search(before)
        if ahead and not (ahead.group(0).lower().startswith(("until", "till")) and (
                past_perfect(token_at(start)) or denied_past(governing_verb(token_at(start))) or
                span_gone_by(governing_verb(token_at(start))))):
            return 2  # "until Friday" looks ahead, but "until Friday they had not called him" tells of the past
        if LOOKING_BACK.search(before):
            return OWN_PAST  # "since January 1": a time gone by, whatever the tense
        token = token_at(start)
        if token.i + 1 < len(doc) and doc[token.i + 1].tag == T_POS and token.lower_ in WEEKDAYS:
            # "Wednesday's ruling": news names days past this way (not months: "November's election"), unless a
            # future act is set at or before the occasion ("will vote in Tuesday's primary")
            return 2 if occasion_ahead(token) else -1
        if token.lower_ in WEEKDAYS and weekday_before_past_verb(token):
            return -1
        verb = saying_before_its_words(token) or governing_verb(token)
        if verb is None:
            return 0
        level = verb_direction(verb)
        if token.lower_ in WEEKDAYS and modal_perfect([c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]):
            return -1  # only a weekday: the act itself ("would have banned cloning") was never done, it has no day
        if token.lower_ in WEEKDAYS and level < 2:
            ahead = weekday_noun_direction(token, verb, level)
            if ahead is not None:
                return ahead
        if level == -1 and own_time_of(token, verb):
            return OWN_PAST
        return 0 if level == 1 and through_a_noun(token, verb) else level

    return direction
