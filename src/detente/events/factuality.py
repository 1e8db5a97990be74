"""Whether an event happened: asserted, negated, hypothetical or future (PLOVER's auxiliary modes).

Read from the words that govern the trigger in the parse: negation, modal auxiliaries, "if"
clauses, verbs of wishing and planning ("hopes to", "plans to"), "ahead of" a meeting, and
questions. Climbing stops at a clausal complement, so reported speech ("said that X will meet")
keeps the reported event's own factuality.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.events.lexicon import factuality_words, reporting_verbs
from detente.nlp.arrays import doc_arrays, string_ids, subtree_indices
from detente.nlp.labels import (
    D_ACL,
    D_ACOMP,
    D_ADVCL,
    D_ADVMOD,
    D_AMOD,
    D_ATTR,
    D_AUX,
    D_AUXPASS,
    D_CC,
    D_CCOMP,
    D_COMPOUND,
    D_DET,
    D_DOBJ,
    D_MARK,
    D_NSUBJ,
    D_PCOMP,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_RELCL,
    D_XCOMP,
    DS_ACOMP_ATTR,
    DS_ADVMOD_PRT,
    DS_AUX_AUXPASS,
    DS_AUX_AUXPASS_NSUBJ,
    DS_CSUBJ_CSUBJPASS,
    DS_DET_POSS_NUMMOD_PREDET_QUANTMOD,
    DS_DOBJ_POBJ,
    DS_MARK_ADVMOD,
    DS_MARK_AUX_AUXPASS,
    DS_NSUBJ_NSUBJPASS,
    DS_NUMMOD_COMPOUND_AMOD_NPADVMOD,
    DS_OPRD_XCOMP_ACOMP_ATTR_CCOMP,
    DS_PRT_ADVMOD_DOBJ,
    DS_XCOMP_PCOMP,
    E_DATE,
    E_NORP,
    L_BE,
    L_DO,
    L_HAVE,
    LS_BE_HAVE_DO_NEED_DARE,
    LS_HAVE_BE,
    P_ADJ,
    P_AUX,
    P_NOUN,
    P_PROPN,
    P_VERB,
    PS_ADP_SCONJ,
    PS_CCONJ_INTJ,
    PS_NOUN_PROPN,
    PS_NOUN_PROPN_PRON,
    PS_PROPN_NOUN,
    PS_VERB_AUX,
    T_MD,
    T_NNS,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    TS_VBD_VBN,
    TS_VBD_VBZ_VBP,
    TS_VBD_VBZ_VBP_MD,
    TS_VBG_VBN,
    TS_VBN_JJ,
    TS_VBZ_VBP,
    TS_VBZ_VBP_VB,
    TS_WRB_WP_WDT_WP_,
)
from detente.nlp.perdoc import dependents, once_per_doc
from detente.nlp.words import word_class
from detente.rules import is_on

CLIMB_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "attr", "oprd", "acomp",
                        "advcl", "appos"})
STOP_DEPS = frozenset({"ccomp", "parataxis", "ROOT", "relcl", "csubj"})
# an act passed on as a claim ("accused of beating", "allegedly attacked"): not asserted (hypothetical), though it is
# told as done at its own time, which dating keeps (time.as_told)
ALLEGED = frozenset({"hypothetical", "alleged"})



def _own_marks(token: Token, flags: set[str], held: dict | None = None) -> None:
    """Negation, modals and conditions attached directly to this token (read once per document, word and word
    lists: the climbs of a sentence's events pass the same words). `held`: the document's table (_marks_table),
    where the caller climbing many words has it."""
    if held is None:
        held = _marks_table(token.doc)
    found = held.get(token.i)
    if found is None:
        found = held[token.i] = frozenset(_read_own_marks(token, held["words"]))
    flags |= found


def _marks_table(doc: Doc) -> dict:
    """The document's own marks by word, started again when either word list changes."""
    words = factuality_words()
    reporting = reporting_verbs()  # read by _reported_will: a change of either list starts the table again
    held = once_per_doc(doc, "factuality.own_marks", _new_table)
    if held.get("words") is not words or held.get("reporting") is not reporting:
        held.clear()
        held["words"], held["reporting"] = words, reporting
    return held


def _focus_not(token: Token, words: dict) -> bool:
    """ "not only", "not just": a "not" whose next word is a focus word adds ("sold not only the mine but also the
    plant") rather than denies. Rule factuality.focus_not."""
    following = token.i + 1
    return token.lower_ == "not" and following < len(token.doc) and \
        token.doc[following].lower_ in words["focus_not"]


def _contrast_after(word: Token, negation: Token) -> bool:
    """A "not" set off after a full verb or a noun the parse hung it on denies what follows it, not that word:
    "endorsed her, not her rival", "stormed the town, not the city", "promising to lift the rules ― probably not what
    the senator had in mind". English puts the "not" that denies a verb before it or after its auxiliary ("did not
    attack", "is not"), and the "not" of a quantifier before it ("not every state"); a "not" after the word with no
    comma or dash between is left as it is (a verbless headline's "still not in sight" denies). Rule
    factuality.not_denies_what_follows."""
    if negation.i < word.i or negation.lower_ not in ("not", "n't", "n\u2019t") or \
            not is_on("factuality.not_denies_what_follows"):
        return False
    if word.pos not in PS_NOUN_PROPN_PRON and not (
            word.pos == P_VERB and word.lemma not in LS_BE_HAVE_DO_NEED_DARE):  # "need not" denies
        return False
    return any(t.is_punct for t in word.doc[word.i + 1:negation.i])


def _joined_above(conjunct: Token, head: Token) -> bool:
    """ "and" joins words of one form: a base-form verb the parse joined to a gerund or participle ("to stop attacking
    Machado and apologize") is joined to the base-form verb that gerund hangs on ("stop ... and apologize"). The
    gerund's governor ("stop", "avoid") does not deny it, though the wish above both ("called on him to") holds for
    it. Rule factuality.conj_of_like_form."""
    above = head.head
    return conjunct.tag == T_VB and head.tag in TS_VBG_VBN and head.dep in DS_XCOMP_PCOMP and \
        above.i != head.i and above.tag == T_VB and not any(c.dep in DS_AUX_AUXPASS_NSUBJ
                                                                for c in dependents(conjunct)) and \
        is_on("factuality.conj_of_like_form")


def _joined_to_infinitive(conjunct: Token, head: Token) -> Token | None:
    """ "and" joins words of one form: a bare base-form verb (no subject, no auxiliary) that the parse joined to a verb
    not in the base form which takes a "to" infinitive before it ("am going to back him, and back him warmly") is
    joined to that infinitive, and its whether is the infinitive's. Rule factuality.conj_of_infinitive."""
    words = factuality_words()["conj_of_infinitive"]
    if not words or conjunct.tag != T_VB or head.tag in (T_VB, T_MD) or head.pos not in PS_VERB_AUX or \
            any(c.dep in DS_AUX_AUXPASS_NSUBJ for c in dependents(conjunct)):
        return None
    for child in dependents(head):
        if child.i < conjunct.i and child.dep == D_XCOMP and child.tag == T_VB and \
                any(c.dep == D_AUX and c.lower_ in words for c in dependents(child)):
            return child
    return None


def _known_topic(noun: Token) -> bool:
    """An event noun that names one happening as known ("the assassination", "Putin's threat", "these killings") as
    the topic of the words around it ("speaks about", "no illusions about", "a dispute over"): a denial, a habit or a
    wish of the verb or noun it is spoken of by is that telling's, not the happening's. Rule
    factuality.known_topic; "of" after a verb of opinion ("what he thinks of the senator's endorsement", "what to make
    of the raid") names the happening judged, not one guessed at: rule factuality.opinion_of."""
    words = factuality_words()
    if noun.pos != P_NOUN:
        return False
    preposition = noun.head
    if preposition.lower_ not in words["known_topic"] and not (
            preposition.lower_ == "of" and preposition.head.i != preposition.i and
            forms(preposition.head) & words["opinion_of"]):
        return False
    return any((c.dep == D_DET and c.lower_ in ("the", "this", "that", "these", "those")) or
               (c.dep == D_POSS and c.pos in PS_PROPN_NOUN) for c in dependents(noun))


def _setting_of(preposition: Token, verb: Token) -> bool:
    """A phrase of time or setting on a verb ("the leverage they needed in months of meetings", "sought during the
    talks") is not what the verb wishes, asks or plans: its act is told as happening, whatever the verb. Rule
    factuality.setting_not_wished."""
    return verb.pos == P_VERB and preposition.dep == D_PREP and \
        preposition.lower_ in factuality_words()["setting_not_wished"]


def _new_table(_: Doc) -> dict:
    return {}


# every relation a test of _read_own_marks' ladder names (besides the rule negated_objects' list): a dependent with
# another relation passes every test
LADDER_RELATIONS = frozenset({"preconj", "neg", "advmod", "det", "aux", "auxpass", "nsubj", "nsubjpass", "csubj",
                              "csubjpass", "mark", "amod", "compound", "acl"})
_plain_lower: dict[int, str] = {}  # a lower-case form's string id -> the form, typographic apostrophes straightened
_relation: dict[int, str] = {}  # a relation's string id -> its name (ids are hashes of the string)


def _read_own_marks(token: Token, words: dict) -> set[str]:
    flags: set[str] = set()
    conditioned = False
    pos = doc_arrays(token.doc).pos[token.i]  # (from the column: `Token.pos` makes a Python enum member per read)
    negated_objects = words["negated_objects"]
    for child in dependents(token):
        # the relation and the form by string id, each id's text kept (`dep_` and `lower_` decode it anew per read)
        dep = _relation.get(child.dep)  # the ladder below asks it up to a dozen times
        if dep is None:
            dep = _relation[child.dep] = child.dep_
        if dep not in LADDER_RELATIONS and dep not in negated_objects:
            continue  # a relation no test below reads ("punct", "prep", "conj"): the whole ladder would be passed
        low = _plain_lower.get(child.lower)
        if low is None:  # "She\u2019ll present": a typographic apostrophe is the same modal
            low = _plain_lower[child.lower] = child.lower_.replace("\u2019", "'")
        if dep == "preconj" and low in words["neither_nor_acts"] and pos in PS_VERB_AUX:
            flags.add("negated")  # "has neither approved nor turned down the plan" (factuality.neither_nor_acts)
        elif dep == "neg" or (low in ("never", "no") and dep in ("advmod", "det", "neg")):
            if not _focus_not(child, words) and not _contrast_after(token, child) and \
                    not (dep == "det" and token.lemma_.lower() in words["emphatic_objects"]) and \
                    not (dep != "det" and _not_until(token, words)):
                flags.add("negated")  # not "no doubt", "no secret": they assert (factuality.emphatic_objects)
        elif dep in ("aux", "auxpass"):
            if low in words["future_modals"] or child.lemma_ in words["future_modals"]:
                flags.add("future")
            elif low == "would" and _reported_will(token):
                flags.add("future")  # "said it would boycott the vote": the reported "will boycott"
            elif low in words["hypothetical_modals"]:
                flags.add("hypothetical")
            elif low == "going" or (child.lemma == L_BE and token.tag == T_VB and _is_going_to(token)):
                flags.add("future")
        elif dep in ("nsubj", "nsubjpass") and _names_no_one(child):
            flags.add("negated")
        elif dep in words["negated_objects"] and pos in PS_VERB_AUX and _names_no_one(child) and \
                child.lemma_.lower() not in words["emphatic_objects"]:
            flags.add("negated")  # "offered no concessions", "sent nothing"; not "left no doubt of his support"
        elif dep == "mark" and low in words["conditional_marks"]:
            flags.add("hypothetical")
            # "even if they did not agree" concedes what is so: its denial stands
            conditioned = conditioned or not (child.i > 0 and child.doc[child.i - 1].lower_ == "even")
        elif dep == "advmod" and low in words["epistemic_adverbs"]:
            flags.add("hypothetical")  # "Perhaps the moderators will demand details": a guess (factuality.epistemic_adverbs)
        elif dep == "advmod" and low in words["hearsay_adverbs"]:
            flags |= ALLEGED  # "the rebels allegedly attacked a convoy": a claim (factuality.hearsay_adverbs)
        elif dep == "advmod" and low in words["habitual_adverbs"] and _simple_present(token):
            flags.add("hypothetical")  # "police routinely arrest journalists": a habit, no happening
        # (the first test: only a plural, "those", a word of the list or a clause can be a generic doer)
        elif dep in ("nsubj", "nsubjpass", "csubj", "csubjpass") and (
                child.tag == T_NNS or low == "those" or low in words["generic_subjects"] or dep[0] == "c") and \
                _generic_doer(child) and _simple_present(token):
            flags.add("hypothetical")  # "whoever criticises the president is jailed" (factuality.generic_subjects)
        elif dep in ("amod", "compound") and pos in PS_NOUN_PROPN:
            lemma = child.lemma_  # (read once: each read decodes the string anew)
            if lemma in words["future_heads"] or low in words["future_heads"]:
                flags.add("future")
                if lemma in words["expectation_heads"] or low in words["expectation_heads"]:
                    flags.add("expected")  # "the upcoming summit": timetabled, announced by no one
            elif lemma in words["hypothetical_heads"] or low in words["hypothetical_heads"]:
                flags.add("hypothetical")
        elif dep == "acl" and pos in PS_NOUN_PROPN and child.tag == T_VBN and _timetabled_participle(child, words):
            flags |= {"future", "expected"}  # "the meeting, scheduled for Monday, ...": timetabled, announced by no one
    if token.dep == D_RELCL and _simple_present(token) and _generic_doer(token.head):
        flags.add("hypothetical")  # "journalists who criticise the government": whoever does it, no happening
    if conditioned and is_on("factuality.conditional_denial"):
        flags.discard("negated")  # "if it did not withdraw": the denial is the condition's, the act only possible
    return flags


def _future_head(head: Token, lemmas: set[str], words: dict) -> bool:
    """Whether a governing word makes its complement still to come (future_heads). A word that timetables only as a
    passive or an adjective ("is set to sign") does not as an active verb of doing ("set up a blockade to protest",
    "was setting off on a journey to visit"): that verb is a deed of its own. Rule factuality.timetable_passive_only."""
    found = lemmas & words["future_heads"]
    if not found:
        return False
    return bool(found - words["timetable_passive_only"]) or _not_the_doers_word(head)


def _timetabled_participle(participle: Token, words: dict) -> bool:
    """A past participle of timetabling with no auxiliary that describes an event noun ("the meeting, scheduled for
    Monday, ...", "talks slated for June"): the happening is timetabled, not told as done. Rule
    factuality.timetabled_told."""
    return bool(words["timetabled_told"]) and participle.lemma_.lower() in words["timetabled_told"] and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(participle))


