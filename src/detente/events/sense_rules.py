"""Sense rules that set a verb frame's match aside when the clause tells something else (issue 14, false events).

Each rule is named in events/data/senses.yaml with its words, id and examples: an opinion or a forecast voiced with a
verb of agreeing or warning (claims_not_acts), a question put about a topic or by the press (questions_asked) or to
someone, whether or how (question_to_someone), a contest for a prize (contest_for), a journey made to campaign
(campaign_trip), an imperative addressed to the reader (imperative_address), a subject counted one after another
(one_after_another), an act sanctioned, that is authorised (sanction_authorise), help with an act to do and no one
helped (help_take_part). Kept apart from detect.py, which calls
`set_aside` once per matched verb frame, so the rules read as one list.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.arguments import _sentence_end, _sentence_start
from detente.events.frame_fit import _is_party, fit42_words, unfit
from detente.events.lexicon import Frame, display_things, non_agents, sense_words
from detente.nlp.arrays import string_ids
from detente.nlp.labels import (
    D_ACL,
    D_ADVCL,
    D_AGENT,
    D_CCOMP,
    D_CONJ,
    D_DOBJ,
    D_MARK,
    D_NSUBJ,
    D_NSUBJPASS,
    D_POBJ,
    D_PREP,
    D_RELCL,
    D_ROOT,
    D_XCOMP,
    DS_ACL_RELCL,
    DS_AUX_AUXPASS,
    DS_AUX_AUXPASS_NEG,
    DS_AUXPASS_NSUBJPASS,
    DS_CCOMP_PARATAXIS,
    DS_CCOMP_PARATAXIS_ADVCL,
    DS_CCOMP_XCOMP,
    DS_COMPOUND_AMOD_NMOD,
    DS_DOBJ_DATIVE_IOBJ,
    DS_DOBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_AUX_AUXPASS_EXPL_CSUBJ,
    DS_PREP_AGENT,
    DS_PREP_PRT_ADVMOD,
    DS_XCOMP_ADVCL,
    DS_XCOMP_CCOMP,
    DS_XCOMP_DOBJ_DATIVE,
    P_NOUN,
    P_PRON,
    P_VERB,
    PS_VERB_AUX,
    T_PRP,
    T_VB,
    T_VBN,
    T_VBP,
    TS_NN_NNS,
    TS_VB_VBG,
    TS_VBZ_VBP,
)
from detente.nlp.perdoc import dependents
from detente.rules import is_on

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PAST_OR_THIRD = frozenset({"VBD", "VBZ"})
RALLY_RULE = "events.senses.campaign_rally"



def set_aside(verb: Token, frame: Frame) -> bool:
    """Whether one of this module's sense rules sets the verb's frame aside: no event from this match."""
    kind = frame.event_type  # each rule reads one kind of frame: the others are not called for this one
    if kind in CLAIM_TYPES:
        if _opinion_or_forecast(verb, frame):
            return True
    elif kind == "REQUEST":
        if _question_put(verb, frame):
            return True
    elif (kind == "ASSAULT" and (_contest_for(verb, frame) or _won_by_a_score(verb) or _dismissed(verb, frame)
                                 or _particle_sense(verb) or _struck_as(verb))) or (
            kind == "SANCTION" and _authorised(verb)) or (kind == "AID" and (_helped_to_do(verb) or _escorted_out(verb))):
        return True
    if (kind == "THREATEN" and _threat_as_state(verb)) or (kind == "RETREAT" and _door_opened_to(verb, frame)):
        return True
    if _figurative(verb, frame, kind) or unfit(verb, frame, kind):
        return True
    return (frame.cameo == "042" and _campaign_trip(verb, frame)) or _imperative(verb) or _one_after_another(verb)


CLAIM_TYPES = frozenset({"AGREE", "THREATEN"})


IMPERATIVE_RULE = "events.senses.imperative_address"
SKIPPED_BEFORE = frozenset({"PUNCT", "SPACE", "INTJ"})


def _imperative(verb: Token) -> bool:
    """ "Look at how much they suffer", "Watch on YouTube": a sentence (or a quotation) opening on a bare verb with no
    subject or auxiliary tells the reader or a listener to do something, and one opening on a gerund ("Examining the
    U.N.'s Record") is a heading; neither reports an act (senses.yaml imperative_address)."""
    if verb.tag not in TS_VB_VBG or not is_on(IMPERATIVE_RULE):
        return False
    quoted = verb.tag == T_VB and verb.dep in DS_CCOMP_PARATAXIS_ADVCL and verb.head.i > verb.i and any(
        t.is_quote for t in verb.doc[_sentence_start(verb):verb.i])
    if verb.dep != D_ROOT and not quoted:
        return False  # not the sentence's own verb, nor a quotation opening before its verb of saying
    if any(c.dep in DS_NSUBJ_NSUBJPASS_AUX_AUXPASS_EXPL_CSUBJ for c in dependents(verb)):
        return False
    first = _sentence_start(verb)  # verb.sent.start, without making the sentence's Span
    return all(t.pos_ in SKIPPED_BEFORE for t in verb.doc[first:verb.i])


DISTRIBUTIVE_RULE = "events.senses.one_after_another"
_SUBJECTS = string_ids(("nsubj", "nsubjpass"))


def _one_after_another(verb: Token) -> bool:
    """ "Country after country flouts that treaty": a subject counted one by one over a kind says what such parties
    do, not what one did (senses.yaml one_after_another)."""
    subjects = [c for c in dependents(verb) if c.dep in _SUBJECTS and c.n_lefts + c.n_rights]  # `dep`: by string id
    if not subjects:
        return False  # no subject with words of its own: nothing counted
    preps = sense_words("distributive_preps", DISTRIBUTIVE_RULE)
    if not preps:
        return False
    for subject in subjects:
        if any(p.dep == D_PREP and p.lower_ in preps and any(
                g.dep == D_POBJ and g.lemma_.lower() == subject.lemma_.lower() for g in dependents(p))
               for p in dependents(subject)):
            return True
    return False


CLAIM_RULE = "events.senses.claims_not_acts"


def _claimed_state(clause: Token) -> bool:
    """ "the plan was flawed", "the figures could be wrong": a that-clause telling a state of things (a past or present
    tense, or a modal of possibility), not an act to be done ("would start", "must withdraw", "be held")."""
    auxes = [c for c in dependents(clause) if c.dep in DS_AUX_AUXPASS]
    lowered = {a.lower_.replace("\u2019", "'") for a in auxes}
    if lowered & sense_words("act_modals", CLAIM_RULE):
        return False
    if lowered & sense_words("possibility_modals", CLAIM_RULE):
        return True
    if any(a.tag_ in FINITE_TAGS for a in auxes) or clause.tag_ in PAST_OR_THIRD:
        return True  # "had been sabotaged", "are suffering", "was flawed", "has the following tasks"
    # a plural present is a subjunctive in form too ("suggested that the two sides resume talks"): only "be" tells a state
    return clause.tag == T_VBP and clause.lemma_.lower() == "be"


def _opinion_or_forecast(verb: Token, frame: Frame) -> bool:
    """ "agreed that the plan was flawed", "suggested that the figures could be wrong", "warned that growth could
    slow": an opinion or a forecast voiced, no act agreed, offered or threatened (senses.yaml claims_not_acts)."""
    if frame.event_type not in ("AGREE", "THREATEN") or verb.lemma_.lower() not in sense_words("claim_verbs", CLAIM_RULE):
        return False
    children = dependents(verb)
    if any(c.dep in DS_XCOMP_DOBJ_DATIVE for c in children):
        return False  # "agreed to resume talks", "warned Iran that ...": an act, or someone warned
    marks = sense_words("condition_marks", CLAIM_RULE)
    # "..., the campaigns agree": a clause told before the verb of the sentence is what is agreed, as one after it
    clauses = [c for c in children if c.dep == D_CCOMP and (c.i > verb.i or verb.dep == D_ROOT)]
    if not clauses:
        return frame.event_type == "AGREE" and (_sides_with(verb, children) or _point_shared(verb, children))
    if frame.event_type == "AGREE" and _view_held(verb, children):
        return True
    # "agreed that talks were needed and that they would meet in May": every joined clause is read
    clauses += [j for c in clauses for j in dependents(c) if j.dep == D_CONJ and j.pos in PS_VERB_AUX]
    thing = _thing_subject(clauses[0])
    for clause in clauses:
        if not (_claimed_state(clause) or _forecast_of_a_thing(clause, thing)):
            return False
        if any(g.dep == D_MARK and g.lower_ in marks for c in (verb, clause) for a in dependents(c)
               if a.dep == D_ADVCL for g in dependents(a)):
            return False  # "warned that it could strike if ...": a condition makes it a threat
        if frame.event_type == "THREATEN" and clause.pos == P_VERB and any(
                c.dep == D_NSUBJ and c.tag == T_PRP for c in dependents(clause)):
            return False  # "warned that they could strike": the warner's side doing an act
    return True


def _thing_subject(clause: Token) -> bool:
    """Whether a clause's doer is a plan, a rule or a law (senses.yaml policy_nouns, read for claims_not_acts), or
    something that does not act (non_agents.yaml, its display things too): "the proposal would increase taxes", "the rate
    would fall", "warned that the museum would be no cure"."""
    things = sense_words("policy_nouns", CLAIM_RULE) | non_agents() | display_things()[0]
    # the active doer only: "agreed that the law would be repealed" is an act agreed on the law
    return any(c.dep == D_NSUBJ and c.lemma_.lower() in things and not c.ent_type_ and c.pos == P_NOUN
               for c in dependents(clause))


def _forecast_of_a_thing(clause: Token, first_is_a_thing: bool) -> bool:
    """ "all agreed that her proposal would increase taxes but that it would add complexity": what a plan, a rule or a
    law would do is a forecast of its effects, whatever the modal; no party commits to an act (claims_not_acts). A
    joined clause whose doer is "it" or "they" speaks of the same thing as the first."""
    if _thing_subject(clause):
        return True
    return first_is_a_thing and any(c.dep == D_NSUBJ and c.lower_ in ("it", "they") for c in dependents(clause))


def _sides_with(verb: Token, children: list[Token]) -> bool:
    """ "The medical association agrees with the senator": agreeing with someone in the simple present, on nothing named
    and to nothing to be done, holds the same opinion; "Chile agreed with Peru on a ceasefire" stays (claims_not_acts)."""
    if verb.tag not in TS_VBZ_VBP or any(c.dep in DS_AUX_AUXPASS_NEG for c in children):
        return False
    preps = [c.lower_ for c in children if c.dep == D_PREP]
    return preps == ["with"] and verb.lemma_.lower() in sense_words("stance_verbs", CLAIM_RULE)


VIEWS_RULE = "events.senses.views_shared"
STANCE_THINGS = frozenset({"much", "most", "all", "some", "part", "parts", "each", "none", "lot", "bulk", "rest"})


def _point_shared(verb: Token, children: list[Token]) -> bool:
    """ "agreed with that specific point", "most agreed with the gist of her remarks": agreeing with a thing
    said (no party and no pronoun for one), on nothing named and to nothing to be done, shares a view, whatever the
    tense; an accord is reached with a party ("Chile agreed with Peru on a ceasefire" stays) (senses.yaml
    views_shared)."""
    if not is_on(VIEWS_RULE) or verb.lemma_.lower() not in sense_words("stance_verbs", CLAIM_RULE):
        return False
    preps = [c for c in children if c.dep == D_PREP]
    if [c.lower_ for c in preps] != ["with"]:
        return False
    things = [g for g in dependents(preps[0]) if g.dep == D_POBJ]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and not any(_is_party(t) or t.lower_ in STANCE_THINGS and any(
        _is_party(g) for p in dependents(t) if p.dep == D_PREP for g in dependents(p)) for t in things)


def _view_held(verb: Token, children: list[Token]) -> bool:
    """ "senators who agree that the base ought to be shut", "they generally agree that the rich should pay more":
    agreeing that a thing should be done, in the simple present with no auxiliary, is a view held, as "agrees with the
    senator" is; an accord is reached at a time ("agreed that talks should resume", "have agreed that ...") (senses.yaml
    views_shared)."""
    return is_on(VIEWS_RULE) and verb.tag in TS_VBZ_VBP and verb.lemma_.lower() in sense_words(
        "stance_verbs", CLAIM_RULE) and not any(c.dep in DS_AUX_AUXPASS_NEG for c in children)


CONTEST_RULE = "events.senses.contest_for"


def _contest_for(verb: Token, frame: Frame) -> bool:
    """ "will fight for votes", "battled for seats": fighting for a prize of an election or a market with no one fought
    is competing, not force used against a party (senses.yaml contest_for)."""
    if frame.event_type != "ASSAULT" or verb.lemma_.lower() not in sense_words("contest_verbs", CONTEST_RULE):
        return False
    children = dependents(verb)
    prize = sense_words("contest_preps", CONTEST_RULE)
    opponents = sense_words("opponent_preps", CONTEST_RULE)
    # "fighting it out for second place": "it" is no one fought
    if any((c.dep == D_DOBJ and c.lower_ != "it") or (c.dep == D_PREP and c.lower_ in opponents) for c in children):
        return False
    if any(c.dep == D_PREP and c.lower_ in sense_words("quarrel_topics", CONTEST_RULE) for c in children):
        return True  # "keep fighting about the budget": a quarrel about a topic
    prizes = sense_words("contest_prizes", CONTEST_RULE)
    if any(g.dep == D_POBJ and (g.lemma_.lower() in prizes or g.lower_ in prizes)
           for c in children if c.dep == D_PREP and c.lower_ in prize for g in dependents(c)):
        return True
    # "will fight on to the convention": a contest carried on to its last stage (contests of election_won)
    stages = sense_words("contests", "events.senses.election_won")
    return any(g.dep == D_POBJ and g.lemma_.lower() in stages for c in children if c.dep == D_PREP
               and c.lower_ in sense_words("goal_preps", MARCH_RULE) for g in dependents(c))


TRIP_RULE = "events.senses.campaign_trip"


def _campaign_trip(verb: Token, frame: Frame) -> bool:
    """ "flew to Ohio for a campaign rally", "visited Valparaiso to rally supporters": a journey made to campaign courts
    voters; it visits no party (senses.yaml campaign_trip)."""
    if frame.cameo != "042" or not is_on(TRIP_RULE):
        return False
    rallies, campaign = sense_words("rally_words", RALLY_RULE), sense_words("campaign_words", RALLY_RULE)
    for child in dependents(verb):
        if child.dep == D_PREP and child.lower_ in sense_words("purpose_preps", TRIP_RULE):
            for noun in (g for g in dependents(child) if g.dep == D_POBJ):
                if noun.lemma_.lower() in rallies or noun.lemma_.lower() in campaign or any(
                        m.dep in DS_COMPOUND_AMOD_NMOD and m.lemma_.lower() in campaign | rallies
                        for m in dependents(noun)):
                    return True  # "for a campaign rally", "on the campaign trail"
        elif child.dep in DS_XCOMP_ADVCL and child.lemma_.lower() in sense_words("campaign_verbs", TRIP_RULE):
            return True  # "to rally supporters", "to campaign for her"
    return False


QUESTION_RULE = "events.senses.questions_asked"


def _question_put(verb: Token, frame: Frame) -> bool:
    """ "reporters asked him about the emails", "was asked about the deal": a question about a topic, or one the press
    puts, asks no party to do or give anything (senses.yaml questions_asked)."""
    if frame.event_type != "REQUEST" or verb.lemma_.lower() not in sense_words("inquiry_verbs", QUESTION_RULE):
        return False
    children = dependents(verb)
    if any(c.dep == D_XCOMP or (c.dep == D_PREP and c.lower_ == "for") for c in children):
        return False  # "asked him to resign", "asked for help"
    if any(c.dep == D_PREP and c.lower_ in sense_words("question_preps", QUESTION_RULE) for c in children):
        return True
    if _question_itself(verb, children):
        return True  # "the questions he was being asked", 'asked her, "where do we go from here?"'

    if any(c.dep == D_NSUBJPASS for c in children) and _asks_whether(verb):
        return True  # "was asked whether Peru would sign": the one asked is questioned
    if is_on(ASKED_WHETHER_RULE) and (_asks_whether(verb) or _question_quoted_before(verb)):
        return True  # "asked the senator whether she would run", '"Why now?" asked the governor': a question put
    press = sense_words("press", QUESTION_RULE)
    askers = [c for c in children if c.dep == D_NSUBJ] + agent_of_all(verb)
    return bool(askers) and all(a.lemma_.lower() in press or a.lower_ in press for a in askers)


ASKED_WHETHER_RULE = "events.senses.question_to_someone"


def _question_quoted_before(verb: Token) -> bool:
    """ '"Who pays for it?" asked the senator', '"Can we win?" the senator asked': a verb of asking just after a quoted
    question (a "?" before the closing quote, with nothing but quotes, commas, spaces and the asker between) reports
    that question, whoever asks it
    (senses.yaml question_to_someone)."""
    doc = verb.doc
    i, quoted = verb.i - 1, False
    asker = [c for c in dependents(verb) if c.dep == D_NSUBJ and c.i < verb.i]
    if asker:
        i = asker[0].left_edge.i - 1  # '"Can we win?" the senator asked': the asker between quote and verb
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].text == ","):
        quoted = quoted or doc[i].is_quote
        i -= 1
    return quoted and i >= 0 and doc[i].text == "?"


