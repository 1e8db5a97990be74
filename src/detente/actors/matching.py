"""Finding knowledge-base names and sector nouns in a parsed document with dictionary look-ups.

The index (lower-cased token tuples -> entries) is built once per spaCy vocabulary and knowledge
base (and kept between processes, see `_build`), so a document costs one look-up per token and name
length starting with it, never a loop over the knowledge base. It finds what a PhraseMatcher on
LOWER would, without building 16,000 pattern documents in every process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

import spacy
from spacy.strings import StringStore, get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from detente import derived
from detente.actors.kb import KnowledgeBase, knowledge_base
from detente.actors.lexicon import lexicon, mention_words
from detente.nlp.arrays import columns
from detente.nlp.perdoc import once_per_doc

# kinds of entries, in the order that breaks ties between equally long matches
KINDS = ("person", "igo", "organisation", "institution", "country", "seat", "ethnic", "demonym", "place", "sector")


class Entry(NamedTuple):
    """What a name in the knowledge base stands for (a small tuple: some 50,000 are read at start-up)."""

    kind: str  # one of KINDS
    key: str  # ISO3, organisation id, person_id, sector code or community name
    sector: str | None = None
    exact: str | None = None  # the written form when it must match case exactly (abbreviations)
    country: str | None = None  # an unresolved person's country when every candidate shares it


class Hit(NamedTuple):
    """Where a name or sector noun stands (token indices) and what it can stand for, the likeliest first
    (a small tuple: a document has hundreds)."""

    start: int  # token index
    end: int
    entries: tuple[Entry, ...]
    best: Entry  # entries[0], kept as a field: the actors stage reads it some 500 times a document, and a property
    # costs a Python call each read


def new_hit(start: int, end: int, entries: tuple[Entry, ...]) -> Hit:
    """A Hit with its likeliest entry (`entries` is never empty)."""
    return Hit(start, end, entries, entries[0])


@dataclass
class Matcher:
    """Names as tuples of spaCy string ids of their lower-cased tokens (what `Doc.to_array(LOWER)` holds),
    looked up once per token and name length: every occurrence of every name in `index` is found (as a
    PhraseMatcher on LOWER would), the longest of `table`'s. Keyed by ids rather than strings, a look-up
    needs no string read from the vocabulary."""

    index: dict[tuple[int, ...], list[Entry]]
    surnames: dict[str, list[str]]  # lower-cased surname -> person_ids
    table: dict[tuple[int, ...], list[Entry]] = field(default_factory=dict)  # generated names, pre-tokenized
    lengths: dict[int, tuple[int, ...]] = field(default_factory=dict)  # first token -> name lengths in `table`
    index_lengths: dict[int, tuple[int, ...]] = field(default_factory=dict)  # first token -> lengths in `index`
    # the first two tokens of every name of two or more tokens in `index` and in `table`: a longer look-up
    # is made only where the next word can continue a name (most first words, "north", "minister", "of",
    # stand alone far more often than they begin a name)
    index_pairs: frozenset[tuple[int, int]] = frozenset()
    table_pairs: frozenset[tuple[int, int]] = frozenset()


def _forms(kb: KnowledgeBase) -> list[tuple[str, Entry]]:
    """The generated tables' names, already split into tokens (joined by spaces) when the tables were built."""
    pairs: list[tuple[str, Entry]] = []
    for p in kb.people.values():
        pairs += [(form, Entry("person", p.person_id)) for form in p.forms]
    for o in kb.organisations.values():
        kind = "igo" if o.country == "IGO" else "organisation"
        pairs += [(form, Entry(kind, o.org_id, o.sector)) for form in o.forms]
    pairs += [(form, Entry("place", country)) for form, country in kb.place_forms.items()]
    return pairs


