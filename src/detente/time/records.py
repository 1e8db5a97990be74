"""A record handed on: what it records was done by the day it was released, obtained or cited, not on that day.

"A letter obtained Monday by reporters accused the minister of fraud", "In emails released Tuesday, party officials
urged ...", "A memo cited Tuesday by the campaign criticized ...", "The attack reported Tuesday killed five": the
participle's time is when the text or happening was handed on or told of; the act it records lies some time up to
that day. Two kinds of participle say so: a verb of handling something that already exists ("obtained", "cited",
"reported", "leaked"), whatever the noun; and a verb of making public ("released", "published") a record made
before it ("emails", "tapes", "transcripts"), not the maker's own issuing ("a message posted in December"). A
statement or a report speaks when it is issued ("In a statement released Monday, the ministry accused ...": Monday,
rule dating.issued_words), and is left to that rule. Without this rule such an act takes the handing on's day as
its own, or is left open up to the day of writing. Rule dating.record_made_before.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.labels import (
    D_ACL,
    D_POBJ,
    DS_NSUBJ_NSUBJPASS,
    DS_OPRD_XCOMP_ACOMP_ATTR_CCOMP,
    P_NOUN,
    PS_VERB_AUX,
    T_VBN,
)
from detente.nlp.perdoc import dependents
from detente.nlp.syntax import clause_head, head_i, pos_of
from detente.rules import is_on, rule_entry, rule_words
from detente.time.dating import SETTING_PREPOSITIONS, TimeIndex

RULE = "dating.record_made_before"
HANDLING = rule_words("detente.time", "data/dating.yaml", RULE)  # verbs of handling what already exists
RECORDS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RULE)["records"])
# verbs of making public what was made before ("released", "published"); not those of the maker's own act of
# issuing ("a message posted in December", "a letter sent Monday": written then)
MADE_PUBLIC = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RULE)["made_public"])


def _holds_the_act(noun: Token, trigger: Token, verb: Token) -> bool:
    """Whether the noun is where the act is told: the trigger noun itself ("an endorsement cited Tuesday"), the
    subject of its verb ("a letter obtained Monday accused ..."), or the text its verb is set in ("in emails released
    Tuesday, officials urged ...")."""
    if noun.i == trigger.i:
        return True
    if pos_of(trigger) not in PS_VERB_AUX:
        return False  # an event noun in the sentence ("hours after the attack") is no act the record tells
    if head_i(noun) == verb.i and noun.dep in DS_NSUBJ_NSUBJPASS:
        return True
    preposition = noun.head
    return noun.dep == D_POBJ and preposition.lower_ in SETTING_PREPOSITIONS and head_i(preposition) == verb.i


def handed_on(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token, found: int | None) -> int | None:
    """The expression of a participle that hands on the record holding the act (see the module's words), when it is
    the one the act's clause gave (`found`) or, with none given, any in the sentence; else None."""
    if found is not None:
        numbers: tuple[int, ...] | list[int] = (found,)
    else:
        numbers = index.by_sentence.get(sentence) or ()
    doc = analysis.doc
    anchor_of = index.anchor_of
    for number in numbers:
        anchor = anchor_of.get(number)
        if anchor is None:
            continue
        participle = doc[anchor]
        if participle.dep != D_ACL or participle.tag != T_VBN:
            continue  # (most times are on no participle: the rule's words are read only past this)
        lemma = participle.lemma_.lower()
        noun = participle.head
        if pos_of(noun) != P_NOUN or not (lemma in HANDLING or (lemma in MADE_PUBLIC and noun.lemma_.lower() in RECORDS)):
            continue  # a name or pronoun is a doer handed on by no one ("Smith, quoted Tuesday, ...": what he said)
        if any(c.dep in DS_OPRD_XCOMP_ACOMP_ATTR_CCOMP for c in dependents(participle)):
            continue  # "reported missing Tuesday", "reported to be weighing a run": a state told, not a record
        if is_on(RULE) and _holds_the_act(noun, trigger, clause_head(trigger)):
            return number
    return None
