"""nlp/syntax.py's `words_text` and `span_root` answer as spaCy's slice does (`doc[start:end].text`, `.root`) for
every stretch of real parses: the actors, quotes and claims stages read a phrase's text and head through them
instead of making a Span (and a Token per word) for each, and their output must not change by a character."""

from __future__ import annotations

import json
from pathlib import Path

from detente.nlp.perdoc import known_text
from detente.nlp.syntax import span_root, words_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "japan_korea.jsonl"
TEXTS = [
    # a dateline, a line break inside the text, a possessive, a hyphenated name and trailing spaces
    "TOKYO — Prime Minister Fumio Kishida said on Monday that Japan's talks with Moon Jae-in  had  ended.\n\n"
    "The two leaders met   in Seoul. ",
    "  Police said 45 people, aged 20 to 30, were held; 12 per cent of them were released.",
    "",
]


def _texts() -> list[str]:
    samples = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines() if line.strip()][:2]
    return [*samples, *TEXTS]


def test_words_text_is_the_slices_text(nlp) -> None:
    for text, doc in zip(_texts(), nlp.pipe(_texts()), strict=True):
        known_text(doc, text)
        n = len(doc)
        for start in range(n + 2):
            for end in range(max(0, start - 2), min(n + 3, start + 30)):  # empty, clipped and past-the-end too
                assert words_text(doc, start, end) == doc[start:end].text, (text[:20], start, end)


def test_span_root_is_spacys_root(nlp) -> None:
    checked = 0
    for doc in nlp.pipe(_texts()):
        n = len(doc)
        for start in range(n):
            for end in range(start + 1, min(n, start + 30) + 1):
                found, spacy_root = span_root(doc, start, end), doc[start:end].root
                assert found.i == spacy_root.i and found.doc is doc, (start, end)
                checked += 1
    assert checked > 1000


def test_tokens_of_a_character_span_are_spacys(nlp) -> None:
    """`tokens_at` (the bisection of the offset column, both ends read inline) gives the tokens spaCy's
    `char_span(..., alignment_mode="expand")` gives, for every span of characters of short texts: inside words,
    on the spaces between them, at the text's end and past it."""
    from detente.nlp.syntax import _expanded

    texts = TEXTS[:2] + ["Talks resumed.  ", "Peru  and Chile  signed a deal on Monday ."]
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        known_text(doc, text)
        for start in range(len(text) + 1):
            for end in range(start + 1, min(len(text) + 3, start + 25)):
                found, expected = _expanded(doc, start, end), doc.char_span(start, end, alignment_mode="expand")
                assert (found.start, found.end) == (expected.start, expected.end) if expected is not None \
                    else found is None, (text[:15], start, end)


def test_span_root_obeys_a_root_hook(nlp) -> None:
    """A Doc whose `user_span_hooks` names its own root is answered by that hook, one word or several."""
    doc = nlp("Peru and Chile signed a deal on Monday.")
    doc.user_span_hooks["root"] = lambda span: span.doc[0]
    assert span_root(doc, 2, 3).i == 0
    assert span_root(doc, 4, 6).i == 0