def _table(pairs: list[tuple[str, Entry]], taken: dict[tuple[str, ...], list[Entry]]
           ) -> tuple[dict[tuple[str, ...], list[Entry]], dict[str, tuple[int, ...]]]:
    """A dict from lower-cased token tuples to entries, and the lengths to try after each first token.
    Names the curated lists already match keep only their curated entries."""
    table: dict[tuple[str, ...], list[Entry]] = {}
    lengths: dict[str, set[int]] = {}
    for form, entry in pairs:
        tokens = form.split(" ")
        key = tuple(t.lower() for t in tokens)
        if key in taken:
            continue
        if _is_abbreviation(form):
            entry = Entry(entry.kind, entry.key, entry.sector, exact=form.replace(" ", ""))
        bucket = table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        lengths.setdefault(key[0], set()).add(len(key))
    for bucket in table.values():
        bucket.sort(key=lambda e: KINDS.index(e.kind))
    return table, {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}


def _names(kb: KnowledgeBase) -> list[tuple[str, Entry]]:
    """Every (written form, entry) pair the matcher should find."""
    pairs: list[tuple[str, Entry]] = []
    for c in kb.countries.values():
        for name in {c.name, c.official or "", *c.aliases} - {""}:
            pairs.append((name, Entry("country", c.iso3)))
        for name in c.demonyms:
            pairs.append((name, Entry("demonym", c.iso3)))
        for name in c.seats + ([c.capital] if c.capital else []):
            pairs.append((name, Entry("seat", c.iso3, "GOV")))
        for name, sector in c.institutions.items():
            pairs.append((name, Entry("institution", c.iso3, sector)))
    for o in kb.organisations.values():
        kind = "igo" if o.country == "IGO" else "organisation"
        if o.forms:
            continue  # a generated body: matched through the pre-tokenized table
        for name in {o.name, o.org_id, *o.aliases}:
            pairs.append((name, Entry(kind, o.org_id, o.sector)))
    for p in kb.people.values():
        if p.generated:
            continue  # matched through the pre-tokenized table
        for name in {p.name, *p.aliases}:
            pairs.append((name, Entry("person", p.person_id)))
    for name, country in kb.places.items():
        pairs.append((name, Entry("place", country)))
    for name in lexicon().ethnic:  # key: the community's name; its countries are in the lexicon
        pairs.append((name, Entry("ethnic", name)))
    for noun, sector in lexicon().nouns.items():
        pairs.append((noun, Entry("sector", sector, sector)))
    return pairs


def _is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def surname_of(name: str, country: str | None) -> str:
    """The word a person is known by on later mentions: the family name."""
    words = name.replace(",", " ").split()
    if not words:
        return ""
    if country in lexicon().family_name_first:
        return words[0].split("-")[0]
    return words[-1]


Prepared = tuple[dict[tuple[str, ...], list[Entry]], dict[str, list[str]], dict[tuple[str, ...], list[Entry]],
                 dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]


def _prepare(kb: KnowledgeBase, vocab: Vocab) -> Prepared:
    """The matcher's look-ups in plain values: the index, the surnames, the generated names' table and
    the name lengths after each first token. Tokenizing some 16,000 names is the costly part; the result
    depends only on the knowledge base's files and spaCy's English tokenizer, so it is kept in the
    derived-data cache (see `_build`)."""
    nlp = spacy.blank("en", vocab=vocab)  # the English tokenizer, as the pipelines use
    index: dict[tuple[str, ...], list[Entry]] = {}
    index_lengths: dict[str, set[int]] = {}
    pairs = _names(kb)
    pairs += [(name.replace("'", "\u2019"), entry) for name, entry in pairs if "'" in name]  # curly apostrophes
    for name, entry in pairs:
        text = name.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if not text:
            continue
        if entry.kind != "sector" and _is_abbreviation(text):
            entry = Entry(entry.kind, entry.key, entry.sector, exact=text)
        doc = nlp.make_doc(text)
        key = tuple(t.lower_ for t in doc)
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if key:
            index_lengths.setdefault(key[0], set()).add(len(key))
    for bucket in index.values():
        bucket.sort(key=lambda e: KINDS.index(e.kind))
    surnames: dict[str, list[str]] = {}
    for person in kb.people.values():
        country = person.terms[0].country if person.terms else None
        for name in {person.name, *person.aliases}:
            family = surname_of(name, country).lower()
            if family and person.person_id not in surnames.get(family, []):
                surnames.setdefault(family, []).append(person.person_id)
    table, lengths = _table(_forms(kb), index)
    firsts = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in index_lengths.items()}
    return index, surnames, table, lengths, firsts


