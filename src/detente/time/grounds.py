"""The deed a legal act is done over: "Police arrested two men on Friday in the killing of a student", "charged in
connection with the arson", "arrested for their role in the violence".

After a verb of arrest, charge or trial, "in" a deed noun, "for" a deed, or "in connection with" one names the
ground of the act, not the happening it took place in ("killed in an attack", "arrested during a protest",
dating.setting_noun): the deed was done before the arrest. So the arrest's time is not the deed's day but the last day
it can lie on, and a time the deed's own words give ("charged in the 2019 stabbing") says which deed, not when the
charge was brought. Rule dating.grounds_of_a_legal_act.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.labels import D_POBJ, DS_DOBJ_NSUBJPASS, P_NOUN, PS_NOUN_PROPN_PRON, PS_VERB_AUX
from detente.nlp.syntax import head_i, pos_of
from detente.rules import is_on, rule_entry, rule_words

RULE = "dating.grounds_of_a_legal_act"
LEGAL_VERBS = rule_words("detente.time", "data/dating.yaml", RULE)  # verbs of arrest, charge, trial
_ENTRY = rule_entry("detente.time", "data/dating.yaml", RULE)
# deeds that "in" names as the ground ("arrested in the killing of"), not as a setting ("arrested in a raid")
DEEDS = frozenset(str(w) for w in _ENTRY["deeds"])
# nouns between the ground and "for" or "in" ("for their role in", "in connection with")
LINKS = frozenset(str(w) for w in _ENTRY["links"])
REACH = 4  # prepositional steps from the deed noun up to the legal verb


def legal_act_of_the_grounds(noun: Token) -> Token | None:
    """The verb of arrest, charge or trial whose ground the event noun is ("arrested two men in the killing",
    "charged in connection with the arson", "held for their role in the violence"), or None."""
    if pos_of(noun) != P_NOUN or not LEGAL_VERBS or not is_on(RULE):
        return None
    token, linked = noun, False
    deed = noun.lemma_.lower() in DEEDS
    for _ in range(REACH):
        if token.dep != D_POBJ or head_i(token) == token.i or head_i(token.head) == token.head.i:
            return None
        word = token.head.lower_
        holder = token.head.head
        grounds = word == "for" or linked or (word == "in" and deed)
        if pos_of(holder) in PS_VERB_AUX:
            return holder if grounds and holder.lemma_.lower() in LEGAL_VERBS else None
        if pos_of(holder) not in PS_NOUN_PROPN_PRON:
            return None
        if holder.lemma_.lower() in LINKS:
            linked = True  # "in connection with the arson", "for his role in the violence"
            token = holder
            continue
        verb = holder.head
        if holder.dep in DS_DOBJ_NSUBJPASS and head_i(holder) != holder.i and grounds and \
                verb.lemma_.lower() in LEGAL_VERBS:
            return verb  # "arrested two men in the killing": the phrase hung on the ones arrested
        return None
    return None


def legal_ground_phrase(noun: Token, verb: Token) -> Token:
    """The top word of the ground's phrase below the legal verb ("in" of "in connection with the arson"): a time
    outside it, before the ground, is the legal act's ("arrested on Friday in the killing"); one after the ground's
    words may be the deed's own, however the parser hung it ("to question him in the abduction of a trader last
    year")."""
    token = noun
    while head_i(token) != token.i and token.head.i != verb.i:
        token = token.head
    return token


def ground_not_setting(noun: Token, verb: Token) -> bool:
    """Whether a noun after "in" on the act's verb is the ground of a legal act, not the happening the act took place
    in: "charged a woman on Monday in the 2019 stabbing" (the stabbing's time is not the charge's)."""
    found = legal_act_of_the_grounds(noun)
    return found is not None and found.i == verb.i
