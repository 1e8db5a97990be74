"""MinHash signatures of text (datasketch), kept as bytes in the store so linking is incremental."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no pipeline is loaded

    return frozenset(STOP_WORDS)


def content_words(text: str) -> set[str]:
    """Lower-cased words that carry content: no stop words, no one-letter tokens."""
    stop = _stop_words()
    return {w for w in (m.group().lower() for m in _WORD.finditer(text or "")) if len(w) > 1 and w not in stop}


def minhash(words: Iterable[str], num_perm: int) -> MinHash:
    sketch = MinHash(num_perm=num_perm)
    sketch.update_batch([w.encode("utf-8") for w in words])
    return sketch


def to_bytes(sketch: MinHash) -> bytes:
    return sketch.hashvalues.astype(np.uint64).tobytes()


def from_bytes(blob: bytes, num_perm: int) -> MinHash:
    return MinHash(num_perm=num_perm, hashvalues=np.frombuffer(blob, dtype=np.uint64).copy())


def union(blobs: Iterable[bytes]) -> bytes | None:
    """The signature of the union of several sets: the element-wise minimum."""
    arrays = [np.frombuffer(b, dtype=np.uint64) for b in blobs if b]
    if not arrays:
        return None
    return np.minimum.reduce(arrays).tobytes()


def jaccard(a: bytes | None, b: bytes | None) -> float:
    """Estimated Jaccard similarity of two stored signatures (0 when either is missing)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    x, y = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    return float(np.count_nonzero(x == y)) / len(x)


def bands(blob: bytes, n_bands: int) -> list[str]:
    """LSH band keys of a signature: band number and the band's values, written out in hex."""
    values = np.frombuffer(blob, dtype=np.uint64)
    rows = len(values) // n_bands
    return [f"{i}:{values[i * rows:(i + 1) * rows].tobytes().hex()}" for i in range(n_bands)]


_NAME = re.compile(r"\b[A-Z][\w'’-]+|\b\d[\d,.]*\d\b|\b\d\b")


def name_words(text: str) -> set[str]:
    """Capitalised words and numbers: the names, places and figures that tell one story from another."""
    stop = _stop_words()
    return {w for w in (m.group().lower() for m in _NAME.finditer(text or "")) if w not in stop}