def _question_itself(verb: Token, children: list[Token]) -> bool:
    """What is asked is a question: a question noun as the thing asked (its object, or the noun a relative clause on
    the verb hangs on), or a question quoted after the verb (a quotation opening after it and ending in "?")."""
    nouns = sense_words("question_nouns", QUESTION_RULE)
    if any(c.dep == D_DOBJ and c.lemma_.lower() in nouns for c in children) or (
            verb.dep == D_RELCL and verb.head.lemma_.lower() in nouns):
        return True
    if any(c.dep in DS_CCOMP_XCOMP and c.i > verb.i for c in children):
        return False  # "asked them to leave": a clause of its own says what is wanted
    doc, end = verb.doc, _sentence_end(verb)
    opened = next((t.i for t in doc[verb.i + 1:end] if t.is_quote and t.is_left_punct), None)
    if opened is None:
        return False
    closing = [t for t in doc[opened + 1:end] if not (t.is_quote or t.is_space)]
    return bool(closing) and closing[-1].text == "?"


def _asks_whether(verb: Token) -> bool:
    """A complement clause after the verb opened by "whether", "if" or a wh-word (senses.yaml question_words)."""
    wh = sense_words("question_words", QUESTION_RULE)
    for clause in dependents(verb):
        if clause.dep != D_CCOMP or clause.i < verb.i:
            continue
        if clause.doc[clause.left_edge.i].lower_ in wh or any(
                c.dep == D_MARK and c.lower_ in wh for c in dependents(clause)):
            return True
    return False