def _small_clause(verb: Token, head_of: Token) -> bool:
    """A bare infinitive with a subject of its own that a verb of perceiving, causing or letting takes ("would see the
    rebels release the hostages", "let the rebels keep their weapons", "made Peru pay"): no reported speech and no
    "that", so the act is told as the verb above it is (seen, caused, let: done; "would see": only possible). Rule
    factuality.small_clause_verbs."""
    return _own_subject_under(verb, head_of, T_VB, "small_clause_verbs")


def _own_subject_under(verb: Token, head_of: Token, tag: int, table: str) -> bool:
    """`verb` has the form `tag`, a subject of its own and no marker or auxiliary, under a verb of the word list
    `table`: the two small-clause rules' shared reading."""
    words = factuality_words()[table]
    if not words or verb.tag != tag or head_of.pos not in PS_VERB_AUX or not forms(head_of) & words:
        return False
    children = dependents(verb)
    return any(c.dep == D_NSUBJ for c in children) and \
        not any(c.dep in DS_MARK_AUX_AUXPASS for c in children)


def _small_clause_gerund(verb: Token, head_of: Token) -> bool:
    """An "-ing" form with a subject of its own that a verb of perceiving or picturing takes ("could not see herself
    supporting him", "watched the troops shelling the town"): a small clause, not reported speech, so the act is told
    as the verb above it is. Rule factuality.small_clause_gerund."""
    return _own_subject_under(verb, head_of, T_VBG, "small_clause_gerund")


def _conditional_consequent(verb: Token) -> bool:
    """A verb in the simple present with no modal whose own side clause is opened by "if" or "unless" ("the navy
    arrests fishermen if they cross the line", "the delegates are released if their candidate withdraws"): the act
    happens only when the condition holds, so none is told as done. A concessive "even if" and "as if" are no
    condition; a future or a modal keeps its own reading ("will impose sanctions if" is a threat announced), and a
    verb of saying is told as said ("Peru warns that ..., if"). Rule factuality.conditional_consequent."""
    words = factuality_words()["conditional_consequent"]
    if not words or verb.i not in _opened_clause_heads(verb.doc, words):
        return False  # (asked first: the climb asks it of every verb it passes, and few have such a clause)
    if not _simple_present(verb) or forms(verb) & word_class("reporting_verbs", "speech"):
        return False
    for clause in dependents(verb):
        if clause.dep != D_ADVCL:
            continue
        for mark in dependents(clause):
            if mark.dep == D_MARK and mark.lower_ in words and not (
                    mark.i > 0 and mark.doc[mark.i - 1].lower_ in ("even", "as")):
                return True
    return False


_opened_held: list = [None, None, frozenset()]  # the document, the word list, the words it found
_marks_held: list = [None, []]  # the document, its "mark" words


def mark_positions(doc: Doc) -> list[int]:
    """The numbers of the document's subordinating words (relation "mark": "if", "until", "because"), found once per
    document by the relation column's own search (a loop over every word in Python costs more than the checks it
    spares): the condition clauses the climb and the events stage ask about are among them."""
    held = _marks_held
    if held[0] is not doc:
        dep, found, k = doc_arrays(doc).dep, [], -1
        while True:
            try:
                k = dep.index(D_MARK, k + 1)
            except ValueError:
                break
            found.append(k)
        held[0], held[1] = doc, found
    return held[1]


def _opened_clause_heads(doc: Doc, marks: frozenset[str]) -> frozenset[int]:
    """The words with an adverbial clause of their own that one of these marks opens ("arrests them if they cross"),
    found once per document and list: the one place _conditional_consequent can find its "if"."""
    held = _opened_held
    if held[0] is not doc or held[1] is not marks:
        arrays = doc_arrays(doc)
        heads, dep, lower, ids = arrays.heads, arrays.dep, arrays.lower, string_ids(marks)
        found = set()
        for k in mark_positions(doc):
            if lower[k] in ids:
                clause = heads[k]
                if clause != k and dep[clause] == D_ADVCL and heads[clause] != clause:
                    found.add(heads[clause])
        held[0], held[1], held[2] = doc, marks, frozenset(found)
    return held[2]


