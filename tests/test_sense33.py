"""Issue 14, senses (session 33): records and messages handed over, captured, searched or released are no aid, arrest,
search or release (senses.yaml records_not_goods); a rival challenged for an office or in a race is run against, no
accusation (rival_challenged); views and arguments offered are words, no offer (views_offered). Each test shows the
story's real event stays and that the rule, switched off, brings the old reading back. The sentences are invented for
these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _events, _types

NOTE = "The Paraguayan governor sent an e-mail to the Uruguayan consul late on Tuesday."
FILES = "Paraguayan clerks searched the archives for any Uruguayan permit."
CAPTURED = "Each cable of the Paraguayan embassy was captured and stored on a server in Asuncion."
TROOPS = "Paraguay sent troops to the Uruguayan border on Tuesday."
OFFICES = "Paraguayan police searched the offices of the Uruguayan shipping firm."
RIVAL = "The Paraguayan mayor has the money to challenge the governor in the general election."
RECORD = "The Paraguayan senator challenged the Uruguayan minister over his record on the river treaty."
ARGUMENTS = "The Paraguayan senator offered fresh counterarguments to the Uruguayan minister."
CREDIT = "Paraguay offered Uruguay a loan of 30 million dollars on Monday."


def test_records_handed_over_or_searched_are_no_aid_or_search(coder) -> None:
    assert "AID" not in _types(coder, NOTE)
    assert "COERCE" not in _types(coder, FILES)
    assert "COERCE" not in _types(coder, CAPTURED)
    assert "AID" in _types(coder, TROOPS)
    assert "COERCE" in _types(coder, OFFICES)
    with switched_off({"events.senses.records_not_goods"}):
        assert "AID" in _types(coder, NOTE)
        assert "COERCE" in _types(coder, FILES)
        assert "COERCE" in _types(coder, CAPTURED)


def test_a_rival_challenged_in_a_race_is_no_accusation(coder) -> None:
    assert "ACCUSE" not in _types(coder, RIVAL)
    assert "ACCUSE" in _types(coder, RECORD)
    with switched_off({"events.senses.rival_challenged"}):
        assert "ACCUSE" in _types(coder, RIVAL)


def test_arguments_offered_are_no_offer(coder) -> None:
    assert "AGREE" not in _types(coder, ARGUMENTS)
    assert ("AGREE", ["Paraguay"], ["Uruguay"]) in _events(coder, CREDIT)
    with switched_off({"events.senses.views_offered"}):
        assert "AGREE" in _types(coder, ARGUMENTS)


DRUG_WAR = "The Paraguayan president stepped up the drug war last spring."


def test_a_war_named_by_an_ill_is_a_policy(coder) -> None:
    assert "ASSAULT" not in _types(coder, DRUG_WAR)
    with switched_off({"events.senses.ill_named_war"}):
        assert "ASSAULT" in _types(coder, DRUG_WAR)
