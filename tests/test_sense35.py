"""Issue 14, senses (session 33, sense35): a question put to someone is no request (senses.yaml question_to_someone); a
contest told in words of force aimed at persons of public life is criticism or the race (contest_one_side); a case, a
race, the fallout of a scandal or trade does not act (non_agents.yaml contest_things). Each test shows the story's real
event stays and that the rule, switched off, brings the old reading back. The sentences are invented for these
tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

WHETHER = "The Bolivian senator asked the Ecuadorian envoy whether the river port would reopen."
QUOTED = '"Who will pay for the new bridge?" asked the Bolivian senator.'
PLEA = "The Bolivian senator asked the Ecuadorian envoy to reopen the river port."
SURROGATE = ("Since the caucus, the Bolivian mayor has been a tireless surrogate, attacking Governor Arce and touring "
             "the campaign offices.")
BATTLE = "The battle against Governor Arce kept distracting the Bolivian campaign all winter."
WOUNDED = "A gunman wounded Governor Arce at a campaign rally in La Paz on Sunday."
CASE = "A Bolivian court case threatened to cripple the Ecuadorian unions."
TRADE = "Bolivian mill workers were hit hard by trade with Ecuador."
MINISTER = "The Bolivian minister threatened to cripple the Ecuadorian unions."


def test_a_question_put_to_someone_is_no_request(coder) -> None:
    assert "REQUEST" not in _types(coder, WHETHER)
    assert "REQUEST" not in _types(coder, QUOTED)
    assert "REQUEST" in _types(coder, PLEA)
    with switched_off({"events.senses.question_to_someone"}):
        assert "REQUEST" in _types(coder, WHETHER)
        assert "REQUEST" in _types(coder, QUOTED)


def test_a_contest_told_in_words_of_force_is_no_assault(coder) -> None:
    assert "ASSAULT" not in _types(coder, SURROGATE)
    assert "ASSAULT" not in _types(coder, BATTLE)
    assert "ASSAULT" in _types(coder, WOUNDED)
    with switched_off({"events.senses.contest_one_side"}):
        assert "ASSAULT" in _types(coder, SURROGATE)
        assert "ASSAULT" in _types(coder, BATTLE)


def test_a_case_or_trade_does_not_act(coder) -> None:
    assert "THREATEN" not in _types(coder, CASE)
    assert "ASSAULT" not in _types(coder, TRADE)
    assert "THREATEN" in _types(coder, MINISTER)
    with switched_off({"events.non_agents.contest_things"}):
        assert "THREATEN" in _types(coder, CASE)
        assert "ASSAULT" in _types(coder, TRADE)
