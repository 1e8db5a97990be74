"""Issue 14 (date33a): a relative time the story gives an act elsewhere dates it. The writer's "now" does not move
the story off the day its lead set; a comma-spliced run of one doer's acts shares its first clause's time; a time
hung on a noun inside an inner clause of the subject stays that noun's rather than dating the verb after it."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

NOW_RULE = "dating.writers_now_keeps_the_day"
SPLICE_RULE = "dating.comma_spliced_acts"
INNER_RULE = "dating.day_before_verb_own_clause"


def test_a_past_act_told_after_the_writers_now_keeps_the_lead_day(coder) -> None:
    text = ("Governor Lund launched a fierce attack on the mayor last night, calling him a coward.\n\n"
            "Reporters crowded the hall.\n\nNow, the mayor has answered.\n\n"
            "Lund also criticized two judges during the speech.")
    assert _dated(coder, text, "2024-06-14", "criticized") == [("2024-06-13", None)]
    with switched_off({NOW_RULE}):
        assert _dated(coder, text, "2024-06-14", "criticized") == [(None, "2024-06-14")]


def test_each_act_of_a_comma_spliced_run_takes_the_first_clause_s_day(coder) -> None:
    text = "The governor on Monday criticized the senator on taxes, she criticized him on schools, and she mocked his record."
    assert _dated(coder, text, "2024-06-14", "criticized") == [("2024-06-10", None), ("2024-06-10", None)]
    assert _dated(coder, text, "2024-06-14", "mocked") == [("2024-06-10", None)]
    with switched_off({SPLICE_RULE}):
        assert _dated(coder, text, "2024-06-14", "criticized")[1] == (None, "2024-06-14")


def test_another_doer_after_the_comma_is_no_run(coder) -> None:
    text = "The minister on Monday criticized the plan, the mayor praised it."
    assert _dated(coder, text, "2024-06-14", "praised") == [(None, "2024-06-14")]


def test_an_event_noun_s_own_time_inside_a_long_subject_dates_the_noun(coder) -> None:
    text = ("The quarrel over whether to admit migrants into the country in the wake of the bomb attacks on Lyon "
            "last month is another hazard the minister is handling carefully.")
    assert _dated(coder, text, "2024-06-14", "attacks") == [("2024-05-01", "2024-05-31")]
    with switched_off({INNER_RULE}):
        assert _dated(coder, text, "2024-06-14", "attacks") == [(None, "2024-06-14")]


def test_another_doer_s_act_after_the_writers_now_is_not_given_the_lead_day(coder) -> None:
    text = ("Governor Lund launched a fierce attack on the mayor last night, calling him a coward.\n\n"
            "Reporters crowded the hall.\n\nNow, the mayor has answered.\n\n"
            "Two senators criticized the governor.")
    assert _dated(coder, text, "2024-06-14", "criticized") == [(None, "2024-06-14")]
