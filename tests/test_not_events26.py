"""Issue 14, generic, opinion and counted statements (events/not_events.py, session 26 rules of
events/data/not_events.yaml): what a party can or must be able to do, what happens whenever something happens, a
standing refusal, the writer's suppositions, judgements and rhetorical questions, a stance on a kind of act, a run of
repeated acts, and crowds or money counted as they go somewhere report no act on an occasion; the same acts told as
done on a day stay events."""

from __future__ import annotations

from tests.test_not_events25 import _types

RULES = frozenset({
    "events.not_events.capacity_modals", "events.not_events.habitual_when", "events.not_events.difficulty_predictions",
    "events.not_events.suppositions", "events.not_events.stance_on_kinds", "events.not_events.repeated_acts",
    "events.not_events.counted_movements", "events.not_events.standing_refusals",
    "events.not_events.writers_questions",
    "events.not_events.writers_voice",  # session 27: "Chile must be able to defend itself" is also the writer's advice
    "events.senses.migrants_arriving",  # session 28: migrants arriving pay no visit, counted or not
})


def test_what_a_party_can_or_must_be_able_to_do_is_no_act(coder) -> None:
    text = ("The Chilean senate can seek enforcement of the subpoena in three ways. Chile must be able to defend "
            "itself against Peru. The pension fund holds shares in Peruvian firms that the Chilean government could "
            "pressure.")
    found = _types(coder, text)
    assert not found & {"REQUEST", "SUPPORT"}
    assert {"REQUEST", "SUPPORT"} <= _types(coder, text, RULES)  # what the rules set aside
    done = "The Chilean army was able to attack the Peruvian base on Monday."
    assert "ASSAULT" in _types(coder, done)


def test_what_happens_whenever_something_happens_is_a_habit(coder) -> None:
    text = ("When a protester gets shot, the Chilean police investigate the officers. Whenever the Chilean senator "
            "criticizes Peru, the Peruvian press attacks him.")
    assert _types(coder, text) == set()
    assert {"ACCUSE", "ASSAULT"} <= _types(coder, text, RULES)
    once = "When the Chilean senator criticized Peru on Monday, the Peruvian press attacked him."
    assert {"ACCUSE", "ASSAULT"} <= _types(coder, once)


def test_the_writers_suppositions_judgements_and_questions_report_nothing(coder) -> None:
    text = ("Say the Chilean senator demanded a recount. It will be hard for the Chilean senator to attack the "
            "Peruvian president. Can the Chilean president offer the Peruvian senate something it wants?")
    assert _types(coder, text) == set()
    assert {"REQUEST", "ACCUSE", "AGREE"} <= _types(coder, text, RULES)
    assert "REQUEST" in _types(coder, "The Chilean senator demanded a recount on Monday.")
    assert "SANCTION" in _types(coder, "Why did Peru recall its envoy to Chile on Monday?")


def test_stances_on_kinds_and_runs_of_acts_are_no_single_acts(coder) -> None:
    text = ("Chile opposes taking in Peruvian migrants. The repeated demands of foreign capitals for a "
            "ceasefire went unheeded. The Chilean senator has a long history of blaming Peru for his troubles.")
    found = _types(coder, text)
    assert not found & {"AID", "REQUEST"}
    assert {"AID", "REQUEST"} <= _types(coder, text, RULES)
    assert "ACCUSE" in _types(coder, "The Chilean senator blamed Peru for his troubles on Monday.")


def test_counted_crowds_and_money_going_somewhere_are_figures(coder) -> None:
    text = "More than 4,000 Peruvian migrants arrived in Chile last month. Half of the donations went to the candidate."
    assert "CONSULT" not in _types(coder, text)
    assert "CONSULT" in _types(coder, text, RULES)
    assert "CONSULT" in _types(coder, "Three Peruvian ministers arrived in Santiago on Monday for talks.")


def test_a_standing_refusal_is_no_act_but_a_refusal_to_come_is_read_as_told(coder) -> None:
    refused = "The Chilean consulate was not granting visas to Peruvians."
    assert _types(coder, refused) == set()
    assert "RETREAT" in _types(coder, refused, RULES)
    assert "CONCEDE" in _types(coder, "The Chilean senator is not going to give in to the Peruvian miners.")
