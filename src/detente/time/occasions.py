"""Named occasions: an act done at or during a gathering the document dates elsewhere takes that gathering's time.

A story names its occasions once with a date ("the two candidates met for their first debate on Monday", "the
summit in the capital on June 12", "the convention opens July 18") and then places acts at them with no date:
"during the debate, she attacked his record", "at the summit, the leaders signed a statement". The act's own
syntax says where it was done; the document's table of dated occasions (the head noun of a gathering and the time
its own words give it) says when. Without it such an act is only "some time up to the day of writing", or is given
a time a neighbouring clause names. Rule dating.occasion_named_elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.strings import get_string_id
from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.labels import (
    D_ACL,
    D_ADVCL,
    D_AUXPASS,
    D_CONJ,
    D_DET,
    D_DOBJ,
    D_NSUBJ,
    D_NSUBJPASS,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_RELCL,
    DS_DOBJ_PREP,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS,
    E_ORDINAL,
    P_NOUN,
    P_PROPN,
    P_VERB,
    PS_PROPN_NOUN,
    PS_PROPN_NOUN_ADJ,
    PS_VERB_AUX,
    T_MD,
    T_NNS,
    T_VBG,
    T_VBN,
)
from detente.nlp.perdoc import dependents, once_per_doc
from detente.nlp.syntax import clause_head, head_i, pos_at, pos_of, sentence_of
from detente.nlp.words import word_class
from detente.records import TimeExpression
from detente.rules import is_on, rule_entry, rule_words
from detente.time.answers import asking_clauses
from detente.time.dating import (
    DEFINITE,
    PRESENT_REACH,
    SETTING_PREPOSITIONS,
    TimeIndex,
    VerbFacts,
    cause_of_the_verb,
    contradicts_tense,
    dated_before,
    dated_between,
    governed_by,
    happening_told_before,
    names_the_happening,
    publication_day,
    setting_of_a_trigger_noun,
    setting_of_the_object,
    simple_past,
    verb_facts,
)
from detente.time.tense import verb_direction

RULE = "dating.occasion_named_elsewhere"
# words before a time that make it a bound, not the occasion's own time ("since the convention", "until June 12")
BOUND_WORDS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through", "to", "between"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "nmod"})
SAME_WORDS = frozenset({"same", "very", "aforementioned"})  # "during the same interview": the one told, no other
MODIFIER_DEP_IDS = frozenset(get_string_id(label) for label in MODIFIER_DEPS)
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "final", "opening", "closing"})
# words that place an occasion against the story's own one ("the last debate", "the next summit"): another occasion
# than the one the story dates, unless that one is named by the same word
RELATIVE_ORDINALS = frozenset({"last", "next", "previous", "earlier", "later", "upcoming", "past", "prior", "recent"})


@dataclass(frozen=True)
class Occasion:
    """One dated mention of a gathering: its noun (or the -ing noun of its verb), the words that tell it from
    another of its kind, and the expression that dates it."""

    noun: str  # (for one a verb told, the verb's lemma)
    words: frozenset[str]
    ordinal: frozenset[str]
    number: int
    from_verb: bool  # "the leaders met on June 12": any noun of the meeting's family names it again


GATHERINGS = rule_words("detente.time", "data/dating.yaml", RULE)  # gatherings that happen on days of their own


@cache
def gathering_verbs() -> dict[str, frozenset[str]]:
    """Verbs that tell a gathering took place ("met", "convened"), each with the nouns that name it again."""
    entry = rule_entry("detente.time", "data/dating.yaml", RULE)
    return {str(k): frozenset(str(w) for w in v) for k, v in (entry.get("verbs") or {}).items()}


@cache
def rule_list(key: str) -> frozenset[str]:
    """One word list of the rule's entry in data/dating.yaml: the verbs whose subject takes place at their time
    ("taking_place": "opens"; "held_passive": "was held"), those whose object does ("holding": "held a rally"), the
    contests a campaign runs up to ("contests") and the acts done on a contest's own day ("contest_acts")."""
    return frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RULE)[key])


def occasion_word(noun: Token) -> str:
    """The word that names the occasion: the noun as written when listed ("talks", whose lemma is "talk"), else its
    lemma ("debates": "debate")."""
    text = noun.lower_
    return text if text in GATHERINGS else noun.lemma_.lower()


