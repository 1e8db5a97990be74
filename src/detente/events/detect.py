"""Find event triggers in a parsed sentence and the tokens that name their parties.

Three kinds of trigger, all matched on lemmas against the frames in data/:
- verbs with their particles and objects ("imposed sanctions on", "cut off exports", "released");
- event nouns under a light verb ("held talks", "launched an attack"), the light verb's subject
  being the source;
- event nouns standing alone with an argument ("the summit between X and Y", "sanctions on X",
  "Kim's visit to Pyongyang").
Verbs that take another event as complement ("threatened to impose sanctions") absorb it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.events.arguments import (
    DEFAULT_TARGET_PREPS,
    _sentence_end,
    _sentence_start,
    agent_of,
    children,
    contacted,
    of_object,
    prep_objects,
    split_subjects,
    subject_of,
    with_conjuncts,
)
from detente.events.frame_fit import disposition, noun_unfit
from detente.events.lexicon import (
    Frame,
    all_frames,
    argument_words,
    arrival_frame,
    blame_frame,
    criticism_frame,
    criticism_noun_frame,
    demand_frame,
    demand_words,
    display_things,
    factuality_words,
    light_verbs,
    message_agents,
    non_agents,
    noun_frames,
    reaction_objects,
    role_words,
    sense_words,
    verb_frames,
    wrapper_codes,
)
from detente.events.sense_rules import march_to_a_goal, retort, set_aside, shot_back, threat_faced
from detente.nlp.arrays import columns, doc_arrays, string_ids, subtree_indices
from detente.nlp.labels import (
    D_ACL,
    D_ACOMP,
    D_ADVCL,
    D_AGENT,
    D_AMOD,
    D_ATTR,
    D_AUX,
    D_AUXPASS,
    D_CCOMP,
    D_COMPOUND,
    D_CONJ,
    D_DATIVE,
    D_DOBJ,
    D_MARK,
    D_NSUBJ,
    D_NSUBJPASS,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_PRT,
    D_RELCL,
    D_XCOMP,
    DS_ACL_ADVCL,
    DS_ACL_RELCL,
    DS_ADVCL_XCOMP,
    DS_AMOD_COMPOUND_NMOD,
    DS_AUX_AUXPASS,
    DS_AUXPASS_NSUBJPASS,
    DS_CCOMP_XCOMP,
    DS_COMPOUND_AMOD,
    DS_COMPOUND_AMOD_NMOD,
    DS_COMPOUND_POSS_AMOD_NMOD,
    DS_DATIVE_CCOMP_XCOMP,
    DS_DET_POSS,
    DS_DET_POSS_COMPOUND_AMOD,
    DS_DOBJ_DATIVE_NSUBJPASS,
    DS_DOBJ_POBJ,
    DS_NSUBJ_DOBJ,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_AUX_AUXPASS,
    DS_NSUBJ_NSUBJPASS_AUX_AUXPASS_PUNCT_CC_MARK,
    DS_NUMMOD_COMPOUND_AMOD_NMOD_QUANTMOD,
    DS_NUMMOD_COMPOUND_QUANTMOD,
    DS_POBJ_PCOMP,
    DS_PREP_AGENT,
    DS_PREP_AGENT_DATIVE,
    DS_PREP_DATIVE,
    DS_PRT_PREP_ADVMOD_ACOMP,
    DS_RELCL_ACL,
    DS_XCOMP_CCOMP,
    DS_XCOMP_CCOMP_CONJ,
    DS_XCOMP_CCOMP_DOBJ,
    DS_XCOMP_PCOMP_PREP_ACOMP_CONJ,
    E_DATE,
    E_NORP,
    E_PERSON,
    ES_DATE_TIME,
    ES_DATE_TIME_CARDINAL,
    ES_PERSON_GPE_NORP,
    L_BE,
    P_AUX,
    P_NOUN,
    P_PRON,
    P_PROPN,
    PS_NOUN_PROPN,
    PS_PRON_DET_ADJ_NUM,
    PS_PROPN_NOUN_ADJ,
    PS_VERB_AUX,
    T_PRP_POSS,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    TS_NNS_NNPS,
    TS_VBD_VBN,
    TS_WP_WDT,
)
from detente.nlp.perdoc import dependents
from detente.nlp.syntax import counted_object, small_clause_subject
from detente.rules import is_on, rule_words, switched_off_ids

OBJECT_DEPS = ("dobj", "nsubjpass")
# a verb told in the passive voice with its auxiliary or subject ("was struck by"); a bare participle with only a
# "by" phrase ("bullets fired by the police") is left alone: its noun can be what a transitive frame fires
PASSIVE_MARKS = frozenset({D_AUXPASS, D_NSUBJPASS})
NOUN_TARGET_PREPS = rule_words("detente.events", "data/prepositions.yaml", "noun_targets")  # data/prepositions.yaml
RECIPROCAL_PREPS = rule_words("detente.events", "data/prepositions.yaml", "reciprocal")
MATERIAL_CONFLICT = frozenset({"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})
PURPOSES_OF_THEIR_OWN = MATERIAL_CONFLICT | {"ACCUSE"}  # an aim that is an event of its own (_without_purposes)
NOMINAL_ARG_PREPS = rule_words("detente.events", "data/prepositions.yaml", "nominal_arguments")  # data/prepositions.yaml
# verbs that, with no object, tell the thing they change as their subject (data/senses.yaml, rule self_change)
CHANGE_OF_STATE_VERBS = rule_words("detente.events", "data/senses.yaml", "self_change")



@dataclass
class Candidate:
    """A trigger and the tokens for its parties; actors are looked up later, once the date is known."""

    frame: Frame
    anchor: Token  # the word whose clause decides factuality and subject (the verb, or the light verb)
    trigger: list[Token]  # tokens of the trigger phrase
    sources: list[Token] = field(default_factory=list)  # every one of these names a source
    targets: list[Token] = field(default_factory=list)  # the first that names an actor is the target
    noun: Token | None = None
    doer: Token | None = None  # the grammatical subject that acts, for the disaster check
    cameo: str | None = None  # set when a wrapper picks a code by the event inside it
    absorbed: bool = False
    inner: Candidate | None = None
    places: list[Token] = field(default_factory=list)  # where the act is done: the target when no party receives it
    reacts_to: Token | None = None  # the act a reaction's object names ("condemned the attack"): its doer is whom

    @property
    def start(self) -> int:
        trigger = self.trigger  # read as a sort key several times a sentence: no generator for the usual one word
        if len(trigger) == 1:
            return trigger[0].idx
        return min([t.idx for t in trigger])

    @property
    def end(self) -> int:
        trigger = self.trigger
        if len(trigger) == 1:
            return trigger[0].idx + len(trigger[0])
        return max([t.idx + len(t) for t in trigger])

    @property
    def tokens(self) -> set[int]:
        return {t.i for t in self.trigger} | {self.anchor.i}


def _satellites(token: Token) -> set[str]:
    """Words attached to a verb or noun: particles, prepositions and their objects, modifiers."""
    words: set[str] = set()
    for child in dependents(token):
        if child.dep in DS_NSUBJ_NSUBJPASS_AUX_AUXPASS_PUNCT_CC_MARK:
            continue
        if child.dep == D_PREP and any(g.ent_type in ES_DATE_TIME for g in dependents(child)):
            continue  # "called Lavrov on Friday" is not "called on"
        if child.lower_ in argument_words()["attribution_preps"]:
            continue  # "agreed ..., according to officials" names who reports it, not "agree to (an) accord"
        words.add(child.lower_)
        words.add(child.lemma_.lower())
        if child.dep in DS_PREP_AGENT_DATIVE:
            for grand in dependents(child):
                words.add(grand.lower_)
                words.add(grand.lemma_.lower())
                words.update(g.lemma_.lower() for g in dependents(grand) if g.dep in DS_COMPOUND_AMOD)
    return words


def _through_quantifier(token: Token) -> Token:
    """ "some of the sanctions" -> "sanctions", "exploded a series of bombs" -> "bombs": the object is what the
    quantifier picks from or the counting noun counts."""
    words = argument_words()
    held = _quantifying
    if held[0] is not words:  # the union made once per word lists (argument_words gives the same dict while no rule changes)
        held[0], held[1] = words, words["quantifiers"] | words["counting_nouns"]
    return of_object(token, held[1])


_quantifying: list = [None, frozenset()]  # the word lists _through_quantifier last read, and its union of them


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
IOB_I, IOB_O = 1, 2  # `Token.ent_iob` as spaCy numbers it ("I", "O"; 3 is "B", 0 none): no string decoded per noun


def _gap_filled(verb: Token, objs: list[Token]) -> list[Token]:
    """A relative clause's object is the noun the clause hangs on: its relative pronoun ("the documents that he
    released") or its gap ("the documents he released", the clause having a subject of its own) stands for that noun.
    Rule events.senses.relative_objects."""
    if verb.dep != D_RELCL or verb.head.pos not in PS_NOUN_PROPN or not is_on("events.senses.relative_objects"):
        return objs
    if objs:
        return [verb.head if o.dep == D_DOBJ and o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
    subjects = [c for c in dependents(verb) if c.dep in SUBJECT_IDS]  # relations by string id (`dep`)
    if verb.tag != T_VBG and subjects and all(s.lower_ not in RELATIVE_PRONOUNS for s in subjects) and \
            verb.head.ent_type not in ES_DATE_TIME and \
            not any(c.dep in DS_DATIVE_CCOMP_XCOMP or (c.dep == D_PREP and not _dated(c))
                    for c in dependents(verb)):
        return [verb.head]  # not "the day the army marched into the city": a gap in a phrase of place or time
    return objs


def _antecedent(verb: Token, dobj: Token | None) -> Token | None:
    """ "the envoy, whom the minister rebuked": the relative pronoun a clause takes as its object stands for the noun
    the clause hangs on, whom the act is done to. Rule events.roles.relative_object."""
    if dobj is None or verb.dep != D_RELCL or dobj.lower_ not in RELATIVE_PRONOUNS or \
            verb.head.pos not in PS_NOUN_PROPN or not is_on(RELATIVE_OBJECT_RULE):
        return dobj
    if dobj.lower_ == "that" and any(c.dep == D_PREP and not _dated(c) for c in dependents(verb)):
        return dobj  # "the claim that troops broke into the offices": "that" opens what the noun holds
    return verb.head


RELATIVE_OBJECT_RULE = "events.roles.relative_object"


EXISTENTIAL_OBJECT_RULE = "events.senses.existential_object"
EXPL_ID = get_string_id("expl")


def _existential_objects(verb: Token) -> list[Token]:
    """What a "there is" clause the verb takes says will be ("vowed that there would be consequences", "warned there
    would be retaliation"): the verb promises or warns of that thing as of an object ("vowed consequences"), so a
    frame that names its object ("vow +consequences") reads it there too. The clause follows the verb: one before it
    ("There's an inquiry, courts are ordering ...") is a sentence of its own the parse hung there. Rule
    events.senses.existential_object."""
    return [o for clause in dependents(verb) if clause.dep == D_CCOMP and clause.lemma == L_BE and clause.i > verb.i
            and any(c.dep == EXPL_ID for c in dependents(clause))
            for o in dependents(clause) if o.dep == D_ATTR]


def _objects(verb: Token) -> list[Token]:
    objs = _gap_filled(verb, [_through_quantifier(c) for c in dependents(verb) if c.dep in OBJECT_IDS])
    counted = counted_object(verb) if not objs else None
    if counted is not None:
        objs = [counted]  # "kidnapped up to 16 advisers"
    if not objs and verb.dep in DS_ACL_RELCL and verb.tag == T_VBN:
        objs = [verb.head]  # "the sanctions imposed on X"
    return [o for obj in objs for o in with_conjuncts(obj)]


PREP_ID, TO_ID = get_string_id("prep"), get_string_id("to")  # as the document's string-id columns hold them
POBJ_ID, ADVCL_ID, MARK_ID = get_string_id("pobj"), get_string_id("advcl"), get_string_id("mark")  # as `Token.dep`
COMPLEMENT_IDS = frozenset({get_string_id("xcomp"), get_string_id("ccomp")})
DOBJ_ID, POSS_ID = get_string_id("dobj"), get_string_id("poss")
SUBJECT_IDS = frozenset({get_string_id("nsubj"), get_string_id("nsubjpass")})
OBJECT_IDS = frozenset(get_string_id(label) for label in OBJECT_DEPS)
PREP_OBJECT_IDS = frozenset({get_string_id("pcomp"), get_string_id("pobj")})
PLACE = "@place"  # a pattern's object that is any named place ("captured Mosul", "took over Kirkuk")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _named_by(obj: Token) -> frozenset[str]:
    """The words an object answers to in a frame: its lemma, its form, or a compound's lemma ("curfew hours",
    "sanctions regime" name a curfew and sanctions); a frame's PLACE object asks for a named place instead. Read
    once per object and verb: a verb such as "send" has forty frames, each naming its object."""
    return frozenset({obj.lemma_.lower(), obj.lower_, *(c.lemma_.lower() for c in dependents(obj) if c.dep == D_COMPOUND)})


def _phrase_words(token: Token) -> set[int]:
    """String ids of the forms and lower-cased lemmas of the words of the token's subtree (`string_ids` of the
    words a frame names are compared with them): read from the document's columns, as spaCy would make every word
    of the subtree anew."""
    low, lemma = _word_columns(token.doc)
    within = subtree_indices(token)
    if isinstance(within, range):
        return {*low[within.start:within.stop], *lemma[within.start:within.stop]}
    return {low[k] for k in within} | {lemma[k] for k in within}


def _with_what(token: Token) -> list[Token]:
    """What a verb is "charged with", "tasked with": the words after its "with"."""
    return [g for c in dependents(token) if c.dep == PREP_ID and c.lower_ == "with"
            for g in dependents(c) if g.dep in PREP_OBJECT_IDS]


Needs = tuple[tuple[frozenset[int], ...], frozenset[int], list[int]]


def _frame_needs(index: dict[str, tuple[Frame, ...]]) -> dict[str, Needs]:
    """Per head lemma: per frame (in the index's order) the string ids of the words the frame names besides its
    head (its attached words and its object's words; a PLACE object names none), all of them together (empty
    when no frame names one), and the places of the frames that name none. Kept per frame index."""
    held = _needs_held.get("verb")
    if held is None or held[0] is not index:
        needs: dict[str, Needs] = {}
        for lemma, frames in index.items():
            words = tuple(frozenset(get_string_id(w) for w in (*f.words, *f.obj) if w != PLACE) for f in frames)
            needs[lemma] = (words, frozenset().union(*words), [n for n, need in enumerate(words) if not need])
        held = _needs_held["verb"] = (index, needs)
    return held[1]


_needs_held: dict[str, tuple[dict[str, tuple[Frame, ...]], dict[str, Needs]]] = {}


def _words_near(token: Token, named: frozenset[int]) -> frozenset[int]:
    """String ids of the forms and lower-cased lemmas of the words a verb frame can read on this verb: its
    subtree (particles, prepositions, objects and their phrases) and, for a participle on a noun ("the sanctions
    imposed on X"), that noun's subtree, its object. A frame naming a word missing here cannot match.

    Only the words of `named` (those the verb's frames name) are kept, as the frames' test is whether theirs are
    all here: the stretch's slices of the form and lemma columns are intersected with them in C (a verb's stretch
    is a dozen words on average), with nothing built per document beyond the columns the frames read anyway."""
    doc = token.doc
    arrays = doc_arrays(doc)  # edges by token number: spaCy would make a Token for each edge and the head
    lefts, rights = arrays.first, arrays.last
    i = token.i
    first, last = lefts[i], rights[i]
    if arrays.dep[i] in CLAUSE_ON_NOUN:  # token.dep_ in ("acl", "relcl")
        head = arrays.heads[i]
        first, last = min(first, lefts[head]), max(last, rights[head])
    low, lemma = _word_columns(doc)
    last += 1
    return named.intersection(low[first:last]) | named.intersection(lemma[first:last])


CLAUSE_ON_NOUN = frozenset({get_string_id("acl"), get_string_id("relcl")})


def reads_verb(token: Token) -> bool:
    """Whether a verb frame of the lexicon matches the token: the lexicon has a reading of it (fallback.py)."""
    return _verb_frame(token) is not None


def _verb_frame(token: Token) -> tuple[Frame, Token | None] | None:
    index = verb_frames()
    lemma = token.lemma_.lower()
    frames = index.get(lemma)
    if not frames:
        return None
    needs, wanted, free = _frame_needs(index)[lemma]
    # most verbs met have only frames that name other words, which are seldom all there ("be on alert", "say no"):
    # a frame whose words are not among the verb's own cannot match, and is passed over before any is read
    near = _words_near(token, wanted) if wanted else None
    objs: list[Token] | None = None  # read once, and only if a frame asks (most lemmas' frames are tried in vain)
    has_dobj: bool | None = None
    satellites = None
    excepted: list[Token] | None = None  # objects and "charged with" words, read once if a frame asks
    named: list[frozenset[str]] | None = None  # the words each object answers to, read once if a frame asks
    phrases: dict[int, set[str]] = {}  # an object's phrase words, read once per object
    off = switched_off_ids()  # (the two switches read here: `is_on` is a call each, for every verb with frames)
    forms = not off or "events.senses.object_forms" not in off  # an excepted object by its form too: "taxes" is
    passive_on = not off or "events.senses.intransitive_passive" not in off
    particles = not off or "events.senses.particle_verbs" not in off  # lemmatised "taxis"
    # the frames whose words are all near, in the index's order (with no frame naming a word, every frame; with
    # none of the words near, the frames that name none); the subset tests made in C (`compress`), as a verb such as
    # "send" has forty frames
    for n in range(len(frames)) if near is None else compress(count(), map(near.issuperset, needs)) if near \
            else free:
        frame = frames[n]
        if frame.transitive:
            if objs is None:
                objs = _objects(token)
            if not objs:
                continue
        if frame.head in CHANGE_OF_STATE_VERBS:
            if objs is None:
                objs = _objects(token)
            if not objs and not (token.dep == D_CONJ and (
                    not any(c.dep in SUBJECT_IDS for c in dependents(token))
                    or (token.tag in TS_VBD_VBN and any(c.dep == D_AUXPASS for c in dependents(token.head))))):
                continue  # "the old creamery burned to the ground": the thing burns, no one burns it (a verb that
                # shares an earlier verb's subject, "a mob gathered and burnt down shops", keeps it: its doer acts;
                # so does a participle gapped after a passive, "should be expelled and their camp burned")
        if frame.complement and not any(c.dep in DS_XCOMP_CCOMP for c in dependents(token)):
            continue
        if frame.intransitive:
            if has_dobj is None:
                # a passive with its doer named ("struck by police officers", "fired by the police") has its subject
                # for the object moved up: a sense that takes no object has no such passive (rule
                # intransitive_passive); with no doer named ("no factories were struck") the verb may still be the
                # strike of workers, and the frames that need a party who acts decide
                marks = [c.dep for c in dependents(token)]
                has_dobj = D_DOBJ in marks or (passive_on and D_AGENT in marks and not PASSIVE_MARKS.isdisjoint(marks))
            if has_dobj:
                continue
        if frame.except_objects:
            if excepted is None:
                if objs is None:
                    objs = _objects(token)
                # a gerund complement names what is done or given too: "contributed reporting", "resist pointing out"
                excepted = [*objs, *_with_what(token), *(c for c in dependents(token)
                                                        if c.dep == D_XCOMP and c.tag == T_VBG)]
            if any(o.lemma_.lower() in frame.except_objects or (forms and o.lower_ in frame.except_objects)
                   for o in excepted):
                continue
        if frame.except_complements and any(c.dep == D_XCOMP and c.lemma_.lower() in frame.except_complements
                                            for c in dependents(token)):
            continue  # "declined to comment", "refused to be named": words held back, no one's demand refused
        if frame.words:
            satellites = satellites if satellites is not None else _satellites(token)
            if not satellites.issuperset(frame.words):
                continue
            if frame.particle and particles and not {c.lower_ for c in dependents(token) if c.dep == D_PRT} \
                    .issuperset(frame.words):
                continue  # "taking sides in the election" is no "take in": the "in" starts a phrase of its own
        if frame.obj:
            if objs is None:
                objs = _objects(token)
            if named is None:
                named = [_named_by(o) for o in objs]
            head = frame.obj[-1]
            obj = next((o for o, words in zip(objs, named, strict=True)
                        if (o.ent_type_ in PLACE_ENTITIES if head == PLACE else head in words)), None)
            if obj is None and head != PLACE and is_on(EXISTENTIAL_OBJECT_RULE):
                obj = next((o for o in _existential_objects(token) if head in _named_by(o)), None)
            if obj is None:
                continue
            if len(frame.obj) > 1:
                phrase = phrases.get(obj.i)
                if phrase is None:
                    phrase = phrases[obj.i] = _phrase_words(obj)
                if not string_ids(frame.obj[:-1]) <= phrase:
                    continue
            return frame, obj
        return frame, None
    return None


def _noun_frame(token: Token) -> Frame | None:
    frames = noun_frames().get(token.lemma_.lower())
    if not frames:
        return None
    words = None
    for frame in frames:
        if frame.plural and token.tag not in TS_NNS_NNPS:
            continue
        if frame.words:
            words = words if words is not None else _phrase_words(token)
            if not string_ids(frame.words) <= words:
                continue
        if frame.needs_prep and not any(c.dep == D_PREP and c.lower_ in frame.needs_prep and not _dated(c)
                                        for c in dependents(token)):
            continue
        return frame
    return None


def _press_event(noun: Token) -> bool:
    """ "held a press conference", "a news briefing": a meeting named for the press it is held for is a statement
    to an audience, not talks with a party (senses.yaml press_audience, press_modifiers). Read in events/ with the
    doers: two parties holding one together appear jointly, and that stays."""
    modifiers = sense_words("press_modifiers", "events.senses.press_audience")
    return any(c.dep in DS_COMPOUND_AMOD_NMOD and c.lemma_.lower() in modifiers for c in dependents(noun))


def _dated(prep: Token) -> bool:
    """ "a strike on Monday": the preposition gives a time, not the party the event is aimed at."""
    return any(g.ent_type in ES_DATE_TIME for g in dependents(prep))


def _trigger_tokens(verb: Token, frame: Frame, obj: Token | None) -> list[Token]:
    tokens = [verb]
    wanted = set(frame.words)
    for child in dependents(verb):
        if child.dep in DS_PRT_PREP_ADVMOD_ACOMP and child.lower_ in wanted:
            tokens.append(child)
            tokens += [g for g in dependents(child) if g.dep == D_POBJ and g.lemma_.lower() in wanted]
    if obj is not None:
        tokens.append(obj)
    return tokens


def _verbal(verb: Token, frame: Frame, obj: Token | None) -> Candidate:
    # a relative clause's antecedent ("the agreement, which the government signed") answers the frame's object but
    # lies outside the clause: the trigger is the clause's own words, so its time and place are the clause's
    told = None if obj is not None and verb.dep == D_RELCL and obj.i == verb.head.i else obj
    cand = Candidate(frame=frame, anchor=verb, trigger=_trigger_tokens(verb, frame, told), noun=obj)
    subject, passive = subject_of(verb)
    preps = frame.target_preps
    first_dobj = None
    dative = []
    for c in dependents(verb):  # one loop for both (no generator made per verb)
        if c.dep == DOBJ_ID:
            if first_dobj is None:
                first_dobj = c
        elif c.dep == D_DATIVE:
            dative.append(c)
    dobj = _antecedent(verb, first_dobj or counted_object(verb))
    lemma = verb.lemma_.lower()
    if passive and obj is not None and subject is not None and subject.i == obj.i:
        # "the UN sanctions imposed over ...": the patient is the event noun; its modifiers say whose
        agent = agent_of(verb)
        cand.sources = [agent] if agent is not None else prep_objects(verb, ("between",))[:1] or [
            c for c in dependents(obj) if c.dep in DS_COMPOUND_POSS_AMOD_NMOD and c.i < obj.i]
    elif passive:
        agent = agent_of(verb)
        cand.doer = agent  # "killed by the floods": a disaster named as the agent does not act either
        cand.sources = [agent] if agent is not None else prep_objects(verb, ("between",))[:1]  # "signed between
        cand.targets = [subject] if subject is not None else []  # Lima and Santiago": the two who did it
        if not cand.sources and lemma in role_words()["authority_verbs"]:
            cand.sources = authority_of(verb)  # "was arrested in X": the state of X
    else:
        # "Kuwait and its allies agreed": each conjunct is a slot, so an unnamed one keeps its own words
        cand.sources = [*with_conjuncts(subject), *split_subjects(verb, subject)] if subject is not None else []
        if subject is not None and subject.lemma_.lower() in noun_frames():
            cand.sources += event_doers(subject)  # "a car bombing by the group killed ...": the group
        cand.doer = subject
    theme = obj if obj is not None else dobj
    ordered = prep_objects(verb, preps)
    places_in_theme: list[Token] = []
    # "condemned the Israeli attack on Syria": whom the act reacted to was aimed at is that act's own target; the
    # reaction is aimed at its doer (else at the act itself, events._act_as_target)
    reacted = obj is None and theme is not None and not frame.wrapper and _counted(theme) \
        and frame.event_type in reaction_objects()["reactions"]
    doers = [d for t in with_conjuncts(theme) for d in (*event_doers(t), *doers_of(t))] if reacted else []
    # with no doer named, only a specific act ("the attack") is a target of its own; "investigated attacks on X" is
    # aimed where those attacks were
    reacted = reacted and bool(doers or any(c.dep in DS_DET_POSS and c.lower_ not in ("a", "an", "any")
                                            for c in dependents(theme)))
    # "demanded the withdrawal of X's forces from Y": a wrapper's object that names an event has its own parties, which
    # the event brings when the wrapper absorbs it (its doer first)
    wrapped = obj is None and theme is not None and frame.wrapper and _counted(theme)
    if reacted:
        ordered += doers
        cand.reacts_to = theme
    elif theme is not None and not wrapped:
        # "attacked an army base in Kandahar": a place inside the object phrase says where the object is; the
        # object is still whom the act is done to (the place comes after it)
        place_preps = tuple(p for p in preps if p in role_words()["place_preps"])
        places_in_theme = [t for t in prep_objects(theme, place_preps) if _place(t)] if obj is None else []
        ordered += [t for t in prep_objects(theme, preps) if t not in places_in_theme]
    if theme is not None and obj is None:
        ordered[:0] = _stranded_recipient(verb, theme, preps)
        ordered.append(theme)
        ordered += places_in_theme
    elif obj is not None and frame.obj == (PLACE,):
        ordered.insert(0, obj)  # a place taken by force is the target ("took over Kirkuk")
    ordered += dative + prep_objects(verb, DEFAULT_TARGET_PREPS)
    if theme is not None and not reacted and not wrapped:  # the noun's own "for"/"from": "support for X"
        ordered += prep_objects(theme, NOUN_TARGET_PREPS)
    if obj is not None and dobj is not None and dobj.i != obj.i:
        ordered.append(dobj)  # "found Barbarin guilty": the pattern names another word, the object is still whom
    raised = small_clause_subject(verb) if not passive else None
    if raised is not None:
        ordered.append(raised)  # "found the banker guilty", "convicted the firm to pay": parsed as the clause's subject
    if obj is not None:
        if activity_of(obj):  # "suspended publication of X's newspaper": whoever carries the activity out
            ordered[:0] = [t for t in owners(obj) if t not in ordered]
        elif party_object(obj):
            ordered.append(obj)  # "summoned the Chinese ambassador", "freed 1,500 prisoners": the object is whom
        ordered += owners(obj)  # "rejected China's call", "an Armenian proposal", "its blockade of the U.K."
    if theme is not None:
        makers = request_makers(theme)  # "refused a request from the prime minister to dissolve the senate"
        ordered = makers + [t for t in ordered if t not in makers] if makers else ordered + doers_of(theme)
    if theme is not None and not reacted and not wrapped:
        ordered += imposed_on(theme)  # last: "lifted a visa ban imposed on Sudanese students"
    if lemma in role_words()["placement_verbs"]:
        ordered = placed(verb, ordered)
    reached = contacted(verb)  # "called the Turkish president to apologize": the one called
    if reached is not None:
        ordered.append(reached)
    ordered[:0] = addressees(verb)  # "sent a letter to the bloc threatening to ...": whom the letter was sent to
    ordered += sent_to(verb)  # "sent inspectors to Bolivia to investigate the blast": done where they were sent
    # "conceded to demands from X", "backed the talks among Bolivian parties": the parties behind an act or activity
    ordered = with_event_parties(ordered, frame.event_type.lower() in role_words()["backing_types"])
    cand.targets += ordered
    cand.places = places_of(verb, theme)
    if frame.roles == "reciprocal":
        # "met his counterpart Italian President Mattarella": the parser may split one partner into two objects
        partners = set() if frame.topic_object else {c.i for c in dependents(verb) if c.dep == D_DOBJ}
        partners |= {reached.i} if reached is not None else set()  # "called Lima's envoy to discuss trade"
        cand.sources += [t for t in cand.targets if t.head.lower_ in RECIPROCAL_PREPS or t.i in partners]
        cand.sources += [c for c in dependents(verb) if c.dep == D_DOBJ and c.i in partners and c not in cand.targets]
        cand.targets = []
    elif frame.roles == "host":
        cand.sources, cand.targets = ([dobj] if dobj is not None else []), cand.sources
    return cand


NAME_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def party_object(obj: Token) -> bool:
    """Whether a frame's own object noun can be whom the act is done to: not another event ("imposed sanctions")
    and not the doer's own means ("sent troops to X": X is the target, the troops are the sender's)."""
    lemma = obj.lemma_.lower()
    if lemma in noun_frames() or obj.lower_ in noun_frames():
        return False
    return lemma not in role_words()["own_side_objects"] and obj.lower_ not in role_words()["own_side_objects"]


def with_event_parties(slots: list[Token], backing: bool) -> list[Token]:
    """Target slots with, after each that names no party but an act or an activity, the parties behind it: the maker
    of a request or offer ("conceded to demands from the residents": the residents; roles.yaml request_nouns); whoever
    carries out an activity ("a suspension of air links with 12 countries": the countries; activity_objects); and,
    for an act of backing (roles.yaml backing_types), the parties an event's own reciprocal prepositions name
    ("backed the talks among Bolivian parties"). An act or activity is no party, so whom it concerns is."""
    out: list[Token] = []
    topics = role_words()["topic_preps"]
    for slot in slots:
        if slot.dep == D_POBJ and slot.head.lower_ in topics:
            out.append(slot)  # "threatened to cut ties with X over its links with Y": what it is about, not whom
            continue
        found = request_makers(slot)
        activity = activity_of(slot)
        if activity:
            found += [*owners(slot), *prep_objects(slot, RECIPROCAL_PREPS)]
        if backing and _counted(slot):
            found += prep_objects(slot, RECIPROCAL_PREPS)
        parties = [p for t in found for p in with_conjuncts(t) if p not in out and p is not slot]
        out += [*parties, slot] if activity else [slot, *parties]  # the parties before an activity in words only
    return out


def addressees(verb: Token) -> list[Token]:
    """Whom a document was sent or addressed to, when the verb is what the document does ("sent a letter to the head of
    the bloc threatening to cut funds", "a note to Chile protesting the arrests"; arguments.yaml documents): the act
    the document carries is aimed at its addressee."""
    if verb.tag != T_VBG or verb.dep not in DS_ACL_ADVCL or verb.head.i == verb.i:
        return []
    documents = argument_words()["documents"]
    head = verb.head
    if verb.dep == D_ACL:
        document, sender = head, head.head
    else:
        document = next((c for c in dependents(head) if c.dep == D_DOBJ), None)
        sender = head
    if document is None or document.lemma_.lower() not in documents:
        return []
    return prep_objects(document, ("to",)) or (prep_objects(sender, ("to",)) if sender.pos in PS_VERB_AUX else [])


def activity_of(noun: Token) -> bool:
    """A noun for what a party does or puts out (roles.yaml activity_objects): "publication", "operations"."""
    words = role_words()["activity_objects"]
    return noun.lemma_.lower() in words or noun.lower_ in words


def request_makers(noun: Token) -> list[Token]:
    """Who made the request, demand or offer a verb's object names (roles.yaml request_nouns): its "by"/"from" phrase
    ("a request from the prime minister"), its possessor ("China's demand") or a name in front ("the Workers Party
    demand"). An answer to it is aimed at them, not at whom the request was about."""
    words = role_words()["request_nouns"]
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return []
    found = [*doers_of(noun), *(c for c in dependents(noun) if c.i < noun.i and (c.dep == D_POSS or (
        c.dep in DS_AMOD_COMPOUND_NMOD and c.ent_type_ in NAME_ENTITIES)))]
    return sorted(found, key=lambda t: t.i)


def sent_to(verb: Token) -> list[Token]:
    """Where the means were sent when the verb is what a placement is for ("sent a team of inspectors to Bolivia to
    investigate the blast": Bolivia; roles.yaml destination_preps): the act is done there. Last among the act's
    target slots, so a party the act names itself comes first ("sent troops to Mali to fight the rebels")."""
    head = verb.head
    if verb.dep not in DS_ADVCL_XCOMP or head.i == verb.i or head.lemma_.lower() not in role_words()["placement_verbs"]:
        return []
    if not any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)):
        return []
    preps = tuple(sorted(role_words()["destination_preps"]))
    found = prep_objects(head, preps)
    if not found:  # "sent a team of experts to Iran to investigate": the parser may hang "to Iran" inside the object
        arrays = doc_arrays(verb.doc)
        dep, lower, doc, wanted = arrays.dep, arrays.lower, verb.doc, string_ids(preps)
        found = [g for obj in dependents(head) if obj.dep == D_DOBJ for k in subtree_indices(obj, arrays)
                 if dep[k] == PREP_ID and lower[k] in wanted and k > obj.i
                 for g in dependents(doc[k]) if g.dep == D_POBJ][:1]
    return [t for t in found if _place(t)]


def creates(verb: Token) -> bool:
    """The verb makes its object ("set up a centre", "build a port"): roles.yaml creation_verbs."""
    words = role_words()["creation_verbs"]
    lemma = verb.lemma_.lower()
    return lemma in words or any(c.dep == D_PRT and f"{lemma} {c.lower_}" in words for c in dependents(verb))


def authority_of(verb: Token) -> list[Token]:
    """The place whose state did an authority's act told with no agent: "was arrested in X", "expelled from X"."""
    found = [t for t in prep_objects(verb, ("from",)) if t.ent_type_ in PLACE_ENTITIES] + places_of(verb)
    return [t for t in found if t.ent_type_ in PLACE_ENTITIES][:1]


def own_means(token: Token) -> bool:
    """An own-side noun (roles.yaml own_side_objects): troops, police, a delegation - the doer's means; or an object
    the doer marks as its own with a possessive determiner ("mobilised its men to the area": its men)."""
    words = role_words()["own_side_objects"]
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    return token.dep == D_DOBJ and any(c.dep == D_POSS and c.tag == T_PRP_POSS for c in dependents(token)) \
        and is_on("events.roles.own_marked_objects")


PURPOSE_TARGET_PREPS = rule_words("detente.events", "data/prepositions.yaml", "purpose_targets")  # data/prepositions.yaml


def placed(verb: Token, slots: list[Token]) -> list[Token]:
    """The target slots of a placement verb (roles.yaml placement_verbs: "deployed", "sent", "mobilized"): the
    doer's own means are never whom the act is done to; a force or mission they are sent to stands for the place
    it is in ("to the UN force in Lebanon": Lebanon); with nothing left, whom the act they are readied for is
    aimed at ("mobilized the army for an offensive against the rebels"). The place the verb names ("deployed
    soldiers in Mali") is the events stage's fallback (Candidate.places)."""
    out: list[Token] = []
    for token in slots:
        if own_means(token):
            out += [p for p in places_of(token) if p not in out]
        elif token not in out:
            out.append(token)
    if not out:
        for purpose in prep_objects(verb, ("for",)):
            out += prep_objects(purpose, PURPOSE_TARGET_PREPS)
    return out


def doers_of(noun: Token) -> list[Token]:
    """Who made what an object noun names: "a request by X", "an offer from X", "the appeal filed by X",
    "proposals laid out by X". The one who rejects, answers or dismisses it acts on them."""
    found = prep_objects(noun, ("by", "from"))
    for child in dependents(noun):
        if child.dep in DS_ACL_RELCL and child.tag == T_VBN:
            agent = agent_of(child)
            if agent is not None:
                found.append(agent)
    return found


def event_doers(noun: Token) -> list[Token]:
    """Who did what an event noun names: "a bombing by X", "X's offensive", "a Saudi-led strike"."""
    found = prep_objects(noun, ("by", "from"))
    found += [c for c in dependents(noun) if c.dep == D_POSS or (
        c.dep in DS_AMOD_COMPOUND_NMOD and c.i < noun.i and (c.ent_type_ in NAME_ENTITIES or _names_in(
            c, NAME_ENTITIES)))]
    return found


def _names_in(token: Token, labels: frozenset[str]) -> bool:
    """Whether a word of the token's subtree is inside an entity with one of these labels."""
    arrays = doc_arrays(token.doc)
    kinds, wanted = arrays.ent_type, string_ids(labels)
    return any(kinds[k] in wanted for k in subtree_indices(token, arrays))


def place_word(token: Token) -> bool:
    """A named place or a noun for one (see _place)."""
    return _place(token)


def _place(token: Token) -> bool:
    """A named place ("in Kashmir", "in parts of west Darfur") or a noun for one ("in the town")."""
    if token.ent_type_ in PLACE_ENTITIES or token.lemma_.lower() in argument_words()["place_nouns"]:
        return True
    return _names_in(token, PLACE_ENTITIES)


def places_of(*heads: Token | None) -> list[Token]:
    """Objects of the place prepositions ("in", "at", ...) on the trigger or its noun that name a place, text order."""
    preps = role_words()["place_preps"]  # a set: only asked whether a word is in it
    found: list[Token] = []
    for head in heads:
        if head is None:
            continue
        for child in dependents(head):  # relations by string id (`dep`): no `dep_` text decoded per word
            if child.dep == PREP_ID and child.lower_ in preps and not _dated(child):
                for g in dependents(child):
                    if g.dep != POBJ_ID or not _place(g):
                        continue
                    if _counted(g) and is_on("events.roles.event_noun_places"):
                        found += places_of(g)  # "stopped work in a strike at the mine": where the strike was
                    else:
                        found.append(g)
    return sorted(found, key=lambda t: t.i)


def owners(noun: Token) -> list[Token]:
    """Who the act an object noun names concerns, besides its prepositions: its "of" object ("the blockade of
    the U.K."), its possessor ("China's call", "its proposal") and a name in front of it ("an Armenian
    proposal"). The events stage keeps a possessor or name as the target only where it is another party than
    the source's; a possessive determiner counts only through coreference (nlp/coref.py), and only when it
    stands for another country than the source's ("offered his apologies" never makes the apologiser a target).
    """
    found = prep_objects(noun, ("of",))
    for child in dependents(noun):
        named = child.dep in DS_AMOD_COMPOUND_NMOD and child.i < noun.i and child.ent_type_ in NAME_ENTITIES
        if named or child.dep == D_POSS:
            found.append(child)
    return found


IMPOSED_PREPS = ("on", "upon", "against")  # whom an imposed measure falls on


def imposed_on(theme: Token) -> list[Token]:
    """ "lifted a visa ban imposed on Sudanese students", "eased restrictions placed on the press": a participle on
    the object says whom what the act undoes or answers was aimed at, and so whom this act is done to."""
    if not _counted(theme):
        return []  # "deported asylum seekers registered with the UN": the people are whom, not who they dealt with
    return [t for c in dependents(theme) if c.dep == D_ACL and c.tag == T_VBN
            for t in prep_objects(c, IMPOSED_PREPS) if c.i < t.i]


def condition_parties(anchor: Token) -> list[Token]:
    """Whom a condition is put on (roles.yaml condition_marks): the doer of an "if", "unless" or "until" clause on
    the act, on the wrapper that states it or on the act it wraps ("will not lift the embargo until Chile frees the
    crew", "threatened to halt the talks if Chile goes ahead"). A threat or refusal made conditional on another
    party's act is aimed at that party; in a passive clause that party is its "by" agent."""
    found: list[Token] = []
    for mark, clause in conditions(anchor):
        subject, passive = subject_of(clause)
        doer = agent_of(clause) if passive else subject
        if doer is None or doer in found or not mark.i < doer.i < clause.right_edge.i + 1:
            continue
        if any(t.is_punct for t in doer.doc[mark.i + 1:doer.left_edge.i]):
            continue  # "if cooperation founders, Dutch minister X said": a misparse reaching past the clause
        found.append(doer)
    return found


def conditions(anchor: Token) -> list[tuple[Token, Token]]:
    """(mark, clause) of each "if", "unless" or "until" clause (roles.yaml condition_marks) on the act, on the wrapper
    that states it or on the act it wraps: what the act is made to wait on, whoever's doing that is."""
    marks = role_words()["condition_marks"]
    heads = [anchor, *(c for c in dependents(anchor) if c.dep in COMPLEMENT_IDS)]  # relations by string id
    token = anchor
    for _ in range(2):  # "said it would not end the strike until ...": the clause may hang on the stating verb
        if token.dep not in DS_XCOMP_CCOMP_CONJ or token.head.i == token.i:
            break
        token = token.head
        heads.append(token)
    found: list[tuple[Token, Token]] = []
    for head in heads:
        for clause in dependents(head):
            if clause.dep != ADVCL_ID:
                continue
            mark = next((c for c in dependents(clause) if c.dep == MARK_ID and c.lower_ in marks), None)
            if mark is not None:
                found.append((mark, clause))
    return found


def possessive_determiner(token: Token) -> bool:
    """ "his", "its", or a possessor that has one ("his country's")."""
    return token.tag == T_PRP_POSS or any(g.tag == T_PRP_POSS for g in dependents(token))


def _nominal(noun: Token, frame: Frame, light: Token | None) -> Candidate:
    """An event noun, under a light verb ("held talks") or standing alone ("the summit between ...")."""
    anchor = light if light is not None else noun
    trigger = [light, noun] if light is not None else [noun]
    cand = Candidate(frame=frame, anchor=anchor, trigger=trigger, noun=noun)
    preps = frame.target_preps or DEFAULT_TARGET_PREPS
    possessors = children(noun, "poss")
    modifiers = [c for c in dependents(noun) if c.dep in DS_COMPOUND_AMOD_NMOD and c.i < noun.i]
    if light is not None:
        subject, passive = subject_of(light)
        if passive and subject is not None and subject.i == noun.i:
            agent = agent_of(light)
            cand.sources = [agent] if agent is not None else []
        elif subject is not None and not passive:
            cand.sources = [subject]
            cand.doer = subject
        cand.targets = prep_objects(noun, preps) + prep_objects(light, preps) + children(light, "dative")
    else:
        cand.targets = prep_objects(noun, preps) or _stranded_prep_objects(noun, preps)
        owner = _responsible_party(noun)
        if owner is None and frame.roles == "reciprocal":
            owner = _gathered_for(noun)
        if owner is not None:
            cand.sources.append(owner)
    if frame.event_type.lower() in role_words()["movement_types"]:
        # "its withdrawal of troops from Iraq": what forces move away from is the target, not who sends them
        cand.targets = prep_objects(noun, ("from",)) + cand.targets
        cand.sources += prep_objects(noun, ("by",))
    else:
        cand.sources += prep_objects(noun, ("by", "from"))
    if frame.possessor_target:
        cand.targets = possessors + prep_objects(noun, ("of",)) + cand.targets
    else:
        cand.sources += possessors
    cand.sources += modifiers
    if not cand.sources and light is None and frame.event_type.lower() in role_words()["movement_types"]:
        # "the withdrawal of Serbian forces from Bosnia": forces that move (own means) are the ones who withdraw
        cand.sources = [t for t in prep_objects(noun, ("of",)) if own_means(t)]
    if cand.sources and not cand.targets and not frame.possessor_target:
        # "intensified its bombardment of the town", "attended a meeting of the council": with the doer named
        # elsewhere, the noun's "of" phrase is what the act is done to (or with)
        cand.targets = [t for t in prep_objects(noun, ("of",)) if not _counted(t)]
    if frame.roles == "reciprocal":
        # "talks on the border", "a meeting over the dispute": what the talks are about is no partner to them
        partners = [t for t in cand.targets if t.head.lower_ not in role_words()["topic_preps"]]
        cand.sources += prep_objects(noun, RECIPROCAL_PREPS) + prep_objects(anchor, RECIPROCAL_PREPS) + partners
        cand.targets = []
    if light is not None and light.lemma_.lower() in role_words()["undergoer_verbs"]:
        _undergone(cand, noun, light)
    cand.targets = with_event_parties(cand.targets, frame.event_type.lower() in role_words()["backing_types"])
    cand.places = places_of(noun, light)
    return cand


def _counted(token: Token) -> bool:
    """ "a round of talks", "a series of strikes": the "of" phrase is more of the event, not a party."""
    frames = noun_frames()
    return token.lemma_.lower() in frames or token.lower_ in frames


def _undergone(cand: Candidate, noun: Token, verb: Token) -> None:
    """ "Iran faced criticism from the UN", "the mission received aid from Norway": the subject of an undergoer
    verb is whom the act is done to; only the noun's own doer (its "by"/"from" phrase, its possessor or a
    name in front) is the source."""
    subject, passive = subject_of(verb)
    cand.targets = [subject] if subject is not None and not passive else []
    cand.sources = event_doers(noun) + prep_objects(verb, ("by", "from"))
    cand.doer = cand.sources[0] if cand.sources else None


def _stranded_recipient(verb: Token, theme: Token, preps: tuple[str, ...] | list[str]) -> list[Token]:
    """ "returned a pendant engraved with an image of X to Y", "returned a portrait of a girl by X to its owner": a
    frame's "to" phrase after the object that the parser hung low inside the object phrase is the verb's, the
    recipient, when the verb has no "to" phrase of its own (the last one of the phrase, not a date or number)."""
    if "to" not in preps or any(c.dep in DS_PREP_DATIVE and c.lower_ == "to" for c in dependents(verb)):
        return []
    arrays = doc_arrays(theme.doc)
    dep, lower, doc = arrays.dep, arrays.lower, theme.doc
    for k in reversed(subtree_indices(theme, arrays)):
        if dep[k] == PREP_ID and lower[k] == TO_ID and k > theme.i:
            token = doc[k]
            objects = [g for g in dependents(token) if g.dep == D_POBJ and g.ent_type not in ES_DATE_TIME_CARDINAL
                       and not g.like_num]
            return objects[:1]
    return []


def _stranded_prep_objects(noun: Token, preps: tuple[str, ...] | list[str]) -> list[Token]:
    """The object of a preposition right after the noun that the parser hung on a copula instead ("What's
    behind Kim's condolences to Japan?": "to Japan" parsed onto "'s"): a copula takes no such phrase, so it
    is the noun's."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or following.dep != D_PREP or following.lower_ not in preps or \
            not (following.head.lemma == L_BE or following.head.pos == P_AUX):
        return []
    return [c for c in dependents(following) if c.dep == D_POBJ]


def _responsible_party(noun: Token) -> Token | None:
    """Who did the act a lone event noun names, where the clause says who answers for it: "X claimed
    responsibility for the bombing", "X was responsible for the killings and beheadings"."""
    top = noun
    while top.dep == D_CONJ and top.head.i != top.i:
        top = top.head
    prep = top.head
    if top.dep != D_POBJ or prep.lower_ != "for":
        return None
    holder = prep.head
    if holder.lemma_.lower() == "responsibility" and holder.dep == D_DOBJ \
            and holder.head.lemma_.lower() in argument_words()["responsibility_verbs"]:
        subject, passive = subject_of(holder.head)
        return None if passive else subject
    if holder.lemma_.lower() in demand_words()["blame_words"] and holder.dep == D_ACOMP:
        subject, passive = subject_of(holder.head)
        return None if passive else subject
    return None


def _gathered_for(noun: Token) -> Token | None:
    """ "Chilean and Peruvian negotiators return to Lima for talks", "the ministers gathered for a summit": whoever
    comes or stays somewhere for a meeting takes part in it."""
    prep = noun.head
    if noun.dep != D_POBJ or prep.lower_ != "for" or prep.head.pos not in PS_VERB_AUX:
        return None
    subject, passive = subject_of(prep.head)
    return None if passive else subject


def _troops(doer: Token | None) -> bool | None:
    """Whether a visit's traveller is armed forces: None if not, else whether they are peacekeepers."""
    if doer is None:
        return None
    head = _people_of(doer)
    troops = argument_words()["troop_words"]
    if head.lemma_.lower() not in troops and head.lower_ not in troops:
        return None
    lemma = _word_columns(head.doc)[1]
    words = {lemma[k] for k in subtree_indices(head) if k <= head.i}
    return bool(words & string_ids(PEACEKEEPING))


PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "peacekeepers"})


