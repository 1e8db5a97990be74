"""An answer is given when the question is put: "Asked at Tuesday night's meeting about the budget, the mayor
criticized the council", "When asked on Tuesday whether she would sign, the governor refused", "The mayor, pressed by
reporters on Monday, denied ...".

A clause of being asked (a passive participle of a verb of questioning, put before the main clause or set off after
its subject, with no subject of its own) tells the moment the doer answered in: the time of the asking, on the
participle or on the occasion it was asked at ("at Tuesday night's meeting"), is the answer's. A past participle of
another verb tells an earlier act or a state ("Elected in 2010, the mayor ...") and is left alone; a present
participle is dating.fronted_participle's. Rule dating.asked_answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.nlp.arrays import columns, string_ids
from detente.nlp.labels import (
    D_ACL,
    D_ADVCL,
    D_ADVMOD,
    D_CONJ,
    D_MARK,
    D_NSUBJ,
    D_RELCL,
    DS_NSUBJ_NSUBJPASS,
    PS_VERB_AUX,
    T_VBD,
    T_VBN,
)
from detente.nlp.perdoc import dependents, once_per_doc
from detente.nlp.syntax import clause_head, head_i, pos_at, pos_of
from detente.rules import is_on, rule_entry, rule_words
from detente.time.dating import TimeIndex, in_the_setting

RULE = "dating.asked_answer"
ASKING = rule_words("detente.time", "data/dating.yaml", RULE)  # verbs of putting a question to someone
MARKS = frozenset(str(w) for w in rule_entry("detente.time", "data/dating.yaml", RULE)["marks"])  # "when asked"


INTERVIEW_RULE = "dating.interviewed_answer"
INTERVIEWED = rule_words("detente.time", "data/dating.yaml", INTERVIEW_RULE)  # being interviewed or contacted


ASKING_IDS = string_ids(frozenset(str(w) for rule in (RULE, INTERVIEW_RULE)
                                  for w in rule_entry("detente.time", "data/dating.yaml", rule)["words"]))


def _lemmas(doc: Doc) -> frozenset[int]:
    return frozenset(columns(doc).lemma)


def asking_clauses(verb: Token) -> Iterator[Token]:
    """The clauses of being asked that frame the verb's act: before it ("Asked ..., she said", "When asked ..."), or
    set off by commas after its subject ("The mayor, asked ..., denied"). A story with no verb of asking in it has
    none (its lemmas are read once per story)."""
    doc = verb.doc
    if ASKING_IDS.isdisjoint(once_per_doc(doc, RULE, _lemmas)) or not (is_on(RULE) or is_on(INTERVIEW_RULE)) or \
            pos_of(verb) not in PS_VERB_AUX:
        return
    children = list(dependents(verb))
    if verb.dep == D_CONJ and pos_at(verb.doc, head_i(verb)) in PS_VERB_AUX and \
            not any(c.dep in DS_NSUBJ_NSUBJPASS for c in children):
        children.extend(dependents(verb.head))  # "pressed on Monday, denied the charges and accused ...": both acts
    for child in children:
        if child.dep == D_ADVCL and child.i < head_i(child):
            yield from _asked(child)
        elif child.dep == D_NSUBJ:
            for clause in dependents(child):
                if clause.dep == D_ACL and clause.i > child.i and doc[clause.i - 1].text == ",":
                    yield from _asked(clause)
                elif clause.dep == D_RELCL and clause.i > child.i and _when_set_off(clause):
                    yield from _asked(clause)  # "The mayor, when asked on Tuesday, ...": read as a relative clause


WHEN_RULE = "dating.when_asked_set_off"


def _when_set_off(clause: Token) -> bool:
    """A clause of being asked set off after the subject with "when" or "as" ("The mayor, when asked on Tuesday,
    denied ..."), which the parser reads as a relative clause on the subject with "when" its adverb: it frames the
    main act as "When asked on Tuesday, the mayor denied" does. A relative clause with a subject of its own ("who
    was asked") is left to _asked's checks (rule dating.when_asked_set_off)."""
    doc = clause.doc
    return is_on(WHEN_RULE) and any(c.dep == D_ADVMOD and c.i < clause.i and c.lower_ in MARKS and
                                    doc[c.i - 1].text == "," for c in dependents(clause))


def _asked(clause: Token) -> Iterator[Token]:
    """The clause itself when it is one of being asked (a participle the tagger may read as a past tense: "The
    mayor, asked on Tuesday, ..."), with no subject of its own and no mark but "when"; being interviewed or contacted
    puts questions as being asked does (rule dating.interviewed_answer)."""
    lemma = clause.lemma_.lower()
    if clause.tag in (T_VBN, T_VBD) and (lemma in ASKING or lemma in INTERVIEWED) and \
            not any(c.dep in DS_NSUBJ_NSUBJPASS or (c.dep == D_MARK and c.lower_ not in MARKS)
                    for c in dependents(clause)):
        yield clause


def asked_time(analysis: Analysis, index: TimeIndex, sentence: int, trigger: Token) -> int | None:
    """The expression that dates the asking the act answers: on the clause of being asked itself ("Asked on
    Tuesday") or on the occasion it was asked at ("Asked at Tuesday night's meeting"); else None."""
    numbers = index.by_sentence.get(sentence)
    if not numbers:
        return None
    clauses = list(asking_clauses(clause_head(trigger)))
    if not clauses:
        return None
    doc = analysis.doc
    for clause in clauses:
        for number in numbers:
            owner = index.noun_of.get(number, index.anchor_of.get(number))
            if owner is not None and (owner == clause.i or in_the_setting(doc[owner], clause)):
                return number
    return None
