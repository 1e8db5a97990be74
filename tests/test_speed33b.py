"""Work the time and actors stages repeated, done more cheaply with the same answers (issue 12, speed33b).

- A time pattern is tried at its candidate starts through `map`/`filter` in C, a match starting inside the one before
  dropped as `finditer` drops it (time/starts.py `matches_at_starts`): the same matches as `finditer`.
- An actors `Hit` keeps its likeliest entry as a field (`best`), no longer a property.
- The holiday table is made once per process.
"""

from __future__ import annotations

import re

from detente.actors.matching import find_hits, new_hit
from detente.time import starts
from detente.time.extract import rules
from detente.time.lexicon import holiday_table

# our own sentences: times that start inside another time's match ("three days ago" holds "days ago"), next to each
# other ("last Friday, Saturday"), and a pattern run over a stretch where its candidates overlap
PARAGRAPH = ("Three days ago the envoy landed; two weeks later, on the last Friday of May, she left. "
             "Talks ran from Monday to Wednesday, Thursday and Friday, twice a week, in the late 1990s and in 2003.")


def _spans(matches) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groups()) for m in matches]


def test_time_patterns_find_what_finditer_finds_where_matches_nest() -> None:
    for text in (PARAGRAPH, PARAGRAPH.lower(), "aaaa aaaa", ""):
        shared = starts.Boundaries(text)
        for rule_id, pattern, _reader in rules():
            assert _spans(starts.finditer(pattern, text, shared)) == _spans(pattern.finditer(text)), rule_id


def test_a_match_inside_an_earlier_match_is_dropped() -> None:
    text = "one two three four"
    # a match can start at every word: finditer keeps "one two" and "three four", not "two three"
    pattern = re.compile(r"\b(?:one|two|three|four|five) \w+", re.IGNORECASE)
    opening = starts.starts_of(pattern)
    assert opening is not None  # tried at its candidate starts, not handed to finditer
    found = _spans(starts.matches_at_starts(pattern, text, opening, starts.Boundaries(text)))
    assert found == _spans(pattern.finditer(text)) == [((0, 7), ()), ((8, 18), ())]


def test_times_of_a_paragraph_are_read_as_before(analyse) -> None:
    analysis = analyse(PARAGRAPH, published="2024-06-12")
    values = {analysis.document.text[t.start:t.end]: t.value for t in analysis.times}
    assert values["Three days ago"] == "2024-06-09"
    assert values["2003"] == "2003"


def test_a_hit_keeps_its_likeliest_entry(analyse) -> None:
    doc = analyse("President Obama met Japanese officials and the police chief in Tokyo on Monday.").doc
    names, sectors = find_hits(doc)
    assert names and sectors
    for hit in names + sectors:
        assert hit.best is hit.entries[0]
    made = new_hit(0, 1, names[0].entries)
    assert made.best is names[0].entries[0] and made == (0, 1, names[0].entries, names[0].entries[0])


def test_the_holiday_table_is_made_once() -> None:
    table = holiday_table()
    assert table is holiday_table()
    assert "christmas" in table
