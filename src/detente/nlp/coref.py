"""Coreference, in one place: what a pronoun or a description that names no one stands for.

Every stage that needs a referent asks this module, and the actors stage records the links it
makes as typed CorefLink records on `analysis.chains`:
- actor mentions (`link_context`, run by the actors stage; its links become `analysis.chains`);
- the doer of a reported clause (`reporter_antecedent`, read by the events stage's subject finder:
  "The government said it has freed ...": "it" is the government);
- the speaker of "he said" (`named_antecedent`, read by the quotes stage, which then lets the
  speaker of the quote before win, as a reader does).
The word classes (pronouns, determiners) come from nlp/data/word_classes.yaml.

Actor mentions:

- a definite description with no country ("the government", "the leader") takes the office holder,
  or else the country (even one named as a place: "across Kenya"), named most recently within a few
  sentences; "the regime" (context.yaml adversary_nouns) takes the state most recently named as a
  verb's subject, leaving out the states of whoever frames its sentence ("Seoul said the regime ...");
- "he"/"she"/"his"/"her" refer to the most recent person, preferring a sentence subject, and never to
  a person the text marks as the other gender ("Ms", "spokeswoman" for "he");
- "they"/"their" to the most recent plural group or state, "it"/"its" (as a subject or possessor)
  to the most recent state or organisation in the same or the previous sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from detente.actors.kb import knowledge_base
from detente.actors.lexicon import lexicon
from detente.actors.matching import tokens_with
from detente.actors.mentions import Found, _is_locative
from detente.nlp.syntax import SentenceIndex
from detente.nlp.words import word_class
from detente.records import CorefLink

PERSON_PRONOUNS = word_class("pronouns", "person")
FEMALE_PRONOUNS = word_class("pronouns", "female")
GROUP_PRONOUNS = word_class("pronouns", "group")
STATE_PRONOUNS = word_class("pronouns", "state")
PRONOUNS = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS | STATE_PRONOUNS)
SUBJECT_PRONOUNS = word_class("pronouns", "subject")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # institutions every state has one of


def _recent(doc: Doc, sents: SentenceIndex, found: list[Found], before: int, window: int,
            accept: Callable[[Found], bool]) -> Found | None:
    """The latest mention with its head before token `before`, within `window` sentences, that `accept`s."""
    here = sents.of(before)
    candidates = [f for f in found if f.head < before and here - window <= sents.of(f.head) and accept(f)]
    if not candidates:
        return None
    same = [f for f in candidates if sents.of(f.head) == here and doc[f.head].dep_ in SUBJECT_DEPS]
    return (same or candidates)[-1]


def _main_subject(doc: Doc, sents: SentenceIndex, found: list[Found], before: int,
                  accept: Callable[[Found], bool]) -> Found | None:
    """Like _recent over this and the previous sentence, but in an earlier sentence the subject of its main
    clause wins over one in a side clause: "The two leaders met hours after North Korea fired a missile.
    They condemned the launch": they are the leaders."""
    found = [f for f in found if accept(f)]
    recent = _recent(doc, sents, found, before, 1, lambda f: True)
    if recent is None or sents.of(recent.head) == sents.of(before):
        return recent
    sentence = sents.of(recent.head)
    main = [f for f in found if sents.of(f.head) == sentence and doc[f.head].head.dep_ == "ROOT"]
    return main[-1] if main else recent


def _copy(source: Found, mention: Found) -> None:
    for name in ("kind", "key", "name", "country", "sector", "role", "person_id", "elite", "gender"):
        setattr(mention, name, getattr(source, name))
    mention.antecedent = (source.start, source.end)


def _speakers(doc: Doc, found: list[Found], head: int) -> set[str]:
    """Countries of the subjects of the verbs above a token: who frames the clause it sits in."""
    by_head = {f.head: f for f in found}
    countries: set[str] = set()
    for verb in doc[head].ancestors:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i in by_head and by_head[child.i].country:
                countries.add(by_head[child.i].country)
    return countries


def _adversary(doc: Doc, sents: SentenceIndex, found: list[Found], named_countries: list[tuple[int, str]],
               mention: Found, window: int) -> str | None:
    """The state "the regime" means: the latest one named as a subject, not the speaker's own."""
    speakers = _speakers(doc, found, mention.head)
    subject = _recent(doc, sents, found, mention.head, window,
                      lambda f: f is not mention and bool(f.country) and f.country not in speakers | {"IGO"}
                      and f.kind in ("state", "group", "organisation", "person")
                      and doc[f.head].dep_ in SUBJECT_DEPS)
    if subject is not None:
        return subject.country
    here = sents.of(mention.head)
    recent = [c for i, c in named_countries if i < mention.head and here - window <= sents.of(i) and c not in speakers]
    return recent[-1] if recent else None


def _gender_ok(word: str, person: Found, genders: dict[str, str]) -> bool:
    gender = genders.get(person.key)
    if gender is None:
        return True
    return gender == ("female" if word in FEMALE_PRONOUNS else "male")


