"""Actor mentions in one parsed document: names, titles and groups put together by syntax.

Every knowledge-base hit and sector noun is attached to the noun it modifies (its phrase head:
"Japanese" and "government" both belong to "government"). Each phrase head then gives at most one
mention: a person (with title and description), a group (sector noun with a country from its
modifiers or from an of/from/at phrase), or a state, seat of government or organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import add

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.actors.kb import knowledge_base, slug
from detente.actors.lexicon import lexicon, mention_words
from detente.actors.matching import (
    Entry,
    Hit,
    find_hits,
    matcher_for,
    new_hit,
    proper_names,
    surname_of,
    tokens_with,
)
from detente.actors.resolve import holder, pick_by_surname, status_on
from detente.nlp.arrays import columns, doc_arrays
from detente.nlp.perdoc import dependents, doc_text, entities, once_per_doc
from detente.nlp.syntax import span_root, words_text
from detente.nlp.words import word_class

MOD_DEPS = {"compound", "amod", "poss", "nmod", "flat", "nummod", "det", "case", "npadvmod", "quantmod"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"}
NAMEISH = {"", "PERSON", "ORG", "NORP"}  # entity labels a lone surname may wrongly carry
ARMED = frozenset({"REB", "MIL", "COP", "SPY", "UAF"})  # sectors of bodies that bear arms
CUE_KINDS = {"country", "demonym", "ethnic", "seat", "place", "institution", "igo", "organisation"}
STATE_KINDS = ("country", "seat", "place", "institution")  # hits that name a state as such
TOPIC_KINDS = {"country", "seat", "place"}  # names that before an expert say what they study, not whose they are
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # offices only a state gives
INDEFINITE = word_class("determiners", "indefinite")


@dataclass
class Found:
    """One mention of an actor, with what the text says about it."""

    start: int  # character offsets
    end: int
    text: str
    head: int  # token index of the phrase head
    kind: str  # person | state | organisation | group | pronoun
    key: str  # the actor id
    name: str
    country: str | None
    sector: str | None
    role: str | None = None
    person_id: str | None = None  # a knowledge-base person
    elite: bool = False  # "former", "ousted": out of office as the text is written
    role_hint: str | None = None  # the office a title before a known person's name gives them
    locative: bool = False  # a seat of government named as a place ("talks in Tokyo"): kept for spans only
    title: tuple[str, str] | None = None  # (country, role) of a title that names one office holder
    plural: bool = False
    definite: bool = False  # "the government": may take its country from the context
    used: set[int] = field(default_factory=set)  # token indices that said something about the actor
    gender: str | None = None  # "male" | "female" where the phrase says so ("Ms", "spokeswoman", "king")
    antecedent: tuple[int, int] | None = None  # the mention it was linked to by coreference (nlp/coref.py)


MOD_DEP_IDS = frozenset(get_string_id(label) for label in MOD_DEPS)
CONJ_ID = get_string_id("conj")


def _root(doc: Doc, hit: Hit) -> Token:
    if hit.end - hit.start == 1:  # what Span.root gives a one-word span, without making the Span
        return doc[hit.start]
    return span_root(doc, hit.start, hit.end)  # the head column, as Span.root reads it, without the slice


def _country_of(entry: Entry) -> str | None:
    if entry.kind in ("igo",):
        return "IGO"
    if entry.kind == "organisation":
        org = knowledge_base().organisations.get(entry.key)
        return org.country if org else None
    return entry.key if entry.kind in CUE_KINDS else None


def _left_words(doc: Doc, anchor: Token, start: int) -> set[str]:
    """Lower-cased words before the head inside its phrase ("former", "then", "ex")."""
    edge = anchor.left_edge.i  # the first word of its subtree
    first = min(start, edge) if edge < anchor.i else start
    tokens = _offsets(doc)
    strings = doc.vocab.strings
    return {strings[word] for word in tokens.lower[max(first, tokens.sentence_start[anchor.i]):anchor.i]}


LEADING = frozenset(map(get_string_id, ("the", "a", "an", "'s", "’s")))  # lower-cased words a span drops
TRAILING = frozenset(map(get_string_id, ("'s", "’s", ",", "'")))


class _Offsets:
    """Each token's lower-cased string id, start and end offset, from one `Doc.to_array` per document,
    and the first token of its sentence: a mention's span is cut and read from these and the text, not
    from Token and Span objects (`Token.sent` walks the sentence on every call)."""

    def __init__(self, doc: Doc):
        held = columns(doc)
        self.lower: list[int] = held.lower
        self.start: list[int] = held.idx
        self.end: list[int] = list(map(add, held.idx, held.length))  # (no Python step a word)
        self.text = doc_text(doc)
        self.sentence_start: list[int] = [0] * len(doc)  # the first token of each token's sentence
        if len(doc) and doc.has_annotation("SENT_START"):
            # what `doc.sents` cuts, without its Span objects: a sentence starts at token 0 and wherever
            # SENT_START is 1; each token takes the latest start at or before it
            first, starts = 0, self.sentence_start
            for i, value in enumerate(held.sent_start):
                if value == 1:
                    first = i
                starts[i] = first
        else:
            for sentence in doc.sents:  # no boundaries: spaCy's own error
                self.sentence_start[sentence.start:sentence.end] = [sentence.start] * (sentence.end - sentence.start)


def _offsets(doc: Doc) -> _Offsets:
    return once_per_doc(doc, "actors.offsets", _Offsets)


def _span(doc: Doc, start_tok: int, end_tok: int, anchor: Token) -> tuple[int, int, str]:
    start_tok, end_tok = min(start_tok, anchor.i), max(end_tok, anchor.i + 1)
    tokens = _offsets(doc)
    lower = tokens.lower
    while start_tok < end_tok and lower[start_tok] in LEADING:
        start_tok += 1
    while end_tok > start_tok and lower[end_tok - 1] in TRAILING:
        end_tok -= 1
    if start_tok == end_tok:
        span = doc[start_tok:end_tok]
        return span.start_char, span.end_char, span.text
    start, end = tokens.start[start_tok], tokens.end[end_tok - 1]
    return start, end, tokens.text[start:end]


GIVEN_NAME_KINDS = frozenset({"country", "seat", "place"})  # "Tara", "Jordan", "Paris" also name people


def _given_names_left_out(doc: Doc, names: list[Hit], sectors: list[Hit]) -> list[Hit]:
    """A place or country word that opens a person's name of several words is the person's given name: "Tara
    Reid", "Jordan Peterson", "Paris Hilton" name no state. Left out only where the name's other words are proper
    nouns no name or title hit covers, so "Jordan's King Abdullah" and a headline's "Japan Minister" keep the state."""
    persons = {ent.start: ent.end for ent in entities(doc) if ent.label_ == "PERSON" and ent.end - ent.start > 1}
    if not persons:
        return names
    covered = {i for h in names + sectors for i in range(h.start, h.end)}
    kept = []
    for hit in names:
        end = persons.get(hit.start)
        if end is not None and hit.end == hit.start + 1 and hit.best.kind in GIVEN_NAME_KINDS and all(
                doc[i].pos_ == "PROPN" and i not in covered for i in range(hit.end, end)):
            continue
        kept.append(hit)
    return kept


