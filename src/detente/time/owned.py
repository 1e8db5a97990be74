"""A time that belongs to a name or to the description of a party dates no act around it.

A time expression dates the act whose clause governs it. Two kinds of time sit in a sentence without being any act's:

- a time inside a name ("21st Century Fox took control of the network", "the September 11 Commission said"): it is a
  word of the name, not a time at all for the clause (rule dating.time_in_a_name);
- a time inside the phrase that describes a party - a modifier of the party's noun ("some 2016 candidates have called
  for"), a noun in its phrase ("the leader of last week's filibuster is pressing"), or an apposition ("Dunn, now a
  partner at a firm, asked", "Eritrea, an Italian colony until 1941, was annexed"): it says which party, or what the
  party is or was, not when the party acted (rule dating.time_of_a_party).

Both are told by the parse alone (a party is a noun the actors stage found as a mention, or a named person, group or
place), so they hold wherever the dating reads a sentence.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.labels import D_COMPOUND, P_ADJ, P_ADP, P_NOUN, P_NUM, P_PROPN, PS_VERB_AUX
from detente.nlp.syntax import head_i, pos_at, pos_of, tokens_at
from detente.records import TimeExpression
from detente.rules import is_on, rule_words

NAME_RULE = "dating.time_in_a_name"
# kinds of named entity a time can be a word of ("21st Century Fox", "the September 11 Commission")
NAME_LABELS = frozenset(str(w) for w in rule_words("detente.time", "data/dating.yaml", NAME_RULE))

CENTURY_OR_DECADE = 3  # digits of a century's or a decade's value ("20", "197")

PARTY_RULE = "dating.time_of_a_party"
# named entities that are parties (people, groups, states): a time in their phrase describes them
PARTY_LABELS = frozenset(str(w) for w in rule_words("detente.time", "data/dating.yaml", PARTY_RULE))
# how a time put before a party's noun qualifies it ("2016 candidates", "last year's winners")
PREMODIFIER_DEP_IDS = frozenset(get_string_id(label) for label in ("nummod", "amod", "compound", "poss", "nmod"))
CONTENT_POS = frozenset({P_NOUN, P_PROPN, P_ADJ, P_NUM})
PARTY_REACH = 8  # heads walked up from the time to the party's noun, within one noun phrase


def in_a_name(analysis: Analysis, expression: TimeExpression) -> bool:
    """Whether the expression is a word inside a longer name of a group, place, work or thing that goes on after it
    ("21st Century Fox", "the September 11 Commission"): a word of the name, no time of any act. A time at the end
    of a name's span ("Clinton Tuesday", where the tagger ran the day into the name) is left as a time. Rule
    dating.time_in_a_name."""
    if not NAME_LABELS or not is_on(NAME_RULE):
        return False
    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return False
    doc = analysis.doc
    after = span.end
    if after >= len(doc) or pos_at(doc, after) != P_PROPN:
        return False  # the name goes on after the time, in a proper noun (read off the column: no Token made)
    first = span[0]
    if first.ent_type_ in NAME_LABELS and all(doc[i].ent_type == first.ent_type for i in range(span.start, after)) \
            and doc[after].ent_type == first.ent_type and doc[after].ent_iob_ == "I":
        return True  # the tagger's name: "21st Century Fox" (ORG)
    # the parser's: a century or decade written as a name's words ("21st Century"), a compound of the proper noun
    # after it (a day or month before a name is no compound of it: "On Tuesday Obama said")
    from detente.time.dating import event_nouns

    last = doc[after - 1]
    if not (expression.value.isdigit() and len(expression.value) <= CENTURY_OR_DECADE):
        return False  # a day or month before a name is its occasion's ("his Sunday Mass", "the May Day rally")
    return last.dep == D_COMPOUND and head_i(last) >= after and pos_of(last.head) == P_PROPN and last.is_title and \
        last.is_alpha and last.head.lemma_.lower() not in event_nouns()


def is_party(analysis: Analysis, token: Token) -> bool:
    """Whether the noun names a party: the head of an actor mention (when the actors stage has run), or a named person,
    group or place."""
    from detente.time.dating import event_nouns

    if token.lemma_.lower() in event_nouns():
        return False  # ("her 2008 campaign": a happening, dated by its own rules)
    if any(m.kind != "pronoun" for m in analysis.mentions_at(token.i)):
        return True
    return token.ent_type_ in PARTY_LABELS and pos_of(token) == P_PROPN


def party_of_the_time(analysis: Analysis, expression: TimeExpression) -> Token | None:
    """The party noun whose phrase the expression describes, walking up its noun phrase: a modifier put before the
    noun ("some 2016 candidates"), or a word below another word of the phrase ("the leader of last week's filibuster",
    "Dunn, now a partner at a firm"). None where a verb comes first (a clause on the party), where an "in", "at" or
    "during" phrase comes between ("the leaders at Monday's summit agreed": the summit may be the act's setting, hung
    on its doers), or where the time hangs straight after a name ("Obama on Tuesday said": the parser's slip
    for the verb's time)."""
    from detente.time.dating import SETTING_PREPOSITIONS

    span = tokens_at(analysis.doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return None
    inside = range(span.start, span.end)
    token, content = span.root, False
    for _ in range(PARTY_REACH):
        if head_i(token) == token.i:
            return None
        head = token.head
        if pos_of(head) in PS_VERB_AUX:
            return None
        if pos_of(head) == P_ADP and head.lower_ in SETTING_PREPOSITIONS:
            return None
        if head.i not in inside and is_party(analysis, head):
            # (a time before a name is no modifier of it, "In 1991 Charles Keating was convicted": the parser's slip)
            before = token.dep in PREMODIFIER_DEP_IDS and span.end <= head.i and pos_of(head) == P_NOUN
            return head if content or before else None
        if head.i not in inside and pos_of(head) in CONTENT_POS and head.ent_type_ not in ("DATE", "TIME"):
            content = True
        token = head
    return None


def time_of_a_party(analysis: Analysis, number: int, trigger: Token | None) -> bool:
    """Whether the expression lies in the phrase describing a party outside the trigger's own words ("some 2016
    candidates have called for ...", "Dunn, now a partner at a firm, asked ..."): it tells which party, or what the
    party is, not when the act was done, so it dates no act of that party nor any other. A trigger inside that phrase
    keeps it ("Ruiz, who quit the firm in 2015": the clause's own time). Rule dating.time_of_a_party."""
    if trigger is None or not PARTY_LABELS or not is_on(PARTY_RULE):
        return False
    party = party_of_the_time(analysis, analysis.times[number])
    if party is None:
        return False
    return not (party.left_edge.i <= trigger.i <= party.right_edge.i)
