"""The parse as plain Python lists, read once per document: heads, subtree edges and a few string-id columns.

spaCy makes a new `Token` for every word a walk touches (`doc[i]`, `token.head`, `token.subtree`), and
`token.subtree` goes through one nested generator per level of the tree, so a question asked of a whole phrase
("is a place named anywhere in it?", "which words does it hold?") costs far more than the words it reads. The
events stage asks such questions of the same phrases many times over; here the answers come from lists indexed
by token number, built once per document (`doc.to_array`), and only the words a caller keeps become Tokens.

A word's subtree is the stretch from its leftmost to its rightmost descendant whenever that stretch, and the stretch
of every word in it, holds exactly its descendants (always, for a projective parse); for any other word
`subtree_indices` walks the tree as spaCy's `subtree` does (left dependents' subtrees, the word, right ones'), on
lists: spaCy's walk rescans the word's whole stretch at every level, which made one long sentence with a
non-projective arc cost as much as the rest of the document. Every answer is the one `token.subtree` gives, in its
order (tests/test_nlp_arrays.py).
Words are compared by string id (`string_ids`), as `doc.to_array` gives them.
"""

from __future__ import annotations

from functools import cached_property
from itertools import chain, compress, pairwise, repeat
from operator import eq, sub

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_TITLE,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


class DocArrays:
    """Per token of one document, each read when first asked: its head, the edges of its subtree, and string ids
    (`spacy.strings.get_string_id` of `token.dep_`, `token.lower_`, `token.pos_`, `token.ent_type_`; 0 for no
    entity)."""

    def __init__(self, doc: Doc):
        self.doc = doc

    @cached_property
    def _parse(self) -> np.ndarray:
        """HEAD, DEP and ENT_TYPE per token in one `to_array` (one call costs about what three do)."""
        if not len(self.doc):
            return np.zeros((0, 3), dtype=np.uint64)
        return self.doc.to_array([HEAD, DEP, ENT_TYPE])

    @cached_property
    def _head_array(self) -> np.ndarray:
        offsets = self._parse[:, 0].astype(np.int64)  # the offset to the head, stored unsigned
        return offsets + np.arange(len(offsets), dtype=np.int64)

    @cached_property
    def heads(self) -> list[int]:
        """`token.head.i` per token."""
        return self._head_array.tolist()

    @cached_property
    def _edges(self) -> tuple[list[int], list[int], list[bool]]:
        """(first, last, contiguous) per token, each way the cheaper for the document's length (LEVELS_FROM)."""
        if len(self.doc) >= LEVELS_FROM:
            return _edges_by_levels(self._head_array)
        return _edges_by_walk(self.heads, self.dependents)

    @property
    def first(self) -> list[int]:
        """`token.left_edge.i` per token."""
        return self._edges[0]

    @property
    def last(self) -> list[int]:
        """`token.right_edge.i` per token."""
        return self._edges[1]

    @property
    def contiguous(self) -> list[bool]:
        """Whether `range(first, last + 1)` is the token's subtree in its order."""
        return self._edges[2]

    @cached_property
    def dependents(self) -> list[list[int]]:
        """Each token's dependents' numbers, in text order."""
        below: list[list[int]] = [[] for _ in self.heads]
        for k, h in enumerate(self.heads):
            if h != k:
                below[h].append(k)
        return below

    @cached_property
    def dep(self) -> list[int]:
        return self._parse[:, 1].tolist()

    @cached_property
    def lower(self) -> list[int]:
        return columns(self.doc).lower  # one read shared with the actors, quotes and claims stages

    @cached_property
    def pos(self) -> list[int]:
        # the shared column's list, kept on the arrays: asked thousands of times a document, a plain attribute
        # after the first, where a property called `columns` (two Python frames) on every read
        return columns(self.doc).pos

    @cached_property
    def lemma(self) -> list[int]:
        return columns(self.doc).lemma  # the shared column, kept here for the checks handed the arrays

    @cached_property
    def ent_type(self) -> list[int]:
        return self._parse[:, 2].tolist()


# from this many words up, a document's edges are worked out by NumPy rounds per tree level: for a short document
# (a wire story of a hundred words) the rounds' fixed cost is more than walking the words in Python, while for a
# long one (a feature of seven hundred) the walk's list of dependents per word costs several times the rounds
LEVELS_FROM = 300


def _edges_by_walk(heads: list[int], below: list[list[int]]) -> tuple[list[int], list[int], list[bool]]:
    """`DocArrays._edges` in one pass over the words, every word after its head, then back again: each word hands
    its edges and size to its head."""
    n = len(heads)
    first, last, size = list(range(n)), list(range(n)), [1] * n
    order = list(compress(range(n), map(eq, heads, range(n))))  # the roots (in C: this runs once per document)
    roots = len(order)
    # each word's dependents after it, read off the list while it grows (a list's iterator sees what is appended
    # after it started): the walk in C, one word at a time
    order.extend(chain.from_iterable(map(below.__getitem__, order)))
    del order[:roots]  # the roots hand nothing on
    order.reverse()
    for k, h in zip(order, map(heads.__getitem__, order), strict=True):
        if first[k] < first[h]:
            first[h] = first[k]
        if last[k] > last[h]:
            last[h] = last[k]
        size[h] += size[k]
    # a word's stretch is its subtree, in text order, when it and every word in it hold exactly their own
    # descendants (the stretches of its dependents then lie side by side, in order, around it): in a projective
    # parse every word does, which one comparison of two lists made in C tells
    if list(map(sub, last, first)) == list(map(sub, size, repeat(1))):
        return first, last, [True] * n
    gaps, broken = [0] * (n + 1), 0
    for k in range(n):
        if last[k] - first[k] + 1 != size[k]:
            broken += 1
        gaps[k + 1] = broken
    return first, last, [last[k] - first[k] + 1 == size[k] and gaps[last[k] + 1] == gaps[first[k]]
                         for k in range(n)]


