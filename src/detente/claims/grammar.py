"""A small number grammar over spaCy tokens: digits, words, scales, vague plurals and ranges.

"$30 billion" -> 3e10 dollars; "tens of millions" -> 1e7..1e8; "a dozen" -> 12;
"between 10 and 20" / "10-20" -> 10..20; "3.2 million" -> 3.2e6.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.claims.lexicon import vocabulary
from detente.nlp.arrays import columns

DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


@dataclass
class Amount:
    value: float
    value_max: float | None
    first: int  # token index of the first token of the number (currency mark included)
    last: int  # token index of the last token of the number, inclusive
    currency: str | None = None
    vague_of: bool = False  # "tens of": the counted noun follows "of"


def _digits(text: str) -> float | None:
    text = text.replace(",", "")
    if DIGITS.match(text) or re.match(r"^\d+(\.\d+)?$", text):
        return float(text)
    return None


def _word_value(tok: Token) -> float | None:
    vocab = vocabulary()
    lower = tok.lower_
    if lower in vocab.units:
        return vocab.units[lower]
    if "-" in lower:  # twenty-five
        parts = lower.split("-")
        if all(p in vocab.units for p in parts):
            return sum(vocab.units[p] for p in parts)
    return _digits(tok.text)


def _adds_to(tok: Token, current: float, value: float) -> bool:
    """Whether a number word continues the one before: 'twenty five', 'hundred and fifty'."""
    if _digits(tok.text) is not None or current <= 0:
        return False
    return value < (100 if current % 100 == 0 else 10) and current % 10 == 0


def _read_number(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of the number starting at token i and the index of its last token."""
    vocab = vocabulary()
    total, current, last, seen = 0.0, 0.0, i - 1, False
    j = i
    if doc[j].lower_ in ("a", "an") and j + 1 < len(doc) and doc[j + 1].lower_ in ("dozen", *vocab.scales):
        current, seen, last, j = 1.0, True, j, j + 1
    while j < len(doc):
        tok = doc[j]
        lower = tok.lower_
        value = _word_value(tok)
        if lower in vocab.scales and seen:
            scale = vocab.scales[lower]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
        elif lower == "dozen" and seen:
            current *= 12
        elif value is not None and (not seen or _adds_to(tok, current, value)):
            current += value
            seen = True
        elif lower == "and" and seen and j + 1 < len(doc) and doc[j + 1].lower_ in vocab.units:
            pass  # "two hundred and fifty"
        else:
            break
        last = j
        j += 1
    if not seen:
        return None
    return total + current, last


def read_amount(doc: Doc, i: int) -> Amount | None:
    """An amount starting at token i (a currency mark, a digit, a number word or 'a dozen'), or None."""
    vocab = vocabulary()
    tok = doc[i]
    currency = None
    start = i
    if tok.text in vocab.currencies and i + 1 < len(doc):
        currency, i = vocab.currencies[tok.text], i + 1
    lower = doc[i].lower_
    if lower in vocab.vague and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        low, high = vocab.vague[lower]
        last = i
        if i + 2 < len(doc) and doc[i + 2].lower_ in vocab.vague and i + 3 < len(doc) and doc[i + 3].lower_ == "of":
            scale = vocab.vague[doc[i + 2].lower_][0] / 2  # "tens of millions": millions start at 1e6
            low, high, last = low * scale, high * scale, i + 2
        return Amount(low, high, start, last, currency, vague_of=True)
    read = _read_number(doc, i)
    if read is None:
        return None
    value, last = read
    amount = Amount(value, None, start, last, currency)
    _extend_range(doc, amount)
    return amount


def _extend_range(doc: Doc, amount: Amount) -> None:
    """'10 to 20', '10-20', 'between 10 and 20': read the upper end into value_max."""
    j = amount.last + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in vocabulary().range_words:
        return
    if doc[j].lower_ in ("and", "or") and not (amount.first > 0 and doc[amount.first - 1].lower_ in ("between",)):
        return
    k = j + 1
    if doc[k].text in vocabulary().currencies:
        k += 1
    if k >= len(doc):
        return
    read = _read_number(doc, k)
    if read is None or read[0] <= amount.value:
        return
    high, last = read
    scale = _scale_of_range(doc, k, last)
    if scale and _scale_of(doc, amount) is None and amount.value * scale <= high:
        amount.value *= scale  # "10 to 20 million": both ends are millions
    amount.value_max, amount.last = high, last


def _scale_of(doc: Doc, amount: Amount) -> float | None:
    scales = vocabulary().scales
    return next((scales[t.lower_] for t in doc[amount.first: amount.last + 1] if t.lower_ in scales), None)


def _scale_of_range(doc: Doc, first: int, last: int) -> float | None:
    scales = vocabulary().scales
    return next((scales[t.lower_] for t in doc[first: last + 1] if t.lower_ in scales), None)


@lru_cache(maxsize=16)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


def maybe_number_starts(doc: Doc) -> list[int]:
    """Every token where starts_number can be true (and some where it is not), picked from the document's
    arrays: a currency mark, a number-like word, a unit, a vague plural, or "a"/"an"."""
    if not len(doc):
        return []
    vocab = vocabulary()
    marks = _hashes(frozenset(vocab.currencies))
    words = _hashes(frozenset(vocab.units) | frozenset(vocab.vague) | {"a", "an"})
    held = columns(doc)
    return [i for i, (orth, lower, like_num) in enumerate(zip(held.orth, held.lower, held.like_num, strict=True))
            if like_num or orth in marks or lower in words]


def starts_number(tok: Token) -> bool:
    """Cheap test for where an amount may begin."""
    vocab = vocabulary()
    lower = tok.lower_
    if tok.text in vocab.currencies:
        return True
    if tok.like_num or lower in vocab.units or lower in vocab.vague:
        return True
    return lower in ("a", "an") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("dozen", "hundred",
                                                                                                  "thousand", "million",
                                                                                                  "billion")
