"""Coreference, in one place: what a pronoun or a description that names no one stands for.

Every stage that needs a referent asks this module, and the actors stage records the links it
makes as typed CorefLink records on `analysis.chains`:
- actor mentions (`link_context`, run by the actors stage; its links become `analysis.chains`);
- the doer of a reported clause: a subject "it"/"they" no state or group named before takes is linked to
  the mention that reports its clause ("The government said it has freed ...": the government); the
  events stage reads every pronoun argument from these chains (events.coreferent), with no rule of its own;
- the speaker of "he said": the quotes stage reads the pronoun's link from `analysis.chains` (made
  here, once per document) and does no coreference of its own; it only lets the speaker of the
  quote before win when that speaker was named after the antecedent, as a reader does.
The word classes (pronouns, determiners) come from nlp/data/word_classes.yaml.

Actor mentions:

- a definite description with no country ("the government", "the leader") takes the office holder,
  or else the country (even one named as a place: "across Kenya"), named most recently within a few
  sentences; "the regime" (context.yaml adversary_nouns) takes the state most recently named as a
  verb's subject, leaving out the states of whoever frames its sentence ("Seoul said the regime ...");
- "he"/"she"/"his"/"her" refer to a person in the latest sentence that names one, its subject first,
  never to a person the text marks as the other gender ("Ms", "spokeswoman" for "he") and, for a
  pronoun outside quotation marks, never to someone named only inside quoted words;
- "they"/"their" to the most recent plural group or state, "it"/"its" (as a subject or possessor)
  to the most recent state or organisation in the same or the previous sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import numpy as np
from spacy.tokens import Doc, Token

from detente.actors.kb import knowledge_base
from detente.actors.lexicon import lexicon, mention_words
from detente.actors.matching import tokens_with
from detente.actors.mentions import Found, _is_locative
from detente.nlp.perdoc import dependents, dependents_at, doc_text
from detente.nlp.syntax import SentenceIndex
from detente.nlp.words import word_class
from detente.records import CorefLink
from detente.rules import rule_words

PERSON_PRONOUNS = word_class("pronouns", "person")
FEMALE_PRONOUNS = word_class("pronouns", "female")
GROUP_PRONOUNS = word_class("pronouns", "group")
STATE_PRONOUNS = word_class("pronouns", "state")
PRONOUNS = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS | STATE_PRONOUNS)
SUBJECT_PRONOUNS = word_class("pronouns", "subject")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # institutions every state has one of


_heads: dict[int, tuple[list[Found], int, list[int], list[int]]] = {}


def _near(found: list[Found], sents: SentenceIndex, before: int, window: int) -> list[Found]:
    """The mentions (in list order) with their head before token `before` and within `window` sentences.

    Found by binary search on an index of the list's heads, kept while the list is unchanged: a scan
    of every mention for every pronoun made a long document's cost grow with the square of its length."""
    here = sents.of(before)
    low = sents.starts[max(0, here - window)] if sents.starts else 0
    cached = _heads.pop(id(found), None)
    if cached is None or cached[0] is not found or cached[1] != len(found):
        positions = sorted(range(len(found)), key=lambda i: found[i].head)
        cached = (found, len(found), [found[i].head for i in positions], positions)
        if len(_heads) >= 16:  # forget the least recently asked: the document's own list stays
            del _heads[next(iter(_heads))]
    _heads[id(found)] = cached  # (re)inserted last: the dict's order is the order of use
    _list, _size, heads, positions = cached
    return [found[i] for i in sorted(positions[bisect_left(heads, low):bisect_left(heads, before)])]


def _recent(doc: Doc, sents: SentenceIndex, found: list[Found], before: int, window: int,
            accept: Callable[[Found], bool]) -> Found | None:
    """The latest mention with its head before token `before`, within `window` sentences, that `accept`s."""
    here = sents.of(before)
    candidates = [f for f in _near(found, sents, before, window) if accept(f)]
    if not candidates:
        return None
    same = [f for f in candidates if sents.of(f.head) == here and doc[f.head].dep_ in SUBJECT_DEPS]
    return (same or candidates)[-1]


def _main_subject(doc: Doc, sents: SentenceIndex, found: list[Found], before: int,
                  accept: Callable[[Found], bool]) -> Found | None:
    """Like _recent over this and the previous sentence, but in an earlier sentence the subject of its main
    clause wins over one in a side clause: "The two leaders met hours after North Korea fired a missile.
    They condemned the launch": they are the leaders."""
    found = [f for f in _near(found, sents, before, 1) if accept(f)]
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
        for child in dependents(verb):
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
    return _latest_named(named_countries, [i for i, _ in named_countries], sents, mention.head, window, speakers)


def _gender_ok(word: str, person: Found, genders: dict[str, str]) -> bool:
    gender = genders.get(person.key)
    if gender is None:
        return True
    return gender == ("female" if word in FEMALE_PRONOUNS else "male")


