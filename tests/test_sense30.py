"""Issue 14, senses and parties (session 30): words offered are no offer (senses.yaml words_offered); an adjective of
readiness with no act in its complement is a disposition (disposition_not_intent); force or
coercion is done to the verb's object, not to the place of its "in" phrase (roles.yaml patient_before_place); a visit,
comfort or help given to one's own relative is private life (not_events.yaml own_kin). Each test shows the story's real
event stays and that the rule, switched off, brings the old reading back. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import PUBLISHED, _events, _types

DETAILS = "The Bolivian senator did not offer further details about the gas deal on Tuesday."
PREDICTION = "On Monday the Ecuadorian minister offered a gloomy prediction for the border talks."
LOAN = "Bolivia offered Ecuador a loan of 50 million dollars on Monday."
SOLDIERS = "Rebel fighters attacked soldiers in the Bolivian town of Oruro on Sunday."
CONVOY = "Rebel fighters attacked a supply convoy in Oruro on Sunday."
SISTER = "Maria Duarte, a retired teacher, spent a month visiting her sister in Quito."
MOURN = "The Bolivian cadet was flying home to La Paz to mourn his mother."
MINISTER = "The Bolivian foreign minister visited Quito on Friday to meet his Ecuadorian counterpart."


def test_words_offered_are_no_offer(coder) -> None:
    assert "AGREE" not in _types(coder, DETAILS)
    assert "AGREE" not in _types(coder, PREDICTION)
    assert ("AGREE", ["Bolivia"], ["Ecuador"]) in _events(coder, LOAN)
    with switched_off({"events.senses.words_offered"}):
        assert "AGREE" in _types(coder, DETAILS)
        assert "AGREE" in _types(coder, PREDICTION)


def _target_of(coder, text: str, kind: str) -> dict:
    found = [e for e in coder.code_text(text, published=PUBLISHED)["events"] if e["event_type"] == kind]
    assert len(found) == 1, found
    assert found[0]["target"], found
    return found[0]["target"][0]


def test_force_is_done_to_the_object_not_to_its_place(coder) -> None:
    target = _target_of(coder, SOLDIERS, "ASSAULT")
    assert target["text"] == "soldiers" and target["country"] == "BOL"
    # an object that names no party leaves the place the target, in the object's words (thing_at_place)
    assert "Oruro" in _target_of(coder, CONVOY, "ASSAULT")["text"]
    with switched_off({"events.roles.patient_before_place"}):
        assert _target_of(coder, SOLDIERS, "ASSAULT")["text"] == "Oruro"


def test_a_visit_to_ones_own_relative_is_private(coder) -> None:
    assert "CONSULT" not in _types(coder, SISTER)
    assert "SUPPORT" not in _types(coder, MOURN)
    assert "CONSULT" in _types(coder, MINISTER)
    with switched_off({"events.not_events.own_kin"}):
        assert "CONSULT" in _types(coder, SISTER)
        assert "SUPPORT" in _types(coder, MOURN)


BYGONES = "Several Bolivian senators said on Monday they were willing to let bygones be bygones."
NOMINATION = "The Ecuadorian governor is determined to win the nomination in May."
TALKS = "Bolivia is ready to resume talks with Ecuador, the foreign minister said on Monday."


def test_a_disposition_is_no_intent_to_act(coder) -> None:
    assert "AGREE" not in _types(coder, BYGONES)
    assert "AGREE" not in _types(coder, NOMINATION)
    assert ("AGREE", ["Bolivia"], ["Ecuador"]) in _events(coder, TALKS)
    # a party named in the complement makes it an intent towards that party, though its verb is no event of the lexicon
    assert "AGREE" in _types(coder, "Bolivia is willing to share its know-how with the United Nations, it said.")
    with switched_off({"events.senses.disposition_not_intent"}):
        assert "AGREE" in _types(coder, BYGONES)
        assert "AGREE" in _types(coder, NOMINATION)
