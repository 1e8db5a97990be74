"""Session 28 (issue #14): an act done in words, summed up with no time of its own, then quoted at once by its doer
with a dated verb of saying ("The senator has criticized the toll. \"It hurts growers,\" she said last week."): the
quote gives the act's words, so its saying's time is the act's, a week or a weekend kept as its span (rule
discourse.quote_told_after). And a gap counted in months or years from a happening dated to its month or year ("two
years after the 2012 flood") moves that period (rule dating.counted_gap_long, date28b's rule, which this file also tests). Each test shows the event falls back
to what it was without the rule (mostly the open range by the tense) with the rule switched off."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from tests.test_dates_ranges25 import _event, _when

PUBLISHED = "2024-03-20"  # a Wednesday
RULE = ["discourse.quote_told_after"]
# lines of background, so that the act lies past the story's lead (whose own rules date it otherwise)
BACKGROUND = "Barges pay a toll at the upper lock. Growers call it too high. Traders side with the growers.\n\n" \
             "The lock was built by the old canal company. Its keepers collect the toll in cash.\n\n" \
             "Most barges carry grain or timber. A few carry gravel from the quarries upstream.\n\n"


def _both(coder: Any, text: str, trigger: str) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """The asserted event as coded, and its date as coded with the rule off."""
    on = _event(coder, text, trigger, PUBLISHED, "asserted")
    with switched_off(RULE):
        off = _event(coder, text, trigger, PUBLISHED, "asserted")
    return on, _when(off)


def test_a_criticism_then_its_words_said_last_week(coder) -> None:
    text = BACKGROUND + "The harbour senator has criticized the new lock toll. \"It squeezes the small growers " \
                        "hardest,\" she said last week."
    on, off = _both(coder, text, "criticized")
    assert on["event_type"] == "ACCUSE" and on["factuality"] == "asserted"
    assert _when(on) == ("2024-03-11", "2024-03-17", "relative", "context")
    assert on["date_precision"] == "range"  # the week, not one day of it
    assert off[3] == "before_writing"


def test_a_quote_said_last_weekend_gives_the_weekend(coder) -> None:
    text = BACKGROUND + "The harbour senator criticized the new lock toll. \"It squeezes the small growers " \
                        "hardest,\" she said last weekend."
    on, off = _both(coder, text, "criticized")
    assert _when(on)[:2] == ("2024-03-16", "2024-03-17")
    assert off[3] == "before_writing"


def test_a_plea_whose_quote_closes_a_sentence_later(coder) -> None:
    text = BACKGROUND + "The mayor urged the lock board to scrap the toll. \"Scrap it before the harvest. The " \
                        "growers cannot wait,\" he told reporters on Monday."
    on, off = _both(coder, text, "urged")
    assert on["event_type"] == "REQUEST"
    assert _when(on)[:2] == ("2024-03-18", None) and on["date_precision"] == "day"
    assert off[3] == "before_writing"


def test_another_speakers_quote_says_nothing_of_the_act(coder) -> None:
    text = BACKGROUND + "The harbour senator criticized the new lock toll. \"It squeezes the small growers " \
                        "hardest,\" the ferry captain said last week."
    assert _when(_event(coder, text, "criticized", PUBLISHED, "asserted"))[3] == "before_writing"


def test_a_criticism_told_as_lasting_keeps_its_open_range(coder) -> None:
    text = BACKGROUND + "The harbour senator has consistently criticized the lock toll. \"It squeezes the small growers " \
                        "hardest,\" she said last week."
    assert _when(_event(coder, text, "criticized", PUBLISHED, "asserted"))[3] == "before_writing"


def test_a_dated_line_without_her_words_dates_nothing(coder) -> None:
    text = BACKGROUND + "The harbour senator criticized the new lock toll. She toured the upper lock last week."
    assert _when(_event(coder, text, "criticized", PUBLISHED, "asserted"))[3] == "before_writing"


def _dated(coder: Any, text: str, trigger: str, rule: str) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """The asserted event coded in a 2016 story, and its date as coded with the rule off."""
    on = _event(coder, text, trigger, "2016-03-20", "asserted")
    with switched_off([rule]):
        off = _event(coder, text, trigger, "2016-03-20", "asserted")
    return on, _when(off)


def test_two_years_after_a_dated_flood_is_two_years_on(coder) -> None:
    """A gap counted in years from a happening dated to its year moves that year (rule dating.counted_gap_long);
    without it the flood's own year was given to the blockade."""
    text = "Two years after the 2012 flood, the delta farmers blocked the coastal road."
    on, off = _dated(coder, text, "blocked", "dating.counted_gap_long")
    assert on["factuality"] == "asserted"
    assert _when(on)[:2] == ("2014-01-01", "2014-12-31") and on["date_precision"] == "year"
    assert off[:2] == ("2012-01-01", "2012-12-31")


def test_three_months_after_a_truce_of_march(coder) -> None:
    text = "The hill militia raided the depot three months after the March 2012 truce."
    on, off = _dated(coder, text, "raided", "dating.counted_gap_long")
    assert on["event_type"] == "COERCE"  # a raid: the codebook's seizure or raid
    assert _when(on)[:2] == ("2012-06-01", "2012-06-30") and on["date_precision"] == "month"
    assert on["historical"] is True
    assert off[3] == "before_writing"


def test_months_from_a_bare_year_give_the_year_moved_on(coder) -> None:
    """The truce's month is unknown, so three months after it lies between April of its year and March of the next."""
    text = "The hill militia raided the depot three months after the 2012 truce."
    assert _when(_event(coder, text, "raided", "2016-03-20", "asserted"))[:2] == ("2012-04-01", "2013-03-31")