# the code that turns the knowledge base into the matcher's values: a change to it makes a new cache entry
CODE = (Path(__file__), Path(__file__).with_name("lexicon.py"), Path(__file__).with_name("kb.py"))


@lru_cache(maxsize=4)
def _build(vocab: Vocab, kb_version: int) -> Matcher:
    kb = knowledge_base()
    if kb.sources:  # read from files: cache by their bytes, this code and spaCy's version (its tokenizer)
        key = derived.fingerprint([*map(Path, kb.sources), *CODE], spacy.__version__)
        # kept keyed by string ids, not strings: turning 39,000 names' tokens into ids took every process
        # about 0.3 CPU s on its first document (a Dask model server's start-up, while the workers wait);
        # the ids are spaCy's hashes of the strings, fixed for its version (in the key)
        return Matcher(*derived.cached("actor-matcher-ids", key, lambda: _keyed(_prepare(kb, vocab))))
    return Matcher(*_keyed(_prepare(kb, vocab)))


def _keyed(prepared: Prepared) -> tuple:
    """The matcher's fields from `_prepare`'s tables: names as tuples of string ids."""
    index, surnames, table, lengths, firsts = prepared
    return (_by_ids(index), surnames, _by_ids(table), _first_ids(lengths), _first_ids(firsts),
            _pairs(index), _pairs(table))


def _by_ids(names: dict[tuple[str, ...], list[Entry]]) -> dict[tuple[int, ...], list[Entry]]:
    return {tuple(map(get_string_id, key)): entries for key, entries in names.items()}


def _first_ids(lengths: dict[str, tuple[int, ...]]) -> dict[int, tuple[int, ...]]:
    return {get_string_id(first): sizes for first, sizes in lengths.items()}


def _pairs(names: dict[tuple[str, ...], list[Entry]]) -> frozenset[tuple[int, int]]:
    return frozenset((get_string_id(key[0]), get_string_id(key[1])) for key in names if len(key) > 1)


def matcher_for(vocab: Vocab) -> Matcher:
    return _build(vocab, knowledge_base().version)


def _exact(exact: str, words: _Words, start: int, end: int) -> bool:
    """The span's text without its spaces is its tokens' texts joined."""
    return "".join(words[i] for i in range(start, end)).replace(" ", "") == exact.replace(" ", "")


def _capitalised(words: _Words, start: int, end: int, particles: frozenset[str]) -> bool:
    first = words[start]
    # "al-Shabaab", "de Mistura": the word after the particle decides
    if first.lower() in particles and end - start > 1:
        first = words[start + 2 if words[start + 1] == "-" and end - start > 2 else start + 1]
    return first[:1].isupper() or first[:1].isdigit()


def _named(entries: tuple[Entry, ...] | list[Entry], words: _Words, start: int, end: int,
           particles: frozenset[str]) -> tuple[Entry, ...]:
    """The entries other than sector nouns that the span's written form allows, in order: names must look like
    names in the text, capitalised, and abbreviations in their exact case (whether the span is capitalised
    is read once for all the entries it concerns)."""
    out = []
    capitalised: bool | None = None
    for entry in entries:
        if entry.kind == "sector":
            continue
        if entry.exact is not None:
            if _exact(entry.exact, words, start, end):
                out.append(entry)
            continue
        if capitalised is None:
            capitalised = _capitalised(words, start, end, particles)
        if capitalised:
            out.append(entry)
    return tuple(out)


