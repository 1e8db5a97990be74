"""The lexicon's reading of a sentence as words for the learned classifier (stacking.py)."""

from __future__ import annotations

from detente.events.detect import candidates_in
from detente.events.stacking import PREFIX, lexicon_words, with_words
from detente.nlp import load_pipeline


def _words(text: str) -> list[str]:
    doc = load_pipeline()(text)
    return [w for sentence in doc.sents for w in lexicon_words(candidates_in(sentence), sentence)]


def test_words_name_the_frame_type_and_its_cues() -> None:
    assert _words("Japan imposed sanctions on North Korea.") == [PREFIX + "sanction"]
    words = _words("Israel will not release the prisoners.")
    assert PREFIX + "retreat" in words and PREFIX + "retreatnegated" in words and PREFIX + "retreatfuture" in words


def test_no_frame_no_words_and_the_text_unchanged() -> None:
    assert _words("The weather was fine in Oslo.") == []
    assert with_words("The weather was fine.", []) == "The weather was fine."
    assert with_words("Japan imposed sanctions.", ["zzlexsanction"]).endswith(" zzlexsanction")
