"""Stage: events. Who did what to whom, in PLOVER and CAMEO, and whether it happened.

Fills `analysis.events` (see detente.analysis.Analysis): triggers from the parse (detect.py),
parties through the actor stage, dates through the time stage, factuality from the governing
words (factuality.py), then one event per happening (merge.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import PRON
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from detente.actors import Day, LazyDay, actors_in_span
from detente.actors.kb import knowledge_base
from detente.analysis import Analysis
from detente.events import learned, role_model
from detente.events.announcements import with_statements
from detente.events.arguments import argument_span
from detente.events.combine import Coded, with_model
from detente.events.detect import (
    Candidate,
    _a_person,
    _no_force,
    _press_event,
    candidates_in,
    condition_parties,
    conditions,
    lexicon_marks,
    note_persons,
    own_means,
    place_word,
    possessive_determiner,
)
from detente.events.factuality import factuality_flags, from_flags, mark_positions, stated_as
from detente.events.fallback import bare_candidate
from detente.events.frame_fit import _is_party
from detente.events.lexicon import (
    another_act_words,
    cameo_code,
    factuality_words,
    joint_frame,
    noun_frames,
    reaction_objects,
    reciprocal_types,
    reporting_verbs,
    role_words,
    sense_words,
    specific_determiners,
    topic_words,
)
from detente.events.location import location_of
from detente.events.merge import actor_key, event_id, merge_events, unique_id
from detente.events.not_events import no_event, no_event_between
from detente.events.parties import patient_phrase, unnamed_party
from detente.events.sense_rules import PARTY_ENTITIES
from detente.events.stacking import lexicon_words, with_words
from detente.nlp.arrays import doc_arrays, string_ids
from detente.nlp.labels import (
    D_ACL,
    D_ADVCL,
    D_ADVMOD,
    D_AGENT,
    D_APPOS,
    D_ATTR,
    D_AUX,
    D_AUXPASS,
    D_CCOMP,
    D_COMPOUND,
    D_CONJ,
    D_DATIVE,
    D_DET,
    D_DOBJ,
    D_NPADVMOD,
    D_NSUBJ,
    D_PCOMP,
    D_POBJ,
    D_POSS,
    D_PREP,
    D_PRT,
    D_RELCL,
    D_ROOT,
    D_XCOMP,
    DS_ACL_RELCL,
    DS_ADVCL_CCOMP,
    DS_ADVCL_XCOMP,
    DS_AGENT_DATIVE,
    DS_AMOD_DET_NUMMOD_QUANTMOD_PREDET,
    DS_APPOS_COMPOUND,
    DS_AUX_AUXPASS,
    DS_CCOMP_PARATAXIS,
    DS_COMPOUND_AMOD,
    DS_COMPOUND_AMOD_NMOD,
    DS_COMPOUND_CONJ,
    DS_COMPOUND_POSS_AMOD_NMOD,
    DS_DET_POSS,
    DS_DET_POSS_NUMMOD_PREDET,
    DS_DOBJ_DATIVE,
    DS_DOBJ_NSUBJPASS,
    DS_DOBJ_NSUBJPASS_AGENT,
    DS_DOBJ_XCOMP,
    DS_MARK_ADVMOD,
    DS_NSUBJ_ATTR,
    DS_NSUBJ_CSUBJ,
    DS_NSUBJ_EXPL,
    DS_NSUBJ_NSUBJPASS,
    DS_NSUBJ_NSUBJPASS_DOBJ,
    DS_NSUBJ_POSS,
    DS_POBJ_PCOMP,
    DS_PREP_DATIVE,
    DS_XCOMP_CCOMP,
    DS_XCOMP_CCOMP_DATIVE,
    E_PERSON,
    ES_GPE_LOC_FAC,
    ES_ORG_PERSON_NORP_GPE_FAC,
    L_BE,
    P_ADJ,
    P_NOUN,
    P_PRON,
    P_PROPN,
    P_VERB,
    PS_NOUN_PROPN,
    PS_VERB_AUX,
    T_MD,
    T_NN,
    T_NNS,
    T_TO,
    T_VB,
    T_VBD,
    T_VBG,
    T_VBN,
    T_VBZ,
    TS_NNS_NNPS,
    TS_VBD_VBZ_VBP_MD,
    TS_VBZ_VBP,
    TS_WP_WDT,
)
from detente.nlp.perdoc import dependents, dependents_at, doc_text
from detente.nlp.syntax import in_first_line, sentence_of, tokens_at
from detente.nlp.words import word_class
from detente.records import ActorRef, Event, EventMention, Span
from detente.rules import is_on, switched_off_ids
from detente.time import EventDate, as_told, date_event, writers_own_future
from detente.time.dating import present_of_a_habit
from detente.time.discourse import reporting_verb_of, time_of_writing


def coreferent(analysis: Analysis, token: Token, pos: int | None = None) -> tuple[int, int] | None:
    """The span a pronoun argument stands for, read from the one coreference pass's chains (analysis.chains,
    nlp/coref.py): "The ministry said it has freed the crew" - "it" is the ministry. None for any other word
    or a pronoun the pass could not link. `pos` is the word's part of speech by its symbol, where the caller has
    read it."""
    if (token.pos if pos is None else pos) != PRON or not analysis.chains:  # by symbol, not its name decoded
        return None
    link = next(iter(analysis.links_of(token.i)), None)
    return (link.antecedent_start, link.antecedent_end) if link is not None else None


_parties: dict[str, tuple[Analysis, dict[tuple[int, object], list[ActorRef]]]] = {}
ANY_DAY = object()  # the key of an answer no mention read the day for: it holds on any day


def _actors(analysis: Analysis, token: Token | None, date: Day) -> list[ActorRef]:
    """The parties an argument headed by `token` names, as of `date`: read once per run of the stage (events_in
    starts afresh), word and date, since the sides, the role model and the conditions ask for the same arguments
    again (each caller gets its own list; the ActorRefs are not changed after they are made). An answer that asked
    no day (no title, no person with terms of office: LazyDay) is kept for any day, so a candidate not yet dated is
    not dated for it."""
    if token is None:
        return []
    held = _parties.get("last")
    if held is None or held[0] is not analysis:
        held = _parties["last"] = (analysis, {})
    found = held[1].get((token.i, ANY_DAY))
    if found is None:
        day = date if isinstance(date, LazyDay) else LazyDay(day=date)
        if day.known:
            found = held[1].get((token.i, day.value))
        if found is None:
            asked = day.asked
            found = _named_by(analysis, token, day)
            held[1][(token.i, day.value) if day.asked != asked else (token.i, ANY_DAY)] = found
    return list(found)


def _named_by(analysis: Analysis, token: Token, date: Day) -> list[ActorRef]:
    pos = doc_arrays(token.doc).pos[token.i]  # read once from the column (`Token.pos` makes an enum member each time)
    linked = coreferent(analysis, token, pos)
    if linked is not None:
        return actors_in_span(analysis, *linked, date)
    start, end = argument_span(token)
    found = _outermost(analysis, actors_in_span(analysis, start, end, date))
    if found and pos in PS_NOUN_PROPN:
        found = [ref for ref in found if not _backer(analysis, ref, token)]
        if not found:  # "Iran-backed militia groups": the group, in its own words, not Iran
            found = [unnamed_party(token, start, end) or ActorRef(
                actor_id=None, country=None, sector=None, text=doc_text(analysis.doc)[start:end], start=start, end=end)]
        if token.lemma_.lower() in role_words()["follower_nouns"]:
            kept = [ref for ref in found if not _followed(analysis, ref, token)]
            if len(kept) < len(found):  # "critics of the senator": the critics, in their own words, not the senator
                country = next((ref.country for ref in found if ref not in kept and ref.country), None)
                private = token.lemma_.lower() in role_words()["private_followers"]
                found = kept or [ActorRef(  # private persons by their sector; rivals by the country they are in
                    actor_id=None, country=None if private else country, sector=PRIVATE_FOLLOWERS if private else None,
                    text=doc_text(analysis.doc)[start:end], start=start, end=end)]
    if not found:
        party = unnamed_party(token, start, end)
        found = [party] if party is not None else []
    return [_located(analysis, token, ref, date) if _group(ref) and ref.start <= token.idx < ref.end else ref
            for ref in found]


def _outermost(analysis: Analysis, found: list[ActorRef]) -> list[ActorRef]:
    """One argument, one party per name: a possessor inside a longer mention is whose the party is, not a party of
    its own ("his sister" is the sister, not the brother "his" stands for). A list inside a longer mention keeps its
    members ("British and EU negotiators")."""
    def possessor(ref: ActorRef) -> bool:
        span = tokens_at(analysis.doc, ref.start, ref.end)
        return span is not None and len(span) > 0 and span.root.dep_ == "poss"
    if len(found) < 2:
        return found  # no longer mention to lie inside
    return [r for r in found if not (any(
        o is not r and o.start <= r.start and r.end <= o.end and (o.start, o.end) != (r.start, r.end) for o in found)
        and possessor(r))]


def _group(ref: ActorRef) -> bool:
    """An unnamed group, known by its sector (and country) only: "people", "workers", "Somali civilians"."""
    return ref.sector is not None and ref.actor_id in (None, f"{ref.country}-{ref.sector}")


def _located(analysis: Analysis, token: Token, ref: ActorRef, date: Day) -> ActorRef:
    """An unnamed party with the place it is in ("people in northern Nigeria", "workers in Brazil"): the place
    is part of who they are, and its country is theirs."""
    preps = role_words()["group_place_preps"]
    place = next((g for c in dependents(token) if c.dep_ == "prep" and c.lower_ in preps and c.i > token.i
                  for g in dependents(c) if g.dep_ == "pobj" and place_word(g)), None)
    if place is None:
        return ref
    end = max(ref.end, argument_span(place)[1])  # the place's own phrase, not a clause hung on it
    countries = [r.country for r in actors_in_span(analysis, place.left_edge.idx, end, date) if r.country]
    return replace(ref, text=doc_text(analysis.doc)[ref.start:end], end=end, country=ref.country or next(iter(countries), None))


def _backer(analysis: Analysis, ref: ActorRef, head: Token) -> bool:
    """ "Iran-backed militia", "a Saudi-led coalition", "the UN-run camp": a name joined by a hyphen to a participle
    in front of the head says who stands behind the party the phrase names; it is not that party."""
    if ref.end > head.idx:
        return False  # the name reaches into the head: nothing can stand between them
    doc = analysis.doc
    span = tokens_at(doc, ref.start, ref.end)
    if span is None or len(span) == 0 or span.end + 1 >= head.i:
        return False
    hyphen, participle = doc[span.end], doc[span.end + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and participle.head.i == head.i \
        and participle.lower_ in role_words()["backer_participles"]


PRIVATE_FOLLOWERS = "CVL"  # donors, voters, fans of a party: private persons (roles.yaml private_followers)


def _followed(analysis: Analysis, ref: ActorRef, head: Token) -> bool:
    """ "Trump's opponents", "Sanders supporters", "critics of the president": a party named as the possessor, a name
    in front or the "of" phrase of a noun of people known by where they stand (roles.yaml follower_nouns) is whom
    they stand towards, not who they are. A nationality in front ("Peruvian critics") is theirs and stays."""
    span = tokens_at(analysis.doc, ref.start, ref.end)
    if span is None or len(span) == 0:
        return False
    word = span.root
    for _ in range(4):  # up through the joined names of a list: "critics of Chile and Peru"
        if word.head.i == head.i:
            return word.dep_ in ("poss", "compound")
        if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i == head.i:
            return True
        if word.dep_ not in ("conj", "appos", "compound", "poss", "amod", "nmod") or word.head.i == word.i:
            return False
        word = word.head
    return False


# a modifier says whose the event is ("Israeli airstrikes"), never is a party's own name as a phrase
NOT_PHRASE_DEPS = DS_COMPOUND_POSS_AMOD_NMOD  # compound, amod, nmod, poss: by string id, as `Token.dep` gives them


def _phrase(analysis: Analysis, cand: Candidate, token: Token, taken: list[ActorRef], date: Day) -> ActorRef | None:
    """The argument as a party in its own words, when it names no known actor (see patient_phrase): not a
    modifier, not overlapping the trigger or a party already taken."""
    if token.dep in NOT_PHRASE_DEPS:
        return None
    start, end = argument_span(token)
    if any(t.idx < end and start < t.idx + len(t) for t in cand.trigger):
        return None
    if any(r.start < end and start < r.end for r in taken):
        return None
    phrase = patient_phrase(token, start, end, _event_nouns())
    return _located(analysis, token, phrase, date) if phrase is not None else phrase


_nouns_of: dict[str, tuple[object, frozenset[str]]] = {}


def _event_nouns() -> frozenset[str]:
    """The event nouns as a set, rebuilt only when the frame table itself changes (a rule switched off)."""
    frames = noun_frames()
    last = _nouns_of.get("last")
    if last is None or last[0] is not frames:
        last = (frames, frozenset(frames))
        _nouns_of["last"] = last
    return last[1]


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[str | None, int]] = set()
    out = []
    for ref in refs:
        key = (ref.actor_id, -1) if ref.actor_id else (ref.text.lower(), ref.start)  # one place per actor
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


FINITE_TAGS = TS_VBD_VBZ_VBP_MD  # by string id, as `Token.tag` gives them


def _sides(analysis: Analysis, cand: Candidate, date: Day) -> tuple[list[ActorRef], list[ActorRef]]:
    """Sources from every source slot, the target from the first target slot that names an actor; where no
    slot names a known actor, the slot's own words (the subject, the object the act lands on)."""
    sources: list[ActorRef] = []
    for token in cand.sources:
        found = _actors(analysis, token, date)
        if found and sources and _only_again(found, sources) and token.pos_ in ("NOUN", "PROPN"):
            found = []  # "Kuwait and its allies": the allies are another party, though "its" names Kuwait again
        if not found:
            phrase = _phrase(analysis, cand, token, sources, date)
            found = [phrase] if phrase is not None else []
        sources += found
    sources = _dedupe(sources) if len(sources) > 1 else sources
    targets: list[ActorRef] = []
    if not cand.targets:  # (many acts have none: the sets below are made only for a target slot to compare with)
        return sources, targets
    source_spans: set[tuple[int, int]] = set()
    source_ids: set[str] = set()
    source_countries: set[str] = set()
    for r in sources:  # one loop, no three comprehensions
        source_spans.add((r.start, r.end))
        if r.actor_id:
            source_ids.add(r.actor_id)
        if r.country:
            source_countries.add(r.country)
    for token in cand.targets:  # no one acts on themselves: "Tokyo put its own sanctions in place"
        if token.tag in FINITE_TAGS:
            continue  # "banned newspapers over what officials say is propaganda": a clause is what was said, no party
        found = _actors(analysis, token, date)
        if found:
            found = [r for r in found if (r.start, r.end) not in source_spans and r.actor_id not in source_ids]
        if token.dep in NOT_PHRASE_DEPS:  # "pledged Washington's support": a possessor of one's own side
            found = [r for r in found if not (r.country and r.country in source_countries)]
        if possessive_determiner(token):  # "its proposal": only another state than the source's, through coref
            found = [r for r in found if source_countries and r.country and r.country not in source_countries]
        if found:
            targets = _dedupe(found)
            if token.dep == D_POBJ and token.head.lower_ in THING_PLACE_PREPS and place_word(token):
                patients = _patient_before_place(analysis, cand, token, targets[0], date, source_ids)
                if patients:
                    targets = patients
                else:
                    targets[0] = _object_at(analysis, cand, token, targets[0], date)
            break
    if not targets:
        # in words only, a recipient goes first: "returned a painting to the gallery's owner" (the owner)
        recipients = [t for t in cand.targets if t.dep == D_DATIVE or (t.dep == D_POBJ and t.head.lower_ == "to")]
        for token in [*recipients, *(t for t in cand.targets if t not in recipients)]:
            phrase = _phrase(analysis, cand, token, sources, date)
            if phrase is not None:
                targets = [phrase]
                break
    return sources, targets


THING_AT = re.compile(r"\s+(?:in|at|near|inside|outside)\s+(?:[\w'-]+\s+){0,2}")
THING_PLACE_PREPS = frozenset({"in", "inside", "within"})  # "at" may say whom ("fired missiles at the government")


