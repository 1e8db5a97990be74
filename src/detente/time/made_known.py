"""A deed made known: "Police announced Friday the arrest of two men", "Officials confirmed on Thursday the detention
of the journalist", "The deaths were confirmed on Monday".

A verb of making known (announce, confirm, report, disclose, reveal) tells a deed that was done by the time it is made
known: the time on the verb dates the telling, and the deed named as its object (or, in the passive, its subject)
lies some time up to that day, not on it. Only nouns of deeds done in the world (an arrest, a capture, a killing) are
read so: a measure enacted by announcing it ("announced sanctions", "announced a ceasefire") is done on the day it is
announced, and a time inside the noun's own phrase ("announced the arrest on Tuesday of two spies") is the deed's own
day; a telling still to come ("will announce on Friday the arrests") bounds nothing yet. Without this rule the deed
takes the telling's day as its own. Rule dating.deed_made_known.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.analysis import Analysis
from detente.nlp.labels import D_DOBJ, D_NSUBJPASS, P_NOUN, PS_VERB_AUX
from detente.nlp.perdoc import dependents
from detente.nlp.syntax import clause_head, head_i, pos_of, root_at
from detente.rules import is_on, rule_entry, rule_words

RULE = "dating.deed_made_known"
MAKING_KNOWN = rule_words("detente.time", "data/dating.yaml", RULE)  # verbs of making a deed known
DEEDS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RULE)["deeds"])  # nouns of deeds


def _deed_and_telling(root: Token, start: int, end: int) -> tuple[Token, Token] | None:
    """The deed noun and the verb that makes it known, for a trigger that is the noun ("confirmed the detention")
    or a span from the verb to its object noun ("announced Friday the arrest", as a light verb's event is told)."""
    if pos_of(root) == P_NOUN and root.dep in (D_DOBJ, D_NSUBJPASS) and head_i(root) != root.i:
        verb = root.head
        return (root, verb) if pos_of(verb) in PS_VERB_AUX else None
    if pos_of(root) in PS_VERB_AUX:
        for child in dependents(root):
            if child.dep == D_DOBJ and pos_of(child) == P_NOUN and start <= child.idx < end:
                return child, root
    return None


def deed_made_known(analysis: Analysis, number: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the expression dates a verb of making known whose object (or passive subject) is the trigger's deed
    noun, the time lying outside the noun's own phrase: the deed was done some time up to that day (module words)."""
    if not is_on(RULE):
        return False
    root = root_at(analysis.doc, trigger_start, trigger_end)
    if root is None:
        return False
    found = _deed_and_telling(root, trigger_start, trigger_end)
    if found is None:
        return False
    noun, verb = found
    if verb.lemma_.lower() not in MAKING_KNOWN or noun.lemma_.lower() not in DEEDS:
        return False
    expression = analysis.times[number]
    published = (analysis.document.published or "")[:10]
    last = expression.date_end or expression.date
    if last is None or (published and last > published):
        return False  # "will announce on Friday the arrests": not made known yet, so not yet bounded by it
    phrase_start = noun.left_edge.idx
    phrase_end = noun.right_edge.idx + len(noun.right_edge)
    if phrase_start <= expression.start < phrase_end:
        return False  # "announced the arrest on Tuesday of two spies": the deed's own day
    return verb.left_edge.idx <= expression.start < verb.right_edge.idx + len(verb.right_edge)


SUBJECT_RULE = "dating.topic_as_passive_subject"


def topic_time_of_the_subject(analysis: Analysis, number: int, trigger: Token, trigger_start: int,
                              trigger_end: int) -> bool:
    """Whether the expression is inside the passive subject of a verb of words or of review ("The envoy's pledge last
    month to send troops was welcomed by the allies", "The 2013 repeal was overturned"): the passive subject is what
    the verb acts on, its object turned round, so a time in its words names that happening, which came before the
    welcome or the review, as "welcomed last month's pledge" tells (dating.topic_not_time). The verb lies from that
    time on, not in it. A subject inside the trigger is the event itself ("the meeting on Thursday was announced",
    told as the meeting) and keeps its own time. Rule dating.topic_as_passive_subject."""
    from detente.time.dating import REVIEW_VERBS, SPEECH, TOPIC_VERBS

    if not is_on(SUBJECT_RULE) or pos_of(trigger) not in PS_VERB_AUX:
        return False
    verb = clause_head(trigger)
    lemma = verb.lemma_.lower()
    if lemma not in TOPIC_VERBS and lemma not in SPEECH and lemma not in REVIEW_VERBS:
        return False
    expression = analysis.times[number]
    for child in dependents(verb):
        if child.dep != D_NSUBJPASS or child.i > verb.i or trigger_start <= child.idx < trigger_end:
            continue
        if child.left_edge.idx <= expression.start and expression.end <= child.right_edge.idx + len(child.right_edge):
            return True
    return False
