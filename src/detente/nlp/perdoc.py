"""Values worked out once per parsed document and shared by every later call on the same document.

spaCy rebuilds `Doc.noun_chunks` and `Doc.ents` (and `Span.noun_chunks`/`Span.ents`, which walk the whole
document's) on every access, so asking for them once per sentence or per event makes a document cost
the square of its length. `once_per_doc(doc, name, build)` keeps the last document's value for each
name: the coder handles one document at a time, so one slot per name suffices, and holding the
document itself (compared by identity) means a new document can never be mistaken for an old one.
Parses are not changed after the pipeline made them; code that edits a Doc must not rely on these values.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from detente.nlp.arrays import doc_arrays
from detente.rules import switched_off_ids

T = TypeVar("T")

_last: dict[str, tuple[Doc, Any]] = {}


def once_per_doc(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed on the first call for this document and name, then reused."""
    held = _last.get(name)
    if held is None or held[0] is not doc:
        held = (doc, build(doc))
        _last[name] = held
    return held[1]


def _word_table(_: Doc) -> dict[int, Any]:
    return {}


def per_word_while_rules_on(token: Token, name: str, compute: Callable[[Token], T]) -> T:
    """`per_word` for answers the rules shape (None kept too): while a rule is switched off (the ablation command,
    tests of one rule) the answer is worked out afresh, so a table made with every rule on is never read back."""
    if switched_off_ids():
        return compute(token)
    doc = token.doc
    held = _last.get(name)
    if held is None or held[0] is not doc:
        held = _last[name] = (doc, {})
    table: dict[int, T] = held[1]
    i = token.i
    if i in table:
        return table[i]
    found = table[i] = compute(token)
    return found


def kept_per_word(compute: Callable[[Token], T]) -> Callable[[Callable[[Token], T]], Callable[[Token], T]]:
    """A decorator for a question the rules ask of the same words many times over: the function it decorates (its
    name and docstring; its body is never run) answers `compute(token)`, kept per document and word while no rule is
    switched off, as `per_word_while_rules_on` does, but in one frame and a table of its own (no wrapper calling it,
    no look-up by name): the dating rules ask such questions about a thousand times a document."""
    def decorate(named: Callable[[Token], T]) -> Callable[[Token], T]:
        held_doc: Doc | None = None  # the document last answered for
        table: dict[int, T] = {}  # and its answers by word

        def kept(token: Token) -> T:
            nonlocal held_doc, table  # (cells, read without a list between)
            if switched_off_ids():
                return compute(token)
            if token.doc is not held_doc:
                held_doc, table = token.doc, {}
            i = token.i
            if i in table:
                return table[i]
            found = table[i] = compute(token)
            return found

        return update_wrapper(kept, named)

    return decorate


def per_word(token: Token, name: str, compute: Callable[[Token], T]) -> T:
    """`compute(token)`, kept per document and word under `name`: for questions the stages ask of the same
    words many times over (a clause's head, an argument's span)."""
    doc = token.doc  # once_per_doc(doc, name, _word_table), inline: the stages ask this tens of thousands of times
    held = _last.get(name)
    if held is None or held[0] is not doc:
        held = _last[name] = (doc, {})
    table: dict[int, T] = held[1]
    i = token.i
    found = table.get(i)
    if found is None:
        found = table[i] = compute(token)
    return found


def _joined(doc: Doc) -> str:
    return doc.text


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document (spaCy joins every token's text again on each access); once_per_doc
    inline, as the stages ask this hundreds of times a document."""
    held = _last.get("text")
    if held is None or held[0] is not doc:
        held = _last["text"] = (doc, _joined(doc))
    return held[1]


def _entities(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per document: spaCy makes every entity's Span anew on each access, and the actors
    stage (twice) and the claims stage read them all."""
    return once_per_doc(doc, "ents", _entities)


def _sentence_spans(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.sents)


def sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, made once per document: spaCy makes every sentence's Span anew on each pass, and the analysis's
    sentence list and the coreference pass's sentence index both read them all. (once_per_doc inline.)"""
    held = _last.get("sents")
    if held is None or held[0] is not doc:
        held = _last["sents"] = (doc, _sentence_spans(doc))
    return held[1]


def dependents(token: Token) -> tuple[Token, ...]:
    """`token.children`, read once per document and word: spaCy walks the word's whole left and right edge and
    makes new Token objects on every `children` call (about ten times the cost of reading a kept tuple), and the
    events and time stages ask for the same verb's dependents many times over. Built from the document's list of
    dependents by token number (nlp.arrays), the same words in the same (text) order as `children` gives them;
    each word's Token is made once, in its head's tuple, as `children` would make it.

    The document's tables are module globals (one slot, as once_per_doc keeps), read without a list between: the
    stages ask this some five hundred times a document, and each step less in its usual path counts."""
    if token.doc is not _dependents_doc:  # dependents_at(token.doc, token.i), inline
        _dependents_for(token.doc)
    found = _dependents_tuples[token.i]
    if found is None:
        found = _dependents_tuples[token.i] = tuple(map(token.doc.__getitem__, _dependents_numbers[token.i]))
    return found  # (a comprehension makes a function each call)


def dependents_at(doc: Doc, i: int) -> tuple[Token, ...]:
    """`dependents(doc[i])`, for a caller that has the token's number (the tuple's words are
    `doc_arrays(doc).dependents[i]`, in that order)."""
    if doc is not _dependents_doc:
        _dependents_for(doc)
    found = _dependents_tuples[i]
    if found is None:
        found = _dependents_tuples[i] = tuple(map(doc.__getitem__, _dependents_numbers[i]))
    return found


def _dependents_for(doc: Doc) -> None:
    """Make `doc` the document `dependents` answers for: no tuple made yet, its dependents' numbers (nlp.arrays)."""
    global _dependents_doc, _dependents_tuples, _dependents_numbers  # noqa: PLW0603  (the one slot, read inline)
    _dependents_tuples = [None] * len(doc)
    _dependents_numbers = doc_arrays(doc).dependents
    _dependents_doc = doc


_dependents_doc: Doc | None = None  # the document dependents last answered for
_dependents_tuples: list[tuple[Token, ...] | None] = []  # its Tokens' tuples by head number (None: not made yet)
_dependents_numbers: list[list[int]] = []  # its dependents' numbers by head number


def known_text(doc: Doc, text: str) -> None:
    """Tell `doc_text` the text `doc` was parsed from, so it need not join the tokens again: spaCy's tokenizer
    keeps every character, so that text is `doc.text`. Only for a Doc made from exactly `text`."""
    _last["text"] = (doc, text)
