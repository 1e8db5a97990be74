"""Statements that are not events (issue 14): sentences that name an act or a stand but report no act a party did on
an occasion, which an analyst would not code. Each rule is named in events/data/not_events.yaml with its words and
examples: an act that completes a noun of capacity, "the right to question ministers" (capacity_complements); money
given to or raised by a campaign (campaign_money); a question put by a bare "asked" or by a debate moderator
(asked_participle, question_trades); the writer addressing the reader, "Don't blame ...", "Imagine that ..."
(reader_address); support counted over a class of the population (population_support).

events/__init__.py asks `no_event` before it looks up the parties (what the parse alone tells) and `no_event_between`
once the parties are known.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.datafiles import load_yaml
from detente.events.arguments import _sentence_start
from detente.events.detect import Candidate
from detente.events.lexicon import _data_text, noun_frames, sense_words
from detente.nlp.arrays import DocArrays, columns, doc_arrays, string_ids
from detente.nlp.labels import (
    D_ACL,
    D_ACOMP,
    D_ADVCL,
    D_ADVMOD,
    D_AUX,
    D_CCOMP,
    D_CONJ,
    D_MARK,
    D_PCOMP,
    D_POBJ,
    D_PREP,
    D_RELCL,
    D_ROOT,
    D_XCOMP,
    DS_ACL_RELCL,
    DS_CONJ_XCOMP,
    DS_MARK_ADVMOD,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_DOBJ,
    DS_XCOMP_CCOMP_ADVCL,
    DS_XCOMP_DOBJ_PCOMP,
    P_NOUN,
    P_VERB,
    PS_VERB_AUX,
    T_MD,
    T_NNS,
    T_VB,
    T_VBG,
    T_VBN,
    TS_WP_WDT,
)
from detente.nlp.perdoc import dependents, dependents_at, doc_text, once_per_doc, sentences
from detente.nlp.syntax import in_first_line, sentence_of, tokens_at
from detente.nlp.words import word_class
from detente.records import ActorRef
from detente.rules import is_on, switched_off_ids

CAPACITY_RULE = "events.not_events.capacity_complements"
MONEY_RULE = "events.not_events.campaign_money"
ASKED_RULE = "events.not_events.asked_participle"
TRADES_RULE = "events.not_events.question_trades"
READER_RULE = "events.not_events.reader_address"
POPULATION_RULE = "events.not_events.population_support"
BACKING_RULE = "events.not_events.committee_backing"
YEARS_RULE = "events.not_events.held_for_years"
DUTIES_RULE = "events.not_events.stated_duties"
CHARACTER_RULE = "events.not_events.characterisations"
CLAUSE_CHARACTER_RULE = "events.not_events.clause_characterised"
KINDS_RULE = "events.not_events.kinds_of_acts"
DONATIONS_RULE = "events.not_events.private_donations"
COUNTERPART_RULE = "events.not_events.counterparts_of_a_trade"
FAMILY_RULE = "events.not_events.family_matters"
OWN_KIN_RULE = "events.not_events.own_kin"
PRESS_CRITICISM_RULE = "events.not_events.press_criticised"
TRADE_QUARREL_RULE = "events.not_events.trade_quarrels"
LABOUR_COMMERCE_RULE = "events.not_events.labour_commerce"
COMMENT_RULE = "events.not_events.comment_requests"
DUTY_LEAVE_RULE = "events.not_events.duty_or_leave_complements"
CALL_RULE = "events.not_events.quoted_calls"
TOPIC_RULE = "events.not_events.kinds_as_topics"
PARTIES_RULE = "events.senses.private_parties"  # senses.yaml political_heads: persons and bodies acting politically

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
AUXES = frozenset({"aux", "auxpass"})
BEFORE_A_COMMAND = frozenset({"PUNCT", "SPACE", "INTJ"})
# the checks below run on every candidate: they read relations, tags, parts of speech and words by string id, and
# walk up the tree on the document's lists of heads, so that a candidate no check fits costs a few look-ups
DS_ATTR_POBJ = frozenset({get_string_id("attr"), get_string_id("pobj")})
DS_CCOMP_ADVCL_PCOMP = frozenset({get_string_id("ccomp"), get_string_id("advcl"), get_string_id("pcomp")})
DS_SUBJECTS = frozenset(get_string_id(d) for d in SUBJECTS)
LOWER_LONG, LOWER_OF = get_string_id("long"), get_string_id("of")
LOWERS_FOR_OVER = frozenset({get_string_id("for"), get_string_id("over")})
DS_ACOMP_AMOD_ACL = frozenset({get_string_id("acomp"), get_string_id("amod"), get_string_id("acl")})
DS_XCOMP_CONJ_ADVCL = frozenset({get_string_id("xcomp"), get_string_id("conj"), get_string_id("advcl")})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_yaml(_data_text("not_events.yaml"))
    return {key: frozenset(str(w).lower() for w in value) for key, value in data.items() if isinstance(value, list)}


def words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of data/not_events.yaml; empty while its rule is switched off (the switches read here, as
    sense_words does: `is_on` would be one more call on every candidate's every check)."""
    off = switched_off_ids()
    return _words()[key] if not off or rule_id not in off else frozenset()


_lemma_lower: dict[int, str] = {}  # a lemma's string id -> the lemma lower-cased (ids are hashes of the string)


def _lemma_at(doc: Doc, i: int) -> str:
    """`doc[i].lemma_.lower()`, read from the document's lemma column without making the Token."""
    lemma = columns(doc).lemma[i]
    found = _lemma_lower.get(lemma)
    if found is None:
        found = _lemma_lower[lemma] = doc.vocab.strings[lemma].lower()
    return found


def no_event(cand: Candidate) -> bool:
    """Whether the parse alone shows the candidate tells no act on an occasion (the rules of not_events.yaml that read
    no parties)."""
    anchor = cand.anchor
    kind = cand.frame.event_type
    # the anchor's tag and relation, read once: a check whose first test they fail is not called (each call costs
    # more than the two reads)
    tag, dep = anchor.tag, anchor.dep
    noun = cand.noun if cand.noun is not None else anchor
    arrays = doc_arrays(anchor.doc)  # the document's lists, handed to each check that climbs the tree
    verbal = arrays.pos[anchor.i] in PS_VERB_AUX
    return (tag == T_VB and (_capacity_complement(anchor) or (dep == D_XCOMP and _duty_or_leave(anchor, arrays)))) \
        or _in_a_bare_question(anchor, arrays) \
        or _reader_addressed(anchor, arrays) or (kind == "SUPPORT" and _population_support(cand)) \
        or (kind in ("SUPPORT", "AID") and dep in DS_ACL_RELCL and _committee_backing(anchor)) \
        or (verbal and _held_for_years(anchor, arrays)) \
        or (kind == "REQUEST" and tag == T_VBN and _stated_duty(anchor)) \
        or ((noun.dep if noun is not anchor else dep) in DS_ATTR_POBJ and _characterisation(cand)) \
        or (tag == T_VBG and dep == D_PCOMP and _kind_of_act(anchor)) or _how_it_works(anchor, arrays) \
        or not_told_as_happening(cand, tag, dep, arrays) or (verbal and _writers_voice(cand)) \
        or (tag in TS_VB_VBP and verbal and _quoted_call(anchor, arrays)) \
        or (not verbal and noun.dep == D_POBJ and _topic_of_talk(noun))


def no_event_between(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether, with its parties known, the candidate tells no act between parties (campaign money, a question put by a
    moderator)."""
    kind = cand.frame.event_type
    if kind == "AID" and (_campaign_money(cand, sources, targets) or _private_donation(cand, sources)):
        return True
    if kind.lower() in words("question_types", TRADES_RULE) and _question_trade(cand, sources):
        return True
    return private_or_press(cand, kind, sources, targets)


def _capacity_complement(verb: Token) -> bool:
    """ "has the power to subpoena", "the right to question ministers", "gain the ability to sue (and to seize)": an
    infinitive completing a noun of capacity is what a party may do, not an act done; a capacity put to use ("used its
    power to ban") or reserved as a warning stays (not_events.yaml capacity_complements)."""
    if verb.tag != T_VB:
        return False  # "ran on his ability to jolt the economy and accused Obama": a finite verb is told as done
    for _ in range(3):  # "the power to subpoena and question": a joined infinitive shares the noun
        if verb.dep != D_CONJ:
            break
        verb = verb.head
    if verb.dep != D_ACL or verb.tag != T_VB:
        return False
    nouns = words("capacity_nouns", CAPACITY_RULE)
    noun = verb.head
    if noun.lemma_.lower() not in nouns or not any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb)):
        return False
    holder = noun.head  # the verb the noun is the object of ("used its power")
    for _ in range(2):
        if holder.dep_ != "conj":
            break
        holder = holder.head
    return noun.dep_ not in ("dobj", "nsubjpass") or holder.lemma_.lower() not in words("capacity_used_verbs",
                                                                                          CAPACITY_RULE)


def _duty_or_leave(verb: Token, arrays: DocArrays) -> bool:
    """ "delegates free to back either contender", "material the contractors were obligated to protect": an
    infinitive completing a word of duty or leave, an adjective or a participle in the passive or on a noun, is what a
    party must or may do, not an act done (not_events.yaml duty_or_leave_complements)."""
    head = arrays.heads[verb.i]
    duty = words("duty_or_leave_words", DUTY_LEAVE_RULE)
    if head == verb.i or not duty or _lemma_at(verb.doc, head) not in duty and verb.doc[head].lower_ not in duty:
        return False
    word = verb.doc[head]
    if word.pos_ == "ADJ" or word.dep in DS_ACOMP_AMOD_ACL:
        return True  # "are free to", "leaders free to", "contractors obligated to"
    return word.tag == T_VBN and any(c.dep_ == "auxpass" for c in dependents(word))  # "were obligated to"


