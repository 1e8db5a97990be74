"""Issue 14 (date30c): "recent" put before a noun that is not the act's own phrase ("defended the agency against recent
criticism") tells that the thing happened lately, not when a past or modal act happened, so it does not stand in for
the act's time: the story's own day dates the act, and an act still to come keeps no date
(rule dating.recent_thing_not_time); and "the quarter-century-old brigade" names no reporting quarter
(rule time.words.quarter_compound)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import PUBLISHED, coded  # published on Saturday 2024-03-16

RULE = {"dating.recent_thing_not_time"}


def test_defence_told_after_a_dated_statement_takes_its_day(coder) -> None:
    text = ("The health minister spoke to reporters in the capital on Thursday. "
            "She defended the agency against recent criticism from opposition lawmakers.")
    assert coded(coder, text, "defended")[2:] == ("2024-03-14", None)
    with switched_off(RULE):
        assert coded(coder, text, "defended")[2:] == (None, PUBLISHED)  # up to the day of writing


def test_a_threat_still_to_come_keeps_no_date(coder) -> None:
    text = "The defence minister said on Thursday that the army could attack the rebels' bases over recent raids on border villages."
    assert coded(coder, text, "attack") == ("ASSAULT", "hypothetical", None, None)
    with switched_off(RULE):
        assert coded(coder, text, "attack")[2:] == (None, PUBLISHED)  # a range of the past for an act not done


def test_quarter_century_names_no_quarter(coder) -> None:
    text = "Opposition deputies mocked the quarter-century-old border brigade in parliament."
    assert coded(coder, text, "mocked")[2:] == (None, PUBLISHED)  # a past act nothing dates: up to the day of writing
    with switched_off({"time.words.quarter_compound"}):
        assert coded(coder, text, "mocked")[2:] == ("2023-10-01", PUBLISHED)  # from the last reported quarter on
