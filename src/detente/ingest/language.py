"""Language identification with the model that ships inside py3langid (offline)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability for the text (judged on its first 5,000 characters)."""
    lang, prob = _identifier().classify(text[:5000])
    return str(lang), float(prob)


_ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "of", "to", "in", "and", "or", "but", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her", "their", "we", "our", "not", "will", "would", "said", "says"]
)


_SHORT_TEXT_WORDS = 25


def _latin_share(text: str) -> float:
    """Share of the letters that are basic Latin (English is written in them; Cyrillic, Arabic... are not)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) / len(letters) if letters else 0.0


_EDGE_MARKS = ".,;:!?\"'()[]“”‘’"  # stripped from a word's ends before it is looked up


def _function_word_counts(text: str) -> tuple[int, int]:
    """(words, function words among them): the text's whitespace-split words with the edge marks stripped, empty
    ones left out, lower case. Each distinct word is stripped and looked up once, with its count (a news text
    repeats most of its words; lower-casing first is the same, as no mark or space has another case)."""
    words = hits = 0
    for word, count in Counter(text.lower().split()).items():
        stripped = word.strip(_EDGE_MARKS)
        if stripped:
            words += count
            if stripped in _ENGLISH_FUNCTION_WORDS:
                hits += count
    return words, hits


def english_or_reason(text: str) -> str | None:
    """None when the text is English; otherwise a reason fit for an error record."""
    words, hits = _function_word_counts(text)
    if not words:
        return "empty document: no text left after cleaning"
    share = hits / words
    if share >= 0.15:
        return None
    lang, prob = detect_language(text)
    if lang == "en" or (prob < 0.8 and share >= 0.08):
        return None
    # A headline or a one-line text ("Russia attacked Ukraine.") is too short for the identifier, whose
    # guesses there are near chance: in Latin script, only a confident guess refuses it.
    if words < _SHORT_TEXT_WORDS and prob < 0.9 and _latin_share(text) >= 0.9:
        return None
    return f"not English: the text reads as language '{lang}' (p={prob:.2f}); Détente codes English only"