def _bare_asked(token: Token, inside: bool) -> bool:
    """ "Asked whether ...", "asked about the deal": the participle "asked" heading a clause of its own with no asker,
    subject or auxiliary, that asks a question (a wh-word, "whether", "if") or about a topic; "asked to resign" asks an
    act of someone and is no such clause. With `inside`, only a question asked in a clause of its own counts: what a
    question is about ("asked about his criticisms of the senator") may be an act told as done."""
    if token.lemma_.lower() != "ask" or token.tag_ != "VBN":
        return False
    children = dependents(token)
    if any(c.dep_ in SUBJECTS or c.dep_ in AUXES or c.dep_ in ("agent", "xcomp") for c in children):
        return False
    if token.dep_ not in ("advcl", "ROOT", "conj"):
        return False
    marks = words("question_marks", ASKED_RULE)
    topics = words("question_topics", ASKED_RULE)
    for c in children:
        if c.dep_ == "prep" and c.lower_ in topics and not inside:
            return True
        if c.dep_ in ("ccomp", "advcl") and c.i > token.i and (token.doc[c.left_edge.i].lower_ in marks or any(
                g.dep_ in ("mark", "advmod") and g.lower_ in marks for g in dependents(c))):
            return True
    return False


def _quoted_question(token: Token) -> bool:
    """ 'The host asked, "You think the president would indict the minister?"': a verb of asking whose words follow
    in a quotation that ends on a question mark puts a question; neither the asking nor what it asks about is an act
    (not_events.yaml asked_participle). "Asked them to leave" or "asked for help" asks for an act."""
    if token.lemma_.lower() != "ask" or token.pos_ != "VERB":
        return False
    children = dependents(token)
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    doc = token.doc
    end = sentence_of(token).end
    opened = next((t.i for t in doc[token.i + 1:end] if t.is_quote and t.is_left_punct), None)
    if opened is None:
        return False
    closing = [t for t in doc[opened + 1:end] if not (t.is_quote or t.is_space)]
    return bool(closing) and closing[-1].text == "?"


def _in_a_bare_question(anchor: Token, arrays: DocArrays) -> bool:
    """The anchor is a bare "asked" putting a question, or an act inside the question it puts: "Asked whether the
    president would resign, the minister said no" tells no request and no resignation (not_events.yaml
    asked_participle)."""
    if not is_on(ASKED_RULE):
        return False
    doc = anchor.doc
    heads, lemmas = arrays.heads, arrays.lemma
    i = anchor.i
    for step in range(6):
        lemma = _lemma_lower.get(lemmas[i])
        if (lemma if lemma is not None else _lemma_at(doc, i)) == "ask":  # (both checks read only a form of "ask")
            token = doc[i]
            if _bare_asked(token, step > 0) or _quoted_question(token):
                return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _reader_addressed(anchor: Token, arrays: DocArrays) -> bool:
    """ "Don't blame the senator", "Imagine that the president attacked Peru": a sentence opening on a negated
    imperative, or on an imperative of imagining, speaks to the reader; what it names, or imagines, is no act
    (not_events.yaml reader_address). The anchor is that imperative or is inside what it imagines."""
    imagining = words("imagining_verbs", READER_RULE)
    if not imagining:
        return False
    heads = arrays.heads
    i, step = anchor.i, 0
    while heads[i] != i:  # only the sentence's root (six steps up at most) can be such an imperative
        if step == 5:
            return False
        i, step = heads[i], step + 1
    token = anchor.doc[i]
    if token.tag == T_VB and _opens_sentence(token):
        children = dependents(token)
        if not any(c.dep_ in SUBJECTS for c in children):
            negated = any(c.dep_ == "neg" for c in children) and any(
                c.dep_ == "aux" and c.lemma_.lower() == "do" for c in children)
            if negated and step == 0:
                return True  # "Don't blame ...": the imperative itself
            if step > 0 and token.lemma_.lower() in imagining:
                return True  # "Imagine that ...": what is imagined
    return False


def _opens_sentence(verb: Token) -> bool:
    """Only punctuation, an interjection, "do" and a negation before the verb in its sentence."""
    doc = verb.doc
    for t in doc[_sentence_start(verb):verb.i]:
        if t.pos_ in BEFORE_A_COMMAND or t.is_quote:
            continue
        if t.head.i == verb.i and (t.dep_ == "neg" or (t.dep_ == "aux" and t.lemma_.lower() == "do")):
            continue
        return False
    return True


def _population_support(cand: Candidate) -> bool:
    """ "has the support of women and older voters", "the older population backing the secretary": support counted over
    a class of the population is a share in a poll or a vote, not a party's act (not_events.yaml population_support)."""
    classes = words("population_classes", POPULATION_RULE)
    if not classes:
        return False

    shares = words("population_shares", POPULATION_RULE)

    def population(noun: Token) -> bool:
        group = [noun, *(c for c in dependents(noun) if c.dep_ == "conj")]
        return all(n.pos_ == "NOUN" and n.ent_type_ not in ("ORG", "PERSON", "GPE") and (
            n.lemma_.lower() in classes or n.lower_ in classes or _share(n)) for n in group)

    def _share(noun: Token) -> bool:
        """ "backing from 33 percent", "the support of a majority of voters": a share is a poll's count, unless it is
        a share of something that is not a class of the population ("half of the unions")."""
        if noun.lemma_.lower() not in shares:
            return False
        wholes = [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of"
                  for g in dependents(c) if g.dep_ == "pobj"]
        return all(population(w) for w in wholes)

    noun = cand.noun if cand.noun is not None else cand.trigger[0]
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in words("support_nouns", POPULATION_RULE):
        preps = words("support_preps", POPULATION_RULE)
        holders = [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ in preps
                   for g in dependents(c) if g.dep_ == "pobj"]
        if not holders and noun.dep_ == "dobj":  # "receiving more support from the youth": on the verb
            holders = [g for c in dependents(noun.head) if c.dep_ == "prep" and c.lower_ in preps
                       for g in dependents(c) if g.dep_ == "pobj"]
        return bool(holders) and all(population(h) for h in holders)
    verb = cand.anchor
    if verb.pos_ != "VERB":
        return False
    preps = words("support_preps", POPULATION_RULE)
    counted = [g for c in dependents(verb) if c.dep_ == "prep" and c.lower_ in preps
               for g in dependents(c) if g.dep_ == "pobj"]
    if counted and all(population(g) for g in counted):
        return True  # "has backing from 33 percent", parsed as the verb "back": the support is counted over voters
    doers = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "acl":
        doers = [verb.head]  # "the older population backing the secretary"
    voters = words("population_verbs_exclude", POPULATION_RULE)  # "voters backed the plan": a vote is an act
    return bool(doers) and all(population(d) and d.lemma_.lower() not in voters for d in doers)


def _committee_backing(verb: Token) -> bool:
    """ "a super PAC backing the senator", "a committee that supported the governor": a clause on the name of a
    campaign committee saying whom it backs tells which committee it is, no act on an occasion (not_events.yaml
    committee_backing)."""
    if verb.dep not in DS_ACL_RELCL:
        return False
    if verb.dep == D_ACL and (verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS or c.dep_ in AUXES
                                                          for c in dependents(verb))):
        return False  # "a committee backed by unions" tells who backs it
    finance = words("committee_words", BACKING_RULE)
    noun = verb.head
    # "a family of super PACs supporting the senator": the committees counted by the noun the clause hangs on
    nouns = [noun, *(g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in dependents(c) if g.dep_ == "pobj")]
    return any(t.lemma_.lower() in finance or t.lower_ in finance
               for n in nouns for t in (n, *(c for c in dependents(n) if c.dep_ == "compound")))


def _held_for_years(anchor: Token, arrays: DocArrays) -> bool:
    """ "has long opposed the dam", "opposed the dam for years", "has declined for years to reveal its donors": an act
    told as held over years or decades is a standing stance or a habit, not an act on an occasion (not_events.yaml
    held_for_years). The clause's own verb is read, and the verb an infinitive or a joined verb hangs on."""
    units = words("duration_units", YEARS_RULE)
    doc = anchor.doc
    pos = arrays.pos  # words by number: no Token made for a dependent that is only looked at
    v = anchor.i
    if not units or pos[v] not in PS_VERB_AUX:
        return False
    heads, deps, lowers, below = arrays.heads, arrays.dep, arrays.lower, arrays.dependents
    for _ in range(3):
        own = False
        for c in below[v]:
            dep = deps[c]
            if dep == D_ADVMOD and lowers[c] == LOWER_LONG and c < v:
                return True  # "has long opposed"
            if dep == D_PREP and lowers[c] in LOWERS_FOR_OVER and any(
                    deps[g] == D_POBJ and _lemma_at(doc, g) in units and doc[g].tag == T_NNS and not any(
                        deps[p] == D_PREP and lowers[p] == LOWER_OF for p in below[g]) for g in below[c]):
                # "for years", "for over four decades", "over the years" (a plural: "prolonged the sanctions for a
                # year" is how long the act holds); not "blamed her for the past decades of policies", where the years
                # are what is blamed
                return True
            if dep in DS_SUBJECTS:
                own = True
        if own or deps[v] not in DS_XCOMP_CONJ_ADVCL or pos[heads[v]] not in PS_VERB_AUX:
            return False
        v = heads[v]
    return False


