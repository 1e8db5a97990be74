"""Issue 14 (date35): a time that belongs to a name, to the description of a party, or to the deed an arrest is over
dates no act around it."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

NAME = "dating.time_in_a_name"
PARTY = "dating.time_of_a_party"
GROUNDS = "dating.grounds_of_a_legal_act"


def test_a_century_inside_a_company_name_dates_nothing(coder) -> None:
    text = "The 21st Century Fox board criticized the union."
    assert _dated(coder, text, "2016-08-01", "criticized") == [(None, "2016-08-01")]
    with switched_off({NAME}):
        assert _dated(coder, text, "2016-08-01", "criticized") == [("2000-01-01", "2016-08-01")]
    # a day put before a name is still a day
    assert _dated(coder, "On Tuesday Senator Ruiz criticized the union.", "2016-08-04",
                  "criticized") == [("2016-08-02", None)]


def test_a_year_on_the_candidates_is_not_when_they_called_for_it(coder) -> None:
    text = "Some 2016 presidential candidates have called for closing the department."
    assert ("2016-01-01", "2016-12-31") not in _dated(coder, text, "2015-11-30", "called for")
    with switched_off({PARTY}):
        assert _dated(coder, text, "2015-11-30", "called for") == [("2016-01-01", "2016-12-31")]


def test_now_in_an_apposition_describes_the_speaker_not_the_act(coder) -> None:
    text = "Maria Dunn, now a partner at a law firm, criticized the ministry."
    dates = _dated(coder, text, "2016-08-17", "criticized")
    assert dates == [(None, "2016-08-17")], dates
    with switched_off({PARTY}):
        assert _dated(coder, text, "2016-08-17", "criticized") == [("2016-08-17", None)]
    # a time hung straight after a name is the verb's, and a clause on the party keeps its own time
    assert _dated(coder, "Senator Ruiz on Tuesday criticized the ministry.", "2016-08-17",
                  "criticized") == [("2016-08-16", None)]


def test_a_killing_the_arrest_is_over_lies_up_to_the_arrest(coder) -> None:
    text = "Police arrested two men on Friday in the killing of a student."
    assert _dated(coder, text, "2024-03-16", "killing") == [(None, "2024-03-15")]
    assert _dated(coder, text, "2024-03-16", "arrested") == [("2024-03-15", None)]
    with switched_off({GROUNDS}):
        assert _dated(coder, text, "2024-03-16", "killing") == [("2024-03-15", None)]
    # a raid the arrest was made in is its setting, that day
    assert _dated(coder, "Two men were arrested on Friday in a raid on a warehouse.", "2024-03-16",
                  "raid") == [("2024-03-15", None)]


def test_a_charge_over_a_stabbing_of_2019_is_not_dated_2019(coder) -> None:
    text = "Detectives charged a woman in the 2019 stabbing of her neighbour."
    assert ("2019-01-01", "2019-12-31") not in _dated(coder, text, "2024-03-16", "charged")
    with switched_off({GROUNDS}):
        assert _dated(coder, text, "2024-03-16", "charged") == [("2019-01-01", "2019-12-31")]
