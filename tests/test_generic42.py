"""Issue 14, generic statements coded as events (session 29, generic42): a value a party is committed to
(events.not_events.commitments_to_kinds), means listed after "ways" (means_listed), a clause an optative formula
wishes away (optatives), a habit asked about in a present wh-clause (habits_asked), a participle inside a habitual
"when" clause (habitual_when_nested), a standing programme for a kind of people (standing_provisions), a task
described by a role noun (tasks_described) and a method after "how to" (how_to) report no happening. The same acts told on an occasion stay events."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

COMMIT = frozenset({"events.not_events.commitments_to_kinds"})
MEANS = frozenset({"events.not_events.means_listed"})
OPTATIVE = frozenset({"events.not_events.optatives"})
HABIT_ASKED = frozenset({"events.not_events.habits_asked"})
NESTED = frozenset({"events.not_events.habitual_when_nested"})
PROVISION = frozenset({"events.not_events.standing_provisions"})
TASK = frozenset({"events.not_events.tasks_described"})
HOW_TO = frozenset({"events.not_events.how_to"})


def _types(coder, text: str, off: frozenset[str] = frozenset()) -> set[str]:
    return {t for t, _ in _found(coder, text, off)}


def test_a_value_held_is_no_act(coder) -> None:
    text = "The bishops wrote an open letter. They remain devoted to sheltering migrants from Honduras."
    assert "AID" not in _types(coder, text)
    assert "AID" in _types(coder, text, COMMIT)
    done = "The bishops wrote an open letter. They sheltered migrants from Honduras on Sunday."
    assert "AID" in _types(coder, done)


def test_means_on_offer_are_no_acts(coder) -> None:
    text = ("The committee is stuck. It has two ways to get the papers: by suing the Guatemalan minister or by asking "
            "Honduras to arrest him.")
    assert "ACCUSE" not in _types(coder, text)
    assert "ACCUSE" in _types(coder, text, MEANS)
    done = "Guatemala retaliated on Sunday by expelling the Honduran consul."
    assert "SANCTION" in _types(coder, done)


def test_an_optative_exclamation_is_no_act(coder) -> None:
    text = "The Honduran ministry answers nobody. Heaven forbid a senator demands its budget."
    assert "REQUEST" not in _types(coder, text)
    assert "REQUEST" in _types(coder, text, OPTATIVE)


def test_a_habit_asked_about_is_no_act(coder) -> None:
    text = "The race is tight. Voters want to know how much the Guatemalan senator gives to Honduran charities."
    assert "AID" not in _types(coder, text)
    assert "AID" in _types(coder, text, HABIT_ASKED)
    past = "The race is tight. Voters want to know why the Guatemalan senator gave money to Honduras."
    assert "AID" in _types(coder, past)


def test_a_participle_inside_a_habitual_when_is_no_act(coder) -> None:
    text = ("Coverage is uneven. Editors only care when a station shows a video of Guatemalan police beating a "
            "Honduran migrant.")
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, text, NESTED)
    dated = "Coverage is uneven. On Sunday a station showed a video of Guatemalan police beating a Honduran migrant."
    assert "ASSAULT" in _types(coder, dated)


def test_a_standing_programme_is_no_act(coder) -> None:
    text = "Tuition keeps climbing. The Guatemalan state also offers grants to rural students."
    assert not _types(coder, text) & {"AGREE", "AID"}
    assert _types(coder, text, PROVISION) & {"AGREE", "AID"}
    dated = "Tuition keeps climbing. The Guatemalan state offered grants to rural students on Sunday."
    assert _types(coder, dated) & {"AGREE", "AID"}


def test_a_task_described_is_no_act(coder) -> None:
    text = "The debate ran late. Both candidates want the Guatemalan army taking a larger role in guarding refugees."
    found = _found(coder, text)
    assert not any(t == "guarding" for _, t in found)
    assert any(t == "guarding" for _, t in _found(coder, text, TASK))
    past = "The debate ran late. The Guatemalan envoy played a central role in negotiating the truce with Honduras."
    assert "CONSULT" in _types(coder, past)


def test_how_to_names_a_method_not_an_act(coder) -> None:
    text = "The campaign is nervous. Its staff are still working out how to criticize the Honduran president."
    assert "ACCUSE" not in _types(coder, text)
    assert "ACCUSE" in _types(coder, text, HOW_TO)