def _stated_duty(anchor: Token) -> bool:
    """ "officials are required to disclose their gifts", "what is required to win": a duty told in the passive with
    no one who requires it states a rule or a need, no request a party made (not_events.yaml stated_duties); "were
    required by the court to ..." names who asked and stays."""
    if anchor.tag != T_VBN or anchor.lemma_.lower() not in words("duty_verbs", DUTIES_RULE):
        return False
    children = dependents(anchor)
    if any(c.dep_ == "agent" or c.dep_ in SUBJECTS and c.dep_ != "nsubjpass" for c in children):
        return False  # "by the court", or an active "the law that would have required ...": someone requires it
    return any(c.dep_ == "auxpass" for c in children) or (
        anchor.dep_ == "acl" and not any(c.dep_ == "aux" for c in children))  # "supporters required to vote"


def _private_donation(cand: Candidate, sources: list[ActorRef]) -> bool:
    """ "Wall Street bankers donated to her", "attendees contributed $2,700 each": money a private person or a firm gives
    is a donation, reported as fundraising; a state, a party or a body of government giving money gives aid
    (not_events.yaml private_donations)."""
    verb = cand.anchor
    givers = words("private_givers", DONATIONS_RULE)
    if not givers or not sources or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if not (_money_given(verb, DONATIONS_RULE) or (lemma in words("donating_verbs", DONATIONS_RULE) and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in dependents(verb)))):
        return False
    # a person the actors stage knows by no sector (a donor, a banker) or a private sector; never a state itself
    return all((ref.sector or "none").lower() in givers and not (ref.country and not ref.sector and ref.actor_id
                                                                  and ref.actor_id == ref.country)
               for ref in sources)


def _money_given(verb: Token, rule: str = MONEY_RULE) -> bool:
    """The thing given, lent or taken in is a sum of money: "$50,000", "large contributions", "money he lent"."""
    money = words("money_words", rule) if rule == MONEY_RULE else (
        _words()["money_words"] if is_on(rule) else frozenset())
    things = [c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if not things and verb.dep_ == "relcl":
        things = [verb.head]  # "money he lent to his campaign"
    return bool(things) and all(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in money or t.lower_ in money
        or any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in dependents(t)) for t in things)


def _campaign_money(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "gave $50,000 to a super PAC", "the campaign took in $4.8 million": money given to or raised by a campaign or a
    political committee is fundraising, no aid (not_events.yaml campaign_money); a state's money stays aid."""
    finance = words("finance_parties", MONEY_RULE)
    verb = cand.anchor
    if not finance or verb.pos_ not in ("VERB", "AUX") or not _money_given(verb):
        return False
    sectors = words("aid_sectors", MONEY_RULE)
    if any((ref.sector or "").lower() in sectors for ref in sources + targets):
        return False

    def named(ref: ActorRef) -> bool:
        return any(w.lower().strip("'\u2019s") in finance or w.lower() in finance for w in ref.text.split())

    recipients = [g for c in dependents(verb) if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                  for g in dependents(c) if g.dep_ == "pobj"] + [c for c in dependents(verb) if c.dep_ == "dative"]
    in_words = any(t.lemma_.lower() in finance or t.lower_ in finance for r in recipients for t in r.subtree)
    # "the senator's reelection committee took in ...": the doer, by its noun or the nouns naming it
    in_words = in_words or any(t.lemma_.lower() in finance or t.lower_ in finance for s in cand.sources
                               for t in (s, *(c for c in dependents(s) if c.dep_ == "compound")))
    return in_words or any(named(ref) for ref in sources + targets)


def _question_trade(cand: Candidate, sources: list[ActorRef]) -> bool:
    """ "The moderator may demand details", "the interviewer pressed her": every doer a moderator or an interviewer
    questioning someone is the press at its work (not_events.yaml question_trades)."""
    trades = words("question_trades", TRADES_RULE)
    if not trades or not (sources or cand.sources):
        return False
    doers = [t for t in cand.sources if t.pos_ in ("NOUN", "PROPN")]
    if doers and all(t.lemma_.lower() in trades or t.lower_ in trades for t in doers):
        return True
    return bool(sources) and all((ref.text.split() or [""])[-1].lower().rstrip("s") in trades for ref in sources)


def _characterisation(cand: Candidate) -> bool:
    """ "The senator's silence was an implicit endorsement of the plan", "the vote was widely seen as a rebuke of the
    president": an act noun said of something else, as what it is or is seen as, characterises that thing; it
    reports no act of its own (not_events.yaml characterisations). "It was the first visit by a Chilean president to
    Peru" (a pronoun for the happening itself) stays. A clause as the subject ("To close the border would be an attack
    on trade", "Cutting pensions is an assault on workers") is a deed judged by the noun (clause_characterised)."""
    noun = cand.noun if cand.noun is not None else cand.anchor
    if noun.dep not in DS_ATTR_POBJ or columns(noun.doc).pos[noun.i] != P_NOUN:
        return False
    head = noun.head
    if noun.dep_ == "pobj":  # "seen as a rebuke": the noun of an "as" on a verb of seeing
        if head.lower_ != "as" or head.head.lemma_.lower() not in words("seeing_verbs", CHARACTER_RULE):
            return False
        head = head.head
    elif head.lemma_.lower() != "be" or not is_on(CHARACTER_RULE):
        return False
    subjects = [c for c in dependents(head) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and is_on(CLAUSE_CHARACTER_RULE) and any(c.dep_ == "csubj" for c in dependents(head)):
        return True  # "to bring them here is a suspension of intellect": a deed judged (clause_characterised)
    pronouns = words("happening_pronouns", CHARACTER_RULE)
    return bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") and s.lower_ not in pronouns for s in subjects)


def _kind_of_act(anchor: Token) -> bool:
    """ "defended the policy of taking in migrants", "condemned the practice of detaining journalists": a gerund with no
    doer of its own after "of" on a noun of policy or practice names a kind of act, not one done (not_events.yaml
    kinds_of_acts)."""
    if anchor.tag != T_VBG or anchor.dep != D_PCOMP or anchor.head.lower != LOWER_OF:
        return False
    noun = anchor.head.head
    return noun.lemma_.lower() in words("practice_nouns", KINDS_RULE) and not any(
        c.dep_ in ("nsubj", "poss") for c in dependents(anchor))


def _how_it_works(anchor: Token, arrays: DocArrays) -> bool:
    """ "described how the talks with Peru would work": a "how" clause on what something would do, told by a verb of
    working, explains how a process or a plan works; its parts are no acts (not_events.yaml kinds_of_acts)."""
    working = words("working_verbs", KINDS_RULE)
    if not working:
        return False
    doc = anchor.doc
    heads, deps, pos, lemmas = arrays.heads, arrays.dep, arrays.pos, arrays.lemma
    i = anchor.i
    for _ in range(4):
        lemma = _lemma_lower.get(lemmas[i])
        if (lemma if lemma is not None else _lemma_at(doc, i)) in working and pos[i] == P_VERB \
                and deps[i] in DS_CCOMP_ADVCL_PCOMP:
            children = dependents(doc[i])
            return any(c.dep_ == "advmod" and c.lower_ == "how" for c in children) and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "will", "can") for c in children)
        if heads[i] == i:
            return False
        i = heads[i]
    return False


HABIT_RULE = "events.not_events.habitual_when"
MODAL_RULE = "events.not_events.capacity_modals"
DIFFICULTY_RULE = "events.not_events.difficulty_predictions"
SUPPOSING_RULE = "events.not_events.suppositions"
STANCE_RULE = "events.not_events.stance_on_kinds"
REPEATED_RULE = "events.not_events.repeated_acts"
COUNTED_RULE = "events.not_events.counted_movements"
STANDING_RULE = "events.not_events.standing_refusals"
WRITER_QUESTION_RULE = "events.not_events.writers_questions"

PRESENT = frozenset({"VBZ", "VBP"})
TO_BE = frozenset({"be", "is", "are", "was", "were", "am", "'s", "'re", "'m"})


def not_told_as_happening(cand: Candidate, tag: int | None = None, dep: int | None = None,
                          arrays: DocArrays | None = None) -> bool:
    """Whether the candidate is told as what may, must or usually happens, as the writer's supposition, or as a count,
    not as an act on an occasion (session 26's rules of not_events.yaml: habitual_when, capacity_modals,
    difficulty_predictions, suppositions, stance_on_kinds, repeated_acts, counted_movements, standing_refusals).
    Each check reads a word or a relation of the anchor before it walks anywhere; `tag` and `dep` are the anchor's,
    and `arrays` its document's, where the caller has read them."""
    anchor = cand.anchor
    if tag is None or dep is None:
        tag, dep = anchor.tag, anchor.dep
    if arrays is None:
        arrays = doc_arrays(anchor.doc)
    if arrays.pos[anchor.i] in PS_VERB_AUX:  # (`Token.pos` makes a Python enum member on every read)
        clause = _own_clause(anchor) if dep in DS_CONJ_XCOMP else anchor  # (only a joined verb or an infinitive climbs)
        return _capacity_modal(anchor, clause, arrays) or _habitual(clause) \
            or ((clause.tag if clause is not anchor else tag) == T_VBG and _standing_refusal(clause)) \
            or (tag == T_VB and _difficulty(anchor)) or (tag == T_VBG and _stance_on_a_kind(anchor)) \
            or _supposed(anchor, arrays) or (cand.frame.event_type in ("CONSULT", "AID") and _counted_movement(anchor)) \
            or (tag == T_VBG and _run_of_acts(anchor)) or _writers_question(anchor) \
            or _told_generically(anchor, clause, tag, dep)
    noun = cand.noun if cand.noun is not None else anchor
    return _repeated_act(noun) or _writers_question(anchor)