def agent_of_all(verb: Token) -> list[Token]:
    """The doers of a passive verb named in its "by" phrase ("was asked by reporters")."""
    return [g for c in dependents(verb) if c.dep == D_AGENT for g in dependents(c) if g.dep == D_POBJ]


AUTHORISE_RULE = "events.senses.sanction_authorise"


def _authorised(verb: Token) -> bool:
    """ "attacks sanctioned by the Kremlin": an act or a practice sanctioned is authorised, not penalised
    (senses.yaml sanction_authorise); a party sanctioned ("Russia was sanctioned by the EU") stays."""
    if verb.lemma_.lower() not in sense_words("authorise_verbs", AUTHORISE_RULE):
        return False
    acts = sense_words("authorised_acts", AUTHORISE_RULE)
    children = dependents(verb)
    things = [c for c in children if c.dep in DS_DOBJ_NSUBJPASS]
    if verb.dep in DS_ACL_RELCL and not things:
        things = [verb.head]  # "attacks sanctioned by the Kremlin"
    return bool(things) and all(
        t.lemma_.lower() in acts or (t.tag in TS_NN_NNS and t.lower_.endswith(("ing", "ings"))
                                     and not t.ent_type_) for t in things)


HELP_RULE = "events.senses.help_take_part"
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # entity labels that can name a party (also events._policy_proposal)


