"""The time stage's relation and tag sets are tested by id (`token.dep in CLAUSE_DEP_IDS`) for speed; each id set is
made from its labelled twin (`CLAUSE_DEPS`) at import, and the two must name the same labels, or a dating rule would
silently stop matching a clause."""

from __future__ import annotations

from spacy.strings import get_string_id

from detente import time as time_stage
from detente.time import dating, occasions

TWINS = {
    dating: ("CLAUSE_DEPS", "SIDE_CLAUSE_DEPS", "ARGUMENT_DEPS", "PHRASE_DEPS", "OBJECT_DEPS", "THING_MODIFIER_DEPS",
             "DESCRIBING_DEPS", "CLEFT_FOCUS_DEPS", "ATTRIBUTED_DEPS", "RELATIVE_TAGS"),
    time_stage: ("SUBJECT_DEPS", "REPORTED_DEPS", "FINITE_CLAUSE_DEPS"),
    occasions: ("MODIFIER_DEPS",),
}


def test_each_id_set_holds_the_ids_of_its_labels() -> None:
    for module, names in TWINS.items():
        for name in names:
            ids = getattr(module, name.replace("_DEPS", "_DEP_IDS").replace("_TAGS", "_TAG_IDS"))
            assert ids == frozenset(get_string_id(label) for label in getattr(module, name)), name
            assert all(isinstance(i, int) for i in ids), name


def test_a_clause_word_is_found_by_id(nlp) -> None:
    """The id of a parsed complement clause's relation is in the clause set, and a subject's is not."""
    doc = nlp("The minister said on Friday that the talks had collapsed.")
    collapsed = next(t for t in doc if t.lower_ == "collapsed")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert collapsed.dep_ in dating.CLAUSE_DEPS and collapsed.dep in dating.CLAUSE_DEP_IDS
    assert talks.dep_ not in dating.CLAUSE_DEPS and talks.dep not in dating.CLAUSE_DEP_IDS