def _own_clause(verb: Token) -> Token:
    """The verb that holds the anchor's subject, tense and modal: "can ask them to support" is told by "ask", "were
    pressured ... and forced out" by "were pressured" (a joined verb or an infinitive with no subject of its own)."""
    for _ in range(3):
        if verb.dep not in DS_CONJ_XCOMP or any(c.dep in DS_SUBJECTS for c in dependents(verb)):
            break
        verb = verb.head
    return verb


def _present(verb: Token) -> bool:
    """The verb is told in the present, with no modal: "investigate", "gets shot", "does not fit", "is discrediting"."""
    auxes = [c for c in dependents(verb) if c.dep_ in AUXES]
    if verb.tag_ in PRESENT:
        return not auxes
    return bool(auxes) and all(a.tag_ in PRESENT for a in auxes)


def _capacity_modal(anchor: Token, clause: Token, arrays: DocArrays) -> bool:
    """ "The senate can seek enforcement in three ways", "a person can face charges", "must be able to defend
    itself", "firms the government could pressure": "can" in the present, "able to" under a modal or an infinitive, and
    a modal in a clause that describes a noun tell what a party is able, allowed or likely to do, a capacity or a
    procedure, not an act done (not_events.yaml capacity_modals). "Was able to win" and "could not stop" stay."""
    modals = words("capacity_modals", MODAL_RULE)
    if not modals:
        return False
    doc = anchor.doc  # the climb by token number, relations and tags by string id
    heads, deps = arrays.heads, arrays.dep
    v = anchor.i
    # the anchor and the verbs its infinitive hangs on ("can try to strike a deal"): the anchor alone when it holds
    # its own clause, else three words up
    for _ in range(1 if clause is anchor else 3):
        if any(c.dep == D_AUX and c.tag == T_MD and c.lower_ in modals for c in dependents_at(doc, v)):
            return True
        if deps[v] == D_XCOMP:
            able = heads[v]
            if deps[able] == D_ACOMP and _lemma_at(doc, able) == "able":
                be = heads[able]  # "must be able to", "needs to be able to"; "was able to" tells it done
                if any(c.dep == D_AUX and (c.tag == T_MD or c.lower_ == "to") for c in dependents_at(doc, be)) \
                        or (deps[be] == D_XCOMP and doc[be].tag == T_VB):
                    return True
        v = heads[v]
    children = dependents(clause)
    if clause.dep != D_RELCL and not any(c.tag in TS_WP_WDT and c.dep in DS_NSUBJ_NSUBJPASS_DOBJ and c.i < clause.i
                                         for c in children):
        return False  # (a relative pronoun as the clause's object or subject: "firms that the state could pressure")
    described = words("describing_modals", MODAL_RULE)
    if not any(c.dep == D_AUX and c.tag == T_MD and c.lower_ in described for c in children):
        return False
    # "concerns that Tehran may be planning to attack": the clause tells what is feared, a threat
    return _lemma_at(doc, heads[clause.i]) not in words("content_nouns", MODAL_RULE)


def _when_clause(verb: Token) -> str | None:
    """The "when" or "whenever" opening a clause on another verb, or None: "when a protester gets shot"."""
    if verb.dep != D_ADVCL:
        return None
    habit = words("habit_marks", HABIT_RULE)
    for c in dependents(verb):
        if c.dep in DS_MARK_ADVMOD and c.i < verb.i and c.lower_ in habit:
            return c.lower_
    return None


def _habitual(clause: Token) -> bool:
    """ "When a protester gets shot, the police investigate", "a claim is dismissed when it does not fit": a "when"
    clause in the present on a verb in the present tells what happens each time such a thing happens, a habit or a
    rule, not an act on an occasion; "whenever" does so in any tense (not_events.yaml habitual_when). "When the
    president visits Lima on Friday, he will meet ..." (a date, a future) and a headline's present stay."""
    if not words("habit_marks", HABIT_RULE):
        return False
    mark = _when_clause(clause)
    if mark is not None:
        inner, main = clause, clause.head
    else:
        inner = next((c for c in dependents(clause) if c.dep == D_ADVCL and _when_clause(c) is not None), None)
        if inner is None:
            return False
        mark, main = _when_clause(inner), clause
    if mark not in words("habit_marks_any_tense", HABIT_RULE) and not (_present(inner) and _present(main)):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in inner.subtree):
        return False  # "when the two leaders meet on Friday": one occasion
    return not _headline(main)  # a headline's present tells the story's happening


def _headline(token: Token) -> bool:
    """The sentence is the text's first line, or ends with no punctuation ("Rebels attack village when army leaves")."""
    last = next((t for t in reversed(sentence_of(token)) if not t.is_space), None)
    return (last is not None and not last.is_punct) or in_first_line(token)


def _standing_refusal(clause: Token) -> bool:
    """ "The consulate was not granting visas", "officials are not allowing trucks across": a negated progressive
    tells what a party kept not doing over a stretch of time, a standing policy, not an act on an occasion
    (not_events.yaml standing_refusals)."""
    if clause.tag != T_VBG or not is_on(STANDING_RULE):
        return False
    children = dependents(clause)
    if clause.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in children):
        return False  # "is not going to give in": a future refused, which factuality reads
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in TO_BE for c in children)


def _difficulty(anchor: Token) -> bool:
    """ "It will be hard for the senator to attack the president", "it is difficult to negotiate with them": an act
    in the infinitive on an adjective of difficulty or ease is a judgement of what could be done, no act
    (not_events.yaml difficulty_predictions)."""
    if anchor.tag != T_VB or anchor.dep not in DS_XCOMP_CCOMP_ADVCL:
        return False
    adjectives = words("difficulty_adjectives", DIFFICULTY_RULE)
    head = anchor.head
    if head.lemma_.lower() in adjectives or head.lower_ in adjectives:
        return True  # "hard to attack"
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and (c.lemma_.lower() in adjectives or c.lower_ in adjectives) for c in dependents(head))


def _supposed(anchor: Token, arrays: DocArrays) -> bool:
    """ "Say the senator demanded a recount", "Let's say Peru attacks": what follows a sentence-opening "say" (or
    "let's say") with no subject is the writer's supposition, an act that happened nowhere (not_events.yaml
    suppositions)."""
    supposing = words("supposing_verbs", SUPPOSING_RULE)
    if not supposing:
        return False
    doc = anchor.doc  # the climb by token number: a Token only for a verb of supposing
    heads, deps, lowers, saying = arrays.heads, arrays.dep, arrays.lower, string_ids(supposing)
    i = anchor.i
    for _ in range(5):
        h = heads[i]
        if h == i:
            return False
        if deps[i] == D_CCOMP and lowers[h] in saying and (head := doc[h]).tag == T_VB:
            if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() == "let":
                return _opens_sentence(head.head)  # "Let's say ...": the subject is the writer and the reader
            return head.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS for c in dependents(head)) \
                and _opens_sentence(head)
        i = h
    return False


def _stance_on_a_kind(anchor: Token) -> bool:
    """ "Chile opposes taking in migrants", "the opponents of sending troops": a gerund with no doer of its own that a
    verb or a noun of stance takes names the kind of act the stance is about, not one done (not_events.yaml
    stance_on_kinds)."""
    if anchor.tag != T_VBG or anchor.dep not in DS_XCOMP_DOBJ_PCOMP:
        return False
    if any(c.dep_ in ("nsubj", "poss") for c in dependents(anchor)):
        return False
    head = anchor.head
    if anchor.dep_ == "pcomp":
        if head.lower_ != "of":
            return False
        return head.head.lemma_.lower() in words("stance_nouns", STANCE_RULE)
    return head.pos_ == "VERB" and head.lemma_.lower() in words("stance_verbs", STANCE_RULE)


def _repeated_act(noun: Token) -> bool:
    """ "the repeated demands of foreign capitals", "despite frequent calls for talks": an act noun in the
    plural qualified as repeated or usual names a run of acts with no occasion of its own (not_events.yaml
    repeated_acts)."""
    if noun.tag != T_NNS:
        return False
    repeated = words("repetition_words", REPEATED_RULE)
    return any(c.dep_ == "amod" and c.lower_ in repeated for c in dependents(noun))


def _counted_movement(verb: Token) -> bool:
    """ "4,000 migrants arrived in March", "thousands of supporters came to the rally", "half of the donations went to
    the candidate": people counted in hundreds or more, or a sum or share of money, going somewhere is a figure, not
    a visit or a gift of a party (not_events.yaml counted_movements). "Three ministers arrived in Lima" stays."""
    if verb.lemma_.lower() not in words("movement_verbs", COUNTED_RULE):
        return False
    subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    deployed = words("deployed_groups", COUNTED_RULE)  # "163 peacekeepers arrived": a deployment, not a figure
    return bool(subjects) and all(_counted(s) and not any(
        t.lemma_.lower() in deployed for t in (s, *(g for c in dependents(s) if c.dep_ == "prep" for g in dependents(c))))
        for s in subjects)