def _helped_to_do(verb: Token) -> bool:
    """ "the union helped elect the president", "the ruling helped pave the way": help with an act to do and no one
    helped is a share in that act (or a cause of it), no aid given to a party (senses.yaml help_take_part). "helped
    Kenya build schools" (someone helped) and "helped to build schools in Kenya" (a party in the act) stay."""
    if verb.lemma_.lower() not in sense_words("help_verbs", HELP_RULE):
        return False
    children = dependents(verb)
    if any(c.dep in DS_DOBJ_DATIVE_IOBJ or (c.dep == D_PREP and c.lower_ in ("to", "for", "with"))
           for c in children):
        return False
    acts = [c for c in children if c.dep in DS_XCOMP_CCOMP and c.tag == T_VB]
    if len(acts) != 1 or any(c.dep in DS_NSUBJ_NSUBJPASS for c in dependents(acts[0])):
        return False  # "helped Kenya build": Kenya is helped
    return not any(t.ent_type_ in PARTY_ENTITIES for t in acts[0].subtree)


SCORE_RULE = "events.senses.game_scores"
SCORE_DASHES = frozenset({"-", "\u2013", "\u2014", "to"})


def _won_by_a_score(verb: Token) -> bool:
    """ "the Wanderers beat Colo-Colo 2-1", "beat Peru by three goals": a win told with its score is a game or a
    contest won, no force used (senses.yaml game_scores)."""
    units = sense_words("score_units", SCORE_RULE)
    if not units:
        return False
    subjects = [c for c in dependents(verb) if c.dep in DS_NSUBJ_NSUBJPASS]
    told = [t for t in verb.subtree if not any(s.left_edge.i <= t.i <= s.right_edge.i for s in subjects)]
    doc = verb.doc
    for t in told:
        if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in SCORE_DASHES and doc[t.i + 2].like_num \
                and doc[t.i + 2].i <= verb.right_edge.i:
            return True  # "2-1", "3 to 0"
        if t.dep in DS_PREP_AGENT and t.lower_ == "by" and t.head.i == verb.i and any(
                g.dep == D_POBJ and g.lemma_.lower() in units and any(n.like_num for n in dependents(g))
                for g in dependents(t)):
            return True  # "by three goals"
    return False


