"""Discourse dating: an event with no time of its own takes the reference time its story has set.

"On Tuesday, troops entered the town. They arrested the mayor." dates the arrest Tuesday, and "she said"
after a lead's "said Thursday" is Thursday's statement; the rules (kinds of clause, where their reference
time comes from, how far back it reaches) are data in time/data/discourse.yaml, each with examples. Past
clauses and verbs of saying take the story's reference time; a stance or plan reported with no time takes
its verb of saying's ("she added that Paris is ready"); a past perfect lies before the reference time and
takes none, nor does a present act (held at the time of writing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache, lru_cache
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.arrays import columns
from detente.nlp.labels import (
    D_ACL,
    D_ACOMP,
    D_ADVCL,
    D_ADVMOD,
    D_AUX,
    D_COMPOUND,
    D_CONJ,
    D_DET,
    D_DOBJ,
    D_MARK,
    D_NEG,
    D_NSUBJ,
    D_NUMMOD,
    D_PCOMP,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_XCOMP,
    DS_AUX_AUXPASS,
    DS_CCOMP_PARATAXIS,
    DS_COMPOUND_APPOS_FLAT,
    DS_DET_POSS,
    DS_NSUBJ_NSUBJPASS,
    DS_RELCL_ACL,
    DS_XCOMP_CONJ_ADVCL,
    L_BE,
    L_HAVE,
    P_NOUN,
    P_PRON,
    P_PROPN,
    P_VERB,
    PS_PROPN_NOUN,
    PS_VERB_AUX,
    PS_VERB_NOUN,
    PS_VERB_NOUN_AUX,
    T_MD,
    T_VBD,
    T_VBG,
    T_VBN,
    TS_VB_VBG,
    TS_VBD_VBN,
    TS_VBZ_VBP,
)
from detente.nlp.perdoc import (
    dependents,
    doc_text,
    kept_per_word,
    once_per_doc,
    per_word,
    per_word_while_rules_on,
)
from detente.nlp.syntax import clause_head, head_i, pos_at, pos_of, sentence_of, tokens_at
from detente.nlp.words import word_class
from detente.records import TimeExpression
from detente.rules import is_on, rule_entry, rule_words, switched_off_ids
from detente.time.dating import (
    FRAMING,
    HABITUAL_ADVERBS,
    ORDER_WORDS,
    SENTENCE_TIES,
    TimeIndex,
    aimed_at,
    choose,
    contradicts_tense,
    dated_before,
    dated_between,
    event_nouns,
    fronted,
    generic_noun,
    habitual,
    in_the_setting,
    is_historical,
    is_past,
    own_time_possible,
    past_dateline_root,
    progressive_participle_verb,
    publication_day,
    restated,
    same_family,
    sets_the_scene,
    time_holder,
    time_index,
    told_from_the_day_before,
)
from detente.time.lexicon import lexicon, load
from detente.time.tense import verb_direction

# Precisions that can stand for a story's reference time: a day or a named span, not a bare length or "now".
REFERENCE_PRECISIONS = {"day", "time", "month", "year", "range", "decade"}


@cache
def discourse_rules() -> tuple[dict[str, Any], ...]:
    return tuple(load("discourse"))


def _clause_kind(trigger: Token) -> str:
    verb = clause_head(trigger)
    for c in dependents(verb):  # the tag (an int) before the norm (a string read anew): asked for every trigger
        if c.tag == T_VBD and c.norm_ in ("had", "'d"):
            return "before"
    if _shares_the_perfect(verb):
        return "before"
    if verb_direction(verb) >= 2:
        return "after"
    if verb.lemma_.lower() in FRAMING:
        return "saying" if verb.tag == T_VBD or is_past(verb) else "present"
    if is_past(trigger) or (pos_of(trigger) != P_VERB and is_past(verb)):
        return "past"
    return "present"


PERFECT_CONJUNCT_RULE = "dating.conjunct_shares_the_perfect"


def _shares_the_perfect(verb: Token) -> bool:
    """Whether a later verb joined to a past perfect shares its "had": coordination spreads the auxiliary over the
    verbs that say none of their own ("had criticized the bishop and accused him of ..." = "had accused"), so the
    later verb is a past perfect too, some time before the story's reference time, not on it. Not a verb with its
    own auxiliary or subject ("had left, and she is now back"), which is a clause of its own. Rule
    dating.conjunct_shares_the_perfect."""
    if verb.dep != D_CONJ or head_i(verb) == verb.i or verb.tag not in TS_VBD_VBN:
        return False
    if any(c.dep in DS_AUX_AUXPASS or c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)):
        return False
    first = verb.head
    while first.dep == D_CONJ and head_i(first) != first.i:
        first = first.head  # "had met, talked and agreed": the auxiliary stands on the first verb
    return pos_of(first) == P_VERB and \
        any(c.tag == T_VBD and c.norm_ in ("had", "'d") for c in dependents(first)) and is_on(PERFECT_CONJUNCT_RULE)


@kept_per_word(_clause_kind)
def clause_kind(trigger: Token) -> str:
    """How the trigger's clause stands to the story's reference time: 'before' (past perfect), 'after'
    (future, plans), 'saying' (a past verb of saying), 'past' (a past act, or an event noun in a past
    clause) or 'present'. Kept per document and word (it reads the parse alone; the rules ask it again), unless
    rules are switched off (ablation): verb_direction's word lists are rules."""


def _can_refer(analysis: Analysis, number: int, trigger: Token) -> bool:
    """A dated, recent expression whose time the trigger's tense allows ("now" or a length is no reference
    time, a historical date is the background of a story rather than its time)."""
    expression = analysis.times[number]
    if expression.value == "PRESENT_REF" or expression.precision not in REFERENCE_PRECISIONS:
        return False
    if is_historical(expression.date_end or expression.date, analysis.document.published):
        return False
    anchor = time_index(analysis).anchor_of.get(number)
    if anchor is not None and aimed_at(analysis.doc[anchor]):
        return False  # "She urged voters to turn out on Election Day. Rivals accused her ...": an aim, no setting
    return not contradicts_tense(expression, trigger, publication_day(analysis))