def _counted(noun: Token) -> bool:
    """A crowd counted in hundreds or more, a count, or money: "4,000 people", "thousands of supporters", "most of the
    money"."""
    counts = words("count_words", COUNTED_RULE)
    money = _words()["money_words"]
    lemma = noun.lemma_.lower()
    if noun.ent_type_ == "MONEY" or lemma in money:
        return True
    if lemma in counts or noun.lower_ in counts:
        return True  # "thousands of supporters", "the number of migrants"
    wholes = [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in dependents(c)
              if g.dep_ == "pobj"]
    if lemma in words("share_words", COUNTED_RULE) and wholes:
        return all(_counted(w) for w in wholes)  # "most of the money", "half of the donations"
    for c in dependents(noun):
        if c.dep_ == "nummod" and (c.lower_ in counts or _at_least_hundreds(c.text)):
            return True
    return False


def _at_least_hundreds(number: str) -> bool:
    """ "4,000", "250" are figures; "three" is a group."""
    digits = number.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


def _run_of_acts(anchor: Token) -> bool:
    """ "has a long history of blaming others", "a record of suing reporters": a gerund with no doer of its own on a
    noun of a run of acts names what a party has kept doing, not an act on an occasion (not_events.yaml
    repeated_acts)."""
    if anchor.tag != T_VBG or anchor.dep != D_PCOMP or anchor.head.lower != LOWER_OF:
        return False
    return anchor.head.head.lemma_.lower() in words("run_nouns", REPEATED_RULE) and not any(
        c.dep_ in ("nsubj", "poss") for c in dependents(anchor))


def _writers_question(anchor: Token) -> bool:
    """ "Can the president offer the senate something it wants?", "What about dismissing the critics?", "How many jobs
    can be added by threatening tariffs?": a question the writer puts (no quotation in the sentence) about what could
    or should be done, told with a modal or as a bare gerund, is rhetoric; it reports no act (not_events.yaml
    writers_questions). "Why did Peru recall its envoy on Monday?" takes its act as done and stays; "Will Japan resume
    talks?" asks about a future act, told as hypothetical (factuality)."""
    if not is_on(WRITER_QUESTION_RULE):
        return False
    asked = once_per_doc(anchor.doc, "not_events.questions", _question_starts)
    if not asked:
        return False  # no sentence of the document ends on a question mark (most stories)
    sent = sentence_of(anchor)  # (spaCy's `Token.sent` walks the sentence both ways on every call)
    if sent.start not in asked:
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?" or any(t.is_quote for t in sent):
        return False
    if anchor.tag_ == "VBG" and anchor.dep_ in ("pcomp", "pobj", "csubj") and not any(
            c.dep_ in ("nsubj", "poss") for c in dependents(anchor)):
        return True  # "What about dismissing ...?"
    modals = words("question_modals", WRITER_QUESTION_RULE)
    token = anchor
    for _ in range(6):
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for c in dependents(token)):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _question_starts(doc: Doc) -> frozenset[int]:
    """The first words of the document's sentences whose text ends on a question mark, found once per document: the
    writer's questions are looked for only in them."""
    text = doc_text(doc)
    if "?" not in text:
        return frozenset()
    return frozenset(s.start for s in sentences(doc) if text[s.start_char:s.end_char].rstrip().endswith("?"))


def private_or_press(cand: Candidate, kind: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether the act, its parties known, is one between private parties or the press at its work, no political event
    (not_events.yaml, private parties): a professional or a firm serving its clients, a family's own legal quarrel,
    criticism of the press's work, a quarrel within a trade of care, a union's business dealings, a request for
    comment."""
    table, kind = _words(), kind.lower()  # each rule's switch is read once its cheap tests pass
    # each check is called only where its first test passes here: the first target named as a counterpart of a trade,
    # parties on both sides, the first doer a labour sector (most candidates pass none)
    if targets and _last_word(targets[0]) in table["counterpart_nouns"] \
            and _served_counterparts(kind, sources, targets, cand.anchor.doc):
        return True
    if targets and kind in table["own_kin_types"] and _own_kin(cand, targets):
        return True
    if (kind in table["family_types"] and _family_matter(cand)) or (
            kind in table["criticism_types"] and _press_criticised(cand, sources, targets)):
        return True
    if sources and targets and _trade_quarrel(cand, kind, sources, targets):
        return True
    if sources and (sources[0].sector or "").lower() in table["labour_sectors"] \
            and _labour_commerce(cand, sources, targets):
        return True
    return kind in table["comment_types"] and _comment_request(cand)


def _last_word(ref: ActorRef) -> str:
    """The head word a side is named by, as written ("his client" -> "client")."""
    return (ref.text.split() or [""])[-1].lower()


def _state_side(ref: ActorRef) -> bool:
    """A side that is a state, a body of government or a political party: a sector of state_sectors, or a country with
    no sector (a state, or a person the knowledge base places by nationality alone)."""
    return (ref.sector or "").lower() in _words()["state_sectors"] or (not ref.sector and bool(ref.country))


def _served_counterparts(kind: str, sources: list[ActorRef], targets: list[ActorRef], doc: Doc) -> bool:
    """ "The lawyer warned his client not to talk", "the fund reassured its investors": an act whose every target is
    named as the counterpart of a trade (a client, a patient, a customer, a firm's investors) is a professional's or a
    firm's service or business; a state or political doer keeps it, as do a name we do not know (unless the story names
    it by a trade), force and protest (not_events.yaml counterparts_of_a_trade)."""
    nouns = _words()["counterpart_nouns"]
    if not targets or not all(_last_word(ref) in nouns for ref in targets) or kind in _words()["force_types"] \
            or not is_on(COUNTERPART_RULE):
        return False
    legal = _words()["legal_trades"]
    political = sense_words("political_heads", PARTIES_RULE)
    private = _words()["private_critics"]
    for ref in sources:
        if _last_word(ref) in political:
            return False
        if ref.sector == "JUD" and _last_word(ref) in legal:
            continue  # "the lawyer": the agents table's court officer, here at their trade
        if _state_side(ref):
            return False
        if ref.sector and ref.sector.lower() in private:
            continue
        # a name we do not know may be an official ("García Padilla traveled to court investors"), unless the story
        # names them by a trade ("Tom Reyes, a partner at a law firm")
        if not _named_by(doc, ref, legal):
            span = tokens_at(doc, ref.start, ref.end)
            if span is None or span.root.pos_ != "NOUN" or ref.actor_id or ref.country:
                return False
    return True


_words_held: list = [None, frozenset()]  # the last document and the string ids of its words in lower case


def _doc_words(doc: Doc) -> frozenset[int]:
    """The string ids of the document's words in lower case, read once per document (in C): the rules of private
    parties look further only in documents that hold one of their words (most hold none)."""
    if _words_held[0] is not doc:
        _words_held[0], _words_held[1] = doc, frozenset(columns(doc).lower)
    return _words_held[1]


def _family_law_words(anchor: Token) -> tuple[int, ...]:
    """The indices of the sentence's words of family law ("divorce", "custody"); none unless the document holds one."""
    law, senses = _words()["family_law_words"], _words()["family_law_senses"]
    held = _doc_words(anchor.doc)  # (the ids of each list kept: a union made on every call was hashed anew)
    if string_ids(law).isdisjoint(held) and string_ids(senses).isdisjoint(held):
        return ()
    return tuple(t.i for t in sentence_of(anchor) if t.lemma_.lower() in law or t.lower_ in law or (
        t.lower_ in senses and _family_sense(t)))


def _family_sense(word: Token) -> bool:
    """ "asked for a separation", "a custody battle", "joint custody": the senses of family law, not "the separation
    of powers", "a separation barrier" or "in police custody" (not_events.yaml family_law_senses)."""
    children = dependents(word)
    if word.lower_ == "separation":
        return word.dep_ != "compound" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
    marks = _words()["custody_marks"]
    return any(c.lower_ in marks for c in children) or (word.dep_ == "compound" and word.head.lower_ in marks)


def _family_matter(cand: Candidate) -> bool:
    """ "His ex-wife accused him in divorce papers of hiding assets": a claim made in a family's own legal matter is a
    private quarrel, whoever it is about (not_events.yaml family_matters). The matter is told in a phrase of the act's
    own clause, or the doer is named as kin in a sentence that names the matter."""
    inside = _family_law_words(cand.anchor)
    if not inside or not is_on(FAMILY_RULE):
        return False
    anchor = cand.anchor
    doc = anchor.doc
    clause = [anchor]  # the act's verb and the verbs it is told under ("alleged ... that he had pushed her")
    while len(clause) < 3 and clause[-1].dep_ in ("ccomp", "xcomp", "conj", "advcl") and clause[-1].head.i != \
            clause[-1].i:
        clause.append(clause[-1].head)
    heads = {t.i for t in clause}
    for i in inside:
        token = doc[i]
        for _ in range(8):  # up from the word of family law to a phrase on the act's clause ("in divorce papers")
            if token.head.i == token.i:
                break
            if token.head.i in heads:
                if token.dep_ in ("prep", "npadvmod", "advcl"):
                    return True
                break
            token = token.head
    kin = _words()["kin_words"]
    doers = list(cand.sources) or [c for c in dependents(anchor) if c.dep_ == "nsubj"]
    return bool(doers) and all(d.lower_ in kin or d.lemma_.lower() in kin or (
        d.i >= 2 and doc[d.i - 1].text == "-" and doc[d.i - 2].lower_ in kin) or (
        d.i + 2 < len(doc) and doc[d.i + 1].text == "-" and doc[d.i + 2].lower_ in kin) for d in doers)


def _kin_of_own(word: Token, kin: frozenset[str]) -> bool:
    """ "his mother", "her sister": a kin word with a possessive pronoun; or that pronoun itself, on such a word."""
    if word.tag_ == "PRP$" and word.dep_ == "poss":
        word = word.head
    return (word.lemma_.lower() in kin or word.lower_ in kin) and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in dependents(word))