def _not_until(verb: Token, words: dict) -> bool:
    """ "did not visit Lima until March", "had not met him until the war ended": a past act denied up to a time
    that "until" names was done at that time; the denial tells when, not whether. After "will" ("will not visit Lima
    until March") the act is set for that time: the "will" makes it future. Not in the present ("cannot go ahead
    until ...": only possible, factuality.until_clause) nor after another modal. Rule factuality.not_until."""
    if verb.pos not in PS_VERB_AUX or not words["not_until"]:
        return False
    children = dependents(verb)
    modals = [c for c in children if c.tag == T_MD]
    past = verb.tag == T_VBD or any(c.dep in DS_AUX_AUXPASS and c.tag == T_VBD for c in children)
    if not (past and not modals) and not (modals and all(c.lower_ in words["future_modals"] for c in modals)):
        return False
    if any(c.dep == D_PREP and c.i > verb.i and c.lower_ in words["not_until"] for c in children):
        return True  # "until March", "until the end of the war"
    # "until the troops left": a clause only in the past; "will not visit until the troops leave" awaits it (until_clause)
    return past and not modals and any(c.dep_ == "advcl" and c.i > verb.i and _opened_by(c, words["not_until"])
                                       for c in children)


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, active ("arrest", "criticises") or passive ("are arrested", "is jailed"), with
    no other auxiliary: the tense of habits and of what is so as a rule."""
    if verb.pos not in PS_VERB_AUX:
        return False
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if verb.tag in TS_VBZ_VBP:
        return all(c.lemma == L_DO and c.tag in TS_VBZ_VBP for c in auxes)
    if verb.tag == T_VB and not auxes:  # "the police routinely arrest ...": a present the tagger read as a base form
        return any(c.dep == D_NSUBJ for c in dependents(verb))
    return verb.tag == T_VBN and bool(auxes) and all(c.dep == D_AUXPASS and c.tag in TS_VBZ_VBP for c in auxes)


def _present_perfect(verb: Token) -> bool:
    """A verb in the present perfect ("has criticised", "have been arrested") with no other auxiliary and no time
    of its own: with an adverb of habit ("has often criticised Peru") it tells a habit up to now, not one happening.
    A time the clause names ("has often criticised Peru this year") leaves the acts told as done."""
    if verb.pos not in PS_VERB_AUX or verb.tag != T_VBN:
        return False
    children = dependents(verb)
    auxes = [c for c in children if c.dep in DS_AUX_AUXPASS]
    if not auxes or auxes[0].lemma != L_HAVE or auxes[0].tag not in TS_VBZ_VBP or \
            any(c.lemma != L_BE for c in auxes[1:]):
        return False
    # a time of its own: "this year" (npadvmod), "since 2015", "in the past two months" (a number in the phrase)
    return not any(c.dep_ == "npadvmod" or (c.dep == D_PREP and any(
        g.like_num or any(n.like_num for n in dependents(g)) for g in dependents(c))) for c in children)


def _past_habit(head: Token) -> bool:
    """ "used to attack", "used to support": a past habit or state, not one happening (the active past "used" right
    before the infinitive's "to"; "were used to capture" and "used his speech to call for" name a means). Rule
    factuality.used_to."""
    doc = head.doc
    if not (head.tag == T_VBD and head.lower_ in factuality_words()["used_to"] and head.i + 1 < len(doc) and
            doc[head.i + 1].lower_ == "to") or any(c.dep_ in ("auxpass", "dobj") for c in dependents(head)):
        return False
    # "the gun he used to kill": a relative clause whose subject is its own ("he") has the noun as its object, a means
    return head.dep_ != "relcl" or any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in dependents(head))


def _generic_doer(subject: Token) -> bool:
    """A subject that names any doer, not a party that acted: "whoever", "anyone", a "whoever" clause, or a bare
    plural or "those" that a relative clause in the simple present defines ("journalists who criticise the
    government", "those who protest"). Rule factuality.generic_subjects."""
    words = factuality_words()["generic_subjects"]
    if not words:
        return False
    if subject.dep in DS_CSUBJ_CSUBJPASS:
        return any(c.dep in DS_NSUBJ_NSUBJPASS and c.lower_ in words for c in dependents(subject))
    if subject.lower_ in words and subject.lower_ != "those":
        return True
    if subject.lower_ != "those" and (subject.tag != T_NNS or any(
            c.dep in DS_DET_POSS_NUMMOD_PREDET_QUANTMOD for c in dependents(subject))):
        return False
    return any(c.dep == D_RELCL and c.tag in TS_VBZ_VBP and _simple_present(c) for c in dependents(subject))


def _names_no_one(subject: Token) -> bool:
    """ "No one", "nobody", "none of the states", "neither delegation": a subject that denies every doer.

    Read off the document's columns by string id (the climb asks this of every subject and object it passes; each
    `dep_`/`lower_` read of a dependent costs a getter call): a Token is made only for a "not" to be checked."""
    words = factuality_words()
    held = _no_one_ids
    if held[0] is not words:  # the lists' string ids, kept while factuality_words gives the same table
        held[0], held[1] = words, tuple(string_ids(words[key]) for key in (
            "negating_subjects", "negated_quantifiers", "neither_nor", "negating_determiners"))
    negating, quantifiers, neither, determiners = held[1]
    doc = subject.doc
    arrays = doc_arrays(doc)
    dep, lower = arrays.dep, arrays.lower
    if lower[subject.i] in negating:
        return True
    below = arrays.dependents[subject.i]
    if not below:
        return False
    for k in below:
        relation, low = dep[k], lower[k]
        if relation in _QUANTIFIER_DEPS and low in quantifiers and not _focus_not(doc[k], words) and \
                not _contrast_after(subject, doc[k]):
            return True  # "not everyone", "not every state"
        if (relation == _PRECONJ and low in neither) or (relation == _DET and low in determiners):
            return True  # "neither the nominee nor her campaign helped" (factuality.neither_nor), "no state"
    return False


_no_one_ids: list = [None, ()]  # the factuality_words table last read by _names_no_one, and its four lists' ids
_QUANTIFIER_DEPS = string_ids(("neg", "advmod", "preconj"))
_PRECONJ, _DET = get_string_id("preconj"), get_string_id("det")


def forms(token: Token) -> set[str]:
    """The word's lemma and its plain forms: the tagger's lemma is sometimes wrong ("hopes" -> "hop"), so a
    word list is matched against the word with an inflection stripped as well."""
    low = token.lower_
    found = {token.lemma_.lower(), low}
    if low.endswith("s"):
        found.add(low[:-1])
    if low.endswith("ed"):
        found |= {low[:-1], low[:-2]}
    if low.endswith("ing"):
        found |= {low[:-3], low[:-3] + "e"}
    return found


def _clause_of_its_own(verb: Token) -> bool:
    """A conjunct verb with its own subject and its own tense ("and the police arrested", "as Scott was sitting"),
    not a gapped one that shares the first verb's auxiliary ("should be hanged and the house burned"): the first
    verb's denial, wish or plan is not its own (rule factuality.own_subject_conj)."""
    if verb.pos not in PS_VERB_AUX:
        return False
    children = dependents(verb)
    if not any(c.dep in DS_NSUBJ_NSUBJPASS for c in children):
        return False
    if any(c.dep in DS_AUX_AUXPASS for c in children):
        return True
    # a bare past form after a modal or passive first verb is a gapped participle the tagger read as a past
    # ("Obama should be hanged and the house burned")
    return verb.tag in TS_VBD_VBZ_VBP and not any(
        c.dep == D_AUXPASS or c.tag == T_MD for c in dependents(verb.head))


def _tells_a_fact(verb: Token) -> bool:
    """A side clause with its own subject, opened by "while", "after", "because" and the like."""
    marks = factuality_words().get("factual_marks", [])
    return any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(verb)) and \
        any(c.dep in DS_MARK_ADVMOD and c.lower_ in marks for c in dependents(verb))


def _finite(verb: Token) -> bool:
    """Whether the verb carries a tense of its own: a past or present form ("expressed"), or a participle or base
    form after a tensed or modal auxiliary ("though the shops were closed", "when the state is seen as", "because
    he would attack"), or a base form with a subject of its own, a present the tagger read as a base form ("while
    we condemn the torching"). Such a side clause is a clause of its own: the denial, wish or modal of the clause
    it hangs on is not its own (its own are read as its own marks). Rule factuality.finite_side_clause."""
    if verb.tag in TS_VBD_VBZ_VBP:
        return True
    if not is_on("factuality.finite_side_clause"):
        return False
    children = dependents(verb)
    if any(c.dep in DS_AUX_AUXPASS and c.tag in TS_VBD_VBZ_VBP_MD for c in children):
        return True
    return verb.tag == T_VB and any(c.dep == D_NSUBJ for c in children) and \
        not any(c.dep == D_AUX and c.lower_ == "to" for c in children)


def _present_tense(verb: Token) -> bool:
    """A finite verb in the present: its own form ("withdraw", "is") or its first auxiliary's ("have withdrawn", "are
    arrested"); a base form with a subject of its own is a present the tagger read as a base form."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if auxes:
        return auxes[0].tag in TS_VBZ_VBP
    return verb.tag in TS_VBZ_VBP_VB


def _opened_by(clause: Token, words: frozenset[str]) -> bool:
    """Whether a subordinator of the clause's own ("if", "once") is one of these words."""
    return any(c.dep == D_MARK and c.lower_ in words for c in dependents(clause))


def _future_of_setting(above: Token, sentence: Span) -> set[str]:
    """The future of the clause a time setting hangs on ("will resume after the elections", "will impose sanctions once
    the troops withdraw"), which the setting shares: still to come, but announced by no one (no AGREE or THREATEN is
    made of it)."""
    return {"future", "expected"} if "future" in factuality_flags(above, sentence) else set()


def _participle_adjunct(participle: Token, head: Token) -> bool:
    """A present participle set off after its verb by a comma or dash, with no word of its own to open it ("tried
    to use the ad, accusing her of ...", "denied the charges, calling them absurd"): it tells a second act its
    subject did alongside, not what the verb wishes, tries, plans or denies. The verb's own modal still holds
    for it (the climb goes on above). Rule factuality.participle_adjunct."""
    if participle.tag != T_VBG or participle.i < head.i or not factuality_words()["participle_adjunct"]:
        return False
    before = participle.left_edge.i - 1
    if before <= head.i or participle.doc[before].lower_ not in factuality_words()["participle_adjunct"]:
        return False
    return not any(c.dep in DS_MARK_AUX_AUXPASS for c in dependents(participle))


def _presupposed_setting(noun: Token) -> bool:
    """A known happening named as the setting of the words around it ("has tightened since the 2015 attacks",
    "collapsed after the invasion", "despite the condemnation", "violations at the end of the civil war"): a
    definite, possessive or dated event noun under a preposition of time, setting or concession, or under a noun of
    phase ("the end of", "the aftermath of") that a preposition takes. It is presupposed to have happened: no denial,
    wish or condition above it is its own (a future above it still is: "talks will resume after the elections").
    Rules factuality.presupposed_setting, factuality.phase_nouns."""
    words = factuality_words()
    if noun.pos != P_NOUN or noun.dep != D_POBJ or not words["presupposed_setting"] or not _definite(noun):
        return False
    preposition = noun.head
    phase = preposition.head
    if preposition.lower_ == "of" and phase.pos == P_NOUN and phase.lemma_.lower() in words["phase_nouns"] and \
            phase.dep == D_POBJ and phase.head.dep == D_PREP:
        return True  # "at the end of the civil war", "in the aftermath of the bombing"
    if preposition.lower_ in words["presupposed_setting"]:
        return True
    # "killed in the attack", "the death of 58 people in the attack": "in" on a noun or a verb told as done; not the
    # "in" a verb or adjective takes as its complement ("participating in the session", "interested in the talks")
    above = preposition.head
    return preposition.lower_ in words["presupposed_in"] and (
        above.pos == P_NOUN or (above.pos == P_VERB and above.tag in TS_VBD_VBN))


def _given_reason(noun: Token) -> bool:
    """A definite, possessive or dated event noun given as a reason ("because of his calls", "due to the attack",
    "thanks to the senator's endorsement"): presupposed, so no denial, modal, condition or future of the clause it
    explains is its own. Rule factuality.presupposed_reason."""
    words = factuality_words()
    reasons = words["presupposed_reason"] | words["presupposed_premise"]
    if noun.pos != P_NOUN or noun.dep != D_POBJ or not reasons or not _definite(noun):
        return False
    preposition = noun.head
    return preposition.lower_ in reasons or (preposition.lower_ in ("of", "to") and preposition.head.lower_ in reasons)


def _as_told_before(participle: Token) -> bool:
    """A bare past participle opened by "as" ("dropped the tax as promised", "released them as agreed", "as
    threatened"): the clause points back to a promise, agreement or threat already made, so that act is told as done,
    whatever the clause it hangs on wishes, plans or denies ("proposed dropping it as promised"). Rule
    factuality.as_told_before."""
    if participle.tag != T_VBN or participle.dep != D_ADVCL or not factuality_words()["as_told_before"]:
        return False
    children = dependents(participle)
    return any(c.dep == D_MARK and c.lower_ in factuality_words()["as_told_before"] for c in children) and \
        not any(c.dep in DS_AUX_AUXPASS_NSUBJ for c in children)


def _excepted(token: Token) -> bool:
    """A gerund or noun that an exceptive preposition takes ("has not said much beyond meeting advisers", "did
    nothing besides visiting the border", "other than a statement"): it is set apart from what the clause above
    denies, so that denial is not its own. Rule factuality.exceptive_scope."""
    words = factuality_words()["exceptive_scope"]
    preposition = token.head
    if not words or token.dep not in (D_PCOMP, D_POBJ) or preposition.dep != D_PREP or preposition.i == token.i:
        return False
    above = preposition.head
    return preposition.lower_ in words or f"{above.lower_} {preposition.lower_}" in words


def _against_object(noun: Token) -> str | None:
    """An indefinite event noun that a gerund decided, warned or voted against takes ("decided against recommending
    charges", "warned against ordering an attack"): the noun's act is as the gerund's is, denied or only weighed.
    A definite noun names a known happening and keeps its own whether. Rule factuality.against_object."""
    if noun.dep != D_DOBJ or noun.pos != P_NOUN or _definite(noun) or \
            "dobj" not in factuality_words()["against_object"]:
        return None
    gerund = noun.head
    return _against_it(gerund) if gerund.dep == D_PCOMP else None


def _factive_object(noun: Token) -> bool:
    """A known happening that a word of reacting to it or judging it takes ("to protest the killing of the pilgrims",
    "avoids condemning Russia's invasion", "blamed the rebels for the attack", "in retaliation for the bombing"):
    one reacts to what happened, so the happening is presupposed, whatever the reacting (denied, wished, planned)
    is. A definite, possessive or dated event noun, the word's object or the object of its preposition. Rule
    factuality.factive_objects."""
    table = factuality_words()
    # "has not replied to Chile's request", "would cooperate with the FBI's investigation"
    words = table["factive_objects"] | table["answered_objects"] | table["ongoing_objects"]
    if noun.pos != P_NOUN or not words or noun.dep not in DS_DOBJ_POBJ or not _definite(noun):
        return False
    head = _taking_word(noun)
    return head is not None and (bool(forms(head) & words) or (noun.dep == D_POBJ and _credited(head)))


def _credited(word: Token) -> bool:
    """A noun of credit, fault or price, or a verb that has one as its object ("claimed credit for the bombing",
    "paid no price for attacking": the parse hangs "for" on either): what it is for happened. Rule
    factuality.credited_objects."""
    credited = factuality_words()["credited_objects"]
    return bool(credited) and (bool(forms(word) & credited) or any(
        c.dep == D_DOBJ and c.lemma_.lower() in credited for c in dependents(word)))


def _taking_word(noun: Token) -> Token | None:
    """The word a noun is the object of, directly or through its preposition ("carried out his threat", "followed
    through on its threats"); None for the object of a preposition that hangs on no word."""
    if noun.dep != D_POBJ:
        return noun.head
    return noun.head.head if noun.head.dep == D_PREP else None


def _definite(noun: Token) -> bool:
    """A noun that names one known thing: "the", a demonstrative, a possessive ("Russia's invasion") or a date
    ("the 2015 attacks", "the March 3 bombing")."""
    return any((c.dep == D_DET and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep == D_POSS or
               (c.dep in DS_NUMMOD_COMPOUND_AMOD_NPADVMOD and c.ent_type == E_DATE)
               for c in dependents(noun))


def _reported_will(verb: Token) -> bool:
    """ "would" as the past of "will" in reported speech: the clause a past speech verb reports, with no condition.

    "Nigeria announced it would boycott the forum" reports a plan; "it would boycott the forum if ..." and a
    "would" outside reported speech ("they would never agree") stay hypothetical.
    """
    head = verb.head
    if verb.dep != D_CCOMP or head.tag not in TS_VBD_VBN or head.lemma_.lower() not in reporting_verbs():
        return False
    conditions = factuality_words()["conditional_marks"]
    arrays = doc_arrays(verb.doc)  # the clause's words by string id: spaCy's subtree walk makes every word anew
    dep, lower, mark, wanted = arrays.dep, arrays.lower, string_ids("mark"), string_ids(frozenset(conditions))
    return not any(dep[k] in mark and lower[k] in wanted for k in subtree_indices(verb, arrays))


def _journey_made(verb: Token) -> bool:
    """A verb of going or coming told as done ("came to Seoul to meet", "has gone on a tour to talk"): its purpose
    infinitive tells what the journey was for and, in news, what was done on it. A modal, a "to" or a future on
    the verb leaves the climb to decide ("will travel to Amman to meet"). Rule factuality.journey_purpose."""
    return bool(forms(verb) & factuality_words()["journey_verbs"]) and _told_done(verb)


def _told_done(verb: Token) -> bool:
    """A verb in the simple past or the present perfect, with no modal: "came", "has gone", "have taken to"."""
    if verb.pos not in PS_VERB_AUX:
        return False
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if verb.tag == T_VBD:
        return not auxes
    return verb.tag == T_VBN and any(c.lemma == L_HAVE or c.norm_ in ("'s", "have") for c in auxes) and \
        all(c.tag != T_MD for c in auxes)


def _contact_made(verb: Token, purpose: Token) -> bool:
    """A verb of getting in touch told as done ("called the Indian leader on Friday", "wrote to the king") whose
    purpose is an act done in words ("to express gratitude", "to congratulate him"): the call or letter is where
    those words were said, so the act happened, when the call did. Rule factuality.contact_purpose."""
    words = factuality_words()
    if not forms(purpose) & (words["speech_purposes"] | words["medium_speech_purposes"]):
        return False
    if not forms(verb) & words["contact_verbs"]:
        return _through_a_medium(verb) and _told_done(verb)  # "posted a video to", "have taken to social media to"
    return verb.pos in PS_VERB_AUX and verb.tag == T_VBD and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb))