def _names_a_thing(root: Token) -> bool:
    """A name used as a modifier of a common noun ("Covid rules", "Brexit talks") names no person there."""
    return root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i \
        and not root.head.ent_type_


def _is_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in mention_words("locative")


class DocumentActors:
    """Finds the mentions of one document as of its publication date."""

    def __init__(self, doc: Doc, date: str | None):
        self.doc, self.date = doc, date
        self.kb, self.lex = knowledge_base(), lexicon()
        self.names, self.sectors = find_hits(doc)
        self.names = self._communities(_given_names_left_out(doc, self.names, self.sectors))
        # "the two Koreas": one word naming several states at once (token index, their ISO3 codes)
        self.collectives = [(t.i, self.lex.collectives[t.text]) for t in tokens_with(doc, frozenset(self.lex.collectives))
                            if t.i > 0]
        self.found: list[Found] = []
        self.cue_country: dict[int, str] = {}  # phrase head -> country its modifiers name
        self.by_head: dict[int, Found] = {}
        self.named_countries: list[tuple[int, str]] = []  # (token, ISO3) for every country the text names

    # ---- communities: the country they live in ---------------------------------------------------
    def _communities(self, names: list[Hit]) -> list[Hit]:
        """Community names and "ethnic" nationalities resolved to the country the community acts in.

        A community listed in ethnic_groups.yaml takes the first of its countries the story names (else
        the first listed); "ethnic Albanians" takes the nearest other state named in the sentence, else
        the latest one named before it, else the nationality's own state.
        """
        doc = self.doc
        states = [(h.start, c) for h in names
                  if h.best.kind in STATE_KINDS + ("demonym",) and (c := _country_of(h.best)) != "IGO"]
        named = {c for _, c in states}
        out: list[Hit] = []
        for hit in names:
            entry = hit.best
            if entry.kind == "ethnic":
                countries = self.lex.ethnic.get(entry.key, ())
                chosen = next((c for c in countries if c in named), countries[0] if countries else None)
                hit = new_hit(hit.start, hit.end, (Entry("ethnic", chosen or ""),))
            elif entry.kind == "demonym" and hit.start > 0 and doc[hit.start - 1].lower_ in self.lex.ethnic_words:
                sent = doc[hit.start].sent
                others = [(i, c) for i, c in states if c and c != entry.key]
                near = sorted((abs(i - hit.start), c) for i, c in others if sent.start <= i < sent.end)
                before = [c for i, c in others if i < hit.start]
                chosen = near[0][1] if near else before[-1] if before else entry.key
                hit = new_hit(hit.start - 1, hit.end, (Entry("ethnic", chosen),))
            out.append(hit)
        return out

    # ---- extra hits: people spaCy finds, surnames, short forms -----------------------------------
    def _doc_countries(self) -> dict[str, int]:
        """How often the story names each country (by name, demonym, place or a person serving it); read-only."""
        return self._named_counts

    @cached_property
    def _named_counts(self) -> dict[str, int]:  # `names` and `collectives` are fixed once __init__ has run
        countries: dict[str, int] = {}
        for h in self.names:
            if h.best.kind == "ethnic":  # a community is not its state
                continue
            country = _country_of(h.best)
            if h.best.kind == "person":
                country = status_on(self.kb.people[h.best.key], self.date).country
            if country and country != "IGO":
                countries[country] = countries.get(country, 0) + 1
        for _, states in self.collectives:
            for country in states:
                countries[country] = countries.get(country, 0) + 1
        return countries

    def _surname_hit(self, text: str, named: list[str], local: dict[str, str],
                     countries: dict[str, int], role_hint: str | None = None) -> Entry | None:
        word = text.split()[-1] if text.split() else text
        word = word.lower()
        if word in local:
            return Entry("unknown", local[word])
        candidates = matcher_for(self.doc.vocab).surnames.get(word, [])
        earlier = [pid for pid in named if pid in candidates]
        if earlier:
            in_office = [pid for pid in earlier if status_on(self.kb.people[pid], self.date).sector != "ELI"]
            return Entry("person", (in_office or earlier)[0])
        chosen = pick_by_surname(candidates, self.date, countries, self.kb, role_hint)
        if chosen:
            return Entry("person", chosen)
        # "President Bush" between two Bushes: who is unclear, but where every candidate served is not
        pool = [pid for pid in candidates if pid in self.kb.people and (role_hint is None or any(
            t.role == role_hint for t in self.kb.people[pid].terms))]
        served = {t.country for pid in pool for t in self.kb.people[pid].terms}
        if len(served) == 1 and (role_hint or len(pool) > 1):
            return Entry("unknown", slug(text), country=served.pop())
        return None

    def _title_before(self, start: int) -> str | None:
        """The office named by a title just before a name ("President" in "President Obama")."""
        ending = self._sectors_by_end.get(start)
        return self.lex.titles.get(words_text(self.doc, ending.start, ending.end).lower()) if ending is not None else None

    @cached_property
    def _sectors_by_end(self) -> dict[int, Hit]:
        """The first sector hit ending at each token (a title is looked up per name: no scan each time)."""
        out: dict[int, Hit] = {}
        for hit in self.sectors:
            out.setdefault(hit.end, hit)
        return out

    def extra_hits(self) -> list[Hit]:
        doc = self.doc
        covered = {i for h in self.names + self.sectors for i in range(h.start, h.end)}
        covered.update(i for i, _ in self.collectives)
        countries = self._doc_countries()
        named: list[str] = []
        for h in self.names:
            if h.best.kind == "person" and h.best.key not in named:
                named.append(h.best.key)
        local: dict[str, str] = {}
        extra: list[Hit] = []
        ents = entities(doc)  # spaCy makes the entity spans anew on every `doc.ents`
        for ent in ents:
            if ent.label_ != "PERSON" or not covered.isdisjoint(range(ent.start, ent.end)):
                continue
            tokens = [t for t in ent if t.pos_ == "PROPN" or t.text[:1].isupper()]
            if not tokens or _names_a_thing(ent.root):
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2  # "Moon Jae-in": the tagger often cuts the name at the hyphen
            text = words_text(doc, start, end)
            entry = self._surname_hit(text, named, local, countries, self._title_before(start)) \
                if end - start == 1 else None
            if entry is None:
                entry = Entry("unknown", slug(text))
                if end - start > 1:
                    local[surname_of(text, None).lower()] = entry.key
                    local[doc[start].lower_] = entry.key
                else:  # a lone name the tagger knows as a person: its later bare mentions are that person
                    local.setdefault(text.lower(), entry.key)
            extra.append(new_hit(start, end, (entry,)))
            covered.update(range(start, end))
        surnames = set(local) | {surname_of(self.kb.people[p].name, None).lower() for p in named}
        surnames |= {self.kb.people[p].name.split()[0].lower() for p in named}
        known = matcher_for(doc.vocab).surnames
        lower, strings = _offsets(doc).lower, doc.vocab.strings
        for i in proper_names(doc):  # surnames the tagger missed or took for an organisation ("Kishida said")
            if i in covered:
                continue
            word = strings[lower[i]]
            if word not in surnames and word not in known:
                continue
            token = doc[i]
            if word not in surnames and token.ent_type_ not in NAMEISH:
                continue
            entry = self._surname_hit(token.text, named, local, countries)
            if entry:
                extra.append(new_hit(token.i, token.i + 1, (entry,)))
                covered.add(token.i)
        for ent in ents:  # organisations the knowledge base does not know, when they take part
            if ent.label_ == "ORG" and covered.isdisjoint(range(ent.start, ent.end)) \
                    and ent.root.dep_ in ARGUMENT_DEPS | {"poss", "pobj"}:
                extra.append(new_hit(ent.start, ent.end, (Entry("unlisted", slug(ent.text)),)))
                covered.update(range(ent.start, ent.end))
        for token in tokens_with(doc, frozenset(self.lex.short_forms)):
            rules = self.lex.short_forms.get(token.text)
            if not rules or token.i in covered or token.i == 0 or doc[token.i - 1].lower_ != "the":
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            for country, when in rules:
                if when & countries.keys():
                    extra.append(new_hit(token.i, token.i + 1, (Entry("country", country),)))
                    break
        return extra

    # ---- building mentions ----------------------------------------------------------------------
    def run(self) -> list[Found]:
        doc = self.doc
        groups: dict[int, list[Hit]] = {}
        arrays = doc_arrays(doc)  # the climb below on the head and label columns: no Token per step
        heads, deps = arrays.heads, arrays.dep
        for hit in self.names + self.extra_hits() + self.sectors:
            root = hit.start if hit.end - hit.start == 1 else _root(doc, hit).i
            if hit.best.kind in CUE_KINDS and deps[root] == CONJ_ID and deps[heads[root]] in MOD_DEP_IDS:
                root = heads[root]  # "North Korean and Japanese diplomats": both modify "diplomats"
            while deps[root] in MOD_DEP_IDS and heads[root] != root:  # the noun a modifier belongs to: climb compound,
                root = heads[root]  # amod, poss ... arcs
            groups.setdefault(root, []).append(hit)
        for anchor_i in sorted(groups):
            self._build(doc[anchor_i], sorted(groups[anchor_i], key=lambda h: h.start))
        # countries named as such (not by a nationality on some group), for "the government", "the regime"
        self.named_countries = sorted([(h.start, c) for hits in groups.values() for h in hits
                                       if h.best.kind in STATE_KINDS and (c := _country_of(h.best))]
                                      + [(i, c) for i, states in self.collectives for c in states])
        for i, states in self.collectives:
            start, end, text = _span(doc, i, i + 1, doc[i])
            for country in states:
                self.found.append(Found(start, end, text, i, "state", country, self.kb.countries[country].name
                                        if country in self.kb.countries else country, country, None, plural=True,
                                        used={i}))
        self._inherit()
        self.found.sort(key=lambda f: f.start)
        return self.found

    def _add(self, found: Found | None) -> None:
        if found is not None:
            self.found.append(found)
            self.by_head.setdefault(found.head, found)

    def _build(self, anchor: Token, hits: list[Hit]) -> None:
        if anchor.lower_ in self.lex.topic_nouns:  # "a North Korea expert": the name is the subject studied
            hits = [h for h in hits if not (h.end <= anchor.i and h.best.kind in TOPIC_KINDS)]
        cues = [h for h in hits if h.best.kind in CUE_KINDS]
        countries = [c for h in cues if (c := _country_of(h.best))]
        if countries:
            self.cue_country[anchor.i] = countries[0]
        at_anchor = [h for h in hits if h.start <= anchor.i < h.end]
        head = at_anchor[0] if at_anchor else None
        if head is not None and head.best.kind == "sector" and anchor.dep_ not in ("nsubj", "nsubjpass") \
                and words_text(self.doc, head.start, head.end).lower() in self.lex.doer_only:
            hits = [h for h in hits if h is not head]  # "in the capital", "the state of emergency"
            head = None
        people = []
        for hit in hits:
            if hit.best.kind in ("person", "unknown"):
                own = hits if hit is head else self._prefix(hits, hit)
                own_countries = countries if hit is head else [c for h in own if (c := _country_of(h.best))]
                people.append(self._person(anchor, hit, own, own_countries))
                self._add(people[-1])
        doer = anchor.dep_ in ARGUMENT_DEPS or anchor.dep_ == "pobj" and anchor.head.dep_ == "agent"
        marks = [h for h in hits if h.best.kind == "sector" and h.start < anchor.i and self.doc[h.end - 1].pos_ == "ADJ"]
        if head is None and marks and doer and anchor.tag_ in ("NNS", "NNPS") and not people:
            # "civilian advisers", "military sources": plural people named by an adjective of their sector
            countries = [c for c in countries if c != "IGO"] or countries
            self._add(self._group(anchor, marks[-1], hits, countries[:1]))
        elif head is None:
            for hit in cues:
                self._add(self._standalone(_root(self.doc, hit), hit))
                if hit.best.kind == "demonym" and doer and anchor.pos_ in ("NOUN", "PROPN"):
                    # "the Turkish side agreed": a nationality on a participant names its state
                    start, end, text = _span(self.doc, hit.start, hit.end, self.doc[hit.start])
                    self._add(Found(start, end, text, hit.start, "state", hit.best.key, text, hit.best.key, None,
                                    used=set(range(hit.start, hit.end))))
        elif head.best.kind == "sector":
            # "Yoon's administration": a person's office takes the person's country, not the context's
            countries = countries or [p.country for p in people if p.country][:1]
            if marks and marks[-1] is not head:
                head = marks[-1]  # "civilian advisers", "military officials": the adjective says which sector
            for country in dict.fromkeys(countries or [None]):
                own = [h for h in hits if _country_of(h.best) in (country, None)] if len(set(countries)) > 1 else hits
                group = self._group(anchor, head, own, [country] if country else [])
                group.definite = group.definite and not people
                self._add(group)
        elif head.best.kind in CUE_KINDS:
            self._add(self._standalone(anchor, head, hits))
        elif head.best.kind == "unlisted":
            start, end, text = _span(self.doc, min(h.start for h in hits), max(h.end for h in hits), anchor)
            self._add(Found(start, end, text, anchor.i, "organisation", head.best.key, words_text(self.doc, head.start, head.end),
                            countries[0] if countries else None, None,
                            used={i for h in hits for i in range(h.start, h.end)}))

    def _prefix(self, hits: list[Hit], hit: Hit) -> list[Hit]:
        """A name with the titles and nationalities written right before it, when the name is not its
        phrase's head ("President Reagan's plan": the title still belongs to Reagan)."""
        own = [hit]
        for other in sorted((h for h in hits if h.end <= hit.start), key=lambda h: -h.end):
            if other.end != own[0].start or other.best.kind not in CUE_KINDS | {"sector"}:
                break
            if other.best.kind == "sector" and words_text(self.doc, other.start, other.end).lower() not in self.lex.titles:
                break
            own.insert(0, other)
        return own

    def _gender(self, anchor: Token, start: int) -> str | None:
        """"male"/"female" from honorifics and gendered titles in a person's phrase or just before it."""
        first = max(0, min(start, anchor.i) - 1)  # the word before the phrase: "Mr", "Ms"
        strings = self.doc.vocab.strings  # the words' lower-case forms from the column: no Span, no Tokens
        words = {strings[word] for word in _offsets(self.doc).lower[first:anchor.i + 1]}
        words |= {c.lower_ for c in dependents(anchor) if c.dep_ in ("appos", "compound")}
        male, female = bool(words & self.lex.male), bool(words & self.lex.female)
        return "male" if male and not female else "female" if female and not male else None

    def _gender_of_role(self, role: str | None) -> str | None:
        words = set((role or "").split())
        return "male" if words & self.lex.male else "female" if words & self.lex.female else None

    def _person(self, anchor: Token, hit: Hit, hits: list[Hit], countries: list[str]) -> Found:
        doc, entry = self.doc, hit.best
        start, end, text = _span(doc, min(h.start for h in hits), max(h.end for h in hits), doc[hit.start])
        words = _left_words(doc, anchor, min(h.start for h in hits)) if len(hits) > 1 else set()
        titles = [h for h in hits if h.best.kind == "sector"]
        title = words_text(doc, titles[-1].start, titles[-1].end).lower() if titles else None
        role_hint = self.lex.titles.get(title) if title else None
        elite = bool(words & self.lex.elite_modifiers)
        used = {i for h in hits for i in range(h.start, h.end)}
        gender = self._gender(anchor, min(h.start for h in hits))
        if entry.kind == "person":
            person = self.kb.people[entry.key]
            status = status_on(person, self.date, role_hint, titled=not elite)
            sector = "ELI" if elite else status.sector
            return Found(start, end, text, anchor.i, "person", person.person_id, person.name, status.country, sector,
                         status.role, person_id=person.person_id, elite=elite, used=used,
                         role_hint=None if elite else role_hint, gender=gender or self._gender_of_role(status.role))
        sector = titles[-1].best.key if titles else None
        if elite and sector in ("GOV", "MIL", "LEG", "JUD", None):
            sector = "ELI"
        name = words_text(doc, hit.start, hit.end)
        country = countries[0] if countries else entry.country
        return Found(start, end, text, anchor.i, "person", entry.key, name, country, sector, title, elite=elite,
                     used=used, gender=gender)

    def _group(self, anchor: Token, head: Hit, hits: list[Hit], countries: list[str]) -> Found:
        doc = self.doc
        phrase = words_text(doc, head.start, head.end).lower()
        sector = head.best.key
        first = min(h.start for h in hits if h.best.kind != "person")
        words = _left_words(doc, anchor, first)
        elite = bool(words & self.lex.elite_modifiers)
        armed = [h.best.sector for h in hits if h.best.kind in ("organisation", "institution") and h.best.sector in ARMED]
        if sector == "UAF" and armed:
            sector = armed[0]  # "Boko Haram fighters": armed people of a group the text names are that group's
        if elite and sector in ("GOV", "MIL", "LEG", "JUD"):
            sector = "ELI"
        plural = phrase in self.lex.plural or anchor.tag_ in ("NNS", "NNPS")
        dets = {c.lower_ for c in dependents(anchor) if c.dep_ in ("det", "nummod", "quantmod")}
        # "the government", "its army", and bare "Police said": one country's institution, named in context
        bare = not any(c.dep_ in ("det", "nummod", "quantmod", "poss") for c in dependents(anchor))
        definite = "the" in dets or any(c.dep_ == "poss" for c in dependents(anchor)) or bare
        country = countries[0] if countries else None
        # "Kurdish leaders": a community has no government; its leaders are its elite
        community = any(h.best.kind == "ethnic" and h.best.key == country for h in hits)
        if community and sector == "GOV":
            sector = "ELI"
        start, end, text = _span(doc, first, max(h.end for h in hits if h.best.kind != "person"), anchor)
        role = self.lex.titles.get(phrase)
        title = None
        if role and not plural and not elite and not dets & INDEFINITE and not community:
            title = (country or "", role)
        used = {i for h in hits if h.best.kind != "person" for i in range(h.start, h.end)}
        key = "-".join(p for p in (country, sector) if p)
        return Found(start, end, text, anchor.i, "group", key, text, country, sector, phrase if role else None,
                     elite=elite, title=title, plural=plural, definite=definite, used=used)

    def _standalone(self, anchor: Token, hit: Hit, hits: list[Hit] | None = None) -> Found | None:
        doc, entry = self.doc, hit.best
        span_hits = hits or [hit]
        start, end, text = _span(doc, min(h.start for h in span_hits), max(h.end for h in span_hits), doc[hit.start])
        used = set(range(hit.start, hit.end))
        if entry.kind == "country":
            name = self.kb.countries[entry.key].name if entry.key in self.kb.countries else entry.key
            return Found(start, end, text, anchor.i, "state", entry.key, name, entry.key, None, used=used)
        if entry.kind in ("place", "seat") and _is_locative(anchor):
            # "a curfew in Abidjan", "talks in Tokyo": the town as a place, its people when something is
            # done there; kept for spans only, never an actor of its own
            return Found(start, end, text, anchor.i, "state", f"{entry.key}-CVL", text, entry.key, "CVL", used=used,
                         locative=True)
        if entry.kind == "place":  # "Odesa was shelled", "Busan said": a town or region stands for its state
            return Found(start, end, text, anchor.i, "state", entry.key, text, entry.key, None, used=used)
        if entry.kind == "seat":  # "Tokyo protested": the seat of government stands for the government
            return Found(start, end, text, anchor.i, "state", f"{entry.key}-GOV", text, entry.key, "GOV", used=used)
        if entry.kind == "institution":
            # a generic institution name ("Metropolitan Police") belongs to the country its phrase names
            others = [c for h in span_hits if h is not hit and (c := _country_of(h.best)) and c != "IGO"]
            country = others[0] if others else entry.key
            used |= {i for h in span_hits for i in range(h.start, h.end)}
            key = f"{country}-{entry.sector}"
            return Found(start, end, text, anchor.i, "organisation", key, text, country, entry.sector, used=used)
        if entry.kind in ("igo", "organisation"):
            org = self.kb.organisations[entry.key]
            return Found(start, end, text, anchor.i, "organisation", org.org_id, org.name, org.country, org.sector,
                         used=used)
        if entry.kind == "demonym" and anchor.i in used and anchor.dep_ in ARGUMENT_DEPS \
                and anchor.tag_ not in ("NNS", "NNPS") and not anchor.lower_.endswith("s"):
            # "the French said", "talks with the Turkish": an adjective standing for its side, the state
            return Found(start, end, text, anchor.i, "state", entry.key, text, entry.key, None, used=used)
        # "Kurds", "Americans" as a phrase of their own: the community or nationality's people
        if entry.kind in ("demonym", "ethnic") and anchor.i in used and anchor.pos_ in ("NOUN", "PROPN"):
            return Found(start, end, text, anchor.i, "group", f"{entry.key}-CVL", text, entry.key, "CVL",
                         plural=True, used=used)
        return None

    # ---- countries from of/from/at phrases and appositions; titles to their holders --------------
    def _inherit(self) -> None:
        doc = self.doc
        dropped: set[int] = set()
        for found in list(self.found):
            if found.country is None and found.kind in ("group", "person"):
                anchor = doc[found.head]  # made only for a mention still without a country
                linking = mention_words("linking") | ({"in"} if found.kind == "group" else set())  # "police in Kenya"
                if found.kind == "group" and anchor.lower_ in self.lex.settlements:
                    linking = linking | mention_words("locative")  # "villages near the Moldovan border"
                for prep in (c for c in dependents(anchor) if c.dep_ == "prep" and c.lower_ in linking):
                    for obj in (c for c in dependents(prep) if c.dep_ == "pobj"):
                        inner = self.by_head.get(obj.i)
                        country = (inner.country if inner else None) or self.cue_country.get(obj.i)
                        if country:
                            self._set_country(found, country)
                            if inner is not None and inner.kind == "state":
                                dropped.add(id(inner))
                            break
        for found in self.found:
            if found.kind == "person":
                self._apposition(found, doc[found.head], dropped)
        self.found = [f for f in self.found if id(f) not in dropped]
        self._remember_people()
        for found in self.found:
            if found.title and found.kind == "group" and found.country:
                self._to_holder(found)

    def _set_country(self, found: Found, country: str) -> None:
        found.country = country
        if found.kind == "group":
            found.key = "-".join(p for p in (country, found.sector) if p)
            if found.title:
                found.title = (country, found.title[1])

    def _apposition(self, person: Found, anchor: Token, dropped: set[int]) -> None:
        related = [c for c in dependents(anchor) if c.dep_ == "appos"]
        if anchor.dep_ == "appos":
            related.append(anchor.head)
        for token in related:
            description = self.by_head.get(token.i)
            if description is None or description is person or description.kind != "group":
                continue
            person.gender = person.gender or self._gender(token, token.i)
            words = {t.lower_ for t in token.subtree if t.i < token.i}
            if person.person_id is not None and person.sector == "ELI" and description.sector not in (None, "ELI") \
                    and description.role and not words & self.lex.elite_modifiers \
                    and description.country in (None, person.country):
                # "Dlamini, the health minister": the text says they hold an office as it is written
                person.sector, person.role = description.sector, description.role
            if person.person_id is None:
                person.country = person.country or description.country
                person.sector = person.sector or description.sector
                person.role = person.role or description.role
            dropped.add(id(description))

    def _remember_people(self) -> None:
        """What the text once says of a person the knowledge base lacks holds for the whole story: "Kenyan
        Interior Minister X" makes a later "X said" Kenyan government too. A titled person with no country
        ("Interior Minister X" in a story about one state) serves the state the story names most, when
        one does."""
        told: dict[str, Found] = {}
        for found in self.found:
            if found.kind == "person" and found.person_id is None and (found.country or found.sector):
                best = told.get(found.key)
                if best is None or (found.country and not best.country):
                    told[found.key] = found
        countries = self._doc_countries()
        ranked = sorted(countries.items(), key=lambda kv: -kv[1])
        main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        for found in self.found:
            if found.kind != "person" or found.person_id is not None:
                continue
            known = told.get(found.key)
            if known is not None and known is not found:
                found.country = found.country or known.country
                found.sector = found.sector or known.sector
                found.role = found.role or known.role
            if found.country is None and found.sector in STATE_SECTORS and main:
                found.country = main
        for found in self.found:  # the first telling, now complete, for mentions before it too
            known = told.get(found.key)
            if known is not None and found.person_id is None and found.kind == "person" and found.country is None:
                found.country = known.country

    def _to_holder(self, found: Found) -> None:
        country, role = found.title or ("", "")
        pid = holder(country, role, self.date, self.kb)
        if pid is None and role in self.lex.top_roles:
            pid = holder(country, "*", self.date, self.kb)
        if pid is None:
            return
        person = self.kb.people[pid]
        status = status_on(person, self.date, role)
        found.kind, found.key, found.person_id, found.name = "person", pid, pid, person.name
        found.country, found.sector, found.role = status.country, status.sector, status.role
