"""MinHash signatures of text (datasketch), kept as bytes in the store so linking is incremental."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch is imported when a signature is first made: it pulls in scipy, a
    from datasketch import MinHash  # second of start-up that a run with nothing new never needs

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MERSENNE = np.uint64((1 << 61) - 1)  # datasketch's constants: the same arithmetic gives the same values
_MAX_HASH = np.uint64((1 << 32) - 1)


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no pipeline is loaded

    return frozenset(STOP_WORDS)


def content_words(text: str) -> set[str]:
    """Lower-cased words that carry content: no stop words, no one-letter tokens."""
    return {w for w in set(map(str.lower, _WORD.findall(text or ""))) - _stop_words() if len(w) > 1}


SEED = 1  # datasketch's default seed: stored signatures stay comparable with its MinHash objects


@cache
def _permutations(num_perm: int) -> np.ndarray:
    """datasketch's permutation parameters (MinHash._init_permutations) for its default seed, drawn
    once per size, here: drawing them costs more than hashing a sentence, and importing datasketch
    (it imports scipy.integrate) costs a worker a third of a second."""
    gen = np.random.RandomState(SEED)
    return np.array([(gen.randint(1, _MERSENNE, dtype=np.uint64), gen.randint(0, _MERSENNE, dtype=np.uint64))
                     for _ in range(num_perm)], dtype=np.uint64).T


HASH_CACHE = 200_000  # words whose hash is remembered (a few MB)
_hashes: dict[str, int] = {}


def word_hash(word: str) -> int:
    """datasketch's default hash (sha1_hash32: the first 4 bytes of the SHA-1 of the UTF-8 bytes, little
    endian) of a word, remembered: the same words come back in every article, and hashing them was
    most of a signature's cost."""
    value = _hashes.get(word)
    if value is None:
        value = int.from_bytes(hashlib.sha1(word.encode("utf-8")).digest()[:4], "little")
        if len(_hashes) < HASH_CACHE:
            _hashes[word] = value
    return value


def signature(words: Iterable[str], num_perm: int) -> bytes | None:
    """The stored MinHash signature of a word set (None for no words): `to_bytes(minhash(words))`
    without building a datasketch object, the same values from the same uint64 arithmetic (its
    update_batch) in one array operation."""
    hashes = [word_hash(w) for w in words]
    if not hashes:
        return None
    a, b = _permutations(num_perm)
    hv = np.array(hashes, dtype=np.uint64, ndmin=2).T
    phv = np.bitwise_and((hv * a + b) % _MERSENNE, _MAX_HASH)
    return phv.min(axis=0).tobytes()  # every value is already at most _MAX_HASH (the mask above)


def minhash(words: Iterable[str], num_perm: int) -> MinHash:
    from datasketch import MinHash

    sketch = MinHash(num_perm=num_perm, permutations=_permutations(num_perm), hashfunc=word_hash)
    sketch.update_batch(list(words))
    return sketch


def to_bytes(sketch: MinHash) -> bytes:
    return sketch.hashvalues.astype(np.uint64).tobytes()


def from_bytes(blob: bytes, num_perm: int) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, hashvalues=np.frombuffer(blob, dtype=np.uint64).copy(),
                   permutations=_permutations(num_perm))


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


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)


def band_keys(blob: bytes, n_bands: int, salt: int = 0) -> list[int]:
    """LSH band keys of a signature, as 63-bit integers: each band's values and its number mixed
    into one number (odd multipliers, wrapping), plus a salt (what kind of signature, which week).
    Two keys are equal when the bands are (a collision elsewhere only adds a candidate, which the
    exact comparison then turns down)."""
    return band_keys_salted(blob, n_bands, [salt])[0]


def band_keys_salted(blob: bytes, n_bands: int, salts: list[int]) -> list[list[int]]:
    """`band_keys` of one signature for several salts: the bands are mixed once, then each salt."""
    values = np.frombuffer(blob, dtype=np.uint64)
    rows = len(values) // n_bands
    grid = values[:rows * n_bands].reshape(n_bands, rows)
    with np.errstate(over="ignore"):
        base = (grid * _MIX[:rows]).sum(axis=1, dtype=np.uint64)
        base ^= np.arange(n_bands, dtype=np.uint64) * np.uint64(0x2545F4914F6CDD1D)
        salted = np.array([salt & 0xFFFFFFFFFFFFFFFF for salt in salts], dtype=np.uint64) * np.uint64(0x9FB21C651E98DF25)
        mixed = base[None, :] ^ salted[:, None]
        mixed ^= mixed >> np.uint64(29)
    return (mixed >> np.uint64(1)).astype(np.int64).tolist()


_NAME = re.compile(r"\b[A-Z][\w'’-]+|\b\d[\d,.]*\d\b|\b\d\b")


def name_words(text: str) -> set[str]:
    """Capitalised words and numbers: the names, places and figures that tell one story from another."""
    return set(map(str.lower, _NAME.findall(text or ""))) - _stop_words()