def _through_a_medium(verb: Token) -> bool:
    """A verb of putting words out whose object, or the object of its preposition, is a medium: "posted a video",
    "took to Twitter", "held a press conference", "wrote a letter". Rule factuality.medium_purpose."""
    words = factuality_words()
    if not forms(verb) & words["medium_verbs"]:
        return False
    media = words["medium_nouns"]
    for child in dependents(verb):
        if child.dep == D_DOBJ and child.lemma_.lower() in media:
            return True
        if child.dep == D_PREP and any(c.dep == D_POBJ and c.lemma_.lower() in media for c in dependents(child)):
            return True
    return False


def _message_purpose(clause: Token) -> bool:
    """An infinitive of an act done in words on a message noun ("her tweet to invite the governor", "a letter to
    thank the king"): the message does the act, which is told as the message is. Rule factuality.message_purpose."""
    words = factuality_words()
    return clause.head.lemma_.lower() in words["medium_nouns"] and \
        bool(forms(clause) & (words["speech_purposes"] | words["medium_speech_purposes"])) and \
        is_on("factuality.message_purpose")


def _ranks(word: Token, words: dict) -> bool:
    """An ordinal ("first", "only", "fifth") or a superlative ("earliest", "latest"): either ranks the doers of an
    act by when or how they did it. Rules factuality.ordinal_heads, factuality.ranked_by_degree."""
    return word.lower_ in words["ordinal_heads"] or word.tag_ in words["ranked_by_degree"] or \
        word.ent_type_ in words["ranked_by_degree"]


def _ranked(noun: Token) -> bool:
    """A noun an ordinal ranks ("the first sitting senators", "the only state", "the latest country"), or one of such
    a set ("one of the earliest members", "one of dozens"): its infinitive tells what was done. Rules
    factuality.ranked_doer, factuality.ranked_partitive."""
    words = factuality_words()
    if not words["ranked_doer"] or noun.lemma_.lower() in words["ranked_not_doers"]:
        return False
    if forms(noun) & (words["hypothetical_heads"] | words["future_heads"] | words["unrealised_objects"]):
        return False  # "the latest bid to oust him", "the first plan to", "the latest call to": a wish, plan or request
    if any(c.dep == D_AMOD and _ranks(c, words) for c in dependents(noun)):
        return True
    return noun.lower_ in words["ranked_partitive"] and any(_one_of_a_set(member, words) for member in _of_objects(noun))


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" ("one of the senators" -> senators)."""
    return [o for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of" for o in dependents(c) if o.dep == D_POBJ]


def _one_of_a_set(member: Token, words: dict) -> bool:
    """ "one of the earliest lawmakers", "one of dozens", "among the first senators": a set of doers (ranked, or
    counted in the plural), not of ways or reasons. Rule factuality.ranked_partitive."""
    if member.lemma_.lower() in words["ranked_not_doers"]:
        return False
    return _ranked(member) or (member.tag == T_NNS and not any(c.dep == D_DET for c in dependents(member)))


def _ranked_copula(verb: Token) -> bool:
    """ "was the only South American state to recognise ...", "became the fifth country to recognise", "was among the
    first senators to endorse": the parse may hang the infinitive on the copula whose noun an ordinal ranks; it still
    tells what was done. Rules factuality.ranked_doer, factuality.ranked_partitive."""
    words = factuality_words()
    if not words["ranked_doer"] or not forms(verb) & words["ranked_copulas"]:
        return False
    return any((c.dep == D_ATTR and (_ranked(c) or c.lower_ in words["ordinal_heads"])) or
               (c.dep == D_PREP and c.lower_ in words["ranked_partitive"] and
                any(o.dep == D_POBJ and _one_of_a_set(o, words) for o in dependents(c)))
               for c in dependents(verb))


def _done_by_saying(verb: Token) -> bool:
    """An act done in words that the speaker, in the first person and the present, wants, would like, wishes, has
    or must do ("I want to thank", "we'd like to offer our apology", "I must condemn"): saying so does it. Rules
    factuality.performative_acts, factuality.performative_wishes."""
    # the two shapes it reads, by relation id first: an auxiliary of the verb's own, or the verb an infinitive
    # complement (most anchors have neither, and the word's forms cost a set and three string reads)
    children = dependents(verb)
    if verb.dep != D_XCOMP and not any(c.dep == D_AUX for c in children):
        return False
    words = factuality_words()
    if not forms(verb) & words["performative_acts"] or not words["performative_wishes"]:
        return False
    if any(c.dep == D_AUX and c.lower_ in words["performative_wishes"] for c in children):
        # "I must condemn"; not "we must condemn", a call on all of us
        return _first_person_now(verb, children) and any(c.dep == D_NSUBJ and c.lower_ == "i" for c in children)
    if verb.dep != D_XCOMP or not any(c.dep == D_AUX and c.lower_ == "to" for c in children):
        return False
    head = verb.head
    return bool(forms(head) & words["performative_wishes"]) and _first_person_now(head, dependents(head))


def _first_person_now(verb: Token, children: list[Token]) -> bool:
    """The verb's subject is "I" or "we", its tense the present (or "would like"), and nothing denies it."""
    if not any(c.dep == D_NSUBJ and c.lower_ in ("i", "we") for c in children) or \
            any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in children):
        return False
    auxes = [c for c in children if c.dep in DS_AUX_AUXPASS and c.lower_ != "to"]
    if verb.tag in TS_VBZ_VBP:
        return not auxes
    return verb.tag == T_VB and all(c.tag == T_MD and c.lower_ in ("would", "'d", "must") for c in auxes)


