"""Whether: an object or a quantified subject that denies the act leaves no asserted event, on the real pipeline."""

from __future__ import annotations

from detente.rules import switched_off


def _facts(coder, text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["factuality"]) for e in coder.code_text(text, published="2024-01-10")["events"]]


def test_an_object_that_names_nothing_negates_the_act(coder) -> None:
    assert _facts(coder, "Moscow offered no concessions to Kyiv.") == [("AGREE", "negated")]
    assert ("AID", "negated") in _facts(coder, "Iran sent nothing to Syria.")
    assert _facts(coder, "Moscow offered concessions to Kyiv.") == [("AGREE", "asserted")]
    with switched_off({"factuality.negated_objects"}):
        assert _facts(coder, "Moscow offered no concessions to Kyiv.") == [("AGREE", "asserted")]


def test_a_subject_under_not_is_no_asserted_doer(coder) -> None:
    assert ("SUPPORT", "negated") in _facts(coder, "Not every member of the African Union recognised Somaliland.")
    assert ("SUPPORT", "asserted") in _facts(coder, "Every member of the African Union recognised Somaliland.")
