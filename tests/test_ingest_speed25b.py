"""Ingestion's cheaper checks (speed25b): the chrome patterns searched only in lines that hold the words they need,
and the function words of the language check counted once per distinct word, both with the same answers as the
plain searches and counts."""

from __future__ import annotations

import re

import pytest

from detente.ingest.chrome import _needs, is_chrome_match, vocabulary
from detente.ingest.language import _ENGLISH_FUNCTION_WORDS, _function_word_counts, english_or_reason
from detente.rules import switched_off

LINES = [
    "Sign in with your email to comment on this story",
    "SIGN UP TO COMMENT",
    "Log on to your account to connect with readers",
    "The blog in the design section signed up no one",  # the needed words inside other words: searched, no match
    "Readers who wish to post a comment must register",
    "To Leave Your Reply, please log in",
    "12 MIN READ",
    "A 3 minute read on the budget",
    "Rescue teams at the port, photograph by Kim Lee",
    "PICTURE: a crowd outside the court",
    "Crowds gather in the square via Getty Images",
    "Example Media. ALL RIGHTS RESERVED.",
    "ſign in to comment",  # long s: case-blind it matches "s", so a non-ASCII line is always searched
    "Photo by Jörg Müller",
    "Images of the flood were shared via getty images.",
    "The minister said talks on the border would resume next week after months of delay.",
    "",
]


def _plain(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(pattern.search(line) for pattern in patterns)


@pytest.mark.parametrize("line", LINES + [line.upper() for line in LINES] + [line.lower() for line in LINES])
def test_guarded_search_finds_what_every_pattern_finds(line: str) -> None:
    words = vocabulary()
    assert is_chrome_match(words.widget_tries, line) == _plain(words.widgets, line)
    assert is_chrome_match(words.copyright_tries, line) == _plain(words.copyright, line)
    for pattern, needs in words.widget_tries + words.copyright_tries:
        assert is_chrome_match(((pattern, needs),), line) == bool(pattern.search(line)), pattern.pattern


def test_what_a_pattern_needs() -> None:
    assert _needs(re.compile(r"\ball rights reserved\b", re.IGNORECASE)) == ("all rights reserved",)
    assert _needs(re.compile(r"\b(log|sign)\s?(in|on)\b", re.IGNORECASE)) == ("log", "sign")
    assert _needs(re.compile(r"\b\d+\s*min(ute)?s?\s+read\b", re.IGNORECASE)) == ("read",)
    assert _needs(re.compile(r"^\s*file\s+photo\b", re.IGNORECASE)) is None  # tried once, at the line's start
    assert _needs(re.compile(r"\b(?:a|\d)+x?", re.IGNORECASE)) is None  # no alternative needs a string
    assert _needs(re.compile(r"\b(ab|\d)", re.IGNORECASE)) is None


def test_a_switched_off_pattern_is_not_searched() -> None:
    line = "Example Media. All rights reserved."
    assert is_chrome_match(vocabulary().copyright_tries, line)
    with switched_off({"chrome.copyright.rights_reserved"}):
        assert not is_chrome_match(vocabulary().copyright_tries, line)


def _counted_word_by_word(text: str) -> tuple[int, int]:
    words = [w.strip(".,;:!?\"'()[]“”‘’").lower() for w in text.split()]
    words = [w for w in words if w]
    return len(words), sum(w in _ENGLISH_FUNCTION_WORDS for w in words)


@pytest.mark.parametrize("text", [
    "The talks resumed on Monday, and the two sides said (again) that they would meet.",
    "THE talks; The TALKS: the talks! “The” ‘the’ [the] 'The' ... -- !!",
    "İSTANBUL’da THE İ' élection de la présidente ΣΊΣΥΦΟΣ",
    "Die Regierung hat am Montag die Gespräche mit der Opposition wieder aufgenommen.",
    "\u00a0the\u2003and\u2028of\tto\n\nin",
    "",
    "  ... '' () []  ",
])
def test_function_words_counted_as_word_by_word(text: str) -> None:
    assert _function_word_counts(text) == _counted_word_by_word(text)


def test_language_check_answers() -> None:
    assert english_or_reason("The talks resumed on Monday, and the two sides said they would meet again.") is None
    assert english_or_reason("... '' ()") == "empty document: no text left after cleaning"
    reason = english_or_reason("Die Regierung hat am Montag die Gespräche mit der Opposition wieder aufgenommen, "
                               "teilte das Ministerium in der Hauptstadt mit, nachdem die Verhandlungen lange "
                               "geruht hatten und beide Seiten sich gegenseitig Vorwürfe gemacht hatten.")
    assert reason is not None and reason.startswith("not English")