def _condition_clause(clause: Token) -> bool:
    """A clause with a subject of its own on "case" or "event" under "in" ("in case the government arrested the
    leaders", "in the event that Peru attacks"): a condition, as an "if" clause is; not a relative clause whose
    subject is its relative word ("in the event that killed fifty"). Read off the words before the subject, as the
    parse hangs such a clause on the noun, on the main verb or beside it. Rule factuality.condition_nouns."""
    nouns = factuality_words()["condition_nouns"]
    if not nouns:
        return False
    subject = next((c for c in dependents(clause) if c.dep in DS_NSUBJ_NSUBJPASS), None)
    if subject is None:
        return False
    # the words by string id from the document's columns (the climb asks this of every verb it passes; each `lower_`
    # or `left_edge` read makes a string or a Token): a Token only for a word before the subject to be matched
    doc = clause.doc
    arrays = doc_arrays(doc)
    lower = arrays.lower
    if lower[subject.i] in _RELATIVE_SUBJECTS:
        return False
    at = arrays.first[subject.i] - 1
    if at >= 0 and lower[at] == _THAT:
        at -= 1
    if at < 1:
        return False
    lemma = arrays.lemma[at]
    low = _lemma_lower.get(lemma)
    if low is None:
        low = _lemma_lower[lemma] = doc.vocab.strings[lemma].lower()
    if low not in nouns:
        return False
    before = at - 1
    if lower[before] == _THE and at >= 2:
        before = at - 2
    return lower[before] == _IN


_RELATIVE_SUBJECTS = string_ids(("that", "which", "who"))
_lemma_lower: dict[int, str] = {}  # a lemma's string id -> the lemma lower-cased (ids are hashes of the string)
_THAT, _THE, _IN, _NO = get_string_id("that"), get_string_id("the"), get_string_id("in"), get_string_id("no")


def _as_ensured(verb: Token, sentence: Span) -> set[str]:
    """What a verb of ensuring takes is told as the ensuring is: done, still to come or possible. A denial from
    further up ("did not appear concerned about working to ensure that ...") leaves it unrealised, not denied; only
    the verb's own ("did not ensure that ...") denies it. Rule factuality.ensuring_verbs."""
    above = factuality_flags(verb, sentence)
    own: set[str] = set()
    _own_marks(verb, own)
    if "negated" in above and "negated" not in own:
        above = (above - {"negated", "refused"}) | {"hypothetical"}
    return above


def _no_matter(clause: Token) -> bool:
    """A clause opened by "no matter what/who/how" ("no matter what action Chile takes"): any such act, none in
    particular, so only possible. Rule factuality.no_matter."""
    words = factuality_words()["no_matter"]
    if not words:
        return False
    arrays = doc_arrays(clause.doc)  # the words by string id: a `left_edge` or `lower_` read makes a Token or a string
    at, lower = arrays.first[clause.i], arrays.lower
    return at >= 2 and lower[at - 1] in string_ids(words) and lower[at - 2] == _NO and \
        lower[at] in string_ids(factuality_words()["wh_words"])


def _decided_by_noun(clause: Token) -> bool:
    """An infinitive on a noun of deciding ("her decision to allow the refugees in", "Peru's choice to expel the
    envoy"): the act decided is told as the verb "decided to" tells it, not as a plan or a wish still to come. A
    definite or possessive decision is one that was made (its own denial still counts: "no decision to attack" is not
    definite); an indefinite one that a verb takes ("made a decision to", "could make a decision to") is told as that
    verb is; any other ("any decision to charge him would") stays a plan. Rule factuality.decided_acts."""
    words = factuality_words()["decided_acts"]
    noun = clause.head
    return bool(words) and noun.pos == P_NOUN and noun.lemma_.lower() in words


def _shares_the_condition(conjunct: Token, head: Token) -> bool:
    """A clause joined by "and"/"or" to a clause opened by "if", "unless" or "whether" lies inside that condition or
    question ("if the rebels shell the town and the army attacks the villages, ...", "asked whether the army could
    retake the town and the police would arrest ..."): the subordinator opens both, so the second is only possible too.
    Not where the joined clause has a subordinator of its own (already read), comes after the clause the condition
    hangs on (a clause of that one's, misparsed) or after a dash or bracket, or where "even if" concedes what is so. Rule
    factuality.condition_shared_by_conjunct."""
    words = factuality_words()
    coordinators = words["condition_shared_by_conjunct"]
    if not coordinators:
        return False
    marks = words["conditional_marks"]
    if any(c.dep_ == "mark" for c in dependents(conjunct)):
        return False
    if not any(c.dep == D_CC and c.lower_ in coordinators and head.i < c.i < conjunct.i for c in dependents(head)):
        return False
    mark = next((c for c in dependents(head) if c.dep_ == "mark" and c.lower_ in marks and c.i < head.i), None)
    if mark is None or (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even") or head.dep_ not in ("advcl", "ccomp"):
        return False
    governor = head.head
    # a dash or bracket between them opens an aside ("if Russia is attacking ... - as Democrats are alleging - ..."):
    # what follows it is the writer's own telling, misparsed onto the condition
    doc = head.doc
    return not (head.i < governor.i < conjunct.i) and \
        not any(doc[i].text in _ASIDE_MARKS for i in range(head.i + 1, conjunct.i))


_ASIDE_MARKS = frozenset({"\u2014", "\u2013", "--", "-", "(", ")"})


def _conditioned(verb: Token) -> bool:
    """A verb that an "if", "whether" or "unless" of its own puts under a condition or a question, not a concessive
    "even if": what it reports is only possible too. Rule factuality.conditioned_report."""
    words = factuality_words()
    if not words["conditioned_report"]:
        return False
    return any(c.dep == D_MARK and c.lower_ in words["conditional_marks"] and
               not (c.i > 0 and c.doc[c.i - 1].lower_ == "even") for c in dependents(verb))


def _judged_for(gerund: Token) -> bool:
    """A gerund that "for" gives as the reason of a judging, thanking or blaming ("to mock Clinton for inviting Cuban",
    "thanked Peru for sending aid", "criticised the army for shelling the town"): what one is judged for was done,
    whatever is told of the judging. Rule factuality.judged_for."""
    words = factuality_words()
    preposition = gerund.head
    if gerund.tag != T_VBG or preposition.lower_ != "for" or preposition.dep != D_PREP:
        return False
    return (bool(words["judged_for"]) and bool(forms(preposition.head) & (words["judged_for"] | words["factive_objects"])))\
        or _credited(preposition.head)


def _word_kept_or_broken(noun: Token) -> bool:
    """A threat, promise or pledge that a verb keeps, carries out, follows through on, breaks or backs down from
    ("decided not to follow through on its threats of airstrikes", "carried out his threat"): the word was given,
    whatever is told of keeping it. Rule factuality.word_kept."""
    words = factuality_words()
    if noun.pos != P_NOUN or noun.lemma_.lower() not in words["word_kept"]:
        return False
    verb = _taking_word(noun)
    if verb is None or verb.pos not in PS_VERB_AUX:
        return False
    found = _phrase_forms(verb)
    if noun.dep == D_POBJ:  # "deliver on", "act on": the verb with the preposition that takes the noun
        found |= {f"{lemma} {noun.head.lower_}" for lemma in forms(verb)}
    return bool(found & words["keeping_verbs"])


def _denied_by_its_object(verb: Token) -> bool:
    """A verb denied only by an object that names nothing ("offered no apology", "makes no mention of"), with no "not"
    or "never" of its own and a subject that names a doer: the denial is that object's, so a verb joined to it with
    an object of its own ("... but praised the army") is not denied. Rule factuality.object_denial_own_verb."""
    children = dependents(verb)
    if any(c.dep_ in ("neg", "preconj") or c.lower_ in ("never", "no", "not", "n't") for c in children if c.dep_ != "dobj"):
        return False
    if any(c.dep in DS_NSUBJ_NSUBJPASS and _names_no_one(c) for c in children):
        return False
    return any(c.dep == D_DOBJ and _names_no_one(c) for c in children)


def _intent_denied(noun: Token) -> bool:
    """A noun of intending that "no" denies ("has no plans to meet", "had no intention to attack"): the act it would
    plan is denied, and no act is announced. Rule factuality.denied_intent."""
    if noun.pos != P_NOUN or noun.lemma_.lower() not in factuality_words()["denied_intent"]:
        return False
    held: set[str] = set()
    _own_marks(noun, held)
    return "negated" in held


def _told_past(noun: Token) -> set[str] | None:
    """An event noun that an adjective of time past qualifies ("a recent raid", "his previous criticisms"): told as
    done, its whether is its own marks ("no recent attacks" is denied), whatever governs it; None for any other word.
    An adjective of a happening under way ("the ongoing attacks", "the continuing protests") tells it as happening,
    the same way. Rules factuality.past_heads, factuality.ongoing_heads."""
    if noun.pos != P_NOUN:
        return None
    table = factuality_words()
    words = table["past_heads"] | table["ongoing_heads"]
    if not any(c.dep == D_AMOD and c.lower_ in words for c in dependents(noun)):
        return None
    held: set[str] = set()
    _own_marks(noun, held)
    return held


def _named_happening(noun: Token) -> set[str] | None:
    """A noun of violence named by its place or date ("the Orlando attack", "the war in Syria", "the Sept. 11
    attacks", "last month's attacks"): violence is named so only once it took place, so its whether is its own marks
    ("the planned Raqqa offensive" stays planned), whatever governs it; None for any other word. Rule
    factuality.named_happenings."""
    words = factuality_words()["named_happenings"]
    if noun.pos not in PS_NOUN_PROPN or not words or noun.lemma_.lower() not in words:
        return None  # ("the Vietnam War": a proper noun)
    children = dependents(noun)
    modifiers = [c for c in children if c.dep in _NAMING_DEPS]
    definite = any(c.dep == D_DET and c.lower_ == "the" for c in children) or any(
        c.dep == D_DET and c.lower_ == "the" for m in modifiers for c in dependents(m))  # "the Sept. 11 attacks"
    dated = any(m.dep == D_POSS and m.ent_type == E_DATE for m in modifiers)  # "last month's attacks"
    if not (definite or dated):
        return None
    # a date or a place by its entity, or a proper noun that the tagger gave no nationality ("the Cochabamba attack")
    named = dated or any(m.ent_type in _PLACE_OR_DATE or (m.dep == D_COMPOUND and m.pos == P_PROPN and
                                                         m.ent_type != E_NORP) for m in modifiers) or any(
        c.dep == D_PREP and c.lower_ in ("in", "of") and any(o.dep == D_POBJ and o.ent_type in _PLACE_OR_DATE
                                                            for o in dependents(c)) for c in children)
    if not named:
        return None
    held: set[str] = set()
    _own_marks(noun, held)
    return held


_NAMING_DEPS = string_ids(("compound", "nmod", "poss", "amod", "nummod"))
_PLACE_OR_DATE = string_ids(("GPE", "LOC", "FAC", "DATE", "EVENT"))


def _under_way(gerund: Token) -> bool:
    """A gerund that a verb of ending takes as its own complement ("to stop shelling the town", "did not cease
    attacking"): the act was under way, so it is told as done; under "from" ("stopped them from attacking") it is
    prevented, and the parse hangs it elsewhere. Rule factuality.ended_acts."""
    return gerund.tag == T_VBG and gerund.dep == D_XCOMP and \
        bool(forms(gerund.head) & factuality_words()["ended_acts"])


def _done_to_the_noun(participle: Token, noun: Token) -> bool:
    """A past participle with no auxiliary that describes a noun ("the proposal championed by the senator", "a plan
    approved by the cabinet"): what was done to the noun, not what the noun wishes or plans. Rule
    factuality.past_participle_of_a_noun."""
    return participle.dep == D_ACL and participle.tag == T_VBN and noun.pos in PS_NOUN_PROPN and \
        bool(factuality_words()["past_participle_of_a_noun"]) and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(participle))


