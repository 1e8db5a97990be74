"""Language identification with the model that ships inside py3langid (offline)."""

from __future__ import annotations

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


def english_or_reason(text: str) -> str | None:
    """None when the text is English; otherwise a reason fit for an error record."""
    words = [w.strip(".,;:!?\"'()[]“”‘’").lower() for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return "empty document: no text left after cleaning"
    share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    if share >= 0.15:
        return None
    lang, prob = detect_language(text)
    if lang == "en" or (prob < 0.8 and share >= 0.08):
        return None
    return f"not English: the text reads as language '{lang}' (p={prob:.2f}); Détente codes English only"
