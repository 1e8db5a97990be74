"""Syntax helpers every stage shares: tokens of a character span, the verb that governs a word,
the head of its clause, a verb's subject, object and prepositional attachments, sentence numbers.

Stages keep character offsets in their records (they are what the output prints); these helpers
turn them back into tokens of the one parse, so no stage rebuilds spans its own way.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.nlp.arrays import _arrays, columns, doc_arrays
from detente.nlp.perdoc import dependents, dependents_at, doc_text, once_per_doc, sentences
from detente.rules import RuleWords, is_on, switched_off_ids

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "obj")


def tokens_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens at least partly inside [start, end) (None when the span holds no token).

    Kept per document and span: `Doc.char_span` costs microseconds, and the events and time stages ask for
    the same trigger's or expression's tokens several times. The Span is shared: do not change it."""
    if doc is not _spans_doc:  # a new document: once_per_doc's one slot, in module globals read inline
        _spans_for(doc)
    key = (start, end)
    found = _spans.get(key, _MISSING)
    if found is _MISSING:
        found = _spans[key] = _expanded(doc, start, end)
    return found


def root_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of `tokens_at(doc, start, end)` (None when the span holds no token), kept per document and span
    as the spans are: `Span.root` walks the span and makes a new Token on every read, and the time stage reads a
    trigger's head word some ten times per event. The Token is shared."""
    if doc is not _spans_doc:
        _spans_for(doc)
    key = (start, end)
    found = _roots.get(key, _MISSING)
    if found is _MISSING:
        span = tokens_at(doc, start, end)
        found = _roots[key] = span.root if span is not None and len(span) > 0 else None
    return found


def _spans_for(doc: Doc) -> None:
    """Make `doc` the document tokens_at and root_at answer for, with nothing kept yet."""
    global _spans_doc, _spans, _roots  # noqa: PLW0603  (the one slot, read inline)
    _spans, _roots = {}, {}
    _spans_doc = doc