def _described(noun: Token, skip: set[int]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell this occasion from others of its kind ("first", "presidential", "Democratic", a place in
    its "in" phrase), and of them the ordinal ones; the words of a time expression are left out."""
    words: set[str] = set()
    ordinal: set[str] = set()
    for child in dependents(noun):
        if child.i in skip:
            continue
        if child.dep in MODIFIER_DEP_IDS:
            text = child.lower_
            if child.ent_type == E_ORDINAL or text in ORDINAL_WORDS or text in RELATIVE_ORDINALS:
                ordinal.add(text)
            elif pos_of(child) in PS_PROPN_NOUN_ADJ and text not in SAME_WORDS:
                words.add(text)
        elif child.dep == D_PREP and child.lower_ == "in":
            words.update(o.lower_ for o in dependents(child) if o.dep == D_POBJ and pos_of(o) == P_PROPN and o.i not in skip)
    return frozenset(words), frozenset(ordinal)


def _bound(analysis: Analysis, number: int) -> bool:
    """Whether the expression is a bound ("since June", "until Friday") rather than a time the occasion took place."""
    start = analysis.times[number].start
    text = analysis.document.text[max(0, start - 12):start].lower().split()
    return bool(text) and text[-1] in BOUND_WORDS


OCCASION_DAYS = 31  # the longest time that can be an occasion's own: a day, a few days, a week, a month


def _occasion_length(expression: TimeExpression) -> bool:
    """Whether the time is one an occasion takes place in ("on Monday", "July 18-21", "next month"): a year or a
    decade ("the talks a decade ago", "the 2008 election") says too little of the day to give an act."""
    if expression.date is None:
        return False
    last = expression.date_end or expression.date
    return (date.fromisoformat(last[:10]) - date.fromisoformat(expression.date[:10])).days <= OCCASION_DAYS


def _time_tokens(analysis: Analysis, number: int) -> set[int]:
    """The tokens that start inside the expression, read from its span (not by a walk over the whole story)."""
    expression = analysis.times[number]
    span = analysis.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.i for t in span if t.idx >= expression.start}


def _occasion_nouns_of(analysis: Analysis, index: TimeIndex, number: int) -> list[tuple[Token, bool]]:
    """The gathering nouns a dated expression gives the time of: the noun it follows or qualifies ("Monday's debate",
    "the summit on June 12"), the subject, object or "for"/"at" noun of the verb it governs ("the convention opens
    July 18", "held a rally on Friday", "met for their first debate on Monday"), or the -ing noun of a gathering
    verb ("the leaders met on June 12": "the summit", "the talks")."""
    doc = analysis.doc
    nouns = GATHERINGS
    owner = index.noun_of.get(number)
    if owner is not None:
        return [(doc[owner], False)] if occasion_word(doc[owner]) in nouns else []
    anchor = index.anchor_of.get(number)
    if anchor is None:
        return []
    before = _gathering_right_before(analysis, number)
    if before is not None:
        return [(before, False)]
    word = doc[anchor]
    described = _described_by_participle(word)
    if described is not None:
        return [(described, False)]  # "the interview, taped on Saturday"
    for _ in range(2):  # "the summit in Hanoi on Feb. 27": the time hangs on the place of the summit's phrase
        if pos_of(word) == P_NOUN and occasion_word(word) in nouns:
            return [(word, False)]
        if word.dep == D_POBJ and word.head.dep == D_PREP and pos_at(word.head.doc, head_i(word.head)) in PS_PROPN_NOUN:
            word = word.head.head
        elif word.dep == D_POBJ and word.head.dep == D_PREP and pos_at(word.head.doc, head_i(word.head)) in PS_VERB_AUX and \
                is_on(PHRASE_RULE):
            word = word.head.head  # "gave an interview to a network on Sunday": the giving's time, not the network's
            break
        else:
            break
    if pos_of(word) not in PS_VERB_AUX:
        return []
    lemma = word.lemma_.lower()
    gathering = gathering_verbs()
    found: list[tuple[Token, bool]] = []
    for child in dependents(word):
        if (child.dep == D_NSUBJ and lemma in rule_list("taking_place")) or \
                (child.dep == D_NSUBJPASS and lemma in rule_list("held_passive")):
            found.append((_stands_for(child), False))  # "the convention opens July 18", "was held on Monday"
        elif child.dep == D_DOBJ and lemma in rule_list("holding"):
            found.append((child, False))  # "held a rally on Friday", "gave a speech on Monday"
        elif child.dep == D_PREP and (child.lower_ in SETTING_PREPOSITIONS or
                                       (child.lower_ == "for" and lemma in gathering)):
            found.extend((o, False) for o in dependents(child) if o.dep == D_POBJ)  # "spoke at a rally Friday"
    found = [(n, v) for n, v in found if pos_of(n) == P_NOUN and occasion_word(n) in nouns]
    if not found and lemma in gathering and pos_of(word) == P_VERB:
        found.append((word, True))  # "the leaders met on June 12": the meeting
    return found


INTRODUCED_RULE = "dating.occasion_introduced"
INTRODUCED_REACH = 4  # sentences after the act within which the story goes on to date the occasion it introduced
INDEFINITE = frozenset({"a", "an"})


def _introduced_occasion(analysis: Analysis, index: TimeIndex, trigger: Token) -> tuple[int | None, str]:
    """The time the story gives, in the next lines, to an occasion the act's own clause introduced with "a" or "an"
    ("criticized the budget in an interview with the Herald. The interview, taped on Saturday, ..."): the occasion
    is new to the reader there, so it is no other than the one the story then dates; only when the act's own verb is
    set at it, the act is told as done, and every dating of that kind of occasion in those lines agrees. Rule
    dating.occasion_introduced."""
    if not is_on(INTRODUCED_RULE) or pos_of(trigger) not in PS_VERB_AUX:
        return None, "none"
    verb = clause_head(trigger)
    nouns = [o for p in dependents(verb) if p.dep == D_PREP and p.lower_ in SETTING_PREPOSITIONS
             for o in dependents(p) if o.dep == D_POBJ and pos_of(o) == P_NOUN and o.tag != T_NNS and
             occasion_word(o) in GATHERINGS and any(c.dep == D_DET and c.lower_ in INDEFINITE for c in dependents(o))]
    if len(nouns) != 1 or verb_direction(verb) != -1:  # (the tense read only for a verb set at one such occasion)
        return None, "none"
    sentence = analysis.sentence_index(verb.idx)
    word = occasion_word(nouns[0])
    later = [o for o in occasion_table(analysis, index) if o.noun == word and not o.from_verb and
             0 < index.sentence_of[o.number] - sentence <= INTRODUCED_REACH]
    values = {(analysis.times[o.number].date, analysis.times[o.number].date_end) for o in later}
    if len(values) != 1 or not _tense_fits(analysis.times[later[0].number], trigger, publication_day(analysis)):
        return None, "none"
    return later[0].number, "told after"  # a time the story gives in a later line: the act's by context


PARTICIPLE_RULE = "dating.occasion_participle"
RECORDING = rule_words("detente.time", "data/dating.yaml", PARTICIPLE_RULE)  # "the interview, taped on Saturday"


def _described_by_participle(word: Token) -> Token | None:
    """The gathering noun a past participle describes when the time hangs on that participle and it tells when the
    gathering took place ("the interview, taped on Saturday", "the debate, held on Monday night", "a town hall
    recorded Tuesday"): a verb whose passive names the occasion (held_passive) or one of recording it (the rule's
    words). The parser may hang the participle on the main verb ("In the interview, taped on Saturday, she said"):
    set off by a comma right after the noun, it describes the noun all the same. Rule dating.occasion_participle."""
    if not RECORDING or pos_of(word) != P_VERB or word.tag != T_VBN or head_i(word) == word.i:
        return None
    lemma = word.lemma_.lower()
    # (the lemmatizer reads "taped" as "tap": the written form less its "d" is the verb's too)
    if lemma not in RECORDING and word.lower_[:-1] not in RECORDING and lemma not in rule_list("held_passive"):
        return None
    if word.dep == D_ACL:
        noun = word.head
    elif word.i >= 2 and word.doc[word.i - 1].text == ",":
        noun = word.doc[word.i - 2]
    else:
        return None
    return noun if pos_of(noun) == P_NOUN and occasion_word(noun) in GATHERINGS else None


ADJACENT_RULE = "dating.occasion_time_right_after"
PHRASE_RULE = "dating.occasion_time_on_the_verbs_phrase"
PLACE_ADVERBS = frozenset({"here", "there"})


def _gathering_right_before(analysis: Analysis, number: int) -> Token | None:
    """The gathering noun the expression stands right after, a place adverb at most between ("at a press briefing
    here Friday afternoon", "a rally Friday"), whatever the parser hung the time on: written so, it is the
    gathering's time (rule dating.occasion_time_right_after)."""
    if not is_on(ADJACENT_RULE):
        return None
    doc = analysis.doc
    span = doc.char_span(analysis.times[number].start, analysis.times[number].end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.start == 0:
        return None
    first = span[0]
    word = doc[first.i - 1]
    if word.lower_ in PLACE_ADVERBS and word.i > 0:
        word = doc[word.i - 1]
    if pos_of(word) == P_NOUN and occasion_word(word) in GATHERINGS and sentence_of(first).start <= word.i:
        return word
    return None


def _stands_for(word: Token) -> Token:
    """The noun a relative pronoun stands for ("the convention, which opens July 18": the convention)."""
    if word.lower_ in ("which", "that") and word.head.dep == D_RELCL:
        return word.head.head
    return word


def _build(analysis: Analysis, index: TimeIndex) -> list[Occasion]:
    table: list[Occasion] = []
    for number in index.dated:
        if _bound(analysis, number) or not _occasion_length(analysis.times[number]):
            continue
        skip = _time_tokens(analysis, number)
        for noun, from_verb in _occasion_nouns_of(analysis, index, number):
            if from_verb:
                table.append(Occasion(noun.lemma_.lower(), frozenset(), frozenset(), number, True))
                continue
            words, ordinal = _described(noun, skip)
            table.append(Occasion(occasion_word(noun), words, ordinal, number, False))
    return table


def occasion_table(analysis: Analysis, index: TimeIndex) -> list[Occasion]:
    """The document's dated occasions, worked out once per parse and set of expressions."""
    held = once_per_doc(analysis.doc, RULE, _new_table)
    key = len(analysis.times)
    if key not in held:
        held[key] = _build(analysis, index)
    return held[key]


def _new_table(_: object) -> dict:
    return {}


def _definite(noun: Token) -> bool:
    """An occasion the reader was told of: "the debate", "this summit", "his speech", "Tuesday's hearing"."""
    return any((c.dep == D_DET and c.lower_ in DEFINITE) or c.dep == D_POSS
               for c in dependents(noun))


def occasion_of(trigger: Token, trigger_tokens: Callable[[], set[int]]) -> Token | None:
    """The definite gathering noun the act is set at: an "at", "during" or "in" phrase of its own verb ("during
    the debate, she attacked"), or of the verb it is joined to with no subject of its own ("at the summit, they
    signed a pledge and agreed to meet again"), one hung on its object ("signed the accord at the summit"), one on the
    noun of the trigger's own words ("made attacks in the debate"), or one on an event noun trigger ("her remarks
    at the hearing")."""
    verb = clause_head(trigger)
    own: list[Token] = []  # the settings of the act's own verbs: the act was done there
    holders = [verb]
    if verb.dep == D_CONJ and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and \
            not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)):
        holders.append(verb.head)
    if is_on(FRAMING_RULE):
        holders.extend(framing_clauses(verb))
        if verb.dep == D_ADVCL and verb.tag == T_VBG and verb.i > head_i(verb) and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for c in dependents(verb)):
            holders.append(verb.head)  # "pressed him at the debate, declining to withdraw": done there too
    if pos_of(trigger) == P_NOUN and trigger.i != verb.i:
        if is_on(TOPIC_RULE) and verb.i not in trigger_tokens():
            # "dispensed with the threat from the group at the start of the debate": the threat is what the act was
            # about, not an act done there; only the noun's own phrase sets it ("her remarks at the hearing")
            holders = []
        holders.append(trigger)
    for holder in holders:
        for child in dependents(holder):
            if child.dep == D_PREP and child.lower_ in SETTING_PREPOSITIONS:
                own.extend(o for o in dependents(child) if o.dep == D_POBJ)
    if is_on(PART_RULE):
        own = [_whole_of(noun) for noun in own]
    for noun in own:
        if _names_an_occasion(noun):
            return noun
    hung: list[Token] = []  # phrases the parser hung on the act's object or on a noun of its words
    for child in dependents(verb):
        if child.dep in DS_DOBJ_PREP:
            for grand in dependents(child):
                if grand.dep == D_PREP:
                    hung.extend(o for o in dependents(grand) if o.dep == D_POBJ)
                elif grand.dep == D_POBJ:
                    hung.extend(o for g in dependents(grand) if g.dep == D_PREP
                                for o in dependents(g) if o.dep == D_POBJ)
    for noun in hung:
        if _names_an_occasion(noun) and (setting_of_the_object(noun, trigger) or
                                         setting_of_a_trigger_noun(noun, trigger_tokens(), trigger)):
            return noun
    return None


FRAMING_RULE = "dating.occasion_of_the_framing_clause"
PART_RULE = "dating.occasion_part"
PARTS = rule_words("detente.time", "data/dating.yaml", PART_RULE)  # "at the start of his speech"


def _whole_of(noun: Token) -> Token:
    """The gathering a part of it names ("at the start of his speech", "at the end of the debate": the speech, the
    debate); any other noun is itself."""
    if noun.lemma_.lower() not in PARTS:
        return noun
    for child in dependents(noun):
        if child.dep == D_PREP and child.lower_ == "of":
            return next((o for o in dependents(child) if o.dep == D_POBJ), noun)
    return noun


def framing_clauses(verb: Token) -> list[Token]:
    """The clauses that tell what the doer was doing as the act was done, whose setting is the act's too: a present
    participle with no subject of its own before the verb ("Speaking at the forum, she criticized ..."), and a clause
    of being asked ("Asked at the forum about the budget, she criticized ...", "When asked at the hearing, he
    denied ..."; time/answers.py)."""
    found = [c for c in dependents(verb) if c.dep == D_ADVCL and c.tag == T_VBG and c.i < verb.i and
             not any(g.dep in DS_NSUBJ_NSUBJPASS_MARK_AUX_AUXPASS for g in dependents(c))]
    found.extend(asking_clauses(verb))
    return found


def _names_an_occasion(noun: Token) -> bool:
    """A definite gathering noun that names one occasion ("the debate", "his speech"); a plural ("during the
    primaries", "in the debates") names a run of them, with no one day. A general noun of a gathering ("at the
    event", "during the appearance") too, after "at" or "during" only ("in the event that ..." is no place)."""
    if pos_of(noun) != P_NOUN or not (_definite(noun) or _told_when_it_took_place(noun)):
        return False
    if _general(noun):
        return noun.tag != T_NNS and noun.head.lower_ in GENERAL_PREPOSITIONS
    if _utterance(noun):
        return True  # "in her opening remarks", "in his comments" (rule dating.utterance_at_the_gathering_told)
    return occasion_word(noun) in GATHERINGS and (noun.tag != T_NNS or noun.lower_ in GATHERINGS)


OWN_CLAUSE_RULE = "dating.occasion_own_relative_clause"


def _told_when_it_took_place(noun: Token) -> bool:
    """Whether a gathering noun with no definite word carries a clause of its own that tells when it took place
    ("during a debate that aired on Monday night", "at a rally that was held Tuesday"): the occasion table has its
    day from that clause, and the noun names that very occasion (rule dating.occasion_own_relative_clause)."""
    if not is_on(OWN_CLAUSE_RULE):
        return False
    verbs = rule_list("taking_place") | rule_list("held_passive")
    return any(c.dep == D_RELCL and c.lemma_.lower() in verbs for c in dependents(noun))


GENERAL_RULE = "dating.occasion_general_noun"
GENERAL_NOUNS = rule_words("detente.time", "data/dating.yaml", GENERAL_RULE)  # "the event", "the appearance"
GENERAL_PREPOSITIONS = frozenset({"at", "during"})
NEAREST_RULE = "dating.occasion_last_told"
TOPIC_RULE = "dating.occasion_not_of_the_topic"


def _general(noun: Token) -> bool:
    """Whether the noun names a gathering of any kind ("the event"): it refers back to the last one told."""
    return noun.lemma_.lower() in GENERAL_NOUNS and occasion_word(noun) not in GATHERINGS


UTTERANCE_RULE = "dating.utterance_at_the_gathering_told"
UTTERANCES = rule_words("detente.time", "data/dating.yaml", UTTERANCE_RULE)  # "in her opening remarks"


def _utterance(noun: Token) -> bool:
    """Whether the noun names what a speaker said at a gathering ("her opening remarks", "his testimony"): with no
    dated telling of its own, it was given at the one gathering the story dates ("The committee held its first
    hearing on Wednesday. ... In her opening remarks, the chair accused ..."). Rule
    dating.utterance_at_the_gathering_told."""
    return (noun.lower_ in UTTERANCES or noun.lemma_.lower() in UTTERANCES) and is_on(UTTERANCE_RULE)


def _the_one_gathering(analysis: Analysis, index: TimeIndex, trigger: Token) -> tuple[int | None, str]:
    """The time of the one gathering the story dates, for what was said in an utterance noun with no dated telling
    of its own (_utterance), told at or before the act: where the story dates gatherings on different days ("held
    its first hearing on Wednesday ... the meeting could be livelier on Thursday"), which one the remarks were made
    at is not told; another utterance ("will deliver an address this month") is not the gathering they were made at."""
    times = analysis.times
    published = publication_day(analysis)
    sentence = analysis.sentence_index(trigger.idx)
    table = occasion_table(analysis, index)
    fitting = [o for o in table if index.sentence_of.get(o.number, sentence + 1) <= sentence and
               o.noun not in UTTERANCES and _tense_fits(times[o.number], trigger, published)]
    if is_on(TO_COME_RULE) and verb_direction(clause_head(trigger)) == -1:
        # remarks told as made were not made at a gathering the act's tense rules out or one its own clause tells as
        # still to come ("the meeting could be livelier on Thursday"): only gatherings gone by leave the choice open
        table = [o for o in table if _tense_fits(times[o.number], trigger, published) and
                 not _told_as_to_come(index, o.number, analysis)]
    if len({(times[o.number].date, times[o.number].date_end) for o in table}) != 1 or not fitting:
        return None, "none"  # (another utterance, "an address this month", is no gathering the remarks were made at)
    return fitting[0].number, "occasion"


TO_COME_RULE = "dating.utterance_gathering_to_come_aside"


def _told_as_to_come(index: TimeIndex, number: int, analysis: Analysis) -> bool:
    """Whether the clause a gathering's time dates tells it as still to come or as a possibility ("will meet on
    Friday", "could be livelier on Thursday"): a future, a plan or a modal verb."""
    anchor = index.anchor_of.get(number)
    if anchor is None:
        return False
    verb = clause_head(analysis.doc[anchor])
    return verb_direction(verb) == 2 or any(c.tag == T_MD for c in dependents(verb))


def _last_told(analysis: Analysis, index: TimeIndex, table: list[Occasion], trigger: Token) -> list[Occasion]:
    """The dated occasions of the nearest sentence up to the act's that told any (rule
    dating.occasion_general_noun): "held a rally in Ohio on Tuesday ... At the event, she mocked ..."."""
    sentence = analysis.sentence_index(trigger.idx)
    told = [o for o in table if index.sentence_of.get(o.number, sentence + 1) <= sentence]
    if not told:
        return []
    last = max(index.sentence_of[o.number] for o in told)
    return [o for o in told if index.sentence_of[o.number] == last]


def _fits(occasion: Occasion, noun: str, words: frozenset[str], ordinal: frozenset[str]) -> bool:
    """Whether a dated occasion can be the one the act's phrase names: the same noun (any of its family for one a
    verb told: "met" - "the summit"), and nothing that tells them apart ("the first debate" is not "the second
    debate", "the Democratic convention" not "the Republican convention")."""
    if occasion.from_verb:
        return noun in gathering_verbs().get(occasion.noun, ())
    if occasion.noun != noun:
        return False
    if ordinal and occasion.ordinal and not ordinal & occasion.ordinal:
        return False
    if ordinal & RELATIVE_ORDINALS and not ordinal & occasion.ordinal:
        return False  # "in the last debate": not the debate the story is about
    return not (words and occasion.words and not words & occasion.words)


def _tense_fits(expression: TimeExpression, trigger: Token, published: date | None) -> bool:
    """Whether the act's tense lets it lie at the occasion's time: a past act at a gathering gone by ("signed at
    the summit"), an act to come at one still to come ("will adopt at the convention"); a present only at one
    of the story's days ("At Monday's debate, she cites ...") or at one still to come that is scheduled ("speaks
    at the convention"), never a position held now ("who he is supporting in the primary")."""
    if published is None or expression.date is None or contradicts_tense(expression, trigger, published):
        return False
    direction = verb_direction(clause_head(trigger))
    first = date.fromisoformat(expression.date[:10])
    last = date.fromisoformat((expression.date_end or expression.date)[:10])
    if first > published:
        return direction == 2
    if last < published - timedelta(days=PRESENT_REACH):
        return direction == -1
    return direction != 2 or last >= published


def dated_occasion(analysis: Analysis, index: TimeIndex, trigger: Token,
                   trigger_tokens: Callable[[], set[int]]) -> tuple[int | None, str]:
    """The expression that dates the occasion the act was done at, when the document dates it (anywhere) and no
    two of its datings disagree; not a time its tense rules out (a past act at a gathering still to come). How:
    'occasion' (the act was done on its day), or 'occasion run-up' for an act in a contest gone by that is not the
    contest's own act ("spent a million dollars in the primary": over the campaign, up to the primary's day;
    "voted in the primary", "finished second in the primary": on its day)."""
    if not index.dated or not is_on(RULE):
        return None, "none"
    if not occasion_table(analysis, index):
        # a story that dates no gathering to a day or a week: no act is set at a dated one (read once per story);
        # one set at a later or earlier one than a gathering dated to a year may be bounded by it
        return _ordered_occasion(analysis, index, trigger)
    noun = occasion_of(trigger, trigger_tokens)
    if noun is None:
        found, how = _ordered_occasion(analysis, index, trigger)
        if found is not None:
            return found, how
        return _introduced_occasion(analysis, index, trigger)
    words, ordinal = _described(noun, set())
    published: date | None = publication_day(analysis)
    times = analysis.times
    if _general(noun):
        kind = _last_told(analysis, index, occasion_table(analysis, index), trigger)
        words = frozenset()
    else:
        kind = [o for o in occasion_table(analysis, index) if _fits(o, occasion_word(noun), words, ordinal)]
        if not kind and _utterance(noun):
            return _the_one_gathering(analysis, index, trigger)
    if words and len({(times[o.number].date, times[o.number].date_end) for o in kind}) > 1:
        # the story dates several occasions of this kind ("Saturday's primary", "the March 1 primaries"): one named
        # by its own words ("in the New Hampshire primary") is one that shares them, not whichever is left
        kind = [o for o in kind if o.words & words]
    fitting = [o for o in kind if _tense_fits(times[o.number], trigger, published)]
    values = {(times[o.number].date, times[o.number].date_end) for o in fitting}
    if len(values) > 1 and is_on(NEAREST_RULE):
        # "the first debate was on Monday ... the next one is on Sunday ... At the debate, she ...": the debate the
        # story told last before the act
        fitting = _last_told(analysis, index, fitting, trigger)
        values = {(times[o.number].date, times[o.number].date_end) for o in fitting}
    if len(values) != 1:
        return None, "none"
    if occasion_word(noun) in rule_list("contests") and \
            clause_head(trigger).lemma_.lower() not in rule_list("contest_acts"):
        if published is None or (times[fitting[0].number].date or "") > published.isoformat():
            return None, "none"  # a campaign still to come: when in it the act falls, the text does not say
        return fitting[0].number, "occasion run-up"
    return fitting[0].number, "occasion"


ORDERED_RULE = "dating.occasion_ordered_by_another"
LATER_WORDS = frozenset(rule_entry("detente.time", "data/dating.yaml", ORDERED_RULE)["after"])  # "a later vote"
EARLIER_WORDS = frozenset(rule_entry("detente.time", "data/dating.yaml", ORDERED_RULE)["before"])  # "an earlier one"


def _ordered_occasion(analysis: Analysis, index: TimeIndex, trigger: Token) -> tuple[int | None, str]:
    """The occasion of its kind the story dated last before the act, when the act's own setting phrase names another
    one placed after or before it ("The senator voted against the bill in 2001. At a later vote, she accused ...", "at an
    earlier summit"): the act lies from that occasion's time on ('occasion after'), or up to it ('occasion before').
    Not when the nearest sentence that dates one dates two of its kind on different days. Rule
    dating.occasion_ordered_by_another."""
    if not is_on(ORDERED_RULE):
        return None, "none"
    verb = clause_head(trigger)
    after, before = LATER_WORDS, EARLIER_WORDS
    for child in dependents(verb):
        if child.dep != D_PREP or child.lower_ not in SETTING_PREPOSITIONS:
            continue
        for noun in dependents(child):
            if noun.dep != D_POBJ or pos_of(noun) != P_NOUN or noun.tag == T_NNS or occasion_word(noun) not in GATHERINGS:
                continue
            order = next(("after" if c.lower_ in after else "before" for c in dependents(noun)
                          if c.dep in MODIFIER_DEP_IDS and c.lower_ in after | before), None)
            if order is None:
                continue
            sentence = analysis.sentence_index(trigger.idx)  # (only for a phrase that names another occasion)
            told = [o for o in _earlier_occasions(analysis, index, sentence)
                    if _fits(o, occasion_word(noun), frozenset(), frozenset())]
            told = _last_told(analysis, index, told, trigger)
            if len({(analysis.times[o.number].date, analysis.times[o.number].date_end) for o in told}) == 1:
                return told[0].number, f"occasion {order}"
    return None, "none"


def _earlier_occasions(analysis: Analysis, index: TimeIndex, sentence: int) -> list[Occasion]:
    """The occasions the sentences before `sentence` date, a year too ("a vote in 2001"): as a bound, a year says
    enough (the occasion table keeps only the times an act can be set on)."""
    found: list[Occasion] = []
    for number in index.dated:
        if index.sentence_of.get(number, sentence) >= sentence or _bound(analysis, number):
            continue
        for noun, from_verb in _occasion_nouns_of(analysis, index, number):
            found.append(Occasion(noun.lemma_.lower() if from_verb else occasion_word(noun), frozenset(), frozenset(),
                                  number, from_verb))
    return found


RELATIVE_RULE = "dating.occasion_relative_clause"


def of_the_setting_clause(analysis: Analysis, trigger: Token, facts: VerbFacts | None = None) -> int | None:
    """The day of the act a relative clause of setting hangs on ("held a rally on Tuesday, where she accused him",
    "appeared at a town hall on Tuesday night, during which she attacked him"): the clause tells what was done there,
    then, so an act told in it in the simple past with no time of its own takes the day the main clause's own words
    give (rule dating.occasion_relative_clause). Not a past perfect ("where rebels had killed 30 people"), which
    steps back before it. `facts`: the trigger's first reads, where choose() made them."""
    verb = clause_head(trigger) if facts is None else facts.verb
    if not is_on(RELATIVE_RULE) or verb.dep not in SETTING_CLAUSE_DEPS or \
            not (simple_past(verb) if facts is None else facts.simple_past) or \
            not _opened_by_a_setting(verb):
        return None
    main = clause_head(verb.head)
    if main.i == verb.i or pos_of(main) not in PS_VERB_AUX:
        return None
    number = governed_by(analysis, main)
    if number is None:
        return None
    expression = analysis.times[number]
    published = publication_day(analysis)
    if expression.date is None or expression.date != expression.date_end or published is None or \
            date.fromisoformat(expression.date[:10]) > published:
        return None  # a day gone by: a week, a month or a time to come says too little of the act's day
    return number


SETTING_CLAUSE_DEPS = frozenset({get_string_id("relcl"), get_string_id("advcl")})
SETTING_RELATIVES = frozenset({"where"})  # "..., where she accused him"
WHICH_WORDS = frozenset({"which", "whom"})  # "..., during which she accused him"


def _opened_by_a_setting(verb: Token) -> bool:
    """Whether the clause opens with "where" or a preposition of setting and "which" ("during which", "at which")."""
    for child in dependents(verb):
        if child.i > verb.i:
            break
        if child.lower_ in SETTING_RELATIVES and child.dep != D_PREP:
            return True
        if child.dep == D_PREP and child.lower_ in SETTING_PREPOSITIONS and \
                any(o.dep == D_POBJ and o.lower_ in WHICH_WORDS for o in dependents(child)):
            return True
    return False


HAPPENING_RULE = "dating.during_a_happening_told_before"
DURING_WORDS = rule_words("detente.time", "data/dating.yaml", HAPPENING_RULE)  # "during the raid"
# "were killed in the attack": only an act of the happening's own family is part of it ("arrested in the shooting" is not)
PART_WORDS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", HAPPENING_RULE)["of_its_family"])


def _describing_participle(verb: Token) -> bool:
    """A past participle that describes a noun with no verb of its own ("the soldiers killed in the attack"): told as
    done, as a simple past is."""
    return verb.tag == T_VBN and verb.dep == D_ACL and pos_at(verb.doc, head_i(verb)) in PS_PROPN_NOUN


def during_a_happening(analysis: Analysis, index: TimeIndex, trigger: Token,
                       facts: VerbFacts | None = None) -> int | None:
    """The time the story gave a happening that is no gathering, when the act is told as done during it: "Rebels
    attacked the base on Tuesday. ... During the attack, they seized two trucks." The definite event noun refers back
    to the happening the story dated (its nearest earlier telling in a word of its family, read as for "after the
    attack": happening_told_before), and an act inside it shares its day; without this the act is only "some time up
    to the day of writing", or takes the time of whatever a neighbouring sentence dates. "During" and its like set any
    act in it; "in" only an act of the happening's own family, a part of it ("Twelve soldiers were killed in the
    attack"): "arrested in the shooting", "charged in the killing" tell what an act concerns, not when. Only a simple
    past act (or a participle describing a noun: "the soldiers killed in the attack") in a happening told to a day, a few days or a month (a year says too little of the act's day). Rule
    dating.during_a_happening_told_before."""
    if not index.dated or not is_on(HAPPENING_RULE):
        return None
    if facts is None:
        facts = verb_facts(analysis, index, trigger)  # (choose() hands the three occasion rungs the same ones)
    verb, sentence = facts.verb, facts.sentence
    if not facts.verbal or not facts.verb_verbal or not (facts.simple_past or _describing_participle(verb)):
        return None
    if not facts.dated_earlier:
        return None  # _happening_time reads only the times of the sentences before: none
    for holder in [verb, *framing_clauses(verb)]:
        for child in dependents(holder):
            if child.dep != D_PREP or child.lower_ not in DURING_WORDS | PART_WORDS:
                continue
            for noun in dependents(child):
                recorded = _recorded_happening(noun, verb)
                if recorded is not None:
                    noun = recorded  # "In a video of the shooting, his wife pleaded ...": shown as it happened
                elif noun.dep != D_POBJ:
                    continue
                if pos_of(noun) != P_NOUN or noun.tag == T_NNS or occasion_word(noun) in GATHERINGS:
                    continue  # a gathering is the occasion rules' (dated_occasion); a plural names a run of them
                if child.lower_ not in DURING_WORDS and recorded is None and \
                        not names_the_happening(verb, noun.lemma_.lower()) and not harm_suffered(verb):
                    continue
                number = _happening_time(analysis, index, sentence, noun, trigger,
                                         same_noun=child.lower_ in DURING_WORDS)
                if number is not None:
                    return number
    return None


SAME_NOUN_RULE = "dating.during_the_noun_dated_before"


def _dated_nouns(analysis: Analysis, index: TimeIndex, number: int) -> set[str]:
    """The lemmas of the nouns an expression dates: the noun it is on ("the shutdown on Friday"), or the subject of
    the verb it dates ("the shutdown passed off calmly on Friday": the subject took place then); not an object ("called
    a shutdown on Friday" may call one for later)."""
    doc = analysis.doc
    owner = index.noun_of.get(number)
    if owner is not None:
        return {doc[owner].lemma_.lower()}
    anchor = index.anchor_of.get(number)
    if anchor is None:
        return set()
    token = doc[anchor]
    if pos_of(token) == P_NOUN:
        return {token.lemma_.lower()}
    verb = clause_head(token)
    return {c.lemma_.lower() for c in dependents(verb) if c.dep == D_NSUBJ and pos_of(c) == P_NOUN}


def _same_noun_dated(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """The time the story gave the same noun where it named it with a time ("the strike on Friday passed off
    peacefully ... 124 workers were detained during the strike"), for a definite singular noun after "during" that no
    list of happenings holds: "during" makes it a stretch of time, and the story told which one. The nearest earlier
    dated mention of that noun; none when the story dated it twice on different days. Rule
    dating.during_the_noun_dated_before."""
    if not is_on(SAME_NOUN_RULE) or not _definite(noun):
        return None
    lemma = noun.lemma_.lower()
    found = [n for n in dated_before(index, sentence) if lemma in _dated_nouns(analysis, index, n)]
    if not found or len({analysis.times[n].date for n in found}) != 1:
        return None
    return found[-1]


RECORD_RULE = "dating.record_of_a_happening"
RECORDS = rule_words("detente.time", "data/dating.yaml", RECORD_RULE)  # "in a video of the shooting"


def _recorded_happening(noun: Token, verb: Token) -> Token | None:
    """The happening a record names with "of", for an act told as seen or heard in it ("In a video of the shooting,
    his wife pleaded with the officers", "officers shouted at him in footage of the encounter"): the record shows the
    act as it took place, so the act lies in that happening (during_a_happening). Not a verb of saying (what someone
    says about a video is said when the story tells it), and not a record with an act of its own ("a video released
    Monday": its release is another act). Rule dating.record_of_a_happening."""
    if noun.dep != D_POBJ or noun.lemma_.lower() not in RECORDS or not is_on(RECORD_RULE) or \
            verb.lemma_.lower() in SPEECH_VERBS:
        return None
    if any(c.dep in (D_ACL, D_RELCL) for c in dependents(noun)):
        return None  # "a video released Monday", "a video that aired on Friday": the record's own act
    for child in dependents(noun):
        if child.dep == D_PREP and child.lower_ == "of":
            return next((o for o in dependents(child) if o.dep == D_POBJ), None)
    return None


HARM_RULE = "dating.harm_suffered_in_a_happening"
HARM_VERBS = rule_words("detente.time", "data/dating.yaml", HARM_RULE)  # "were wounded in the attack"


def harm_suffered(verb: Token) -> bool:
    """Whether the verb tells a harm its subject suffered, told in the passive or as a participle describing the
    victims ("two guards were wounded in the attack", "the people burnt alive in the incident", "no one was hurt in
    the raid"): the victims' harm is part of the happening "in" names, as its own family's acts are, so it shares the
    happening's day; "arrested in the shooting" is no harm suffered in it (it tells what the arrest concerns). Rule
    dating.harm_suffered_in_a_happening."""
    if verb.lemma_.lower() not in HARM_VERBS or not is_on(HARM_RULE):
        return False
    return _describing_participle(verb) or any(c.dep == D_AUXPASS for c in dependents(verb))


def _happening_time(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token, trigger: Token,
                    same_noun: bool = False) -> int | None:
    """The expression that dates the happening a definite event noun refers back to (happening_told_before), for an
    act in it: a day, a few days or a month, not one the act's tense rules out, and not where the story stepped back
    to an earlier time between that telling and the act ("... thwarted another attack Saturday. ... Last month, the
    navy sank a trawler. A crew member was killed in the attack."): the noun then names a happening of that earlier
    episode, not the one dated before it."""
    number = happening_told_before(analysis, index, sentence, noun)
    if number is None:
        number = the_one_dated_episode(analysis, index, sentence, noun)
    if number is None and same_noun:
        number = _same_noun_dated(analysis, index, sentence, noun)
    if number is None:
        return None
    times = analysis.times
    expression = times[number]
    if not _occasion_length(expression) or not _tense_fits(expression, trigger, publication_day(analysis)):
        return None
    start = (expression.date or "")[:10]
    if any(((times[n].date_end or times[n].date) or "")[:10] < start
           for n in dated_between(index, index.sentence_of[number], sentence + 1)
           if times[n].date and not _background(analysis, index, n) and _could_tell_it(analysis, index, n, noun)):
        return None
    return number


OTHER_KIND_RULE = "dating.flashback_of_another_kind"


def _could_tell_it(analysis: Analysis, index: TimeIndex, number: int, noun: Token) -> bool:
    """Whether the sentence an earlier time steps back to may tell a happening the noun could name: a word of the
    noun's family, a verb the codebook gives one of the noun's event types, or a verb the codebook does not code at
    all, whose kind is not known ("Last month, the navy sank a fishing boat. One sailor was killed in the raid.").
    A step back where every verb is coded as another kind of act ("Last year, the county paid a sum to settle a
    lawsuit.") tells nothing "the shooting" could mean, so the noun still names the happening dated before it.
    Rule dating.flashback_of_another_kind."""
    if not is_on(OTHER_KIND_RULE):
        return True
    lemma = noun.lemma_.lower()
    kinds = _coded_types(False, lemma)
    if not kinds:
        return True  # a noun the codebook does not code: nothing to tell its kind by
    for word in analysis.sentences[index.sentence_of[number]]:
        part = pos_of(word)
        if part not in (P_NOUN, P_VERB):
            continue
        if names_the_happening(word, lemma):
            return True
        types = _coded_types(part == P_VERB, word.lemma_.lower())
        if (part == P_VERB and not types) or types & kinds:
            return True
    return False


def _coded_types(verb: bool, lemma: str) -> frozenset[str]:
    """Every event type the codebook's verb (or noun) frames give the lemma, however many senses it has."""
    # (discourse reads the dating rules this module extends)
    from detente.time.discourse import _frame_lookups

    verb_frames, noun_frames = _frame_lookups()
    return frozenset(frame.event_type for frame in (verb_frames() if verb else noun_frames()).get(lemma, ()))


EPISODE_RULE = "dating.general_happening_the_one_dated_episode"
EPISODE_NOUNS = rule_words("detente.time", "data/dating.yaml", EPISODE_RULE)  # "during the operation"
SPEECH_VERBS = word_class("reporting_verbs", "speech")


def the_one_dated_episode(analysis: Analysis, index: TimeIndex, sentence: int, noun: Token) -> int | None:
    """The time of the one episode the story has dated so far, for a definite general noun of happening ("the
    operation", "the incident", "the episode") that no earlier dated word of its family names: "A warship foiled a
    pirate attack on Thursday, ... challenged the skiffs ... boarded three of them. During the operation, six rifles
    were seized." The general noun sums up what the story told, so where every dated act before it lies on one time, it
    is that episode; where the story dates two times, which one is meant is not told. The times of words said about it
    ("the police said on Friday", "informed the police on Wednesday") date the telling, not an act of the episode,
    and are left out. Rule dating.general_happening_the_one_dated_episode."""
    if noun.lemma_.lower() not in EPISODE_NOUNS or noun.tag == T_NNS or not is_on(EPISODE_RULE) or \
            not _definite(noun):
        return None
    doc = analysis.doc
    times = analysis.times
    acts: list[int] = []
    for number in dated_before(index, sentence):
        owner = index.noun_of.get(number, index.anchor_of.get(number))
        if owner is None:
            continue
        word = clause_head(doc[owner]) if pos_of(doc[owner]) not in PS_VERB_AUX else doc[owner]
        if word.lemma_.lower() in SPEECH_VERBS:
            continue
        acts.append(number)
    if not acts or len({(times[n].date, times[n].date_end) for n in acts}) != 1:
        return None
    published = (analysis.document.published or "")[:10]
    if published and (times[acts[-1]].date or "")[:10] > published:
        return None  # an episode still to come: no act told as past lies in it
    return acts[-1]


FLASHBACK_RULE = "dating.happening_kept_past_a_flashback"


def _background(analysis: Analysis, index: TimeIndex, number: int) -> bool:
    """Whether an earlier time is told in a past perfect clause ("The rebels had moved there in January"):
    background set against the story's time, not a step back to another episode the story goes on telling, so a
    happening noun after it still names the happening dated before it ("Soldiers raided a camp on Monday. The rebels
    had moved there in January. During the raid, ..."). Rule dating.happening_kept_past_a_flashback."""
    anchor = index.anchor_of.get(number)
    if anchor is None or not is_on(FLASHBACK_RULE):
        return False
    from detente.time.discourse import clause_kind  # (discourse reads the dating rules this module extends)

    return clause_kind(analysis.doc[anchor]) == "before"


DOER_RULE = "dating.done_by_a_happening_told_before"


def done_by_a_happening(analysis: Analysis, index: TimeIndex, trigger: Token,
                        facts: VerbFacts | None = None) -> int | None:
    """The time the story gave a happening, for an act that happening itself is told as doing: "Rebels bombed a bus
    station on Friday. ... The bombing killed twelve people." A definite event noun as the subject of an active simple
    past verb refers back to the happening the story dated (happening_told_before), and what it did is that
    happening told again, on its day; without this the act takes the time of whatever a neighbouring sentence dates.
    Not a passive ("the attack was condemned": done to it, later), not a verb of causing ("the shooting prompted
    protests": the effect comes after, rule dating.cause_before_effect), not an act told in a noun of the clause ("the
    raid drew condemnation"). A relative pronoun stands for its noun ("The attack, which killed twelve soldiers, ...").
    Rule dating.done_by_a_happening_told_before."""
    if not index.dated or not is_on(DOER_RULE):
        return None
    if facts is None:
        facts = verb_facts(analysis, index, trigger)
    verb = facts.verb
    if not facts.verbal or verb.i != trigger.i or not facts.dated_earlier or not facts.simple_past:
        return None  # (_happening_time reads only the times of the sentences before)
    doer = next((c for c in dependents(verb) if c.dep == D_NSUBJ), None)
    if doer is not None and verb.dep == D_RELCL:
        doer = _stands_for(doer)  # "The attack, which killed twelve soldiers, ...": the attack
    if doer is None or pos_of(doer) != P_NOUN or doer.tag == T_NNS or cause_of_the_verb(doer) is not None:
        return None
    return _happening_time(analysis, index, facts.sentence, doer, trigger)