def _timetabled_now(verb: Token) -> bool:
    """A passive of timetabling in the present or the future ("are scheduled", "has been set", "will be slated"), not
    the past ("was planned by"). Rule factuality.scheduled_happenings."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    return bool(auxes) and auxes[0].tag in TS_VBZ_VBP or (bool(auxes) and auxes[0].lower_ in ("will", "'ll"))


def _so_far_as(clause: Token, head: Token) -> bool:
    """ "went so far as to threaten", "went as far as to call": the infinitive is the act done at the extreme, not a
    purpose. Rule factuality.so_far_as."""
    return head.lower_ in factuality_words()["so_far_as"] and head.head.i != head.i and \
        any(c.dep == D_MARK and c.lower_ == "as" for c in dependents(clause))


def _against_it(token: Token) -> str | None:
    """An act warned, advised, argued or voted against ("warned Peru against attacking Bolivia", "voted against an
    attack"): not told as done (hypothetical); one decided or chosen against is denied. A gerund, or an indefinite
    event noun. Rule factuality.against_acts."""
    preposition = token.head
    if preposition.lower_ != "against" or preposition.dep != D_PREP:
        return None
    if not ((token.dep == D_PCOMP and token.tag == T_VBG) or
            (token.dep == D_POBJ and token.pos == P_NOUN and not _definite(token))):
        return None
    words = factuality_words()
    lemmas = forms(preposition.head)
    if lemmas & words["undecided_acts"] and words["against_acts"]:
        return "negated"
    return "hypothetical" if lemmas & words["against_acts"] else None
def _phrase_forms(verb: Token) -> set[str]:
    """The verb's forms, and each with its particle, adverb or bare object ("take place", "go ahead", "call off")."""
    found = forms(verb)
    for child in dependents(verb):
        if child.dep in DS_PRT_ADVMOD_DOBJ:
            found |= {f"{lemma} {child.lower_}" for lemma in forms(verb)}
    return found


def _tells_it_happen(verb: Token) -> bool:
    """A verb that says only that its subject, an event noun, happens ("the summit did not take place", "talks will
    begin"): whether it happens is the event's own. Rule factuality.happening_verbs."""
    return verb.pos in PS_VERB_AUX and bool(_phrase_forms(verb) & factuality_words()["happening_verbs"])


def _passive_marks(verb: Token, flags: set[str]) -> None:
    """An event noun as the subject of a passive verb of wishing, asking or weighing is not done ("a ceasefire was
    demanded", "sanctions are being considered"); of preventing or calling off, denied ("the attack was foiled", "the
    talks were cancelled"). Rule factuality.passive_unrealised; a verb of planning or ordering is left alone ("the
    bombing was planned by ..." tells of a bombing that happened)."""
    words = factuality_words()
    found = _phrase_forms(verb)
    if found & words["passive_prevented"]:
        flags.add("negated")
    elif found & words["scheduled_happenings"] and _timetabled_now(verb):
        flags |= {"future", "expected"}  # "talks are scheduled for next week" (factuality.scheduled_happenings)
    elif found & words["timetabled_told"]:
        flags |= {"future", "expected"}  # "the meeting was scheduled two weeks ago" (factuality.timetabled_told)
    elif found & words["passive_unrealised"] and not any(
            c.dep in DS_OPRD_XCOMP_ACOMP_ATTR_CCOMP for c in dependents(verb)):
        flags.add("hypothetical")  # not "was considered an act of war": a judgement of the act, not a weighing


def _denied_content(clause: Token) -> bool:
    """A "that" clause on a noun of saying which a verb of denial takes as its object: "rejected claims that it
    attacked the convoy", "dismissed reports that troops had crossed the border". Rule factuality.denied_claims."""
    noun = clause.head
    if noun.pos != P_NOUN or noun.dep != D_DOBJ or not any(c.dep == D_MARK and c.lower_ == "that"
                                                             for c in dependents(clause)):
        return False
    return bool(forms(noun.head) & factuality_words()["denied_claims"])


def _obliged_now(verb: Token) -> bool:
    """ "has to", "have to" in the present: an obligation, not a deed ("had to flee" in the past tells what was
    done). Rule factuality.obliged_now."""
    return verb.lemma == L_HAVE and verb.lower_ in factuality_words()["obliged_now"]


def _be_to(head: Token, complement: Token) -> bool:
    """ "is to visit", "was to sign": "be" with a "to" infinitive as its complement tells an arrangement, not a deed
    (the two words "be to" in factuality.yaml future_heads, which no single governing word can match)."""
    return head.lemma == L_BE and "be to" in factuality_words()["future_heads"] and \
        any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(complement)) and not _ranked_copula(head)


def _unrealised_gerund(token: Token, dep: str) -> bool:
    """ "discussed sending troops", "proposed holding talks": a gerund that completes a verb of weighing, asking or
    threatening is the act weighed, not done, as an object noun is ("discussed sanctions"). Rule
    factuality.unrealised_gerunds (its words: the relations the gerund may hang by)."""
    return token.tag == T_VBG and dep in factuality_words()["unrealised_gerunds"]


def _perfect_participle(verb: Token) -> bool:
    """ "Having delivered the film, ...": a perfect participle that opens an adjunct tells an act done before the
    clause it hangs on; that clause's question, modal or plan is not its own. Rule factuality.perfect_participle (its
    words: the auxiliary that makes the participle perfect)."""
    return verb.dep == D_ADVCL and verb.tag == T_VBN and \
        any(c.dep == D_AUX and c.lower_ in factuality_words()["perfect_participle"] for c in dependents(verb))


def _difficulty_had(participle: Token, noun: Token) -> bool:
    """ "would have a difficult time vetoing the bill", "had trouble finding a seat": the act a noun of difficulty
    that a party has is done or not as the having is told; the noun's own words say nothing of it. Rule
    factuality.difficulty_had (its words: the nouns of difficulty)."""
    words = factuality_words()
    return participle.tag == T_VBG and noun.dep == D_DOBJ and noun.lemma_.lower() in words["difficulty_had"] and \
        noun.head.lemma == L_HAVE and not any(c.lower_ in words["negating_determiners"] for c in dependents(noun))
    # ("had no trouble endorsing him": the difficulty denied, the act done readily, factuality.ease_nouns)


def _telling_refused(speech: Token, head: Token) -> bool:
    """ "refused to say that Peru must withdraw": a verb of saying that its speaker refuses was not said, so what it
    would have told (a demand, a charge) was not made. Rule factuality.refused_telling (its words: the refusing
    verbs; "declined to say" is denied by negating_verbs already)."""
    return bool(forms(head) & factuality_words()["refused_telling"]) and \
        bool(forms(speech) & word_class("reporting_verbs", "speech"))


def _is_going_to(token: Token) -> bool:
    head = token.head
    return head.lower_ == "going" and token.dep == D_XCOMP


def _governor_marks(head: Token, flags: set[str]) -> None:
    """What the governing word says about its complement: "failed to", "plans to", "hopes to"."""
    words = factuality_words()
    lemmas = forms(head)
    needful = words["needful_words"]
    if (head.lemma == L_BE or head.pos == P_AUX or head.lower_ in ("'s", "\u2019s")) and any(c.dep in DS_ACOMP_ATTR and forms(c) & needful for c in dependents(head)) \
            or (head.pos == P_ADJ and forms(head) & needful):
        flags.add("hypothetical")  # "it's critical to support ...": called needful, not done (factuality.needful_to_do)
        return
    if any(c.dep in DS_ADVMOD_PRT and c.lower_ in words["future_particles"] for c in dependents(head)):
        flags.add("future")  # "looks forward to working with him" (factuality.look_forward)
        return
    if head.lower_ in words["instead_of"] or (head.pos in PS_ADP_SCONJ and any(
            c.dep == D_ADVMOD and c.lower_ in words["instead_of"] for c in dependents(head))):
        flags.add("negated")  # "stopped short of imposing", "instead of attacking", "rather than attacking"
        return
    if any(c.dep == D_ADVMOD and c.lower_ in words["yet_to"] for c in dependents(head)) and head.lemma in LS_HAVE_BE:
        flags.add("negated")  # "has yet to respond", "is yet to release": not done so far (factuality.yet_to)
        return
    if lemmas & (words["negating_verbs"] | words["inability_words"]) or head.lower_ in words["negating_prepositions"] \
            or (words["held_off"] and _phrase_forms(head) & words["held_off"]):  # "held off on backing her"
        flags.add("negated")
        if lemmas & (words["refusing_verbs"] | words["inability_words"]):
            flags.add("refused")
    elif lemmas & words["alleged_heads"]:
        flags |= ALLEGED  # "accused of beating", "alleged to have shelled" (factuality.alleged_acts)
    elif _future_head(head, lemmas, words):
        flags.add("future")
        if lemmas & words["expectation_heads"] and _not_the_doers_word(head):
            flags.add("expected")  # "is expected to meet", "is set to sign": no party's announcement
    elif lemmas & words["favoured_acts"] and not _favoured_known(head):
        flags.add("hypothetical")  # "in favour of a ban", "favours imposing sanctions" (factuality.favoured_acts)
    elif _past_habit(head):
        flags.add("hypothetical")  # "Peru used to attack its neighbours": a past habit (factuality.used_to)
    elif lemmas & words["past_ability"] and _past_copula(head):
        return  # "were able to arrest the suspects": done (factuality.past_ability)
    elif lemmas & words["hypothetical_heads"]:
        flags.add("hypothetical")