def _own_kin(cand: Candidate, targets: list[ActorRef]) -> bool:
    """ "was staying with her sister in Lima", "flew home to mourn his mother": a visit, comfort, thanks or help
    between a person and their own relative is private life (not_events.yaml own_kin_types, rule own_kin). Every
    target is such a relative, or the journey's purpose clause ("to see his daughter") is a visit to one. A relative
    the knowledge base knows by name stays ("turned to her husband", a former president)."""
    if not is_on(OWN_KIN_RULE):
        return False
    kin = _words()["kin_words"]
    doc = cand.anchor.doc

    def own(ref: ActorRef) -> bool:
        if ref.actor_id and ref.actor_id != ref.actor_id.upper():
            return False  # a person the knowledge base knows
        span = tokens_at(doc, ref.start, ref.end)
        return span is not None and len(span) > 0 and (_kin_of_own(span.root, kin) or _kin_of_own(span[0], kin))
    def objects_of(verb: Token) -> list[Token]:  # every object, and each one joined to it
        found = [o for o in dependents(verb) if o.dep_ == "dobj"]
        return found + [c for o in found for c in o.conjuncts]
    objects = objects_of(cand.anchor)
    if all(_kin_of_own(o, kin) for o in objects) and (objects or all(own(ref) for ref in targets)):
        return True  # "thanked his parents and his campaign manager" names someone else too, and stays
    # "flew to Lima to see her son": the journey's purpose is a visit to one's own relative
    if cand.frame.event_type != "CONSULT":
        return False
    purposes = [c for c in dependents(cand.anchor) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))]
    return any(found and all(_kin_of_own(o, kin) for o in found) for found in map(objects_of, purposes))


def _press_criticised(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "The talk show host faced criticism over his coverage", "fans criticized the network for its coverage":
    criticism of the press for its own work by private critics, or by none named, is commentary on the press, no
    political act; a state, an official or a party attacking the press stays, as does a critic we cannot place by name
    (not_events.yaml press_criticised)."""
    press = words("press_targets", PRESS_CRITICISM_RULE)
    if not press or not targets:
        return False
    doc = cand.anchor.doc
    critics = _words()["private_critics"]
    political = sense_words("political_heads", PARTIES_RULE)
    for ref in sources:
        if _last_word(ref) in political:
            return False
        if ref.sector:
            if ref.sector.lower() not in critics:
                return False
            continue
        span = tokens_at(doc, ref.start, ref.end) if not (ref.actor_id or ref.country) else None
        if span is None or span.root.pos_ != "NOUN":
            return False  # a name we cannot place may be a politician the knowledge base does not hold; "he" anyone
    if not all(ref.sector == "MED" or (not _state_side(ref) and _named_by(doc, ref, press)) for ref in targets):
        return False
    if sources:
        return True
    work, doing = _words()["press_work"], _words()["press_work_verbs"]
    words_of_act = [cand.anchor, *([cand.noun] if cand.noun is not None else [])]
    words_of_act += [c for c in dependents(cand.anchor) if c.dep_ == "dobj"]  # "faced criticism over ..."
    for w in words_of_act:
        for c in dependents(w):
            if c.dep_ != "prep":
                continue
            for g in dependents(c):
                if g.dep_ == "pobj" and (g.lemma_.lower() in work or g.lower_ in work):
                    return True  # "over his coverage"
                if g.dep_ == "pcomp" and any(t.lemma_.lower() in doing for t in g.subtree):
                    return True  # "for failing to challenge the candidate"
    return False


def _trade_quarrel(cand: Candidate, kind: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "Ten physicians accused Dr. Mara Quint, a television doctor, of misleading viewers": an act between persons
    each named by a trade of care, or by the press, is a quarrel in that trade; a state or political side keeps it
    (not_events.yaml trade_quarrels)."""
    care = _words()["care_trades"]
    if not sources or not targets or kind in _words()["force_types"]:
        return False
    doc = cand.anchor.doc
    if string_ids(care).isdisjoint(_doc_words(doc)) or not is_on(TRADE_QUARREL_RULE):
        return False
    if not all(not _state_side(ref) and _named_by(doc, ref, care) for ref in sources):
        return False
    trades = care | _words()["press_targets"]
    return all(not _state_side(ref) and _named_by(doc, ref, trades) for ref in targets)


def _named_by(doc: Doc, ref: ActorRef, trades: frozenset[str]) -> bool:
    """Whether a side is named by one of the trades: its head word ("the surgeons"), or a title or an apposition of
    its name ("Dr. Mara Quint", "Quint, a television doctor")."""
    if _last_word(ref) in trades:
        return True
    span = tokens_at(doc, ref.start, ref.end)
    if span is None:
        return False
    root = span.root
    if root.pos_ != "PROPN":
        return bool(_descriptions(root) & trades)
    # "Brenner has been criticized": any mention of a name the story describes ("Dr. Hal Brenner, the host"), looked for
    # only in a document that holds one of the trades
    if string_ids(trades).isdisjoint(_doc_words(doc)):
        return False
    lower, key, i = columns(doc).lower, root.lower, -1
    while True:  # the name's mentions, found in C
        try:
            i = lower.index(key, i + 1)
        except ValueError:
            return False
        if _descriptions(doc[i]) & trades:
            return True


def _descriptions(name: Token) -> frozenset[str]:
    """The words of a title or an apposition of a name ("Dr. Mara Quint", "Quint, a television doctor")."""
    described = [c for c in dependents(name) if c.dep_ in ("appos", "compound")]
    if name.dep_ == "appos":
        described.append(name.head)
    return frozenset(w for d in described for w in (d.lower_, d.lemma_.lower()))


def _labour_commerce(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "The miners' union invested $40 million in the copper mine": a purchase, a sale or an investment a union makes
    in a firm or a thing is business, as a firm's is; a state or political side keeps it (not_events.yaml
    labour_commerce)."""
    verbs, labour = _words()["commerce_verbs"], _words()["labour_sectors"]
    if not sources or not all((ref.sector or "").lower() in labour for ref in sources):
        return False
    if cand.anchor.lemma_.lower() not in verbs and (cand.noun is None or cand.noun.lemma_.lower() not in verbs):
        return False
    if not is_on(LABOUR_COMMERCE_RULE):
        return False
    return not any(_state_side(ref) or ref.actor_id and not ref.sector for ref in targets)


def _bare_comment(word: Token, comment: frozenset[str]) -> bool:
    """ "for comment", "seeking comment": the press's idiom, with no determiner or possessor ("for his comments")."""
    return word.lower_ in comment and not any(c.dep_ in ("det", "poss") for c in dependents(word))


def _comment_request(cand: Candidate) -> bool:
    """ "did not respond to the Post's requests for comment", "did not return a request seeking comment", "sought comment
    from the embassy": the press asking a party to speak, or a party's answer to it, is the press at its work, whoever
    the parties are taken to be ("the Santiago Herald" read as its city): the idiom is the press's (not_events.yaml
    comment_requests)."""
    comment = _words()["comment_words"]
    anchor = cand.anchor
    if string_ids(comment).isdisjoint(_doc_words(anchor.doc)) or not is_on(COMMENT_RULE):
        return False
    told = [anchor, *([cand.noun] if cand.noun is not None else [])]
    told += [c for c in dependents(anchor) if c.dep_ in ("dobj", "nsubjpass")]  # "return a request", "was reached"
    found = False
    for word in told:
        for c in dependents(word):
            if c.dep_ == "dobj" and word is anchor and _bare_comment(c, comment):
                found = True  # "sought comment"
            elif c.dep_ == "prep" and c.lower_ == "for":
                found = found or any(g.dep_ == "pobj" and _bare_comment(g, comment) for g in dependents(c))
            elif c.dep_ == "acl" and word is not anchor:  # "a request seeking comment"
                found = found or any(g.dep_ == "dobj" and _bare_comment(g, comment) for g in dependents(c))
            elif c.dep_ == "advcl" and word is anchor:  # "when reached for comment, the office declined"
                found = found or any(p.dep_ == "prep" and p.lower_ == "for" and any(
                    g.dep_ == "pobj" and _bare_comment(g, comment) for g in dependents(p)) for p in dependents(c))
        if found:
            return True
    return False


VOICE_RULE = "events.not_events.writers_voice"
FIRST_PERSON_RULE = "events.not_events.writers_first_person"
QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
REPORTING = word_class("reporting_verbs", "speech") | word_class("reporting_verbs", "belief")
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "prep"})  # not ccomp: what a verb rules or says


def _writers_voice(cand: Candidate) -> bool:
    """ "We should sanction Russia", "Washington ought to impose sanctions", "we mocked the hopefuls": in the writer's
    own voice (no quotation in the sentence or still open in its paragraph, no verb of saying or believing above the
    act), an act under a modal of advice done by a party is the writer's advice, and an act done by "we", or by "I"
    outside a transcript, is the writer's or the paper's own; neither is an act between parties (not_events.yaml
    writers_voice, writers_first_person)."""
    anchor = cand.anchor
    modals = words("advice_modals", VOICE_RULE)
    if not (modals or is_on(FIRST_PERSON_RULE)) or anchor.pos_ not in ("VERB", "AUX"):
        return False
    # the act's own clauses first; the sentence checks make a Span and read the paragraph, so they run only for an
    # act the clauses give to the writer (a headline or a lead passes on someone's words without marks: "Chile must
    # expel envoy")
    return _advice_or_writers(anchor, modals) and not (
        _sentence_start(anchor) == 0 or in_first_line(anchor) or _quoted(anchor))