def _people_of(token: Token) -> Token:
    """ "contingents of peacekeeping troops" -> "troops": what a counting noun counts."""
    return of_object(token, argument_words()["counting_nouns"] | {"contingent", "group", "batch"})


def _noun_says_more(verb: Token, frame: Frame, lights: frozenset[str]) -> bool:
    """A light verb whose object is an event noun that says more than the verb's frame.

    Either the verb matched only by its bare lemma, or the object's own frame is narrowed by a modifier
    to another type ("launched a scathing attack" is criticism, though "launch +attack" is an assault).
    """
    if frame.wrapper or verb.lemma_.lower() not in lights:
        return False
    for child in dependents(verb):
        if child.dep != D_DOBJ:
            continue
        noun = _noun_frame(child)
        if noun is None:
            continue
        if not frame.obj or (noun.event_type != frame.event_type and noun.words and _premodified(child, noun.words)):
            return True
    return False


def _premodified(noun: Token, words: tuple[str, ...]) -> bool:
    """Every word of the pattern is an adjective on the noun ("a scathing attack", "joint exercises").

    An adjective says how the act was done, which can change its type; a noun compound says only its
    field ("signed a trade agreement" stays a signature).
    """
    before = {w for c in dependents(noun) if c.i < noun.i and c.dep == D_AMOD for w in (c.lemma_.lower(), c.lower_)}
    return all(w in before for w in words)


