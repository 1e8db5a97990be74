"""The words of non_agents.yaml (a disaster, a poll, a public mood) stop an act only when they are its doer as a
common noun: a person whose name is such a word acts, and an act whose by-phrase names its doer is kept however
the parser placed the mood word."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types


def test_a_person_named_like_a_mood_acts(coder) -> None:
    found = _events(coder, "Prosecutor Jane Fear of the state attorney's office will seek the death penalty.")
    assert [(kind, sources) for kind, sources, _ in found] == [("REQUEST", ["Prosecutor Jane Fear"])]


def test_a_mood_as_the_doer_still_does_nothing(coder) -> None:
    assert _types(coder, "Frustration with the Chilean government sent thousands of voters into the arms of the "
                         "Peruvian president.") == []


def test_a_killing_by_a_named_doer_survives_a_mood_parsed_as_its_subject(coder) -> None:
    # the parser reads "Anger" as the subject of "shot"; the killing is the police's, told by its by-phrase
    text = ("Anger over the death of a Santiago teenager shot and killed by police fueled a riot on the streets of the "
            "city Monday.")
    assert "ASSAULT" in _types(coder, text)
