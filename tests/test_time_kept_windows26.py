"""The boundaries of a text go to the patterns whose long starts fit the eight characters there; the answer for each
window is kept per group of patterns and read back for the next text (speed26b): a text read after others, whose
windows were kept from them, still finds exactly what every pattern's `finditer` finds, and so does one read after
the full table was cleared."""

from detente.time import starts
from detente.time.extract import all_starts
from tests.test_time_starts import assert_same_matches

# my own sentences, sharing windows ("for the ", "the gove", "the last") in different cases and spacings
MINE = [
    "For the second time the government met on Monday, for the third week in a row.",
    "for the  first time since March, the government said the talks would end on Friday.",
    "FOR THE LAST TWO DAYS the governor's office said nothing; the government of the day spoke the day after.",
    "The last time the two sides met was the end of the year, for the record.",
]


def test_windows_kept_from_earlier_texts_give_the_same_matches() -> None:
    group = all_starts()
    assert_same_matches(MINE, group)
    kept = starts._last_group["group"][4]
    assert kept, "the windows of the texts read are kept"
    assert_same_matches(list(reversed(MINE)), group)  # now read from the kept table


def test_a_full_table_starts_afresh_and_gives_the_same_matches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(starts, "MEMBERS_KEPT", 0)
    group = all_starts()
    for text in MINE:
        assert_same_matches([text], group)
        per_text = len(starts._last_group["group"][4])
        assert_same_matches([text], group)  # cleared before the text, filled by it again: no more than its own
        assert len(starts._last_group["group"][4]) == per_text