def _latest_setting(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    # the latest time the story set is the one it goes on at; if this clause cannot be at it
    # ("The vote is on Friday. Officials spoke ..."), the story has moved and sets no time for it
    # a time in an "after"/"before" clause ("After suggesting on Monday that ..., she condemned ...") is that act's:
    # the story goes on after it, not at it, nor at any earlier setting (rule dating.ordering_clause_own_act)
    found = _latest_that(analysis, index, sentence, trigger, window, sets_the_scene)
    return None if found is not None and _ordering_clause_time(analysis, index, found) else found


def _ordering_clause_time(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression dates a clause put after "after" or "before" rather than its sentence's main clause
    (rule dating.ordering_clause_own_act)."""
    anchor = index.anchor_of.get(number)
    return anchor is not None and is_on("dating.ordering_clause_own_act") and \
        _in_an_ordering_clause(analysis.doc[anchor])


def _latest_that(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int,
                 kind: Callable[[Analysis, TimeIndex, int], bool]) -> int | None:
    """The latest dated expression before the sentence, within the window, of the kind asked: the trigger's time
    when its clause can be at it, else none (an earlier one of that kind is an older setting)."""
    for number in reversed(dated_before(index, sentence)):
        if window and sentence - index.sentence_of[number] > window:
            return None
        if kind(analysis, index, number):
            return number if _can_refer(analysis, number, trigger) else None
    return None


def _lead_saying(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    first = next(iter(dated_before(index, sentence)), None)
    if first is None or (window and sentence - index.sentence_of[first] > window):
        return None
    if not _kept(index, ("dates a saying", first, switched_off_ids()), _dates_a_saying, analysis, index, first):
        return None
    return first if _can_refer(analysis, first, trigger) else None


def dates_a_saying(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression dates a verb of saying or a telling the story names (kept per time index)."""
    return _kept(index, ("dates a saying", number, switched_off_ids()), _dates_a_saying, analysis, index, number)


def _dates_a_saying(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression dates a verb of saying, or a telling the story names (_dates_a_speech): kept per time
    index (_kept), as every later saying asks it of the story's first time."""
    anchor = index.anchor_of.get(number)
    return (anchor is not None and analysis.doc[anchor].lemma_.lower() in FRAMING) or \
        _dates_a_speech(analysis, index, number)


@cache
def _speech_nouns() -> frozenset[str]:
    """Nouns of a telling (data/discourse.yaml, discourse.lead_saying words), read once as discourse_rules is."""
    rule = next(r for r in discourse_rules() if r["id"] == "discourse.lead_saying")
    return frozenset(rule.get("words", ()))


def _dates_a_speech(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression dates an interview, statement, speech or briefing the story tells ("gave an interview
    on Sunday", "In an interview Sunday, the minister described the raid"): what the speaker says in the story's
    later sentences was said then, as after "said on Sunday". Rule discourse.lead_saying."""
    nouns = _speech_nouns()
    doc = analysis.doc
    for owner in (index.noun_of.get(number), index.anchor_of.get(number)):
        if owner is None:
            continue
        if doc[owner].lemma_.lower() in nouns and not a_station(doc[owner]):
            return True
        if pos_at(doc, owner) in PS_VERB_AUX and any(
                c.dep == D_DOBJ and c.lemma_.lower() in nouns and not a_station(c) for c in dependents(doc[owner])):
            return True  # "held a news conference on Monday"
    return False


STATION_WORDS = rule_words("detente.time", "data/dating.yaml", "dating.station_not_a_telling")  # data/dating.yaml


def a_station(noun: Token) -> bool:
    """ "a mob attacked a police post on saturday": a noun of a telling ("post") that a compound names as a body's
    or a frontier's ("police post", "border post", "army post") is a place where men are stationed, not a message
    anyone posted: it dates no telling. Rule dating.station_not_a_telling (its words: the compounds of a station)."""
    return is_on("dating.station_not_a_telling") and any(
        c.dep == D_COMPOUND and c.lemma_.lower() in STATION_WORDS for c in dependents(noun))


LEAD_SENTENCES = 3  # a news lead (after a title or page line): the first sentences, which say when it happened
RECENT_DAYS = 7  # a lead day within a week before publication is the story's day (news names it by weekday)


def _lead_day(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The day the story's lead sets for its happening ("Police on Wednesday imposed a curfew ..."), when that day
    is the story's own (within a week before publication): the acts told later in the past tense with no time of
    their own ("a mob set houses on fire", "the mayor was suspended") are that day's news."""
    published = publication_day(analysis)
    if published is None or any(c.tag == T_MD for c in dependents(clause_head(trigger))):
        return None  # "the army should act", "would provide jobs": not a past act
    off = switched_off_ids()
    for number in index.dated:
        lead = index.sentence_of[number]
        if lead >= min(LEAD_SENTENCES, sentence) or (window and sentence - lead > window):
            return None
        if clock_of_the_story_day(analysis, number):
            continue  # "at around 11 am" names no day: it cannot set the story's
        if _kept(index, ("story day", number, off), _sets_the_story_day, analysis, index, number, published):
            if _kept(index, ("moved on", number, sentence, off), _moved_on, analysis, index, number, sentence) and \
                    not _lead_doer_past_now(analysis, index, number, sentence, trigger, off):
                return None
            return number if _can_refer(analysis, number, trigger) else None
    return None


_answers: dict[str, tuple[TimeIndex, dict[tuple[Any, ...], bool]]] = {}


def _kept(index: TimeIndex, key: tuple[Any, ...], work: Callable[..., bool], *args: Any) -> bool:
    """`work(*args)`, kept per time index (one per document and set of times) under `key`: every past act told after the
    lead asks `_lead_day` the same questions of the same lead expressions (and, within a sentence, of the same
    sentence); the answers read the parse, the times and the rules switched off (part of each key) alone."""
    held = _answers.get("last")
    if held is None or held[0] is not index:
        held = _answers["last"] = (index, {})
    found = held[1].get(key)
    if found is None:
        found = held[1][key] = work(*args)
    return found


def _lead_told_after(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int,
                     named_only: bool = False) -> int | None:
    """The day the lead's next sentences give the same doer's act, for a past act the lead told first with no time
    ("Bill Clinton criticized the law during a campaign stop. During the rally Monday, the former president said
    ..."): a news lead tells what happened, then when. Only a recent day that dates the later sentence's main clause,
    whose doer is the trigger's (a pronoun, or a word of its name or title), and only while nothing before the
    trigger has set a time. Rule discourse.lead_told_after."""
    published = publication_day(analysis)
    verb = clause_head(trigger)
    if published is None or verb.i != trigger.i or any(c.tag == T_MD for c in dependents(verb)) or \
            sentence >= headline_sentences(analysis) + LEAD_SENTENCES:
        return None
    doer = _doer_words(verb) or _lead_pronoun_doer(analysis, sentence, verb) or ({""} if named_only else set())
    if not doer or any(index.sentence_of[n] >= headline_sentences(analysis) and sets_the_scene(analysis, index, n)
                       for n in dated_before(index, sentence)):
        return None  # no doer to follow, or the lead set a time already (the rules above read it); a dateline sets none
    for number in index.dated:
        later = index.sentence_of[number]
        if later <= sentence:
            continue
        if later - sentence > window:
            return None
        expression = analysis.times[number]
        if not _recent_day(expression, published) or not (dates_the_main_clause(analysis, index, number) or
                                                          named_only and _dates_the_carrier(analysis, index, number)):
            if is_on("dating.lead_told_after_background"):
                continue  # "began airstrikes in 2014", "after the March 3 bombing": background or another
                # happening's time, which moves the story nowhere; the lead's act is still to be dated
            return None
        act = analysis.doc[sentence_root(analysis.doc[index.anchor_of.get(number, trigger.i)])]
        if _clause_kind(act) not in ("past", "saying"):
            return None  # a past perfect or a plan in the later sentence is not the lead's act
        subject = next((c for c in dependents(act) if c.dep in DS_NSUBJ_NSUBJPASS), None)
        if subject is None or not (_names_the_act(subject, trigger) if named_only else
                                   subject.lower_ in EPISODE_PRONOUNS or doer & _doer_words(act)):
            return None
        return number if _can_refer(analysis, number, trigger) else None
    return None


ACT_NAMED_RULE = "discourse.lead_act_named_again"
STEM_LETTERS = 5  # "accus-e"/"accus-ation", "endor-se"/"endor-sement", "annou-nce"/"annou-ncement": one verb's noun


def _lead_act_named(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The day the lead's next sentences give its act named again as a noun, for an act the lead tells first in the
    present perfect with no time ("Mayor Holt has endorsed the plan. The endorsement came Thursday at a rally."): the
    hot-news perfect tells what happened, the next sentence when. Rule discourse.lead_act_named_again."""
    verb = clause_head(trigger)
    if verb.tag != T_VBN or not any(c.dep in DS_AUX_AUXPASS and c.lemma == L_HAVE and c.tag in TS_VBZ_VBP
                                    for c in dependents(verb)):
        return None  # only "has endorsed": the simple past is discourse.lead_told_after's
    return _lead_told_after(analysis, index, sentence, trigger, window, named_only=True)


def _dates_the_carrier(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the time dates a participle on the noun the main clause's act came by or at ("The announcement came in
    an email sent out Friday", "came, addressed to members, in a letter released on Monday", "at a rally held
    Friday"): the message or occasion that carried the act was then, so the act named again came then. The way up to
    the main verb goes through a carrying preposition (data: carriers) and participles alone, no clause with a
    subject or tense of its own. Rule discourse.lead_act_named_again."""
    anchor = index.anchor_of.get(number)
    if anchor is None:
        return False
    verb = time_holder(clause_head(analysis.doc[anchor]))
    if verb.dep != D_ACL or verb.tag != T_VBN:
        return False
    root, token, carried = sentence_root(verb), verb.head, False
    while token.i != root:
        if token.dep == D_PREP:
            carried = carried or token.lower_ in _carriers()
        elif token.dep not in (D_POBJ, D_ACL, D_ADVCL) or token.dep != D_POBJ and (
                token.tag != T_VBN or any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(token))):
            return False
        token = token.head
    return carried


@cache
def _carriers() -> frozenset[str]:
    """Prepositions that name what carried an act (data/discourse.yaml, discourse.lead_act_named_again carriers)."""
    rule = next(r for r in discourse_rules() if r["id"] == ACT_NAMED_RULE)
    return frozenset(rule.get("carriers", ()))


def _names_the_act(subject: Token, trigger: Token) -> bool:
    """Whether the later sentence's subject names the lead's act again as a happening ("The endorsement came Friday",
    "The announcement came on Friday"): a singular definite noun (the, this, that, or the doer's pronoun), that is the
    lead verb's own noun (same stem) or a word that stands for any act told ("the move", "the announcement")."""
    if pos_of(subject) != P_NOUN or subject.tag_ in ("NNS", "NNPS"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or
               c.dep_ == "poss" and c.lower_ in EPISODE_PRONOUNS for c in dependents(subject)):
        return False
    noun, verb = subject.lemma_.lower(), trigger.lemma_.lower()
    return noun in _act_nouns() or (len(verb) >= STEM_LETTERS and noun != verb and
                                    noun[:STEM_LETTERS] == verb[:STEM_LETTERS])


@cache
def _act_nouns() -> frozenset[str]:
    """Nouns that stand for any act told before them (data/discourse.yaml, discourse.lead_act_named_again words)."""
    rule = next(r for r in discourse_rules() if r["id"] == ACT_NAMED_RULE)
    return frozenset(rule.get("words", ()))


def _lead_pronoun_doer(analysis: Analysis, sentence: int, verb: Token) -> set[str]:
    """The name words of the doer a lead's pronoun subject stands for ("Senator Lund praised the bill. She also urged
    the governor to sign it."): the subject of the main clause of the sentence before, inside the lead, when it names
    someone. Rule dating.lead_pronoun_doer."""
    subject = next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is None or subject.lower_ not in EPISODE_PRONOUNS or sentence <= headline_sentences(analysis) or \
            not is_on("dating.lead_pronoun_doer"):
        return set()
    return _doer_words(analysis.sentences[sentence - 1].root)


def _doer_words(verb: Token) -> set[str]:
    """The lower-case name and title words of the verb's subject ("president", "bill", "clinton" of "Former
    President Bill Clinton"; not "clinton" of "Clinton's aide"): two mentions of one doer share one of them."""
    subject = next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is None:
        return set()
    # the head, its name and title words and an apposition's head: not a possessor ("Clinton's aide" is not Clinton)
    words = [subject, *(c for c in dependents(subject) if c.dep in DS_COMPOUND_APPOS_FLAT)]
    found = {w.lower_ for w in words if pos_of(w) in PS_PROPN_NOUN and not w.is_stop}
    if is_on(TITLE_RULE):
        found.update(TITLE_ABBREVIATIONS[w] for w in found & TITLE_ABBREVIATIONS.keys())
    return found


TITLE_RULE = "dating.doer_title_abbreviated"
# a title written short before a name and the word that names the same doer again ("Sen. Lund" - "the senator")
TITLE_ABBREVIATIONS: dict[str, str] = {
    str(k): str(v) for k, v in rule_entry("detente.time", "data/dating.yaml", TITLE_RULE)["abbreviations"].items()}


def same_doer(verb: Token, act: Token) -> bool:
    """Whether the verb's subject is the doer of the earlier act: a pronoun, or a word of its name or title
    ("Police arrested five men on Monday. They have charged three of them.")."""
    subject = next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is None:
        return False
    return subject.lower_ in EPISODE_PRONOUNS or bool(_doer_words(verb) & _doer_words(act))


def _lead_doer_past_now(analysis: Analysis, index: TimeIndex, lead: int, sentence: int, trigger: Token,
                        off: frozenset[str]) -> bool:
    """Whether the story moved off its lead's day only by the writer's "now" ("Now, the mayor has responded."), and
    the trigger's act is the lead's own doer's, told in the past ("The governor also mocked two judges"): the moment
    of writing is no past setting, so the lead's doer's past acts told after it still go on with the lead's
    happening; another doer's act after it is not known to be that day's (rule dating.writers_now_keeps_the_day)."""
    if not is_on("dating.writers_now_keeps_the_day"):
        return False
    anchor = index.anchor_of.get(lead)
    if anchor is None or not same_doer(clause_head(trigger), time_holder(clause_head(analysis.doc[anchor]))):
        return False
    return not _kept(index, ("moved on past now", lead, sentence, off), _moved_on, analysis, index, lead, sentence,
                     True)


def _moved_on(analysis: Analysis, index: TimeIndex, lead: int, sentence: int, past_now: bool = False) -> bool:
    """Whether the story set another time after its lead and before this sentence ("On Monday the council had met."):
    the lead's day holds only until then, or until a main clause is set at the lead's day again (rule
    dating.story_day_resumed: after a step back to "last week", the story comes back to its day). A time after the
    day of publication ("The vote is on Friday.") is a timetable aside: the past acts and statements told after it
    cannot be at it, so the narration stays at the lead's day (rule dating.timetable_keeps_the_day). With `past_now`,
    the writer's "now" ("Now, the mayor has responded.") is passed over too (_lead_doer_past_now)."""
    day = analysis.times[lead].date
    published = publication_day(analysis)
    ahead = is_on("dating.timetable_keeps_the_day") and published is not None
    now = past_now and is_on("dating.writers_now_keeps_the_day")  # (asked for the lead's doer's acts alone)
    moved = False
    for n in dated_between(index, index.sentence_of[lead], sentence):
        if ahead and (analysis.times[n].date or "") > published.isoformat():
            continue  # "the province also votes next week": a timetable ahead, where no past act told after it can be
        if now and analysis.times[n].value == "PRESENT_REF":
            continue  # "Now, the mayor has responded": the writer's now, where no past act told after it can be
        if analysis.times[n].date == day:
            if moved and is_on("dating.story_day_resumed") and dates_the_main_clause(analysis, index, n):
                moved = False  # "Senator after senator joined in the pile-on Tuesday": the story is back at its day
        elif sets_the_scene(analysis, index, n) and (
                not is_on("dating.side_clause_keeps_the_day") or dates_the_main_clause(analysis, index, n)):
            moved = True
    return moved


def dates_the_main_clause(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression dates its sentence's main clause (or opens the sentence): only then does the story
    move to that time. A time in a side clause ("The decision came three days after the council condemned the
    launch on Monday") looks back at another happening and leaves the story's day as it was."""
    if _ordering_clause_time(analysis, index, number):
        return False  # "After suggesting on Wednesday that ..., he said": Wednesday is the suggesting's, told before
    if fronted(analysis, number):
        return True
    anchor = index.anchor_of.get(number)
    if anchor is None:
        return True
    verb = time_holder(clause_head(analysis.doc[anchor]))
    return verb.i == sentence_root(verb)


def _in_an_ordering_clause(anchor: Token) -> bool:
    """Whether the word a time is on heads (or sits in) a clause of its own put after "after" or "before" ("After
    suggesting on Wednesday", "Before the talks collapsed on Friday"): that clause tells another act, which the main
    clause is ordered by, so the time is that act's, even when the clause opens the sentence (rule
    dating.ordering_clause_own_act)."""
    verb = clause_head(anchor)
    if verb.pos not in PS_VERB_AUX or verb.i == sentence_root(verb):
        return False
    if verb.dep == D_PCOMP and verb.head.lower_ in ORDER_WORDS:
        return True  # "After suggesting ...": the clause is the preposition's object
    return any(c.dep == D_MARK and c.lower_ in ORDER_WORDS for c in dependents(verb))  # "After the talks collapsed"


def sentence_root(token: Token) -> int:
    """The index of the root of the word's sentence, kept per document and word (Token.sent walks the sentence)."""
    return per_word_while_rules_on(token, "discourse.sentence_root", _sentence_root)


def _sentence_root(token: Token) -> int:
    root = sentence_of(token).root
    return past_dateline_root(root).i



def _sets_the_story_day(analysis: Analysis, index: TimeIndex, number: int, published: date) -> bool:
    """A recent day that the lead's main clause is dated by, for a happening rather than a statement."""
    expression = analysis.times[number]
    if expression.precision not in ("day", "time") or expression.date is None or \
            not 0 <= (published - date.fromisoformat(expression.date)).days <= RECENT_DAYS:
        return False
    at_the_occasion = _main_clause_occasion(analysis, index, number)
    if not at_the_occasion and (number in index.noun_of or not sets_the_scene(analysis, index, number)):
        return False
    anchor = index.anchor_of.get(number)
    if anchor is None or analysis.doc[anchor].lemma_.lower() in FRAMING:
        return False  # a lead that dates a statement dates what was said, not the happenings told after it
    verb = time_holder(clause_head(analysis.doc[anchor]))
    if at_the_occasion:
        return True
    if verb.lemma == L_BE:
        return False  # "This story is from March 7": a line about the page, no happening
    # not a side clause's time ("sent condolences for the earthquake that struck on New Year's Day": the quake's day)
    return verb.i == sentence_root(verb) or fronted(analysis, number)


def _main_clause_occasion(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the time is on the occasion the lead's main clause takes place at ("Trump was not at the summit of
    North American leaders Wednesday", "The senator spoke at a rally on Tuesday"): an event noun after "at", "in" or
    "during" on the sentence's main verb, even "be", so that day is the happening's the story tells; not a plan
    ("will air an ad during Tuesday's debate") nor a step back (a past perfect) (rule dating.lead_at_an_occasion)."""
    noun = index.noun_of.get(number, index.anchor_of.get(number))  # the noun the time is on, or the word it hangs on
    if noun is None or not is_on("dating.lead_at_an_occasion"):
        return False
    token = analysis.doc[noun]
    verb = token.head.head
    # the main verb itself, told as done or being done: "will air an ad during Tuesday's debate" is a plan
    if token.lemma_.lower() in _speech_nouns():
        return False  # "during interviews on Thursday": a telling dates what was said, not the happenings told after it
    return token.lemma_.lower() in event_nouns() and verb.i == sentence_root(token) and \
        in_the_setting(token, verb) and clause_kind(verb) not in ("after", "before") and \
        not any(c.tag == T_MD for c in dependents(verb))


def reporting_verb_of(trigger: Token) -> Token | None:
    """The verb of saying whose reported words hold the trigger's clause ("she said the talks will resume")."""
    own = clause_head(trigger)
    for _ in range(4):
        if own.dep in DS_CCOMP_PARATAXIS and head_i(own) != own.i:
            verb = clause_head(own.head)
            return verb if verb.lemma_.lower() in FRAMING else None
        if own.dep not in DS_XCOMP_CONJ_ADVCL or head_i(own) == own.i:
            return None
        own = clause_head(own.head)  # "said it would try to rebuild", "said it is ready and will sign"
    return None


def is_stance(verb: Token) -> bool:
    """A state or position held ("is ready to", "wants talks"), which holds when it is said."""
    return verb.lemma == L_BE or any(c.dep == D_ACOMP for c in dependents(verb)) or \
        verb.lemma_.lower() in lexicon()["stance_verbs"]


def _saying_time(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    verb = reporting_verb_of(trigger)
    if verb is None or verb.i == trigger.i:
        return None
    if clause_kind(trigger) == "present" and not is_stance(clause_head(trigger)):
        return None  # "said that the rebels attack villages": a present act keeps its own time, now
    found, _how = choose(analysis, verb.idx, verb.idx + len(verb.text))
    return found


def sentence_act(sentence_root: Token) -> Token:
    """The act a sentence tells: its main verb, or, when that is a verb of saying, the act it reports ("Police
    said the mob attacked the temple on Friday")."""
    if sentence_root.lemma_.lower() in FRAMING:
        reported = next((c for c in dependents(sentence_root) if c.dep in DS_CCOMP_PARATAXIS and
                         pos_of(c) in PS_VERB_AUX), None)
        if reported is not None:
            return reported
    return sentence_root


def act_time(analysis: Analysis, index: TimeIndex, sentence: int) -> int | None:
    """The time that the syntax of its own sentence gives the act a sentence tells (not the story's, not the
    nearest expression), kept per sentence: the next sentences may ask it again."""
    if sentence in index.act_time:
        return index.act_time[sentence]
    found = index.act_time[sentence] = None  # while it is worked out: a rule it asks may come back to this sentence
    root = analysis.sentences[sentence].root
    verb = sentence_act(root)
    if pos_of(verb) in PS_VERB_AUX and own_time_possible(analysis, index, verb) and is_past(verb) and \
            clause_kind(verb) == "past":
        number, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
        # a time on the verb of saying is the statement's, not the reported act's ("said on Friday that ...")
        statement = verb.i != root.i and index.anchor_of.get(number) == root.i if number is not None else False
        found = number if how in SENTENCE_TIES and not statement else None
    index.act_time[sentence] = found
    return found


def _previous_act(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The time of the act the sentence before told, when this past clause goes on with the same episode: "Police
    fired tear gas at the crowd on Friday. Protesters threw stones." A sentence between with a time of its own
    (the story moved) or a past act with none ends the episode; a statement's day is not the acts' after it."""
    if pos_of(trigger) not in PS_VERB_AUX or trigger.lemma_.lower() in FRAMING or \
            any(c.tag == T_MD for c in dependents(clause_head(trigger))):
        return None  # an event noun ("condemned the judge's appointment") may be an older happening than the act
    for earlier in range(sentence - 1, max(-1, sentence - 1 - (window or 1)), -1):
        number = act_time(analysis, index, earlier)
        if number is not None:
            act = sentence_act(analysis.sentences[earlier].root)
            if act.lemma_.lower() in FRAMING:
                return None
            return number if _can_refer(analysis, number, trigger) else None
        if any(sets_the_scene(analysis, index, n) or not told_from_the_day_before(analysis.times[n].text)
               for n in index.by_sentence.get(earlier, ())):
            return None  # (a part of a day inside a side clause, "remarks made the previous night", moves no story)
    return None


EPISODE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})  # a subject that refers back to the episode
EPISODE_DETERMINERS = frozenset({"the", "this", "these", "those", "that", "his", "her", "their", "its"})


def narrative_act(analysis: Analysis, sentence: int) -> Token | None:
    """The act a sentence tells in the simple past of the story's own narration ("Soldiers arrested the mayor.",
    "Police said the mob attacked the temple."), else None: a present or future sentence, a past perfect, a modal,
    a question or a direct quote is not narration going on at the story's reference time."""
    span = analysis.sentences[sentence]
    root = span.root
    act = sentence_act(root)
    # the sentence's words from the document's text (Span.text joins them anew)
    if pos_of(act) not in PS_VERB_AUX or in_direct_quote(analysis, act) or \
            doc_text(analysis.doc)[span.start_char:span.end_char].rstrip().endswith("?"):
        return None
    if root.i != act.i and (root.tag != T_VBD or in_direct_quote(analysis, root)):
        return None  # "officials say the mob attacked": a frame in the present reports from now
    if any(c.tag == T_MD for c in dependents(act)) or clause_kind(act) != "past" or act.lemma_.lower() in FRAMING:
        return None
    if not any(t.tag == T_VBD for t in (act, *dependents(act))):
        return None  # a present perfect ("has signed") reaches up to now, not the story's day
    return act


NAMED_BEFORE = 4  # sentences back in which a name opening a new paragraph must have been named to refer back


def refers_back(analysis: Analysis, sentence: int, act: Token) -> bool:
    """Whether a sentence opening a new paragraph goes on with the episode before it: its doer is named by a pronoun,
    a definite description ("They", "The soldiers", "His lawyers") or a name the sentences just before named ("Joseph
    and other parents protested" after "Joseph ..."), not by someone new ("A court in the capital", "Another
    critic"), who starts a story of its own."""
    subject = next((c for c in dependents(act) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is None:
        return False
    if pos_of(subject) == P_PRON:
        return subject.lower_ in EPISODE_PRONOUNS
    if pos_of(subject) == P_PROPN:
        before = analysis.sentences[max(0, sentence - NAMED_BEFORE):sentence] if sentence else []
        lower, name = columns(analysis.doc).lower, subject.lower  # the words' lower-case ids, not a Token per word
        return any(name in lower[span.start:span.end] for span in before)
    return pos_of(subject) == P_NOUN and any(c.dep in DS_DET_POSS and c.lower_ in EPISODE_DETERMINERS
                                          for c in dependents(subject))


def _narrative_chain(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The reference time a run of simple-past narration carries: "On Tuesday, troops entered the town. Soldiers
    arrested the mayor. They closed the market. Shops were looted." - each past act goes on at the time of the
    dated narrative act the run started from, however long the run. The run ends at a sentence with a time of its
    own that is not its act's (the time of another happening: "in retaliation for the March 3 bombing"), at a
    sentence not told in the simple past (a present frame, "officials say"; a past perfect; a future; a quote), and
    at a new paragraph that does not refer back to the episode (rule discourse.narrative_chain)."""
    if pos_of(trigger) not in PS_VERB_AUX or trigger.lemma_.lower() in FRAMING:
        return None
    own = narrative_act(analysis, sentence)
    if own is None or _main_act(trigger).i != own.i:
        return None  # a relative or side clause ("the mayor, who resigned") may tell an older happening
    paragraphs = index.paragraph_of_sentence
    speech = _speech_act(trigger)
    quotes = is_on("dating.quote_in_the_run")
    later, later_act = sentence, own
    for earlier in range(sentence - 1, max(-1, sentence - 1 - (window or len(paragraphs))), -1):
        if paragraphs[earlier] != paragraphs[later] and not refers_back(analysis, later, later_act) and \
                not participants_named_before(analysis, later, later_act):
            return None
        number = act_time(analysis, index, earlier)
        if number is not None and sentence_act(analysis.sentences[earlier].root).lemma_.lower() in FRAMING:
            number = None
        if number is not None and clock_of_the_story_day(analysis, number):
            number = None  # "radioed a message at around 11 am": a time of the day the run is set on, not a day
        if number is None and speech:
            number = statement_time(analysis, index, earlier)  # "said on Monday ... He also accused her of lying"
        if number is not None:
            return number if _can_refer(analysis, number, trigger) else None
        if (_times_of_its_own(analysis, index, earlier) if quotes else index.by_sentence.get(earlier)) and \
                not keeps_the_story_day(analysis, index, earlier):
            return None  # a time of another happening, or the statement's: the run does not go through it
        act = narrative_act(analysis, earlier) or past_saying(analysis, earlier) or (
            quoted_line(analysis, earlier) if quotes else None)
        if act is None:
            return None
        later, later_act = earlier, act
    return None


def participants_named_before(analysis: Analysis, sentence: int, act: Token) -> bool:
    """Whether a sentence opening a new paragraph goes on with the episode because its doer is a bare plural the
    sentences just before already named: "Indian commandos boarded the boat." after "... a helicopter with marine
    commandos", "Patrol deputies detained witnesses." after "deputies fanned out". Wire stories and police reports
    give each sentence a paragraph of its own, and a group of the scene named again without an article is the same
    group, not someone new (who comes with "a", "another", a number). Rule dating.chain_participants_named_before."""
    if not is_on("dating.chain_participants_named_before"):
        return False
    subject = next((c for c in dependents(act) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is not None and pos_of(subject) == P_NOUN and subject.tag_ in PLURAL_NOUN_TAGS and \
            not any(c.dep in BARE_NOUN_BREAKERS for c in dependents(subject)) and \
            _named_just_before(analysis, sentence, subject):
        return True
    # the doer acts on a participant of the scene named again: "Indian commandos boarded the pirate boats" after
    # "the pirate boats tried to escape"
    done_to = next((c for c in dependents(act) if c.dep == D_DOBJ), None)
    return done_to is not None and pos_of(done_to) == P_NOUN and \
        any(c.dep == D_DET and c.lower_ in DEFINITE_ARTICLES for c in dependents(done_to)) and \
        _named_just_before(analysis, sentence, done_to)


DEFINITE_ARTICLES = frozenset({"the", "these", "those"})


def _named_just_before(analysis: Analysis, sentence: int, noun: Token) -> bool:
    """Whether the noun's word was used as a noun in the sentences just before (NAMED_BEFORE of them)."""
    lemma = noun.lemma_.lower()
    doc = analysis.doc
    for span in analysis.sentences[max(0, sentence - NAMED_BEFORE):sentence]:
        if any(doc[i].lemma_.lower() == lemma and pos_at(doc, i) == P_NOUN for i in range(span.start, span.end)):
            return True
    return False


PLURAL_NOUN_TAGS = frozenset({"NNS"})
# what makes a noun phrase a new set of people: an article or quantifier, a number, a possessor
BARE_NOUN_BREAKERS = frozenset({D_DET, D_NUMMOD, D_POSS})


def keeps_the_story_day(analysis: Analysis, index: TimeIndex, sentence: int) -> bool:
    """Whether every time the sentence gives leaves the day a run of narration is set on as it is: a time inside a
    relative clause on one of its nouns ("The Mysore, which replaced the frigate in November, launched a
    helicopter.") dates the noun's own past, a description, not the sentence's act (rule
    dating.chain_through_a_relative_clause_time); a clock time with no day of its own ("at around 11 am") is a time
    of the story's day (rule dating.clock_time_names_no_day)."""
    numbers = index.by_sentence.get(sentence, ())
    if not numbers:
        return False
    doc = analysis.doc
    for number in numbers:
        if clock_of_the_story_day(analysis, number):
            continue
        anchor = index.anchor_of.get(number)
        if anchor is None or not is_on("dating.chain_through_a_relative_clause_time") or \
                not _inside_a_relative_clause(doc[anchor]):
            return False
    return True


# a time of day with no day, month or year named with it: "at around 11 am", "about 3:10 p.m.", "noon"
CLOCK_ONLY = re.compile(r"(?:(?:at|about|around|approximately|nearly|shortly|just|before|after)\s+)*"
                        r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|o'clock|hrs|hours)|noon|midnight)",
                        re.IGNORECASE)


def clock_of_the_story_day(analysis: Analysis, number: int) -> bool:
    """Whether the expression is a clock time alone, which a story tells on the day it has set elsewhere (rule
    dating.clock_time_names_no_day): a run of narration goes on past it to that day, and it sets no story day of
    its own (discourse.lead_day)."""
    return is_on("dating.clock_time_names_no_day") and \
        CLOCK_ONLY.fullmatch(analysis.times[number].text.strip()) is not None


def _inside_a_relative_clause(token: Token) -> bool:
    """Whether a word lies in a relative clause (or a participle clause) on a noun, climbing to its sentence's root."""
    for _ in range(64):  # a parse's depth; a cycle-free tree ends far sooner
        if token.dep in DS_RELCL_ACL and pos_at(token.doc, head_i(token)) in PS_PROPN_NOUN:
            return True
        parent = head_i(token)
        if parent == token.i:
            return False
        token = token.doc[parent]
    return False


def speech_act(trigger: Token) -> bool:
    """Whether the word tells an act done in words (_speech_act)."""
    return _speech_act(trigger)


def _speech_act(trigger: Token) -> bool:
    """Whether the trigger tells an act done in words (discourse.narrative_chain speech_types): by its own word
    ("accused", "urged"), or, for a light verb whose object noun names the act ("made the criticism", "issued a
    warning"), by that noun (rule dating.light_verb_speech)."""
    types = act_types(trigger)
    if types:
        return types <= _speech_types()
    if pos_of(trigger) not in PS_VERB_AUX or not is_on("dating.light_verb_speech"):
        return False
    nouns = [c for c in dependents(trigger) if c.dep == D_DOBJ and pos_of(c) == P_NOUN]
    return bool(nouns) and all(act_types(n) and act_types(n) <= _speech_types() for n in nouns)


def quoted_line(analysis: Analysis, sentence: int) -> Token | None:
    """The past verb of saying a sentence told inside a direct quote ('"It makes no sense.', 'We will not back
    down."') is attributed to (whose subject is the speaker a new paragraph's quote refers back to), else None: the
    speaker's words at the occasion the story tells, which go on with its scene rather than move it, when
    the quote is attributed to a verb of saying in the past (in its sentence, or where it opens or closes). Rule
    dating.quote_in_the_run."""
    root = analysis.sentences[sentence].root
    if not (in_direct_quote(analysis, root) or _quoted_at(analysis.document.text, root.idx + len(root.text))):
        return None  # (read after the root too: a line the parser cut at a quote's opening mark has that mark as root)
    verb = quote_speaking_verb(analysis, sentence, root) or _opened_by(analysis, sentence)
    return verb if verb is not None and verb.tag == T_VBD else None


def _opened_by(analysis: Analysis, sentence: int) -> Token | None:
    """The past verb of saying of the sentence in the same paragraph where a quote running on to this sentence opened
    ('Clinton said, "The system works for some. But others pay more."'), else None."""
    paragraphs = time_index(analysis).paragraph_of_sentence
    for number in range(sentence - 1, max(-1, sentence - 1 - ATTRIBUTION_REACH), -1):
        if paragraphs[number] != paragraphs[sentence]:
            return None
        root = analysis.sentences[number].root
        if not in_direct_quote(analysis, root):
            return past_saying(analysis, number)
    return None


def _times_of_its_own(analysis: Analysis, index: TimeIndex, sentence: int) -> bool:
    """Whether the sentence gives a time that moves the story: any of its expressions but the speaker's "now" inside
    a direct quote ('"the current system works," he said'), which is the time of speaking, the scene's own."""
    text = analysis.document.text
    for number in index.by_sentence.get(sentence, ()):
        expression = analysis.times[number]
        if expression.value != "PRESENT_REF" or not _quoted_at(text, expression.start):
            return True
    return False


def _quoted_at(text: str, offset: int) -> bool:
    """Whether the character offset lies inside a direct quote (as in_direct_quote reads a word's)."""
    before = text[text.rfind("\n", 0, offset) + 1:offset]
    return sum(map(before.count, QUOTE_MARKS)) % 2 == 1


@cache
def _speaking_verbs() -> frozenset[str]:
    """Verbs of an occasion of speaking (data/discourse.yaml, discourse.speaker_goes_on words)."""
    rule = next(r for r in discourse_rules() if r["id"] == "discourse.speaker_goes_on")
    return frozenset(rule.get("words", ()))


def _speaker_goes_on(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token,
                     window: int) -> int | None:
    """The time of the same speaker's dated statement or act that a later past verb of saying with no time of its own
    goes on with: "On Tuesday, the party leader said the move was overdue. He said the council should act soon.",
    "On Tuesday night, the senator spoke to donors in Ohio. She told them the race was close." - the speaker goes on
    talking at the occasion the story dated, through a run of that occasion's quotes, sayings and
    simple-past narration with no time of their own. The run ends at any other time (a new occasion, background), at
    a sentence not so told (a present commentary, a past perfect), at a new paragraph that does not refer back, and
    a statement or act dated for another doer ends it (rule discourse.speaker_goes_on)."""
    own = past_saying(analysis, sentence)
    if own is None or _main_act(trigger).i != own.i:
        return None  # a saying in a side clause ("who said last year ...") or a quote's own words
    paragraphs = index.paragraph_of_sentence
    later, later_act = sentence, own
    for earlier in range(sentence - 1, max(-1, sentence - 1 - (window or len(paragraphs))), -1):
        if paragraphs[earlier] != paragraphs[later] and not refers_back(analysis, later, later_act):
            return None
        doer = past_saying(analysis, earlier) or analysis.sentences[earlier].root
        number = statement_time(analysis, index, earlier)
        if number is None:
            number = act_time(analysis, index, earlier)  # "spoke to donors on Tuesday"
            if number is not None and (doer.lemma_.lower() in FRAMING or doer.lemma_.lower() not in _speaking_verbs()):
                return None  # a reported act's time ("said the mob attacked on Friday"), or an act that is no occasion
                # of speaking ("visited the village on March 1": what she said may have been said later)
        if number is not None:
            if not same_doer(own, doer):
                return None  # another doer's occasion
            return number if _can_refer(analysis, number, trigger) else None
        if _times_of_its_own(analysis, index, earlier):
            return None
        act = narrative_act(analysis, earlier) or past_saying(analysis, earlier) or quoted_line(analysis, earlier)
        if act is None:
            return None
        later, later_act = earlier, act
    return None


def _quote_told_after(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token,
                      window: int) -> int | None:
    """The time the same doer's quote right after gives an act done in words that a sentence told in summary with no
    time of its own: "The senator has criticized the toll. \"It hurts farmers,\" she said last week." A story sums up a
    criticism, a plea or a refusal, then quotes its words; the verb of saying the quote hangs on tells when they were
    said. Only the sentence's main act, not a modal or a habit ("has repeatedly accused"), not inside a quote; the
    quote must follow at once (a quote of several sentences closes within the window), its verb of saying be in the
    past, its subject the act's doer (a pronoun, or a word of its name or title), and the time be the saying's own.
    Rule discourse.quote_told_after."""
    if pos_of(trigger) not in PS_VERB_AUX or trigger.lemma_.lower() in FRAMING or not _speech_act(trigger):
        return None
    act = _main_act(trigger)
    root = analysis.sentences[sentence].root
    if act.i != root.i or in_direct_quote(analysis, act) or \
            any(c.tag == T_MD or c.lower_ in HABITUAL_ADVERBS or c.lower_ in _lasting_words() for c in dependents(act)):
        return None
    sentences = analysis.sentences
    stop = min(len(sentences), sentence + 1 + (window or 1))
    last = sentences[stop - 1]  # the quote's verb of saying comes by the end of this sentence
    for later in range(sentence + 1, stop):
        saying = _quote_attribution(analysis, later)
        if saying is None:
            if _quote_opens(analysis, later) and later + 1 < stop:
                continue  # a quote of several sentences: its verb of saying comes where it closes
            return None
        line = sentence_of(saying)
        if line.start >= last.end or not same_doer(saying, act):
            return None  # a quote that runs on too far to be the act's words, or another speaker's
        if not own_time_possible(analysis, index, saying):
            return None  # no time of the saying's own (as below, without working the saying's time out)
        number, how = choose(analysis, saying.idx, saying.idx + len(saying.text))
        if number is None or how not in SENTENCE_TIES or \
                not line.start_char <= analysis.times[number].start < line.end_char:
            return None  # no time of the saying's own
        return number if _can_refer(analysis, number, trigger) else None
    return None


@cache
def _lasting_words() -> frozenset[str]:
    """Adverbs that tell an act done in words as lasting or repeated (data/discourse.yaml, discourse.quote_told_after
    words), read once."""
    rule = next(r for r in discourse_rules() if r["id"] == "discourse.quote_told_after")
    return frozenset(rule.get("words", ()))


def _quote_attribution(analysis: Analysis, sentence: int) -> Token | None:
    """The past verb of saying, outside the quote, that a sentence holding a direct quote hangs it on ('"It hurts
    farmers," she said.', 'She said: "It hurts farmers."', or the closing line of a quote of several sentences),
    else None."""
    span = analysis.sentences[sentence]
    text = doc_text(analysis.doc)[span.start_char:span.end_char]
    if not any(mark in text for mark in QUOTE_MARKS):
        return None
    saying = past_saying(analysis, sentence)
    if saying is not None and any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(saying)):
        return saying
    return quoted_line(analysis, sentence)


def _quote_opens(analysis: Analysis, sentence: int) -> bool:
    """Whether the sentence is the start of a direct quote that runs on past it (a quote mark opens it, none closes
    it, and no verb of saying stands outside)."""
    span = analysis.sentences[sentence]
    text = doc_text(analysis.doc)[span.start_char:span.end_char].strip()
    return bool(text) and text[0] in "\"\u201c" and sum(map(text.count, QUOTE_MARKS)) % 2 == 1


@cache
def _speech_types() -> frozenset[str]:
    """The event types of acts done in words (data/discourse.yaml, discourse.narrative_chain speech_types)."""
    rule = next(r for r in discourse_rules() if r["id"] == "discourse.narrative_chain")
    return frozenset(rule.get("speech_types", ()))


def past_saying(analysis: Analysis, sentence: int) -> Token | None:
    """The verb of a sentence that tells, in the story's past, what someone said ('"We are ready," he said.', "She
    said the army had left."): the saying is narration at the story's time, whatever the words said are."""
    root = analysis.sentences[sentence].root
    if in_direct_quote(analysis, root) and is_on(ATTRIBUTION_RULE):
        root = attribution_outside(analysis, root) or root
    if root.lemma_.lower() not in FRAMING or root.tag != T_VBD or in_direct_quote(analysis, root) or \
            any(c.tag == T_MD for c in dependents(root)):
        return None
    return root


ATTRIBUTION_RULE = "dating.attribution_outside_the_quote"
ATTRIBUTION_DEPS = frozenset({D_CONJ, *DS_CCOMP_PARATAXIS, D_ADVCL})


def attribution_outside(analysis: Analysis, root: Token) -> Token | None:
    """The past verb of saying outside the quote that a sentence's direct quote is attributed to, when the parser made
    a verb inside the quote the sentence's root and hung the attribution on it ('"We were wrong from the start," the
    anchor, 58, told the agency in an interview on Monday': "were" the root, "told" its conjunct). The sentence tells a
    statement made at that verb's time, the occasion the speaker's later words belong to, as it does when the parse
    puts the verb of saying on top (rule dating.attribution_outside_the_quote)."""
    for child in dependents(root):
        if child.dep in ATTRIBUTION_DEPS and child.tag == T_VBD and child.lemma_.lower() in FRAMING and \
                not in_direct_quote(analysis, child):
            return child
    return None


def statement_time(analysis: Analysis, index: TimeIndex, sentence: int) -> int | None:
    """The time its own syntax gives a sentence's statement told in the past ("Trump said on Monday that ..."): the
    occasion the acts done in words told after it belong to."""
    root = past_saying(analysis, sentence)
    if root is None or not own_time_possible(analysis, index, root):
        return None
    number, how = choose(analysis, root.idx, root.idx + len(root.text))
    return number if number is not None and how in SENTENCE_TIES else None


def _main_act(trigger: Token) -> Token:
    """The verb whose time the trigger's clause shares, climbing verbs joined by "and" ("arrested the mayor and
    closed the market")."""
    verb = time_holder(clause_head(trigger))
    while verb.dep == D_CONJ and head_i(verb) != verb.i and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX:
        verb = time_holder(clause_head(verb.head))
    return verb


HEADING_PRECISIONS = ("time", "day")


def is_time_heading(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether the expression is a line of its own that opens a section of timed updates ("7 p.m.", "Friday,
    10:15 a.m."), as live pages and running stories ("The Latest") put before each item: nothing else in its
    line (the parser may cut "4:15 p.m." in two sentences, so the line is read, not the sentence)."""
    expression = analysis.times[number]
    if expression.precision not in HEADING_PRECISIONS or expression.date is None:
        return False
    text = analysis.document.text
    first = text.rfind("\n", 0, expression.start) + 1
    last = text.find("\n", expression.end)
    line = text[first:last if last >= 0 else len(text)].strip().rstrip(".:").strip()
    return line == expression.text.rstrip(".").strip()


def _section_time(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The time heading of the section of timed updates the trigger's sentence is in: its news present ("Trump
    says", "Clinton is seizing upon a report") is told as of that time. The latest heading before it opens its
    section; a modal clause ("may", "could") is no act at that time, nor a habit ("charities that solicit
    donations": rule dating.habitual)."""
    if not _kept(index, ("time headings",), _has_time_heading, analysis, index):
        return None  # a story with no time heading (most): no section to be in
    if any(c.tag == T_MD for c in dependents(clause_head(trigger))) or habitual(trigger):
        return None
    if clause_kind(trigger) != "present" and not _told_in_the_update(analysis, sentence, trigger):
        return None
    return _latest_that(analysis, index, sentence, trigger, window, is_time_heading)


def _has_time_heading(analysis: Analysis, index: TimeIndex) -> bool:
    """Whether any dated expression of the story is a time heading (is_time_heading)."""
    return any(is_time_heading(analysis, index, number) for number in index.dated)


def _told_in_the_update(analysis: Analysis, sentence: int, trigger: Token) -> bool:
    """Whether a past clause is the news an update tells: its sentence's own act in the simple past ("Trump offered
    his congratulations to his rivals", "She also congratulated him") or its past verb of saying, or a verb joined to
    it. Under a time heading that act was done that day (rules discourse.section_time, dating.section_past); an act the news reports or
    describes ("countries that donated millions", "Trump charges that ... donated") may be older."""
    if not is_on("dating.section_past") or pos_of(trigger) not in PS_VERB_AUX:
        return False
    own = narrative_act(analysis, sentence) or past_saying(analysis, sentence)
    return own is not None and _main_act(trigger).i == own.i


# straight and curly double quotes, and the doubled single marks some papers and wires write them with ('' ``
# \u2018\u2018 \u2019\u2019)
QUOTE_MARKS = ('"', "\u201c", "\u201d", "''", "``", "\u2018\u2018", "\u2019\u2019")
ATTRIBUTION_REACH = 3  # sentences after a quote's first one that its verb of saying may stand in ("..." she said)


def in_direct_quote(analysis: Analysis, trigger: Token) -> bool:
    """Whether the trigger stands inside a direct quote: an odd number of double quote marks before it in its
    paragraph (a quote that runs on to a new paragraph opens again there, by news style). The marks are found once
    per text (_mark_ends); a paragraph's are those that end between its start and the trigger."""
    text = analysis.document.text
    held = _marks
    if held[0] is not text:
        held[0], held[1] = text, _mark_ends(text)
    ends = held[1]
    idx = trigger.idx
    start = text.rfind("\n", 0, idx) + 1
    return (bisect_right(ends, idx) - bisect_right(ends, start)) % 2 == 1


def _mark_ends(text: str) -> list[int]:
    """Where each quote mark of QUOTE_MARKS ends in the text, sorted: each mark's occurrences as `str.count` finds
    them, left to right without overlap, so those inside any stretch that starts at a line's start are the ones a
    count of the stretch finds (no mark holds a line break, so none runs across a line's start)."""
    ends: list[int] = []
    for mark in QUOTE_MARKS:
        width, at = len(mark), text.find(mark)
        while at >= 0:
            ends.append(at + width)
            at = text.find(mark, at + width)
    ends.sort()
    return ends


_marks: list = [None, []]  # the text in_direct_quote last answered for, and its quote marks' ends


def speaker_present(trigger: Token) -> bool:
    """A clause in the speaker's now: a progressive or perfect in the present ("they are shelling", "I have been
    briefed"), or a simple present of a state or stance ("we are ready", "I am honored"); with no modal, not a
    command, and not a relative clause, which tells what its noun is like ("a movement that seeks ..."). A simple
    present of an act in a quote tells a habit ("in politics we look at personality"), not a happening."""
    verb = clause_head(trigger)
    if pos_of(verb) not in PS_VERB_AUX:
        return False
    first = verb
    while first.dep == D_CONJ and head_i(first) != first.i:
        first = first.head
    if first.dep in DS_RELCL_ACL:
        return False
    children = dependents(verb)
    if any(c.tag == T_MD for c in children):
        return False
    if verb.tag in TS_VBZ_VBP:
        return is_stance(verb)
    return any(c.dep in DS_AUX_AUXPASS and c.tag in TS_VBZ_VBP for c in children)


def quote_speaking_verb(analysis: Analysis, sentence: int, trigger: Token) -> Token | None:
    """The verb of saying that a direct quote holding the trigger is attributed to: the one that reports the
    trigger's clause, else the root of its sentence when that is a verb of saying outside the quote ('"...,"
    said the minister'), else, for a quote that runs over several sentences, the verb of saying of the sentence
    in the same paragraph where it closes."""
    verb = reporting_verb_of(trigger)
    if verb is not None:
        return verb
    paragraphs = time_index(analysis).paragraph_of_sentence
    for number in range(sentence, min(len(analysis.sentences), sentence + 1 + ATTRIBUTION_REACH)):
        if paragraphs[number] != paragraphs[sentence]:
            return None
        root = analysis.sentences[number].root
        if number > sentence and not in_direct_quote(analysis, analysis.sentences[number][0]):
            if _attribution_after(analysis, number, root):
                return root  # '"Why did they go?" the senator said.': the parser ended the sentence at "?"
            return None  # the quote closed without a verb of saying
        if root.lemma_.lower() in FRAMING and root.i != trigger.i and not in_direct_quote(analysis, root) and \
                any(c.dep == D_NSUBJ for c in dependents(root)):
            return root
    return None


QUOTED_DAY_RULE = "dating.quoted_day_word"
SPEAKERS_DAY_PATTERN = "time.day_word"  # time/data/patterns.yaml: "today", "tonight", "yesterday", "this morning"


def speakers_day_shift(analysis: Analysis, expression: TimeExpression) -> int:
    """Days from the day of writing back to the saying of the direct quote that holds a day word: a speaker's
    "today", "tonight" or "yesterday" is told from the day the words were said, not the day the story was written
    ('"Today we endorse the governor," the senator said on Tuesday': Tuesday). 0 when the word is not quoted, the
    quote's saying has no day of its own outside the quote, or it was said on the day of writing. Rule
    dating.quoted_day_word."""
    if not is_on(QUOTED_DAY_RULE) or expression.date is None or not _day_word(expression.text):
        return 0
    published = publication_day(analysis)
    word = _quoted_word(analysis, expression)
    if published is None or word is None:
        return 0
    verb = quote_speaking_verb(analysis, analysis.sentence_index(word.idx), word)
    if verb is None or in_direct_quote(analysis, verb):
        return 0
    number, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
    if number is None or how == "vague":
        return 0
    said = analysis.times[number]
    if said.date is None or said.date != said.date_end or _quoted_word(analysis, said) is not None:
        return 0  # a saying dated by no single day, or by a time inside a quote (the day word itself)
    return min(0, (date.fromisoformat(said.date[:10]) - published).days)


@lru_cache(maxsize=4096)
def _day_word(text: str) -> bool:
    """Whether the expression is a day told from the speaker's own day ("today", "last night", "this morning")."""
    from detente.time.extract import pattern_of  # (extract reads the patterns; this module is read before it)

    pattern = pattern_of(SPEAKERS_DAY_PATTERN)
    return pattern is not None and pattern.fullmatch(text) is not None


def _quoted_word(analysis: Analysis, expression: TimeExpression) -> Token | None:
    """The expression's first token, when it stands inside a direct quote."""
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0 or not in_direct_quote(analysis, span[0]):
        return None
    return span[0]


def _attribution_after(analysis: Analysis, number: int, root: Token) -> bool:
    """Whether a sentence right after a closing quote is only its attribution, cut off by the parser at the quote's
    "?" or "!": it opens in lower case and its main verb is a verb of saying with a subject ('"Why did they go?" the
    senator said on Tuesday.'). Rule dating.quoted_past_act."""
    sentence = analysis.sentences[number]
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    text = analysis.document.text
    before = text[max(0, sentence.start_char - 3):sentence.start_char].strip()
    return first is not None and first.text[:1].islower() and before[-1:] in QUOTE_MARKS and \
        root.lemma_.lower() in FRAMING and any(c.dep == D_NSUBJ for c in dependents(root)) and \
        is_on("dating.quoted_past_act")


def _quoted_speech(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The time of the verb of saying that a direct quote in the present is attributed to: the speaker's present is
    the time of speaking ('"We are ready to talk," the minister said Tuesday' is Tuesday's readiness), however
    that verb was dated (its own time, or the story's). Not a habit, a command or a modal ("we will", "we
    could")."""
    if pos_of(trigger) not in PS_VERB_AUX or not in_direct_quote(analysis, trigger) or \
            not speaker_present(trigger) or habitual(trigger):
        return None  # an event noun in the quote ("briefed about the attack") has a time of its own
    verb = quote_speaking_verb(analysis, sentence, trigger)
    if verb is None or verb.i == trigger.i:
        return None
    found, how = choose(analysis, verb.idx, verb.idx + len(verb.text))
    return found if found is not None and how != "vague" else None


HEADLINE_LEAD = 3  # sentences after the headline that make up the lead it sums up
SUFFIXES = ("ing", "ed", "es", "s")


def headline_sentences(analysis: Analysis) -> int:
    """How many sentences the headline has: those before the document's first line break (none when the text
    has no line break, or nothing after it). Kept per parse and text: every trigger asks it."""
    held = once_per_doc(analysis.doc, "discourse.headline_sentences", _new_table)
    found = held.get(analysis.document.text)
    if found is None:
        found = held[analysis.document.text] = _headline_sentences(analysis)
    return found


def _new_table(_: object) -> dict:
    return {}


def _headline_sentences(analysis: Analysis) -> int:
    text = analysis.document.text
    first = text.find("\n")
    if first < 0 or not text[first:].strip():
        return 0
    return sum(1 for s in analysis.sentences if s.start_char < first)


def act_stem(token: Token) -> str:
    """The bare stem of a word telling an act, the same for "rejects", "rejected", "Rejects" and "rejection"'s
    verb ("condemns", "condemned"): headlines come in title case, which the tagger reads as names. Kept per
    document and word: a headline's every act is matched against each word of the lead."""
    return per_word(token, "discourse.act_stem", _act_stem)


def _act_stem(token: Token) -> str:
    return stem_of(token.lemma_.lower() if pos_of(token) in PS_VERB_NOUN_AUX else token.lower_)


@lru_cache(maxsize=4096)
def stem_of(word: str) -> str:
    """The bare stem of a lower-case word (act_stem's, for a verb or noun its lemma): kept per word, as the lead's
    words are stemmed for every document."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return word.rstrip("e")


FEW_SENSES = 2  # an act word coded as at most this many event types tells one kind of act, not a light verb's many


def act_types(token: Token) -> frozenset[str]:
    """The event types the codebook's frames give the word (verb or noun), empty for a word of many senses."""
    return _types_of(pos_of(token) in PS_VERB_AUX, token.lemma_.lower())


def _types_of(verb: bool, lemma: str) -> frozenset[str]:
    """act_types of a verb's (or else a noun's) lemma, lower-cased: kept per lemma and rules switched off (the
    frames a type block switched off leaves out), as every act of a headline is matched against each verb of the
    lead."""
    key = (verb, lemma, switched_off_ids())
    found = _types_kept.get(key)
    if found is None:
        verb_frames, noun_frames = _frame_lookups()
        frames = (verb_frames() if verb else noun_frames()).get(lemma, ())
        types = frozenset(frame.event_type for frame in frames)
        found = _types_kept[key] = types if len(types) <= FEW_SENSES else frozenset()
        if len(_types_kept) > 8192:  # (lemmas of every story come and go: keep the table small)
            _types_kept.clear()
            _types_kept[key] = found
    return found


_types_kept: dict[tuple[bool, str, frozenset[str]], frozenset[str]] = {}  # _types_of's answers


@cache
def _frame_lookups() -> tuple[Callable[[], dict[str, Any]], Callable[[], dict[str, Any]]]:
    """The codebook's verb and noun frame look-ups, imported on first use (the events stage imports this module),
    once rather than on every call (an import statement costs microseconds)."""
    from detente.events.lexicon import noun_frames, verb_frames

    return verb_frames, noun_frames


def same_act(headline: Token, lead: Token) -> bool:
    """Whether a lead's word tells the act the headline's word tells: the same word in another form
    ("rejects" / "rejected"), one event noun family ("blast" / "bombing") or, for a verb of the lead, one kind
    of act in the codebook ("denounce" / "condemn")."""
    if pos_of(lead) not in PS_VERB_NOUN or lead.lemma_.lower() in FRAMING:
        return False
    if act_stem(headline) == act_stem(lead):
        return True
    if pos_of(headline) == P_NOUN and pos_of(lead) == P_NOUN and same_family(headline.lemma_.lower(), lead.lemma_.lower()):
        return True
    return pos_of(lead) == P_VERB and bool(act_types(headline) & act_types(lead))


def _headline_lead(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The time of the lead's event that a headline sums up: "Judge rejects request to unseal file" over "A judge
    on Thursday rejected a request ..." is Thursday's rejection. Only for a headline with no time of its own,
    and an act the lead tells again (rule discourse.headline_lead)."""
    heads = headline_sentences(analysis)
    if sentence >= heads or trigger.lemma_.lower() in FRAMING:
        return None
    published = publication_day(analysis)
    if published is None:
        return None
    if index.reading_lead:
        index.lead_asked += 1  # choose() keeps an answer that asked back as the lead's alone
        return None  # dating the lead's act may go back to the headline (previous_act): never in a circle
    index.reading_lead = True
    try:
        for token in _lead_acts(analysis, trigger, heads, min(len(analysis.sentences),
                                                               heads + (window or HEADLINE_LEAD))):
            if not own_time_possible(analysis, index, token):
                continue  # no time of the lead act's own clause (as below, without working the act's time out)
            found, how = choose(analysis, token.idx, token.idx + len(token.text))
            if found is None or how not in SENTENCE_TIES or not _recent_day(analysis.times[found], published):
                continue  # the lead's act dated by its own clause, on a day of the story's week
            if pos_of(token) == P_NOUN and token.i not in (index.noun_of.get(found), index.anchor_of.get(found)):
                continue  # "rejected the appeal on Thursday": the day of the rejection, not of the appeal
            return found
        return None
    finally:
        index.reading_lead = False


def _headline_news(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The day the lead sets for the news a headline sums up, for a headline's act told in the present with no time
    of its own that the lead does not tell again in its words ("Governor backs senator's bid" over "The senator won
    the governor's support on Friday ..."): a headline's present tells news already done, the story's own news,
    whose day the lead gives (rule discourse.headline_news). The first recent day (within the week before
    publication, not after it) that dates a main clause of the lead's first sentences; not a stance or a state held
    now ("Voters back the senator"), a modal or a verb of saying."""
    heads = headline_sentences(analysis)
    if sentence >= heads or trigger.lemma_.lower() in FRAMING:
        return None
    published = publication_day(analysis)
    if published is None:
        return None
    verb = clause_head(trigger)
    if not headline_present_act(verb, trigger):
        return None  # "will meet", "backs" as a stance, "met": no headline present of an act done
    stop = heads + (window or HEADLINE_LEAD)
    for number in sorted(index.dated, key=lambda n: analysis.times[n].start):
        lead = index.sentence_of[number]
        if lead < heads:
            continue  # a time of the headline is its own clause's or another's, never the lead's
        if lead >= stop:
            return None
        if clock_of_the_story_day(analysis, number) or number in index.noun_of or \
                not _recent_day(analysis.times[number], published):
            continue  # "Tuesday's primary", "at 3 p.m.": no day the lead's news is told at
        anchor = index.anchor_of.get(number)
        if anchor is None:
            continue
        holder = time_holder(clause_head(analysis.doc[anchor]))
        if (holder.i == sentence_root(holder) or fronted(analysis, number)) and \
                _doer_named_in(_headline_doer_words(trigger, verb), analysis.sentences[lead]):
            return number
    return None


NO_WORDS = frozenset({"no", "neither", "nor"})


def headline_present_act(verb: Token, trigger: Token) -> bool:
    """Whether a headline's clause tells an act done in the present of headlines ("Governor backs senator", "Attacks on
    the judge alarm lawyers"): a simple present with no auxiliary or modal, not a stance or state held now
    (now_verb), a news-present statement whose day is the day of writing (dating.news_present_statement) nor an act
    told as not done ("Court does not block the vote", "No probe into ..."). Read by discourse.headline_news."""
    if pos_of(verb) not in PS_VERB_AUX or verb.tag not in TS_VBZ_VBP or verb.lemma_.lower() in FRAMING:
        return False
    if any(c.dep in DS_AUX_AUXPASS or c.tag == T_MD or c.dep == D_NEG for c in dependents(verb)) or \
            any(c.lower_ in NO_WORDS for c in dependents(trigger)):
        return False
    return not (now_verb(verb) or news_present_statement(verb))


def _headline_doer_words(trigger: Token, verb: Token) -> frozenset[str]:
    """The lower-cased nouns and names of the party a headline's act is told of: its verb's subject phrase, or for an
    event noun the noun's own phrase ("Meeting between Clinton, Warren"); titles come capitalised in headlines."""
    if pos_of(trigger) in PS_PROPN_NOUN and trigger.i != verb.i:
        phrase = list(trigger.subtree)
    else:
        for _ in range(3):  # "Senator wins vote, vows to fight on": a verb joined by "and" shares the first's subject
            if verb.dep != D_CONJ or head_i(verb) == verb.i or \
                    any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)):
                break
            verb = verb.head
        phrase = [w for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS for w in c.subtree]
    return frozenset(w.lemma_.lower() for w in phrase if pos_of(w) in PS_PROPN_NOUN and w.i != trigger.i)


def _doer_named_in(words: frozenset[str], sentence: Any) -> bool:
    """Whether a lead sentence names the headline's party by one of its words: the lead then tells that party's news
    ("Court rejects appeal of jailed editor" over "The editor was arrested on Thursday" names another doer)."""
    return bool(words) and any(w.lemma_.lower() in words or w.lower_ in words for w in sentence)


def _lead_acts(analysis: Analysis, headline: Token, first: int, stop: int) -> Iterator[Token]:
    """The lead words that tell the headline word's act (`same_act`), in text order: the headline word's stem,
    noun lemma and event types read once, each lead word's stem and lemma from a table kept per parse (_lead_words),
    instead of reading both words again for every pair."""
    stem = act_stem(headline)
    noun = headline.lemma_.lower() if pos_of(headline) == P_NOUN else None
    types: frozenset[str] | None = None
    doc = analysis.doc
    for i, lead_stem, lead_noun, lemma in _lead_words(analysis, first, stop):
        if lead_stem == stem or (noun is not None and lead_noun and same_family(noun, lemma)):
            yield doc[i]
        elif not lead_noun:  # a verb of the lead: one kind of act in the codebook (act_types of its lemma)
            if types is None:
                types = act_types(headline)
            if types and types & _types_of(True, lemma):
                yield doc[i]


def _lead_words(analysis: Analysis, first: int, stop: int) -> list[tuple[int, str, bool, str]]:
    """The words of sentences [first, stop) that `same_act` can match, in text order: verbs and nouns, not verbs of
    saying (it reads only those), each by number with its act stem (that of its lemma), whether it is a noun, and
    its lemma lower-cased, all read off the columns: a word becomes a Token only when it matches. Kept per parse:
    every act of the headline is matched against the same lead."""
    doc = analysis.doc
    held = once_per_doc(doc, "discourse.lead_words", _new_table)
    found = held.get((first, stop))
    if found is None:
        table = columns(doc)
        pos, lemma, strings = table.pos, table.lemma, doc.vocab.strings
        found = held[(first, stop)] = [
            (i, stem_of(lowered), pos[i] == NOUN, lowered) for number in range(first, stop)
            for i in range(analysis.sentences[number].start, analysis.sentences[number].end)
            if pos[i] in LEAD_POS and (lowered := strings[lemma[i]].lower()) not in FRAMING]
    return found


LEAD_POS = frozenset({VERB, NOUN})


COLON_RULE = "discourse.colon_elaborates"


def _colon_elaboration(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, window: int) -> int | None:
    """The time of the clause before a colon, for a past act told after it in the same sentence with no time of its
    own: "The debate set off a row on Friday: the senator said ..., and the governor accused ..." - what follows
    the colon spells out the dated happening (its parts, its steps), so it took place then. Only a main clause
    after the colon (not what a verb of saying reports there, which lies before the saying), only when the clause
    before the colon tells an act in the simple past that is no verb of saying itself (after "said on Tuesday:" come
    the words said, whose acts keep their own time), and only when nothing after the colon gives a time of its own.
    Rule discourse.colon_elaborates."""
    if pos_of(trigger) not in PS_VERB_AUX or in_direct_quote(analysis, trigger):
        return None
    span = analysis.sentences[sentence]
    doc = analysis.doc
    verb = clause_head(trigger)
    colon = next((t for t in reversed(doc[span.start:verb.i]) if t.text == ":"), None)
    if colon is None or any(c.tag == T_MD for c in dependents(verb)) or reporting_verb_of(trigger) is not None:
        return None
    first = verb
    while first.dep == D_CONJ and head_i(first) != first.i and head_i(first) > colon.i:
        first = first.head  # "..., and the governor accused": the first of the joined clauses after the colon
    if first.i != span.root.i and not (first.dep in DS_CCOMP_PARATAXIS and head_i(first) < colon.i):
        return None  # a side clause (relative, adverbial) after the colon tells something else
    found = None
    for number in index.by_sentence.get(sentence, ()):
        expression = analysis.times[number]
        if expression.start > colon.idx:
            return None  # the elaboration dates itself
        anchor = index.anchor_of.get(number)
        if anchor is None or anchor >= colon.i:
            continue
        holder = clause_head(doc[anchor])
        main = holder.i == span.root.i or (holder.dep in DS_CCOMP_PARATAXIS and head_i(holder) > colon.i) or \
            (holder.i == first.head.i and first.dep in DS_CCOMP_PARATAXIS)
        if main and pos_of(holder) in PS_VERB_AUX and holder.tag == T_VBD and \
                holder.lemma_.lower() not in FRAMING and _clause_kind(holder) == "past" and _tells_a_whole(holder):
            found = number
    return found if found is not None and _can_refer(analysis, found, trigger) else None


WHOLE_DEPS = frozenset({D_NSUBJ, D_DOBJ, get_string_id("nsubjpass"), get_string_id("attr")})


def _tells_a_whole(verb: Token) -> bool:
    """Whether the clause before the colon names a happening made of parts ("set off a row", "the talks broke
    down", "the meeting turned sour") as its subject or object: what follows the colon then tells its parts. A clause
    that tells a single act ("Police arrested five men on Monday: the men stole cars") is followed by its reasons or
    background, which may lie before it. Rule discourse.colon_elaborates (its words, beside the event nouns)."""
    words = _whole_words()
    return any(c.dep in WHOLE_DEPS and pos_of(c) == P_NOUN and
               (c.lemma_.lower() in words or c.lower_ in words or c.lemma_.lower() in event_nouns())
               for c in dependents(verb))


@cache
def _whole_words() -> frozenset[str]:
    """Nouns of a happening made of parts (data/discourse.yaml, discourse.colon_elaborates words)."""
    rule = next(r for r in discourse_rules() if r["id"] == COLON_RULE)
    return frozenset(rule.get("words", ()))


def _recent_day(expression: TimeExpression, published: date) -> bool:
    """A day (or a time of day) within the week before publication: the news a headline tells."""
    return expression.precision in ("day", "time") and expression.date is not None and \
        expression.value != "PRESENT_REF" and \
        0 <= (published - date.fromisoformat(expression.date)).days <= RECENT_DAYS


SOURCES = {"headline_lead": _headline_lead, "headline_news": _headline_news, "quoted_speech": _quoted_speech, "section_time": _section_time, "latest_setting": _latest_setting, "lead_saying": _lead_saying, "saying_time": _saying_time,
           "lead_day": _lead_day, "lead_told_after": _lead_told_after, "lead_act_named": _lead_act_named, "previous_act": _previous_act, "narrative_chain": _narrative_chain,
           "speaker_goes_on": _speaker_goes_on, "quote_told_after": _quote_told_after,
           "colon_elaboration": _colon_elaboration}


def reference_time(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The index of the expression that set the reference time this trigger's clause continues, or None. A clock time
    alone in another sentence ("at around 11.30 am") names no day (the parse gives it the day of writing for want of
    one; a clock joined to a day before it, "tuesday night around 10 pm", keeps that day): it sets no reference time for a later act, which takes the next rule's (rule dating.clock_carries_no_day);
    a time heading on a line of its own ("4:15 p.m.", discourse.section_time) still opens its section."""
    kind = clause_kind(trigger)
    off = switched_off_ids()
    for rule_id, source, window in _rules_for(kind):
        if rule_id in off:
            continue
        found = source(analysis, index, sentence, trigger, window)
        if found is not None:
            found = restated(analysis, index, sentence, found)
            if index.sentence_of.get(found) != sentence and clock_of_the_story_day(analysis, found) and \
                    analysis.times[found].date == (analysis.document.published or "")[:10] and \
                    not _a_heading(analysis, found) and is_on("dating.clock_carries_no_day"):
                continue  # "left the bank at around 11.30 am. Two men stabbed him": a clock alone names no day
            return found
    return None


def _a_heading(analysis: Analysis, number: int) -> bool:
    """Whether the expression is a line of its own ("4:15 p.m." or "12:45 p.m.:" heading a story's timed update)."""
    text, expression = analysis.document.text, analysis.times[number]
    start = text.rfind("\n", 0, expression.start) + 1
    end = text.find("\n", expression.end)
    return not text[start:expression.start].strip() and \
        not text[expression.end:end if end >= 0 else len(text)].strip(" \t:.-\u2013\u2014")  # "12:45 p.m.:"


@cache
def _rules_for(kind: str) -> tuple[tuple[str, Callable[..., int | None], int], ...]:
    """The discourse rules that apply to a clause of this kind, in the file's order, as (id, source, window): read
    once per kind, not split and looked up again for every trigger."""
    return tuple((rule["id"], SOURCES[rule["source"]], int(rule.get("window", 0))) for rule in discourse_rules()
                 if kind in rule["kind"].split())


def now_verb(verb: Token) -> bool:
    """A finite verb whose tense puts its act at the time of speaking: the present progressive ("is
    investigating", "are being held"), the present perfect progressive ("has been fighting", going on up to now),
    or a simple present of a state or stance ("has record low support", "is determined to", "opposes the plan");
    no modal. A simple present of an act is left alone: it tells a habit, a plan or a headline's news, not what is
    going on at the time of writing."""
    children = dependents(verb)
    auxes = [c for c in children if c.dep in DS_AUX_AUXPASS]
    if any(c.tag == T_MD or c.norm_ in ("to", "had", "'d", "will", "shall") for c in auxes):
        return False
    if verb.tag == T_VBG:
        present = [a for a in auxes if a.tag in TS_VBZ_VBP]
        if not present:
            return False
        if any(a.lemma == L_HAVE for a in present):
            return any(a.lower_ == "been" for a in auxes)  # "has been fighting"
        return any(a.lemma == L_BE for a in present)  # "is investigating"
    if verb.tag == T_VBN:
        return any(a.lower_ == "being" for a in auxes) and any(a.tag in TS_VBZ_VBP for a in auxes)
    return verb.tag in TS_VBZ_VBP and not auxes and is_stance(verb)


def news_present_statement(verb: Token) -> bool:
    """A simple present of a verb of speaking in the story's own voice ("the senator criticizes the governor for the
    deal", "she urges the state to cancel the permits"): the news present reports a statement as current, made at
    the time of writing, where a simple present of another act tells a habit or a plan (now_verb leaves those alone).
    A habit ("regularly criticizes him") is still no day (habitual). Rule dating.news_present_statement."""
    return verb.tag in TS_VBZ_VBP and verb.lemma_.lower() in speech_verbs() and \
        is_on("dating.news_present_statement") and not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb))


@cache
def speech_verbs() -> frozenset[str]:
    return word_class("reporting_verbs", "speech")


def time_of_writing(analysis: Analysis, trigger: Token) -> bool:
    """Whether the writer tells the act as going on, or the state as held, at the time of writing: a verb of the
    story's own voice whose tense puts it now (now_verb), or a participle or infinitive with no tense of its own
    that hangs on such a verb ("is touring the region, meeting leaders"). The tense is the text's own clue to the
    day: the event is dated on the day of writing with date_basis 'relative' (relative to the report's own time)
    and date_reason 'time_of_writing', not as the publication date taken for want of a better clue. Not in a
    direct quote (the speaker's present is the time of speaking), not under a verb of saying in the past or a
    modal, future or conditional clause ("will accuse the groups that support her"), not a headline (its present
    tells a recent happening); a relative clause only in the progressive and about someone in particular ("where
    a coalition is battling insurgents", not "people who are seeking work"); no generic "you". A habit or general
    truth (rule dating.habitual) has no day; an act not done or still to come keeps no date (time.as_told).
    Rule dating.time_of_writing."""
    if not is_on("dating.time_of_writing") or pos_of(trigger) not in PS_VERB_AUX:
        return False
    own = clause_head(trigger)
    going_on = going_on_verb(own)
    if going_on is not None:
        verb = going_on  # "the government continues to detain activists": going on at the time of writing
    else:
        if any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(own)):
            return False  # "fighting to protect their business": an aim, not an act going on
        doer_verb = progressive_participle_verb(trigger) if is_on("dating.progressive_participle") else None
        if doer_verb is not None:
            own = trigger = doer_verb  # "the companies suing the agency are fighting ...": going on as that verb's is
        verb = own if own.tag in TS_VBZ_VBP or any(c.dep in DS_AUX_AUXPASS and c.lower_ != "to"
                                                         for c in dependents(own)) else time_holder(own)
        if pos_of(verb) not in PS_VERB_AUX or (verb.lemma_.lower() in FRAMING and not _saying_told_now(verb, trigger)) or \
                not (now_verb(verb) or news_present_statement(verb)):
            return False
    if habitual(verb) or in_direct_quote(analysis, verb) or \
            analysis.sentence_index(verb.idx) < headline_sentences(analysis):
        return False
    if any(c.dep in DS_NSUBJ_NSUBJPASS and c.lower_ in ("you", "one") for c in dependents(verb)):
        return False  # "where you're paying a premium": anyone, at any time
    if verb.dep in DS_RELCL_ACL and (verb.tag != T_VBG or generic_noun(verb.head)):
        return False
    return not any(under_another_time(ancestor) for ancestor in verb.ancestors)


def _saying_told_now(verb: Token, trigger: Token) -> bool:
    """A verb of saying in the news present that is itself the coded statement ("the governor says the ministry must
    dredge the channel", "the senator insists the vote was fair"): made at the time of writing as "urges" is
    (news_present_statement), though what it reports keeps its own time. Only the statement: an act such a verb
    reports, or one whose time it holds, is not dated by it here. Rule dating.news_present_saying."""
    return verb.i == trigger.i and is_on("dating.news_present_saying")


GOING_ON = rule_words("detente.time", "data/dating.yaml", "dating.going_on")  # data/dating.yaml


def going_on_verb(own: Token) -> Token | None:
    """The verb of going on ("continue", "keep") in the writer's present that the act's infinitive or gerund
    completes ("the government continues to detain activists", "the rebels keep shelling the town"), or the act's
    own simple present with "still" ("the rebels still occupy the town hall"): the act began before and goes on at
    the time of writing, the day the report's own time gives it, not a day the story set for another act nor a
    habit with no day. A modal, a past or a future ("continued to", "will continue to") is left to the other rules.
    Rule dating.going_on."""
    if not GOING_ON or pos_of(own) not in PS_VERB_AUX:
        return None
    if own.tag in TS_VBZ_VBP and not any(c.dep in DS_AUX_AUXPASS for c in dependents(own)) and \
            any(c.dep == D_ADVMOD and c.lower_ in GOING_ON for c in dependents(own)):
        return own
    head = own.head
    if own.dep != D_XCOMP or head.i == own.i or head.lemma_.lower() not in GOING_ON or \
            own.tag not in TS_VB_VBG:
        return None
    simple = head.tag in TS_VBZ_VBP and not any(c.dep in DS_AUX_AUXPASS for c in dependents(head))
    return head if simple or (head.tag == T_VBG and now_verb(head)) else None


def under_another_time(verb: Token) -> bool:
    """A clause above that moves what it holds away from the time of writing: a verb of saying in the past (the
    present it reports is the speaker's then), or a modal, future or conditional one."""
    if pos_of(verb) not in PS_VERB_AUX:
        return False
    children = dependents(verb)
    if any(c.tag == T_MD or (c.dep == D_MARK and c.lower_ in ("if", "unless")) for c in children):
        return True
    return verb.lemma_.lower() in FRAMING and (verb.tag in TS_VBD_VBN or
                                               any(c.dep == D_AUX for c in children))
