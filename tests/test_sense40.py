"""Issue 14, senses (session 40): force needs a foe (senses.yaml fight_without_a_foe). A fight whose every foe named is
a thing (a law, a stance, a decision) counters it or strives, and a fight with no foe named is force only when an armed
party fights; real fights between armed parties, and wars fought, stay. Each test shows the rule, switched off, brings
the old reading back. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

RULE = {"events.senses.fight_without_a_foe"}

LAWS = "The Uruguayan governor vowed on Monday to fight the new mining laws in every court."
WAY = "Ana Ferreira fought her way back into the race."
STANCE = "Ana Ferreira battled stubborn opposition from the Uruguayan press all spring."
VIDEO = "The mayor of Montevideo has fought the release of the bodycam footage for a year."
ON = "The Uruguayan senator vowed on Tuesday to keep fighting."
BACK = "The Paraguayan senator lost the first vote but decided to fight back."
REBELS = "Paraguayan rebels fought the army near the Uruguayan border on Friday."
TROOPS = "Uruguayan troops battled the insurgency in the northern hills last week."
WAR = "Paraguay fought a long war against its neighbours in the 1860s."
MILITANT = "Uruguay joined an alliance on Monday to fight the militant faction in the north."
CROWD = "Two groups of Uruguayan fishermen fought with each other over a net on Sunday."
VILLAGERS = "The villagers fought back and chased the cattle thieves off their land."
SOLDIER = "Her grandfather fought in Korea as a young conscript."


def test_a_thing_fought_is_no_force(coder) -> None:
    for text in (LAWS, STANCE, VIDEO, WAY):
        assert "ASSAULT" not in _types(coder, text), text
    with switched_off(RULE):
        for text in (LAWS, STANCE, VIDEO, WAY):
            assert "ASSAULT" in _types(coder, text), text


def test_an_unarmed_fight_with_no_foe_is_no_force(coder) -> None:
    assert "ASSAULT" not in _types(coder, ON)
    assert "ASSAULT" not in _types(coder, BACK)
    with switched_off(RULE):
        assert "ASSAULT" in _types(coder, ON)
        assert "ASSAULT" in _types(coder, BACK)


def test_armed_fights_and_wars_stay(coder) -> None:
    for text in (REBELS, TROOPS, WAR, SOLDIER, MILITANT, CROWD, VILLAGERS):
        assert "ASSAULT" in _types(coder, text), text