def _governor(noun: Token) -> tuple[Token, str]:
    """The word the event noun depends on, looking through counting nouns ("a round of talks")."""
    if noun.dep == D_POBJ and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in argument_words()["counting_nouns"]:
        counter = noun.head.head
        return counter.head, counter.dep_
    return noun.head, noun.dep_


def _has_nominal_argument(noun: Token) -> bool:
    """A lone event noun counts only when it says whose or between whom ("Japan's sanctions on ...")."""
    if any(c.dep == POSS_ID for c in dependents(noun)):
        return True
    return any(c.dep == PREP_ID and c.lower_ in NOMINAL_ARG_PREPS and any(g.dep == POBJ_ID for g in dependents(c))
               for c in dependents(noun))


def _has_modifier(noun: Token) -> bool:
    return any(c.dep in DS_COMPOUND_AMOD_NMOD and c.i < noun.i and c.pos in PS_PROPN_NOUN_ADJ
               for c in dependents(noun))


def _wrapper_inners(wrapper: Candidate, by_token: dict[int, Candidate]) -> list[Candidate]:
    """The events a wrapper verb governs: its infinitive or that-clause, its object, or "for"/"to" object.

    Coordinated complements are all governed by it ("agreed to share intelligence and cooperate", "called
    for talks and the release of ..."): the first says what the wrapper is about, the others go with it.
    """
    verb = wrapper.anchor
    slots: list[Token] = []
    heads = [verb]
    if wrapper.noun is not None and wrapper.noun.i != verb.i:
        heads.append(wrapper.noun)  # "made a proposal to resume talks", "issued a threat of sanctions"
    for head in heads:
        for child in dependents(head):
            if child.dep in DS_XCOMP_CCOMP_DOBJ or (child.dep == D_ACL and head.pos in PS_NOUN_PROPN):
                slots += with_conjuncts(child)  # "the threat to impose sanctions", "its demand that X ease ..."
            elif child.dep == D_PREP and child.lower_ in ("for", "to", "on", "of"):
                slots += [c for g in dependents(child) if g.dep == D_POBJ for c in with_conjuncts(g)]
    inners: list[Candidate] = []
    for slot in slots:
        inner = by_token.get(slot.i)
        if inner is not None and inner is not wrapper and inner not in inners:
            inners.append(inner)
    return inners