class _Words:
    """A document's token texts by index, each read from the string store when first asked for (a name's
    case is checked at a few hundred places in a document, not at every token)."""

    def __init__(self, doc: Doc):
        self.orths = columns(doc).orth
        self.strings = doc.vocab.strings
        self.held: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        word = self.held.get(i)
        if word is None:
            word = self.held[i] = self.strings[self.orths[i]]
        return word


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then leftmost."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if taken.isdisjoint(range(hit.start, hit.end)):
            chosen.append(hit)
            taken.update(range(hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def find_hits(doc: Doc) -> tuple[list[Hit], list[Hit]]:
    """Knowledge-base hits and sector-noun hits, each without overlaps among themselves.

    A sector noun inside a longer name ("news agency" in a named agency) is dropped: the name's
    own entry carries the sector.
    """
    m = matcher_for(doc.vocab)
    names: list[Hit] = []
    sectors: list[Hit] = []
    # the lower-case words, from the document's array of string ids; a name is looked up only where a
    # word that begins one stands (about a third of a news article's words), and a name of several
    # words only where the next word can be its second
    ids = columns(doc).lower
    size_of_doc = len(ids)
    words = _Words(doc)
    particles = mention_words("name_particles")
    index, index_lengths, index_pairs = m.index, m.index_lengths, m.index_pairs
    for start in list(compress(range(size_of_doc), map(index_lengths.__contains__, ids))):  # (no Python step a word)
        first = ids[start]
        sizes = index_lengths[first]
        if sizes[0] > 1 and (start + 1 >= size_of_doc or (first, ids[start + 1]) not in index_pairs):
            sizes = (1,) if sizes[-1] == 1 else ()
        for size in sizes:
            end = start + size
            entries = index.get((first,) if size == 1 else tuple(ids[start:end])) if end <= size_of_doc else None
            if not entries:
                continue
            named = _named(entries, words, start, end, particles)
            if named:
                names.append(new_hit(start, end, named))
            if entries[-1].kind == "sector":  # sorted by KINDS: sector nouns come last
                sectors.append(new_hit(start, end, tuple(e for e in entries if e.kind == "sector")))
    if m.table:
        table, lengths, table_pairs = m.table, m.lengths, m.table_pairs
        for start in list(compress(range(size_of_doc), map(lengths.__contains__, ids))):
            first = ids[start]
            sizes = lengths[first]
            if sizes[0] > 1 and (start + 1 >= size_of_doc or (first, ids[start + 1]) not in table_pairs):
                sizes = (1,) if sizes[-1] == 1 else ()
            for size in sizes:
                if start + size > size_of_doc:
                    continue
                entries = table.get((first,) if size == 1 else tuple(ids[start:start + size]))
                named = _named(entries, words, start, start + size, particles) if entries else ()
                if named:
                    names.append(new_hit(start, start + size, named))
                    break
    names = _longest(names)
    covered = {i for h in names for i in range(h.start, h.end)}
    sectors = [h for h in _longest(sectors) if covered.isdisjoint(range(h.start, h.end))]
    return names, sectors


@lru_cache(maxsize=32)
def _hashes(strings: StringStore, words: frozenset[str]) -> frozenset[int]:
    return frozenset(strings.add(w) for w in words)


def _column(attr: str) -> Callable[[Doc], tuple[list[int], frozenset[int]]]:
    name = attr.lower()

    def read(doc: Doc) -> tuple[list[int], frozenset[int]]:
        values: list[int] = getattr(columns(doc), name)
        return values, frozenset(values)
    return read


_COLUMNS = {attr: _column(attr) for attr in ("ORTH", "LOWER", "LEMMA")}


def tokens_with(doc: Doc, words: frozenset[str], attr: str = "ORTH") -> list[Token]:
    """Tokens whose text (attr "ORTH"), lower-cased text ("LOWER") or lemma ("LEMMA") is one of `words`.

    The document's array of string hashes and the set of them are read once per document and attribute
    (several stages ask); most word lists meet none of a document's words, which the sets tell at once,
    and only the words present are looked for along the array.
    """
    if not words:
        return []
    values, present = once_per_doc(doc, f"tokens_with.{attr}", _COLUMNS[attr])
    wanted = present & _hashes(doc.vocab.strings, words)
    if not wanted:
        return []
    return [doc[i] for i, value in enumerate(values) if value in wanted]


def proper_names(doc: Doc) -> list[int]:
    """The indices of capitalised proper-noun tokens, picked from the document's attribute arrays."""
    held = columns(doc)
    return [i for i, (pos, title) in enumerate(zip(held.pos, held.is_title, strict=True)) if pos == PROPN and title == 1]