def _favoured_known(favour: Token) -> bool:
    """ "voted in favour of the Iraq war": a definite event noun that "in favour of" takes names a known happening."""
    return favour.pos == P_NOUN and any(c.dep == D_PREP and any(o.dep == D_POBJ and o.pos == P_NOUN and _definite(o)
                                                                for o in dependents(c)) for c in dependents(favour))


def _past_copula(adjective: Token) -> bool:
    """An adjective after a past-tense "be" with no auxiliary of its own ("was able"), not "is able", "would be
    able" or "has been able"."""
    verb = adjective.head
    return adjective.dep == D_ACOMP and verb.lemma == L_BE and verb.tag == T_VBD and \
        not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb))


def _not_the_doers_word(head: Token) -> bool:
    """A word of expecting or timetabling in the passive or as an adjective ("is expected to", "is set to", "is due
    to", "was scheduled to"): the act is foreseen by others, not announced by its doer ("Japan expects to sign" is
    Japan's own word). Rule factuality.expected_not_announced."""
    return head.pos == P_ADJ or head.tag in TS_VBN_JJ or any(c.dep == D_AUXPASS for c in dependents(head))


def _hearsay_passive(verb: Token) -> bool:
    """A passive verb of saying or believing whose infinitive tells the act ("is said to have shelled", "were
    reported to have killed"): hearsay. Rule factuality.hearsay_passives."""
    return bool(forms(verb) & factuality_words()["hearsay_passives"]) and \
        any(c.dep == D_AUXPASS for c in dependents(verb))


def _hearsay_content(clause: Token) -> bool:
    """A "that" clause on a noun of hearsay: "reports that soldiers attacked the village", "allegations that police
    beat the protesters" tell a claim. Rule factuality.hearsay_content."""
    noun = clause.head
    return noun.pos == P_NOUN and noun.lemma_.lower() in factuality_words()["hearsay_nouns"] and \
        any(c.dep == D_MARK and c.lower_ == "that" for c in dependents(clause))


def factuality(anchor: Token, sentence: Span, noun: Token | None = None) -> str:
    """The factuality of the event whose trigger is anchored at this token (and event noun, if any)."""
    return from_flags(factuality_flags(anchor, sentence, noun))


def from_flags(flags: set[str]) -> str:
    if "negated" in flags:
        return "negated"
    if "hypothetical" in flags:
        return "hypothetical"
    if "future" in flags:
        return "future"
    return "asserted"