def _complement_parties(wrapper: Candidate) -> list[Token]:
    """Whom the act a wrapper governs is aimed at, when that act is no event of the lexicon: "demanded that X
    resign" (X), "refused to allow two airlines to land" (the airlines), "agreed to resign from the cabinet"."""
    found: list[Token] = []
    mine = {t.i for t in wrapper.sources}
    for comp in (c for c in dependents(wrapper.anchor) if c.dep in DS_XCOMP_CCOMP):
        for verb in with_conjuncts(comp):
            subject = next((c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS), None)
            if verb.dep == D_CCOMP and subject is not None and subject.i not in mine and subject.pos != P_PRON:
                found.append(subject)
            slots = children(verb, "dative")
            dobj = next((c for c in dependents(verb) if c.dep == D_DOBJ), None)
            if dobj is not None and not creates(verb):  # "agreed to set up a centre in X": the centre is made
                slots += [dobj, *doers_of(dobj)]
            # "refused to respond to a request from X": whom a request or offer answered came from
            slots += [t for o in prep_objects(verb, NOUN_TARGET_PREPS) for t in ([*doers_of(o), o] if _counted(o) else [o])]
            # "ready to contribute troops to a force in X": the troops are the doer's own means
            found += placed(verb, slots) if verb.lemma_.lower() in role_words()["placement_verbs"] else slots
            for inner in (c for c in dependents(verb) if c.dep in DS_CCOMP_XCOMP):
                found += [c for c in dependents(inner) if c.dep == D_NSUBJ and c.pos != P_PRON]  # "allow X to land"
            wrapper.places = wrapper.places + places_of(verb, dobj)
    return found


def _deepest(cand: Candidate) -> Candidate:
    """The event at the end of a chain of wrappers ("agreed to undertake exercises" -> the exercises)."""
    while cand.inner is not None:
        cand = cand.inner
    return cand


def _absorb(candidates: list[Candidate]) -> None:
    if not any(cand.frame.wrapper for cand in candidates):
        return  # only a wrapper absorbs (most sentences have none)
    by_token: dict[int, Candidate] = {}
    for cand in candidates:
        for i in cand.tokens:
            by_token.setdefault(i, cand)
    codes = wrapper_codes()
    # innermost first, so that a chain ("agreed to undertake joint exercises") folds into its outermost verb
    for cand in reversed(candidates):
        if not cand.frame.wrapper or cand.absorbed:
            continue
        inners = _wrapper_inners(cand, by_token)
        if not inners:
            if disposition(cand.anchor):
                cand.absorbed = True  # "willing to let bygones be bygones": a disposition, no intent towards anyone
                continue
            cand.targets = cand.targets + _complement_parties(cand)
            continue
        inner, others = inners[0], [c for c in inners[1:] if not c.absorbed]
        if _indicated(cand, inner):
            cand.absorbed = True  # "suggests that the farmers back the governor": the backing stands, as their act
            continue
        if inner.frame.event_type in cand.frame.imposes:
            _imposed(cand, inner)
            continue
        if _vowed_hostility(cand, inner):
            cand.absorbed = True  # "vowed to attack the army posts": the attack stands, told as future (a threat)
            continue
        outer_codes = codes.get(cand.frame.event_type, {})
        if (inner.frame.event_type not in outer_codes and inner.anchor.i == cand.anchor.i
                and cand.anchor.lemma_.lower() in light_verbs()):
            cand.absorbed = True  # "offered scathing criticism": the noun says what was done
            continue
        inner.absorbed = True
        for other in candidates:  # one clause, one event: every reading of the inner clause goes with it
            if other is not cand and other.anchor.i == inner.anchor.i:
                other.absorbed = True
        cand.inner = inner
        what = _deepest(inner) if inner.frame.event_type == cand.frame.event_type else inner
        cand.cameo = outer_codes.get(what.frame.event_type, outer_codes.get(inner.frame.event_type))
        cand.trigger = cand.trigger + [t for t in inner.trigger if t not in cand.trigger]
        for other in others:  # the coordinated complements: folded in too, the first one sets the code
            other.absorbed = True
        mine = {t.i for t in cand.sources}
        # "refused a request from X to dissolve the senate": an answer to a request is aimed at its maker, not at
        # whom the request was about
        asked = cand.noun if cand.noun is not None else next(
            (c for c in dependents(cand.anchor) if c.dep == D_DOBJ), None)
        answered = cand.frame.event_type != "REQUEST" and asked is not None and bool(request_makers(asked))
        if answered:
            cand.targets = cand.targets + [t for t in request_makers(asked) if t not in cand.targets]
        for part in [inner, *others]:
            if answered:
                pass
            elif cand.frame.event_type == "REQUEST":
                cand.targets = cand.targets + part.sources + part.targets
            elif part.frame.roles == "reciprocal":  # "refused to meet with X": the partner is whom it is refused
                cand.targets = cand.targets + part.targets + [t for t in part.sources if t.i not in mine]
            else:
                cand.targets = cand.targets + part.targets
            cand.places = cand.places + part.places