def _advice_or_writers(anchor: Token, modals: frozenset[str]) -> bool:
    """Whether the act's clauses, climbed to the root, put it under a modal of advice with a party as subject, or
    give it to the writer's "we", with no verb of saying or believing on the way (_writers_voice)."""
    writers, excluded = words("writer_pronouns", VOICE_RULE), _words()["advice_subjects_excluded"]
    first = words("writer_first_person", FIRST_PERSON_RULE)  # "I", the writer's, unless the text is a transcript
    advice = writer = False
    own = True  # still in the act's own clause: only there does a modal advise the act itself
    heads, pos = doc_arrays(anchor.doc).heads, doc_arrays(anchor.doc).pos  # (relations and tags below by string id:
    token = anchor  # each `dep_`, `tag_` or `pos_` read decodes the string anew, a dozen a word)
    for _ in range(8):
        children = dependents(token)
        if token.i != anchor.i and pos[token.i] == P_VERB and token.lemma_.lower() in REPORTING:
            return False  # someone's words or thoughts: "the senator said Congress should act"
        subjects = [c for c in children if c.dep in DS_NSUBJ_NSUBJPASS]
        writer = writer or any(c.lower_ in writers for c in subjects)
        # "I" only as the act's own doer ("as I watched, police beat the marchers" tells what the writer saw), whatever
        # clause the act hangs on ("when I asked him, he said no")
        if own and first and any(c.lower_ in first for c in subjects) and not _transcript(anchor.doc):
            return True
        # the modal after its subject: "should the court strike them down" (put first) is a condition, not advice; and
        # "whether Chile should expel him" asks, it does not advise
        if own and (any(c.tag == T_MD and c.lower_ in modals and all(c.i > s.i for s in subjects) for c in children)
                    or (token.tag == T_MD and token.lower_ in modals)) \
                and not any(c.dep == D_MARK and c.lower_ in ("whether", "if") for c in children):
            advice = advice or bool(subjects) and all(
                c.lower_ not in excluded and c.lemma_.lower() not in noun_frames() for c in subjects)
        dep = token.dep
        if dep == D_ROOT or heads[token.i] == token.i:
            return advice or writer
        if dep not in _CLIMB_IDS:
            return False  # a clause on a noun ("a plan that Chile should adopt") or what a verb rules, decides or says
        own = own and dep in _OWN_CLAUSE_IDS  # "deserves credit for taking in ..." leaves it
        token = token.head
    return False


def _transcript(doc: Doc) -> bool:
    """The text prints a transcript: a line opens on a speaker's label in capitals ("SMITH:", "JAKE TAPPER:") or
    names a transcript, so its "I" is a speaker's, not the writer's (not_events.yaml writers_first_person)."""
    return once_per_doc(doc, "not_events.transcript", _has_transcript)


def _has_transcript(doc: Doc) -> bool:
    marks = _words()["transcript_marks"]
    for line in doc_text(doc).splitlines():
        label, colon, _ = line.strip().partition(":")
        if colon and label and label.upper() == label and any(ch.isalpha() for ch in label) and len(label) <= 40:
            return True
        if any(mark in line.lower() for mark in marks):
            return True
    return False


_CLIMB_IDS = string_ids(CLIMB_DEPS)
_OWN_CLAUSE_IDS = string_ids(("xcomp", "conj", "acomp"))


def _quoted(anchor: Token) -> bool:
    """The sentence holds a quotation mark, or a quotation opened earlier in the paragraph is still open there."""
    sent = sentence_of(anchor)
    if any(t.is_quote or t.text in ("``", "''") for t in sent):
        return True
    text = doc_text(anchor.doc)  # (doc.text joins every token's text anew: a document's worth per call)
    before = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char]
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


OPENING_MARKS = frozenset({"\u201c", "``"})
CLOSING_MARKS = frozenset({"\u201d", "''"})
TS_VB_VBP = frozenset({T_VB, get_string_id("VBP")})
DS_AUX_AUXPASS_IDS = frozenset({get_string_id("aux"), get_string_id("auxpass")})


def _quotation_around(token: Token) -> tuple[int, int] | None:
    """The first and last token numbers of the quotation the token is inside in its sentence, marks included (the
    sentence's end when it is not closed there), or None: straight marks open and close in turn."""
    doc = token.doc
    start, opened = _sentence_start(token), -1
    for t in doc[start:token.i]:
        if t.text == '"':
            opened = t.i if opened < 0 else -1
        elif t.text in OPENING_MARKS:
            opened = t.i
        elif t.text in CLOSING_MARKS:
            opened = -1
    if opened < 0:
        return None
    end = token.i
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start:
        end += 1
        if doc[end].text == '"' or doc[end].text in CLOSING_MARKS:
            break
    return opened, end


def _quoted_call(verb: Token, arrays: DocArrays) -> bool:
    """ 'Marchers chanted "Hands up, don't shoot"', 'signs reading "Stop the war, free the prisoners"': a bare verb with
    no subject, no modal and no "to" (an imperative: "do" and "not" are the only words a command takes before it),
    inside a quotation, that heads its clause there (its head, past any verbs joined to it, is outside the quotation)
    is a call, a chant or a slogan: it asks for the act, which happens nowhere (not_events.yaml quoted_calls). A
    quoted clause with a subject ('"We will strike back," he said'), one whose words before the verb are its own (a
    subject the parse missed), an infinitive ('vowed to "crush the rebels"') and a performative ('"Thank you,
    Georgia"': saying it thanks) stay."""
    allowed = words("call_auxiliaries", CALL_RULE)
    if not allowed:
        return False
    quotation = _quotation_around(verb)
    if quotation is None:
        return False
    first, last = quotation
    top = verb
    for _ in range(4):  # "Stop the war, free the prisoners": a verb joined to another call shares its clause
        if top.dep != D_CONJ or not first < top.head.i <= last:
            break
        top = top.head
    if _lemma_at(verb.doc, verb.i) in words("performatives", CALL_RULE):
        return False  # "Thank you, Georgia": saying it is the act
    for v in {verb, top}:
        if v.tag not in TS_VB_VBP:
            return False
        for c in dependents(v):
            if c.dep in DS_SUBJECTS or (c.dep in DS_AUX_AUXPASS_IDS and c.lower_ not in allowed):
                return False
    for t in verb.doc[first + 1:top.i]:  # the call opens its clause: "Hands up, don't shoot" (another clause before)
        if t.is_punct or t.is_space or t.pos_ == "INTJ" or (t.head.i == top.i and (
                t.dep_ == "neg" or t.lower_ in allowed)):
            continue
        if top.is_ancestor(t):
            return False  # words of its own before it: a clause the parse missed the subject of
    head = arrays.heads[top.i]
    return head == top.i or not first < head <= last


def _topic_of_talk(noun: Token) -> bool:
    """ "the debate over deportations", "a row about sanctions on Peru", "her views on airstrikes": an act noun with no
    determiner, possessor or number (a kind of act), after a preposition of topic on a noun of talk, dispute or stance,
    is what is talked about, no act that happened (not_events.yaml kinds_as_topics). "The debate over the
    deportation of the envoy", "the row over Peru's sanctions" and "questions about complaints by the minister that
    ..." (a doer or a content of its own) name acts and are left to the factuality rules."""
    preps = words("topic_preps", TOPIC_RULE)
    if not preps or noun.ent_type_ or any(c.dep in DS_DET_POSS_NUMMOD_PREDET_IDS or c.dep in DS_CLAUSES_ON_NOUN or (
            c.dep == D_PREP and c.lower_ == "by") for c in dependents(noun)):
        return False  # "complaints by the secretary that China ...": acts with a doer or a content of their own
    prep = noun.head
    if prep.dep != D_PREP or prep.lower_ not in preps or prep.head.i == prep.i:
        return False
    talk = prep.head
    return columns(talk.doc).pos[talk.i] == P_NOUN and _lemma_at(talk.doc, talk.i) in words("talk_nouns", TOPIC_RULE)


DS_DET_POSS_NUMMOD_PREDET_IDS = string_ids(("det", "poss", "nummod", "predet"))
DS_CLAUSES_ON_NOUN = string_ids(("acl", "relcl", "ccomp"))


# Session 29 of issue 14 (generic42: generic statements, values, means and sarcasm; PolNeAR train and dev 1-30)
COMMITMENT_RULE = "events.not_events.commitments_to_kinds"
MEANS_RULE = "events.not_events.means_listed"
OPTATIVE_RULE = "events.not_events.optatives"
HABIT_QUESTION_RULE = "events.not_events.habits_asked"
NESTED_HABIT_RULE = "events.not_events.habitual_when_nested"
FINITE = frozenset({"VBZ", "VBP", "VBD"})
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "pobj"})
TS_VBN_VBG = frozenset({T_VBN, T_VBG})
TS_VBZ_VBP = frozenset({get_string_id("VBZ"), get_string_id("VBP")})
DS_CCOMP_PCOMP_CSUBJ = frozenset({D_CCOMP, D_PCOMP, get_string_id("csubj")})


