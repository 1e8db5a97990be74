"""Session 31 (issue 14, senses on wire news): a trigger fires only in the sense its frame codes.
A verb whose frame needs it without an object (a strike by workers) is another sense in the passive voice: a
senator struck by police officers protests nothing (she is hit). A building that burns by itself is attacked by no one. A boxer who
lands a punch visits no one, and a minister fighting accusations fights no party. Workers on strike, rioters
burning a consulate, a president landing in a capital and troops fighting rebels stay."""

from __future__ import annotations

from detente.pipeline import _raw_text
from detente.rules import switched_off


def _types(coder, text: str) -> list[str]:
    return [e.event_type for e in next(coder.coded([_raw_text(text)], published="2012-05-04")).events]


def test_struck_by_police_is_a_blow_not_a_strike(coder) -> None:
    text = "The Chilean senator was struck by Peruvian police officers on Thursday."
    assert _types(coder, text) == ["ASSAULT"]
    with switched_off({"events.senses.intransitive_passive"}):
        assert "PROTEST" in _types(coder, text)


def test_workers_on_strike_stay_a_protest(coder) -> None:
    assert "PROTEST" in _types(coder, "Chilean port workers struck for a third day on Thursday.")


def test_a_building_burning_down_is_no_attack(coder) -> None:
    text = "Now that the Chilean trade ministry has burned, foul play seems clear."
    assert "ASSAULT" not in _types(coder, text)
    with switched_off({"events.senses.self_change"}):
        assert "ASSAULT" in _types(coder, text)


def test_rioters_burning_a_consulate_stay_an_attack(coder) -> None:
    assert "ASSAULT" in _types(coder, "Peruvian rioters burned the Chilean consulate in Lima on Friday.")
    assert "ASSAULT" in _types(coder, "The Chilean consulate in Lima was burned by rioters on Friday.")


def test_landing_a_punch_is_no_visit(coder) -> None:
    text = "Ramos stepped up his tactics when landing a left to Klitschko's face in the third round."
    assert "CONSULT" not in _types(coder, text)  # (verbs.yaml CONSULT frame: `intransitive: [land]`)
    assert "CONSULT" in _types(coder, "The Chilean president landed in Lima on Friday.")


def test_fighting_accusations_is_no_assault(coder) -> None:
    text = "The Chilean minister, fighting accusations of corruption, said the crisis was over."
    assert "ASSAULT" not in _types(coder, text)  # (verbs.yaml ASSAULT frame: its except_objects)
    assert "ASSAULT" in _types(coder, "Chilean troops fought Peruvian rebels near the border on Friday.")


def test_a_car_that_strikes_someone_is_no_party(coder) -> None:
    text = "The Chilean senator was struck by a car as she crossed the avenue in Lima."
    assert "ASSAULT" not in _types(coder, text)
    with switched_off({"events.non_agents"}):
        assert "ASSAULT" in _types(coder, text)
    assert "ASSAULT" in _types(coder, "A car bomb struck the Chilean embassy in Lima on Friday.")