FACT_TAGS = frozenset({"VBD", "VBZ"})  # a past or present-indicative verb: never the subjunctive of a proposal
MODALS = frozenset({"MD"})


def _indicated(wrapper: Candidate, inner: Candidate) -> bool:
    """ "The ad suggests that the police support the mayor": a verb of proposing that also means "indicate"
    (roles.yaml indicating_verbs) over a that-clause told as fact, with its own subject, reports what that subject
    does; the sayer is not its doer and proposes nothing. A clause with a modal ("should back") or a subjunctive
    ("suggested that they back") after a past verb stays a proposal."""
    verb, clause = wrapper.anchor, inner.anchor
    if wrapper.frame.event_type != "AGREE" or verb.lemma_.lower() not in role_words()["indicating_verbs"]:
        return False
    if clause.dep != D_CCOMP or clause.head.i != verb.i or wrapper.noun is not None:
        return False
    if not any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(clause)):
        return False
    if any(c.tag_ in MODALS for c in dependents(clause)):
        return False
    # a plural present after a present verb of saying is indicative too ("suggests that they back")
    return clause.tag_ in FACT_TAGS or (clause.tag_ == "VBP" and verb.tag_ in ("VBZ", "VBP"))


def _vowed_hostility(wrapper: Candidate, inner: Candidate) -> bool:
    """A promise verb (one whose complement is told as future: factuality.yaml future_heads, "vow", "pledge",
    "swear") over a hostile act (factuality.yaml conflict_types) is no promise of cooperation: PLOVER codes a vowed
    hostile act THREATEN, which the act told as future makes (announcements), so the wrapper leaves it standing."""
    words = factuality_words()
    return (wrapper.frame.event_type in words["cooperative_types"] and inner.frame.event_type in words["conflict_types"]
            and wrapper.anchor.lemma_.lower() in words["future_heads"] and inner.anchor.i != wrapper.anchor.i)


def _imposed(order: Candidate, act: Candidate) -> None:
    """An authority's order that is itself the coercion ("ordered the newspaper to suspend publication",
    "ordered them jailed"): the act ordered stands, done by the one who ordered it to the one told, as asserted
    as the order."""
    order.absorbed = True
    act.anchor, act.doer = order.anchor, order.doer
    act.sources = list(order.sources)
    act.targets = order.targets + [t for t in act.targets if t not in order.targets]
    act.trigger = order.trigger + [t for t in act.trigger if t not in order.trigger]


def _non_agent(cand: Candidate) -> bool:
    """A disaster as the doer (non_agents.yaml), or a message, text or show as the doer of an act only a party
    can do (senses.yaml messages: "the senator's tweets targeting the governor" attack no one)."""
    if cand.doer is None:
        return False
    lemma = cand.doer.lemma_.lower()
    if lemma in non_agents() and _common_noun(cand.doer) and not _agent_named(cand):
        return True
    displays, shown_only = display_things()
    if lemma in displays and cand.frame.event_type in shown_only and _common_noun(cand.doer):
        return True  # "the museum celebrates the heroes": a display shows praise, it does not give it
    messages, cannot = message_agents()
    return cand.frame.event_type in cannot and (lemma in messages or cand.doer.lower_ in messages)


def _common_noun(doer: Token) -> bool:
    """The words of non_agents.yaml name things only as common nouns: "Prosecutor Jane Fear will seek the death
    penalty" is a person, whose name is a word of the list."""
    return doer.pos != P_PROPN and not doer.ent_type_


def _agent_named(cand: Candidate) -> bool:
    """ "Anger over a student shot and killed by soldiers spread": an act whose own by-phrase names its doer is
    that doer's, whatever the parse made its subject."""
    doer = cand.doer
    return any(child.dep == D_AGENT and any(named.dep == D_POBJ and named != doer for named in child.children)
               for token in cand.trigger for child in token.children)


def _indirect_question(verb: Token, obj: Token | None) -> bool:
    """ "asked whether Peru would sign", "questioned why Peru had not paid": a verb of asking (senses.yaml
    inquiry_verbs) with an indirect question as its complement and no one asked as its object wants to know
    something; it neither demands nor investigates (senses.yaml indirect_questions)."""
    if verb.lemma_.lower() not in sense_words("inquiry_verbs", "events.senses.indirect_questions"):
        return False
    if obj is not None or any(c.dep in DS_DOBJ_DATIVE_NSUBJPASS for c in dependents(verb)):
        return False
    wh = sense_words("question_words", "events.senses.indirect_questions")
    for clause in dependents(verb):
        if clause.dep != D_CCOMP or clause.i < verb.i:
            continue
        opener = clause.doc[clause.left_edge.i]
        if opener.lower_ in wh or any(c.dep == D_MARK and c.lower_ in wh for c in dependents(clause)):
            return True
    return False


def _press_only(verb: Token, frame: Frame) -> bool:
    """ "was talking to reporters at the airport": a consultation whose every partner named is the press is a
    statement to an audience, not talks with a party (senses.yaml press_audience)."""
    if frame.event_type != "CONSULT" or not frame.roles:
        return False
    # "spoke to a crowd of supporters": an audience or a gathering is spoken to, not consulted (speech_to_audience)
    press = sense_words("press", "events.senses.press_audience") | sense_words(
        "gatherings", "events.senses.speech_to_audience")
    if not press:
        return False
    partners = [c for c in dependents(verb) if c.dep == D_DOBJ] + prep_objects(verb, ("to", "with"))
    return bool(partners) and all(p.lemma_.lower() in press or p.lower_ in press for p in partners)


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _among_nouns(verb: Token) -> bool:
    """ 'went on about "wounded American families" and "our own struggling citizens"': coordination joins like with
    like. A past participle with no subject or auxiliary of its own that opens a quotation joined to a finite verb,
    or that has a noun phrase as its conjunct, is a modifier in a list of noun phrases, a state named, not an act told
    (senses.yaml verb_among_nouns)."""
    if verb.tag != T_VBN or verb.dep != D_CONJ or not is_on("events.senses.verb_among_nouns"):
        return False
    if any(c.dep in DS_NSUBJ_NSUBJPASS_AUX_AUXPASS for c in dependents(verb)):
        return False
    # joined to a finite verb, it is a quoted phrase only where the quotation opens on it ("and 'wounded families'");
    # "the police reached the spot and arrested one person" is the past tense the tagger read as a participle
    quoted = verb.i > 0 and verb.doc[verb.i - 1].is_quote
    return (quoted and verb.head.tag_ in FINITE_TAGS) or any(
        c.dep == D_CONJ and c.tag_ in NOUN_TAGS for c in dependents(verb))


APPEAL_RULE = "events.senses.appeal_to_audience"


def _audience_appeal(word: Token, frame: Frame) -> bool:
    """ "likely to appeal to a tiny sliver of voters", "an appeal to young voters": an appeal whose every addressee is
    an audience (voters, the public, readers) courts it; it asks no party for anything (senses.yaml
    appeal_to_audience). "appealed to Peru to free the fishermen" stays a request."""
    if frame.event_type != "REQUEST" or word.lemma_.lower() not in sense_words("appeal_words", APPEAL_RULE):
        return False
    audiences = sense_words("audiences", APPEAL_RULE)

    def audience(noun: Token) -> bool:
        return noun.lemma_.lower() in audiences or noun.lower_ in audiences or any(
            audience(g) for g in prep_objects(noun, ("of",)))  # "a sliver of voters"

    addressees = prep_objects(word, ("to",))
    return bool(addressees) and all(audience(a) for a in addressees)


RALLY_RULE = "events.senses.campaign_rally"


def _campaign_rally(word: Token, frame: Frame) -> bool:
    """ "held rallies before large crowds", "a campaign rally": a rally held for one's own supporters is campaigning,
    not a demonstration (senses.yaml campaign_rally)."""
    rallies = sense_words("rally_words", RALLY_RULE)
    if frame.event_type != "PROTEST" or not rallies:
        return False
    nouns = [word] if word.lemma_.lower() in rallies and word.pos == P_NOUN else [
        o for o in _objects(word) if o.lemma_.lower() in rallies]
    if not nouns:
        return False
    campaign = sense_words("campaign_words", RALLY_RULE)
    audience = sense_words("gatherings", RALLY_RULE)
    preps = sense_words("audience_preps", RALLY_RULE)
    for noun in nouns:
        if any(c.dep in DS_AMOD_COMPOUND_NMOD and (c.lemma_.lower() in campaign or c.lower_ in campaign)
               for c in dependents(noun)):
            return True  # "a campaign rally"
        if _candidate_rally(noun, word):
            return True  # "violence at Trump's rallies", "the senator held a rally in Ohio"
        holders = (noun, word, noun.head) if noun.dep_ in OBJECT_DEPS else (noun, word)  # "held rallies before ..."
        if any(g.lemma_.lower() in audience for h in holders for c in dependents(h)
               if c.dep == D_PREP and c.lower_ in preps for g in dependents(c) if g.dep == D_POBJ):
            return True  # "held rallies before large crowds"
    return False


CANDIDATE_RALLY_RULE = "events.senses.candidate_rally"


def _candidate_rally(noun: Token, word: Token) -> bool:
    """ "violence at Trump's rallies", "a Sanders rally in Ohio", "people at his rallies", "the senator held a rally in
    Ohio": a rally named for or held by a person of public life (a name, a role of public_roles, or "his"/"her") is that
    person's own gathering of supporters, campaigning rather than a demonstration against anyone; one "against"
    something stays (senses.yaml candidate_rally)."""
    if not is_on(CANDIDATE_RALLY_RULE) or prep_objects(noun, ("against",)) or prep_objects(word, ("against",)):
        return False
    roles = sense_words("public_roles", PERSON_ATTACK_RULE)
    holders = [c for c in dependents(noun) if c.dep_ in ("poss", "compound")]
    if not holders and (word.i != noun.i or noun.dep == D_DOBJ):
        holder = word if word.i != noun.i else noun.head
        holders = [c for c in dependents(holder) if c.dep == D_NSUBJ]  # "Sanders held a rally": the one who holds it
    return bool(holders) and all(_public_person(h, roles) or (h.dep_ == "poss" and h.lower_ in OWN_PRONOUNS)
                                 or _person_named_elsewhere(h) for h in holders)


def _person_named_elsewhere(token: Token) -> bool:
    """ "a Trump rally": a name before a noun is seldom a mention of its own; it names a person when the actors stage
    read the same name as a person elsewhere in the document."""
    doc, heads = _persons
    return token.pos == P_PROPN and doc is token.doc and any(token.doc[i].text == token.text for i in heads)


def _received_with(verb: Token, frame: Frame) -> bool:
    """ "The proposal was met with scepticism": a verb of meeting (a reciprocal frame naming no object) in the
    passive, with a "with" phrase and no "by" agent, says how something was received, not that anyone met
    (senses.yaml met_with_reaction). "was met by the minister" has an agent and stays a meeting."""
    if frame.roles != "reciprocal" or frame.obj or not is_on("events.senses.met_with_reaction"):
        return False
    passive = verb.tag == T_VBN and any(c.dep in DS_AUXPASS_NSUBJPASS for c in dependents(verb))
    return passive and agent_of(verb) is None and any(c.dep == D_PREP and c.lower_ == "with" for c in dependents(verb))


def _poll_figure(noun: Token) -> bool:
    """ "5 percent support", "support among voters stood at 40 percent", "his support has slipped in the polls": a
    support noun counted in percent or points, or the subject of a verb of level or change, is a poll figure, not an
    act of support (senses.yaml poll_figures)."""
    if noun.lemma_.lower() not in sense_words("poll_nouns", "events.senses.poll_figures"):
        return False
    units = sense_words("poll_units", "events.senses.poll_figures")

    def counted(word: Token) -> bool:
        return word.like_num or word.lower_ in units or word.lemma_.lower() in units or any(
            g.like_num or g.lower_ in units for g in dependents(word) if g.dep in DS_NUMMOD_COMPOUND_QUANTMOD)

    if any(c.i < noun.i and counted(c) for c in dependents(noun)
           if c.dep in DS_NUMMOD_COMPOUND_AMOD_NMOD_QUANTMOD):
        return True
    # "has record low support from black voters, with just 1 percent": a figure on the verb that has the support
    heads = [noun] + ([noun.head] if noun.dep in DS_NSUBJ_DOBJ else [])
    if any(g.lower_ in units or g.lemma_.lower() in units
           for h in heads for c in dependents(h) if c.dep == D_PREP for g in dependents(c) if g.dep == D_POBJ):
        return True  # "support in the polls", "stood at 40 percent"
    return noun.dep == D_NSUBJ and noun.head.lemma_.lower() in sense_words("poll_verbs", "events.senses.poll_figures")


SUPPORT_HELD_RULE = "events.senses.support_held"


