"""Issue 14, senses (session 36): a person of public life beaten where the sentence speaks of the race by its
candidates, campaign or debate (senses.yaml candidacy_race) is an election won, no force used; a beating with a word of
force stays. Each test shows that the rule, switched off, brings the old reading back. The sentences are invented for
these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

SOMEBODY = "Whoever is going to beat the Uruguayan senator next year, I believe the mayor is that candidate."
HOPES = "The mayor's hopes of beating the Uruguayan senator in Salto now rest on Thursday's debate."
TWICE = ("If you want someone who is going to beat the Uruguayan senator, who is going to beat the governor, the mayor "
         "is that candidate.")
BATONS = "Uruguayan police beat the candidate with batons outside the hall in Salto."


def test_a_rival_beaten_in_the_race_is_no_assault(coder) -> None:
    assert "ASSAULT" not in _types(coder, SOMEBODY)
    assert "ASSAULT" not in _types(coder, HOPES)
    with switched_off({"events.senses.candidacy_race"}):
        assert "ASSAULT" in _types(coder, SOMEBODY)
        assert "ASSAULT" in _types(coder, HOPES)


def test_a_candidate_beaten_with_force_stays_an_assault(coder) -> None:
    assert "ASSAULT" in _types(coder, BATONS)


def test_a_win_said_twice_is_one_figure(coder) -> None:
    assert "ASSAULT" not in _types(coder, TWICE)
    with switched_off({"events.senses.candidacy_race"}):
        assert "ASSAULT" in _types(coder, TWICE)
