"""Issue 14, generic statements: a relative clause in the simple present tells what holds of its noun (a stand, a tie,
what a text provides: "the senator, who backs the reform", "the treaty, which bars aid"), not an act on an occasion,
so with no time of its own it is no event (events/data/senses.yaml standing_relations); the same act told in the past
or in a main clause stays."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found as found_events  # (type, trigger), rules switched off

PUBLISHED = "2024-03-16"
RULE = "events.senses.standing_relations"


def _found(coder, text: str, off: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(type, trigger) of every coded event on this file's publication day, with the given rules switched off."""
    return found_events(coder, text, off, published=PUBLISHED)


def test_a_present_relative_clause_tells_a_standing_relation_not_an_act(coder) -> None:
    text = ("The Chilean senator, who backs the pension reform, criticised the Peruvian president on Friday. Peru "
            "ignored the old border treaty, which bars military aid to the rebels.")
    found = _found(coder, text)
    assert ("ACCUSE", "criticised") in found
    assert not any(t in ("SUPPORT", "SANCTION") for t, _ in found)
    assert {"SUPPORT", "SANCTION"} <= {t for t, _ in _found(coder, text, frozenset({RULE}))}


def test_the_same_act_told_in_the_past_or_in_a_main_clause_stays(coder) -> None:
    text = ("The Chilean senator, who backed the pension reform, criticised the Peruvian president on Friday. The "
            "Bolivian senator backs the pension reform, his office said on Friday.")
    supports = [trigger for t, trigger in _found(coder, text) if t == "SUPPORT"]
    assert "backed" in supports and "backs" in supports
