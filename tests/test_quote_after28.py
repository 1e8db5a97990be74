"""Session 28 (issue #14): an act done in words, summed up with no time of its own, then quoted at once by its doer
with a dated verb of saying ("The senator has criticized the toll. \"It hurts growers,\" she said last week."): the
quote gives the act's words, so its saying's time is the act's, a week or a weekend kept as its span. Each test
shows the event falls back to the open range by the tense with rule discourse.quote_told_after switched off."""

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
