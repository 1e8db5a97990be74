"""Issue 14, senses (session 28): a trigger's arguments must fit its frame. Money or jobs handed back to households or
by a firm are no return between parties; families and migrants on the move pay no visit; a shot back at a rival's
remarks or between two persons of public life is criticism in words; a goal or the polls beaten suffer no force; a
snowstorm or a loan does not act (senses.yaml frame_fit28, quantity_reached, retort_in_words; non_agents.yaml). Each
story keeps its real event, so a rule that goes too far fails here too. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)

RULES = ("events.senses.money_returned", "events.senses.migrants_arriving", "events.senses.retort_in_words",
         "events.senses.quantity_reached", "events.non_agents")

REFUND = "The Bolivian treasury will give back roughly 4 billion bolivianos to farmers and shops next spring."
FIRM = "Each carbon levy dollar would be returned to ranchers and bakeries through credits."
FAMILIES = "Several hundred Haitian families arrived at the Dominican border post on Saturday."
REPLY = "Three Bolivian mayors fired back at the governor over the falling rating of the region."
GOAL = "The Ecuadorian campaign expects to beat its fundraising goal well before the spring."
STORM = "The snowstorm that hit the Bolivian highlands in July shut every road."


def test_money_handed_back_to_households_or_by_a_firm_is_no_return(coder) -> None:
    assert "RETREAT" not in _types(coder, REFUND)
    assert "RETREAT" not in _types(coder, FIRM)
    assert "RETREAT" not in _types(coder, "The senator vowed to return the jobs that moved to Mexico.")
    assert _events(coder, "Bolivia returned the seized cargo ships to Ecuador on Thursday.") \
        == [("RETREAT", ["Bolivia"], ["Ecuador"])]


def test_families_on_the_move_pay_no_visit(coder) -> None:
    assert "CONSULT" not in _types(coder, FAMILIES)
    assert "CONSULT" not in _types(coder, "His grandparents arrived in Quito in 1949 with almost nothing.")
    visit = [e for e in _events(coder, "The Bolivian foreign minister arrived in Quito on Thursday.")
             if e[0] == "CONSULT"]
    assert visit and visit[0][1] == ["Bolivian foreign minister"]


def test_a_shot_back_between_politicians_is_criticism(coder) -> None:
    found = _events(coder, REPLY)
    assert [t for t, _, _ in found] == ["ACCUSE"] and found[0][2] == ["governor"]
    assert "ASSAULT" not in _types(coder, "Bolivian senators fired back at the Ecuadorian minister's remarks.")
    assert "ASSAULT" in _types(coder, "Bolivian soldiers fired back at the Ecuadorian smugglers on Thursday.")


def test_a_goal_beaten_or_a_storm_does_no_force(coder) -> None:
    assert "ASSAULT" not in _types(coder, GOAL)
    assert "ASSAULT" not in _types(coder, STORM)
    assert "ASSAULT" in _types(coder, "Bolivian rebels beat two Ecuadorian soldiers with clubs on Thursday.")


def test_with_the_rules_off_the_false_events_come_back(coder) -> None:
    """The checks above are these rules' work: switched off, each story codes its false event again."""
    with switched_off(RULES):
        assert "RETREAT" in _types(coder, REFUND)
        assert "RETREAT" in _types(coder, FIRM)
        assert "CONSULT" in _types(coder, FAMILIES)
        assert "ASSAULT" in _types(coder, REPLY)
        assert "ASSAULT" in _types(coder, GOAL)
        assert "ASSAULT" in _types(coder, STORM)