def _thing_at(analysis: Analysis, thing: ActorRef, place: ActorRef) -> ActorRef:
    """The place as the target of an act done to a thing in words right in front of it ("attacked an army camp in
    western Kabul"): the party is the place's, and the thing stays in the words it is written with, as a group keeps
    its place (_located); rule events.roles.thing_at_place. Elsewhere the place alone."""
    between = doc_text(analysis.doc)[thing.end:place.start]
    if thing.end > place.start or not THING_AT.fullmatch(between) or not is_on("events.roles.thing_at_place"):
        return place
    return replace(place, text=doc_text(analysis.doc)[thing.start:place.end], start=thing.start)


def _object_at(analysis: Analysis, cand: Candidate, place: Token, ref: ActorRef, date: Day) -> ActorRef:
    """A place the verb's "in"/"at" phrase names, right after the verb's object in words ("attacked an army camp in
    western Kabul"): the object is what the act is done to, the place whose it is (_thing_at)."""
    thing = next((t for t in cand.targets if t.dep_ == "dobj" and t.i < place.i), None)
    if thing is None or _actors(analysis, thing, date):
        return ref
    start, end = argument_span(thing)
    return _thing_at(analysis, ActorRef(actor_id=None, country=None, sector=None,
                                        text=doc_text(analysis.doc)[start:end], start=start, end=end), ref)


def _patient_before_place(analysis: Analysis, cand: Candidate, place: Token, where: ActorRef, date: Day,
                          source_ids: set[str]) -> list[ActorRef]:
    """ "attacked soldiers in Kandahar", "arrested two journalists in Lima": force or coercion is done to the verb's
    object when it names a party; the place of the verb's "in" phrase is where, and gives an unnamed group its
    country (roles.yaml patient_types, rule events.roles.patient_before_place). None when the object names no party
    ("attacked a convoy in Kandahar": _object_at)."""
    if cand.frame.event_type.lower() not in role_words()["patient_types"]:
        return []
    thing = next((t for t in cand.targets if t.dep_ == "dobj" and t.i < place.i), None)
    if thing is None:
        return []
    found = [r for r in _actors(analysis, thing, date) if not (r.actor_id and r.actor_id in source_ids)]
    if not found:
        return []
    country = where.country
    if not country:
        return _dedupe(found)
    return _dedupe([replace(r, country=country, actor_id=f"{country}-{r.sector}")
                    if r.sector and not r.country and r.actor_id in (None, r.sector) else r for r in found])


def _only_again(found: list[ActorRef], sources: list[ActorRef]) -> bool:
    """Every actor a further source slot names is one named already (through a possessive or title of it)."""
    known = {r.actor_id for r in sources if r.actor_id}
    return all(r.actor_id and r.actor_id in known for r in found)


def _place_target(analysis: Analysis, cand: Candidate, date: Day, sources: list[ActorRef]) -> list[ActorRef]:
    """Where no party receives the act, the place it is done in is its target, as PLOVER codes it: "imposed a
    curfew in parts of Kashmir", "troops remained on alert in Manila". Not the source's own words."""
    for token in cand.places:
        start, end = argument_span(token)
        if any(r.start < end and start < r.end for r in sources):
            continue
        found = actors_in_span(analysis, start, end, date)
        if found:
            return sorted(_dedupe(found), key=lambda ref: ref.start)[:1]  # the first named
        return [ActorRef(actor_id=None, country=None, sector=None, text=doc_text(analysis.doc)[start:end],
                         start=start, end=end)]
    return []


