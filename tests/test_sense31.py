"""Session 31 (issue 14, senses on wire news): a verb whose event frame needs it without an object (a strike by
workers, "police fired") is another sense in the passive voice: a pedestrian struck by a truck protests nothing
and a coach fired from his job is shot at by no one. Workers on strike and police firing on a crowd stay."""

from __future__ import annotations

from detente.pipeline import _raw_text
from detente.rules import switched_off

PASSIVE = {"events.senses.intransitive_passive"}


def _types(coder, text: str) -> list[str]:
    return [e.event_type for e in next(coder.coded([_raw_text(text)], published="2012-05-04")).events]


def test_struck_by_a_vehicle_is_no_strike(coder) -> None:
    text = "An elderly Chilean senator was struck by a delivery van outside the congress building on Thursday."
    assert "PROTEST" not in _types(coder, text)
    with switched_off(PASSIVE):
        assert "PROTEST" in _types(coder, text)


def test_fired_from_a_job_is_no_shooting(coder) -> None:
    text = "The Peruvian striker Luis Ramos was fired from the national squad after the scandal."
    assert "ASSAULT" not in _types(coder, text)
    with switched_off(PASSIVE):
        assert "ASSAULT" in _types(coder, text)


def test_workers_on_strike_and_police_firing_stay(coder) -> None:
    assert "PROTEST" in _types(coder, "Chilean port workers struck for a third day on Thursday.")
    assert "ASSAULT" in _types(coder, "Peruvian police fired on the marchers near the square on Thursday.")
