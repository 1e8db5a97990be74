"""Frame fit (issue 14, session 26): a trigger word codes its frame only when its arguments are of the kinds that
frame needs (senses.yaml frame_fit26, one rule id each).

A REQUEST needs someone asked for something: to seek to do a thing is to try it oneself, and to seek an office is to
run for it. AID needs goods, money, arms or people given to a party that benefits: a lead, a boost or a look given is
a figure, and a weapon delivering its payload gives nothing. A visit needs a traveller who goes to a place: money
or a vote that "goes to" someone, or voters going to the polls, pay no visit. Praise (SUPPORT) is given to a party or
its deed: an occasion celebrated, a promise honoured or a child welcomed is none. An arrest and an expulsion need
persons taken or sent: examples rounded up or a pledge one "turns back on" are not. An occupation needs territory:
a post or a position held is none. A show of force needs forces: reasons reinforced are not. Access granted (CAMEO
086, "let outsiders in") needs someone let in: a sale permitted is made possible. Force (ASSAULT) needs a victim: a
number hit is reached, a cause fought for is striven for, and the press destroys no one but in words. A concession
is made to a party or its demand, an agreement signed is a pact (not a letter), and protection is given to people
(not to a right). Read by sense_rules.set_aside, once per matched verb frame; each check reads one kind of frame.

Session 27 adds the same checks for noun triggers (`noun_unfit`, read in detect.py's noun loop): a return needs a thing
handed back, a release a person let go, a war a party fought. And two verb checks:
things pulled out are no forces withdrawn, and a race left is no body left (senses.yaml frame_fit27).

Session 28 (senses.yaml frame_fit28): money or jobs handed back to households or by a firm are no return between
parties; migrants and families on the move pay no visit; footage shot is filmed; a claim examined, a fee charged and
"as opposed to" accuse no one.

Session 41 (senses.yaml frame_fit41): a speech, a ruling or a work delivered, given or released hands over no goods
and lets no one go; a rival or a machine beaten in a contest is outdone, not struck; voters appealed to or targeted
are courted by a campaign, neither asked for a thing nor attacked; what one is "provided with" is the thing given; and "thank God" exclaims relief, praising no one.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from detente.events.lexicon import Frame, _yaml, sense_words
from detente.events.parties import party_sectors
from detente.nlp.perdoc import dependents, entities
from detente.nlp.syntax import sentence_of
from detente.rules import is_on, switched_off_ids

PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
QUANTIFIERS = frozenset({"most", "all", "much", "some", "half", "share", "bulk", "majority", "part", "portion",
                         "percent", "many", "none", "lot", "lion's", "rest", "third", "quarter", "fraction",
                         "kind", "sort", "type", "form", "bit", "piece"})
COUNT_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
OBJECTS = frozenset({"dobj", "nsubjpass"})
THING_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "these", "those", "something", "anything",
                            "everything", "nothing"})

ATTEMPT_RULE = "events.senses.attempt_sought"
OFFICE_RULE = "events.senses.office_sought"
MANNER_RULE = "events.senses.manner_insisted"
BENEFIT_RULE = "events.senses.benefit_given"
PAYLOAD_RULE = "events.senses.weapon_payload"
PROTECT_RULE = "events.senses.legal_protection"
TRAVEL_RULE = "events.senses.no_traveller"
OCCASION_RULE = "events.senses.occasion_celebrated"
SIGNED_RULE = "events.senses.paper_signed"
GATHERED_RULE = "events.senses.things_gathered"
EXPELLED_RULE = "events.senses.no_one_expelled"
HELD_RULE = "events.senses.post_held"
REINFORCED_RULE = "events.senses.abstract_reinforced"
PERMITTED_RULE = "events.senses.nothing_let_in"
REACHED_RULE = "events.senses.quantity_reached"
RETURNED_RULE = "events.senses.reply_returned"
CAUSE_RULE = "events.senses.cause_fought_for"
PRESS_BLOW_RULE = "events.senses.press_cannot_strike"
CONCEDE_RULE = "events.senses.nothing_conceded"
PLEA_RULE = "events.senses.plea_entered"
REQUIRES_RULE = "events.senses.thing_requires"
FALL_RULE = "events.senses.fall_not_refusal"
OWN_RETURN_RULE = "events.senses.own_return"
RELEASED_RULE = "events.senses.things_released"
WAR_ON_THING_RULE = "events.senses.war_on_a_thing"
PULLED_RULE = "events.senses.thing_pulled_out"
RACE_LEFT_RULE = "events.senses.own_race_left"
CAUGHT_RULE = "events.senses.caught_on_record"
THING_HELPS_RULE = "events.senses.thing_helps"
CONCEDED_FACT_RULE = "events.senses.fact_conceded"
THING_RUINS_RULE = "events.senses.thing_ruins"
MONEY_RETURNED_RULE = "events.senses.money_returned"
MIGRANTS_RULE = "events.senses.migrants_arriving"
FOOTAGE_RULE = "events.senses.footage_shot"
CHECKED_RULE = "events.senses.claim_checked"
PRICE_RULE = "events.senses.price_charged"
KILLING_MADE_RULE = "events.senses.killing_made"
CONTRAST_RULE = "events.senses.as_opposed_to"
INVESTED_RULE = "events.senses.things_invested_in"
OWN_CONDUCT_RULE = "events.senses.own_conduct_defended"
WORDS_OFFERED_RULE = "events.senses.words_offered"
DISPOSITION_RULE = "events.senses.disposition_not_intent"
RECORDS_RULE = "events.senses.records_not_goods"
RIVAL_RULE = "events.senses.rival_challenged"
VIEWS_RULE = "events.senses.views_offered"
ILL_WAR_RULE = "events.senses.ill_named_war"
WORKS_RULE = "events.senses.works_not_goods"
OUTDONE_RULE = "events.senses.rival_outdone"
COURTED_RULE = "events.senses.electorate_courted"
GIVEN_WITH_RULE = "events.senses.given_with"
THANKS_RULE = "events.senses.thanks_exclaimed"
GRASPED_RULE = "events.senses.captured_not_held"
UNLESS_RULE = "events.senses.barring_unless"
CONTENDER_RULE = "events.senses.contender_to_challenge"
ABSTRACT_HARMED_RULE = "events.senses.abstract_destroyed"
ACTIVITY_LEFT_RULE = "events.senses.activity_left"
HELD_UP_RULE = "events.senses.held_up"
PULLED_BACK_RULE = "events.senses.thing_pulled_back"
COLLECTION_RULE = "events.senses.collection_gathered"
EFFORT_RULE = "events.senses.effort_invested"
RACE_CONTESTED_RULE = "events.senses.race_contested"
STATE_LABELS = frozenset({"GPE", "NORP"})


@lru_cache(maxsize=1)
def _fit_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit26, kept under one key so that they load apart from the older ones."""
    data = _yaml("senses.yaml")["frame_fit26"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit27_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit27 (session 27's noun and verb checks)."""
    data = _yaml("senses.yaml")["frame_fit27"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit28_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit28 (session 28's checks)."""
    data = _yaml("senses.yaml")["frame_fit28"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit29_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit29 (session 29's checks)."""
    data = _yaml("senses.yaml")["frame_fit29"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit30_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit30 (session 30's checks)."""
    data = _yaml("senses.yaml")["frame_fit30"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit33_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit33 (session 33's checks)."""
    data = _yaml("senses.yaml")["frame_fit33"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit41_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit41 (session 41's checks)."""
    data = _yaml("senses.yaml")["frame_fit41"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _fit42_lists() -> dict[str, frozenset[str]]:
    """The word lists of senses.yaml frame_fit42 (session 42's checks)."""
    data = _yaml("senses.yaml")["frame_fit42"]
    return {str(key): frozenset(str(w).lower() for w in words) for key, words in data.items()}


def fit42_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit42; empty while its rule is switched off."""
    return _fit42_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit41_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit41; empty while its rule is switched off."""
    return _fit41_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit33_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit33; empty while its rule is switched off."""
    return _fit33_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit30_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit30; empty while its rule is switched off."""
    return _fit30_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit29_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit29; empty while its rule is switched off."""
    return _fit29_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit28_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit28; empty while its rule is switched off."""
    return _fit28_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit27_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit27; empty while its rule is switched off."""
    return _fit27_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def fit_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of senses.yaml frame_fit26; empty while its rule is switched off."""
    return _fit_lists()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def _lemma(token: Token) -> str:
    """The lower-case lemma every list here is written in."""
    return token.lemma_.lower()


def _named(token: Token, words: frozenset[str]) -> bool:
    """By lemma or form: the small model lemmatises some plurals oddly ("taxes" -> "taxis")."""
    return token.lemma_.lower() in words or token.lower_ in words


def _objects(verb: Token) -> list[Token]:
    """What the verb is done to: its object or passive subject, or the noun a participle or relative clause is on."""
    found = [c for c in dependents(verb) if c.dep_ in OBJECTS]
    if not found and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        found = [verb.head]  # "delegates awarded to her", "the examples rounded up by the campaign"
    return found


def _subjects(verb: Token) -> list[Token]:
    """The doers: the verb's subject, or that of the verb it is joined to or governed by ("sought to calm ...")."""
    found = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if not found and verb.dep_ in ("conj", "xcomp", "advcl"):
        found = [c for c in dependents(verb.head) if c.dep_ == "nsubj"]
    return found


def _is_party(token: Token) -> bool:
    """A name, a personal pronoun or a noun for people (unnamed_parties.yaml, senses.yaml public_roles, force_nouns,
    admitted_people, press): something that can be a side of an event."""
    if token.ent_type_ in PARTY_LABELS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in THING_PRONOUNS
    lemma = token.lemma_.lower()
    return lemma in party_sectors() or lemma in _fit_lists()["people"] or any(
        lemma in sense_words(key, rule) or token.lower_ in sense_words(key, rule)
        for key, rule in (("public_roles", "events.senses.attack_on_a_person"),
                          ("force_nouns", "events.senses.forces_mobilized"),
                          ("admitted_people", "events.senses.door_opened_to"),
                          ("press", "events.senses.questions_asked"),
                          ("business_roles", "events.senses.business_sides"),
                          ("public_party_nouns", "events.senses.business_sides"),
                          ("political_roles", "events.senses.commentary")))


def unfit(verb: Token, frame: Frame, kind: str) -> bool:
    """Whether the verb's arguments are not of the kinds its frame needs: no event from this match."""
    if kind in RECORD_KINDS and _records_only(verb, frame, kind):
        return True
    if kind in WORK_KINDS and _work_handed(verb, frame, kind):
        return True
    if kind in COURTED_KINDS and _electorate_courted(verb, frame, kind):
        return True
    check = CHECKS.get(kind)
    return check is not None and check(verb, frame)


RECORD_KINDS = frozenset({"AID", "COERCE", "RETREAT"})
WORK_KINDS = frozenset({"AID", "RETREAT"})
COURTED_KINDS = frozenset({"REQUEST", "ASSAULT", "ACCUSE"})
WORK_LABELS = frozenset({"WORK_OF_ART"})
RELATIVES = frozenset({"that", "which", "who", "whom"})


def _work_handed(verb: Token, frame: Frame, kind: str) -> bool:
    """ "delivered the State of the Union Address", "released its ruling", "released another brochure", "released
    'The Long Road', a film": a speech, a ruling, printed matter or a named work delivered, given or released is said
    or published; aid (CAMEO 07) hands over goods, money, arms or people and a release (CAMEO 0841) lets persons go
    (senses.yaml works_not_goods). "Chile delivered food to Peru" and "Peru released the fishermen" stay."""
    works = fit41_words("works", WORKS_RULE)
    if not works or frame.obj or (kind == "RETREAT" and frame.cameo != "0841"):
        return False
    things = [_antecedent(t) for t in _objects(verb) if not _split_prefix(t)]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_title(t, verb) or _named(_counted(t), works) and t.ent_type_ not in
                                PARTY_LABELS - {"ORG"} or _name_ends_in(t, works) for t in things)


def _title(token: Token, verb: Token) -> bool:
    """A title the parser tags as a work of art, of two words or more and apart from the verb: a headline in capitals
    ("White Voters Might Help the Senator") is tagged so by mistake, the verb inside it."""
    return token.ent_type_ in WORK_LABELS and any(e.start <= token.i < e.end and len(e) > 1 and not e.start <= verb.i
                                                  < e.end for e in entities(token.doc))


def _name_ends_in(token: Token, words: frozenset[str]) -> bool:
    """A proper name whose last word is one of the words ("the State of the Union Address", parsed as "State" with
    "of the Union Address" below it)."""
    if not token.ent_type_ or token.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    name = [t for t in token.subtree if t.ent_type_ == token.ent_type_ and t.i >= token.i]
    return bool(name) and name[-1].pos_ == "PROPN" and _named(name[-1], words)


def _electorate_courted(verb: Token, frame: Frame, kind: str) -> bool:
    """ "appealing to swing voters", "the voters that the senator is targeting": voters, an electorate or an audience
    appealed to or targeted are courted by a campaign; a request (CAMEO 02) asks a party for something and force or an
    accusation is aimed at a party (senses.yaml electorate_courted). "Appealed to the court", "appealed to the senator
    to withdraw" and "militants targeted voters with car bombs" stay."""
    if frame.obj or _lemma(verb) not in fit41_words("courting_verbs", COURTED_RULE):
        return False
    electorate = _fit41_lists()["electorate"]
    children = dependents(verb)
    if kind == "REQUEST":
        courted = _appealed_to(verb)
        misread = {t.i for t in courted for t in t.ancestors}  # "appealed to swing voters": "swing" read as a verb
        if any((c.dep_ in ("xcomp", "ccomp", "dobj") and c.i not in misread) or (
                c.dep_ == "prep" and c.lower_ == "for") for c in children):
            return False  # "appealed to the senator to withdraw", "appealed for calm": something asked for
    else:
        courted = [verb.head if verb.dep_ == "relcl" and c.lower_ in RELATIVES else c for c in children
                   if c.dep_ == "dobj"]  # "the voters that he is targeting": "that" stands for the voters
        if not courted and verb.dep_ == "relcl":
            head = verb.head  # "the voters -- often union members -- that he is targeting"
            courted = [head.head if head.dep_ == "appos" else head]
        if any(t.lemma_.lower() in _force_marks() or t.lower_ in _force_marks()
               for t in sentence_of(verb) if t.i != verb.i):
            return False  # "targeted voters with car bombs": force
    courted += [c for t in courted for c in t.conjuncts]
    return bool(courted) and all(_named(_counted(t), electorate) for t in courted)


def _appealed_to(verb: Token) -> list[Token]:
    """The noun right after the verb's "to" ("appealed to swing voters"), read from the words, since the parser may
    take a modifier such as "swing" for a verb of its own."""
    doc = verb.doc
    at = verb.i + 1
    if at >= len(doc) or doc[at].lower_ != "to":
        return []
    for token in doc[at + 1:min(at + 6, len(doc))]:
        if token.pos_ in ("NOUN", "PROPN", "PRON") and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in (
                "NOUN", "PROPN") and token.dep_ in ("compound", "amod")):
            return [token]
        if token.is_punct:
            break
    return []


def _force_marks() -> frozenset[str]:
    """The words of force (senses.yaml attack_on_a_person force_marks)."""
    return sense_words("force_marks", "events.senses.attack_on_a_person")


def _records_only(verb: Token, frame: Frame, kind: str) -> bool:
    """ "the emails she provided to the department", "her work emails were captured", "searched their records",
    "depositions released in March", "sent an e-mail": a record or a message given, sent, captured, searched, returned or released is
    filed, handed in or published; aid gives goods or people, an arrest takes persons, a search goes through a party's
    premises, a release or a return lets persons go or hands property back (senses.yaml records_not_goods)."""
    records = fit33_words("records", RECORDS_RULE)
    if not records or frame.obj:
        return False
    if kind == "COERCE" and frame.cameo != "173" and _lemma(verb) not in _fit33_lists()["searching_verbs"]:
        return False
    if kind == "RETREAT" and frame.cameo not in ("0841", "0842"):
        return False
    things = [_antecedent(t) for t in _objects(verb) if not _split_prefix(t)]
    if verb.head in things and any(c.dep_ in ("aux", "auxpass") for c in dependents(verb)):
        return False  # "reports that some men had been arrested": a clause with its auxiliaries, mis-hung on a noun
    things += [c for t in things for c in t.conjuncts]
    if not things:
        return False
    # its own list, not the wider ones of things published or shown: "post" (a message, or a border post) and
    # "amount" (of money, of aid) are places or goods as often
    words = records
    return all(_named(_counted(t), words) for t in things)


def _rival_challenged(verb: Token) -> bool:
    """ "is challenging the senator for the nomination", "had the money to challenge her in the primary", "will contest
    the seat": a rival challenged for an office or in a race, or a race or an office contested, is run against; an
    accusation (CAMEO 111) disputes a party's words or deeds (senses.yaml rival_challenged). "Challenged the senator on
    his record", "challenged her to a debate" and "challenged the ruling in court" stay."""
    if _lemma(verb) not in fit33_words("challenging_verbs", RIVAL_RULE):
        return False
    contests = _fit_lists()["races"] | _fit_lists()["offices"] | _fit33_lists()["race_words"]
    things = _objects(verb)
    if not things:
        return False
    if all(_named(t, contests) and not t.ent_type_ for t in things):
        return True  # "will contest the seat", "challenged the primary"
    if not all(_is_party(t) for t in things):
        return False  # "challenged the ruling": a deed disputed
    children = dependents(verb)
    if any(c.dep_ in ("ccomp", "xcomp") for c in children):
        return False
    # the phrase may hang on the rival ("challenging the senator for the nomination")
    phrases = [(c.lower_, g) for h in (verb, *things) for c in dependents(h) if c.dep_ == "prep"
               for g in dependents(c) if g.dep_ == "pobj"]
    if any(word in ("on", "over", "about", "to", "with", "in") and not _named(g, contests) for word, g in phrases):
        return False  # "challenged him on his record", "to a debate", "in court"
    if _contender_to_challenge(verb):
        return True
    return any(word in ("for", "in") and _named(g, contests) for word, g in phrases)


def _contender_to_challenge(verb: Token) -> bool:
    """ "the only candidate with the wherewithal to challenge the senator", "no clear favorite to challenge her": an
    infinitive on a noun of a contender or of a campaign's means names who could run against the party, no accusation
    made (senses.yaml contender_to_challenge). Read by _rival_challenged once the party challenged is no deed and no
    "on", "over" or "to" phrase names a matter disputed."""
    marks = [c for c in dependents(verb) if c.dep_ == "aux" and c.lower_ == "to" and c.i > 0]
    if not marks:
        return False
    if verb.dep_ in ("acl", "relcl"):
        noun = verb.head
    else:  # "has no clear favorite to challenge her": the infinitive misread as the verb's complement
        noun = verb.doc[marks[0].i - 1]
        if verb.dep_ != "xcomp" or noun.dep_ not in ("dobj", "attr", "pobj", "conj"):
            return False
    return _named(noun, fit41_words("contender_nouns", CONTENDER_RULE))


def _split_prefix(token: Token) -> bool:
    """A piece of a hyphenated word the tokenizer split ("e" and "-" of "e-mail"): the last piece names the thing."""
    doc = token.doc
    return token.is_punct or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 1].dep_ == token.dep_)


def _antecedent(token: Token) -> Token:
    """A relative pronoun object ("the letters that the campaign sent") stands for the noun just before it."""
    if token.tag_ in ("WDT", "WP") and token.i > 0:
        before = token.doc[token.i - 1]
        if before.pos_ in ("NOUN", "PROPN"):
            return before
    return token


def _request(verb: Token, frame: Frame) -> bool:
    """REQUEST from a verb of seeking, insisting, pleading or requiring: an attempt, an office, a manner, a plea to a
    charge, a condition a thing sets (five rules)."""
    if frame.obj or _lemma(verb) not in _fit_lists()["request_verbs"]:
        return False
    return _attempt(verb) or _office(verb) or _manner(verb) or _plea(verb) or _thing_requires(verb)


def _plea(verb: Token) -> bool:
    """ "pleaded guilty to fraud", "pleaded not guilty", "pled on the eve of trial": a defendant's plea answers a
    charge; a request pleads "for" something, "with" someone or that someone act (senses.yaml plea_entered)."""
    if _lemma(verb) not in fit_words("plea_verbs", PLEA_RULE):
        return False
    children = dependents(verb)
    if any(c.lower_ in ("guilty", "innocent") for c in children):
        return True
    return not any(c.dep_ in ("xcomp", "ccomp", "dobj", "dative") or (
        c.dep_ == "prep" and c.lower_ in ("for", "with")) for c in children)


def _thing_requires(verb: Token) -> bool:
    """ "an offense that required me to see a doctor", "the job requires travel": a condition a thing sets is no
    party's demand (senses.yaml thing_requires); "Chile required Peru to pay" stays."""
    if _lemma(verb) not in fit_words("requiring_verbs", REQUIRES_RULE):
        return False
    doers = _subjects(verb)
    if verb.dep_ == "relcl" and (not doers or doers[0].tag_ in ("WDT", "WP")):
        doers = [verb.head]
    return bool(doers) and not any(_is_party(d) or d.pos_ == "PRON" and d.lower_ not in THING_PRONOUNS
                                   for d in doers) and not any(d.ent_type_ for d in doers)


def _attempt(verb: Token) -> bool:
    """ "the mayor sought to calm the markets", "sought out new donors": seeking to do a thing is trying it,
    seeking something out is looking for it; no one is asked (senses.yaml attempt_sought)."""
    if _lemma(verb) not in fit_words("attempt_verbs", ATTEMPT_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return True
    if any(c.dep_ == "dobj" for c in children):
        return False  # "seeking a panel to oversee the works": something asked for, with what it is to do
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children)


def _office(verb: Token) -> bool:
    """ "is seeking reelection", "not seeking public office", "seek the party's nomination": an office or a
    candidacy sought is run for; no party is asked (senses.yaml office_sought)."""
    offices = fit_words("offices", OFFICE_RULE)
    if not offices or _lemma(verb) not in fit_words("office_verbs", OFFICE_RULE):
        return False
    return any(_named(o, offices) for o in _objects(verb))


def _manner(verb: Token) -> bool:
    """ "insists on being himself", "insisted on remaining neutral": insisting on one's own way of being asks no one
    for anything (senses.yaml manner_insisted)."""
    if _lemma(verb) not in fit_words("insisting_verbs", MANNER_RULE):
        return False
    states = fit_words("manner_verbs", MANNER_RULE)
    doc = verb.doc
    # the gerund right after "on" (the parse may hang it on what follows: "on remaining neutral")
    return any(c.i + 1 < len(doc) and doc[c.i + 1].tag_ == "VBG" and _lemma(doc[c.i + 1]) in states
               for c in dependents(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon"))


def _aid(verb: Token, frame: Frame) -> bool:
    """AID from a verb of giving: a benefit in a contest or a standing, a look or a word given (benefit_given), or a
    payload a weapon delivers (weapon_payload)."""
    if _protected(verb, frame) or _thing_helps(verb, frame):
        return True
    if frame.obj or _lemma(verb) not in fit_words("giving_verbs", BENEFIT_RULE):
        return False
    return _benefit(verb) or _payload(verb) or _given_with(verb)


def _given_with(verb: Token) -> bool:
    """ "provided the first lady with fresh material", "supplied reporters with new details": with "provide" or
    "supply", the one provided is the object and the thing given is named by "with"; a benefit, a document, a record
    or a work given so is a figure, a message or a paper, no aid (senses.yaml given_with). "Provided the rebels with
    rifles" stays."""
    if _lemma(verb) not in fit41_words("with_giving_verbs", GIVEN_WITH_RULE):
        return False
    given = [g for c in dependents(verb) if c.dep_ == "prep" and c.lower_ == "with" for g in dependents(c)
             if g.dep_ == "pobj"]
    given += [c for t in given for c in t.conjuncts]
    words = (fit_words("benefits", BENEFIT_RULE) | fit_words("documents", BENEFIT_RULE)
             | _fit33_lists()["records"] | _fit41_lists()["works"])
    return bool(given) and all(_named(_counted(t), words) for t in given)


def _thing_helps(verb: Token, frame: Frame) -> bool:
    """ "her presence on the ballot will help our candidates", "bringing up gender doesn't help her", "it will help
    both men": a thing, a fact or a deed that helps someone is good for them; aid (CAMEO 070) is given by a party
    (senses.yaml thing_helps). "Chile helped Peru after the floods" and "the senator helped her rival" stay."""
    if frame.obj or _lemma(verb) not in fit27_words("helping_verbs", THING_HELPS_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ == "csubj" for c in children):
        return True  # "bringing up gender doesn't help her": a deed
    doers = [c for c in children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        doers = [c for c in dependents(verb.head) if c.dep_ == "nsubj"]  # "is going to help": the subject above
    if not doers or any(d.tag_ in ("WDT", "WP") for d in doers):
        return False
    return all(d.lower_ in fit27_words("thing_doers", THING_HELPS_RULE) or (
        d.pos_ == "NOUN" and not d.ent_type_ and not _is_party(d) and not _is_party(_counted(d))
        and not any(c.ent_type_ in PARTY_LABELS or c.dep_ == "poss" and c.pos_ == "PROPN" for c in d.subtree
                    if c.i < d.i))
        for d in doers)


def _benefit(verb: Token) -> bool:
    """ "gave him a big boost", "gives her an edge", "were given a sneak peek", "gave critics ammunition": an
    advantage, a chance or a look given is a figure; what a party gives in aid is goods, money, arms or people
    (senses.yaml benefit_given). Ammunition or fodder given to anyone but a state or a force is a figure too."""
    benefits = fit_words("benefits", BENEFIT_RULE)
    if not benefits:
        return False
    objects = _objects(verb)
    if any(_named(_counted(t), benefits) for t in objects):
        return True
    if any(_counted(t).ent_type_ in TIME_LABELS for t in objects):
        return True  # "the plane has flown about 333 hours": a span of time is no goods
    if any(_named(t, fit_words("documents", BENEFIT_RULE)) for t in objects):
        return True  # "sent screenshots of their chats to the paper": what is said or shown, no goods
    if any(g.dep_ == "pobj" and _named(g, fit_words("activity_places", TRAVEL_RULE)) and not g.ent_type_
           for c in dependents(verb) if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in dependents(c)):
        return True  # "would not send me to prison", "sent their sons to good colleges"
    supplies = [t for t in objects if _named(t, fit_words("figurative_supplies", BENEFIT_RULE))]
    if not supplies:
        return False
    children = dependents(verb)
    takers = [c for c in children if c.dep_ in ("dative", "iobj")] + [
        g for c in children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in dependents(c) if g.dep_ == "pobj"]
    takers += [c for c in children if c.dep_ == "nsubjpass"]
    forces = sense_words("force_nouns", "events.senses.forces_mobilized")
    return not any(t.ent_type_ in ("GPE", "NORP") or _named(t, forces) for t in takers)


def _protected(verb: Token, frame: Frame) -> bool:
    """ "vowed to protect the Constitution", "protecting religious liberties", "organizing should be protected in our
    courts": protection (CAMEO 074) is given to people or a party against harm; a right, a value or a job protected is
    defended in words or law, and a protection the law or a court gives is its scope (senses.yaml legal_protection)."""
    if frame.cameo != "074" or frame.obj or _lemma(verb) not in fit_words("protecting_verbs", PROTECT_RULE):
        return False
    children = dependents(verb)
    legal = fit_words("legal_settings", PROTECT_RULE)
    if any(g.dep_ == "pobj" and _named(g, legal) for c in children if c.dep_ in ("prep", "agent")
           and c.lower_ in ("under", "in", "by") for g in dependents(c)):
        return True
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    held = fit_words("protected_things", PROTECT_RULE)
    return bool(things) and all(_named(t, held) and not _is_party(t) for t in things)


def _payload(verb: Token) -> bool:
    """ "missiles capable of delivering nuclear warheads": a weapon delivering or carrying its payload gives no aid
    (senses.yaml weapon_payload)."""
    weapons = fit_words("weapons", PAYLOAD_RULE)
    doers = _subjects(verb)
    if not doers and verb.dep_ in ("acl", "relcl", "pcomp"):
        doers = [verb.head]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            doers = [verb.head.head]  # "missiles capable of delivering": the adjective's noun
            while doers[0].dep_ in ("amod", "acomp") and doers[0].head is not doers[0]:
                doers = [doers[0].head]
    return any(_named(d, weapons) for d in doers)


def _visit(verb: Token, frame: Frame) -> bool:
    """A visit with no traveller going to a place (senses.yaml no_traveller): money, a vote or a bill that "goes to"
    someone, "going to" that tells a future, voters going to the polls or children to school, a member arriving
    in the body they were elected to."""
    if frame.cameo != "042" or not is_on(TRAVEL_RULE):
        return False
    lemma = _lemma(verb)
    if lemma not in fit_words("travel_verbs", TRAVEL_RULE):
        return False
    doc = verb.doc
    if lemma == "go" and verb.tag_ == "VBG":
        after = doc[verb.i + 1:verb.i + 3]
        if len(after) == 1 or (len(after) == 2 and after[0].lower_ == "to" and (
                after[1].tag_ == "VB" or after[1].is_punct or after[1].is_sent_end)):
            return True  # "is going to go", "she's going to."
    if any(_named(_counted(s), fit_words("moved_things", TRAVEL_RULE)) for s in _subjects(verb)):
        return True
    if _migrants(verb):
        return True
    if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "prt") for c in dependents(verb)):
        return True  # "flew home to Vermont": going home visits no one
    places = [g for c in dependents(verb) if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "into")
              for g in dependents(c) if g.dep_ == "pobj" and g.ent_type_ not in TIME_LABELS and not g.like_num]
    if lemma not in ("visit", "tour"):
        places += [c for c in dependents(verb) if c.dep_ == "pobj"]
    return bool(places) and all(
        (_named(p, fit_words("activity_places", TRAVEL_RULE)) or (
            lemma in ("arrive", "land") and _named(p, fit_words("joined_bodies", TRAVEL_RULE))))
        and p.ent_type_ not in ("GPE", "LOC") for p in places)


def _migrants(verb: Token) -> bool:
    """ "families arriving at the border", "her parents arrived in Lima in 1961", "migrants travelling to Europe":
    migrants, refugees, families or parents on the move go to live or to seek refuge; a visit (CAMEO 042) is a party's
    journey to another (senses.yaml migrants_arriving). "The president arrived in Lima" stays."""
    travellers = fit28_words("migrant_travellers", MIGRANTS_RULE)
    if not travellers:
        return False
    doers = _subjects(verb)
    if not doers and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        doers = [verb.head]  # "families arriving at the border"
    doers += [c for d in doers for c in d.conjuncts]
    return bool(doers) and all(_named(_counted(d), travellers) and _counted(d).ent_type_ not in PARTY_LABELS
                               and not _house_named(_counted(d)) for d in doers)


def _house_named(noun: Token) -> bool:
    """ "the royal family", "the Obama family", "the first family": a ruling or a public house, whose journeys are
    visits; "Syrian families" (a people's) are not."""
    return any(c.dep_ in ("compound", "amod", "poss") and (c.ent_type_ in ("PERSON", "ORG") or c.lower_ in (
        "royal", "first", "imperial", "presidential")) for c in dependents(noun))


def _counted(noun: Token) -> Token:
    """ "most of the gains" are gains: a share or a count stands for the noun of its "of" phrase."""
    if noun.like_num or noun.lemma_.lower() in QUANTIFIERS:
        of = [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in dependents(c)
              if g.dep_ == "pobj"]
        if of:
            return of[0]
    return noun


def _support(verb: Token, frame: Frame) -> bool:
    """Praise with no party or deed praised (senses.yaml occasion_celebrated): an occasion celebrated or marked, a
    promise honoured, a newborn welcomed, "was honored to serve", a celebration with nothing named."""
    lemma = _lemma(verb)
    if _own_conduct(verb, frame) or _thanks_exclaimed(verb):
        return True
    if frame.obj or lemma not in fit_words("celebrating_verbs", OCCASION_RULE):
        return False
    children = dependents(verb)
    if lemma in fit_words("honouring_verbs", OCCASION_RULE) and any(c.dep_ == "auxpass" for c in children) and any(
            c.dep_ in ("xcomp", "prep") for c in children) and not any(c.dep_ == "agent" for c in children):
        return True  # "would be honored to serve": a feeling
    things = _objects(verb)
    if lemma in fit_words("signing_verbs", SIGNED_RULE):
        papers = fit_words("signed_papers", SIGNED_RULE) | fit_words("documents", BENEFIT_RULE)
        return frame.cameo == "057" and bool(things) and all(_named(_counted(t), papers) for t in things)
    if not things:
        return lemma in fit_words("festive_verbs", OCCASION_RULE) and verb.dep_ not in ("acl", "relcl", "amod")
    words = fit_words("occasions", OCCASION_RULE)
    if lemma in fit_words("honouring_verbs", OCCASION_RULE):
        words = words | fit_words("obligations", OCCASION_RULE)
    if lemma in fit_words("welcoming_verbs", OCCASION_RULE):
        words = words | fit_words("newborns", OCCASION_RULE)
    return all((_named(t, words) and not _others(t)) or (lemma in fit_words("festive_verbs", OCCASION_RULE)
                                                         and t.lower_.endswith(("self", "selves"))) for t in things)


def _thanks_exclaimed(verb: Token) -> bool:
    """ "Thank God, I am very healthy", "thank heavens they can fix it": thanks with no one thanking, given to a deity
    or to luck, is an exclamation of relief, no praise of a party (senses.yaml thanks_exclaimed). "The senator thanked
    God and her voters" (a subject, a party beside) stays."""
    if _lemma(verb) not in fit41_words("thanking_verbs", THANKS_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    things = [c for c in children if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_named(t, _fit41_lists()["exclaimed_to"]) for t in things)


def _own_conduct(verb: Token, frame: Frame) -> bool:
    """ "defended his choice to skip the summit", "defended her record as secretary", "justified its vote": a party
    defending its own conduct (a possessive pronoun) explains itself; verbal support (CAMEO 052) is given to another
    party or its deed (senses.yaml own_conduct_defended). "Defended the senator's decision", "defended his mother" and
    "must be able to defend itself" (force, read by other rules) stay."""
    if _lemma(verb) not in fit29_words("defending_verbs", OWN_CONDUCT_RULE):
        return False
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    conduct = _fit29_lists()["own_conduct"]
    return bool(things) and all(_named(t, conduct) and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in dependents(t))
                                for t in things)


def _others(noun: Token) -> bool:
    """ "celebrated the senator's victory": an occasion of a party named by a name or a noun is that party's deed,
    which praise can be of; "celebrated his birthday" names none."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in dependents(noun))


def _coerce(verb: Token, frame: Frame) -> bool:
    """An arrest, an expulsion or an occupation with no one taken or sent and no territory held."""
    if frame.obj:
        return False
    code = frame.cameo
    if code == "173":
        things = _objects(verb)
        if _caught_on_record(verb, things) or _captured_not_held(verb, things):
            return True
        if things and all(_collection(t) for t in things):
            return True
        return bool(things) and all(_named(t, fit_words("gathered_things", GATHERED_RULE)) for t in things)
    if code == "174":
        return _no_one_sent(verb)
    if code == "192":
        things = _objects(verb)
        return bool(things) and all(_named(t, fit_words("held_posts", HELD_RULE)) for t in things)
    return False


def _collection(thing: Token) -> bool:
    """ "rounded up a sampling of the ways he was mocked", "rounded up a selection of the best reviews": a sampling, a
    selection or a compilation gathered is put together; an arrest (CAMEO 173) takes persons. One "of" persons or of a
    party ("a selection of the protesters") stays (senses.yaml collection_gathered)."""
    if not _named(thing, fit42_words("collections", COLLECTION_RULE)):
        return False
    return not any(_is_party(g) or _is_party(_counted(g)) for g in _of_objects(thing))


def _caught_on_record(verb: Token, things: list[Token]) -> bool:
    """ "the confrontation was captured on video", "the video captured the national debate", "captured Virginia and
    Georgia": what a camera or a film captures is recorded, and a state or a region captured in a vote count holds no one;
    an arrest (CAMEO 173) takes persons (senses.yaml caught_on_record). "Police captured the gunman" stays."""
    if _lemma(verb) not in fit27_words("capturing_verbs", CAUGHT_RULE):
        return False
    media = fit27_words("record_media", CAUGHT_RULE)
    children = dependents(verb)
    if any(g.dep_ == "pobj" and _named(g, media) for c in children if c.dep_ in ("prep", "agent")
           and c.lower_ in ("on", "in", "by") for g in dependents(c)):
        return True  # "captured on video", "captured in the movie"
    if any(_named(d, media) for d in _subjects(verb)):
        return True  # "the video captured the debate"
    # the heads only: the small model often takes the later names of a list for persons ("Maule and Biobio"), and an
    # object it missed may hang on the verb as an adverbial noun ("captured Virginia, Georgia ...")
    places = things or [c for c in children if c.dep_ == "npadvmod" and c.ent_type_ in ("GPE", "LOC")]
    return bool(places) and all(p.ent_type_ in ("GPE", "LOC") for p in places)


def _captured_not_held(verb: Token, things: list[Token]) -> bool:
    """ "captured the real dilemma", "captured what would carry her", "to capture five justices", "states the party has
    not captured": an arrest (CAMEO 173) takes persons into custody. A mood, an idea or a clause captured is grasped or
    conveyed, and voters, justices or states captured (those whose vote is sought, the prize of a count) are won over
    (senses.yaml captured_not_held). "Police captured the gunman" and "the soldiers the rebels captured" stay."""
    if _lemma(verb) not in fit41_words("capturing_verbs", GRASPED_RULE):
        return False
    lists = _fit41_lists()
    grasped = lists["grasped_things"]
    won = lists["electorate"] | lists["vote_casters"] | _fit_lists()["gathered_things"]
    children = dependents(verb)
    if not things:
        if any(c.dep_ in ("ccomp", "csubj") for c in children):
            return True  # "captured what would carry her": a clause conveyed
        subjects = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in RELATIVES]
        if verb.dep_ == "relcl" and subjects and verb.head.pos_ in ("NOUN", "PROPN"):
            things = [verb.head]  # "states that the party has not captured": the relative clause's noun is its object
        marks = [c for c in children if c.dep_ == "mark" and c.lower_ == "that" and c.i > 0]
        if not things and subjects and marks and verb.doc[marks[0].i - 1].pos_ == "NOUN":
            things = [verb.doc[marks[0].i - 1]]  # the same relative clause, misread as a "that" complement
    things = [_antecedent(t) for t in things]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_named(_counted(t), grasped | won) and t.ent_type_ not in PARTY_LABELS
                                for t in things)


def _no_one_sent(verb: Token) -> bool:
    """ "turned back on her pledge": an expulsion names the persons sent (its object or passive subject, or the noun
    a relative clause is on); with none, no one is expelled (senses.yaml no_one_expelled)."""
    if not is_on(EXPELLED_RULE):
        return False
    children = dependents(verb)
    contests = fit_words("races", EXPELLED_RULE)
    if any(g.dep_ == "pobj" and _named(g, contests) for c in verb.subtree if c.dep_ == "prep"
           and c.lower_ in ("of", "from") and c.head.i in (verb.i, verb.i + 1, *(x.i for x in children))
           for g in dependents(c)):
        return True  # "forcing two rivals out of the race": a race left, no one expelled from a country
    if verb.tag_ == "VBN" or any(c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp", "xcomp") for c in children):
        return False  # "for every migrant sent back": a participle's noun is the one sent, however parsed
    return verb.dep_ not in ("acl", "relcl", "amod", "compound")


def _mobilize(verb: Token, frame: Frame) -> bool:
    """ "reinforce the reasons for doubt": a reinforcement of no force, place or party is no show of force
    (senses.yaml abstract_reinforced)."""
    if frame.obj or _lemma(verb) not in fit_words("reinforcing_verbs", REINFORCED_RULE):
        return False
    things = _objects(verb)
    places = sense_words("retaken_places", "events.senses.retaken_places")
    return bool(things) and not any(
        _is_party(t) or _named(t, places) or t.pos_ == "PRON" for t in things)


def _retreat(verb: Token, frame: Frame) -> bool:
    """Access granted to no one (nothing_let_in) or a reply returned (reply_returned)."""
    if frame.obj:
        return False
    lemma = _lemma(verb)
    if frame.cameo == "086" and lemma in fit_words("permitting_verbs", PERMITTED_RULE):
        # the permitter is a thing: "the new funds permit an expansion", "policies that allowed the group to spread";
        # an authority permitting or forbidding an act ("the court did not permit the ritual") eases or keeps a
        # restriction and stays
        doers = _subjects(verb)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents(verb))
        if verb.dep_ == "relcl" and not passive and (not doers or doers[0].tag_ in ("WDT", "WP")):
            doers = [verb.head]  # "policies that allowed ...": the noun the relative clause is on
        return bool(doers) and not any(_is_party(d) or d.pos_ == "PRON" for d in doers)
    if frame.cameo == "0842" and _money_returned(verb):
        return True
    if frame.cameo == "0842" and lemma in fit_words("returning_verbs", RETURNED_RULE):
        things = _objects(verb)
        return bool(things) and all(_named(t, fit_words("replies", RETURNED_RULE)) for t in things)
    if frame.cameo == "0841" and lemma in fit27_words("releasing_words", RELEASED_RULE):
        things = _objects(verb)
        return bool(things) and all(_published(t) for t in things)
    if frame.cameo == "0874" and _pulled_out(verb):
        return True
    return frame.cameo in ("087", "0874") and _pulled_back(verb)


def _pulled_back(verb: Token) -> bool:
    """ "pulled that back a day later", "declined to pull the remark back", "walked back the tweet": a remark, an ad or
    an offer pulled or walked back is retracted; a pull-back (CAMEO 087, 0874) takes forces or weapons away
    (senses.yaml thing_pulled_back). "Pulled back its troops" and "pulled back from the border" stay."""
    things_said = fit42_words("retracted_things", PULLED_BACK_RULE)
    if not things_said or _lemma(verb) not in fit42_words("retracting_verbs", PULLED_BACK_RULE):
        return False
    children = dependents(verb)
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children):
        return False
    things = [c for c in children if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_named(t, things_said) and not t.ent_type_ for t in things)


def _money_returned(verb: Token) -> bool:
    """ "will return the public money", "each levy dollar goes back to households", "return the jobs shipped
    abroad": money or jobs handed to households or firms, or by a firm to no one named, are a refund, a repayment or
    work brought home; a return (CAMEO 0842) hands property back to a state or a people (senses.yaml money_returned).
    "Peru returned the seized funds to Chile" stays, as does a state's return with no one named."""
    if _lemma(verb) not in fit28_words("money_returning_verbs", MONEY_RETURNED_RULE):
        return False
    things = [_counted(t) for t in _objects(verb)]
    money, jobs = _fit28_lists()["money_things"], _fit28_lists()["job_things"]
    if not things or not all(_named(t, money) or _named(t, jobs) or t.ent_type_ == "MONEY" or any(
            c.dep_ in ("nummod", "quantmod") and _named(c, money) for c in dependents(t)) for t in things):  # "4 billion bolivianos": a sum in any currency
        return False
    if any(_named(t, jobs) for t in things):
        return True  # jobs brought back: work moved, no property handed over
    takers = [g for c in dependents(verb) if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
              for g in dependents(c) if g.dep_ == "pobj"] + [c for c in dependents(verb) if c.dep_ == "dative"
                                                           and c.pos_ != "ADP"]
    takers += [c for t in takers for c in t.conjuncts]
    if takers:
        return not any(_state(t) for t in takers)
    doers = _subjects(verb)
    return bool(doers) and not any(_state(d) or d.pos_ == "PRON" and d.lower_ not in THING_PRONOUNS for d in doers)


def _state(token: Token) -> bool:
    """A state or a people, or a body of one named by a common noun ("the government", "the ministry")."""
    return token.ent_type_ in STATE_LABELS or _named(token, sense_words("public_party_nouns",
                                                                        "events.senses.business_sides"))


def _pulled_out(verb: Token) -> bool:
    """ "pulled out all the stops", "is pulling out her credentials": a thing pulled out is taken out or shown; a
    withdrawal (CAMEO 0874) takes forces or a party away from a place, told with no object ("Peru pulled out of the
    talks") or with the forces as one ("pulled out its troops") (senses.yaml thing_pulled_out)."""
    if _lemma(verb) not in fit27_words("pulling_verbs", PULLED_RULE):
        return False
    children = dependents(verb)
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return False
    things = [c for c in children if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts]
    places = sense_words("retaken_places", "events.senses.retaken_places")
    return bool(things) and not any(_is_party(t) or _is_party(_counted(t)) or _named(t, places) or t.ent_type_
                                    or t.tag_ in ("WDT", "WP") for t in things)


def _published(thing: Token) -> bool:
    """A document, a message or a figure made public, counted or not ("30 years of tax returns", "all his speeches",
    "the release of the tapes"): the verb frame's own list of things published (verbs.yaml 0841 except_objects) and the
    messages of senses.yaml (events.senses.things_released)."""
    words = _published_words()
    if thing.ent_type_ in TIME_LABELS or thing.like_num or _lemma(thing) in QUANTIFIERS:
        of = [g for c in dependents(thing) if c.dep_ == "prep" and c.lower_ == "of" for g in dependents(c)
              if g.dep_ == "pobj"]
        thing = of[0] if of else thing  # "30 years of tax returns" are tax returns
    return _named(thing, words) or (thing.pos_ == "PROPN" and thing.lower_.rstrip("s") in words)


@lru_cache(maxsize=1)
def _published_words() -> frozenset[str]:
    """verbs.yaml's things a 0841 "release" publishes, with the messages a party issues (senses.yaml messages)."""
    listed = {str(w).lower() for entry in _yaml("verbs.yaml")["RETREAT"] if entry.get("cameo") == "0841"
              for w in entry.get("except_objects", ())}
    return frozenset(listed | set(_yaml("senses.yaml")["messages"]) | _fit27_lists()["published_things"])


def _assault(verb: Token, frame: Frame) -> bool:
    """Force with no victim: a number reached (quantity_reached), a cause fought for (cause_fought_for), a party
    destroyed by the press (press_cannot_strike), a thing that ruins (thing_ruins), footage shot (footage_shot)."""
    if frame.obj:
        return False
    return _reached(verb) or _cause(verb) or _press_blow(verb) or _thing_ruins(verb) or _footage_shot(verb) or (
        _rival_outdone(verb)) or _abstract_destroyed(verb)



def _abstract_destroyed(verb: Token) -> bool:
    """ "you wreck the very foundation of our democracy", "is destroying the party's chance to win", "wrecked her
    credibility": force (PLOVER ASSAULT) harms bodies, groups, places or things that can be broken; a basis, a chance,
    a reputation or an economy destroyed is harmed in a figure (senses.yaml abstract_destroyed). A destruction told
    with a word of force in the sentence, or done by forces ("the shelling destroyed the town's economy"), stays, as
    does any object that is a party, a place or a thing ("destroyed the bridge", "destroy the Islamic State")."""
    abstract = fit42_words("abstract_harmed", ABSTRACT_HARMED_RULE)
    if not abstract or _lemma(verb) not in fit42_words("harming_verbs", ABSTRACT_HARMED_RULE):
        return False
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    if not things or not all(_named(_counted(t), abstract) and not t.ent_type_ for t in things):
        return False
    forces = sense_words("force_nouns", "events.senses.forces_mobilized")
    if any(_named(d, forces) or party_sectors().get(_lemma(d)) in ARMED for d in _subjects(verb)):
        return False
    means = _fit_lists()["weapons"] | fit27_words("means_of_force", THING_RUINS_RULE) | _assault_nouns()
    return not any((_named(t, _force_marks()) or _named(t, means)) and t.i != verb.i for t in verb.sent)


def _rival_outdone(verb: Token) -> bool:
    """ "beats rival cable networks in total viewers", "beat her rival in the northern counties", "beating the
    greatest fundraising machine": a rival, a competitor or a machine beaten is outdone in a contest, no force used
    (PLOVER ASSAULT) (senses.yaml rival_outdone). "Police beat rival gang members", "beat up his rival" and a beating
    told with a word of force stay."""
    rivals = fit41_words("rivals", OUTDONE_RULE)
    if not rivals or _lemma(verb) not in sense_words("win_verbs", "events.senses.election_won"):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in dependents(verb)):
        return False  # "beat up": force
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    if not things or not all(_named(t, rivals) or any(c.dep_ in ("compound", "amod", "nmod") and _named(c, rivals)
                                                       for c in dependents(t)) for t in things):
        return False
    forces = sense_words("force_nouns", "events.senses.forces_mobilized")
    if any(_named(d, forces) or party_sectors().get(_lemma(d)) in ARMED for d in _subjects(verb)):
        return False  # "police beat rival gang members"
    return not any((t.lemma_.lower() in _force_marks() or t.lower_ in _force_marks()) and t.i != verb.i
                   for t in sentence_of(verb))


ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "INS"})


def _footage_shot(verb: Token) -> bool:
    """ "a grainy clip a nurse shot on her phone", "shot the film in Lima": a video, a film or a photo
    shot is filmed; force (ASSAULT 193) fires at a victim (senses.yaml footage_shot). "Police shot the gunman" stays."""
    if _lemma(verb) not in fit28_words("filming_verbs", FOOTAGE_RULE):
        return False
    things = _objects(verb)
    return bool(things) and all(_named(t, fit27_words("record_media", CAUGHT_RULE)) for t in things)


def _thing_ruins(verb: Token) -> bool:
    """ "hate destroys those who harbor it", "a second deadlock destroyed the president's plan", "corn syrup is
    destroying America": a feeling, a fact or a substance that destroys or ruins does no force; force (ASSAULT) is
    used by a party, or by the weapons and attacks it uses ("an airstrike destroyed the clinic" stays) (senses.yaml
    thing_ruins)."""
    if _lemma(verb) not in fit27_words("ruining_verbs", THING_RUINS_RULE):
        return False
    doers = [c for c in dependents(verb) if c.dep_ in ("nsubj", "csubj")]
    if not doers and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        doers = [verb.head]  # "corn syrup destroying America"
    if not doers or any(d.tag_ in ("WDT", "WP") for d in doers):
        return False
    means = _fit_lists()["weapons"] | fit27_words("means_of_force", THING_RUINS_RULE) | _assault_nouns()
    return all(d.dep_ == "csubj" or (d.pos_ == "NOUN" and not d.ent_type_ and not _is_party(d)
                                     and not _is_party(_counted(d)) and not _named(d, means)
                                     and not any(c.ent_type_ in PARTY_LABELS for c in d.subtree if c.i < d.i))
               for d in doers)


@lru_cache(maxsize=1)
def _assault_nouns() -> frozenset[str]:
    """The nouns of nouns.yaml's force frames (attack, airstrike, shelling ...): what a party's force is told by."""
    words: set[str] = set()
    for kind in ("ASSAULT", "COERCE"):
        for entry in _yaml("nouns.yaml").get(kind, ()):
            words |= {str(n).lower().split()[-1] for n in entry.get("nouns", ())}
    return frozenset(words)


def _cause(verb: Token) -> bool:
    """ "she has fought for the rights of miners", "everything he is fighting for", "fought hard for conservative
    principles": a right, a principle or a policy fought for, with no one fought, is striven for; an armed party
    fighting "for control of the town" stays, as does a fight with an opponent named (senses.yaml cause_fought_for)."""
    if _lemma(verb) not in fit_words("fighting_verbs", CAUSE_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ in ("dobj", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ in ("against", "with"))
           for c in children):
        return False
    fors = [c for c in children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return False
    goals = [g for c in fors for g in dependents(c) if g.dep_ == "pobj"]
    if not goals:  # "everything he is fighting for": the goal is the noun the clause is on
        doers = _subjects(verb)
        return bool(doers) and all(d.ent_type_ == "PERSON" or (d.pos_ == "PRON" and d.lower_ not in THING_PRONOUNS)
                                   for d in doers)
    causes = fit_words("causes", CAUSE_RULE)
    forces = sense_words("force_nouns", "events.senses.forces_mobilized")
    if any(d.ent_type_ in ("GPE", "NORP") or _named(d, forces) or party_sectors().get(_lemma(d)) == "UAF"
           for d in _subjects(verb)):
        return False  # "the rebels fought for their sovereignty": an armed party fights a foe left unsaid
    return all(_named(_counted(g), causes) for g in goals)


def _press_blow(verb: Token) -> bool:
    """ "Can the liberal media destroy any conservative candidate?": the press deals blows in words only; force is
    done by those who bear arms (senses.yaml press_cannot_strike)."""
    if _lemma(verb) not in fit_words("ruin_verbs", PRESS_BLOW_RULE):
        return False
    doers = _subjects(verb)
    press = sense_words("press", "events.senses.questions_asked")
    return bool(doers) and all(_named(d, press) for d in doers)


def _reached(verb: Token) -> bool:
    """ "the fund hit its yearly number", "the bill hit twice the estimate": a number, a sum or a share reached is no
    victim of force (senses.yaml quantity_reached)."""
    if _lemma(verb) not in fit_words("reaching_verbs", REACHED_RULE):
        return False
    things = [c for c in dependents(verb) if c.dep_ == "dobj"]
    units = fit_words("quantities", REACHED_RULE)
    return bool(things) and all(t.like_num or t.ent_type_ in COUNT_LABELS or _named(t, units) for t in things)


def _sanction(verb: Token, frame: Frame) -> bool:
    """ "suspended his campaign", "exits the presidential race", "pulled out of the primary": a candidate leaving a race
    leaves no body and is put out by no one; a suspension or an expulsion (CAMEO 166) is done to a party or a member
    (senses.yaml own_race_left). "The party suspended the senator" stays."""
    if frame.cameo == "166" and (_barring_unless(verb) or _activity_left(verb)):
        return True
    if frame.cameo != "166" or frame.obj or not is_on(RACE_LEFT_RULE):
        return False
    races = _fit_lists()["races"]
    children = dependents(verb)
    objects = [c for c in children if c.dep_ in OBJECTS]
    left = objects + [g for c in children if c.dep_ in ("prep", "prt") and c.lower_ in ("of", "from", "out")
                      for g in [*dependents(c), *(x for p in dependents(c) if p.dep_ == "prep" for x in dependents(p))]
                      if g.dep_ == "pobj"]
    if not any(_named(t, races) for t in left):
        return False
    # the race is the doer's own: no one else named as the one suspended or put out
    return not any(_is_party(o) and not _named(o, races) for o in objects)


def _activity_left(verb: Token) -> bool:
    """ "will withdraw from running for president", "pulled out of seeking the nomination": a party that withdraws
    from doing something (a gerund after "from" or "out of") gives up an activity; an expulsion or a withdrawal (CAMEO
    166) puts a party out of a body or a pact, or takes one out of it (senses.yaml activity_left). "Peru withdrew from
    the treaty" and "expelled the envoy from the talks" stay."""
    if _lemma(verb) not in fit42_words("leaving_verbs", ACTIVITY_LEFT_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ in OBJECTS and _is_party(c) for c in children):
        return False  # "withdrew its envoy from talking to Peru": a party taken out
    phrases = [c for c in children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out", "of")]
    phrases += [p for c in phrases for p in dependents(c) if p.dep_ == "prep" and p.lower_ == "of"]
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for c in phrases for g in dependents(c))


def _barring_unless(verb: Token) -> bool:
    """ "Barring a miracle, she will lose", "donors will return, barring a nominee they cannot back": "barring" set off
    at the head of its sentence or after a comma or "and", with no one kept "from" anything, is a preposition meaning
    "unless" that qualifies a forecast (a modal or "likely" in the sentence); an exclusion (CAMEO 166) bars a party
    (senses.yaml barring_unless). "Issued a decree barring Peruvians from entering" and "laws barring abortions"
    stay."""
    if verb.lower_ not in fit41_words("exception_words", UNLESS_RULE):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in dependents(verb)):
        return False
    sent = sentence_of(verb)
    before = verb.doc[verb.i - 1] if verb.i > sent.start else None
    if before is not None and before.text not in (",", ";", "(") and before.dep_ != "cc":
        return False
    forecast = _fit41_lists()["forecast_words"]
    return any(t.tag_ == "MD" or t.lower_ in forecast for t in sent if t.i != verb.i)


def _concede(verb: Token, frame: Frame) -> bool:
    """ "yielded to the temptation of snark", "accommodating this new process": a concession (CAMEO 08) is made to a
    party or its demand; giving in to a temptation or fitting in with a process concedes nothing to anyone (senses.yaml
    nothing_conceded). And a fact conceded in words ("conceded that it had been a hard night") is admitted, no ground
    given to anyone (fact_conceded)."""
    lemma = _lemma(verb)
    if not frame.obj and lemma in fit27_words("admitting_verbs", CONCEDED_FACT_RULE) and any(
            c.dep_ in ("ccomp", "parataxis") for c in dependents(verb)):
        return True  # "conceded that the night had been hard", '"It was a tactic," he conceded': a fact admitted
    if frame.obj or lemma not in fit_words("yielding_verbs", CONCEDE_RULE):
        return False
    children = dependents(verb)
    demands = fit_words("demands", CONCEDE_RULE)
    if lemma in fit_words("accommodating_verbs", CONCEDE_RULE):
        things = [c for c in children if c.dep_ == "dobj"]
    else:
        things = [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in dependents(c)
                  if g.dep_ == "pobj"]
    return bool(things) and not any(_is_party(t) or t.pos_ == "PRON" or _named(t, demands) for t in things)


def _reject(verb: Token, frame: Frame) -> bool:
    """ "the net worth of retirees declined", "sales declined 5 percent": a refusal declines something or to do
    something; with neither and a doer that is no party, "decline" is a fall (senses.yaml fall_not_refusal)."""
    if frame.obj or _lemma(verb) not in fit_words("falling_verbs", FALL_RULE):
        return False
    children = dependents(verb)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in children):
        return False
    doers = _subjects(verb)
    return bool(doers) and not any(_is_party(d) or d.pos_ == "PRON" for d in doers)


def _accuse(verb: Token, frame: Frame) -> bool:
    """ "the fact-checker examined the senator's claim", "reviewed her numbers": a claim, a statement or a figure
    examined is tested for truth; an inquiry (CAMEO 090) looks into a party's conduct (senses.yaml claim_checked).
    "Investigated the minister", "examined claims that the police beat protesters" (an allegation told) stay. And a
    price charged (price_charged) or "as opposed to" (as_opposed_to) accuses no one."""
    if frame.obj:
        return False
    if frame.cameo == "112":
        return _price_charged(verb)
    if frame.cameo == "111":
        return _as_opposed_to(verb) or _rival_challenged(verb) or _race_contested(verb)
    if frame.cameo != "090" or _lemma(verb) not in fit28_words("checking_verbs", CHECKED_RULE):
        return False
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    said = _fit28_lists()["said_things"]
    return bool(things) and all(_named(t, said) and not any(c.dep_ in ("acl", "ccomp", "relcl") for c in dependents(t))
                                for t in things)


def _price_charged(verb: Token) -> bool:
    """ "charged a steep joining fee", "charged his campaign for rent": a fee or a sum charged, or a charge "for" a
    room or a service, is a bill; an accusation charges a party with an offence (senses.yaml price_charged)."""
    if _lemma(verb) not in fit28_words("pricing_verbs", PRICE_RULE):
        return False
    children = dependents(verb)
    prices = _fit28_lists()["price_things"]
    if any(_named(_counted(t), prices) or t.ent_type_ == "MONEY" for t in _objects(verb)):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return False  # "charged him with fraud"
    bought = _fit28_lists()["paid_for_things"]
    holders = [verb, *_objects(verb)]  # "charged her campaign for office space": the phrase may hang on the object
    return any(g.dep_ == "pobj" and _named(g, bought) for h in holders for c in dependents(h)
               if c.dep_ == "prep" and c.lower_ == "for" for g in dependents(c))


def _race_contested(verb: Token) -> bool:
    """ "is contesting the state aggressively", "will contest the seat", "contested the primary": a race, a seat or a
    place contested is run for, no one's claim or ruling disputed (CAMEO 111 criticises or disputes a party's words or
    acts) (senses.yaml race_contested). "Contested the result", "contested the ruling" and "contested Peru's claim"
    stay."""
    if _lemma(verb) not in fit42_words("contesting_verbs", RACE_CONTESTED_RULE):
        return False
    things = _objects(verb)
    things += [c for t in things for c in t.conjuncts]
    places = fit42_words("contested_places", RACE_CONTESTED_RULE) | _fit_lists()["races"]
    return bool(things) and all(t.ent_type_ in ("GPE", "LOC") or (_named(t, places) and not any(
        c.dep_ == "poss" for c in dependents(t))) for t in things)


def _as_opposed_to(verb: Token) -> bool:
    """ "a cap of 9,000 as opposed to 40,000 now": a comparison, no one opposing anything (senses.yaml
    as_opposed_to)."""
    if _lemma(verb) not in fit28_words("contrast_verbs", CONTRAST_RULE):
        return False
    doc = verb.doc
    return verb.i > 0 and doc[verb.i - 1].lower_ == "as" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to"


def _invested_in(trigger: Token, places: tuple[str, ...]) -> bool:
    """ "invest in traditional campaign tools", "without investing in one radio spot", "is investing for a long
    contest": an investment (CAMEO 061) is made in a country, a region, a firm or a people's sector; one in things that
    name no party and no place, or in nothing named, is spending (senses.yaml things_invested_in). "Japan will invest in
    Kenya", "invested in Peruvian mines" and "Chinese investment" stay."""
    if _lemma(trigger) not in fit29_words("investing_words", INVESTED_RULE):
        return False
    children = dependents(trigger)
    if any(c.ent_type_ in PARTY_LABELS or c.dep_ == "poss" and _is_party(c) for c in children
           if c.dep_ in ("amod", "compound", "nmod", "poss")):
        return False  # "Chinese investment", "Japan's investment"
    things = [g for c in children if c.dep_ == "prep" and c.lower_ in places for g in dependents(c)
              if g.dep_ == "pobj"]
    things += [c for t in things for c in t.conjuncts]
    return not any(_is_party(_counted(t)) or t.ent_type_ or any(
        c.ent_type_ in PARTY_LABELS for c in dependents(t) if c.dep_ in ("amod", "compound", "nmod", "poss"))
        for t in things)


def _cooperate(verb: Token, frame: Frame) -> bool:
    """Economic cooperation with no party invested in (things_invested_in), or no money invested (effort_invested)."""
    return _invested_in(verb, ("in", "into")) or _effort_invested(verb)


def _effort_invested(verb: Token) -> bool:
    """ "invested political capital in the peace process", "has invested so much time in the talks": an investment
    (CAMEO 061) puts money into a country, a firm or a sector; political capital, time, energy or hope put into
    something is effort spent (senses.yaml effort_invested). "Invested $2 billion in Kenya" stays."""
    efforts = fit42_words("efforts", EFFORT_RULE)
    if not efforts or _lemma(verb) not in fit29_words("investing_words", INVESTED_RULE):
        return False
    things = [_counted(c) for c in dependents(verb) if c.dep_ == "dobj"]
    things += [c for t in things for c in t.conjuncts]
    political = fit42_words("figurative_capital", EFFORT_RULE)
    return bool(things) and all(_named(t, efforts) or (_lemma(t) == "capital" and any(
        _named(c, political) for c in dependents(t) if c.dep_ in ("amod", "compound"))) for t in things)


def _agree(verb: Token, frame: Frame) -> bool:
    """ "did not offer further details", "offered a gloomy prediction", "offered two answers": what is offered in
    words only is a statement, no act put forward for another party to accept (senses.yaml words_offered; the said
    things of frame_fit28 count too). "Offered Peru a loan", "offered talks" and "offered to mediate" stay."""
    if frame.obj or _lemma(verb) not in fit30_words("offering_verbs", WORDS_OFFERED_RULE):
        return False
    things = [c for c in dependents(verb) if c.dep_ == "dobj"]
    if is_on(VIEWS_RULE):  # "the vision that the party is offering": the noun a relative pronoun stands for
        things = [_antecedent(t) for t in things]
    things += [c for t in things for c in t.conjuncts]
    lists = _fit30_lists()
    words = (lists["offered_words"] | _fit28_lists()["said_things"] | fit33_words("offered_views", VIEWS_RULE)) \
        - lists["commitments"]
    return bool(things) and all(_named(_counted(t), words) for t in things)


def disposition(adjective: Token) -> bool:
    """ "willing to let bygones be bygones", "determined to win the nomination": an adjective of readiness whose "to"
    complement names no event (the caller found none) states a disposition, not an intent to act towards a party
    (senses.yaml disposition_not_intent). Read in detect.py, where a wrapper finds no act inside it."""
    if _lemma(adjective) not in fit30_words("readiness_adjectives", DISPOSITION_RULE) or adjective.pos_ != "ADJ":
        return False
    complements = [c for c in dependents(adjective) if c.dep_ == "xcomp"]
    # an act towards a party the complement names ("willing to provide expertise to the United Nations", "willing to
    # accept him in power") is an intent towards that party, whatever the lexicon makes of its verb
    return bool(complements) and not any(_party_word(t) for c in complements for t in c.subtree)


def _party_word(token: Token) -> bool:
    """A name of a party, a noun for people, or a personal pronoun that is no possessive or reflexive one (those
    mostly stand for the doer: "eager to make his mark", "ready to defend itself")."""
    if token.pos_ == "PRON":
        return token.tag_ != "PRP$" and not token.lower_.endswith(("self", "selves")) and _is_party(token)
    return _is_party(token)


CHECKS = {"AGREE": _agree, "ACCUSE": _accuse, "REQUEST": _request, "AID": _aid, "CONSULT": _visit, "SUPPORT": _support, "COERCE": _coerce,
          "MOBILIZE": _mobilize, "RETREAT": _retreat, "ASSAULT": _assault, "CONCEDE": _concede,
          "REJECT": _reject, "SANCTION": _sanction, "COOPERATE": _cooperate}


# --- Noun triggers (session 27): the same frames need the same kinds of arguments when a noun names the act. ---


def noun_unfit(noun: Token, frame: Frame) -> bool:
    """Whether the event noun's arguments are not of the kinds its frame needs: no event from this noun."""
    if _held_up(noun):
        return True
    check = NOUN_CHECKS.get(frame.event_type)
    return check is not None and check(noun, frame)


def _held_up(noun: Token) -> bool:
    """ "held up the trade deal for weeks": an act named by a noun that is "held up" is delayed, neither done nor agreed
    to (senses.yaml held_up). One held up "as" something ("held up their cooperation as a model") is shown as an
    example, and the act it names stays; so do "held talks" and "reached a deal"."""
    if noun.dep_ not in OBJECTS or _lemma(noun.head) not in fit42_words("holding_verbs", HELD_UP_RULE):
        return False
    children = dependents(noun.head)
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in children) and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in [*children, *noun.subtree])  # "as a model": on either


def _of_objects(noun: Token) -> list[Token]:
    """What an "of" phrase on the noun names ("the return of the islands")."""
    return [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in dependents(c)
            if g.dep_ == "pobj"]


def _noun_retreat(noun: Token, frame: Frame) -> bool:
    """A return with nothing handed back (own_return) or a release of no one (things_released)."""
    if frame.cameo == "0842":
        return _own_return(noun)
    if frame.cameo == "0841":
        return _released_noun(noun)
    return False


def _own_return(noun: Token) -> bool:
    """ "her return to the campaign trail", "a return to normalcy", "his tax returns": a return with nothing named as
    handed back ("of" phrase) that goes "to" somewhere or home, or is qualified as a filing or a yield, is a party going
    back or a document; a return (CAMEO 0842) hands property or persons back (senses.yaml own_return). "The return of
    the seized boats to Chile" stays. And "in return" (for something) tells an exchange, nothing handed back."""
    if _lemma(noun) not in fit27_words("returning_nouns", OWN_RETURN_RULE):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in dependents(noun)):
        return True  # "in return for visa rules", "gave nothing in return": an exchange, nothing handed back
    if _of_objects(noun):
        return False
    children = dependents(noun)
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into") or c.lower_ == "home" for c in children):
        return True
    return any(c.dep_ in ("compound", "amod") and _named(c, fit27_words("filed_returns", OWN_RETURN_RULE))
               for c in children)


def _released_noun(noun: Token) -> bool:
    """ "a press release", "the release of the tapes", "the release of 30 years of tax returns": a statement issued or
    a document published lets no one go (senses.yaml things_released). "The release of the fishermen" stays."""
    if _lemma(noun) not in fit27_words("releasing_words", RELEASED_RULE):
        return False
    press = sense_words("press_modifiers", "events.senses.press_audience") | fit27_words("issued_kinds", RELEASED_RULE)
    if any(c.dep_ in ("compound", "amod", "nmod") and _named(c, press) for c in dependents(noun)):
        return True
    things = _of_objects(noun)
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_published(t) for t in things)


def _noun_assault(noun: Token, frame: Frame) -> bool:
    """ "the war on coal", "a war on drugs", "the fight against poverty": a war or a fight on a social ill, a
    commodity or a cause is a policy or a campaign, no force used against a party (senses.yaml war_on_a_thing). "The
    war on Iraq" and "a war against the rebels" stay. And a killing made is a profit (killing_made)."""
    if _killing_made(noun):
        return True
    if _lemma(noun) not in fit27_words("war_nouns", WAR_ON_THING_RULE):
        return False
    aimed = [g for c in dependents(noun) if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for g in dependents(c) if g.dep_ == "pobj"]
    aimed += [c for t in aimed for c in t.conjuncts]
    things = _fit27_lists()["social_ills"] | _fit_lists()["causes"]
    if not aimed and is_on(ILL_WAR_RULE):
        # "the drug war", "critics of the national drug war": the ill named before the noun, as "on" names it after
        # (senses.yaml ill_named_war); "the Iraq war", "a border war" name a place or a side and stay
        named = [c for c in dependents(noun) if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return bool(named) and all(_named(t, _fit27_lists()["social_ills"]) and not t.ent_type_ for t in named)
    return bool(aimed) and all(_named(_counted(t), things) and not t.ent_type_ for t in aimed)


def _killing_made(noun: Token) -> bool:
    """ "makes a killing on mortgage bonds": a killing made, with no one named as killed ("of" phrase), is a profit
    (senses.yaml killing_made)."""
    return _lemma(noun) in fit28_words("profit_nouns", KILLING_MADE_RULE) and noun.dep_ == "dobj" and \
        _lemma(noun.head) in _fit28_lists()["profit_verbs"] and not _of_objects(noun)


def _noun_cooperate(noun: Token, frame: Frame) -> bool:
    """An investment in, or of, no party and no place (things_invested_in): "the largest investment of her platform"."""
    return _invested_in(noun, ("in", "into", "of"))


NOUN_CHECKS = {"RETREAT": _noun_retreat, "ASSAULT": _noun_assault, "COOPERATE": _noun_cooperate}