def _model_sides(analysis: Analysis, cand: Candidate, sentence: TokenSpan, model: role_model.RoleModel,
                 date: Day, sources: list[ActorRef], targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """The learned role model fills the target the rules left empty (or, evaluated alone, names both sides), and
    overrules a side the rules named where it all but rules that side out (`role_model.doubted`) and is sure of
    another mention: "Turkey launched an operation against the PKK" - the rules' "operation" gives way to "PKK".

    A source the rules left empty stays empty: they leave it so on purpose ("40 fishermen were counted as
    kidnapped" names no kidnapper), and the model cannot tell those cases from a missed subject."""
    alone = role_model.deciding_alone()
    if alone:
        sources, targets = [], []
    trigger = {t.i for t in cand.trigger}
    pool = [m for m in role_model.mentions(sentence) if m.i not in trigger]
    if cand.anchor.lemma_.lower() in role_words()["placement_verbs"]:
        pool = [m for m in pool if not own_means(m)]  # "mobilized the army": the doer's own means, never whom
    # each mention's first and past-the-end characters, read once: the sides below compare them with every phrase
    at = [(m, m.idx, m.idx + len(m)) for m in pool]
    proposed = role_model.Proposed(cand.sources, cand.targets)  # the rules' reading, one of the model's features
    # the rules' source phrases, read only where the model looks for a target among the free mentions
    describing: list[tuple[int, int]] | None = None
    rule_sources = sources
    # alone, one joint reading names both sides (never one mention for both)
    picks = model.choose(cand.anchor, pool, ("source", "target"), proposed) if alone else {}
    for role in ("source", "target"):
        side = sources if role == "source" else targets
        other = targets if role == "source" else sources
        doubted = False
        if not alone and (_participle_patient(cand) if role == "target" else side and _by_phrase_doer(cand)):
            # "the rebels, backed by Russia, ...", "the bombing of the embassy by rebel fighters": syntax says; a thing
            # the participle describes ("the plan championed by the senator") leaves no party to undergo it
            continue
        if side and not alone:  # only the side's own mentions are scored here: most sides stand
            spans = [(r.start, r.end) for r in side]
            if len(spans) == 1:  # most sides are one phrase: one comparison per mention, no generator for each
                (low, high), = spans
                inside = [m for m, first, _ in at if low <= first < high]
            else:
                inside = [m for m, first, _ in at if any(start <= first < end for start, end in spans)]
            if inside:  # `role_model.doubted`, whose test of each mention against the spans `inside` has made
                floor = model.doubt
                # a mention whose chance surely reaches the cutoff, whatever its path, settles it unscored
                if not any(model.surely(cand.anchor, m, proposed, role, floor) for m in inside):
                    doubted = max([row[role] for row in model.probabilities(cand.anchor, inside, proposed)]) < floor
        if role == "source" and not alone and not doubted:
            continue
        # the rules' target in words only (no known party) is one the model may overrule with a named party
        overrule = (role == "target" and bool(side) and not _names_party(side)) or doubted
        if side and not overrule:
            continue
        taken = other if overrule else sources + targets
        if len(taken) == 1:  # as below, for the one phrase most sides hold, without a generator per mention
            low, high = taken[0].start, taken[0].end
            free = [m for m, first, past in at if not (low < past and first < high)]
        else:
            free = [m for m, first, past in at if not any(r.start < past and first < r.end for r in taken)]
        if role == "target" and not alone:
            if describing is None:
                describing = _source_phrases(analysis, cand, rule_sources)
            free = [m for m in free if not any(start <= m.i <= end for start, end in describing)]
        best = picks.get(role) if alone else model.best(cand.anchor, free, role, proposed)
        if best is None or best not in free:
            continue
        if overrule and any(r.start <= best.idx < r.end for r in side):
            continue  # the model picks the rules' own phrase, or a name inside it ("Iran-backed militia groups")
        if doubted and model.probabilities(cand.anchor, [best], proposed)[0][role] < model.sure:
            continue
        found = [r for r in _actors(analysis, best, date) if not any(r.start < t.end and t.start < r.end for t in taken)]
        if overrule and not _names_party(found):
            continue
        if not alone and not _names_party(found) and _bare_kind(best):
            continue  # a bare common noun names a kind, not a party: "condemned violence in general"
        if not found:
            start, end = argument_span(best)
            if any(r.start < end and start < r.end for r in taken):
                start, end = best.left_edge.idx, best.idx + len(best)
            found = [ActorRef(actor_id=None, country=None, sector=None, text=doc_text(analysis.doc)[start:end],
                              start=start, end=end)]
        if role == "source":
            sources = _dedupe(found)
        else:
            targets = _dedupe(found)[:1]
    return sources, targets


PARTICIPLE_PATIENT_RULE = "events.roles.participle_patient"


def _participle_patient(cand: Candidate) -> bool:
    """ "The rebels, backed by Russia, attacked ...", "militias armed by Iran": a past participle with a "by" phrase on
    a noun is passive, and the noun it describes is whom the act is done to: syntax leaves no doubt there, so the
    role model may not put another mention of the sentence in its place, nor fill the target when that noun names
    no party ("the plan championed by the senator"). Rule events.roles.participle_patient."""
    verb = cand.anchor
    if verb.dep != D_ACL or verb.tag != T_VBN or not cand.targets or cand.targets[0].i != verb.head.i:
        return False
    if cand.noun is not None and cand.noun.i == verb.head.i:
        return False  # "a penalty imposed by the bureau": the frame's own object; whom it hits is read elsewhere
    return any(c.dep == D_AGENT for c in dependents(verb)) and is_on(PARTICIPLE_PATIENT_RULE)


BY_PHRASE_RULE = "events.roles.by_phrase_doer"


def _by_phrase_doer(cand: Candidate) -> bool:
    """ "The senator spoke after the bombing of the embassy by rebel fighters": the doer an event noun's own "by" phrase
    names is the source however the role model reads the rest of the sentence (it would take the clause's subject).
    Rule events.roles.by_phrase_doer."""
    noun = cand.noun
    if noun is None or cand.anchor.i != noun.i or not cand.sources:
        return False
    doer = cand.sources[0]
    return doer.dep == D_POBJ and doer.head.lower_ == "by" and doer.head.head.i == noun.i and is_on(BY_PHRASE_RULE)


def _source_phrases(analysis: Analysis, cand: Candidate, sources: list[ActorRef]) -> list[tuple[int, int]]:
    """The token ranges of the phrases the rules' sources head, where they lie apart from the trigger ("opposition
    leaders in the capital, Ndjamena, said they are boycotting the poll"): a name inside the doer's own phrase says who
    or where the doer is, never whom the act is done to, so the role model may not take it as the target (rule
    events.roles.source_phrase_names)."""
    if not is_on("events.roles.source_phrase_names"):
        return []
    trigger = {t.i for t in cand.trigger} | {cand.anchor.i}
    found = []
    for ref in sources:
        span = tokens_at(analysis.doc, ref.start, ref.end)
        if span is None or len(span) == 0:
            continue
        start, end = span.root.left_edge.i, span.root.right_edge.i
        if not any(start <= i <= end for i in trigger):
            found.append((start, end))
    return found


def _bare_kind(token: Token) -> bool:
    """A common noun with no determiner, possessor, number or name of its own ("violence", "terrorism")."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in dependents(token))


# types of force one side uses on another: two named doers of one with no one else named fight each other
FIGHTING = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _named_pair(sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Two or more different named actors use force and nothing names whom: "Syria and Israel fired across
    the line", "the rebels and the army violated the truce" - they act on each other, so the event is their
    directed pair (issue 13: never two sources and no target). Unnamed groups ("students and workers
    clashed") and parties reacting together ("Peru and Chile condemned ...") stay side by side."""
    return not targets and len({ref.actor_id for ref in sources if ref.actor_id}) >= 2


def _names_anyone(analysis: Analysis, side: list[ActorRef]) -> bool:
    """Whether a side in words only still has a name in it ("against Thom", "Khashoggi's death")."""
    for ref in side:
        span = tokens_at(analysis.doc, ref.start, ref.end)
        if span is not None and any(t.ent_type_ or t.pos_ == "PROPN" for t in span):
            return True
    return False


def _distinct(sources: list[ActorRef]) -> int:
    """How many different parties a side names (an actor once, however often it is mentioned)."""
    return len({ref.actor_id or ref.text.lower() for ref in sources})


def _names_party(side: list[ActorRef]) -> bool:
    return any(ref.actor_id or ref.country or ref.sector for ref in side)


def _confidence(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> float:
    base = 0.75 if cand.frame.kind == "verb" else 0.6
    if sources and (targets or cand.frame.roles == "reciprocal"):
        base += 0.1
    return round(base, 2)


def _together(cand: Candidate, sources: list[ActorRef]) -> bool:
    """Several parties act together: two or more different or coordinated doers, or a partner "with" whom."""
    if len({ref.actor_id or ref.text.lower() for ref in sources}) >= 2:
        return True
    if any(child.dep == D_CONJ for token in cand.sources for child in dependents(token)):
        return True  # "the US and its allies": the second need not name a known actor
    return any(token.head.lower_ == "with" for token in cand.targets)


def directed_pair(sources: list[ActorRef], targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """A reciprocal act as a directed pair: "Peru and Chile signed a treaty" has Peru as source and Chile as
    target (the first named acts, the others receive), never two sources and no target."""
    if targets or len(sources) < 2:
        return sources, targets
    ordered = sorted(sources, key=lambda ref: ref.start)
    first = ordered[0]
    # "the Peruvian-born Chilean envoy met the rebels": a name inside the first party's own mention is who it is,
    # not its partner; the partner comes from another mention where there is one
    apart = [r for r in ordered[1:] if r.end <= first.start or r.start >= first.end]
    rest = apart or ordered[1:]
    # "Koizumi held a summit with Kim, the two countries ...": the source's own state is not its partner
    others = [r for r in rest if not (first.country and r.country == first.country)]
    return ordered[:1], others or rest


SELF_TARGET_RULE = "events.roles.self_target"
PERSON_PRONOUNS = word_class("pronouns", "person")
STATE_PRONOUNS = word_class("pronouns", "state") | word_class("pronouns", "group")


def _individual(actor_id: str) -> bool:
    """A knowledge-base id of one person or body ("barack-obama"), not a country or sector code ("USA", "USA-PTY")
    that many parties share: Republicans and Democrats are both "USA-PTY" yet two sides."""
    return actor_id != actor_id.upper()


def _not_themselves(sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """A target that resolves to the very actor of a source is no second party: an event is a dyad between two
    actors, and the role model or coreference ("pledged to take his campaign to the floor", a possessive naming the
    doer again) can put the doer on both sides. The same actor is one named individual, or any actor a pronoun
    names again (a shared code alone is not the same actor). Such targets go; another target beside them stays."""
    if not is_on(SELF_TARGET_RULE):
        return targets
    doers = {ref.actor_id for ref in sources if ref.actor_id}
    if not doers:
        return targets
    pronouns = PERSON_PRONOUNS | STATE_PRONOUNS
    return [ref for ref in targets if ref.actor_id not in doers
            or not (_individual(ref.actor_id) or ref.text.lower() in pronouns)]


VISIT = "042"  # CAMEO: make a visit


def _journey_home(sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Travellers arriving in their own country's capital ("Japanese citizens arrived at Tokyo's airport")
    visit no host: the city is only where they went, so there is no visit to code."""
    places = knowledge_base().places
    home = {ref.country for ref in sources}
    return bool(sources and targets) and None not in home and all(
        ref.country in home and ref.sector == "GOV" and ref.text.lower().removeprefix("the ") in places
        for ref in targets)


def _speaker(cand: Candidate) -> Token | None:
    """The subject of the verb of saying that reports a meeting or talks with no party named in its own words
    ("officials said talks would be held on Friday"): talks a side announces are talks it takes part in. Only for
    the types whose doers act together (data/roles.yaml reciprocal_types; rule events.roles.speaker_side)."""
    if cand.frame.event_type not in reciprocal_types() or not is_on("events.roles.speaker_side"):
        return None
    verb = cand.anchor
    for _ in range(4):  # up through "would be held", "are expected to take place"
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
            head = verb.head
            if head.lemma_.lower() not in reporting_verbs():
                return None
            return next((c for c in dependents(head) if c.dep_ == "nsubj"), None)
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "conj", "nsubj", "nsubjpass", "dobj", "attr"):
            return None
        verb = verb.head
    return None


# types that are statements about an act not (yet) done: a condition in them is put on the other side
CONDITIONAL_TYPES = frozenset({"THREATEN", "REJECT"})
UNREALISED = frozenset({"negated", "future", "hypothetical"})


def _conditioned(analysis: Analysis, cand: Candidate, sentence_index: int, date: Day,
                 sources: list[ActorRef]) -> list[ActorRef]:
    """The party a condition on the act is put on (detect.condition_parties), where the act is not told as done:
    "Peru will not lift the embargo until Bolivia frees the crew" is aimed at Bolivia. Never the source itself."""
    if not _may_be_conditioned(cand.anchor):
        return []  # (asked first: no "if", "unless" or "until" clause in the anchor's tree, so no party to put it on)
    if cand.frame.event_type not in CONDITIONAL_TYPES and not _flags(cand, analysis.sentences[sentence_index]) & UNREALISED:
        return []
    source_ids = {r.actor_id for r in sources if r.actor_id}
    for token in condition_parties(cand.anchor):
        found = [r for r in _actors(analysis, token, date) if r.actor_id not in source_ids
                 and not any(s.start < r.end and r.start < s.end for s in sources)]
        if not found:  # "until their members ratify a contract": in its own words (a pronoun never is)
            phrase = _phrase(analysis, cand, token, sources, date)
            found = [phrase] if phrase is not None else []
        if found:
            return sorted(_dedupe(found), key=lambda ref: ref.start)[:1]
    return []


_condition_trees: list = [None, None, frozenset()]  # the document, the condition marks, the roots of trees with one


def _may_be_conditioned(anchor: Token) -> bool:
    """Whether the anchor's sentence tree holds a side clause a condition mark opens (roles.yaml condition_marks), the
    only place condition_parties finds a party: every word it reads (the anchor, its complements, the verbs above
    it) is in that tree. The marks are looked for once per document, so the factuality cues (`_flags`) are read
    here only for the few candidates that have such a clause; the rest are read once, when the event is made."""
    doc, marks = anchor.doc, role_words()["condition_marks"]
    held = _condition_trees
    if held[0] is not doc or held[1] is not marks:
        held[0], held[1], held[2] = doc, marks, _condition_roots(doc, marks)
    return bool(held[2]) and _root_of(anchor.i, doc_arrays(doc).heads) in held[2]


def _condition_roots(doc: Doc, marks: frozenset[str]) -> frozenset[int]:
    """The roots of the sentence trees where a "mark" word of the list opens an adverbial clause."""
    if not marks:
        return frozenset()
    arrays = doc_arrays(doc)
    heads, dep, lower, ids = arrays.heads, arrays.dep, arrays.lower, string_ids(marks)
    return frozenset(_root_of(k, heads) for k in mark_positions(doc) if lower[k] in ids and dep[heads[k]] == _ADVCL)


def _root_of(i: int, heads: list[int]) -> int:
    while heads[i] != i:
        i = heads[i]
    return i


_ADVCL = get_string_id("advcl")


def _warning(cand: Candidate, flags: set[str], condition: list[ActorRef], targets: list[ActorRef]) -> str | None:
    """A hostile act that waits on something is a warning, which PLOVER codes THREATEN, though the act itself is only
    possible: "Chile would impose sanctions on Peru unless Peru frees the crew" (warns the party the condition is
    on), "Chile may cut aid to Peru if the talks fail" (warns the party the act is aimed at). An act made to wait on
    another party's failing to act ("unless", roles.yaml ultimatum_marks) is an ultimatum whatever the act is a
    withdrawal of (roles.yaml ultimatum_types: "will pull its troops out unless Peru holds elections"), while the
    same act offered "if" the other party acts stays a promise."""
    if "negated" in flags or not flags & UNREALISED or "conditioned" in flags:
        return None  # ("conditioned": a simple present on an "if" tells a rule, no warning; factuality.conditional_consequent)
    if not _may_be_conditioned(cand.anchor):
        return None  # no condition clause in the anchor's sentence tree (the marks looked for once per document)
    marks = [mark.lower_ for mark, _ in conditions(cand.anchor)]
    if not marks:
        return None
    words = role_words()
    if _names_party(condition) and set(marks) & set(words["ultimatum_marks"]) \
            and cand.frame.event_type.lower() in words["ultimatum_types"]:
        return "THREATEN"
    if cand.frame.event_type not in factuality_words()["conflict_types"]:
        return None
    return "THREATEN" if _names_party(condition) or _names_party(targets) else None


def _impersonal(analysis: Analysis, cand: Candidate) -> bool:
    """ "'It suggests to me that the talks have failed,' he said": a wrapper verb whose subject is an impersonal "it"
    (roles.yaml impersonal_subjects) that coreference links to no party, with a finite clause as complement, says what
    something indicates; no one proposes, promises or threatens anything."""
    if not cand.frame.wrapper or not any(c.dep == D_CCOMP for c in dependents(cand.anchor)):
        return False
    subject = next((c for c in dependents(cand.anchor) if c.dep in DS_NSUBJ_EXPL), None)
    if subject is None or subject.lower_ not in role_words()["impersonal_subjects"]:
        return False
    linked = coreferent(analysis, subject)
    return linked is None or not actors_in_span(analysis, *linked)


GENERIC_RULE = "events.senses.generic_habitual"



_CONJ = get_string_id("conj")
_OWN_CLAUSE = string_ids(("nsubj", "nsubjpass", "aux", "auxpass"))
_AUXES = string_ids(("aux", "auxpass"))


def _clause_verb(verb: Token) -> Token:
    """The verb a conjunct shares its subject and tense with: "are pressured ... and forced out" is told by "are
    pressured"."""
    for _ in range(4):
        if verb.dep != _CONJ or any(c.dep in _OWN_CLAUSE for c in dependents(verb)):  # relations by string id
            break
        verb = verb.head
    return verb


def _simple_present(verb: Token) -> bool:
    """ "violate", "solicits", "are arrested", "do not pay": the simple present, no progressive, perfect, modal or
    past; the tense of a habit or a kind."""
    verb = _clause_verb(verb)
    auxes = [c for c in dependents(verb) if c.dep in _AUXES]
    tag = verb.tag  # (tags by string id: each `tag_` read decodes the string anew)
    if tag in TS_VBZ_VBP:
        return not auxes
    if tag == T_VBN:
        return len(auxes) == 1 and auxes[0].dep == D_AUXPASS and auxes[0].tag in TS_VBZ_VBP
    if tag == T_VB:
        return bool(auxes) and all(a.tag in TS_VBZ_VBP and a.lemma_.lower() == "do" for a in auxes)
    return False


TIMETABLE_RULE = "factuality.timetable_present"


def _timetabled(when: Any, flags: set[str], published: str | None, trigger: Token) -> bool:
    """Whether an act told as done is a timetable: its own clause, in the simple present ("The two leaders meet in
    Geneva on Monday", "the court rules on the appeal next week"), gives it a time after the day of writing. An act
    cannot have happened after the text was written, so the present tells what is scheduled: future, not asserted
    (rule factuality.timetable_present). A past tense with a later day is left alone (a misread day, not a plan), and
    so is a relative clause ("senators who oppose him on Thursday", "the holiday Americans celebrate in September"):
    it describes a party or a thing in the present of a habit, and a day hung on it is more often another clause's."""
    day = (published or "")[:10]
    if not day or not when.date or str(when.date)[:10] <= day or when.reason is not None or \
            from_flags(flags) != "asserted" or not is_on(TIMETABLE_RULE):
        return False
    return _simple_present(trigger) and _clause_verb(trigger).dep not in (D_RELCL, D_ACL)


def _bare_plural_kind(noun: Token) -> bool:
    """ "people who protest", "charities that solicit": a plural noun with no determiner, possessor, number or name,
    narrowed by a relative clause in the simple present, names a kind of party, not a party. So does, outside a
    headline, one narrowed by a participle ("workers seeking asylum": senses.yaml kinds_described)."""
    group = [noun] + [c for c in dependents(noun) if c.dep == D_CONJ]
    if _described_kind(noun):
        return True
    if noun.tag != T_NNS or noun.ent_type_ or any(
            c.dep in DS_DET_POSS_NUMMOD_PREDET for c in dependents(noun)):
        return False
    return any(c.dep == D_RELCL and _simple_present(c) for g in group for c in dependents(g))


def _described_kind(noun: Token) -> bool:
    """ "workers seeking asylum": a bare plural narrowed by a participle that describes it (_describing_clause),
    outside a headline (senses.yaml kinds_described). ("anyone who criticises the president is arrested" is told as
    hypothetical, factuality.generic_subjects.)"""
    return bool(sense_words("kind_pronouns", DESCRIBED_RULE)) and _bare_plural(noun) and not in_first_line(noun) and \
        any(c.dep == D_ACL and _describing_clause(c) for c in dependents(noun))


DESCRIBED_RULE = "events.senses.kinds_described"
_NO_TIME_OF_ITS_OWN = string_ids(("aux", "auxpass", "nsubj", "nsubjpass"))


def _describing_clause(verb: Token) -> bool:
    """ "seeking asylum" in "those seeking asylum", "who sign up" in "anyone who signs up": a participle with no
    auxiliary or subject of its own, or a relative clause in the simple present, hanging on a noun: it says which
    ones the noun means, with no occasion of its own."""
    if verb.dep == D_ACL and verb.tag == T_VBG:
        return not any(c.dep in _NO_TIME_OF_ITS_OWN for c in dependents(verb))
    return verb.dep == D_RELCL and _simple_present(verb)


def _generic_clause_of(noun: Token) -> bool:
    """The noun is a doer or an object of a clause in the simple present outside a headline ("workers looking for
    jobs are counted as unemployed"): the clause says what holds of such people, not what happened."""
    verb = noun.head
    if noun.dep not in DS_NSUBJ_NSUBJPASS_DOBJ or verb.pos not in PS_VERB_AUX or in_first_line(verb):
        return False
    if noun.dep == D_NSUBJ and verb.tag == T_VBZ:
        return False  # a plural doing a singular's verb is a misparse ("police firing in the town fear still stalks")
    # ("members backing the senator get a discount": the tagger may give a plural's present the base form's tag)
    return _simple_present(verb) or (verb.tag == T_VB and verb.dep == D_ROOT and not any(
        c.dep in DS_AUX_AUXPASS for c in dependents(verb)) and any(c.dep == D_NSUBJ for c in dependents(verb)))


def _kind_described(cand: Candidate) -> bool:
    """ "asylum for those seeking it at the border", "anyone who signs up gets a score", "workers looking for jobs
    are counted as unemployed": a participle or a present relative clause on a word that means whoever fits
    ("those", "anyone") or on a bare plural of a generic clause describes a kind of people by what they do; it tells
    no act on an occasion (senses.yaml kinds_described). "Those who attacked the embassy" (told in the past),
    "protesters demanding reform marched on Friday" (a clause told as happening) stay."""
    pronouns = sense_words("kind_pronouns", DESCRIBED_RULE)
    verb = cand.anchor  # a verb or an auxiliary: _event asks only of those
    if not pronouns or not _describing_clause(verb):
        return False
    noun = verb.head
    if noun.lower_ in pronouns and not any(c.dep in DS_DET_POSS for c in dependents(noun)):
        return True  # "those seeking asylum", "anyone who signs up"
    return _bare_plural(noun) and _generic_clause_of(noun)


STANDING_RULE = "events.senses.standing_relations"


def _standing_relation(cand: Candidate) -> bool:
    """ "the activist, who backs the senator", "the amendment, which bars aid to the junta": a relative clause in the
    simple present (not a verb of saying, not in a headline) tells what holds of its noun, a stand, a tie or what a
    text provides, not an act on an occasion (senses.yaml standing_relations). Asked only of an act that nothing in
    the text dates."""
    verb = cand.anchor  # a verb or an auxiliary: _event asks only of those
    return is_on(STANDING_RULE) and _clause_verb(verb).dep == D_RELCL and present_of_a_habit(verb)


def _generic(cand: Candidate) -> bool:
    """A generic sentence tells what kinds of parties do, not an act (senses.yaml generic_habitual): "countries that
    regularly violate those rights", "people who protest are arrested". A habit of named or definite doers
    ("militias regularly attack villages") stays an event, undated (time/data/dating.yaml dating.habitual)."""
    verb = cand.anchor  # a verb or an auxiliary: _event asks only of those
    if not _simple_present(verb):
        # "rivals attack each other", "police shoot unarmed men": the tagger's base form
        return _base_present(verb) and (_kind_habit(verb, verb) or _kinds_on_kinds(verb, verb))
    subjects = [c for c in dependents(_clause_verb(verb)) if c.dep in DS_NSUBJ_NSUBJPASS]
    if is_on(GENERIC_RULE) and ((verb.dep == D_RELCL and _bare_plural_kind(verb.head)) or any(
            _bare_plural_kind(s) for s in subjects)):
        return True  # "charities that solicit", "people who protest are arrested"
    # "politicians always attack each other when the economy slows" (senses.yaml generic_occasions); "governments often
    # impose sanctions", "rivals attack each other" (kinds_habits)
    return (any(_bare_plural(s) for s in subjects) and _every_occasion(_clause_verb(verb))) \
        or _kind_habit(_clause_verb(verb), verb) or _kinds_on_kinds(_clause_verb(verb), verb)


KINDS_ON_KINDS_RULE = "events.senses.kinds_on_kinds"
_DS_SPECIFIC = string_ids(("det", "poss", "nummod", "predet"))


def _kinds_on_kinds(clause: Token, verb: Token) -> bool:
    """ "Police shoot unarmed men", "voters reject establishment candidates", "employers seek workers": an act in the
    simple present, outside a headline, whose every doer and every object is a kind (a bare plural whose phrase holds
    no determiner, possessor, number or name) and whose clause holds no place or time (no name of one, no phrase of
    senses.yaml kind_place_preps) says what such parties do to such others anywhere, a generic statement, not an act
    on an occasion (senses.yaml kinds_on_kinds). "Armed gangs attack farmers in the border districts" (a habit in a
    place, dated as a habit: time/data/dating.yaml dating.habitual), "Chilean soldiers attack villages" (a nation
    named), "parties boycott sessions of the assembly" (one assembly), "authorities blame a blast on militants" (one
    thing) and "critics accuse him" (one person) stay."""
    places = sense_words("kind_place_preps", KINDS_ON_KINDS_RULE)
    if not places or in_first_line(verb):
        return False
    doers = [c for c in dependents(clause) if c.dep == D_NSUBJ]
    doers += [c for d in doers for c in dependents(d) if c.dep == D_CONJ]
    objects = [c for c in dependents(verb) if c.dep == D_DOBJ]
    objects += [c for o in objects for c in dependents(o) if c.dep == D_CONJ]
    if not doers or not objects or not all(_bare_plural(n) and not any(
            t.ent_type_ or (t.dep in _DS_SPECIFIC and t is not n) for t in n.subtree) for n in doers + objects):
        return False
    if any(c.dep == D_PREP and c.lower_ in places for v in {clause, verb} for c in dependents(v)):
        return False  # "attack farmers in the border districts": a habit of the people of a place
    return not any(t.ent_type_ for t in clause.subtree)  # a place or a time named


HABITS_RULE = "events.senses.kinds_habits"


def _base_present(verb: Token) -> bool:
    """ "rivals attack each other": a root verb the tagger gave the base form, with a subject and no auxiliary, is a
    plural's simple present."""
    return verb.tag == T_VB and verb.dep == D_ROOT and not any(c.dep in DS_AUX_AUXPASS for c in dependents(verb)) \
        and any(c.dep == D_NSUBJ for c in dependents(verb))


def _kind_habit(clause: Token, verb: Token) -> bool:
    """ "governments often impose", "candidates attack each other": an adverb of how often on the clause, or "each
    other" / "one another" as the act's object, said of a kind of office or state (a bare plural of senses.yaml
    public_roles or public_party_nouns), tells what such parties do (senses.yaml kinds_habits). Armed groups and crowds
    doing something often ("militias regularly attack villages") are a habit of the people there and stay."""
    adverbs = sense_words("kind_habit_adverbs", HABITS_RULE)
    if not adverbs or in_first_line(verb):
        return False
    offices = sense_words("public_roles", HABITS_RULE) | sense_words("public_party_nouns", HABITS_RULE)
    if not any(c.dep in DS_NSUBJ_NSUBJPASS and _bare_plural(c) and (c.lemma_.lower() in offices or c.lower_ in offices)
               for c in dependents(clause)):
        return False
    if any(c.dep == D_ADVMOD and c.lower_ in adverbs for v in {clause, verb} for c in dependents(v)):
        return True
    mutual = sense_words("reciprocal_pronouns", HABITS_RULE)
    return any(f"{d.lower_} {c.lower_}" in mutual for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i
               for d in c.children if d.i == c.i - 1)


KINDS_RULE = "events.senses.kinds_doing"


def _kinds_doing(cand: Candidate) -> bool:
    """ "the epidemic of police officers killing unarmed black men": a participle with no tense whose doer and whose
    object are both kinds (bare plurals), on a noun that is the topic of a phrase, names a kind of act, not one that
    happened (senses.yaml kinds_doing)."""
    verb = cand.anchor
    preps = sense_words("topic_preps", KINDS_RULE)
    if verb.tag != T_VBG or not preps:
        return False
    if verb.dep == D_ACL:  # "of police officers killing ...": the participle on its doer
        doer = verb.head
        if doer.dep != D_POBJ or doer.head.lower_ not in preps:
            return False
    elif verb.dep == D_PCOMP and verb.head.lower_ in preps:  # "of soldiers abusing prisoners": a gerund's subject
        doer = next((c for c in dependents(verb) if c.dep == D_NSUBJ), None)
        if doer is None:
            return False
    else:
        return False
    if not _bare_plural(doer) or any(t.ent_type_ for t in doer.subtree if t.i < doer.i):
        return False  # "North Korean and Japanese diplomats holding talks": parties named by their state
    told = doer.head.head if verb.dep == D_ACL else verb.head.head  # the noun the phrase hangs on
    if told.lemma_.lower() in sense_words("telling_nouns", KINDS_RULE):
        return False  # "reports of diplomats holding talks": a report tells a happening
    objects = [c for c in dependents(verb) if c.dep in DS_DOBJ_DATIVE]
    return bool(objects) and all(_bare_plural(o) for o in objects)


POLICY_RULE = "events.senses.policy_content"


def _policy_content(cand: Candidate, verbal: bool) -> bool:
    """ "her plan would give tax breaks", "rules require the parties to ...", "the mandate requiring everyone to buy
    insurance": a plan, rule or law doing something in the present or under a modal is what the text provides, not
    an act of a party (senses.yaml policy_content). The verb and the verbs it hangs from ("would allow Chile to
    import") are read up to three steps; a past tense ("the 2014 law banned the party") reports an enactment."""
    nouns = sense_words("policy_nouns", POLICY_RULE)
    if not nouns:
        return False
    if _under_a_plan(cand.anchor, nouns):
        return True
    verb = cand.anchor
    for _ in range(4):
        if not (verbal if verb is cand.anchor else verb.pos in PS_VERB_AUX):  # (the anchor's read by _event)
            return False
        clause = _clause_verb(verb)
        # the active subject only: a plan "sent to the president" or "approved by the cabinet" is what parties act on
        doers = [c for c in dependents(clause) if c.dep in DS_NSUBJ_CSUBJ]
        if not doers and clause.dep in DS_ACL_RELCL and clause.tag == T_VBG:
            # "the mandate requiring ...": the noun the clause hangs on does it ("a plan to build" is an intention)
            doers = [clause.head]
        doers = [d.head.head if d.tag in TS_WP_WDT and d.head.dep == D_RELCL else d for d in doers]
        if doers and all(d.lemma_.lower() in nouns and not d.ent_type_ for d in doers):
            if verb is cand.anchor and any(not any(d.left_edge.i <= s.i <= d.right_edge.i for d in doers)
                                           and s.head.dep != D_RELCL for s in cand.sources):
                # "the proposal has drawn criticism from GOP hopefuls": they criticise, not the plan ("GOP rules",
                # whose rules they are, is inside the doer's phrase)
                return False
            # "introduced a bill that would sanction Turkish officials": a plan a party puts forward is its own
            # threat or offer, told with the party as its doer; only a plan described stays content
            # ("embraces the law that would dismantle banks", "blocked rules that would have allowed firms to cut
            # pensions": a plan supported, opposed or blocked is described, its content no one's act)
            forward = sense_words("forward_verbs", POLICY_RULE)
            # a participle ("welcomed a proposal calling for talks") is what the plan itself asks: any party's plan
            return not _past_clause(clause) and not any(
                (d.dep in DS_DOBJ_NSUBJPASS and (clause.dep != D_RELCL or d.head.lemma_.lower() in forward)) or any(
                    c.dep == D_RELCL and c is not clause and c.lemma_.lower() in forward for c in dependents(d))  # "the
                for d in doers)  # bill he was introducing, which would revoke ..."
        # "would allow Chile to import", "bans companies from doing business": an act the text provides for
        if clause.dep in DS_XCOMP_CCOMP:
            verb = clause.head
        elif clause.dep == D_PCOMP and clause.head.dep == D_PREP:
            verb = clause.head.head
        elif clause.dep == D_ADVCL and any((c.dep == D_ADVMOD and c.lower_ in sense_words(
                "content_conditions", POLICY_RULE)) or (c.dep == D_AUX and c.tag == T_TO) for c in dependents(clause)):
            # "obliges police to alert federal agents" (the parse may hang the infinitive as a clause of its own), "when
            # they detain a migrant": the act the rule provides for, and when it is to be done
            verb = clause.head
        elif clause.dep == D_ACL and clause.head.dep == D_DOBJ and clause.head.head.pos in PS_VERB_AUX:
            # "gives the president power to expel diplomats": a power or a right the text confers
            verb = clause.head.head
        else:
            return False
    return False


CLAUSE_LINKS = frozenset({"conj", "xcomp", "ccomp", "advcl"})
_CLAUSE_LINK_IDS = string_ids(CLAUSE_LINKS)  # (relations by string id: each `dep_` read decodes the string anew)


def _under_a_plan(anchor: Token, nouns: frozenset[str]) -> bool:
    """ "Under the new program, people would enroll and leaders could call on their help", "under her plan, taxpayers
    would pay their ordinary rate": what parties would do under a plan, a rule or a deal (an "under" phrase on the
    clause or on a clause it is joined to or hangs under) told with a modal is what the text provides, not an act of
    a party (senses.yaml policy_content). "Under the deal, Iran released the prisoners" (no modal) is told as done,
    and "under the plan, Israel will evacuate the settlements" announces what a party will do."""
    sentence = sentence_of(anchor)  # every verb read below is in it: with no "under" in it, no phrase to find
    if _UNDER_ID not in doc_arrays(anchor.doc).lower[sentence.start:sentence.end]:
        return False
    conditional = sense_words("content_modals", POLICY_RULE)
    verb, modal = anchor, False
    for _ in range(3):  # an act noun ("call on their help") is told by the verb it hangs on
        if verb.pos in PS_VERB_AUX or verb.head is verb:
            break
        verb = verb.head
    for _ in range(4):
        if verb.pos not in PS_VERB_AUX:
            return False
        children = dependents(_clause_verb(verb)) + dependents(verb)
        modal = modal or any(c.dep == D_AUX and c.tag == T_MD and c.lower_.replace("\u2019", "'") in conditional
                             for c in children)
        # the phrase stands before the verb, on it or on its subject ("Under her plan, taxpayers reporting gains would
        # pay": the parse may hang it on the subject's clause)
        if modal and _under_before(verb, nouns):
            return True
        if verb.dep not in _CLAUSE_LINK_IDS:
            return False
        verb = verb.head
    return False


_PREP_ID, _UNDER_ID = get_string_id("prep"), get_string_id("under")


def _under_before(verb: Token, nouns: frozenset[str]) -> bool:
    """An "under" phrase whose object is one of `nouns` (and no name), among the words from the verb's left edge up to
    the verb: read off the document's columns (nlp/arrays.py), a Token only for an "under" found, where a slice of
    the document made a Span and a Token for every word."""
    doc = verb.doc
    arrays = doc_arrays(doc)
    dep, lower = arrays.dep, arrays.lower
    return any(dep[k] == _PREP_ID and lower[k] == _UNDER_ID and any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns and not g.ent_type_ for g in dependents_at(doc, k))
        for k in range(arrays.first[verb.i], verb.i))


def _past_clause(verb: Token) -> bool:
    """A clause told in the past: a past-tense verb or auxiliary ("banned", "had required", "was passed"), or a past
    participle with no auxiliary of its own ("the law passed in 2014")."""
    auxes = [c for c in dependents(verb) if c.dep in DS_AUX_AUXPASS]
    if verb.tag == T_VBD or any(a.tag == T_VBD for a in auxes):
        return True
    return verb.tag == T_VBN and not auxes


OCCASIONS_RULE = "events.senses.generic_occasions"


def _bare_plural(noun: Token) -> bool:
    """ "politicians", "opposition parties": a plural with no determiner, possessor, number or name names a kind."""
    return noun.tag == T_NNS and not noun.ent_type_ and not any(
        c.dep in DS_DET_POSS_NUMMOD_PREDET for c in dependents(noun))


def _every_occasion(verb: Token) -> bool:
    """ "always attack", "when the economy slows", "every time prices rise": the clause says what happens on any
    occasion, the mark of a generic statement about a kind (senses.yaml generic_occasions)."""
    adverbs = sense_words("generic_adverbs", OCCASIONS_RULE)
    if not adverbs:
        return False
    if any(c.dep == D_ADVMOD and c.lower_ in adverbs for c in dependents(verb)):
        return True  # "politicians always attack each other"
    marks = sense_words("generic_clause_marks", OCCASIONS_RULE)
    times = sense_words("generic_time_nouns", OCCASIONS_RULE)
    every = sense_words("generic_determiners", OCCASIONS_RULE)
    for clause in (c for c in dependents(verb) if c.dep in DS_ADVCL_CCOMP and _simple_present(c)):
        if any(m.dep in DS_MARK_ADVMOD and m.lower_ in marks and m.i < clause.i for m in dependents(clause)):
            return True  # "when the economy slows", "whenever prices rise"
    # "every time the economy slows, parties accuse ...", "each time prices rise": a time noun of any occasion
    return any(t.dep == D_NPADVMOD and t.lemma_.lower() in times and any(
        d.dep == D_DET and d.lower_ in every for d in dependents(t))
        for c in (verb, *(c for c in dependents(verb) if c.dep in DS_ADVCL_CCOMP)) for t in dependents(c))


TALK_RULE = "events.senses.talk_without_partner"


def _talk_alone(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "Caddell went on to discuss recently released polls", "Clinton talked about criminal justice reform": talks
    need two parties (PLOVER CONSULT); one party discussing a topic with no one named is speech about it, no event
    (senses.yaml talk_without_partner). A plural or coordinated doer ("the two leaders discussed trade") or a
    partner after "with", "between" or "among" stays a consultation, and so do talks a journey is made for."""
    if cand.frame.kind != "verb" or cand.frame.event_type != "CONSULT" or targets or cand.targets \
            or cand.frame.pattern not in sense_words("talk_verbs", TALK_RULE):
        return False
    if len(cand.sources) != 1 or _distinct(sources) > 1:
        return False
    doer = cand.sources[0]
    if doer.tag in TS_NNS_NNPS or any(c.dep == D_CONJ for c in dependents(doer)):
        return False
    verb = cand.anchor
    if verb.dep in DS_ADVCL_XCOMP and verb.head.lemma_.lower() in sense_words("journey_verbs", TALK_RULE) \
            and not any(c.dep == D_PRT for c in dependents(verb.head)):
        return False  # "the envoy went to discuss the release": a journey made to talk is talks with its host
    return not any(c.dep == D_PREP and c.lower_ in ("with", "between", "among") for c in dependents(cand.anchor))


DEBATE_RULE = "events.senses.debate_between_states"


def _debate_not_talks(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "The two candidates debated", "scholars have long debated": a debate argues before an audience; only between
    two states is it talks (senses.yaml debate_between_states)."""
    if cand.frame.event_type != "CONSULT" or cand.anchor.lemma_.lower() not in sense_words("debate_verbs", DEBATE_RULE):
        return False
    sectors = sense_words("state_sectors", DEBATE_RULE)
    states = {r.country for r in sources + targets if r.country and (not r.sector or r.sector in sectors)}
    return len(states) < 2


def _press_alone(cand: Candidate, sources: list[ActorRef]) -> bool:
    """ "The caucus held a press conference": a meeting named for the press, held by one party, is a statement to
    the press, no CONSULT (senses.yaml press_audience). Two parties holding one together ("the two ministers held a
    joint press conference", "Porter and Fifield hold a press conference") appear jointly, and that stays."""
    if cand.frame.event_type != "CONSULT":
        return False
    anchor = cand.anchor
    if not (_press_event(anchor) or any(c.dep == D_DOBJ and _press_event(c) for c in dependents(anchor))):
        return False
    press = sense_words("press_modifiers", "events.senses.press_audience")
    doers = [d for d in cand.sources for d in [d, *(c for c in dependents(d) if c.dep == D_CONJ)]
             if d.lemma_.lower() not in press]  # the "press" of "press conference" is whom it is for, not a doer
    return len(doers) < 2 and _distinct(sources) < 2 and not any(
        c.lower_ in ("joint", "together") for c in anchor.subtree)


VISIT_RULE = "events.senses.visit_needs_host"  # senses.yaml visit_codes
PRIVATE_RULE = "events.senses.private_transactions"
DISPUTE_RULE = "events.senses.private_disputes"


def _host(ref: ActorRef) -> bool:
    """Whether a visit's target is a party or a party's place (senses.yaml visit_needs_host): a known actor, a
    country, a kind of party, or a unit of a state or a seat of a body ("the flooded provinces", "the capital")."""
    places = sense_words("host_places", VISIT_RULE)
    return bool(ref.actor_id or ref.country or ref.sector) or any(
        w.lower() in places or w[:1].isupper() for w in ref.text.split())  # a named place stands for its party


def _private_transaction(analysis: Analysis, cand: Candidate, code: str | None, sources: list[ActorRef],
                         targets: list[ActorRef]) -> bool:
    """A payment, an investment or a gift with no political party on either side is a transaction between firms
    or private persons, not state cooperation (senses.yaml private_transactions): "they pay us a lot of money"."""
    if code is None:
        return False
    # "the singer sued the tabloid": a lawsuit between private parties is theirs, not a political act either
    rule = DISPUTE_RULE if code in sense_words("dispute_codes", DISPUTE_RULE) else PRIVATE_RULE
    if rule == PRIVATE_RULE and code not in sense_words("transaction_codes", PRIVATE_RULE):
        return _private_parties(analysis, cand, sources, targets)
    private = sense_words("private_sectors", rule)

    def named_private(ref: ActorRef) -> bool:
        """A business the story names as such, or a party told only by the place it is from ("a Denver group")."""
        return _business_name(analysis, ref) or (bool(ref.country) and not ref.sector and _named_before(analysis, cand, ref, BUSINESS_RULE))

    def political(ref: ActorRef) -> bool:
        if ref.sector:
            return ref.sector not in private
        # a state, or a known actor of no sector: left as it is, unless the story names it as a private party
        return bool(ref.actor_id or ref.country) and not named_private(ref)

    # no side is political, and no argument names a public party the actors stage left unresolved ("the firm sued the
    # state over the permit": the suit's target read as the permit)
    return not any(political(ref) for ref in sources + targets) and not _public_argument(analysis, cand)


COMMERCE_RULE = "events.senses.commercial_things"
THING_LINKS = frozenset({"dobj", "nsubjpass"})
THING_PREPS = frozenset({"of", "in"})
_THING_LINK_IDS = string_ids(THING_LINKS)


def _things_dealt(cand: Candidate) -> list[Token]:
    """What an act is done with: the verb's object (or passive subject), the object of a clause it hangs over ("helped
    the firm complete its sale", "help pay tuition"), and the "of"/"in" phrase of a trigger noun ("the sale of its
    mines", "its investment in the course")."""
    verb = cand.anchor
    things = [c for c in dependents(verb) if c.dep in _THING_LINK_IDS]
    things += [g for c in dependents(verb) if c.dep in DS_XCOMP_CCOMP for g in dependents(c) if g.dep == D_DOBJ]
    if cand.noun is not None:
        things += [g for c in dependents(cand.noun) if c.dep == D_PREP and c.lower_ in THING_PREPS
                   for g in dependents(c) if g.dep == D_POBJ]
    return things


def _commercial_things(analysis: Analysis, event_type: str, cand: Candidate, sources: list[ActorRef],
                       targets: list[ActorRef]) -> bool:
    """ "sold his shares at a loss", "bought the hotel from the bank", "did not take over the company's debt": an act
    done with a business's goods or money (shares, property, debts, fees, a sale) with no state, government or
    political body on either side is commerce between firms or private persons, not a political event (senses.yaml
    commercial_things). A name we do not know counts as private here: what is dealt says the act is business."""
    things = sense_words("commercial_things", COMMERCE_RULE)
    if not things or event_type not in sense_words("commerce_types", COMMERCE_RULE) or not (sources or targets):
        return False
    dealt = _things_dealt(cand)
    if not dealt or not all(t.lemma_.lower() in things or t.lower_ in things for t in dealt):
        return False
    private = sense_words("commerce_private_sectors", COMMERCE_RULE)
    political = sense_words("political_heads", PARTIES_RULE)
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in dealt]
    for ref in sources + targets:
        inside = any(start <= ref.start and ref.end <= end for start, end in spans)  # "the Elmwood property": the thing
        if (ref.text.split() or [""])[-1].lower() in political or (not inside and _a_place(analysis, ref)):
            return False  # "activists", "a council", "the talks in Geneva": a political party or a state's place
        if (ref.sector and ref.sector not in private) or (not ref.sector and ref.country):
            return False  # a state, its organs, a party, an armed group, an organisation
    return True


LEAVING_RULE = "events.senses.leaving_a_firm"
ASSIGNMENT_RULE = "events.senses.newsroom_assignments"


def _private_side(ref: ActorRef, sectors: frozenset[str], words: frozenset[str]) -> bool:
    """A side named as a firm or a newsroom: of one of these sectors, or a common noun for one ("the network")."""
    return ref.sector in sectors or (not ref.sector and not ref.country and (ref.text.split() or [""])[-1].lower() in words)


def _political_side(analysis: Analysis, ref: ActorRef) -> bool:
    """A state (a country, or a place named for it), or an actor of a sector other than the private ones."""
    private = sense_words("party_private_sectors", PARTIES_RULE)
    return bool((ref.sector and ref.sector not in private) or (not ref.sector and ref.country) or _a_place(analysis, ref))


def _leaving_a_firm(analysis: Analysis, cand: Candidate, code: str | None, sources: list[ActorRef],
                    targets: list[ActorRef]) -> bool:
    """ "The anchor resigned from the network", "two of the firm's directors resigned": leaving a post at a firm or a
    newsroom is a change of job, not the leaving of an office of state or party CAMEO 083 codes (senses.yaml
    leaving_a_firm)."""
    codes = sense_words("leaving_codes", LEAVING_RULE)
    if code not in codes or any(_political_side(analysis, ref) for ref in targets):
        return False  # "resigned from the cabinet", "quit the party"
    firms, words = sense_words("firm_sectors", PARTIES_RULE), sense_words("employer_words", LEAVING_RULE)
    bodies = [ref for ref in targets if ref.actor_id or ref.sector or ref.country or _private_side(ref, firms, words)]
    if bodies:  # "over the losses": a cause, not the body left
        return all(_private_side(ref, firms, words) for ref in bodies)
    # no body named: the doer tells whose post it was ("the firm's directors", "the network's anchor", "the CEO")
    doers = list(cand.sources)
    if not doers and cand.anchor.pos == P_VERB:
        doers = [c for c in dependents(cand.anchor) if c.dep == D_NSUBJ]
    owners = [g for t in doers for c in dependents(t) if c.dep == D_PREP and c.lower_ == "of"
              for g in dependents(c) if g.dep == D_POBJ] + doers  # "two of the firm's directors"
    if any(c.dep == D_POSS and c.lemma_.lower() in words for t in owners for c in dependents(t)):
        return True
    return bool(sources) and all(ref.sector in firms for ref in sources)


def _newsroom_assignment(analysis: Analysis, cand: Candidate, sources: list[ActorRef]) -> bool:
    """ "The paper sent its correspondent to Ohio", "the radio network is sending her to cover the floods": a newsroom
    sending its journalists to report is the press at its work, no aid, offer or deployment of a party (senses.yaml
    newsroom_assignments). A state or a political body sending reporters stays."""
    verb = cand.anchor
    if verb.lemma_.lower() not in sense_words("assignment_verbs", ASSIGNMENT_RULE) or any(
            _political_side(analysis, ref) for ref in sources if ref.sector not in sense_words("press_sectors", PRESS_RULE)):
        return False
    press = sense_words("press", PRESS_RULE) | sense_words("press_trades", PRESS_RULE)
    sent = [c for c in dependents(verb) if c.dep in DS_DOBJ_NSUBJPASS]
    if not sent:
        return False
    if all(t.lemma_.lower() in press or any(a.dep == D_APPOS and a.lemma_.lower() in press for a in dependents(t))
           for t in sent):
        return True  # "sent its correspondent", "is sending Ms. Amsel, its correspondent"
    # a newsroom sends its own people: a person named as the one sent by a doer that is the press
    return bool(sources) and all(ref.sector in sense_words("press_sectors", PRESS_RULE) for ref in sources) and all(
        t.ent_type == E_PERSON for t in sent)


FRAME_RULE = "events.senses.commerce_frame"
BUSINESS_RULE = "events.senses.business_sides"
GOVERNED_CLAUSES = frozenset({"xcomp", "ccomp"})
ARGUMENT_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
PARTY_PREPS = frozenset({"to", "from", "with", "against", "by", "of"})
_GOVERNED_IDS, _ARGUMENT_IDS = string_ids(GOVERNED_CLAUSES), string_ids(ARGUMENT_LINKS)


def _clause_verbs(cand: Candidate) -> list[Token]:
    """The trigger's verb and the verbs of the clauses it governs ("agreed to sell", "helped the chain sell itself")."""
    return [cand.anchor, *(c for c in dependents(cand.anchor) if c.dep in _GOVERNED_IDS and c.pos in PS_VERB_AUX)]


def _commerce_act(cand: Candidate) -> bool:
    """Whether the act is a purchase, a sale, a lease, a loan or an investment: the trigger's verb, the verb of a clause it
    governs or the trigger noun is one (senses.yaml commerce_acts)."""
    acts = sense_words("commerce_acts", FRAME_RULE)
    words = _clause_verbs(cand) + ([cand.noun] if cand.noun is not None else [])
    return bool(acts) and any(t.lemma_.lower() in acts for t in words)


def _arguments(cand: Candidate) -> list[Token]:
    """The heads of the clause's parties: subjects, objects, datives, the objects of its prepositions and of the trigger
    noun's, each with the words joined to it by "and"."""
    heads: list[Token] = []
    for word in _clause_verbs(cand) + ([cand.noun] if cand.noun is not None else []):
        for c in dependents(word):
            if c.dep in _ARGUMENT_IDS:
                heads.append(c)
            elif c.dep in DS_AGENT_DATIVE or (c.dep == D_PREP and c.lower_ in PARTY_PREPS):
                heads += [g for g in dependents(c) if g.dep == D_POBJ]  # not where or when: "sued it in court"
    return heads + [c for h in heads for c in dependents(h) if c.dep == D_CONJ]


def _public_argument(analysis: Analysis, cand: Candidate) -> bool:
    """Whether an argument of the act names a public party by a common noun the actors stage does not resolve ("sued the
    state over the permit", "sold the land to the county": senses.yaml public_party_nouns, and political_heads)."""
    public = sense_words("public_party_nouns", BUSINESS_RULE)  # empty while the rule is switched off
    nouns = public | sense_words("political_heads", PARTIES_RULE) if public else public
    return bool(nouns) and any(t.lemma_.lower() in nouns for t in _arguments(cand))


def _business_name(analysis: Analysis, ref: ActorRef) -> bool:
    """ "Corran Aggregates, a bankrupt firm", "Brightwater Coal Co.", "owner Ray Tolland": a name the actors stage does
    not know, which the story introduces as a business, a private trade or one of a firm's counterparts (senses.yaml
    business_sides): its last word is a company's form, or a mention of it carries such a role as an apposition or a
    title before the name."""
    if ref.sector or ref.country or not ref.actor_id:
        return False
    forms, roles = sense_words("company_forms", BUSINESS_RULE), sense_words("business_roles", BUSINESS_RULE)
    if (ref.text.split() or [""])[-1].lower().rstrip(".,") in forms:
        return True
    heads = list(_heads_by_actor(analysis).get(ref.actor_id, ()))
    span = tokens_at(analysis.doc, ref.start, ref.end)
    if span is not None:
        heads.append(span.root.i)
    for i in set(heads):
        name = analysis.doc[i]
        described = [c for c in dependents(name) if c.dep in DS_APPOS_COMPOUND]
        if name.dep == D_APPOS:
            described.append(name.head)
        if any(d.lemma_.lower() in roles and d.pos == P_NOUN for d in described):
            return True
    return False


def _heads_by_actor(analysis: Analysis) -> dict[str, list[int]]:
    """Actor id -> the head words of its mentions, in the mentions' order: read once per document (the mentions are
    the actors stage's and do not change in this stage), where _business_name walked every mention per side asked."""
    mentions = analysis.mentions
    held = _heads_held.get("last")
    if held is None or held[0] is not analysis or held[1] is not mentions:
        table: dict[str, list[int]] = {}
        for m in mentions:
            table.setdefault(m.actor_id, []).append(m.head)
        held = _heads_held["last"] = (analysis, mentions, table)
    return held[2]


_heads_held: dict[str, tuple[Analysis, list, dict[str, list[int]]]] = {}


def _named_before(analysis: Analysis, cand: Candidate, ref: ActorRef, rule: str) -> bool:
    """ "a Tulsa group", "an Ohio buyer": a place named only as a word before a common noun tells where that party is
    from; the party is the noun, when it names a private party (senses.yaml business_roles, origin_parties; read for the
    rule given, and not while it is switched off). Before a thing or an act ("Norwegian aid", "U.S. commitments") or a
    public body ("the Tulsa council") the place is the party."""
    span = tokens_at(analysis.doc, ref.start, ref.end) if is_on(rule) else None
    if span is None:
        return False
    parties = sense_words("business_roles", BUSINESS_RULE) | sense_words("origin_parties", BUSINESS_RULE)
    root = span.root
    noun = root.head
    return root.dep in DS_COMPOUND_AMOD_NMOD and noun.pos == P_NOUN and noun.i >= span.end \
        and noun.lemma_.lower() in parties and noun.i not in cand.tokens and noun != cand.noun


def _commerce_frame(analysis: Analysis, cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "The investor bought three gravel pits from a bankrupt firm", "the mill agreed to sell its leases to a Tulsa
    group": a purchase, a sale, a lease, a loan or an investment with no political party on either side is commerce,
    whatever is dealt (senses.yaml commerce_frame). The frame says the act is business, so a name we do not know counts
    as private; a state, a political sector, a person out of office, a party named for acting politically, or a
    public party an argument names keeps the event."""
    if cand.frame.event_type not in sense_words("commerce_types", COMMERCE_RULE) or not (sources or targets) \
            or not _commerce_act(cand):
        return False
    private = sense_words("commerce_frame_sectors", FRAME_RULE)
    political = sense_words("political_heads", PARTIES_RULE)
    for ref in sources + targets:
        if (ref.text.split() or [""])[-1].lower() in political:
            return False  # "activists", "a council"
        if ref.sector:
            if ref.sector not in private:
                return False  # a state's organ, a party, an armed group, an organisation, a person out of office
        elif ref.country and not _named_before(analysis, cand, ref, FRAME_RULE):
            return False  # a state, or a place named as the party ("sold the port to Panama")
    return not _public_argument(analysis, cand)


TRADES_RULE = "events.senses.private_trades"


def _private_trade(cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "The doctor examined her knee", "the surgeon told him to retire": a person named only by a private trade of care
    or service, doing that work for a private person or on a thing, acts in private life (senses.yaml private_trades).
    A state, a political body or a name we do not know as the target keeps the event, as do force, protest and an
    appeal made to no one named."""
    trades, sectors = sense_words("trade_nouns", TRADES_RULE), sense_words("trade_sectors", TRADES_RULE)
    event_type = cand.frame.event_type
    if not trades or not sources or event_type in sense_words("public_whoever_types", PARTIES_RULE) or (
            not targets and event_type in sense_words("public_appeal_types", PARTIES_RULE)):
        return False
    if not all((ref.text.split() or [""])[-1].lower() in trades and (not ref.sector or ref.sector in sectors)
               for ref in sources):
        return False
    private = sense_words("party_private_sectors", PARTIES_RULE)
    return all(ref.sector in private if ref.sector else not (ref.actor_id or ref.country) for ref in targets)


PARTIES_RULE = "events.senses.private_parties"


def _private_parties(analysis: Analysis, cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "Clients demanded that the law firms cut their fees", "the company took over its rival": an act between
    firms, newsrooms, schools or private persons, one of them named as such and none a political party, is no
    political event (senses.yaml private_parties). A name we do not resolve may be a public body and keeps it,
    unless the story names it as a business (senses.yaml business_sides)."""
    event_type = cand.frame.event_type
    if event_type in sense_words("public_whoever_types", PARTIES_RULE):
        return False
    private = sense_words("party_private_sectors", PARTIES_RULE)
    if not private or not sources:
        return False  # a doer left unsaid may be a state ("a journalist who had been sentenced")
    firms = sense_words("firm_sectors", PARTIES_RULE)
    # "police searched the firm's offices": a seizure is business only when a firm makes it; and a doer alone is
    # business only as a firm ("teachers will not end their strike" is labour's quarrel with a government)
    if (event_type in sense_words("firm_only_types", PARTIES_RULE) or not targets) and not all(
            ref.sector in firms for ref in sources):
        return False
    if not targets and event_type in sense_words("public_appeal_types", PARTIES_RULE):
        return False  # "business leaders called for free trade": an appeal or complaint to no one named is public
    political = sense_words("political_heads", PARTIES_RULE)
    named_private = False
    for ref in sources + targets:
        if (ref.text.split() or [""])[-1].lower() in political:
            return False  # "activists", "strikers", "a lawyers' body": persons or bodies acting politically
        if ref.sector:
            if ref.sector not in private or _a_place(analysis, ref):
                return False  # "the talks in Geneva": a named place stands for its state or its people
            named_private = True
        elif _business_name(analysis, ref):
            named_private = True  # "Corran Aggregates, a bankrupt firm", "owner Ray Tolland"
        elif ref.actor_id or ref.country or _a_name(analysis, ref):
            return False  # a state, a known actor of no sector, or a name we do not know
    return named_private and not _public_argument(analysis, cand)


def _a_place(analysis: Analysis, ref: ActorRef) -> bool:
    """Whether a side is a place named by its name ("Geneva", "Louisville"), which the actors stage reads as its people."""
    span = tokens_at(analysis.doc, ref.start, ref.end)
    return span is not None and any(t.ent_type in ES_GPE_LOC_FAC for t in span)


def _a_name(analysis: Analysis, ref: ActorRef) -> bool:
    """Whether a side may be named by a proper name ("the Consumer Financial Protection Bureau"), not by a common noun
    or a pronoun ("clients", "the woman"). In text written in lower case ("paswan condemned ...") a singular noun with
    no determiner or possessor is read as a name too."""
    span = tokens_at(analysis.doc, ref.start, ref.end)
    if span is None:
        return False
    if any(t.pos == P_PROPN or t.ent_type in ES_ORG_PERSON_NORP_GPE_FAC for t in span):
        return True
    head = span.root
    return head.tag == T_NN and not any(c.dep in DS_DET_POSS for c in dependents(head))


OPINION_RULE = "events.senses.mass_opinion"
SHARES_RULE = "events.senses.poll_shares"


def _mass_opinion(cand: Candidate) -> bool:
    """ "Millions of Americans support the governor": support counted over a mass of private persons is public
    opinion, not a party's act (senses.yaml mass_opinion)."""
    if cand.frame.event_type not in sense_words("opinion_types", OPINION_RULE) or not cand.sources:
        return False
    holders = sense_words("opinion_holders", OPINION_RULE)
    quantities = sense_words("mass_quantifiers", OPINION_RULE)

    def counted(noun: Token) -> bool:
        if any(c.dep in DS_AMOD_DET_NUMMOD_QUANTMOD_PREDET and (
                c.lower_ in quantities or c.lemma_.lower() in quantities) for c in dependents(noun)):
            return True  # "many voters", "most Americans"
        # "millions of Americans", "a majority of voters", "58 percent of the voters"
        return noun.dep == D_POBJ and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in quantities or noun.head.head.lemma_.lower() in quantities)

    def people(noun: Token) -> bool:
        return noun.tag in TS_NNS_NNPS and (noun.lemma_.lower() in holders or noun.lower_.rstrip("s") in holders)

    shares = sense_words("poll_share_words", SHARES_RULE)

    def any_people(noun: Token) -> bool:  # "40 percent of Republicans", "of Peruvians": whoever they are (poll_shares)
        return noun.tag in TS_NNS_NNPS or noun.ent_type_ == "NORP"

    def mass(noun: Token) -> bool:
        if noun.lower_ in quantities or noun.lemma_.lower() in quantities:  # "millions" as the doer: its "of" phrase
            share = noun.lower_ in shares
            return any(people(g) or (share and any_people(g)) for c in dependents(noun) if c.dep == D_PREP
                       and c.lower_ == "of" for g in dependents(c) if g.dep == D_POBJ)
        return people(noun) and counted(noun)

    if all(mass(s) for s in cand.sources):
        return True
    # "enjoyed tremendous support from African-American voters": support as a thing held (the noun), held by voters as
    # a class (a bare plural), is what a poll or a vote measures, counted or not; "voters backed the plan" stays
    electorate = sense_words("electorate", OPINION_RULE)
    noun = cand.noun if cand.noun is not None else cand.trigger[0]
    doers = [s for s in cand.sources if s.pos != P_ADJ or s.ent_type_]  # "tremendous support": a size, not a doer
    return cand.frame.event_type == "SUPPORT" and noun.pos == P_NOUN and bool(doers) and \
        noun.lemma_.lower() in sense_words("poll_nouns", "events.senses.poll_figures") and all(
            _bare_plural(s) and (s.lemma_.lower() in electorate or s.lower_.rstrip("s") in electorate) for s in doers)


POSITION_RULE = "events.senses.policy_position"


def _policy_position(cand: Candidate, targets: list[ActorRef]) -> bool:
    """ "Trump has called for the complete repeal of Obamacare", "her platform calls for higher taxes on the rich": a
    call for a change of policy asked of no party is a stand taken in public, not a request to someone who can grant
    it (senses.yaml policy_position)."""
    nouns = sense_words("policy_changes", POSITION_RULE)
    if cand.frame.event_type != "REQUEST" or cand.anchor.pos != P_VERB or not nouns or _names_party(targets):
        return False
    children = dependents(cand.anchor)
    if any(c.dep in DS_XCOMP_CCOMP_DATIVE for c in children):
        return False  # "called on Congress to ...", "demanded that Peru ...": someone is asked to act (a party asked,
        # "called on Peru", is among the targets)
    asked = [g for c in children if c.dep == D_PREP and c.lower_ == "for" for g in dependents(c)
             if g.dep in DS_POBJ_PCOMP]
    asked += [c for c in children if c.dep == D_DOBJ]

    def policy(noun: Token) -> bool:  # the word as written too: the lemmatiser reads "taxes" as "taxis"
        return (noun.lemma_.lower() in nouns or noun.lower_ in nouns) and not noun.ent_type_

    def change(thing: Token) -> bool:
        if thing.tag != T_VBG:
            return policy(thing)
        # "called for immediately deducting capital investments": a gerund with no doer of its own whose object is a
        # change of policy asks for that change as a noun would; one naming a party ("taxing Chinese imports") asks it
        objects = [c for c in dependents(thing) if c.dep == D_DOBJ]
        return bool(objects) and all(policy(o) for o in objects) and not any(
            c.dep in DS_NSUBJ_POSS for c in dependents(thing)) and not any(t.ent_type_ for t in thing.subtree)

    return bool(asked) and all(change(a) for a in asked)


PLATFORM_RULE = "events.senses.platform_not_offer"


def _platform(analysis: Analysis, cand: Candidate) -> bool:
    """ "laid out her proposals to cut taxes": a party's own plan for what it would do, offered to no one, is a
    programme told to the public, not an offer to a party (senses.yaml platform_not_offer)."""
    noun = cand.noun
    if cand.frame.event_type != "AGREE" or noun is None or cand.targets or \
            noun.lemma_.lower() not in sense_words("platform_nouns", PLATFORM_RULE):
        return False
    if not any(c.dep == D_POSS for c in dependents(noun)):
        return False  # "a proposal to hold talks": whose it is, and so to whom, is not said
    holders = (noun, noun.head) if noun.dep in DS_DOBJ_NSUBJPASS else (noun,)
    if any(c.dep in DS_PREP_DATIVE and c.lower_ in ("to", "with") for h in holders for c in dependents(h)):
        return False  # "presented its proposals to the negotiators"
    if noun.dep in DS_NSUBJ_ATTR:
        # "her proposals were more detailed", "what is probably her most innovative proposal": a plan talked about or
        # named, offered to no one
        return True
    if noun.dep == D_DOBJ and noun.head.lemma_.lower() not in sense_words("presenting_verbs", PLATFORM_RULE):
        return False  # "would consider the cleric's proposal to break the impasse": weighed by another party
    contents = [c for c in dependents(noun) if (c.dep in DS_ACL_RELCL and any(
        a.dep == D_AUX and a.lower_ == "to" for a in dependents(c))) or (c.dep == D_PREP and c.lower_ == "for")]
    return bool(contents) and not any(
        actors_in_span(analysis, c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in contents)


PROPOSAL_RULE = "events.senses.policy_proposals"
SETTING_PREPS = frozenset({"in", "at", "during"})


def _policy_proposal(analysis: Analysis, cand: Candidate, targets: list[ActorRef]) -> bool:
    """ "proposes doing away with the mandate", "the programmes she has proposed": a policy proposed to no party is a
    programme laid out to the public, not an offer to another party (senses.yaml policy_proposals)."""
    verb = cand.anchor
    if cand.frame.event_type != "AGREE" or verb.pos != P_VERB or \
            verb.lemma_.lower() not in sense_words("proposing_verbs", PROPOSAL_RULE):
        return False
    children = dependents(verb)
    if any(c.dep == D_DATIVE or (c.dep == D_PREP and c.lower_ in ("to", "with")) for c in children):
        return False  # "proposed a ceasefire to Peru": someone is addressed
    proposed = [c for c in children if c.dep in DS_DOBJ_XCOMP and c.tag != T_VB]
    relative = not proposed and verb.dep == D_RELCL and verb.head.pos == P_NOUN
    if relative:
        proposed = [verb.head]  # "the programmes she has proposed"
    if len(proposed) != 1:
        return False
    thing = proposed[0]
    if thing.tag != T_VBG and any(c.dep == D_PREP and c.lower_ in ("to", "with") for c in dependents(thing)):
        return False  # "presented its proposals to the negotiators" ("doing away with" is the gerund's own phrase)
    policies = sense_words("proposed_policies", PROPOSAL_RULE)

    def policy(token: Token) -> bool:
        return token.lemma_.lower() in policies or token.lower_ in policies  # "taxes": the lemmatiser says "taxis"

    if thing.tag == T_VBG:
        if not any(policy(t) for t in thing.subtree if t.pos == P_NOUN):
            return False  # "proposed holding talks": an act offered, not a policy
    elif not policy(thing):
        return False
    inside = [t for t in thing.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)] if relative else [
        t for t in thing.subtree if t.dep != D_POSS and t.head.dep != D_POSS]
    # where it is told is no party inside it: "her proposals in a speech in Valparaiso"
    settings = [c for c in dependents(thing) if c.dep == D_PREP and c.lower_ in SETTING_PREPS]
    inside = [t for t in inside if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in settings)]
    if any(t.ent_type_ in PARTY_ENTITIES for t in inside) or (inside and actors_in_span(
            analysis, inside[0].idx, inside[-1].idx + len(inside[-1]))):
        return False  # "a tax on Peruvian copper": another party is named in the proposal
    # a party inside what is proposed is what the policy is for ("cutting taxes for miners"), not whom it is put to
    first, last = (0, 0) if relative else (thing.left_edge.idx, thing.right_edge.idx + len(thing.right_edge))
    return not any(_names_party([ref]) and not _a_place(analysis, ref) and not first <= ref.start < last
                   for ref in targets)


COMMENTARY_RULE = "events.senses.commentary"


def _commentary(analysis: Analysis, event_type: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "Experts praised her proposals", "economists criticized the senator": the opinion of scholars and analysts
    quoted in a story is commentary, no act of a political party, whoever it blames or praises; what they ask of a
    party, threaten it with or agree to do with it is taking part in politics (senses.yaml commentary)."""
    if event_type not in sense_words("commentary_types", COMMENTARY_RULE) or not sources:
        return False
    if not all(_commentator(analysis, ref) for ref in sources):
        return False
    if event_type in sense_words("commentary_judgements", COMMENTARY_RULE):
        return True  # "analysts say the ministry has mishandled the crisis": judging a party is not acting on it
    commentators = sense_words("commentator_sectors", COMMENTARY_RULE)

    def addressed(ref: ActorRef) -> bool:
        if not _names_party([ref]) or ref.sector in commentators or _a_place(analysis, ref):
            return False
        span = tokens_at(analysis.doc, ref.start, ref.end)
        if span is None:
            return True
        # "the governor's plan", "the Chilean president's proposals": the plan is what is judged, its owner is not
        return not any(t.dep == D_POSS for t in [span.root, *list(span.root.ancestors)[:2]])

    return not any(addressed(ref) for ref in targets)


def _commentator(analysis: Analysis, ref: ActorRef) -> bool:
    """Whether a party is someone whose part in the story is commenting: named by the trade ("economists", "a
    Harvard historian"), or a person the story describes so at any mention of them ("Lena Ortiz, an economist at a
    bank" ... "Ortiz said"; "radio host Dan Price"; "said Velli, who teaches law"), holding no office on the day
    (a senator who also teaches law is a senator). A teacher or a student, also EDU, may act politically."""
    sectors = sense_words("commentator_sectors", COMMENTARY_RULE)
    if ref.sector is not None and ref.sector not in sectors:
        return False  # "Senator Hale, who is also a professor of law": an office holder speaks as one
    if ref.sector is not None and (ref.text.split() or [""])[-1].lower().removesuffix("s") in \
            sense_words("commentators", COMMENTARY_RULE):
        return True
    if ref.actor_id:
        return _commentator_person(analysis, ref.actor_id)
    # a person the actors stage could not place, named with a title ("political scientist Ana Ruiz")
    span = tokens_at(analysis.doc, ref.start, ref.end)
    return span is not None and len(span) > 0 and span.root.pos == P_PROPN and _described_commentator(
        *_descriptions(span.root))


def _commentator_person(analysis: Analysis, actor_id: str) -> bool:
    """Whether a mention of the person (actor id) describes them as a commentator: a title before the name, an
    apposition, a relative clause or a predicate noun; read once per document and person (the actors stage links a
    name's later mentions and pronouns to the same id, so the role told once holds for every statement of theirs).
    Only the people a statement is asked about are read, not every person the story names."""
    if switched_off_ids():
        return _described_commentator_person(analysis, actor_id)
    held = _people_cache.get("last")
    if held is None or held[0] is not analysis:
        held = _people_cache["last"] = (analysis, {})
    found = held[1].get(actor_id)
    if found is None:
        found = held[1][actor_id] = _described_commentator_person(analysis, actor_id)
    return found


_people_cache: dict[str, tuple[Analysis, dict[str, bool]]] = {}


def _described_commentator_person(analysis: Analysis, actor_id: str) -> bool:
    """What every mention of the person that their name heads says they are, taken together (_descriptions)."""
    if not sense_words("commentators", COMMENTARY_RULE):
        return False
    doc = analysis.doc
    nouns: set[str] = set()
    acts: set[str] = set()
    for mention in analysis.mentions:
        if mention.actor_id != actor_id or mention.kind != "person":
            continue
        name = doc[mention.head]
        # the name itself heads the phrase ("Trump tweets" is headed by the tweets, described for themselves)
        if name.pos == P_PROPN and mention.start <= name.idx < mention.end:
            more_nouns, more_acts = _descriptions(name)
            nouns |= more_nouns
            acts |= more_acts
    return _described_commentator(nouns, acts)


def _described_commentator(nouns: set[str], acts: set[str]) -> bool:
    """Whether what a story says a person is makes them a commentator: "Law professor Tim Canova, who is challenging
    the chairwoman", "Obama consultant Cornell Belcher, the pollster": a candidate or a campaign's staff takes part in
    politics, whatever their trade."""
    if not (nouns & sense_words("commentators", COMMENTARY_RULE)
            or acts & sense_words("commentator_verbs", COMMENTARY_RULE)):
        return False
    return not (nouns & sense_words("political_roles", COMMENTARY_RULE)
                or acts & sense_words("political_role_verbs", COMMENTARY_RULE))


def _descriptions(name: Token) -> tuple[set[str], set[str]]:
    """The common nouns and relative-clause verbs that describe a person's name as they are now: "political scientist
    Ana Ruiz" (scientist), "Ortiz, an economist at a bank" (economist), "Velli, who teaches law" (teach), "Ruiz is a
    historian" (historian); a role told as past ("a former senator") is not their part in the story."""
    past = sense_words("past_role_marks", COMMENTARY_RULE)

    def now(token: Token) -> bool:  # a noun, or a party's name for its member ("progressive Democrat Zephyr Teachout")
        return token.pos in PS_NOUN_PROPN and not any(c.lower_ in past for c in dependents(token))

    def noun_words(token: Token) -> set[str]:
        # the noun and the nouns naming its trade before it ("law professor", "talk-show host", "campaign adviser")
        inner = [token, *(c for c in dependents(token) if c.dep in DS_COMPOUND_CONJ)]
        return {t.lemma_.lower() for t in inner if now(t)}

    titles = [c for c in dependents(name) if c.dep == D_COMPOUND and c.i < name.i]  # "radio host Dan Price"
    nouns = {w for t in titles for w in noun_words(t)} if not any(c.lower_ in past for c in dependents(name)) else set()
    described = [c for c in dependents(name) if c.dep == D_APPOS and c.pos == P_NOUN]
    if name.dep == D_APPOS and name.head.pos == P_NOUN:
        described.append(name.head)  # "an economist, Lena Ortiz, said"
    for token in described:
        nouns |= noun_words(token)
    acts: set[str] = set()
    for token in (name, *described):
        for clause in (c for c in dependents(token) if c.dep == D_RELCL):
            acts.add(clause.lemma_.lower())
            if clause.lemma == L_BE:  # "who is also a professor of law"
                nouns |= {w for c in dependents(clause) if c.dep == D_ATTR for w in noun_words(c)}
    if name.dep == D_NSUBJ and name.head.lemma == L_BE:  # "Ruiz is a historian at Yale"
        nouns |= {w for c in dependents(name.head) if c.dep == D_ATTR for w in noun_words(c)}
    return nouns, acts


def _inside_commentary(analysis: Analysis, cand: Candidate, event_type: str, sources: list[ActorRef],
                       date: Day) -> bool:
    """ "'He has never accepted the result,' said a historian", "a professor accused the ministry of ignoring the
    courts", "Velli argued the senator has ignored the courts": a statement described inside a commentator's
    assessment is what the commentator claims, no act the story reports on its day; what the commentator asks or
    offers in their own words is read by _commentary (senses.yaml commentary)."""
    if event_type not in sense_words("commentary_types", COMMENTARY_RULE):
        return False
    judging = sense_words("judging_verbs", COMMENTARY_RULE)
    framing = word_class("reporting_verbs", "speech") | word_class("reporting_verbs", "belief") | judging
    own = {(ref.start, ref.end) for ref in sources}
    token = cand.anchor
    for _ in range(6):
        if token.head.i == token.i or token.dep_ not in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "pcomp",
                                                         "pobj", "prep"):
            return False
        head = token.head
        deed = token.dep == D_PREP and head.lemma_.lower() in judging  # "accused the ministry of ignoring ..."
        if (deed or token.dep in DS_CCOMP_PARATAXIS) and head.pos in PS_VERB_AUX \
                and head.lemma_.lower() in framing:
            speaker = next((c for c in dependents(head) if c.dep == D_NSUBJ), None)
            if speaker is None:
                return False
            refs = _actors(analysis, speaker, date)
            if not refs:  # a name the actors stage did not take for a person: what the sentence says of it
                return speaker.pos == P_PROPN and _described_commentator(*_descriptions(speaker))
            # "a historian of the party": the speaker is the historian, the party only whose
            refs = [ref for ref in refs if ref.start <= speaker.idx < ref.end] or refs
            if not deed and any((ref.start, ref.end) in own for ref in refs):
                return False  # the commentator's own words: what they ask or offer is _commentary's to judge
            return all(_commentator(analysis, ref) for ref in refs)
        token = head
    return False


STRIVING_RULE = "events.senses.striving_for"


def _striving(cand: Candidate, sources: list[ActorRef]) -> bool:
    """ "everything he's fighting for", "Democrats were fighting to be seen", "had fought harder for more stimulus":
    fighting for a goal with no one fought is striving for it, no force used; only an armed party fights a foe the
    sentence leaves unnamed ("forces were battling for control of the base", "Ukraine fought to retake the city"), so
    every doer must be of a sector that bears no arms (senses.yaml striving_for)."""
    verb = cand.anchor
    if cand.frame.event_type != "ASSAULT" or verb.pos != P_VERB or not sources or verb.dep == D_ACL or \
            verb.lemma_.lower() not in sense_words("contest_verbs", STRIVING_RULE):
        return False  # "rebels fighting to topple his government": a participle naming a group by its fight
    children = dependents(verb)
    opponents = sense_words("opponent_preps", STRIVING_RULE)
    if any(c.dep in DS_DOBJ_NSUBJPASS_AGENT or (c.dep == D_PREP and c.lower_ in opponents) for c in children):
        return False  # "fought the army", "fought against the rebels", "were fought by the rebels"
    goal = any((c.dep == D_PREP and c.lower_ in sense_words("contest_preps", STRIVING_RULE)) or (
        c.dep == D_XCOMP and any(a.dep == D_AUX and a.lower_ == "to" for a in dependents(c))) for c in children)
    unarmed = sense_words("unarmed_sectors", STRIVING_RULE)
    return goal and all(ref.sector in unarmed for ref in sources)


FOE_RULE = "events.senses.fight_without_a_foe"
FOE_PREPS = frozenset({"against", "with"})
COMBAT_PREPS = frozenset({"in", "on", "at", "near", "across", "along", "inside", "outside", "from", "into", "through"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "EVENT"})
STATE_LABELS = frozenset({"GPE", "NORP"})


def _no_foe(analysis: Analysis, cand: Candidate, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """ "vowed to fight these laws", "battled fierce opposition from the press", "has vowed to fight on": force needs a
    foe. A fight whose every foe named is a thing counters it, whoever fights, unless the doer is armed or the thing is
    a fight itself ("fought a border war"); a fight with no foe named is force only when the doer is armed: a doer of
    an unarmed sector, or a person, fighting no one where no war or land is named strives (senses.yaml
    fight_without_a_foe)."""
    verb = cand.anchor
    if cand.frame.event_type != "ASSAULT" or verb.pos != P_VERB or verb.dep == D_ACL or not is_on(FOE_RULE):
        return False
    if verb.lemma_.lower() not in sense_words("contest_verbs", FOE_RULE):
        return False
    armed = sense_words("armed_sectors", FOE_RULE)
    forces = sense_words("force_nouns", FOE_RULE)
    doers = [*cand.sources, *(g for c in dependents(verb) if c.dep == D_AGENT for g in dependents(c) if g.dep == D_POBJ)]
    if any(ref.sector in armed for ref in sources) or any(
            d.lemma_.lower() in forces or d.lower_ in forces for d in doers):
        return False  # "troops battled the insurgency", "police fought the protesters"
    children = dependents(verb)
    holders = [verb, *(c for c in children if c.dep_ in ("advmod", "prt"))]  # "fight back against the work"
    foes = [c for c in children if c.dep in DS_DOBJ_NSUBJPASS] + [
        g for h in holders for c in dependents(h) if c.dep == D_PREP and c.lower_ in FOE_PREPS
        for g in dependents(c) if g.dep == D_POBJ]
    foes += [c for f in foes for c in f.conjuncts]
    if foes:
        fights = sense_words("fights_fought", FOE_RULE)
        marks = sense_words("force_marks", FOE_RULE)
        # a foe the actors stage resolved ("the rebels") is a party, whatever the word lists say
        named = [(ref.start, ref.end) for ref in targets if ref.actor_id or ref.sector or ref.country]
        # "fought with each other": the reciprocal stands for the doers
        mutual = {w.split()[-1] for w in sense_words("reciprocal_pronouns", FOE_RULE)}
        return all(f.pos != P_PRON and f.lower_ not in mutual and f.ent_type_ not in PARTY_ENTITIES and not (
            (_is_party(f) or any(start <= f.idx < end for start, end in named)) and not _stance_from(f))
                   and not {f.lemma_.lower(), f.lower_} & (fights | forces | marks) and not _party_kind(f, forces)
                   for f in foes)
    places = sense_words("combat_places", FOE_RULE) | sense_words("fights_fought", FOE_RULE)
    if any(g.ent_type_ in PLACE_LABELS or g.lemma_.lower() in places or g.lower_ in places
           for c in children if c.dep == D_PREP and c.lower_ in COMBAT_PREPS for g in dependents(c)):
        return False  # "fought in Vietnam", "fighting on the front"
    if not sources or not _no_force(verb):
        return False
    # civilians and crowds come to blows with no foe named ("the villagers fought back"): left as they are
    unarmed = sense_words("unarmed_sectors", FOE_RULE) - sense_words("crowd_sectors", FOE_RULE)
    roles = sense_words("public_roles", FOE_RULE)
    for ref in sources:
        if ref.sector in unarmed:
            continue
        span = tokens_at(analysis.doc, ref.start, ref.end) if ref.sector is None else None
        head = span.root if span is not None and len(span) else None
        if head is None or not (_a_person(head) or head.lemma_.lower() in roles or head.lower_ in roles):
            return False
    return True


def _party_kind(noun: Token, forces: frozenset[str]) -> bool:
    """ "the militant group", "a rebel outfit", "the Taliban leadership", "Japan's colonial rule": a noun whose modifier
    names a party, a force or an armed kind (senses.yaml armed_modifiers), or whose possessor is a state, is that
    party, whatever the noun itself is."""
    armed = forces | sense_words("armed_modifiers", FOE_RULE)
    # "against Japan's colonial rule": a state's rule, regime or occupation fought is the state fought
    return any((c.dep in DS_COMPOUND_AMOD and (c.ent_type_ in PARTY_ENTITIES or _is_party(c) or c.lemma_.lower() in armed
                                              or c.lower_ in armed)) or (c.dep == D_POSS and c.ent_type_ in STATE_LABELS)
               for c in dependents(noun))


def _stance_from(noun: Token) -> bool:
    """ "opposition from the press", "resistance from voters": a noun that names a party and its stance (senses.yaml
    stance_nouns) is the stance when it comes "from" an unarmed party, on the noun or just after it on the verb."""
    if noun.lemma_.lower() not in sense_words("stance_nouns", FOE_RULE):
        return False
    after = noun.right_edge.i + 1
    froms = [c for c in (*dependents(noun), *dependents(noun.head)) if c.dep == D_PREP and c.lower_ == "from"
             and (c.head.i == noun.i or c.i == after)]
    forces = sense_words("force_nouns", FOE_RULE)
    sources = [g for c in froms for g in dependents(c) if g.dep == D_POBJ]
    return bool(sources) and not any(g.lemma_.lower() in forces or g.lower_ in forces for g in sources)


PRESS_RULE = "events.senses.press_questions"


def _press_questions(cand: Candidate, event_type: str, code: str | None, sources: list[ActorRef]) -> bool:
    """ "Hewitt challenged Trump about this line of attack", "was pressed by ABC's host": a journalist or a newsroom
    asking, pressing or challenging someone in an interview or a debate is the press at its work, no request or
    accusation of a party (senses.yaml press_questions)."""
    if event_type not in sense_words("press_question_types", PRESS_RULE) or not sources or \
            code in sense_words("dispute_codes", DISPUTE_RULE):
        return False  # "the newspaper sued the ministry": a lawsuit is a party's act, whoever brings it
    if cand.anchor.lemma_.lower() not in sense_words("press_question_verbs", PRESS_RULE):
        return False
    press = sense_words("press", PRESS_RULE) | sense_words("press_trades", PRESS_RULE)
    sectors = sense_words("press_sectors", PRESS_RULE)
    # named by the trade in the clause ("the radio host challenged": the adjective may resolve to a country), or
    # resolved to a newsroom or a journalist
    doers = [t for t in cand.sources if t.pos in PS_NOUN_PROPN]
    if doers and all(t.lemma_.lower() in press for t in doers):
        return True
    return all(ref.sector in sectors or (ref.text.split() or [""])[-1].lower().removesuffix("s") in press
               for ref in sources)


PRESS_WORK_RULE = "events.senses.press_at_work"


def _press_at_work(cand: Candidate, event_type: str, code: str | None, sources: list[ActorRef]) -> bool:
    """ "The fact-checking site examined her claim", "a radio host said the moderator needs to challenge him": the press
    examining what a party said, or telling the press how to question a party, is the press at its work or commentary
    on it, no inquiry into a party nor a request to one (senses.yaml press_at_work)."""
    if event_type not in sense_words("press_question_types", PRESS_WORK_RULE) or not sources or \
            code in sense_words("dispute_codes", DISPUTE_RULE):
        return False
    press = sense_words("press", PRESS_WORK_RULE) | sense_words("press_trades", PRESS_WORK_RULE) | \
        sense_words("press_outlets", PRESS_WORK_RULE)
    sectors = sense_words("press_sectors", PRESS_WORK_RULE)
    doers = [t for t in cand.sources if t.pos in PS_NOUN_PROPN]
    if not ((doers and all(t.lemma_.lower() in press for t in doers)) or all(
            ref.sector in sectors or (ref.text.split() or [""])[-1].lower() in press for ref in sources)):
        return False
    verb = cand.anchor
    if verb.lemma_.lower() in sense_words("press_inquiry_verbs", PRESS_WORK_RULE):
        return True  # "the fact-checking site examined her claim", "the paper's reporters looked into his charity"
    if event_type != "REQUEST":
        return False
    # "said the moderator needs to challenge him", "urged the debate's hosts to press her": the one asked to act
    told = [c for clause in dependents(verb) if clause.dep == D_CCOMP for c in dependents(clause) if c.dep == D_NSUBJ]
    told += [c for c in dependents(verb) if c.dep == D_DOBJ]
    return bool(told) and all(t.lemma_.lower() in press for t in told)


_dates: dict[str, tuple[Analysis, dict[tuple[int, int], EventDate]]] = {}


def _dated(analysis: Analysis, start: int, end: int) -> EventDate:
    """`date_event` for a trigger, once per run of the stage (events_in starts afresh): the classifier's retyping
    (combine.py) builds an event again from the same trigger, and its date depends on the trigger alone. The
    EventDate is shared; it is not changed after dating (`as_told` makes a new one)."""
    held = _dates.get("last")
    if held is None or held[0] is not analysis:
        held = _dates["last"] = (analysis, {})
    key = (start, end)
    found = held[1].get(key)
    if found is None:
        found = held[1][key] = date_event(analysis, start, end)
    return found


def _event(analysis: Analysis, cand: Candidate, sentence_index: int) -> Event | None:
    if not cand.sources and not cand.targets and _speaker(cand) is None:
        return None  # no slot to name a party in and no speaker's side: no event, so nothing to date
    # a check that reads one kind of event is called only for that kind (the kind is compared here, where each call
    # costs more than the comparison)
    kind, anchor = cand.frame.event_type, cand.anchor
    # the anchor's part of speech from the document's column (`Token.pos` makes a Python enum member on every read)
    verbal = doc_arrays(anchor.doc).pos[anchor.i] in PS_VERB_AUX
    if _impersonal(analysis, cand) or (verbal and _generic(cand)) or (anchor.tag == T_VBG and _kinds_doing(cand)) \
            or (verbal and _kind_described(cand)) or _mass_opinion(cand) \
            or (kind == "AGREE" and _platform(analysis, cand)) or _policy_content(cand, verbal) or no_event(cand):
        return None
    start, end = cand.start, cand.end  # read once: each reading walks the trigger's tokens
    if verbal and _standing_relation(cand) and _dated(analysis, start, end).date_basis == "document":
        return None
    # the date is worked out when a party's resolution depends on the day (a title, a person's terms of office) or
    # the candidate passes every check below: a candidate rejected before either is never dated
    date = LazyDay(lambda: _dated(analysis, start, end).date)
    sources, targets = _sides(analysis, cand, date)
    if not sources and not targets:
        speaker = _speaker(cand)
        if speaker is not None:  # "Iranian officials said talks would be held on Friday": the speaker's side holds them
            sources, targets = _sides(analysis, replace(cand, sources=[speaker], targets=[]), date)
    if not sources and not targets:
        return None
    if kind == "AGREE" and _policy_proposal(analysis, cand, targets):
        return None
    if kind == "PROTEST" and not any(r.actor_id or r.country or r.sector for r in sources):
        return None  # a protest needs protesters: "no factories were struck" names only what was not struck
    if (kind == "CONSULT" and (_talk_alone(cand, sources, targets) or _debate_not_talks(cand, sources, targets))) \
            or (kind == "REQUEST" and _policy_position(cand, targets)):
        return None
    if kind == "CONSULT" and _press_alone(cand, sources):
        return None  # "held a press conference" (a reading of the whole clause too): a statement to the press
    if cand.frame.cameo in sense_words("visit_codes", VISIT_RULE) and targets and not any(_host(r) for r in targets):
        return None  # "urged supporters to visit polling locations": a visit is made to a party or its place
    condition = _conditioned(analysis, cand, sentence_index, date, sources)
    if not _names_party(targets):
        targets = condition or targets
    joint = bool(cand.frame.jointly) and _together(cand, sources)
    if joint:
        cand = replace(cand, frame=joint_frame(cand.frame))
    if cand.frame.event_type in reciprocal_types() and _distinct(sources) >= 2:
        # "Jordan and Britain agreed to undertake exercises", "Peru and Chile agreed to share data on Bolivia": the
        # pair is whom the agreement is between; what they agree about is its topic, not a third party
        targets = []
    reciprocal = joint or cand.frame.roles == "reciprocal" or (
        cand.frame.event_type in reciprocal_types() and not targets and len(sources) >= 2) or (
        cand.frame.event_type in FIGHTING and _named_pair(sources, targets))
    if reciprocal:
        sources, targets = directed_pair(sources, targets)
    if not targets and (not reciprocal or len(sources) == 1):
        # a meeting with no partner named is held with the place: "attended a summit in London"
        targets = _place_target(analysis, cand, date, sources)
    elif targets and not reciprocal and not _names_party(targets) and not _names_anyone(analysis, targets):
        # a thing made or done somewhere names no party; a known place it is done in does: "agreed to set up a
        # research centre in Lyon" (Lyon), as "imposed a curfew in Kashmir"
        place = _place_target(analysis, cand, date, sources)
        if _names_party(place):
            targets = [_thing_at(analysis, targets[0], place[0])]
    model = role_model.current()
    # a reciprocal act's parties are its doers, all of them named in its own slots; the model would take the topic
    # of talks ("discussed the fate of the fishermen") for a partner, so it stays out
    # a reaction to an act whose doer is not named is aimed at the act itself (_act_as_target), not at whatever
    # else the sentence names: "condemned the attack on a church"
    unnamed_act = cand.reacts_to is not None and not targets
    if model is not None and (not reciprocal or role_model.deciding_alone()) and not unnamed_act:
        sources, targets = _model_sides(analysis, cand, analysis.sentences[sentence_index], model, date,
                                        sources, targets)
    targets = _not_themselves(sources, targets)
    code = cameo_code(cand.cameo or cand.frame.cameo)
    if code is not None and code.code.startswith(VISIT) and _journey_home(sources, targets):
        return None
    kind = cand.frame.event_type  # read again: a joint frame ("met jointly") may be of another kind
    # the kinds of commerce and of commentary, looked up once for the two checks that read each
    commerce = kind in sense_words("commerce_types", COMMERCE_RULE) and bool(sources or targets)
    commenting = kind in sense_words("commentary_types", COMMENTARY_RULE)
    if _private_transaction(analysis, cand, code.code if code else cand.frame.cameo, sources, targets) \
            or (commerce and (_commercial_things(analysis, kind, cand, sources, targets)
                              or _commerce_frame(analysis, cand, sources, targets))) \
            or _private_trade(cand, sources, targets) \
            or _leaving_a_firm(analysis, cand, code.code if code else cand.frame.cameo, sources, targets) \
            or _newsroom_assignment(analysis, cand, sources) \
            or (commenting and (_commentary(analysis, kind, sources, targets)
                                or _inside_commentary(analysis, cand, kind, sources, date))) \
            or _press_questions(cand, kind, code.code if code else cand.frame.cameo, sources) \
            or _press_at_work(cand, kind, code.code if code else cand.frame.cameo, sources) \
            or (kind == "ASSAULT" and (_striving(cand, sources) or _no_foe(analysis, cand, sources, targets))) \
            or no_event_between(cand, sources, targets):
        return None
    mode, contexts = cand.frame.mode, list(cand.frame.contexts)
    if cand.cameo and code is not None:  # a wrapper recoded by the event inside it
        mode, contexts = code.mode, list(code.contexts)
    sentence = analysis.sentences[sentence_index]
    flags = _flags(cand, sentence)
    when = _dated(analysis, start, end)
    span = tokens_at(analysis.doc, start, end)
    # an act still to come has no day of writing; one the writer tells as to come lies from it on
    act = (analysis, span.root) if span is not None and len(span) else None
    told = as_told(when, flags, analysis.document.published, act)
    if act is not None and _timetabled(told, flags, analysis.document.published, act[1]):
        flags = {*flags, "future"}  # "The two leaders meet in Geneva on Monday": a timetable, not a thing done
        told = as_told(when, flags, analysis.document.published, act)
    when = told
    text = analysis.document.text
    mention = EventMention(sentence=sentence_index, start=sentence.start_char, end=sentence.end_char,
                           text=text[sentence.start_char:sentence.end_char], trigger=Span(start, end, text[start:end]))
    return Event(
        event_id="", event_type=cand.frame.event_type, mode=mode, contexts=contexts,
        cameo=code.code if code else cand.frame.cameo, goldstein=code.goldstein if code else None,
        quad_class=code.quad_class if code else None, source=sources, target=targets,
        factuality=from_flags(flags), stated_as=_warning(cand, flags, condition, targets) or stated_as(cand.frame.event_type, flags),
        date=when.date, date_end=when.date_end,
        date_precision=when.date_precision, date_basis=when.date_basis, date_reason=when.reason,
        historical=when.historical, date_found_by=when.found_by, location=location_of([cand.anchor] + ([cand.noun] if cand.noun is not None else []) + [sentence.root]), mentions=[mention],
        confidence=_confidence(cand, sources, targets), evidence=cand.frame.evidence, reciprocal=reciprocal,
    )


_flags_held: dict[str, tuple[Doc, object, dict[tuple[int, int, int, int, bool], set[str]]]] = {}


def _flags(cand: Candidate, sentence: TokenSpan) -> set[str]:
    """The factuality cues of a candidate's clause (factuality_flags), read once per anchor, noun and sentence of a
    document: the classifier's input (stacking.py) reads them again for the same candidates. The cues depend on
    the parse and the word lists alone, so they are kept while both stay the same."""
    doc, words = sentence.doc, factuality_words()
    held = _flags_held.get("last")
    if held is None or held[0] is not doc or held[1] is not words:
        held = (doc, words, {})
        _flags_held["last"] = held
    # a verb frame's object ("cancel +visit") is not the event itself; a light verb's noun is ("held talks")
    noun_is_event = not cand.frame.kind.endswith("verb")
    key = (cand.anchor.i, sentence.start, sentence.end, cand.noun.i if cand.noun is not None else -1, noun_is_event)
    found = held[2].get(key)
    if found is None:
        found = held[2][key] = factuality_flags(cand.anchor, sentence, cand.noun, noun_is_event=noun_is_event)
    return set(found)


def events_in(analysis: Analysis) -> list[Event]:
    """Every event mention in the document, before merging, in text order."""
    _dates["last"] = (analysis, {})  # rules and settings may have changed since the last run on this document
    _parties["last"] = (analysis, {})
    coded: list[Coded] = []
    bare: list[Coded] = []
    found: dict[int, list[Candidate]] = {}
    marks = lexicon_marks(analysis.doc)
    note_persons(analysis.doc, frozenset(m.head for m in analysis.mentions if m.kind == "person"))
    for index, sentence in enumerate(analysis.sentences):
        candidates = candidates_in(sentence, marks)
        found[index] = candidates
        if not candidates:
            clause = bare_candidate(sentence)
            if clause is not None:
                bare.append(Coded(index, clause))
        for cand in candidates:
            event = _event(analysis, cand, index)
            if event is not None:
                coded.append(Coded(index, cand, event))
    text = analysis.document.text
    stacked = learned.reads_lexicon_words()

    def model_text(i: int) -> str:
        """The sentence as the model reads it: with the lexicon's reading of it where the model was trained so."""
        sentence = analysis.sentences[i]
        plain = text[sentence.start_char:sentence.end_char]
        return with_words(plain, lexicon_words(found[i], sentence, _flags)) if stacked else plain

    result = with_model(coded, bare, model_text, lambda cand, i: _event(analysis, cand, i))
    result.sort(key=lambda item: (item.index, item.event.mentions[0].trigger.start if item.event else 0))
    return [item.event for item in result if item.event is not None]


STATING_DEPS = ("ccomp", "xcomp", "parataxis")


def _trigger_span(analysis: Analysis, event: Event) -> TokenSpan | None:
    """The tokens of the event's first trigger, or None where they cannot be found."""
    trigger = event.mentions[0].trigger
    span = tokens_at(analysis.doc, trigger.start, trigger.end)
    return span if span is not None and len(span) > 0 else None


def _statement_date(analysis: Analysis, act: Event) -> dict[str, Any] | None:
    """When the statement behind an announced act was made: the time of the verb that makes it ("said on
    Monday that it will lift", "refused in May to lift"), else - the act's own clause says it ("will lift
    sanctions on Friday") - the day of writing, not the day of the act."""
    span = _trigger_span(analysis, act)
    if span is None:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ in STATING_DEPS and token.head.i != token.i:
            verb = token.head
            when = date_event(analysis, verb.idx, verb.idx + len(verb.text))
            if _the_acts_own_time(analysis, act, when):
                when = _statement_now(analysis, verb)
                if when is None:
                    return None
            elif is_on("dating.statement_told_over"):
                when = as_told(when, frozenset(), analysis.document.published)
            break
        if token.head.i == token.i or token.dep_ in ("relcl", "advcl", "acl"):
            published = analysis.document.published
            if not published:
                return None
            if act.factuality == "future" and is_on("dating.writers_announcement") and \
                    writers_own_future(analysis, span.root):
                when = EventDate(published[:10], None, "day", "relative", False, reason="time_of_writing")
            else:
                when = EventDate(published[:10], None, "day", "document", False)
            break
        token = token.head
    else:
        return None
    return {"date": when.date, "date_end": when.date_end, "date_precision": when.date_precision,
            "date_basis": when.date_basis, "date_reason": when.reason, "historical": when.historical,
            "date_found_by": when.found_by}


def _the_acts_own_time(analysis: Analysis, act: Event, when: EventDate) -> bool:
    """Whether the statement's verb took its time from the act it announces ("plans to release the prisoners next
    week": "next week" is the release's, governed by its own clause), a time still to come, which the statement made
    now never takes (rule dating.statement_own_time)."""
    if when.expression is None or not is_on("dating.statement_own_time"):
        return False
    published = (analysis.document.published or "")[:10]
    if not published or not when.date or when.date < published or \
            (when.date == published and when.date_end is not None and when.date_end <= published):
        return False  # a time gone by ("pledged to reach at the talks in Paris last December") may be the pledge's;
        # one that starts today and runs on ("in the coming weeks") lies ahead, as a later one does
    trigger = act.mentions[0].trigger
    own = date_event(analysis, trigger.start, trigger.end)
    return own.expression is when.expression and own.found_by == "governed"


def _statement_now(analysis: Analysis, verb: Token) -> EventDate | None:
    """The date of a statement whose verb has no time of its own: that of the verb of saying that reports it ("said
    Thursday the army plans to withdraw"), else the day of writing (by its present tense, or for want of a clue)."""
    saying = reporting_verb_of(verb)
    if saying is not None:
        when = date_event(analysis, saying.idx, saying.idx + len(saying.text))
        if when.expression is not None:
            return when
    published = analysis.document.published
    if not published:
        return None
    if time_of_writing(analysis, verb):
        return EventDate(published[:10], None, "day", "relative", False, reason="time_of_writing")
    return EventDate(published[:10], None, "day", "document", False)


def _another_act(analysis: Analysis, event: Event) -> bool:
    """Whether the event is told as one act more ("Kim also sent a message to Tehran", "shelled the town
    again", "another attack"): not a repeat mention of an act told before."""
    span = _trigger_span(analysis, event)
    if span is None:
        return False
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    near = [*dependents(verb), *dependents(span.root)]
    return any(c.lower_ in another_act_words() and c.dep_ in ("advmod", "det", "amod") for c in near)


TOPIC_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
NO_TOPIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _topic(analysis: Analysis, event: Event) -> frozenset[str]:
    """What a statement is about, as the lemmas of its content words (rule events.merge.different_topics): the words
    its trigger's topic prepositions ("criticized X for raising taxes", "complaint about a microphone"), its clause
    ("complained that ...") and an object naming no party ("mocked the complaint") govern; not the parties, the
    trigger's own words, times, or general nouns that point back to a topic ("apologized for the incident")."""
    words = topic_words()
    if event.event_type not in words["types"] or event.factuality != "asserted":
        return frozenset()
    parties = [(r.start, r.end) for r in event.source + event.target if r.actor_id or r.country]
    found: set[str] = set()
    for mention in event.mentions:
        span = tokens_at(analysis.doc, mention.trigger.start, mention.trigger.end)
        if span is None or len(span) == 0:
            continue
        inside = {t.i for t in span}
        heads = [c for c in dependents(span.root) if c.i not in inside and c.dep_ in words["clauses"]]
        heads += [g for c in dependents(span.root) if c.dep_ == "prep" and c.lower_ in words["preps"]
                  for g in dependents(c) if g.dep in DS_POBJ_PCOMP and g.i not in inside]  # "pounding ... on X"
        for head in heads:
            if any(start <= head.idx < end for start, end in parties):
                continue  # the object is a party ("targeting former Miss Jones"): its words describe the party
            for token in head.subtree:
                if token.i in inside or token.pos_ not in TOPIC_POS or token.is_stop or token.ent_type_ in NO_TOPIC_ENTS:
                    continue
                if any(start <= token.idx < end for start, end in parties):
                    continue
                lemma = token.lemma_.lower()
                if lemma not in words["general"]:
                    found.add(lemma)
    return frozenset(found)


def _aimed_at_an_earlier_act(analysis: Analysis, events: list[Event]) -> None:
    """ "Japan condemned the launch": a reaction to an act told just before, with no target of its own, is
    aimed at whoever did that act (the launch's doer, two sentences back at most)."""
    nouns = reaction_objects()
    for number, event in enumerate(events):
        if event.target or not event.source or event.event_type not in nouns["reactions"]:
            continue
        span = _trigger_span(analysis, event)
        if span is None:
            continue
        obj = next((c for c in dependents(span.root) if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in nouns["acts"] or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in dependents(obj)):
            continue
        here = event.mentions[0].sentence
        doers = {actor_key(r) for r in event.source}
        for earlier in reversed(events[:number]):
            gap = here - earlier.mentions[0].sentence
            if gap > 2:
                break
            if earlier.event_type in nouns["reactions"]:
                continue  # another side's condemnation is not the act condemned
            if earlier.source and not doers & {actor_key(r) for r in earlier.source}:
                event.target = list(earlier.source)
                break


def names_another_party(analysis: Analysis, event: Event, start: int, end: int) -> bool:
    """Whether the text in [start, end) names a resolved actor that is not one of the event's sources: not inside
    a source phrase, not the same actor, and not the source's own state or an unnamed office of it ("Sweden
    recalled its ambassador"); another named person of the same country is another party."""
    keys = {actor_key(r) for r in event.source}
    countries = {r.country for r in event.source if r.country}
    for mention in analysis.mentions:
        if not (start <= mention.start and mention.end <= end) or mention.kind == "pronoun":
            continue
        if not (mention.actor_id or mention.country):
            continue
        if any(r.start < mention.end and mention.start < r.end for r in event.source):
            continue
        if mention.actor_id and mention.actor_id in keys:
            continue
        generic = mention.kind == "state" or mention.actor_id in ("", None, mention.country) or (
            bool(mention.country) and mention.actor_id.startswith(f"{mention.country}-"))  # "SWE-GOV": an office
        if generic and mention.country in countries:
            continue
        return True
    return False


def _recipient_from_before(analysis: Analysis, events: list[Event]) -> None:
    """ "Kim sent a letter to Kishida on Monday. He offered his condolences and help.": an act with no target
    (or only a thing in its own words) whose doer acted on one party in the sentence just before, while its own sentence names no one else, is
    aimed at that party. Only where the text leaves no doubt: the same doer, exactly one party as the earlier
    target, the earlier act asserted, and no other party anywhere in the later sentence."""
    seen: dict[int, list[Event]] = {}  # the events before this one, by sentence (a scan per event was quadratic)
    for event in events:
        here = event.mentions[0]
        earlier = seen.get(here.sentence - 1, [])
        seen.setdefault(here.sentence, []).append(event)
        if _names_party(event.target) or not event.source or event.reciprocal or event.factuality != "asserted":
            continue  # a target in the sentence's own words only ("condolences over the floods") names no party
        doers = {actor_key(r) for r in event.source}
        targets = {actor_key(r) for e in earlier if doers & {actor_key(r) for r in e.source} for r in e.target}
        chosen = [e for e in earlier if e.target and doers & {actor_key(r) for r in e.source}
                  and e.factuality == "asserted" and all(r.actor_id or r.country for r in e.target)]
        if len(targets) != 1 or not chosen or names_another_party(analysis, event, here.start, here.end):
            continue
        event.target = list(chosen[0].target)


def _act_as_target(analysis: Analysis, events: list[Event]) -> None:
    """ "The minister condemned the bombings": a reaction to an act whose doer the text does not name is aimed
    at the act itself, as PLOVER codes it (the act's own words are the target). Runs after the rules that
    look for the act's doer (the reaction rule, the recipient from the sentence before)."""
    reactions, acts = reaction_objects()["reactions"], _event_nouns() | reaction_objects()["acts"]
    for event in events:
        if event.target or not event.source or event.event_type not in reactions:
            continue
        span = _trigger_span(analysis, event)
        obj = next((c for c in dependents(span.root) if c.dep_ == "dobj"), None) if span is not None else None
        if obj is None or obj.lemma_.lower() not in acts or _is_the_event(obj, event.event_type):
            continue
        specific = specific_determiners()
        if not any(c.dep_ in ("det", "poss") and c.tag_ != "DT" or c.lower_ in specific for c in dependents(obj)):
            continue  # "condemned violence in general": no act in particular
        start, end = argument_span(obj)
        if any(r.start < end and start < r.end for r in event.source):
            continue
        event.target = [ActorRef(actor_id=None, country=None, sector=None, text=doc_text(analysis.doc)[start:end],
                                 start=start, end=end)]


def _is_the_event(noun: Token, event_type: str) -> bool:
    """ "launched an investigation": the object noun names the event itself (its frame has the event's type),
    not another act the event reacts to ("rejected the proposal")."""
    return any(frame.event_type == event_type and not frame.words  # "attack" is criticism only when "scathing"
               for frame in noun_frames().get(noun.lemma_.lower(), ()))


def annotate(analysis: Analysis) -> None:
    """Fill analysis.events with one event per happening, each with a stable id."""
    found = events_in(analysis)
    _aimed_at_an_earlier_act(analysis, found)
    _recipient_from_before(analysis, found)
    _act_as_target(analysis, found)
    stated = with_statements(found, lambda act: _statement_date(analysis, act)) \
        if analysis.settings.announcements else found
    events = merge_events(stated, lambda number: _another_act(analysis, stated[number]),
                          lambda event: _topic(analysis, event))
    taken: set[str] = set()
    for event in events:
        event.event_id = unique_id(event_id(analysis.document.doc_id, event), taken)
    analysis.events = events
