"""A blank line ends a sentence (the detente_paragraphs component), read from the word-form column: the same
breaks as a Token per word gives."""

from detente.nlp import paragraph_breaks

# my own headline-and-lead texts, with blank lines of several shapes
TEXTS = [
    "Ministers Meet In Vienna\n\nThe foreign ministers of four states met on Tuesday to talk about trade.",
    "Floods Hit The Valley\n\n\nRescue teams reached the villages late on Sunday.\n\nMore rain is due.",
    "Talks Resume\r\n\r\nNegotiators returned to the table.",
    "One line only, no blank line at all.",
    "Trailing blank line.\n\n",
    "\n\nA leading blank line.",
    "",
]


def _by_tokens(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """The breaks as the component read them before: each word's own text, one Token at a time."""
    return [i for i in range(1, len(doc)) if "\n\n" in doc[i - 1].text or "\n\n" in doc[i - 1].whitespace_]


def test_paragraph_breaks_match_the_token_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in TEXTS:
        doc = nlp.make_doc(text)
        expected = _by_tokens(doc)
        paragraph_breaks(doc)
        assert all(doc[i].is_sent_start for i in expected), text
        assert [t.i for t in doc if t.is_sent_start and t.i > 0] == expected, text


def test_a_headline_without_a_full_stop_is_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXTS[0])
    first = next(iter(doc.sents))
    assert first.text.strip() == "Ministers Meet In Vienna"