def _latest_named(named: list[tuple[int, str]], named_at: list[int], sents: SentenceIndex, before: int,
                  window: int, skip: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country named last before token `before`, within `window` sentences, not one of `skip`.

    `named` is sorted by token and `named_at` holds its tokens, so the search starts by bisection:
    scanning every named country for every description made long documents quadratic."""
    lowest = sents.of(before) - window
    k = bisect_left(named_at, before) - 1
    while k >= 0 and sents.of(named_at[k]) >= lowest:
        if named[k][1] not in skip:
            return named[k][1]
        k -= 1
    return None


def _reporter(doc: Doc, by_head: dict[int, Found], head: int) -> str | None:
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
    for child in dependents(token.head):
        mention = by_head.get(child.i) if child.dep_ in SUBJECT_DEPS else None
        if mention is not None and mention.kind == "person" and mention.country \
                and mention.sector in ("GOV", "ELI") and mention.person_id is not None:
            return mention.country
    return None


def _person(doc: Doc, sents: SentenceIndex, found: list[Found], pronoun: Token, genders: dict[str, str],
            quoted: list[int], window: int, reach: int) -> Found | None:
    """The person "he"/"she"/"his" stands for, as a reader takes it.

    Candidates are the people named before it, never one the text marks as the other gender, and, for
    a pronoun in the narrative, never one named only inside someone's quoted words (the narrator's
    "he" is not a person the speaker talked about). In the latest sentence that names a candidate,
    the subject of a clause wins over the others: "Rah described Kim's message as exceptional. 'It
    was,' he said": he is Rah, not Kim. Within `window` sentences any person counts; further back,
    up to `reach` sentences, only a subject (the story's protagonist, taken up again after a quote)."""
    word = pronoun.lower_
    narrative = quoted[pronoun.i] == -1

    def person(f: Found) -> bool:
        return f.kind == "person" and _gender_ok(word, f, genders) and (not narrative or quoted[f.head] == -1)

    candidates = [f for f in _near(found, sents, pronoun.i, window) if person(f)]
    if not candidates:
        candidates = [f for f in _near(found, sents, pronoun.i, reach) if person(f) and is_subject(doc[f.head])]
    if not candidates:
        return None
    latest = sents.of(candidates[-1].head)
    same = [f for f in candidates if sents.of(f.head) == latest]
    subjects = [f for f in same if is_subject(doc[f.head])]
    return (subjects or same)[-1]


def quoted_tokens(doc: Doc) -> list[int]:
    """Per token: the number of the quotation it sits in, or -1 outside quotation marks."""
    from detente.quotes.marks import quoted_spans

    spans = quoted_spans(doc_text(doc))
    if not spans:
        return [-1] * len(doc)
    starts = doc.to_array("IDX").astype("int64")  # token offsets, without making a Token per word
    opens = np.array([q.open_at for q in spans])
    last = np.array([max(q.close_at, q.end - 1) for q in spans])
    k = np.searchsorted(opens, starts, side="right") - 1
    inside = (k >= 0) & (starts <= last[np.maximum(k, 0)])
    return np.where(inside, k, -1).tolist()


def link_context(doc: Doc, found: list[Found], named_countries: list[tuple[int, str]],
                 quoted: list[int] | None = None) -> list[Found]:
    """Fill in countries and referents from the context; add pronoun mentions. Returns all mentions.

    `quoted` (per token, -1 outside quotation marks; see quoted_tokens) is worked out here when not given."""
    lex = lexicon()
    sents = SentenceIndex(doc)
    marks: list[list[int]] = [quoted] if quoted is not None else []

    def quoted_now() -> list[int]:  # worked out only for a document with a person pronoun
        if not marks:
            marks.append(quoted_tokens(doc))
        return marks[0]
    named_countries = sorted(named_countries)
    named_at = [i for i, _ in named_countries]
    by_head = {f.head: f for f in found}
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
        owner = next((c for c in dependents_at(doc, mention.head) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None:  # "the premier sent his adviser": the adviser serves the premier's state
            person = _recent(doc, sents, found, owner.i, lex.pronoun_window,
                             lambda f, m=mention: f.kind == "person" and f.country is not None and f is not m)
            if person is not None and person.country:
                mention.country, mention.key = person.country, f"{person.country}-{mention.sector}"
                continue
        speaker = _reporter(doc, by_head, mention.head)
        if speaker is not None:  # "Abe said the government would not ease ...": the speaker's own government
            mention.country, mention.key = speaker, f"{speaker}-{mention.sector}"
            continue
        latest = _latest_named(named_countries, named_at, sents, mention.head, lex.definite_window)
        if latest:
            mention.country = latest
            mention.key = f"{latest}-{mention.sector}"
    together = _leaders_named_together(doc, sents, found, lex.definite_window)
    found = found + _states_named_again(doc, sents, found, lex.definite_window)
    resolved = [f for f in found if f.country or f.person_id]
    genders = {f.key: f.gender for f in found if f.gender and f.kind == "person"}
    pronouns: list[Found] = []
    for token in tokens_with(doc, PRONOUNS, "LOWER"):
        word = token.lower_
        if word in PERSON_PRONOUNS:
            antecedent = _person(doc, sents, found, token, genders, quoted_now(), lex.pronoun_window,
                                 lex.pronoun_reach)
        elif word in GROUP_PRONOUNS:
            antecedent = _main_subject(doc, sents, found, token.i,
                                       lambda f: bool(f.country or f.person_id or f.plural)
                                       and (f.plural or f.kind == "state") and doc[f.head].dep_ in SUBJECT_DEPS)
        elif word in STATE_PRONOUNS and token.dep_ in SUBJECT_DEPS | {"poss"}:
            antecedent = _recent(doc, sents, resolved, token.i, 1,
                                 lambda f: f.kind in ("state", "organisation") and doc[f.head].dep_ in SUBJECT_DEPS)
        else:
            continue
        if antecedent is None and word not in PERSON_PRONOUNS and token.dep_ in SUBJECT_DEPS:
            antecedent = _reported_by(token, by_head)
            if antecedent is not None and quoted_now()[token.i] != -1:
                antecedent = None  # in quoted words "it" is the speaker's own ("It is a surprise," said X)  # "The ministry said it had summoned ...": the ministry
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
    nouns = tokens_with(doc, lexicon().state_nouns, "LEMMA")
    if not nouns:  # most documents: no "country", "nation" ... at all
        return []
    taken = {i for f in found for i in f.used} | {f.head for f in found}
    states = [f for f in found if f.kind in ("state", "organisation") and f.country and f.country != "IGO"
              and (f.sector in (None, "GOV") or f.kind == "state")]
    out: list[Found] = []
    countries = knowledge_base().countries
    for token in nouns:
        if token.i in taken or token.pos_ != "NOUN":
            continue
        marks = {c.lower_ for c in dependents(token) if c.dep_ in ("det", "nummod", "predet", "amod")}
        if not marks & DEFINITE or any(c.dep_ == "prep" and c.lower_ == "of" for c in dependents(token)):
            continue
        # states named as actors, not as the place where something happened ("talks in Stockholm")
        earlier = [f for f in _near(states, sents, token.i, window) if not f.locative]
        if token.tag_ == "NNS":
            if not marks & BOTH:
                continue
            latest: dict[str | None, Found] = {}
            for f in reversed(earlier):
                latest.setdefault(f.country, f)
            picked = list(latest.values())[:2]
            if len(picked) < 2:
                continue
        else:
            subject = _recent(doc, sents, states, token.i, 1, lambda f: doc[f.head].dep_ in SUBJECT_DEPS)
            picked = [subject] if subject is not None and subject.country else earlier[-1:]
            if not picked:
                continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        for state in picked:
            country = state.country or ""
            name = countries[country].name if country in countries else country
            out.append(Found(start, end, doc_text(doc)[start:end], token.i, "state", country, name, country, None,
                             used={token.i}, locative=_is_locative(token), antecedent=(state.start, state.end)))
    return out


BOTH = rule_words("detente.actors", "data/mention_words.yaml", "pair_words")  # actors/data/mention_words.yaml


def _leaders_named_together(doc: Doc, sents: SentenceIndex, found: list[Found], window: int) -> dict[int, list[Found]]:
    """ "The two leaders" / "both ministers": the two office holders named just before, one mention each.

    Only where the phrase counts two ("two", "both", or "the leaders" after exactly two are named) and
    the two are known people from the last few sentences; otherwise the group stays as it is. Returns
    the groups so read (by id) with their two mentions."""
    together: dict[int, list[Found]] = {}
    for mention in found:
        if not (mention.kind == "group" and mention.plural and mention.country is None and mention.definite):
            continue  # the mention's own fields first: its head word is made only for a group that may count two
        head = doc[mention.head]
        if head.lemma_.lower() not in mention_words("leader_nouns"):
            continue
        counted = {c.lower_ for c in dependents(head) if c.dep_ in ("nummod", "det", "predet", "amod")}
        people: dict[str, Found] = {}
        for f in reversed(_near(found, sents, mention.head, window)):
            if f.kind == "person" and f.person_id:
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


def _reported_by(pronoun: Token, by_head: dict[int, Found]) -> Found | None:
    """The mention that reports the clause a subject pronoun ("it", "they") sits in, when no state or group
    named before takes it: "The ministry said it had summoned the ambassador" - the ministry, named or not.
    A reporter speaks of itself with such a pronoun far more often than of anyone else."""
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
        speaker = next((c for c in dependents(clause) if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ in ("PROPN", "NOUN") and speaker.i < pronoun.i:
            # the mention headed by the subject, else the last one inside it ("the Syrian army command": Syrian)
            inside = [by_head[i] for i in range(speaker.i, speaker.left_edge.i - 1, -1) if i in by_head]
            return inside[0] if inside else next(
                (by_head[t.i] for t in speaker.subtree if t.i in by_head), None)
    return None


def is_subject(token: Token) -> bool:
    """Whether the name heads a clause's subject, itself or through the noun it names ("the envoy, Kim,")."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
