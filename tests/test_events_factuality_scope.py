"""Whether, issue 14: a denial, wish or modal reaches only the clause it governs. Acts told in a side clause of
their own, alongside the verb, or named as the known setting of a sentence are asserted; the other direction stays
strict (the real pipeline, sentences written for these tests)."""

from __future__ import annotations

from detente.rules import switched_off


def _facts(coder, text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["factuality"]) for e in coder.code_text(text, published="2024-01-10")["events"]]


def test_a_passive_side_clause_of_its_own_keeps_its_act_when_the_main_clause_is_denied(coder) -> None:
    text = "The Kenyan government did not protest when the Ugandan journalists were detained."
    found = _facts(coder, text)
    assert ("COERCE", "asserted") in found  # the detention happened
    assert ("PROTEST", "negated") in found  # the protest did not
    with switched_off({"factuality.finite_side_clause"}):
        assert ("COERCE", "asserted") not in _facts(coder, text)


def test_an_if_clause_is_hypothetical_not_denied_by_the_clause_it_conditions(coder) -> None:
    found = _facts(coder, "The Kenyan government will not protest if the Ugandan journalists are detained.")
    assert ("COERCE", "hypothetical") in found
    assert ("COERCE", "asserted") not in found


def test_a_present_in_a_clause_of_time_shares_the_future_and_is_announced_by_no_one(coder) -> None:
    record = coder.code_text("Kenya will lift its sanctions on Uganda once the Ugandan troops withdraw.",
                             published="2024-01-10")
    withdrawal = [e for e in record["events"] if e["event_type"] == "RETREAT" and "withdraw" in
                  e["mentions"][0]["trigger"]["text"]]
    assert withdrawal and all(e["factuality"] == "future" and e["stated_as"] is None for e in withdrawal)


def test_a_participle_set_off_after_a_verb_of_trying_is_a_second_act_done(coder) -> None:
    text = "The Kenyan president tried to block the vote, accusing Uganda of fraud."
    assert ("ACCUSE", "asserted") in _facts(coder, text)
    assert ("ACCUSE", "hypothetical") in _facts(coder, "The Kenyan president tried to accuse Uganda of fraud.")
    with switched_off({"factuality.participle_adjunct"}):
        assert ("ACCUSE", "asserted") not in _facts(coder, text)


def test_a_known_happening_named_as_the_setting_is_presupposed(coder) -> None:
    text = "Kenya did not impose sanctions on Uganda after the 2015 attacks on the Kenyan embassy."
    found = _facts(coder, text)
    assert ("ASSAULT", "asserted") in found
    assert ("SANCTION", "negated") in found
    # an indefinite one keeps the clause's denial
    assert ("ASSAULT", "asserted") not in _facts(
        coder, "Kenya did not impose sanctions on Uganda after an attack on the Kenyan embassy.")
    # a dated attack is also a named happening (factuality.named_happenings): both rules are switched off
    with switched_off({"factuality.presupposed_setting", "factuality.named_happenings"}):
        assert ("ASSAULT", "asserted") not in _facts(coder, text)


def test_a_threat_made_stays_asserted_whatever_became_of_the_threatened_act(coder) -> None:
    found = _facts(coder, "The senator threatened to subpoena the Kenyan ambassador, though it never came to that.")
    assert ("THREATEN", "asserted") in found


def test_a_known_happening_reacted_to_is_presupposed_whatever_the_reaction(coder) -> None:
    for text in ("Uganda did not blame Kenya for the attack on the Ugandan embassy.",
                 "Uganda wants to blame Kenya for the attack on the Ugandan embassy."):
        assert ("ASSAULT", "asserted") in _facts(coder, text)
        with switched_off({"factuality.factive_objects"}):
            assert ("ASSAULT", "asserted") not in _facts(coder, text)
    # the reaction itself keeps its own whether
    assert ("ACCUSE", "negated") in _facts(coder, "Uganda did not blame Kenya for the attack on the Ugandan embassy.")


def test_a_known_happening_after_despite_is_presupposed(coder) -> None:
    text = "The Kenyan police have not changed despite the condemnation of their role in the 2007 riots."
    assert ("ACCUSE", "asserted") in _facts(coder, text)
    with switched_off({"factuality.presupposed_setting"}):
        assert ("ACCUSE", "asserted") not in _facts(coder, text)


def test_a_noun_the_climb_passes_is_no_known_happening(coder) -> None:
    """Only the happening itself is presupposed: "the issue" a denied act's phrase names is no setting of it."""
    found = _facts(coder, "The Kenyan minister said the government had not given any instruction to the court in the "
                          "issue of releasing the Ugandan prisoners.")
    assert ("RETREAT", "asserted") not in found