def _told_generically(anchor: Token, clause: Token, tag: int, dep: int) -> bool:
    """The checks of session 29: a gerund that names a value held or a means on offer, a clause an optative
    formula wishes away, a habit a wh-clause asks about, an act described inside a habitual "when" clause."""
    if tag == T_VBG and dep == D_PCOMP:
        return _commitment_to_a_kind(anchor) or _means_listed(anchor) or _inside_habitual_when(anchor) \
            or _task_described(anchor)
    if tag in TS_VBN_VBG and (dep in DS_ACL_RELCL or dep == D_PCOMP):
        return _inside_habitual_when(anchor)
    if tag == T_VBG and dep == D_CONJ and anchor.head.tag == T_VBG and anchor.head.dep == D_PCOMP:
        return _task_described(anchor.head)  # "a role in guaranteeing security and protecting victims"
    if tag == T_VB and _how_to(anchor):
        return True
    return _optative(clause) or _habit_asked(clause) or (tag in TS_VBZ_VBP and _standing_provision(anchor, clause))


def _commitment_to_a_kind(anchor: Token) -> bool:
    """ "We remain committed to welcoming refugees", "their dedication to helping migrants": a gerund with no doer of
    its own after "to" on a word of commitment names a value a party holds, the kind of act it stands for, not one
    done (not_events.yaml commitments_to_kinds). "Committed to meeting the envoy on Friday" names one occasion and
    stays (to the factuality rules)."""
    to = anchor.head
    if to.lower_ != "to" or to.dep_ != "prep":
        return False
    word = to.head  # "committed" after "be", "remain" or "stay" in the present: a state that holds now
    if word.lower_ not in words("commitment_words", COMMITMENT_RULE) or word.dep_ != "acomp":
        return False
    if word.head.lemma_.lower() not in words("holding_verbs", COMMITMENT_RULE) or not _present(word.head):
        return False  # "was devoted to criticizing": what an address was given over to, told as done
    if any(c.dep_ in ("nsubj", "poss") for c in dependents(anchor)):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)


def _means_listed(anchor: Token) -> bool:
    """ "The committee has two ways to force compliance: by suing in court, by asking prosecutors ...", "the options are
    to talk or by imposing sanctions": a gerund after "by" in a clause that names ways or means lists a means a party
    has, not an act it did (not_events.yaml means_listed). "Chile punished Peru by expelling its envoy" names no such
    noun and stays."""
    by = anchor.head
    for _ in range(4):  # "by filing ..., by asking ..., or by arresting ...": the joined "by" phrases climb to the first
        up = by.head  # (the parse hangs a later "by" on the gerund before it, or joins it to the "by" before it)
        if by.dep_ == "conj" and up.lower_ == "by":
            by = up
        elif by.dep_ in ("prep", "conj") and up.dep_ == "pcomp" and up.head.lower_ == "by":
            by = up.head
        else:
            break
    if by.lower_ != "by":
        return False
    means = words("means_nouns", MEANS_RULE)
    if not means:
        return False
    head = by.head
    if head.lemma_.lower() in means:
        return True
    return head.pos_ in ("VERB", "AUX") and \
        _listed_dependent(head, means, ("dobj", "attr", "nsubj", "nsubjpass")) is not None


def _listed_dependent(head: Token, listed: frozenset[str], labels: tuple[str, ...]) -> Token | None:
    """The first word hung on `head` by one of `labels` whose lemma is in `listed`: the noun of means or of task
    that a verb takes ("has two ways", "gave the agency the task"), read by the two rules that accept it."""
    return next((c for c in dependents(head) if c.dep_ in labels and c.lemma_.lower() in listed), None)


def _optative(clause: Token) -> bool:
    """ "God forbid we ask the agency anything", "heaven forbid that Peru retaliates": a clause under a formula that
    wishes it away is the writer's exclamation, often sarcastic, not an act told (not_events.yaml optatives)."""
    if clause.dep != D_CCOMP:
        return False
    head = clause.head
    if head.lemma_.lower() not in words("optative_verbs", OPTATIVE_RULE):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in words("optative_subjects", OPTATIVE_RULE) for c in dependents(head))


def _habit_asked(clause: Token) -> bool:
    """ "asked the senator how much he gives to charity", "nobody knows what she pays in taxes": a clause opened by a
    word of question, in the present simple, under another verb asks about what a party usually does, a habit, not an
    act on an occasion (not_events.yaml habits_asked). "asked why Egypt attacked Jordan" takes a past act as done and
    stays (factuality wh_questions)."""
    if clause.dep not in DS_CCOMP_PCOMP_CSUBJ or clause.tag_ not in PRESENT:
        return False
    asking = words("question_words", HABIT_QUESTION_RULE)
    if not asking:
        return False
    children = dependents(clause)
    if any(c.dep_ in AUXES for c in children):
        return False
    # the word of question is what the act is done to or by, or how much or how often it is done ("what he pays",
    # "how much he gives"); "why he attacks us" and "where he goes" take the act as given (factuality wh_questions)
    amounts = words("question_amounts", HABIT_QUESTION_RULE)
    if not any(c.i < clause.i and ((c.dep_ in ARGUMENTS and c.lower_ in asking) or (c.lower_ in amounts and any(
            g.lower_ == "how" for g in dependents(c)))) for c in children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree) and not _headline(clause)


def _inside_habitual_when(anchor: Token) -> bool:
    """ "the story only matters when the press gets a video of a young man getting beaten": a participle that describes
    a noun has no tense of its own; inside a habitual "when" clause (habitual_when) it tells what happens each time too
    (not_events.yaml habitual_when_nested)."""
    if not is_on(NESTED_HABIT_RULE):
        return False
    token = anchor.head
    for _ in range(6):
        if token.tag_ in FINITE:
            return _habitual(token)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


PROVISION_RULE = "events.not_events.standing_provisions"


def _kind_of_people(noun: Token) -> bool:
    """ "parents", "small farmers", "low-income students": a plural with no determiner, possessor, number or name in
    its phrase names a kind of people, not a party."""
    return noun.tag == T_NNS and not any(
        t.ent_type_ or (t.dep_ in ("det", "poss", "nummod", "predet") and t is not noun) for t in noun.subtree)


def _standing_provision(anchor: Token, clause: Token) -> bool:
    """ "The national government lends to families as well", "the state also lends money to small farmers": an act
    in the simple present, with no auxiliary and no date, outside a headline and outside quotation marks, whose
    receivers are all a kind of people ("to" or an indirect object) tells what a party provides as a standing
    programme, not an act on an occasion (not_events.yaml standing_provisions). "Offered loans to parents on Monday",
    "offers loans to the Peruvian farmers" stay."""
    if anchor is not clause or not is_on(PROVISION_RULE):
        return False
    children = dependents(anchor)
    if any(c.dep_ in AUXES for c in children):
        return False
    if not any(c.dep_ == "dobj" for c in children):
        return False  # no thing provided: "to cheering crowds, she vows to levy a tax" (an audience)
    receivers = [c for c in children if c.dep_ == "dative" and c.tag_ == "NNS"]
    # "to parents" on the verb or on its object ("lends money to families": the parse often hangs it on the object);
    # an object with a possessor is a thing of its own ("questions her ties to donors")
    holders = [anchor, *(c for c in children if c.dep_ == "dobj" and not any(g.dep_ == "poss" for g in dependents(c)))]
    receivers += [g for h in holders for c in dependents(h) if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                  and c.i > anchor.i for g in dependents(c) if g.dep_ == "pobj"]
    if not receivers or not all(_kind_of_people(r) for r in receivers):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree) or _headline(anchor):
        return False
    return not _quoted(anchor)


TASK_RULE = "events.not_events.tasks_described"
HOW_TO_RULE = "events.not_events.how_to"


def _task_described(anchor: Token) -> bool:
    """ "want the state playing a bigger role in shielding victims", "the agency's task of vetting refugees": a
    gerund with no doer of its own after "in" or "of" on a noun of role or task (or on a verb whose object is one),
    told in no past tense, describes a part a party plays or should play, not an act done (not_events.yaml
    tasks_described). "Played a key role in negotiating the truce" and "arrested for her role in organizing the
    attack" (a past, or a possessed role: one person's part in one act) stay."""
    prep = anchor.head
    if prep.lower_ not in ("in", "of") or any(c.dep_ in ("nsubj", "poss") for c in dependents(anchor)):
        return False
    tasks = words("task_nouns", TASK_RULE)
    if not tasks:
        return False
    holder = prep.head
    if holder.lemma_.lower() in tasks:
        role, verb = holder, holder.head
    else:
        role = _listed_dependent(holder, tasks, ("dobj",))
        if role is None:
            return False
        verb = holder
    if any(c.dep_ == "poss" for c in dependents(role)):
        return False  # "her role in organizing the attack": one party's part in one act
    for _ in range(3):  # the verb that tells the role (its infinitive or gerund climbs to its own clause)
        if verb.tag_ in ("VBD", "VBN") or any(c.dep_ in AUXES and c.tag_ in ("VBD", "VBN") for c in dependents(verb)):
            return False  # "played a key role in negotiating the truce": a part told as done
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in PRESENT or verb.head.i == verb.i:
            break
        verb = verb.head
    return not any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)


def _how_to(anchor: Token) -> bool:
    """ "figuring out how to attack an old ally", "to study how to guard the servers": an infinitive opened by
    "how" names a way of doing the act, a method asked about or taught, not an act done (not_events.yaml how_to)."""
    ways = words("method_words", HOW_TO_RULE)
    if not ways:
        return False
    children = dependents(anchor)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ == "advmod" and c.lower_ in ways and c.i < anchor.i for c in children)
