"""The long starts (eight characters of the lower-case text, a run of spaces as one) try a time pattern at fewer
places, and scan still finds exactly what every pattern's `finditer` finds."""

import re

from detente.time import starts
from detente.time.extract import all_starts
from tests.test_time_starts import assert_same_matches, texts

# my own sentences, bent the ways a text can be: runs of spaces, tabs and line breaks inside a time phrase, upper
# case, non-ASCII letters and spaces next to one, a phrase cut by the end of the text
BENT = [
    "The  end\tof the\n\nyear was quiet; THE END OF  THE MONTH too, and the\u00a0end of the week.",
    "Their two envoys met the  two  weeks before; the\x1ctwo days after, the fifth  quarter of 2019.",
    "Ministers met minutes later, twenty  one years ago, a\tfew\n days earlier, an  hour ago.",
    "mid-\nMarch 2019 and late\t\tlast week; at 10:30  p.m. on the day  before  yesterday.",
    "\u212aelvin met the end of the year\u2019s talks; \u017fix months ago; the two \u00e9lections.",
    "They spoke at the end of the",
    "the", "the ", "the  end", "end of the\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nyear",
]


def test_scan_with_long_starts_finds_what_finditer_finds_in_bent_texts() -> None:
    assert_same_matches(texts() + BENT, all_starts())


def test_a_pattern_that_starts_with_the_end_of_is_not_tried_at_the_two() -> None:
    pattern = re.compile(r"\b(?:the\s+end\s+of\s+)?(?:march|may)\b", re.IGNORECASE)
    found = starts.starts_of(pattern)
    assert found is not None and found.long is not None
    text = "The two sides met; their talks ended at THE  END OF\nMay."
    boundaries = starts.Boundaries(text, (found,))
    tried = boundaries.candidates(found)
    assert [text[at:at + 7] for at in tried] == ["THE  EN", "May."]  # not "The two", "their t" nor "talks e"
    assert [m.group() for m in starts.finditer(pattern, text, boundaries)] == ["THE  END OF\nMay"]


def test_window_reads_the_text_as_the_long_starts_do() -> None:
    assert starts.window("The  Two\n\nweeks", 0) == "the two "
    assert starts.window("end.", 0) == "end."
    assert starts.window("caf\u00e9 society", 0) is None  # a non-ASCII letter: every pattern whose start fits
    assert starts.window("a" + " " * 40 + "b", 0) is None  # a run of spaces longer than the slice read


def test_a_run_of_spaces_matched_by_two_items_stops_the_long_start() -> None:
    """`x\\s+\\s+y` needs two spaces where the window shows one run: its long start must not ask for "x  y"."""
    pattern = re.compile(r"\bx\s+\s+yz", re.IGNORECASE)
    text = "x  yz and x\n\tyz"
    assert [m.group() for m in starts.finditer(pattern, text, starts.Boundaries(text, (starts.starts_of(pattern),)))] \
        == ["x  yz", "x\n\tyz"]