THREAT_STATE_RULE = "events.senses.threat_as_state"


def _threat_as_state(verb: Token) -> bool:
    """ "the trucks posed no threat", "the missiles present a threat to the region": a threat posed or presented is a
    danger that exists, no threat made by a party (senses.yaml threat_as_state)."""
    things = [c for c in dependents(verb) if c.dep in DS_DOBJ_NSUBJPASS]
    if verb.dep == D_ACL and not things:
        things = [verb.head]  # "the threat posed by the rebels"
    if verb.lemma_.lower() in sense_words("state_verbs", THREAT_STATE_RULE) and any(
            c.lemma_.lower() in sense_words("threat_nouns", THREAT_STATE_RULE) for c in things):
        return True
    return any(threat_regarded(c) for c in things)  # "takes the threat seriously" (threat_regarded)


def threat_faced(noun: Token) -> bool:
    """The noun of a threat as the object of a verb of posing or facing ("faced no real threat"): a danger that exists
    (senses.yaml threat_as_state); or one weighed, "takes the threat seriously" (threat_regarded). Read in detect.py for the noun frames."""
    if noun.dep in DS_DOBJ_NSUBJPASS and noun.lemma_.lower() in sense_words(
            "threat_nouns", THREAT_STATE_RULE) and noun.head.lemma_.lower() in sense_words("state_verbs",
                                                                                         THREAT_STATE_RULE):
        return True
    return threat_regarded(noun)


THREAT_REGARDED_RULE = "events.senses.threat_regarded"


def threat_regarded(noun: Token) -> bool:
    """ "takes the threat seriously", "underestimated the danger": a threat that a party weighs is a danger judged; a threat made (PLOVER THREATEN)
    is a party saying it will act against another. One with a maker named by a possessive ("took Peru's threat
    seriously") is still made by that maker and stays (senses.yaml threat_regarded)."""
    if noun.lemma_.lower() not in sense_words("threat_nouns", THREAT_STATE_RULE):
        return False
    regarding = fit42_words("regarding_verbs", THREAT_REGARDED_RULE)
    if not regarding:
        return False
    if any(c.dep_ == "poss" for c in dependents(noun)):
        return False  # "Peru's threat": a threat made by Peru
    return noun.dep in DS_DOBJ_NSUBJPASS and noun.head.lemma_.lower() in regarding


DOOR_RULE = "events.senses.door_opened_to"


