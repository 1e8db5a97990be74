"""A word's edges and whether its stretch is its subtree (nlp/arrays.py), both ways of reading them, against the
definition worked out word by word, on many random forests: projective ones (where the walk answers with one
comparison of two lists) and crossing ones (where it checks every word), several sentences to a document."""

from __future__ import annotations

import random

import numpy as np

from detente.nlp.arrays import _edges_by_levels, _edges_by_walk


def _spacy_order(k: int, below: list[list[int]]) -> list[int]:
    """`Token.subtree`'s order: the left dependents' subtrees, the word, the right ones'."""
    left = [i for c in below[k] if c < k for i in _spacy_order(c, below)]
    right = [i for c in below[k] if c > k for i in _spacy_order(c, below)]
    return [*left, k, *right]


def _forest(rng: random.Random, n: int, crossing: bool) -> list[int]:
    """Heads of n words in a few trees; each word hangs on a word of its own tree, next to it or further off."""
    heads, root = [], 0
    for k in range(n):
        if k == 0 or rng.random() < 0.1:
            heads.append(k)  # a new sentence
            root = k
        elif crossing:
            heads.append(rng.randrange(root, k))
        else:  # a projective tree: attach to the previous word or to one of its ancestors that is not closed off
            h = k - 1
            while h != heads[h] and rng.random() < 0.5:
                h = heads[h]
            heads.append(h)
    return heads


def test_edges_agree_with_the_definition() -> None:
    rng = random.Random(26)
    seen_crossing = seen_projective = 0
    for trial in range(400):
        heads = _forest(rng, rng.randint(1, 30), crossing=trial % 2 == 1)
        n = len(heads)
        below: list[list[int]] = [[] for _ in range(n)]
        for k, h in enumerate(heads):
            if h != k:
                below[h].append(k)
        orders = [_spacy_order(k, below) for k in range(n)]
        first = [min(o) for o in orders]
        last = [max(o) for o in orders]
        contiguous = [orders[k] == list(range(first[k], last[k] + 1)) for k in range(n)]
        assert _edges_by_walk(heads, below) == (first, last, contiguous)
        assert _edges_by_levels(np.array(heads, dtype=np.int64)) == (first, last, contiguous)
        seen_crossing += not all(contiguous)
        seen_projective += all(contiguous)
    assert seen_crossing > 50 and seen_projective > 50