def factuality_flags(anchor: Token, sentence: Span, noun: Token | None = None, noun_is_event: bool = True) -> set[str]:
    """Every cue found: negated, hypothetical, future (several may hold: "will not release").

    `noun_is_event` is False where the noun is only the verb's object ("cancelled a planned visit"):
    its own plans do not make the verb's act planned, though its negation still counts ("imposed no sanctions").
    """
    flags: set[str] = set()
    if noun is not None and noun.i != anchor.i and noun.pos in PS_NOUN_PROPN:
        noun_flags: set[str] = set()
        _own_marks(noun, noun_flags)  # "made no commitments", "the planned summit"
        flags |= noun_flags if noun_is_event else noun_flags & {"negated"}
    given = set(flags) if noun is not None and noun.i != anchor.i and noun_is_event and \
        _word_kept_or_broken(noun) else None  # "did not carry out its threat": the threat was made
    if _done_by_saying(anchor):
        return flags  # "I want to thank the governor", "we must condemn": done in the words that say it
    told_past = _told_past(noun if noun is not None and noun.pos in PS_NOUN_PROPN else anchor)
    if told_past is not None and (noun is None or noun_is_event):
        return told_past  # "will discuss a recent raid": the raid's whether is its own
    if _perfect_participle(anchor):
        held: set[str] = set()
        _own_marks(anchor, held)
        return flags | held  # "Having signed the accord, will Peru ...?": done before the clause it opens, whatever that says
    named = _named_happening(noun if noun is not None and noun.pos in PS_NOUN_PROPN else anchor)
    if named is not None and (noun is None or noun_is_event):
        return flags | named  # "whether the Lima bombing should be called terror": a known happening, its own whether
    token = anchor
    table = _marks_table(anchor.doc)  # (each step's own marks, and its part of speech from the column: `Token.pos`
    pos_of = doc_arrays(anchor.doc).pos  # makes a Python enum member on every read)
    objects_own = False  # climbed from a conjunct verb with an object of its own: the head's object denial is not its
    conditioned = False  # a verb on the climb is the consequent of an "if" clause (factuality.conditional_consequent)
    excepted_from: set[str] | None = None  # the flags found below an exceptive phrase (factuality.exceptive_scope)
    for _ in range(8):
        if objects_own and "negated" not in flags:
            _own_marks(token, flags, table)
            if "negated" in flags and _denied_by_its_object(token):
                flags.discard("negated")  # "offered no apology but praised the army": the praise was given
        else:
            _own_marks(token, flags, table)
        objects_own = False
        dep = token.dep_
        pos = pos_of[token.i]
        conditioned = conditioned or (pos in PS_VERB_AUX and _conditional_consequent(token))
        if dep == "pobj" and _known_topic(token):
            break  # "often speaks about the assassination", "has no illusions about Putin's threat": talked of, not done
        own = token.i == anchor.i or (noun is not None and token.i == noun.i)  # the happening itself, not a noun
        # (a word "against" takes is its object or its gerund: the relation, already read, is the first test)
        against = _against_it(token) if own and dep in ("pobj", "pcomp") else None
        if own and dep == "dobj" and against is None:
            against = _against_object(token)  # "decided against recommending charges"
        if against is not None:
            flags.add(against)  # "warned Peru against attacking Bolivia", "decided against sending troops"
            break
        if own and dep == "advcl" and _as_told_before(token):
            break  # "proposed dropping the tax as promised": the promise was made
        if excepted_from is None and dep in ("pcomp", "pobj") and _excepted(token):
            excepted_from = set(flags)  # "has not said much beyond meeting advisers": a denial above is not its own
        # the climb passes ("in the issue of allowing the puja")
        if own and dep in ("dobj", "pobj") and _factive_object(token):
            break  # "to protest the killing of the pilgrims": one reacts to what happened
        if own and dep == "pcomp" and _judged_for(token):
            break  # "mocked Clinton for inviting Cuban": the inviting is what she is mocked for, done
        if own and dep in ("dobj", "pobj") and _word_kept_or_broken(token):
            break  # "did not follow through on its threats": the threats were made
        if own and dep == "xcomp" and _under_way(token):
            break  # "called on Peru to stop shelling the town": the shelling was going on
        if own and dep == "pobj" and _given_reason(token):
            break  # "would not trust him because of his attack": a reason is presupposed, even under a future
        if own and dep == "pobj" and _presupposed_setting(token):
            # "since the 2015 attacks": presupposed; only a future above it is its own ("after the elections")
            if token.head.lower_ not in factuality_words()["concession_not_future"]:
                flags |= _future_of_setting(token.head, sentence)  # not "despite the attack": conceded, so done
            break
        if own and _present_perfect(token) and any(c.dep == D_ADVMOD and c.lower_ in factuality_words()[
                "habitual_perfect"] for c in dependents(token)):
            flags.add("hypothetical")  # "has often criticised Peru": a habit up to now (factuality.habitual_perfect)
        if dep == "csubj" and pos in PS_VERB_AUX and is_on("factuality.infinitive_subject") and \
                any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(token)) and \
                not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(token)):
            flags.add("hypothetical")  # "to deport them would be a betrayal": a deed weighed, not done
            break
        if dep == "nsubj" and pos in PS_NOUN_PROPN and _tells_it_happen(token.head):
            token = token.head  # "the talks never took place", "talks will begin next week": the verb's whether is the act's
            continue
        if dep == "nsubjpass" and pos in PS_NOUN_PROPN:
            _passive_marks(token.head, flags)  # "a ceasefire was demanded", "the attack was foiled"
        if pos in PS_VERB_AUX and (_condition_clause(token) or (own and _no_matter(token))):
            flags.add("hypothetical")  # "in case the government arrests them", "in the event that Peru attacks"
            break
        if dep in ("acl", "ccomp") and _denied_content(token):
            flags.add("negated")  # "rejected claims that it attacked the convoy"
            break
        if dep in ("acl", "ccomp") and _hearsay_content(token):
            flags |= ALLEGED  # "reports that soldiers attacked the village": a claim
            break
        if dep == "xcomp" and _hearsay_passive(token.head):
            flags |= ALLEGED  # "the army is said to have shelled the town"
        if dep == "xcomp" and _obliged_now(token.head):
            flags.add("hypothetical")  # "the dispute has to be resolved through talks": owed, not done
        if dep == "ccomp" and any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(token)):
            dep = "xcomp"  # "cannot allow the government to allow ...": an infinitive is no reported speech
        elif dep == "ccomp" and _small_clause(token, head_of=token.head):
            dep = "xcomp"  # "a deal that would see the rebels release ...": the seeing's whether is the release's
        elif dep == "ccomp" and _small_clause_gerund(token, head_of=token.head):
            dep = "xcomp"  # "could not see herself supporting him": the seeing's whether is the support's
        if dep in ("relcl", "acl") and token.tag == T_VB and any(c.dep == D_AUX and c.lower_ == "to"
                                                                  for c in dependents(token)) \
                and token.head.lower_ not in factuality_words()["ordinal_heads"]:
            if forms(token.head) & factuality_words()["journey_verbs"] or _message_purpose(token) or \
                    _ranked(token.head):
                token = token.head  # "went on a tour to talk with ...", "her tweet to invite", "the first senators to
                continue  # endorse": the tour's, the message's or the ranked party's own telling decides
            if _decided_by_noun(token):
                if _definite(token.head):
                    _own_marks(token.head, flags, table)  # "defended her decision to allow ...": made, so done
                    break
                if token.head.dep == D_DOBJ:
                    token = token.head  # "made a decision to attack", "could make a decision to": the making's own
                    continue  # telling decides, as for the verb "decided to"
            marked = set(flags)
            _governor_marks(token.head, flags)  # "a pledge to cut tariffs" is future, "a refusal to pay" negated
            if _intent_denied(token.head):
                flags.discard("future")  # "has no plans to meet": no act planned, none announced
                flags.add("negated")
                break
            if flags == marked:
                flags.add("hypothetical")  # "pressure on Iran to free the sailors", "a plan to attack": not done yet
            break
        head = token.head  # (read once: each read makes a new Token)
        if dep in STOP_DEPS or head.i == token.i:
            if dep == "ccomp" and forms(head) & factuality_words()["ensuring_verbs"]:
                flags |= _as_ensured(head, sentence)  # "would ensure that trust was restored"
                break
            if dep == "ccomp" and not _asks_about_it(token):
                _governor_marks(head, flags)
                if _conditioned(head):
                    flags.add("hypothetical")  # "asked if the raids showed that Peru had broken its word"
            break
        if dep == "advcl" and _so_far_as(token, head):
            token = head.head  # "went so far as to threaten": told as the going is
            continue
        if dep == "advcl" and _finite(token) and _present_tense(token) and \
                _opened_by(token, factuality_words()["until_clause"]):
            # "will not visit Lima until the troops withdraw": the withdrawal is awaited, not refused; under no future
            # ("cannot go ahead until the ruling is quashed") it is only possible
            flags |= _future_of_setting(head, sentence) or {"hypothetical"}
            break
        if dep == "advcl" and _finite(token) and _tells_a_fact(token):
            if _present_tense(token) and _opened_by(token, factuality_words()["finite_side_clause"]):
                # "will impose sanctions once the troops have withdrawn": a present in a clause of time tells the
                # time of the clause it hangs on, whose future is its own too
                flags |= _future_of_setting(head, sentence)
            break  # "..., while Peru expressed regret": a finite side clause of its own is no modal's
        if dep == "advcl" and _finite(token) and _opened_by(token, factuality_words()["conditional_marks"]) and \
                is_on("factuality.finite_side_clause"):
            break  # "will not protest if the journalists are arrested": the "if" is its own whether, the denial is not
        if dep == "advcl" and any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(token)) \
                and not _future_head(head, forms(head), factuality_words()) and not _journey_made(head) \
                and not _contact_made(head, token) and not _ranked_copula(head):
            flags.add("hypothetical")  # purpose: "to pressure North Korea"; not "have sworn to fight" (a vow's act)
        if dep == "acl" and _difficulty_had(token, head):
            token = head.head  # "would have a difficult time vetoing the bill": the having's whether is the act's
            continue
        if dep == "xcomp" and _telling_refused(token, head):
            flags.add("negated")  # "refused to say that Peru must withdraw": nothing was said, nothing demanded
            break
        described = dep == "acl" and token.tag == T_VBG and pos_of[head.i] in PS_NOUN_PROPN and \
            is_on("factuality.participle_of_a_noun")
        described = described or _done_to_the_noun(token, head)  # "the proposal championed by the senator"
        contact = dep == "advcl" and _contact_made(head, token)  # "called ... to express": no "call on X to"
        contact = contact or (dep == "advcl" and _participle_adjunct(token, head))  # ", accusing her of": a second act
        if dep == "xcomp" and _be_to(head, token):
            flags.add("future")  # "the president is to visit Paris", "was to sign": arranged, not done (future_heads "be to")
            if "be to" in factuality_words()["expectation_heads"]:
                flags.add("expected")  # a timetable the writer reports, no party's promise (expected_not_announced)
        if dep in ("xcomp", "acl", "pcomp", "pobj", "advcl", "prep") and not described and not contact and \
                not _setting_of(token, head):
            _governor_marks(head, flags)
        elif described:  # a participle telling what the noun's holder does ("efforts fighting in the war", "a
            # proposal calling for talks"): the noun's wish or plan is not the act's, though its denial is
            marks: set[str] = set()
            _governor_marks(head, marks)
            flags |= marks & {"negated", "refused"}
            if factuality_words()["denied_noun_participle"] and _names_no_one(head) and \
                    head.lemma_.lower() not in factuality_words()["ease_nouns"]:
                # "there were no videos targeting him": none did it; "gave no sign that the envoy was planning to": a
                # clause with its own subject that the noun denies is not established (denied_noun_participle)
                own = any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(token))
                flags.add("hypothetical" if own else "negated")
        if (dep == "dobj" and pos == P_NOUN or _unrealised_gerund(token, dep)) and \
                forms(head) & factuality_words()["unrealised_objects"]:
            _governor_marks(head, flags)  # "is considering sanctions", "threatened strikes"
            if not flags & {"negated", "future", "hypothetical"}:
                flags.add("hypothetical")
        if dep == "acl":
            break
        if dep == "advmod" and pos_of[head.i] in PS_VERB_AUX and token.lower_ in factuality_words()["verb_particles"]:
            token = head  # "could open him up to further attacks": the particle's phrase is its verb's (verb_particles)
            continue
        if dep not in CLIMB_DEPS:
            break
        if dep == "conj" and (infinitive := _joined_to_infinitive(token, head)) is not None:
            token = infinitive  # "am going to back him, and back him warmly": told as the first infinitive is
            continue
        if dep == "conj" and _joined_above(token, head):
            token = head.head  # "to stop attacking Machado and apologize": the base form is joined to "stop", not to
            continue  # the gerund, and shares "stop"'s wish, not its denial (factuality.conj_of_like_form)
        if dep == "conj" and pos_of[head.i] != pos:
            break
        if dep == "conj" and token.tag == T_VBD and head.tag == T_VB and not any(
                c.dep in DS_AUX_AUXPASS for c in dependents(token)) and is_on("factuality.past_conj_own_tense"):
            break  # "would order a review and warned against hackers": a past form shares no modal (past_conj_own_tense)
        if dep == "conj" and _clause_of_its_own(token) and is_on("factuality.own_subject_conj"):
            if any(c.dep == D_CC and c.lower_ in factuality_words()["own_subject_conj"] and head.i < c.i < token.i
                   for c in dependents(head)):
                flags.add("negated")  # "nor shall any part be occupied": the coordinator is its own denial
            elif _shares_the_condition(token, head):
                flags.add("hypothetical")  # "if the rebels shell the town and the army attacks the villages"
            break  # "does not include the shooting ..., as Scott was sitting in his car": a clause of its own
        if dep in ("xcomp", "ccomp", "advcl", "pcomp", "prep") and forms(head) & factuality_words()["undecided_acts"]:
            held: set[str] = set()
            _own_marks(head, held)
            if "negated" in held:  # "has not decided whether to impose sanctions": undecided, not denied
                flags.add("hypothetical")
                break
        objects_own = dep == "conj" and any(c.dep == D_DOBJ for c in dependents(token)) and \
            bool(factuality_words()["object_denial_own_verb"])
        token = head
    if excepted_from is not None and "negated" not in excepted_from:
        flags -= {"negated", "refused"}  # "beyond studying and speaking with advisers": set apart from the denial
    if _is_question(sentence) and not _outside_the_quoted_question(anchor, sentence):
        flags.add("hypothetical")
    if conditioned and not flags & {"future", "negated", "refused"}:
        # "the navy arrests fishermen if they cross the line": only when the condition holds; a rule told, no warning
        # given ("conditioned": events/__init__.py _warning makes no THREATEN of it)
        flags |= {"hypothetical", "conditioned"}
    if given is not None and "future" not in flags:
        return given  # the word given keeps its own whether; "will not keep its pledge" stays a refusal announced
    return flags


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _outside_the_quoted_question(anchor: Token, sentence: Span) -> bool:
    """Whether the question mark closes words quoted after the trigger ("Blige sings to Clinton before asking her,
    'where do we go from here?'"): the question is the speaker's, the narrated act is told as done. Rule
    factuality.quoted_question."""
    if not is_on("factuality.quoted_question"):
        return False
    mark = next((t.i for t in reversed(sentence) if "?" in t.text), None)
    if mark is None:
        return False
    # the quotation the question closes opens at the nearest quotation mark before the question mark
    opening = next((i for i in range(mark - 1, sentence.start - 1, -1) if sentence.doc[i].text in QUOTE_MARKS), None)
    return opening is not None and anchor.i < opening


def _is_question(sentence: Span) -> bool:
    """Whether the sentence asks whether something happened: it ends in a question mark (closing quotes and
    spaces aside) and is no wh-question, which takes its act as given ("Why did Kim send condolences?",
    "What's behind the strikes?") and asks only about it. Read once per document,
    sentence and word lists (every event of a sentence asks)."""
    words = factuality_words()
    held = once_per_doc(sentence.doc, "factuality.questions", _new_table)
    if held.get("words") is not words:
        held.clear()
        held["words"] = words
    key = (sentence.start, sentence.end)
    found = held.get(key)
    if found is None:
        found = held[key] = _asks(sentence)
    return found


def _asks_about_it(clause: Token) -> bool:
    """Whether a reported clause is a wh-question ("asked why the investigation was closed", "wondered how the
    army had entered the town"): like a direct wh-question it takes its act as given and asks only about it, so the
    asking verb does not make the act merely possible; "asked whether ..." stays a yes/no question. Rule
    factuality.wh_questions."""
    opening = clause.left_edge  # the question word, one of the clause's own ("who", "why") or its phrase's ("which town")
    return opening.i < clause.i and opening.lower_ in factuality_words()["wh_words"] and \
        opening.tag in TS_WRB_WP_WDT_WP_ and clause.i in (opening.head.i, opening.head.head.i) and \
        is_on("factuality.wh_questions")


def _asks(sentence: Span) -> bool:
    # a conjunction or interjection before the question word ("But why did ...?", "And how ...?") opens no question
    opening = next((t for t in sentence if not (t.is_punct or t.is_space or t.pos in PS_CCONJ_INTJ)), None)
    if opening is not None and opening.lower_ in factuality_words()["wh_words"]:
        return False
    for token in reversed(sentence):
        text = token.text.strip()
        if not text or not text.strip('"\u201d\''):
            continue
        return text.rstrip('"\u201d\'').endswith("?")
    return False


def stated_as(event_type: str, flags: set[str]) -> str | None:
    """How PLOVER codes an announcement of this event: "will release" is AGREE, "will not release"
    REJECT, "will impose a curfew" THREATEN, "failed to reach an agreement" REJECT. None for events that
    happened, or were only possible."""
    words = factuality_words()
    if "hypothetical" in flags or "expected" in flags:
        return None  # "is expected to meet": no statement made (factuality.expected_not_announced)
    if "refused" in flags:
        return "REJECT" if event_type in words["cooperative_types"] else None
    if "future" not in flags:
        return None
    if "negated" in flags:
        return "REJECT" if event_type in words["cooperative_types"] else None
    if event_type in words["cooperative_types"]:
        return "AGREE"
    if event_type in words["conflict_types"]:
        return "THREATEN"
    return None