def _door_opened_to(verb: Token, frame: Frame) -> bool:
    """ "the ruling opened the door to appeals": a door opened to an act or a thing makes it possible; no one is let in
    (senses.yaml door_opened_to)."""
    if verb.lemma_.lower() != "open" or "door" not in frame.obj:
        return False
    people = sense_words("admitted_people", DOOR_RULE)
    if not people:
        return False
    admitted = [g for c in dependents(verb) if c.dep == D_PREP and c.lower_ == "to" for g in dependents(c)
                if g.dep == D_POBJ]
    return bool(admitted) and not any(
        g.lemma_.lower() in people or g.lower_ in people or g.pos == P_PRON
        or any(t.ent_type_ in PARTY_ENTITIES for t in g.subtree) for g in admitted)


ESCORT_RULE = "events.senses.escorted_out"


def _escorted_out(verb: Token) -> bool:
    """ "escorted the senator off the premises", "was escorted out of the hall": someone escorted off, out or away is
    removed, not protected (senses.yaml escorted_out)."""
    if verb.lemma_.lower() not in sense_words("protect_verbs", ESCORT_RULE):
        return False
    away = sense_words("removal_words", ESCORT_RULE)
    return any(c.dep in DS_PREP_PRT_ADVMOD and c.lower_ in away for c in dependents(verb))


FIRED_RULE = "events.senses.fired_from_post"


def _dismissed(verb: Token, frame: Frame) -> bool:
    """ "the senator was fired from the network", "meet their quotas or be fired": a passive "fire" whose subject is
    no thing that is shot is a dismissal, no use of arms (senses.yaml fired_from_post)."""
    if verb.lemma_.lower() != "fire" or frame.words or verb.tag != T_VBN:
        return False  # "fire on", "fire at" have frames of their own
    shot = sense_words("shot_things", FIRED_RULE)
    if not shot:
        return False
    children = dependents(verb)
    if not any(c.dep in DS_AUXPASS_NSUBJPASS for c in children):
        return False  # "police fired": the active verb
    subjects = [c for c in children if c.dep == D_NSUBJPASS]
    if not subjects and verb.dep == D_ACL:
        subjects = [verb.head]  # "rubber bullets fired by the police"
    return not any(s.lemma_.lower() in shot or s.lower_ in shot for s in subjects)


PARTICLE_RULE = "events.senses.particle_senses"
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})
PLACE_PREPS = frozenset({"in", "on", "at", "off"})


def _particle_sense(verb: Token) -> bool:
    """ "has not yet kicked in", "kicked off her campaign", "hit upon a rationale", "spending shot up": a verb of force
    with a particle that gives it another sense (senses.yaml particle_senses)."""
    lemma = verb.lemma_.lower()
    children = dependents(verb)
    # a preposition that opens a phrase of place or time is no particle: "kicked the protesters in Lima"
    # and "out of" opens a phrase of source: "beat the hell out of them" is no "beat out"
    pairs = {f"{lemma} {c.lower_}" for c in children if c.dep_ in PARTICLE_DEPS
             and not (c.dep == D_PREP and (c.lower_ in PLACE_PREPS or any(g.lower_ == "of" for g in dependents(c))))}
    if pairs & sense_words("particle_senses", PARTICLE_RULE):
        return True
    return bool(pairs & sense_words("rising_particles", PARTICLE_RULE)) and not any(c.dep == D_DOBJ for c in children)


IMPRESSION_RULE = "events.senses.struck_as"


def _struck_as(verb: Token) -> bool:
    """ "the schedule struck supporters as unfair": to strike someone as something is to seem so to them, no blow
    (senses.yaml impression_verbs); an "as" clause ("struck the convoy as it passed") is no such phrase."""
    return verb.lemma_.lower() in sense_words("impression_verbs", IMPRESSION_RULE) and any(
        c.dep == D_PREP and c.lower_ == "as" for c in dependents(verb))


# --- Figurative and verbal senses (issue 14, session 25): each frame needs the arguments its kind of act has. ---

MUSTER_RULE = "events.senses.forces_mobilized"
SHOW_RULE = "events.senses.show_not_protest"
MARCH_RULE = "events.senses.march_to_a_goal"
RETORT_RULE = "events.senses.retort"
RETAKE_RULE = "events.senses.retaken_places"
FACT_RULE = "events.senses.fact_recognized"
INSIST_RULE = "events.senses.assertion_insisted"
NAMED_THINGS = frozenset({"ORG", "NORP", "GPE", "FAC", "PRODUCT", "LOC"})  # a unit, a state, a ship or a weapon named


def _figurative(verb: Token, frame: Frame, kind: str) -> bool:
    """The session-25 sense rules, one per kind of frame (senses.yaml forces_mobilized ... assertion_insisted)."""
    if kind == "MOBILIZE":
        return _no_forces(verb, frame)
    if kind == "PROTEST":
        return _shown_or_rallied(verb) or march_to_a_goal(verb) or _struck_back(verb, frame)
    if kind == "ASSAULT":
        return _own_goal(verb) or _retaken_thing(verb)
    if kind == "SUPPORT":
        return _fact_recognized(verb)
    if kind == "REQUEST":
        return _assertion_insisted(verb)
    return False


STRUCK_BACK_RULE = "events.senses.struck_back"


