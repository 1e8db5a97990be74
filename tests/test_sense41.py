"""Issue 14, senses (session 41): a trigger codes its frame only when its arguments fit it (senses.yaml frame_fit41).
A speech, a ruling or a work delivered or released is said or published (works_not_goods); a rival or a machine
beaten is outdone in a contest (rival_outdone); voters appealed to or targeted are courted (electorate_courted). Each
test shows the rule, switched off, brings the old reading back, and that the real acts beside them stay. The sentences
are invented for these tests. What one is "provided with" is the thing given (given_with);
"thank God" exclaims relief (thanks_exclaimed)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

WORKS = {"events.senses.works_not_goods"}
RIVALS = {"events.senses.rival_outdone"}
COURTED = {"events.senses.electorate_courted"}

ADDRESS = "The Uruguayan president delivered her last State of the Nation Address to parliament on Tuesday."
RULING = "The Uruguayan Supreme Court released its ruling on the Paraguayan appeal on Monday."
BROCHURE = "The Uruguayan Farmers League released a new brochure on Monday."
FOOD = "Uruguay delivered tents and food to Paraguay after the floods."
FISHERMEN = "Uruguay released the Paraguayan fishermen on Friday."

NETWORKS = "The Uruguayan channel regularly beats rival Paraguayan channels in total viewers."
MACHINE = "The Uruguayan senator's small donors are beating the ruling party's fundraising machine."
GANGS = "Uruguayan police beat rival gang members in Montevideo on Friday."
STICKS = "The Uruguayan senator's bodyguards beat his rival with sticks outside the hall."

SWING = "The Uruguayan senator appealed to swing voters in Salto on Monday."
TARGETED = "The Uruguayan mayor courted the rural voters that the Paraguayan senator has been targeting for months."
ASKED = "The Uruguayan senator appealed to the Paraguayan minister to withdraw the bill."
BOMBS = "Paraguayan militants targeted Uruguayan voters in Salto with car bombs."


def test_a_work_delivered_or_released_is_no_aid_and_no_release(coder) -> None:
    assert "AID" not in _types(coder, ADDRESS)
    for text in (RULING, BROCHURE):
        assert "RETREAT" not in _types(coder, text), text
    with switched_off(WORKS):
        assert "AID" in _types(coder, ADDRESS)
        for text in (RULING, BROCHURE):
            assert "RETREAT" in _types(coder, text), text


def test_goods_delivered_and_persons_released_stay(coder) -> None:
    assert "AID" in _types(coder, FOOD)
    assert "RETREAT" in _types(coder, FISHERMEN)


def test_a_rival_beaten_is_outdone_not_struck(coder) -> None:
    for text in (NETWORKS, MACHINE):
        assert "ASSAULT" not in _types(coder, text), text
    with switched_off(RIVALS):
        for text in (NETWORKS, MACHINE):
            assert "ASSAULT" in _types(coder, text), text


def test_a_beating_by_police_or_with_a_weapon_stays(coder) -> None:
    for text in (GANGS, STICKS):
        assert "ASSAULT" in _types(coder, text), text


def test_voters_appealed_to_or_targeted_are_courted(coder) -> None:
    assert "REQUEST" not in _types(coder, SWING)
    assert "ASSAULT" not in _types(coder, TARGETED)
    with switched_off(COURTED):
        assert "REQUEST" in _types(coder, SWING)
        assert "ASSAULT" in _types(coder, TARGETED)


def test_an_appeal_for_an_act_and_a_targeting_by_force_stay(coder) -> None:
    assert "REQUEST" in _types(coder, ASKED)
    assert "ASSAULT" in _types(coder, BOMBS)


MATERIAL = "The Uruguayan senator provided the Paraguayan comedian with fresh material for years."
RIFLES = "Uruguay provided the Paraguayan rebels with rifles and ammunition."


def test_what_one_is_provided_with_is_the_thing_given(coder) -> None:
    assert "AID" not in _types(coder, MATERIAL)
    assert "AID" in _types(coder, RIFLES)
    with switched_off({"events.senses.given_with"}):
        assert "AID" in _types(coder, MATERIAL)


RELIEF = "\"Thank God, the Uruguayan border is open again,\" the Paraguayan minister said on Friday."
THANKED = "The Uruguayan president thanked Paraguay for its help after the floods."


def test_thank_god_is_an_exclamation_not_praise(coder) -> None:
    assert "SUPPORT" not in _types(coder, RELIEF)
    assert "SUPPORT" in _types(coder, THANKED)
    with switched_off({"events.senses.thanks_exclaimed"}):
        assert "SUPPORT" in _types(coder, RELIEF)