def _support_held(noun: Token) -> bool:
    """ "doesn't have that support", "has his share of support", "lacks support from his colleagues", "has lost
    support": a support noun a party has or keeps with no backer named, or lacks or loses, names backing held or gone,
    a standing, not an act of support on an occasion (senses.yaml support_held); "has the support of the union",
    "won his support", "expressed its support" stay."""
    if noun.lemma_.lower() not in sense_words("poll_nouns", "events.senses.poll_figures"):
        return False
    holding = sense_words("holding_verbs", SUPPORT_HELD_RULE)
    if not holding:
        return False
    held = noun
    if noun.dep == D_POBJ and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in sense_words(
            "portion_nouns", SUPPORT_HELD_RULE):
        held = noun.head.head  # "his share of support": the share is what is held
    if held.dep != D_DOBJ:
        return False
    verb = held.head.lemma_.lower()
    if verb in sense_words("losing_verbs", SUPPORT_HELD_RULE):
        return True
    backers = sense_words("backer_preps", SUPPORT_HELD_RULE)
    return verb in holding and not any(c.dep == D_PREP and c.lower_ in backers and c.i != noun.head.i and any(
        g.dep == D_POBJ for g in dependents(c)) for t in {noun, held} for c in dependents(t))  # not "share of support"


SETTING_PREPS = frozenset({"in", "on", "during", "at", "via", "through"})  # where words are said: "in the debate"


def _attack_in_words(verb: Token, frame: Frame) -> tuple[bool, list[Token]]:
    """Whether an ASSAULT by "attack" is criticism, and then whom it is aimed at: an abstract object ("attacked her
    record", "attacked the loophole") aims at whose the thing is, if anyone's; a setting where words are said ("in
    the debate", "on Twitter") makes the object itself the target (senses.yaml attack_in_words)."""
    if frame.event_type != "ASSAULT":
        return False, []
    if retort(verb):  # "fired back at the mayor over the tax": a reply in words, aimed at whom it is fired at
        return True, [*_objects(verb), *prep_objects(verb, ("at",))]
    if is_on(RETORT_WORDS_RULE) and shot_back(verb) is not None:
        replied = _reply_in_words(verb)
        if replied is not None:
            return True, replied
    words = sense_words("attack_words", "events.senses.attack_in_words")
    if verb.lemma_.lower() not in words:
        # "launched an attack on the governor on Twitter": the frame's noun is read as the noun alone is
        nouns = [c for c in dependents(verb) if c.dep == D_DOBJ and c.lemma_.lower() in words]
        return _attack_noun_in_words(nouns[0], frame) if nouns else (False, [])
    abstract = sense_words("abstract_objects", "events.senses.attack_in_words")
    settings = sense_words("speech_settings", "events.senses.attack_in_words")
    objs = _objects(verb)
    phrases = [g for c in dependents(verb) if c.dep == D_PREP for g in dependents(c) if g.dep == D_POBJ]
    # "attacked her opponent as a fraud": calling someone something is done in words
    spoken = any(g.head.lower_ == "as" for g in phrases)
    # "attacked the governor about his taxes": force is not done about a topic
    spoken = spoken or any(g.head.lower_ in sense_words("topic_marks", "events.senses.attack_in_words") for g in phrases)
    # "hitting the mayor for skipping the debate": a blow "for" something done, with no word of force, is blame
    spoken = spoken or (any(g.head.lower_ == "for" and g.tag_ == "VBG" for g in dependents_of_preps(verb))
                        and _no_force(verb))
    # "has been hitting the mayor with ads": a blow dealt with a message is words
    spoken = spoken or any(g.head.lower_ == "with" and (g.lemma_.lower() in settings or g.lemma_.lower() in
                                                        message_agents()[0]) for g in phrases)
    # "an ad attacking the governor", "a TV spot hitting the senator": the message's words
    spoken = spoken or (verb.dep == D_ACL and (verb.head.lemma_.lower() in settings
                                                or verb.head.lemma_.lower() in message_agents()[0]))
    # "during the debate" may hang on the phrase before it ("as a fraud during the debate"): one phrase deeper too
    phrases += [g for p in phrases for c in dependents(p) if c.dep == D_PREP for g in dependents(c) if g.dep == D_POBJ]
    # the setting's own preposition is the outer one: "in a series of tweets", "in one of his speeches"
    spoken = spoken or any((g.lemma_.lower() in settings or g.lower_ in settings) and _setting_prep(g, verb) in SETTING_PREPS
                           for g in phrases)
    # "hit the governor hard on his business record": an abstract thing the blow is on is what is criticised
    spoken = spoken or any(g.head.lower_ in ("on", "over") and g.head.head.i == verb.i and (
        g.lemma_.lower() in abstract or g.lower_ in abstract) for g in phrases)
    spoken = spoken or _from_a_medium(verb)
    things = [o for o in objs if o.lemma_.lower() in abstract or o.lower_ in abstract]
    if not things and not spoken:
        aimed = objs or prep_objects(verb, ("at",))  # "fired at his rival": the one fired at
        if _person_attacks_person(verb, _attack_doers(verb), aimed):
            return True, aimed  # "has been attacking the governor for weeks": words aimed at the governor
        return False, []
    targets = [t for o in things for t in owners(o)] + [o for o in objs if o not in things]
    return True, targets


RETORT_WORDS_RULE = "events.senses.retort_in_words"


def _reply_in_words(verb: Token) -> list[Token] | None:
    """ "fired back at the governor's remarks", "hit back at the senator" (both persons of public life, no word of
    force in the sentence): a shot back at what someone said, or between persons of public life, is a reply in words,
    aimed at whose the words are or at the person (senses.yaml retort_in_words). None when it may be fire returned."""
    aimed = [*_objects(verb), *prep_objects(verb, ("at",))]
    abstract = sense_words("abstract_objects", "events.senses.attack_in_words")
    things = [o for o in aimed if o.lemma_.lower() in abstract or o.lower_ in abstract]
    if things and _no_force(verb):
        return [t for o in things for t in owners(o)] + [o for o in aimed if o not in things]
    if aimed and _person_attacks_person(verb, _attack_doers(verb), aimed):
        return aimed
    return None
MEDIUM_RULE = "events.senses.attack_from_a_medium"


def _from_a_medium(verb: Token) -> bool:
    """ "took to Twitter to attack the senator", "went on television to attack her", "used the debate to attack him": an
    attack that is what going to, or using, a place where words are said (senses.yaml speech_settings) is for is made in
    words there. Rule events.senses.attack_from_a_medium."""
    head = verb.head
    purpose = verb.dep == D_XCOMP or (verb.dep == D_ADVCL and any(
        c.dep == D_AUX and c.lower_ == "to" for c in dependents(verb)))
    if not purpose or head.i == verb.i or head.i > verb.i:
        return False
    settings = sense_words("speech_settings", MEDIUM_RULE)
    if not settings:
        return False
    used = [c for c in dependents(head) if c.dep == D_DOBJ and c.i < verb.i] + [
        g for c in dependents(head) if c.dep == D_PREP and c.i < verb.i for g in dependents(c) if g.dep == D_POBJ]
    return any(t.lemma_.lower() in settings or t.lower_ in settings for t in used)


def dependents_of_preps(verb: Token) -> list[Token]:
    """The words a preposition on the verb governs, its object or a gerund ("for skipping the debate")."""
    return [g for c in dependents(verb) if c.dep == D_PREP for g in dependents(c) if g.dep in DS_POBJ_PCOMP]


def _setting_prep(noun: Token, verb: Token) -> str:
    """The preposition on the verb that the phrase holding a noun hangs from: "in" for both "in the debate" and "in a
    series of tweets" (a phrase one deeper)."""
    prep = noun.head
    if prep.head.i != verb.i and prep.head.head.dep == D_PREP and prep.head.head.head.i == verb.i:
        prep = prep.head.head  # "tweets" <- "of" <- "series" <- "in" <- the verb
    return prep.lower_


PERSON_ATTACK_RULE = "events.senses.attack_on_a_person"
FORCE_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


def _attack_doers(verb: Token) -> list[Token]:
    """Who attacks: the verb's subject or "by" agent; for a verb with no subject of its own under a verb of asking or
    stopping ("urged the candidates to stop attacking each other"), the one asked, else the subject above it."""
    word: Token = verb
    for _ in range(4):
        children = dependents(word)
        # the one asked above ("urged the candidates to ...", "called on Trump to ...") does what is asked
        asked = [g for c in children if c.dep == D_DOBJ or (c.dep == D_PREP and c.lower_ in ("on", "upon"))
                 for g in ([c] if c.dep == D_DOBJ else dependents(c)) if g.dep in DS_DOBJ_POBJ] \
            if word.i != verb.i else []
        if asked:
            return asked
        doers = [c for c in children if c.dep == D_NSUBJ] + [g for c in children if c.dep == D_AGENT
                                                             for g in dependents(c) if g.dep == D_POBJ]
        if doers:
            # "the candidate who can beat her": a relative pronoun stands for the noun its clause hangs on
            return [word.head if d.tag in TS_WP_WDT and word.dep == D_RELCL else d for d in doers]
        # "will be able to defeat him": the adjective's clause; "surging and beating her": the first verb's subject
        if word.dep not in DS_XCOMP_PCOMP_PREP_ACOMP_CONJ or word.head.i == word.i:
            return []
        word = word.head
    return []


_persons: list = [None, frozenset()]  # the document whose person mentions are held, and their head tokens


def note_persons(doc: Doc, heads: frozenset[int]) -> None:
    """The head tokens of the mentions the actors stage read as persons ("Trump", "Machado": the small model's
    entities often call them ORG or GPE), for the sense rules that ask whether a side is a person."""
    _persons[0], _persons[1] = doc, heads


def _a_person(token: Token) -> bool:
    """A person by the actors stage's mentions, or a person's name by the parse."""
    return token.ent_type == E_PERSON or (_persons[0] is token.doc and token.i in _persons[1])


def _public_person(token: Token, roles: frozenset[str]) -> bool:
    """A person of public life named: a name, or a role in politics or on air (senses.yaml public_roles)."""
    if _a_person(token):
        return True
    return token.pos in PS_NOUN_PROPN and token.ent_type_ not in PLACE_ENTITIES and (
        token.lemma_.lower() in roles or token.lower_ in roles)


GROUPS_RULE = "events.senses.groups_attacked_in_words"


def _named_in(token: Token, words: frozenset[str]) -> bool:
    """By lemma or form, a noun: "immigrants", "PAC"."""
    return token.pos in PS_NOUN_PROPN and (token.lemma_.lower() in words or token.lower_ in words)


def _person_attacks_person(verb: Token, doers: list[Token], targets: list[Token],
                           also: Callable[[Token], bool] | None = None) -> bool:
    """ "has been attacking the governor for weeks", "urged the candidates to stop attacking each other": a person of
    public life attacking another, with no word of force in the sentence but the verb itself, attacks in words
    (senses.yaml attack_on_a_person). `also` admits other doers and targets (a pronoun, for an election won)."""
    roles = sense_words("public_roles", PERSON_ATTACK_RULE)
    if not roles or not doers or not targets:
        return False
    personal = sense_words("personal_objects", PERSON_ATTACK_RULE)
    bodies = sense_words("campaign_bodies", GROUPS_RULE)  # "a super PAC backing the governor attacked ..."
    if not all(_public_person(d, roles) or (also is not None and also(d)) or _named_in(d, bodies) for d in doers):
        return False
    groups = sense_words("attacked_groups", GROUPS_RULE)
    # "attacking Latinos": a people named by its origin or creed, as words attack it; "attacks on immigrants": a group
    if not all(_public_person(t, roles) or (t.ent_type == E_NORP and t.pos in PS_NOUN_PROPN) or _named_in(t, groups)
               or (t.lower_ in personal and t.pos in PS_PRON_DET_ADJ_NUM)
               or (t.lower_ == "other" and any(c.lower_ in personal for c in dependents(t)))
               or (also is not None and also(t)) for t in targets):
        return False
    return _no_force(verb)


def _no_force(verb: Token, repeated: bool = False) -> bool:
    """No word of force in the verb's sentence but the verb itself (senses.yaml attack_on_a_person force_marks); with
    `repeated`, the verb's own word said again ("going to beat the senator, going to beat the governor") is the same
    figure, no word of force either."""
    force = sense_words("force_marks", PERSON_ATTACK_RULE)
    doc = verb.doc
    own = verb.lemma_.lower() if repeated else None
    return not any((t.lemma_.lower() in force or t.lower_ in force) and t.i != verb.i and t.lemma_.lower() != own
                   for t in doc[_sentence_start(verb):_sentence_end(verb)])


ABUSE_RULE = "events.senses.abuse_of_power"


def _abuse_of_power(noun: Token) -> bool:
    """ "convicted of abuse of office", "abuse of power": the abuse of a power, an office or a process is its misuse,
    no person ill-treated (senses.yaml abuse_of_power)."""
    things = sense_words("misused_things", ABUSE_RULE)
    return bool(things) and noun.lemma_.lower() == "abuse" and any(
        g.dep == D_POBJ and g.lemma_.lower() in things for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of"
        for g in dependents(c))


ELECTION_RULE = "events.senses.election_won"
CANDIDACY_RULE = "events.senses.candidacy_race"
WON_TYPES = frozenset({"ASSAULT", "COERCE"})  # "beat", "defeat" (force); "capture" (force or an arrest)
VOTE_DASHES = frozenset({"-", "\u2013", "\u2014", "to"})


