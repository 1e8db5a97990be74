"""Whether and when (issue #14): the act a noun of deciding names ("her decision to close the border") is told as the
decision is, not as a plan still to come; a decision that was made (definite or possessive) names an act done some
time up to the day of writing. A decision no verb tells as made, or one under a modal, keeps its act unrealised.
Each rule switched off shows what it changes."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_fact33 import _whether  # (type, factuality) of each event, published 2024-01-10


def _coded(coder, text: str, published: str = "2024-01-10") -> list[dict]:
    return coder.code_text(text, published=published)["events"]


def test_the_act_of_a_decision_made_is_told_as_done(coder) -> None:
    text = "The Uruguayan senator condemned the Argentine decision to expel the Brazilian consul."
    assert ("SANCTION", "asserted") in _whether(coder, text)
    with switched_off({"factuality.decided_acts"}):
        assert ("SANCTION", "hypothetical") in _whether(coder, text)


def test_a_decision_made_dates_its_act_up_to_the_writing(coder) -> None:
    text = "Argentina's decision to expel the Brazilian consul angered the Uruguayan senators."
    expel = [e for e in _coded(coder, text) if e["event_type"] == "SANCTION"]
    assert [(e["factuality"], e["date"], e["date_end"]) for e in expel] == [("asserted", None, "2024-01-10")]
    with switched_off({"dating.decided_infinitive"}):
        expel = [e for e in _coded(coder, text) if e["event_type"] == "SANCTION"]
        assert [(e["date"], e["date_basis"]) for e in expel] == [("2024-01-10", "document")]


def test_a_decision_a_verb_makes_is_told_as_that_verb(coder) -> None:
    made = "Argentina made a decision to expel the Brazilian consul."
    assert ("SANCTION", "asserted") in _whether(coder, made)
    could = "Argentina could make a decision to expel the Brazilian consul."
    assert ("SANCTION", "hypothetical") in _whether(coder, could)
    with switched_off({"factuality.decided_acts"}):
        assert ("SANCTION", "hypothetical") in _whether(coder, made)
    expel = [e for e in _coded(coder, made) if e["event_type"] == "SANCTION"]
    assert [(e["date"], e["date_end"], e["date_reason"]) for e in expel] == [(None, "2024-01-10", "before_writing")]


def test_a_decision_not_made_asserts_nothing(coder) -> None:
    # the hard rule: no asserted event where the text conditions or denies it
    for text in ("Any decision to expel the Brazilian consul would anger the Uruguayan senators.",
                 "Argentina has made no decision to expel the Brazilian consul."):
        assert ("SANCTION", "asserted") not in _whether(coder, text)
        assert any(t == "SANCTION" for t, _ in _whether(coder, text))


def test_a_happening_one_gives_an_opinion_of_is_told_as_done(coder) -> None:
    text = "Asked on Monday, the Uruguayan deputy said what he thinks of the Argentine raid on the river port."
    assert ("COERCE", "asserted") in _whether(coder, text)
    with switched_off({"factuality.opinion_of"}):
        assert ("COERCE", "hypothetical") in _whether(coder, text)


def test_a_guess_stays_a_guess(coder) -> None:
    text = "The Uruguayan deputy thinks Argentina will raid the river port."
    assert ("COERCE", "asserted") not in _whether(coder, text)


def test_an_act_held_off_is_not_done(coder) -> None:
    # with decided_acts, "his decision to hold off on backing her" must not tell the backing as done
    for text in ("The Uruguayan deputy held off on backing the Argentine candidate.",
                 "The Uruguayan deputy's decision to hold off on backing the Argentine candidate surprised his party."):
        assert ("SUPPORT", "negated") in _whether(coder, text)
        with switched_off({"factuality.held_off"}):
            assert ("SUPPORT", "asserted") in _whether(coder, text)
