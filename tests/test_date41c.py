"""Issue 14 (date41c): a past act placed by the story but not on the day it set for another sentence. An act told
"in"/"over" a stretch the text leaves undated ("in his campaigning", "over her career") lies some time up to the day
of writing (rule dating.within_an_undated_period_in); an act told "ahead of", "prior to" or "in advance of" a dated
happening lies up to that happening's day, as "before" does (rule dating.ordered_before_words)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

PERIOD_IN = "dating.within_an_undated_period_in"
BEFORE_WORDS = "dating.ordered_before_words"
PUBLISHED = "2024-06-17"  # a Monday
UP_TO_WRITING = [(None, PUBLISHED)]
ON_FRIDAY = [("2024-06-14", None)]


def test_an_accusation_in_a_candidate_s_campaigning_is_not_the_story_s_friday(coder) -> None:
    text = "The mayor opened a new bridge on Friday with her aides. The challenger, in his campaigning, accused her of fraud."
    assert _dated(coder, text, PUBLISHED, "accused") == UP_TO_WRITING
    with switched_off({PERIOD_IN}):
        assert _dated(coder, text, PUBLISHED, "accused") == ON_FRIDAY


def test_criticism_over_a_long_career_lies_up_to_the_day_of_writing(coder) -> None:
    text = "The general toured the northern camps on Friday. Over his career, he condemned the rebel leaders often."
    assert _dated(coder, text, PUBLISHED, "condemned") == UP_TO_WRITING
    with switched_off({PERIOD_IN}):
        assert _dated(coder, text, PUBLISHED, "condemned") == ON_FRIDAY


def test_a_dated_act_in_a_war_keeps_its_own_day(coder) -> None:
    # the act's own clause dates it: the stretch it lies in takes nothing from that
    text = "The general toured the northern camps on Friday. In the war, rebels shelled the port on Thursday."
    assert _dated(coder, text, PUBLISHED, "shelled") == [("2024-06-13", None)]


def test_a_bare_stretch_noun_is_no_period_of_the_story(coder) -> None:
    # "in years" names no stretch the act lies inside: the first meeting in years is the story's Friday meeting
    text = "The two envoys arrived in the capital on Friday. They met for the first time in years."
    with switched_off({PERIOD_IN}):
        before = _dated(coder, text, PUBLISHED, "met")
    assert _dated(coder, text, PUBLISHED, "met") == before


def test_a_request_prior_to_a_dated_inquiry_lies_up_to_it(coder) -> None:
    text = "The panel met on Friday. The ministry asked the panel for its records prior to the June 4 inquiry."
    assert _dated(coder, text, PUBLISHED, "asked") == [(None, "2024-06-04")]
    with switched_off({BEFORE_WORDS}):
        assert _dated(coder, text, PUBLISHED, "asked") == ON_FRIDAY


def test_criticism_in_advance_of_a_past_vote_lies_up_to_the_vote(coder) -> None:
    text = "Farmers blocked the roads on Friday. The senator criticized the governor in advance of Wednesday's vote."
    assert _dated(coder, text, PUBLISHED, "criticized") == [(None, "2024-06-12")]
    with switched_off({BEFORE_WORDS}):
        assert _dated(coder, text, PUBLISHED, "criticized") == ON_FRIDAY


def test_going_ahead_with_a_plan_tells_no_order(coder) -> None:
    text = "Farmers blocked the roads on Friday. The union went ahead with the strike and accused the minister of lying."
    with switched_off({BEFORE_WORDS}):
        before = _dated(coder, text, PUBLISHED, "accused")
    assert _dated(coder, text, PUBLISHED, "accused") == before