def _election_won(verb: Token) -> bool:
    """ "would beat him 53 percent to 36 percent", "captured Florida by 74,000 votes", "was beaten in the primary",
    "the candidate who can beat the senator": a win told with the vote, an election, or between two persons of public
    life with no word of force is an election won, no force used (senses.yaml election_won)."""
    if verb.lemma_.lower() not in sense_words("win_verbs", ELECTION_RULE) or any(
            c.dep == D_PRT and c.lower_ == "up" for c in dependents(verb)):
        return False  # "beat up": force
    units, contests = sense_words("vote_units", ELECTION_RULE), sense_words("contests", ELECTION_RULE)
    doc = verb.doc
    phrases = [g for c in dependents(verb) if c.dep in DS_PREP_AGENT for g in dependents(c) if g.dep == D_POBJ]
    for noun in phrases:
        if noun.head.lower_ == "by" and noun.lemma_.lower() in units and any(
                n.like_num for n in noun.subtree):
            return True  # "by about 74,000 votes"
        if noun.head.lower_ in ("in", "at") and (noun.lemma_.lower() in contests or noun.lower_ in contests):
            return True  # "in the Republican primary"
    for t in doc[verb.i:verb.right_edge.i + 1]:
        if t.like_num and t.i + 3 < len(doc) and doc[t.i + 1].lower_ in units and doc[t.i + 2].lower_ in VOTE_DASHES \
                and doc[t.i + 3].like_num:
            return True  # "53 percent to 36 percent"
    objs = _objects(verb)
    doers = _attack_doers(verb)
    if not doers and verb.dep in DS_RELCL_ACL:
        doers = [verb.head]  # "the most qualified candidate to beat her"
    month = any(g.ent_type == E_DATE and g.head.lower_ == "in" for g in phrases)  # "beat her in November"
    pronouns = sense_words("personal_objects", PERSON_ATTACK_RULE) | {"he", "she", "they", "i", "we", "you"}
    # the race named by its candidates, campaign or debate as by its vote (senses.yaml candidacy_race)
    race = sense_words("race_words", ELECTION_RULE)
    race = race | sense_words("candidacy_words", CANDIDACY_RULE) if race else race
    # "polls show the senator beating the governor": the sentence speaks of the race
    raced = bool(race) and any((t.lemma_.lower() in race or t.lower_ in race) and t.i != verb.i
                               for t in doc[_sentence_start(verb):_sentence_end(verb)])

    def person(token: Token) -> bool:
        return (month or raced) and token.pos == P_PRON and token.lower_ in pronouns

    if raced and objs:
        roles = sense_words("public_roles", PERSON_ATTACK_RULE)
        # a win said twice in the race's sentence is one figure (senses.yaml candidacy_race)
        if all(_public_person(o, roles) or person(o) for o in objs) and _no_force(verb, is_on(CANDIDACY_RULE)):
            return True  # a person of public life beaten in the race, whoever beats them
    # "could snatch all 40 delegates when the state votes": a share of the vote taken, with the race named, is won
    if objs and all(o.lemma_.lower() in units for o in objs) and _no_force(verb) and any(
            (t.lemma_.lower() in race or t.lemma_.lower() in contests) and t.i != verb.i and t not in objs
            for t in doc[_sentence_start(verb):_sentence_end(verb)]):
        return True
    return _person_attacks_person(verb, doers, objs, person)


CONTEST_RULE = "events.senses.contest_fights"
CONTEST_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
OWN_PRONOUNS = frozenset({"his", "her"})


def _contest_fight(word: Token, noun: bool) -> bool:
    """ "her nomination battle", "a war of words", "her battle with the senator", "Sanders and Clinton battled over the
    plan": a fight told as a contest, or fought between persons of public life with no word of force, is a race or a
    quarrel, no force used (senses.yaml contest_fights)."""
    fights = sense_words("fight_words", CONTEST_RULE)
    if not fights or (word.lemma_.lower() not in fights and word.lower_ not in fights):
        return False
    if noun:
        kinds, said = sense_words("contest_kinds", CONTEST_RULE), sense_words("word_contests", CONTEST_RULE)
        if any(c.dep_ in CONTEST_MODIFIERS and (c.lemma_.lower() in kinds or c.lower_ in kinds)
               for c in dependents(word)):
            return True  # "a tough re-election battle", "the legal battle"
        if any(g.lemma_.lower() in said or g.lower_ in said for g in prep_objects(word, ("of",))):
            return True  # "a war of words"
        doers = [c for c in dependents(word) if c.dep == D_POSS]
        targets = prep_objects(word, ("with", "against"))
        between = prep_objects(word, ("between",))
        if not doers and between:
            doers, targets = between[:1], list(between[0].conjuncts)  # "the battle between Clinton and Sanders"
    else:
        doers = _attack_doers(word)
        targets = _objects(word) + prep_objects(word, ("with", "against"))
    if doers and not targets:
        targets = [c for d in doers for c in d.conjuncts]  # "Sanders and Clinton battled": one against the other
    if not doers or not targets:
        return False

    def own(token: Token) -> bool:  # "her battle with Sanders": a person fights, as "his"/"her" tells
        return token.dep == D_POSS and token.lower_ in OWN_PRONOUNS

    return _person_attacks_person(word, doers, targets, own)


CONTEST_SIDE_RULE = "events.senses.contest_one_side"


def _contest_side(word: Token, noun: bool) -> list[Token] | None:
    """ "a strong ally, attacking the nominee and touring the campaign's offices", "the fight with her rival still
    drains her campaign": a word of force aimed only at persons of public life, whose doer is
    unnamed in its clause or is one too, in a sentence that speaks of an electoral contest (senses.yaml
    contest_one_side: a campaign, a race, a debate, a poll, an ad) and names nothing material (force_marks), is the
    contest told in words of force. Returns the persons aimed at where the clause names the attacker (the caller reads
    an attack as criticism of them, a fight as the race, no event), [] where it names none (no event), or None where
    the rule does not hold. "The attack on the senator at the rally left
    him bleeding" names a wound and stays."""
    words = sense_words("contest_force_words", CONTEST_SIDE_RULE)
    if not words or (word.lemma_.lower() not in words and word.lower_ not in words):
        return None
    roles = sense_words("public_roles", PERSON_ATTACK_RULE)
    bodies = sense_words("campaign_bodies", GROUPS_RULE)
    if noun:
        doers = [c for c in dependents(word) if c.dep == D_POSS] + prep_objects(word, ("by",))
        targets = prep_objects(word, ("on", "against", "with"))
    else:
        doers = _attack_doers(word)
        targets = _objects(word) + prep_objects(word, ("with", "against"))
    def public(token: Token) -> bool:  # "Governor Ruiz": a name under a title of public life
        return _public_person(token, roles) or any(c.dep == D_COMPOUND and _public_person(c, roles)
                                                   for c in dependents(token))

    if not targets or not all(public(t) for t in targets):
        return None
    if not all(public(d) or _named_in(d, bodies) or (d.pos == P_PRON and d.lower_ not in
                                                                      ("it", "this", "that", "which")) for d in doers):
        return None
    settings = sense_words("contest_settings", CONTEST_SIDE_RULE)
    doc = word.doc
    sides = {t.i for t in (*targets, *doers)}  # "the attack on the candidate": the side alone sets no contest
    if not any((t.lemma_.lower() in settings or t.lower_ in settings) and t.i != word.i and t.i not in sides
               for t in doc[_sentence_start(word):_sentence_end(word)]):
        return None
    if not _no_force(word):
        return None
    # with no one named as the attacker, no criticism is kept: one with no critic would join another's by its target
    # alone ("the attacks on the senator" in 2004 merged into a 2016 rebuke of another)
    return targets if doers else []


NOUN_SETTING_PREPS = SETTING_PREPS | {"including"}  # "attacks on Ruiz, including Friday's tweets"


def _attack_noun_in_words(noun: Token, frame: Frame) -> tuple[bool, list[Token]]:
    """The noun "attack" in words (senses.yaml attack_in_words): "attacks on his record" (an abstract thing it is
    on), "his attacks on the senator in the debate" or "including the tweets" (a setting for words, on the noun or
    on the verb it is the object of) is criticism, aimed at whose the thing is or at the party it is on."""
    if frame.event_type != "ASSAULT":
        return False, []
    strict = noun.lemma_.lower() in sense_words("assault_nouns", ASSAULT_WORDS_RULE)
    if not strict and noun.lemma_.lower() not in sense_words("attack_words", "events.senses.attack_in_words"):
        return False, []
    abstract = sense_words("abstract_objects", "events.senses.attack_in_words")
    settings = sense_words("speech_settings", "events.senses.attack_in_words")
    on = prep_objects(noun, ("on", "against"))
    governor = noun.head.head if noun.dep == D_POBJ else noun.head if noun.dep == D_DOBJ else None
    holders = [noun] + on + ([governor] if governor is not None else [])  # "doubled down on his attacks, including"
    # the noun's own "on" phrase is what it is on ("the attack on the border post"), never where words were said
    phrases = [g for h in holders for c in dependents(h) if c.dep == D_PREP and c.lower_ in NOUN_SETTING_PREPS
               and not (h is noun and c.lower_ in ("on", "against")) for g in dependents(c) if g.dep == D_POBJ]
    spoken = any(g.lemma_.lower() in settings or g.lower_ in settings for g in phrases)
    # "went on the attack on television": a medium named bare after "on" is where words were said, no one attacked
    # ("attacks on the government websites", with its determiner, is a thing attacked)
    aired = [o for o in on if o.head.lower_ == "on" and (o.lemma_.lower() in settings or o.lower_ in settings)
             and not any(c.dep in DS_DET_POSS_COMPOUND_AMOD for c in dependents(o))]
    spoken = spoken or bool(aired)
    on = [o for o in on if o not in aired]
    # "attacks on the senator about her birthplace": force is not done about a topic
    topics = sense_words("topic_marks", "events.senses.attack_in_words")
    spoken = spoken or any(c.dep == D_PREP and c.lower_ in topics for h in (noun, *on) for c in dependents(h))
    spoken = spoken or _said_attack(noun, abstract, settings)
    things = [o for o in on if o.lemma_.lower() in abstract or o.lower_ in abstract]
    if not things and not spoken:
        doers = [c for c in dependents(noun) if c.dep == D_POSS]
        if doers and all(d.pos == P_PRON for d in doers) and governor is not None:
            # "stepped up her attacks on ...": she; "was most direct in his attacks": his, when the governor has none
            doers = [c for c in dependents(governor) if c.dep == D_NSUBJ] or doers
        targets = on
        if not doers and governor is not None and noun.dep == D_DOBJ and \
                governor.lemma_.lower() not in role_words()["undergoer_verbs"]:
            doers = [c for c in dependents(governor) if c.dep == D_NSUBJ]  # "launched an attack on ...": its doer
        if not doers:
            doers = prep_objects(noun, ("from",))  # "faced mounting attacks from two rivals"
            doers += [c for d in doers for c in d.conjuncts]
        if not targets and noun.dep == D_DOBJ and noun.head.lemma_.lower() in role_words()["undergoer_verbs"]:
            targets = [c for c in dependents(noun.head) if c.dep == D_NSUBJ]  # "Rubio faced attacks from ...": Rubio
            targets += [c for t in targets for c in t.conjuncts]
        if strict:  # "his assault on the senator": persons of public life named on both sides, no group
            roles = sense_words("public_roles", PERSON_ATTACK_RULE)
            if targets and all(_public_person(t, roles) for t in targets) and _person_attacks_person(
                    noun, doers, targets, _own_pronoun):
                return True, targets
            return False, []
        if _person_attacks_person(noun, doers, targets, _own_pronoun):
            return True, targets
        if doers and not targets and not any(d.pos == P_PRON for d in doers) and _person_attacks_person(
                noun, doers, doers):
            return True, []  # "took most attacks from her rivals", no one named attacked: words among persons
        return False, []
    return True, [t for o in things for t in owners(o)] + [o for o in on if o not in things]


ASSAULT_WORDS_RULE = "events.senses.assault_in_words"


def _own_pronoun(token: Token) -> bool:
    """ "her attacks on the auditor": "his"/"her" as the one attacking is a person (senses.yaml attack_on_a_person)."""
    return token.dep == D_POSS and token.lower_ in OWN_PRONOUNS


def _said_attack(noun: Token, abstract: frozenset[str], settings: frozenset[str]) -> bool:
    """ "the mayor's Twitter attacks", "personal attacks", "attacks from the senator over the mining law": an attack qualified
    by a medium or a word of speech, or one "over" an abstract thing, is made in words (senses.yaml attack_in_words
    verbal_modifiers)."""
    said = sense_words("verbal_modifiers", "events.senses.attack_in_words") | settings
    if any(c.dep in DS_COMPOUND_AMOD and (c.lemma_.lower() in said or c.lower_ in said) for c in dependents(noun)):
        return True
    return any(g.lemma_.lower() in abstract or g.lower_ in abstract for g in prep_objects(noun, ("over",)))


def _obligation(clause: Token, speech_verb: Token) -> Token | None:
    """The clause's verb if it says someone must or should act ("Israel must end ...", "Iran needs to stop")."""
    words = demand_words()
    children = dependents(clause)
    auxes = [c for c in children if c.dep in DS_AUX_AUXPASS]
    if any(c.lower_ in words["obligation_modals"] for c in auxes):
        # "should have known", "must have been": a modal with the perfect looks back, a reproach or a guess, no act asked
        return None if any(c.lemma_.lower() in words["perfect_after_modal"] and c.tag == T_VB for c in auxes) else clause
    if clause.lemma_.lower() not in words["obligation_verbs"]:
        return None
    action = next((c for c in children if c.dep == D_XCOMP), None)
    if action is None or _no_obligation(clause, action, speech_verb):
        return None
    if any(c.dep == D_PREP and f"{action.lemma_.lower()} {c.lower_}" in words["phrases_not_obligations"]
           for c in dependents(action)):
        return None  # "the quarrel has to do with money": a set phrase, "concerns"
    return action


OBLIGATION_FRAME_RULE = "events.demands.obligation_frame"


def _no_obligation(verb: Token, action: Token, speech_verb: Token) -> bool:
    """ "have a long road to walk", "the office is not needed to oversee schools", "an operation had to be aborted","
    he said: a verb of having or needing that owns an object or is itself passive tells no duty on a party, and one in
    the past tense inside a direct quotation tells what was necessary then (reported speech alone shifts a demand into
    the past: "Turkey said Greece had to withdraw") (demands.yaml obligation_frame)."""
    if not is_on(OBLIGATION_FRAME_RULE):
        return False
    children = dependents(verb)
    if any(c.dep in (D_DOBJ, D_AUXPASS) for c in children) or verb.tag == T_VBN and any(
            c.dep == D_AUX and c.lemma == L_BE for c in children):
        return True
    if verb.tag != T_VBD:
        return False
    low, high = sorted((verb.i, speech_verb.i))
    return any(t.is_quote for t in verb.doc[low:high])  # the speaker's own words: no backshift, a past necessity


