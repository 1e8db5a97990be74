"""Whether (issue #14): a clause joined by "and"/"or" to a clause opened by "if", "unless" or "whether" lies inside
the same condition or question, though it has a subject of its own, so its act is only possible. Each test switches
the rule off to show what it changes."""

from __future__ import annotations

from detente.rules import switched_off

RULE = "factuality.condition_shared_by_conjunct"


def _whether(coder, text: str) -> list[tuple[str, str, str]]:
    """(trigger, type, factuality) of each coded event."""
    events = coder.code_text(text, published="2024-01-10")["events"]
    return [(e["mentions"][0]["trigger"]["text"], e["event_type"], e["factuality"]) for e in events]


def test_the_second_clause_of_a_condition_is_only_possible(coder) -> None:
    text = "If the guerrillas are mining the roads and the air force is bombing the hamlets, the ceasefire is over."
    assert ("bombing", "ASSAULT", "hypothetical") in _whether(coder, text)
    with switched_off({RULE}):
        assert ("bombing", "ASSAULT", "asserted") in _whether(coder, text)


def test_a_condition_placed_after_its_main_clause_holds_both_clauses(coder) -> None:
    text = "The truce will collapse unless the militia leaves the valley and the navy withdraws its gunboats."
    assert ("withdraws", "RETREAT", "hypothetical") in _whether(coder, text)
    with switched_off({RULE}):
        assert ("withdraws", "RETREAT", "asserted") in _whether(coder, text)


def test_the_second_clause_of_a_question_is_only_asked(coder) -> None:
    text = "Reporters asked whether the rebels had seized the airport and the police had arrested their leaders."
    assert ("arrested", "COERCE", "hypothetical") in _whether(coder, text)
    with switched_off({RULE}):
        assert ("arrested", "COERCE", "asserted") in _whether(coder, text)


def test_joined_clauses_with_no_condition_stay_done(coder) -> None:
    text = "The militia blocked the highway and the army shelled the villages."
    assert ("shelled", "ASSAULT", "asserted") in _whether(coder, text)


def test_a_conceded_condition_leaves_the_second_clause_done(coder) -> None:
    text = "Even if the rebels left the town and the army shelled the villages, the truce held."
    assert ("shelled", "ASSAULT", "asserted") in _whether(coder, text)


def test_a_clause_of_the_main_clause_is_outside_the_condition(coder) -> None:
    text = "If the rebels attack, the army will respond, and the police arrested two men on Monday."
    assert ("arrested", "COERCE", "asserted") in _whether(coder, text)


def test_a_clause_after_a_dash_is_no_part_of_the_condition(coder) -> None:
    text = ("If the junta is indeed arming the militias in the north \u2014 as the monitors report, and the exiles "
            "are alleging \u2014 the talks will fail.")
    found = _whether(coder, text)
    assert any(trigger == "alleging" for trigger, _, _ in found)
    with switched_off({RULE}):
        assert _whether(coder, text) == found  # the aside keeps whatever it had without the rule