def _edges_by_levels(heads: np.ndarray) -> tuple[list[int], list[int], list[bool]]:
    """`DocArrays._edges` with each word handing its edges and size to its head, the deepest words first, one NumPy
    round per level of the tree; a word's depth comes from pointer jumping (a few rounds whatever the depth)."""
    n = len(heads)
    if not n:
        return [], [], []
    index = np.arange(n, dtype=np.int64)
    depth = (heads != index).astype(np.int64)
    above = heads
    while True:  # depth[k] counts the arcs from k to above[k]; every round doubles the stretch
        further = above[above]
        if np.array_equal(further, above):
            break
        depth = depth + depth[above]
        above = further
    order = np.argsort(-depth, kind="stable")
    depths = depth[order]
    first, last, size = index.copy(), index.copy(), np.ones(n, dtype=np.int64)
    cuts = [0, *(np.flatnonzero(np.diff(depths)) + 1).tolist(), n]
    for start, end in pairwise(cuts):
        if depths[start] == 0:
            break  # the roots: they hand nothing on
        words = order[start:end]
        to = heads[words]
        np.minimum.at(first, to, first[words])
        np.maximum.at(last, to, last[words])
        np.add.at(size, to, size[words])
    # as in _edges_by_walk: a stretch is the subtree when no word in it holds other than its own descendants
    broken = (last - first + 1) != size
    gaps = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(broken, out=gaps[1:])
    contiguous = ~broken & (gaps[last + 1] == gaps[first])
    return first.tolist(), last.tolist(), contiguous.tolist()


def doc_arrays(doc: Doc) -> DocArrays:
    """The document's arrays (each column built on its first use for this document): once_per_doc's one slot, kept
    here in module globals read inline, as the events stage asks for them thousands of times per document."""
    if doc is not _arrays_doc:
        _arrays_for(doc)
    return _arrays_now


def _arrays_for(doc: Doc) -> None:
    """Make `doc` the document doc_arrays answers for, with its arrays (also in `_arrays`, read by nlp.syntax)."""
    global _arrays_doc, _arrays_now  # noqa: PLW0603  (the one slot, read inline)
    _arrays_now = DocArrays(doc)
    _arrays_doc = doc
    _arrays[0], _arrays[1] = doc, _arrays_now


_arrays_doc: Doc | None = None  # the document doc_arrays last answered for
_arrays_now: DocArrays | None = None  # and its arrays
_arrays: list = [None, None]  # the same two, as a list some callers read inline


def subtree_indices(token: Token, arrays: DocArrays | None = None) -> range | list[int]:
    """The token numbers of `token.subtree`, in its order."""
    held = arrays if arrays is not None else doc_arrays(token.doc)
    first, last, contiguous = held._edges
    i = token.i
    if contiguous[i]:
        return range(first[i], last[i] + 1)
    found: list[int] = []
    _walk(held.dependents, i, found)
    return found


def _walk(dependents: list[list[int]], i: int, out: list[int]) -> None:
    """`Token.subtree`'s order: the subtrees of the word's left dependents, the word, those of its right ones."""
    below = dependents[i]
    for k in below:
        if k < i:
            _walk(dependents, k, out)
    out.append(i)
    for k in below:
        if k > i:
            _walk(dependents, k, out)


_ids: dict[frozenset[str] | tuple[str, ...] | str, frozenset[int]] = {}


def string_ids(words: frozenset[str] | tuple[str, ...] | str) -> frozenset[int]:
    """The string ids of a word or a set of words (as the columns hold them), kept per process."""
    found = _ids.get(words)
    if found is None:
        found = _ids[words] = frozenset(get_string_id(w) for w in ((words,) if isinstance(words, str) else words))
    return found


COLUMN_ATTRS = (ORTH, LOWER, LEMMA, IDX, LENGTH, SENT_START, POS, IS_TITLE, LIKE_NUM)


class Columns:
    """Per token, as plain lists of the values `doc.to_array(attr)` gives (string ids, offsets, flags): the actors,
    quotes and claims stages each read a few of these columns per document, and one `to_array` of them all costs
    about a fifth of one call per column. SENT_START is as a multi-column `to_array` holds it (unsigned: -1 reads
    2**64 - 1), so compare it with 1 only."""

    __slots__ = ("orth", "lower", "lemma", "idx", "length", "sent_start", "pos", "is_title", "like_num")

    def __init__(self, doc: Doc):
        table = doc.to_array(list(COLUMN_ATTRS)).T.tolist() if len(doc) else [[] for _ in COLUMN_ATTRS]
        (self.orth, self.lower, self.lemma, self.idx, self.length, self.sent_start, self.pos, self.is_title,
         self.like_num) = table


def columns(doc: Doc) -> Columns:
    """The document's token columns, read once per document (one slot, in module globals read inline as in
    doc_arrays)."""
    if doc is not _columns_doc:
        _columns_for(doc)
    return _columns_now


def _columns_for(doc: Doc) -> None:
    """Make `doc` the document columns answers for, with its columns read."""
    global _columns_doc, _columns_now  # noqa: PLW0603  (the one slot, read inline)
    _columns_now = Columns(doc)
    _columns_doc = doc


_columns_doc: Doc | None = None  # the document columns last answered for
_columns_now: Columns | None = None  # and its columns
