"""Issue 12 (speed27a): the events stage calls a candidate check only where a cheap first test passes (the anchor's tag
and relation read once per candidate, the kind of event compared before a check that reads one kind, the sentences
ending on a question mark found once per document). These tests pin what a user sees through each guarded path: the
check still sets its candidate aside, and switching its rule off brings the event back, so a guard that skipped the
check would fail here."""

from __future__ import annotations

from tests.test_not_events25 import _types

WRITERS_QUESTIONS = "events.not_events.writers_questions"
KINDS_OF_ACTS = "events.not_events.kinds_of_acts"
CAPACITY_MODALS = "events.not_events.capacity_modals"
STANDING_REFUSALS = "events.not_events.standing_refusals"
DIFFICULTY = "events.not_events.difficulty_predictions"
POLICY_POSITION = "events.senses.policy_position"
COMMENTARY = "events.senses.commentary"


def test_a_question_among_told_sentences_is_still_the_writers(coder) -> None:
    text = ("The Bolivian minister met the Argentine envoy in La Paz on Tuesday. Could the Bolivian minister threaten "
            "Argentina with new tariffs?")
    found = _types(coder, text)
    assert "CONSULT" in found  # the told meeting, in a sentence with no question mark
    assert "THREATEN" not in found
    assert "THREATEN" in _types(coder, text, frozenset({WRITERS_QUESTIONS}))


def test_a_gerund_after_of_on_a_practice_noun_is_a_kind_of_act(coder) -> None:
    text = "The Bolivian ombudsman condemned the practice of detaining Argentine reporters."
    found = _types(coder, text)
    assert "ACCUSE" in found and "COERCE" not in found
    assert "COERCE" in _types(coder, text, frozenset({KINDS_OF_ACTS}))


def test_a_modal_over_an_infinitive_tells_a_capacity(coder) -> None:
    text = "The Bolivian navy can try to blockade the Argentine river port."
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, text, frozenset({CAPACITY_MODALS}))


def test_a_refusal_in_the_progressive_and_a_judged_difficulty_are_no_acts(coder) -> None:
    refusal = "The Bolivian consulate was not granting visas to Argentine students."
    assert "RETREAT" not in _types(coder, refusal)
    assert "RETREAT" in _types(coder, refusal, frozenset({STANDING_REFUSALS}))
    hard = "It is difficult for the Bolivian government to negotiate with Argentina."
    assert "CONSULT" not in _types(coder, hard)
    assert "CONSULT" in _types(coder, hard, frozenset({DIFFICULTY}))


def test_checks_of_one_kind_still_read_their_kind(coder) -> None:
    position = "The Bolivian senator has called for the full repeal of the mining tax."
    assert "REQUEST" not in _types(coder, position)
    assert "REQUEST" in _types(coder, position, frozenset({POLICY_POSITION}))
    opinion = "Argentine economists criticized the Bolivian minister for the budget."
    assert "ACCUSE" not in _types(coder, opinion)
    assert "ACCUSE" in _types(coder, opinion, frozenset({COMMENTARY}))