def _expanded(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")` found on the document's offset column: spaCy's own
    makes five Tokens to read three offsets. A token holds the characters from its start to the next token's
    (its trailing space included), the last one to the end of the text, as spaCy's `token_by_char` reads them."""
    held = columns(doc)
    offsets = held.idx
    # _token_by_char for both ends, inline (a Python frame each): the last token holds the characters up to the
    # text's end only, so that end is read only for a character at or past the last token's start
    n = len(offsets) - 1
    first = bisect_right(offsets, start) - 1
    if first < 0 or (first == n and start >= once_per_doc(doc, "syntax.text_end", _text_end)):
        return None
    last = bisect_right(offsets, end - 1) - 1
    if last < 0 or (last == n and end - 1 >= once_per_doc(doc, "syntax.text_end", _text_end)):
        return None
    if start == offsets[first] + held.length[first]:  # in the space after a word: the next word starts it
        first += 1
    return Span(doc, first, last + 1)


def _text_end(doc: Doc) -> int:
    """Where the last token's characters end, its trailing space included."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


_MISSING = object()
_spans_doc: Doc | None = None  # the document tokens_at and root_at last answered for
_spans: dict[tuple[int, int], Span | None] = {}  # its spans by offsets
_roots: dict[tuple[int, int], Token | None] = {}  # its head words by offsets


def words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` read off the offset columns and the document's text: the slice makes a Span through
    spaCy's Python `normalize_slice` and `.text` then makes a Token per word, while a stretch of words is the text
    from its first word's start to its last word's end. The numbers are clipped to the document as a slice clips
    them (the stages pass no negative ones; any such goes to spaCy)."""
    if start < 0 or end < 0:
        return doc[start:end].text
    n = len(doc)
    if start >= end or start >= n:
        return ""
    if end > n:
        end = n
    held = columns(doc)
    return doc_text(doc)[held.idx[start]:held.idx[end - 1] + held.length[end - 1]]


def span_root(doc: Doc, start: int, end: int) -> Token:
    """`doc[start:end].root` (0 <= start < end <= len(doc)) without making the Span where the answer is plain from
    the head column: the one word of the stretch whose head lies outside it, when no word in it is a sentence's
    root. Any other stretch (several words headed from outside, a root inside) and a Doc with a root hook are left
    to spaCy."""
    if "root" in doc.user_span_hooks:
        return Span(doc, start, end).root
    if end - start == 1:
        return doc[start]
    heads = doc_arrays(doc).heads
    found = -1
    for i in range(start, end):
        head = heads[i]
        if head == i:
            found = -2  # a sentence's root inside: spaCy's own rule
            break
        if not start <= head < end:
            if found != -1:
                found = -2  # a second word headed from outside: the nearest to the root, spaCy's own count
                break
            found = i
    if found < 0:
        return Span(doc, start, end).root
    return doc[found]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a word (itself when it is one), auxiliaries skipped; None above 8 arcs.

    Climbs the document's columns by token number (a Token per step, and `pos_`, cost more than the walk); the word
    itself when it is the verb, else a new Token for the one found, as the walk on Tokens gave."""
    doc = token.doc
    arrays = doc_arrays(doc)
    pos, dep, heads = arrays.pos, arrays.dep, arrays.heads
    k = token.i
    for _ in range(8):
        if pos[k] in VERBAL_POS and dep[k] != AUX_DEP:
            return token if k == token.i else doc[k]
        if heads[k] == k:
            return None
        k = heads[k]
    return None


def clause_head(token: Token) -> Token:
    """The verb that heads the clause this word belongs to (the root of the climb when none is).

    Kept per document and word (the time stage asks it of the same words over and over) in a table of its own by
    token number, a module global read inline (no look-up by name, no list between), as the stages ask this
    thousands of times a document."""
    if token.doc is not _clause_doc:
        _clause_heads_for(token.doc)
    found = _clause_heads[token.i]
    if found is None:
        found = _clause_heads[token.i] = _climb_to_clause_head(token)
    return found


def _clause_heads_for(doc: Doc) -> None:
    """Make `doc` the document clause_head answers for, with no answer kept yet."""
    global _clause_doc, _clause_heads  # noqa: PLW0603  (the one slot, read inline)
    _clause_heads = [None] * len(doc)
    _clause_doc = doc


_clause_doc: Doc | None = None  # the document clause_head last answered for
_clause_heads: list[Token | None] = []  # its answers by token number (None: not asked yet)


def pos_of(token: Token) -> int:
    """`token.pos` (the part of speech's id) read off the document's column: spaCy's getter turns the id into its enum
    member through a Python attribute look-up on every read, about 1,300 instructions, ten times a column read, and
    the time stage's rules read the part of speech of the same few words thousands of times a document."""
    doc = token.doc
    held = _pos_column
    if held[0] is not doc:
        held[0], held[1] = doc, doc_arrays(doc).pos
    return held[1][token.i]


def pos_at(doc: Doc, i: int) -> int:
    """`doc[i].pos` for a word number, read off the column without making the word's Token."""
    held = _pos_column
    if held[0] is not doc:
        held[0], held[1] = doc, doc_arrays(doc).pos
    return held[1][i]


_pos_column: list = [None, None]  # the document pos_of last answered for, and its part-of-speech column


def head_i(token: Token) -> int:
    """`token.head.i` read off the document's head column: `Token.head` makes a new Token for the head on every read,
    and the time stage's rules climb and test the same arcs thousands of times a document."""
    doc = token.doc
    held = _head_column
    if held[0] is not doc:
        held[0], held[1] = doc, doc_arrays(doc).heads
    return held[1][token.i]


_head_column: list = [None, None]  # the document head_i last answered for, and its heads by word


def _climb_to_clause_head(token: Token) -> Token:
    doc = token.doc  # by token number, as governing_verb
    arrays = doc_arrays(doc)
    pos, dep, heads = arrays.pos, arrays.dep, arrays.heads
    k = token.i
    for _ in range(8):
        if pos[k] in VERBAL_POS and dep[k] not in AUX_DEPS or heads[k] == k:
            break
        k = heads[k]
    return token if k == token.i else doc[k]


VERBAL_POS = frozenset({get_string_id("VERB"), get_string_id("AUX")})
AUX_DEP = get_string_id("aux")
AUX_DEPS = frozenset({AUX_DEP, get_string_id("auxpass")})
SUBJECT_IDS = frozenset(get_string_id(label) for label in SUBJECT_DEPS)
OBJECT_IDS = frozenset(get_string_id(label) for label in OBJECT_DEPS)
PRT_ID = get_string_id("prt")


def children(token: Token, *deps: str) -> list[Token]:
    """The token's dependents with one of these relations, in text order (compared by string id, as `Token.dep`
    gives it: `dep_` decodes the label anew for every dependent)."""
    wanted = _relation_ids.get(deps)
    if wanted is None:
        wanted = _relation_ids[deps] = frozenset(get_string_id(d) for d in deps)
    return [c for c in dependents(token) if c.dep in wanted]


_relation_ids: dict[tuple[str, ...], frozenset[int]] = {}  # the relations a caller names -> their string ids


def subject(verb: Token) -> Token | None:
    """The verb's own grammatical subject (active or passive), if it has one."""
    for c in dependents(verb):  # by string id: no `dep_` text; a loop, no generator made per call
        if c.dep in SUBJECT_IDS:
            return c
    return None


def direct_object(verb: Token) -> Token | None:
    for c in dependents(verb):  # (a loop: the events stage asks this of most verbs)
        if c.dep in OBJECT_IDS:
            return c
    return None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions hanging off the token, in the order the prepositions are listed."""
    held = _listed_at.get(id(preps))  # _listed_ids(preps), its kept answer read inline: asked for every argument
    if held is not None and held[0] is preps and (held[2] is None or not switched_off_ids()):
        order = held[1]
    else:
        order = _listed_ids(preps)
    if order is None:  # words that must be read as text (see _listed_ids)
        matched = [c for c in dependents(token) if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps]
        if not matched:
            return []
        matched.sort(key=lambda c: preps.index(c.lower_))  # stable: text order within one preposition
        return [g for child in matched for g in dependents(child) if g.dep_ in ("pobj", "pcomp")]
    # the same, on the document's columns by token number: only the objects found are Tokens (dependents' own)
    doc = token.doc
    arrays = _arrays[1] if _arrays[0] is doc else doc_arrays(doc)  # doc_arrays' slot, read inline
    dep, lower, below = arrays.dep, arrays.lower, arrays.dependents
    kept = []  # (a loop, no comprehension's function made per call: asked for every argument)
    for k in below[token.i]:
        if dep[k] in PREP_DEPS and lower[k] in order:
            kept.append(k)
    if not kept:
        return []
    if len(kept) > 1:
        kept.sort(key=lambda k: order[lower[k]])  # stable: text order within one preposition
    return [g for k in kept for g, j in zip(dependents_at(doc, k), below[k], strict=True) if dep[j] in POBJ_DEPS]


PREP_DEPS = frozenset(get_string_id(d) for d in ("prep", "agent", "dative"))
POBJ_DEPS = frozenset(get_string_id(d) for d in ("pobj", "pcomp"))
_listed: dict[tuple[str, ...], dict[int, int] | None] = {}  # a list's words in order -> its table
_listed_at: dict[int, tuple[object, dict[int, int] | None, str | None]] = {}  # id(list) -> (list, table, rule)


def _listed_ids(words: object) -> dict[int, int] | None:
    """The string id of each listed word -> its place in the list (the first, as `index` gives it), kept per list;
    for a rule's words (RuleWords) an empty table while the rule is off. None for other kinds of list, and for words
    with an apostrophe (RuleWords reads a typographic one as straight): those are compared as text."""
    held = _listed_at.get(id(words))
    if held is None or held[0] is not words:  # (the list is held there, so its id is not another's)
        held = _listing(words)
        if len(_listed_at) >= 256:  # lists made on the fly come and go: keep the table small
            _listed_at.clear()
        _listed_at[id(words)] = held
    rule = held[2]
    if rule is not None and not is_on(rule):
        return _NONE_LISTED
    return held[1]


def _listing(words: object) -> tuple[object, dict[int, int] | None, str | None]:
    if isinstance(words, RuleWords):
        key, rule = words._order, words.rule  # noqa: SLF001  (the list in its order, read without a copy)
    elif type(words) is tuple:
        key, rule = words, None
    else:
        return words, None, None
    found = _listed.get(key, _MISSING)
    if found is _MISSING:
        found = None
        if all(isinstance(w, str) and "'" not in w and "\u2019" not in w for w in key):
            found = {}
            for n, w in enumerate(key):
                found.setdefault(get_string_id(w), n)
        _listed[key] = found
    return words, found, rule  # type: ignore[return-value]


_NONE_LISTED: dict[int, int] = {}


def agent_of(verb: Token) -> Token | None:
    """The object of a passive's "by" phrase ("was freed by the rebels": rebels)."""
    for child in dependents(verb):
        if child.dep_ == "agent":
            objs = children(child, "pobj")
            if objs:
                return objs[0]
    return None


_past_of_morph: dict[int, bool] = {}


def past_tense(token: Token) -> bool:
    """Whether "Past" is among the word's Tense values (`token.morph.get("Tense")`), read once per morphological
    analysis: the key names the analysis, and `get` costs microseconds where the key costs a look-up."""
    key = token.morph.key
    found = _past_of_morph.get(key)
    if found is None:
        found = _past_of_morph[key] = "Past" in token.morph.get("Tense")
    return found


def sentence_of(token: Token) -> Span:
    """`token.sent`, found by bisection among the document's sentence Spans made once (nlp.perdoc.sentences): spaCy's
    `Token.sent` slices the word and walks to both ends of its sentence, some fifteen thousand instructions a call.
    The Span is shared: do not change it. A Doc with its own sentence hooks is left to spaCy."""
    doc = token.doc
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return token.sent
    starts = once_per_doc(doc, "syntax.sentence_starts", _sentence_starts)
    return sentences(doc)[bisect_right(starts, token.i) - 1]


def in_first_line(token: Token) -> bool:
    """The word's sentence starts before the text's first line break: a headline ("Rebels block road"), whose present
    tells the story's one happening, not a habit."""
    return sentence_of(token).start_char < doc_text(token.doc).find("\n")


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in sentences(doc)]


class SentenceIndex:
    """Sentence numbers of tokens, computed once per document (token.sent is slow)."""

    def __init__(self, doc: Doc):
        self.starts = [s.start for s in sentences(doc)]  # the document's sentence Spans, made once (nlp.perdoc)

    def of(self, token_i: int) -> int:
        return max(0, bisect_right(self.starts, token_i) - 1)


def small_clause_subject(verb: Token) -> Token | None:
    """The noun a verb acts on when the parser made it the subject of the verb's complement instead of its
    object: a verbless or infinitival small clause ("found the banker guilty", "declared the party a
    threat", "convicted the firm to pay damages"). English marks such a noun as the main verb's object (it
    takes "him", not "he"), so it is whom the act is done to. Finite that-clauses are left alone: in
    "said that Spain would pay" Spain is the clause's own doer."""
    if direct_object(verb) is not None:
        return None
    for comp in dependents(verb):
        if comp.dep_ not in ("ccomp", "xcomp", "oprd") or comp.i < verb.i:
            continue
        if any(c.dep_ == "mark" for c in dependents(comp)):
            return None  # "that", "whether", "if": a clause of its own
        verbless = comp.pos_ in ("ADJ", "NOUN", "PROPN")
        infinitive = comp.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(comp))
        if not (verbless or infinitive):
            continue
        subj = next((c for c in dependents(comp) if c.dep_ == "nsubj" and c.i < comp.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


def counted_object(verb: Token) -> Token | None:
    """The object the parser hid inside "up to N": "kidnapped up to 16 advisers" comes out as the particle "up"
    and a "to" phrase; a number on that phrase's noun says it is a count ("at most 16"), so the noun is the
    verb's object. None when the verb has a direct object or no such phrase."""
    kids = dependents(verb)  # kept per document (nlp.perdoc)
    for c in kids:  # relations by string id (no `dep_` text), in a loop (no generator made per call)
        if c.dep in OBJECT_IDS:
            return None
    for particle in kids:
        if particle.dep != PRT_ID or particle.lower_ != "up":
            continue
        for prep in (*dependents(particle), *kids):
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == particle.i + 1:
                obj = next((g for g in dependents(prep) if g.dep_ == "pobj"), None)
                if obj is not None and any(c.dep_ == "nummod" or c.like_num for c in dependents(obj)):
                    return obj
    return None