def _struck_back(verb: Token, frame: Frame) -> bool:
    """ "vowed to strike back decisively after the attacks": to strike "back" is to hit back at an attacker; the strike of
    workers (CAMEO 143, a work stoppage) is no answer to a blow and takes no "back" (senses.yaml struck_back). "The
    dockers struck for higher pay" stays."""
    return frame.mode == "strike" and verb.lemma_.lower() in fit42_words("striking_verbs", STRUCK_BACK_RULE) and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in dependents(verb))


def _counted(noun: Token) -> Token:
    """The noun a count stands for: "dozens of canvassers" are canvassers."""
    if noun.like_num or noun.lemma_.lower() in sense_words("mass_quantifiers", "events.senses.mass_opinion"):
        of = [g for c in dependents(noun) if c.dep == D_PREP and c.lower_ == "of" for g in dependents(c)
              if g.dep == D_POBJ]
        if of:
            return of[0]
    return noun


def _no_forces(verb: Token, frame: Frame) -> bool:
    """ "deployed dozens of canvassers", "the software deployed by the banks": what is mustered or sent is no armed
    force, so no show of force (senses.yaml forces_mobilized)."""
    if frame.obj or verb.lemma_.lower() not in sense_words("mustering_verbs", MUSTER_RULE):
        return False
    things = [c for c in dependents(verb) if c.dep in DS_DOBJ_NSUBJPASS]
    if not things and verb.dep in DS_ACL_RELCL:
        things = [verb.head]  # "the software deployed by the banks"
    things = [_counted(t) for t in things]
    things += [c for t in things for c in t.conjuncts]
    forces = sense_words("force_nouns", MUSTER_RULE)
    if any(c.dep == D_NSUBJ and (c.lemma_.lower() in forces or c.lower_ in forces) for c in dependents(verb)):
        return False  # "the army brigade mobilised its men": a force's own men are forces
    return bool(things) and not any(
        t.lemma_.lower() in forces or t.lower_ in forces or t.pos == P_PRON or t.ent_type_ in NAMED_THINGS
        or t.tag_ in ("WP", "WDT") for t in things)


def _shown_or_rallied(verb: Token) -> bool:
    """ "demonstrated her loyalty", "demonstrated that she could govern", "rallied the faithful": a thing shown or people
    rallied to oneself, no demonstration held (senses.yaml show_not_protest)."""
    if verb.lemma_.lower() not in sense_words("showing_verbs", SHOW_RULE):
        return False
    children = dependents(verb)
    if any(c.dep == D_DOBJ or (c.dep == D_CCOMP and c.i > verb.i) for c in children):
        return True
    causes = sense_words("rally_causes", SHOW_RULE)
    return any(c.dep == D_PREP and (c.lower_ in sense_words("backing_preps", SHOW_RULE) or (c.lower_ == "to" and any(
        g.lemma_.lower() in causes for g in dependents(c) if g.dep == D_POBJ))) for c in children)


def march_to_a_goal(word: Token) -> bool:
    """ "marching toward March", "her march to the presidency", "marching forward with new plans": progress toward a
    date or a prize, or onward with no place named, is no protest march (senses.yaml march_to_a_goal). Read for the
    verb and, in detect.py, for the noun."""
    if word.lemma_.lower() not in sense_words("march_words", MARCH_RULE):
        return False
    children = dependents(word)
    if word.dep == D_DOBJ:
        children = children + dependents(word.head)  # "continue her march to the presidency": the phrase on the verb
    goals = [g for c in children if c.dep == D_PREP and c.lower_ in sense_words("goal_preps", MARCH_RULE)
             for g in dependents(c) if g.dep == D_POBJ]
    prizes = sense_words("contest_prizes", CONTEST_RULE)
    if goals:
        return all(g.ent_type_ == "DATE" or g.lemma_.lower() in prizes or g.lower_ in prizes for g in goals)
    onward = any(c.lower_ in sense_words("onward_adverbs", MARCH_RULE) and c.dep_ in ("advmod", "prt")
                 for c in children)
    places = any(c.dep == D_PREP and c.lower_ in ("through", "into", "across", "on", "along", "past", "around",
                                                  "outside", "from", "in", "at") for c in children)
    return onward and not places


def _own_goal(verb: Token) -> bool:
    """ "keeps shooting itself in the foot": a party shooting itself in the foot harms its own cause, a figure
    (senses.yaml retort own_goal_parts)."""
    if verb.lemma_.lower() not in sense_words("retort_verbs", RETORT_RULE):
        return False
    children = dependents(verb)
    parts = sense_words("own_goal_parts", RETORT_RULE)
    return any(c.dep == D_DOBJ and c.lower_.endswith(("self", "selves")) for c in children) and any(
        g.lemma_.lower() in parts or g.lower_ in parts for c in children if c.dep == D_PREP and c.lower_ == "in"
        for g in dependents(c))