def _reported_demands(speech_verbs: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Demands made by saying what another party must do; the demanded event is folded in."""
    demands = []
    for verb in speech_verbs:
        if columns(verb.doc).pos[verb.i] != VERB_POS:  # verb.pos_ != "VERB"
            continue
        for clause in (c for c in dependents(verb) if c.dep == D_CCOMP):
            action = _obligation(clause, verb)
            if action is None or action.lemma_.lower() in demand_words()["states_not_acts"]:
                continue  # (no act asked for: "the city should not lose its funding" is an opinion, no demand)
            speaker, _ = subject_of(verb)
            doer, passive = subject_of(action)
            if speaker is None or (doer is not None and (doer.i == speaker.i or doer.pos == P_PRON)):
                continue  # "we must act", "Iran says it must act": a resolve, not a demand on someone else
            cand = Candidate(frame=demand_frame(), anchor=verb, trigger=[verb, clause, action],
                             sources=[speaker], targets=[doer] if doer is not None and not passive else [])
            inner = next((c for c in found if c.anchor.i in (clause.i, action.i) and not c.absorbed), None)
            if inner is not None:
                inner.absorbed = True
                cand.cameo = wrapper_codes().get("REQUEST", {}).get(inner.frame.event_type)
                cand.targets += inner.targets if inner.frame.roles != "reciprocal" else []
                cand.trigger += [t for t in inner.trigger if t not in cand.trigger]
            demands.append(cand)
    return demands


def _blame_word(clause: Token) -> Token | None:
    """ "Y was responsible (for ...)", "Y was behind the attack", "Y was to blame": the word that lays the blame."""
    if clause.lemma != L_BE:
        return None
    for child in dependents(clause):
        if child.dep == D_ACOMP and child.lemma_.lower() in demand_words()["blame_words"]:
            return child
        if child.dep == D_PREP and child.lower_ == "behind" and any(g.dep == D_POBJ for g in dependents(child)):
            return child
        if child.dep == D_XCOMP and child.lemma_.lower() == "blame":
            return child
    return None


def _reported_blame(speech_verbs: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Blame laid by saying who was responsible ("Kabul said the Taliban were behind the attack"): ACCUSE.

    A party owning up ("the group said it was responsible") accuses no one: a pronoun or the speaker itself
    as the one held responsible makes no event. The clause's own negation or modal decides factuality.
    """
    blames = []
    for verb in speech_verbs:
        if columns(verb.doc).pos[verb.i] != VERB_POS:  # verb.pos_ != "VERB"
            continue
        speaker: Token | None | object = _UNREAD  # the speaker, read when a clause lays blame (most say nothing of it)
        for clause in (c for c in dependents(verb) if c.dep == D_CCOMP):
            word = _blame_word(clause)
            if word is None:
                continue
            if speaker is _UNREAD:
                speaker, _ = subject_of(verb)
            if not isinstance(speaker, Token):
                break  # no speaker: no blame laid by this verb
            blamed, _ = subject_of(clause)
            if blamed is None or blamed.pos == P_PRON or blamed.i == speaker.i:
                continue
            inner = [c for c in found if c.anchor.head.i == clause.i and c.frame.event_type == "ACCUSE"]
            for cand in inner:  # "were to blame": the blame word's own reading goes with this one
                cand.absorbed = True
            blames.append(Candidate(frame=blame_frame(), anchor=clause, trigger=[clause, word],
                                    sources=[speaker], targets=[blamed]))
    return blames


@lru_cache(maxsize=1)
def _lexicon_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """String ids of every lemma a trigger can have (in the cases a lemma comes in), and of the modals.

    Built from every frame, whatever is switched off: a filter cached once must not keep the switches of the
    first call (the frames switched off are left out later, by verb_frames and noun_frames)."""
    words = set(all_frames("verb")) | set(all_frames("noun")) | set(demand_words()["speech_verbs"])
    cased = {form for word in words for form in (word, word.capitalize(), word.title(), word.upper())}
    modals = {str(m) for m in demand_words()["obligation_modals"]}
    return frozenset(get_string_id(w) for w in cased), frozenset(get_string_id(w) for w in modals)


def lexicon_marks(doc: Doc) -> tuple[list[int], list[int]]:
    """The numbers of the document's tokens whose lemma may be a lexicon word, and of those that are an obligation
    modal, in text order (a sentence finds its own by bisection).

    Set look-ups on the string-id columns the earlier stages already read (nlp.arrays.columns), so that only the
    few marked tokens become Python objects: for a news story of a hundred words NumPy's fixed cost per call was
    most of the work.
    """
    lemmas, modals = _lexicon_hashes()
    held = columns(doc)
    return (list(compress(count(), map(lemmas.__contains__, held.lemma))),
            list(compress(count(), map(modals.__contains__, held.lower))))


_lowered: dict[int, int] = {}  # a lemma's string id -> the id of the lemma lower-cased (ids are hashes of the string)


def _word_columns(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the string id of its form lower-cased, and of its lemma lower-cased (as the frames read them).
    Read once per document and kept in one slot of module globals (as nlp.arrays keeps its own), read inline: every
    verb frame and noun phrase asks."""
    if doc is not _words_doc:
        _words_for(doc)
    return _words_now


def _words_for(doc: Doc) -> None:
    """Make `doc` the document _word_columns answers for, with its columns read."""
    global _words_doc, _words_now  # noqa: PLW0603  (the one slot, read inline)
    _words_now = _read_word_columns(doc)
    _words_doc = doc


_words_doc: Doc | None = None  # the document _word_columns last answered for
_words_now: tuple[list[int], list[int]] = ([], [])  # and its two columns


def _read_word_columns(doc: Doc) -> tuple[list[int], list[int]]:
    held = columns(doc)  # the document's shared columns: read them, never change them
    lemmas = held.lemma
    strings = doc.vocab.strings
    for lemma in set(lemmas).difference(_lowered):
        _lowered[lemma] = get_string_id(strings[lemma].lower())
    return held.lower, list(map(_lowered.__getitem__, lemmas))


_lemma_text: dict[int, str] = {}  # a lemma's string id -> the lemma lower-cased (ids are hashes of the string)
VERBAL_POS = frozenset({get_string_id("VERB"), get_string_id("AUX")})
VERB_POS = get_string_id("VERB")
_UNREAD = object()
NOUN_POS, ADJ_POS = get_string_id("NOUN"), get_string_id("ADJ")


def _speech_set(words: list[str]) -> frozenset[str] | list[str]:
    """The reporting verbs as a set, made once per list (demand_words gives the same list while no rule changes)."""
    held = _speech_held
    if held[0] is not words:
        held[0], held[1] = words, frozenset(words)
    return held[1]


_speech_held: list = [None, frozenset()]


def candidates_in(sentence: Span, marks: tuple[list[int], list[int]] | None = None) -> list[Candidate]:
    """Every event trigger in the sentence that survives absorption, in text order.

    `marks` is lexicon_marks(sentence.doc), computed once per document by a caller that walks many sentences.
    """
    verbs, nouns = verb_frames(), noun_frames()
    speech = _speech_set(demand_words()["speech_verbs"])
    marked, modals = marks if marks is not None else lexicon_marks(sentence.doc)
    doc = sentence.doc
    held = columns(doc)  # lemmas and parts of speech by token number: a marked word becomes a Token only if it is kept
    lemmas, tags = held.lemma, held.pos
    verb_tokens: list[Token] = []
    noun_tokens: list[Token] = []
    speech_tokens: list[Token] = []
    for i in marked[bisect_left(marked, sentence.start):bisect_left(marked, sentence.end)]:
        lemma = _lemma_text.get(lemmas[i])
        if lemma is None:
            lemma = _lemma_text[lemmas[i]] = doc.vocab.strings[lemmas[i]].lower()  # token.lemma_.lower()
        is_verb, is_noun, is_speech = lemma in verbs, lemma in nouns, lemma in speech
        if not (is_verb or is_noun or is_speech):
            continue
        token = doc[i]  # one Token for the lists it goes in
        if is_verb:
            verb_tokens.append(token)
        if is_noun:
            noun_tokens.append(token)
        if is_speech:
            speech_tokens.append(token)
    if not verb_tokens and not noun_tokens and bisect_left(modals, sentence.start) == bisect_left(modals, sentence.end):
        return []
    found: list[Candidate] = []
    lights = light_verbs()
    verbal_heads: set[int] = set()
    open_wrappers: set[int] = set()  # wrapper verbs with no object in their pattern: "offered criticism"
    for token in verb_tokens:
        pos = tags[token.i]  # token.pos_, by string id
        if pos in VERBAL_POS or (pos == NOUN_POS and token.tag_.startswith("VB")) or (
                pos == ADJ_POS and any(c.dep == D_XCOMP for c in dependents(token))):
            match = _verb_frame(token)
            if match is not None:
                frame, obj = match
                if _received_with(token, frame) or _indirect_question(token, obj) or _press_only(token, frame) \
                        or _audience_appeal(token, frame) or _among_nouns(token) or _campaign_rally(token, frame) \
                        or set_aside(token, frame) or (frame.event_type in WON_TYPES and _election_won(token)) \
                        or (frame.event_type == "ASSAULT" and _contest_fight(token, noun=False)):
                    continue
                in_words, aimed_at = _attack_in_words(token, frame)
                if not in_words and frame.event_type == "ASSAULT":
                    contested = _contest_side(token, noun=False)
                    if contested is not None:
                        if not contested or token.lemma_.lower() not in sense_words(
                                "attack_words", "events.senses.attack_in_words"):
                            continue  # "fighting the senator in the primary": the race, no event
                        in_words, aimed_at = True, contested  # "attacking Mr. Trump": criticism of him
                if in_words:
                    if not aimed_at:
                        continue  # "attacked the loophole": criticism of no party, no event
                    cand = _verbal(token, criticism_frame(), None)
                    cand.targets = aimed_at  # "attacked Ruiz's record": Ruiz, not the record
                    found.append(cand)
                    verbal_heads.add(token.i)
                    continue
                if _noun_says_more(token, frame, lights):
                    continue  # "sent a message of condolence": the noun, not "send", says what was done
                cand = _verbal(token, frame, obj)
                troops = _troops(cand.doer) if frame.cameo == "042" else None
                if troops is not None:  # "peacekeepers arrived in Juba": a deployment, not a visit
                    cand.frame = arrival_frame(frame, troops)
                found.append(cand)
                verbal_heads.add(token.i)
                if frame.wrapper and not frame.obj:
                    open_wrappers.add(token.i)
    for token in noun_tokens:
        if tags[token.i] not in PS_NOUN_PROPN or token.ent_type in ES_PERSON_GPE_NORP:
            continue
        if token.ent_type and token.ent_iob != IOB_O and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob == IOB_I:
            continue  # inside a name; the last word of "the Asean Summit" still counts
        frame = _noun_frame(token)
        if frame is None or (frame.event_type == "SUPPORT" and (_poll_figure(token) or _support_held(token))) or _audience_appeal(token, frame) \
                or _campaign_rally(token, frame) or (frame.event_type == "THREATEN" and threat_faced(token)) \
                or (frame.event_type == "PROTEST" and march_to_a_goal(token)) \
                or (frame.event_type == "ASSAULT" and (_abuse_of_power(token) or _contest_fight(token, noun=True))) \
                or noun_unfit(token, frame):
            continue
        in_words, aimed_at = _attack_noun_in_words(token, frame)
        if not in_words and frame.event_type == "ASSAULT":
            contested = _contest_side(token, noun=True)
            if contested is not None:
                if not contested or token.lemma_.lower() not in sense_words("attack_words",
                                                                            "events.senses.attack_in_words"):
                    continue  # "the battle against Mr. Sanders": the race, no event
                in_words, aimed_at = True, contested  # "the attacks on the senator" in a race: criticism
        if in_words:
            if not aimed_at:
                continue  # "attacks on the loophole": criticism of no party, no event
            frame = criticism_noun_frame()
        head, dep = _governor(token)
        if dep in OBJECT_DEPS and head.i in verbal_heads and head.i not in open_wrappers:
            continue  # the verb frame already covers its object ("imposed sanctions")
        if dep == "nsubj" and head.i in verbal_heads:
            continue  # "Israeli airstrikes hit Gaza": the verb tells it, the noun names the doer
        if dep in OBJECT_DEPS and (head.i in open_wrappers or (tags[head.i] in PS_VERB_AUX and (
                head.lemma_.lower() in lights or head.lemma_.lower() in role_words()["undergoer_verbs"]))):
            found.append(_nominal(token, frame, head))
        elif _has_nominal_argument(token) or (frame.modifier_source and _has_modifier(token)):
            found.append(_nominal(token, frame, None))
        else:
            continue
        if in_words:
            found[-1].targets = aimed_at  # "attacks on his biography": its owner, not the biography
    found.sort(key=lambda c: c.start)
    _absorb(found)
    found += _reported_demands(speech_tokens, found)
    found += _reported_blame(speech_tokens, found)
    found.sort(key=lambda c: c.start)
    kept = [c for c in found if not c.absorbed and not _non_agent(c)]
    return _without_purposes(kept)


def _purpose_of(cand: Candidate) -> Token | None:
    """The word whose act this candidate's clause is the purpose of ("sent troops to help X": sent)."""
    anchor = cand.anchor
    if anchor.dep == D_ADVCL and any(c.dep == D_AUX and c.lower_ == "to" for c in dependents(anchor)):
        return anchor.head
    return None


def _without_purposes(cands: list[Candidate]) -> list[Candidate]:
    """Drop an event that is only the aim of another coded act: PLOVER codes the act, not what it was for."""
    if len(cands) < 2:
        return cands
    owners = {i: c for c in cands for i in c.tokens}
    kept = []
    for cand in cands:
        purpose = _purpose_of(cand)
        owner = owners.get(purpose.i) if purpose is not None else None
        # an aim of force, protest or inquiry says what the act was ("sent jets to destroy", "shunned work to protest",
        # "sent experts to Bolivia to investigate"): both stay; a cooperative aim only explains a cooperative act
        # ("sent troops to help the army")
        if owner is not None and owner is not cand and cand.frame.event_type not in PURPOSES_OF_THEIR_OWN:
            owner.targets = owner.targets + cand.targets  # "sent troops to help the army": whom it was for
            continue
        kept.append(cand)
    return kept
