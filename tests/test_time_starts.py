"""Trying a time pattern only where its match can start finds exactly what `finditer` finds."""

import json
import re
from pathlib import Path

from detente.time import starts
from detente.time.extract import required_words, rules, scan

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "japan_korea.jsonl"
TRICKY = [
    "", "a", "1", "Jan.", "in the '90s and in '85", "the 1990s' end", "On 3/4/2021 at 10:30 p.m. GMT",
    "\u017feptember 1990s and the \u212aelvin year",  # non-ASCII letters that fold onto ASCII ones
    "\u0130stanbul, March 3, 2020", "a\u00a0year ago", "twenty\u2011one years later", "x\u2019s March 4",
    "Mid-March 2019, early last week; every other Monday; twice a year; the year-earlier quarter.",
    "He said on Friday that talks would be held in the coming months, 35 years from 1910.",
]


def texts() -> list[str]:
    lines = SAMPLES.read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines] + TRICKY


def assert_same_matches(sample: list[str], group: tuple) -> None:
    """Every time pattern, tried through one shared set of boundaries per text, matches what `finditer` matches."""
    for text in sample:
        shared = starts.Boundaries(text, group)
        for rule_id, pattern, _reader in rules():
            assert spans(starts.finditer(pattern, text, shared)) == spans(pattern.finditer(text)), (rule_id, text)


def spans(matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def test_every_time_pattern_finds_the_same_matches_as_finditer() -> None:
    analysed = 0
    for text in texts():
        boundaries = starts.Boundaries(text)
        for rule_id, pattern, _reader in rules():
            assert spans(starts.finditer(pattern, text, boundaries)) == spans(pattern.finditer(text)), (rule_id, text)
            analysed += starts.starts_of(pattern) is not None
    assert analysed > 0


def test_boundaries_made_for_every_pattern_at_once_give_each_the_same_matches() -> None:
    group = tuple(found for _id, pattern, _reader in rules() if (found := starts.starts_of(pattern)) is not None)
    assert_same_matches(texts(), group)


def test_the_starts_of_a_month_pattern_are_month_names_and_digits() -> None:
    pattern = re.compile(r"\b(?:jan|feb)\w*\s+\d+", re.IGNORECASE)
    found = starts.starts_of(pattern)
    assert found is not None

    def may_start(text: str) -> bool:
        return any(text[:n] in keys for n, keys in enumerate(found.keys, start=1))

    assert may_start("JANUARY 3") and may_start("Feb 2") and may_start("fEb 2") and not may_start("the end")
    text = "They met on Feb 2 and again on JANUARY 30; the end."
    assert [m.group() for m in starts.finditer(pattern, text)] == ["Feb 2", "JANUARY 30"]


def test_patterns_it_cannot_read_fall_back_to_finditer() -> None:
    unreadable = [r"\b(\w)\1", r"(?<=x)\d+", r"\b(?-i:Jan)\s+\d", r"\b\d*", r"\b.{2}x"]
    for source in unreadable:
        pattern = re.compile(source, re.IGNORECASE)
        text = "Jan 5 xx 11x aa x12"
        assert spans(starts.finditer(pattern, text)) == spans(pattern.finditer(text))
    assert starts.starts_of(re.compile(r"(?<=x)\d+")) is None  # does not open with \b
    assert starts.starts_of(re.compile(r"\b\d*")) is None  # can match nothing


def test_scan_of_a_sample_keeps_its_dates() -> None:
    text = "Talks were held on March 3, 2020, two years ago, and again last Friday."
    found = [(match.group(), reader.__name__) for match, reader in scan(text)]
    assert ("March 3, 2020", "read_full_date") in found
    assert ("two years ago", "read_ago") in found
    assert ("last Friday", "read_weekday") in found


def test_scan_finds_in_table_order_what_each_pattern_finditer_finds() -> None:
    """scan tries the patterns itself (per-rule look-ups made once): still every match of every rule whose
    words the text holds, rule by rule in the table's order, as the plain `finditer` gives them."""
    required = required_words()
    for text in texts():
        lower = text.lower()
        expected = [(m.span(), m.groups(), reader.__name__) for _id, pattern, reader in rules()
                    if not (needed := required.get(reader)) or any(word in lower for word in needed)
                    for m in pattern.finditer(text)]
        assert [(m.span(), m.groups(), reader.__name__) for m, reader in scan(text)] == expected, text