def shot_back(verb: Token) -> int | None:
    """The index of "back" in "fired back", "hit back at" (a verb of retort_verbs with "back" on it), else None."""
    if verb.lemma_.lower() not in sense_words("retort_verbs", RETORT_RULE):
        return None
    backs = [c.i for c in dependents(verb) if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    return max(backs) if backs else None


def retort(verb: Token) -> bool:
    """ 'shot back, "Read the report."', "fired back: ...", "shot back in a statement", "fired back at the mayor over
    the tax", "hit back, saying ...": a shot "back" that opens words, is told where words are said, is over a topic or
    comes with a verb of saying is a reply in words (senses.yaml retort). Read in detect.py, which codes it as
    criticism of whom it is aimed at."""
    back = shot_back(verb)
    if back is None:
        return False
    children = dependents(verb)
    doc = verb.doc
    after = [t for t in doc[back + 1:min(back + 3, _sentence_end(verb))] if not t.is_space]
    if after and (after[0].text == ":" or after[0].is_quote or (after[0].text == "," and len(after) > 1
                                                                 and after[1].is_quote)):
        return True  # 'shot back, "..."', "fired back: ..."
    if any(t.is_quote for t in doc[_sentence_start(verb):verb.i]) and verb.dep in DS_CCOMP_PARATAXIS_ADVCL:
        return True  # '"...," he shot back'
    if any(c.dep in DS_CCOMP_PARATAXIS for c in children):
        return True  # "shot back that ..."
    said = sense_words("speech_settings", "events.senses.attack_in_words")
    abstract = sense_words("abstract_objects", "events.senses.attack_in_words")
    topics = sense_words("topic_marks", "events.senses.attack_in_words")
    sayings = sense_words("saying_verbs", RETORT_RULE)
    # "fired back at the mayor over the tax": the phrase may hang on the one fired at, one phrase deeper
    deeper = [p for c in children if c.dep == D_PREP for g in dependents(c) for p in dependents(g) if p.dep == D_PREP]
    for c in [*children, *deeper]:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in sayings:
            return True  # "hit back, saying ..."
        if c.dep == D_PREP:
            for g in dependents(c):
                lemma = g.lemma_.lower()
                if (c.lower_ in ("in", "on", "via", "during") and lemma in said) or c.lower_ in topics or (
                        c.lower_ == "over" and lemma in abstract):
                    return True  # "in a statement", "over the proposal"
    return False


def _retaken_thing(verb: Token) -> bool:
    """ "retake the entrance test", "recapture the old spirit", "recapture ground in the primaries": no place taken back by
    force (senses.yaml retaken_places)."""
    if verb.lemma_.lower() not in sense_words("retaking_verbs", RETAKE_RULE):
        return False
    children = dependents(verb)
    things = [c for c in children if c.dep in DS_DOBJ_NSUBJPASS]
    things += [c for t in things for c in t.conjuncts]
    if not things:
        return False
    race = sense_words("race_words", "events.senses.election_won")
    if any(g.lemma_.lower() in race or g.lower_ in race for h in (verb, *things) for c in dependents(h)
           if c.dep == D_PREP and c.lower_ == "in" for g in dependents(c)):
        return True  # "ground in the primaries"
    places = sense_words("retaken_places", RETAKE_RULE)
    return not any(t.ent_type_ in NAMED_THINGS or t.lemma_.lower() in places or t.lower_ in places for t in things)


def _fact_recognized(verb: Token) -> bool:
    """ "recognize that more work is needed", "recognized how unfair the fine was", "Recognizing this": a fact
    realized, no recognition or praise given (senses.yaml fact_recognized)."""
    if verb.lemma_.lower() not in sense_words("recognizing_verbs", FACT_RULE):
        return False
    children = dependents(verb)
    pronouns = sense_words("fact_pronouns", FACT_RULE)
    return any((c.dep == D_CCOMP and c.i > verb.i) or (c.dep == D_DOBJ and c.lower_ in pronouns and not c.n_rights
                                                        and c.tag_ not in ("WDT", "WP"))
               for c in children)  # (a relative "that" stands for a noun: "the government that Chile recognized")


def _assertion_insisted(verb: Token) -> bool:
    """ "insists that her figures were right", "insisted that he would not resign", "insisted they expected a
    close vote": a claim insisted on, no act demanded (senses.yaml assertion_insisted). A clause
    with a modal of obligation, or an act of a party named by a noun ("insisted that Lima let its currency float",
    "that any deal include a pause") stays a demand."""
    if verb.lemma_.lower() not in sense_words("insisting_verbs", INSIST_RULE):
        return False
    children = dependents(verb)
    if any(c.dep in (D_XCOMP, D_DOBJ) or (c.dep == D_PREP and c.lower_ in ("on", "upon")) for c in children):
        return False  # "insisted on a recount"
    clauses = [c for c in children if c.dep in DS_CCOMP_PARATAXIS]
    if not clauses:
        return False
    modals = sense_words("demand_modals", INSIST_RULE)
    for clause in clauses:
        below = dependents(clause)
        auxes = [c for c in below if c.dep in DS_AUX_AUXPASS]
        if any(a.lower_ in modals for a in auxes):
            return False  # "insisted that Peru must pay"
        state = clause.lemma_.lower() in ("be", "have") or any(
            a.dep_ == "auxpass" or a.lemma_.lower() in ("have", "will", "would") for a in auxes)
        own = any(c.dep in DS_NSUBJ_NSUBJPASS and c.pos == P_PRON for c in below)
        if not (state or own):
            return False  # "insisted that Peru withdraw its troops": a party named to act
    return True
