"""Issue 14 (date30b): a time after "since" that closes a ranked noun ("the fifth raid since January", "the deadliest
attack since 2019") is the span the ranking holds over, not the act's time (rule dating.ranked_since); a length after
"for" that says how long a state lasted sets no time for the story's next sentences (rule dating.lasting_no_scene)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_clauses24 import dated  # published on Saturday 2024-03-16: Monday is 2024-03-11


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


def test_an_ordinal_on_the_adjective_still_ranks_the_noun(coder) -> None:
    text = "On Thursday the navy stopped a raid, seizing arms, in the fifth successful operation since September."
    assert dated(coder, text, "seizing") == ("2024-03-14", None)
    with switched_off({"dating.ranked_since"}):
        assert dated(coder, text, "seizing") != ("2024-03-14", None)


def test_since_with_no_ranking_still_dates_the_act(coder) -> None:
    text = "The army has shelled the town since January."
    assert dated(coder, text, "shelled") == ("2024-01-01", "2024-03-16")


def test_how_long_a_state_lasted_does_not_date_the_next_act(coder) -> None:
    text = "The officer had served in the unit for the past five years. Police arrested him."
    assert dated(coder, text, "arrested") == (None, "2024-03-16")  # some time before writing, no five-year span
    with switched_off({"dating.lasting_no_scene"}):
        assert dated(coder, text, "arrested") == ("2019-03-17", "2024-03-16")