def _reporter(doc: Doc, found: list[Found], head: int) -> str | None:
    """The country of the office holder who reports the clause this word is in, when one does.

    "Abe said the government would not ease the sanctions": a state's official speaking of "the
    government" means their own, whatever state was named last."""
    token = doc[head]
    for _ in range(12):
        if token.dep_ == "ccomp" or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ != "ccomp":
        return None
    subjects = {c.i for c in token.head.children if c.dep_ in SUBJECT_DEPS}
    for mention in found:
        if mention.head in subjects and mention.kind == "person" and mention.country \
                and mention.sector in ("GOV", "ELI") and mention.person_id is not None:
            return mention.country
    return None


def link_context(doc: Doc, found: list[Found], named_countries: list[tuple[int, str]]) -> list[Found]:
    """Fill in countries and referents from the context; add pronoun mentions. Returns all mentions."""
    lex = lexicon()
    sents = SentenceIndex(doc)
    for mention in found:
        if mention.kind != "group" or mention.country or not mention.definite:
            continue
        if mention.plural and mention.sector == "GOV":  # "the governments": several states
            continue
        if mention.sector not in STATE_SECTORS:
            continue
        if mention.title and not mention.plural:
            person = _recent(doc, sents, found, mention.head, lex.definite_window,
                             lambda f, m=mention: f.kind == "person" and f.person_id is not None and f is not m)
            if person is not None:
                _copy(person, mention)
                continue
        if doc[mention.head].lower_ in lex.adversary_nouns:
            country = _adversary(doc, sents, found, named_countries, mention, lex.definite_window)
            if country:
                mention.country, mention.key = country, f"{country}-{mention.sector}"
            continue
        owner = next((c for c in doc[mention.head].children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None:  # "the premier sent his adviser": the adviser serves the premier's state
            person = _recent(doc, sents, found, owner.i, lex.pronoun_window,
                             lambda f, m=mention: f.kind == "person" and f.country is not None and f is not m)
            if person is not None and person.country:
                mention.country, mention.key = person.country, f"{person.country}-{mention.sector}"
                continue
        speaker = _reporter(doc, found, mention.head)
        if speaker is not None:  # "Abe said the government would not ease ...": the speaker's own government
            mention.country, mention.key = speaker, f"{speaker}-{mention.sector}"
            continue
        here = sents.of(mention.head)
        recent = [c for i, c in named_countries if i < mention.head and here - lex.definite_window <= sents.of(i)]
        if recent:
            mention.country = recent[-1]
            mention.key = f"{recent[-1]}-{mention.sector}"
    together = _leaders_named_together(doc, sents, found, lex.definite_window)
    found = found + _states_named_again(doc, sents, found, lex.definite_window)
    resolved = [f for f in found if f.country or f.person_id]
    genders = {f.key: f.gender for f in found if f.gender and f.kind == "person"}
    pronouns: list[Found] = []
    for token in tokens_with(doc, PRONOUNS, "LOWER"):
        word = token.lower_
        if word in PERSON_PRONOUNS:
            antecedent = _recent(doc, sents, found, token.i, lex.pronoun_window,
                                 lambda f, w=word: f.kind == "person" and _gender_ok(w, f, genders)
                                 and doc[f.head].dep_ in SUBJECT_DEPS | {"poss", "dobj"})
            antecedent = antecedent or _recent(doc, sents, found, token.i, lex.pronoun_window,
                                               lambda f, w=word: f.kind == "person" and _gender_ok(w, f, genders))
        elif word in GROUP_PRONOUNS:
            antecedent = _main_subject(doc, sents, [f for f in found if f.country or f.person_id or f.plural], token.i,
                                       lambda f: (f.plural or f.kind == "state") and doc[f.head].dep_ in SUBJECT_DEPS)
        elif word in STATE_PRONOUNS and token.dep_ in SUBJECT_DEPS | {"poss"}:
            antecedent = _recent(doc, sents, resolved, token.i, 1,
                                 lambda f: f.kind in ("state", "organisation") and doc[f.head].dep_ in SUBJECT_DEPS)
        else:
            continue
        if antecedent is None:
            continue
        for person in together.get(id(antecedent), [antecedent]):  # "they" after "the two leaders": both
            mention = Found(token.idx, token.idx + len(token.text), token.text, token.i, "pronoun", person.key,
                            person.name, person.country, person.sector, used={token.i})
            _copy(person, mention)
            pronouns.append(mention)
    found = [f for f in found if id(f) not in together] + [p for people in together.values() for p in people]
    return sorted(found + pronouns, key=lambda f: f.start)


DEFINITE = word_class("determiners", "definite")


def _states_named_again(doc: Doc, sents: SentenceIndex, found: list[Found], window: int) -> list[Found]:
    """ "The country" is the state named last (the subject of its sentence, if one is); "the two countries"
    and "both nations" are the last two named. A phrase that counts no two, or an indefinite one ("a
    country"), stays unread."""
    taken = {i for f in found for i in f.used} | {f.head for f in found}
    states = [f for f in found if f.kind in ("state", "organisation") and f.country and f.country != "IGO"
              and (f.sector in (None, "GOV") or f.kind == "state")]
    out: list[Found] = []
    countries = knowledge_base().countries
    for token in tokens_with(doc, lexicon().state_nouns, "LEMMA"):
        if token.i in taken or token.pos_ != "NOUN":
            continue
        marks = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        if not marks & DEFINITE or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        here = sents.of(token.i)
        # states named as actors, not as the place where something happened ("talks in Stockholm")
        earlier = [f.country for f in states if f.head < token.i and here - window <= sents.of(f.head)
                   and not f.locative]
        if token.tag_ == "NNS":
            if not marks & BOTH:
                continue
            picked = list(dict.fromkeys(reversed(earlier)))[:2]
            if len(picked) < 2:
                continue
        else:
            subject = _recent(doc, sents, states, token.i, 1, lambda f: doc[f.head].dep_ in SUBJECT_DEPS)
            picked = [subject.country] if subject is not None and subject.country else earlier[-1:]
            if not picked:
                continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        for country in picked:
            name = countries[country].name if country in countries else country
            out.append(Found(start, end, doc.text[start:end], token.i, "state", country, name, country, None,
                             used={token.i}, locative=_is_locative(token)))
    return out


LEADER_NOUNS = frozenset({"leader", "president", "minister", "premier", "counterpart", "head"})
BOTH = frozenset({"two", "both"})


def _leaders_named_together(doc: Doc, sents: SentenceIndex, found: list[Found], window: int) -> dict[int, list[Found]]:
    """ "The two leaders" / "both ministers": the two office holders named just before, one mention each.

    Only where the phrase counts two ("two", "both", or "the leaders" after exactly two are named) and
    the two are known people from the last few sentences; otherwise the group stays as it is. Returns
    the groups so read (by id) with their two mentions."""
    together: dict[int, list[Found]] = {}
    for mention in found:
        head = doc[mention.head]
        if not (mention.kind == "group" and mention.plural and mention.country is None and mention.definite
                and head.lemma_.lower() in LEADER_NOUNS):
            continue
        counted = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
        here = sents.of(mention.head)
        people: dict[str, Found] = {}
        for f in reversed(found):
            if f.head < mention.head and f.kind == "person" and f.person_id and here - window <= sents.of(f.head):
                people.setdefault(f.person_id, f)
        if len(people) < 2 or not (counted & BOTH or len(people) == 2):
            continue
        linked = []
        for person in list(people.values())[:2]:
            one = Found(mention.start, mention.end, mention.text, mention.head, "pronoun", person.key, person.name,
                        person.country, person.sector, used=set(mention.used))
            _copy(person, one)
            linked.append(one)
        together[id(mention)] = linked
    return together


def chains_of(found: list[Found]) -> list[CorefLink]:
    """The links `link_context` made, as typed records: each referring mention and what it stands for."""
    return [CorefLink(f.start, f.end, f.text, f.head, f.antecedent[0], f.antecedent[1], f.key)
            for f in found if f.antecedent is not None]


# ---- the doer of a reported clause (events) --------------------------------------------------------

def reporter_antecedent(verb: Token, pronoun: Token) -> Token:
    """ "The government said it has freed ...": a pronoun subject of a reported clause is the reporter.

    Only the nearest reporting clause is used; a pronoun with no reporting clause stays itself.
    """
    clause = verb
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or clause.head.i == clause.i:
            break
        clause = clause.head
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ in ("PROPN", "NOUN"):
            return speaker
    return pronoun


# ---- the speaker of "he said" (quotes) -------------------------------------------------------------

PERSON_SPEAKER = frozenset({"he", "she", "i", "him", "her"})


def named_antecedent(doc: Doc, pronoun: Token, quoted: list[int] | None = None) -> Span | None:
    """The nearest earlier person (he, she, I) or group (they, it, we) named before the pronoun, as a
    named entity outside anyone's quoted words (`quoted`: -1 for tokens outside quotation marks).

    In the latest sentence that names any, the one that is a clause's subject is preferred ("Rah ...
    described Kim's message as exceptional. '...,' he said": he is Rah, not Kim), as a reader takes it.
    """
    wanted = ("PERSON",) if pronoun.lower_ in PERSON_SPEAKER else ("ORG", "GPE", "NORP")
    last = None
    for ent in doc.ents:
        if ent.end_char > pronoun.idx:
            break
        if ent.label_ not in wanted or (quoted is not None and quoted[ent.start] != -1):
            continue
        if last is None or ent.sent.start != last.sent.start or is_subject(ent.root) or not is_subject(last.root):
            last = ent
    return last


def is_subject(token: Token) -> bool:
    """Whether the name heads a clause's subject, itself or through the noun it names ("the envoy, Kim,")."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
