"""Issue 14 (date30b): a time inside a restrictive relative clause dates the background act that says who or what its noun is;
the story's next sentences do not go on at it (rule dating.relative_clause_no_scene); nor at a length after "for"
that says how long a state lasted (rule dating.lasting_no_scene); a time after "since" that closes a ranked noun ("the
fifth raid since January") is the span the ranking holds over, not the act's time (rule dating.ranked_since)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_clauses24 import dated  # published on Saturday 2024-03-16: Monday is 2024-03-11

RULE = "dating.relative_clause_no_scene"


def test_the_next_act_goes_on_at_the_main_clauses_day_not_the_relative_clauses(coder) -> None:
    text = ("A guard shot two raiders on Monday at the depot from which he was dismissed last week. "
            "Officers detained him an hour later.")
    assert dated(coder, text, "detained") == ("2024-03-11", None)
    with switched_off({RULE}):
        assert dated(coder, text, "detained") != ("2024-03-11", None)


def test_a_relative_clauses_month_does_not_date_the_next_sentences_act(coder) -> None:
    text = "Soldiers searched a hamlet where the rebels camped in May. They burned the granary."
    assert dated(coder, text, "burned") == (None, "2024-03-16")  # some time before writing
    with switched_off({RULE}):
        assert dated(coder, text, "burned") != (None, "2024-03-16")


def test_a_main_clauses_time_still_sets_the_scene(coder) -> None:
    text = "On Tuesday, soldiers searched the hamlet where the rebels camped. They burned the granary."
    assert dated(coder, text, "burned") == ("2024-03-12", None)


def test_how_long_a_state_lasted_does_not_date_the_next_act(coder) -> None:
    text = "The officer had served in the unit for the past five years. Police arrested him."
    assert dated(coder, text, "arrested") == (None, "2024-03-16")  # some time before writing, no five-year span
    with switched_off({"dating.lasting_no_scene"}):
        assert dated(coder, text, "arrested") == ("2019-03-17", "2024-03-16")


def test_a_relative_clause_set_off_by_a_comma_still_sets_the_scene(coder) -> None:
    text = "The army shelled the harbour, which rebels seized on Tuesday. Troops arrested their leader."
    assert dated(coder, text, "arrested") == ("2024-03-12", None)


def test_the_span_of_a_ranking_does_not_date_the_act(coder) -> None:
    text = "The navy seized a pirate boat, its fifth seizure since January."
    assert dated(coder, text, "seized") == (None, "2024-03-16")  # some time before writing, not January to now
    with switched_off({"dating.ranked_since"}):
        assert dated(coder, text, "seized") == ("2024-01-01", "2024-03-16")


def test_a_participle_keeps_its_verbs_day_beside_a_ranking(coder) -> None:
    text = "Rebels attacked the base on Monday, killing ten soldiers in the deadliest attack on the army since 2019."
    assert dated(coder, text, "killing") == ("2024-03-11", None)
    with switched_off({"dating.ranked_since"}):
        assert dated(coder, text, "killing") != ("2024-03-11", None)
