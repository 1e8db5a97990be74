"""Whether (issue #14): an act a deal "would see" done, an act on an "if" in the simple present, and an act hedged
as likely are not told as done; the same shapes told as done stay asserted. Each rule switched off shows what it
changes."""

from __future__ import annotations

from detente.rules import switched_off


def _whether(coder, text: str) -> list[tuple[str, str]]:
    coded = coder.code_text(text, published="2024-01-10")["events"]
    return [(e["event_type"], e["factuality"]) for e in coded]


def test_an_act_a_deal_would_see_done_is_only_possible(coder) -> None:
    text = "The truce the two sides are drafting would see the militia free the Bolivian engineers."
    assert ("RETREAT", "hypothetical") in _whether(coder, text)
    with switched_off({"factuality.small_clause_verbs"}):
        assert ("RETREAT", "asserted") in _whether(coder, text)


def test_an_act_witnessed_stays_done(coder) -> None:
    text = "Villagers watched the militia free the Bolivian engineers on Sunday."
    assert ("RETREAT", "asserted") in _whether(coder, text)


def test_an_act_on_an_if_in_the_present_is_a_rule_not_a_deed(coder) -> None:
    text = "The coast guard detains Ecuadorian trawlers if they fish inside the reserve."
    assert _whether(coder, text) == [("COERCE", "hypothetical")]  # a rule told: no act, and no warning given
    with switched_off({"factuality.conditional_consequent"}):
        assert ("COERCE", "asserted") in _whether(coder, text)


def test_a_future_on_an_if_stays_an_announced_future(coder) -> None:
    text = "Quito will recall its ambassador from Lima if the trawlers are not returned."
    assert ("SANCTION", "future") in _whether(coder, text)


def test_even_if_concedes_and_does_not_condition(coder) -> None:
    text = "The coast guard detains Ecuadorian trawlers even if they fish outside the reserve."
    assert ("COERCE", "hypothetical") not in _whether(coder, text)


def test_a_deed_hedged_as_probable_is_not_told_as_done(coder) -> None:
    text = "Investigators said Serbian hackers probably breached the Kosovo election servers in May."
    assert [f for t, f in _whether(coder, text) if t != "ACCUSE"] == ["hypothetical"]
    with switched_off({"factuality.epistemic_adverbs"}):
        assert [f for t, f in _whether(coder, text) if t != "ACCUSE"] == ["asserted"]


def test_a_meeting_timetabled_in_the_past_tense_is_still_to_come(coder) -> None:
    text = "Aides said the Dec. 28 meeting of the Bolivian and Chilean envoys was scheduled a week ago."
    coded = coder.code_text(text, published="2023-12-10")["events"]
    assert [(e["event_type"], e["factuality"]) for e in coded if e["event_type"] == "CONSULT"] == [("CONSULT", "future")]
    with switched_off({"factuality.timetabled_told"}):
        coded = coder.code_text(text, published="2023-12-10")["events"]
        assert ("CONSULT", "asserted") in [(e["event_type"], e["factuality"]) for e in coded]


def test_talks_timetabled_by_a_participle_are_still_to_come(coder) -> None:
    text = "Talks between Chile and Peru scheduled for next month will focus on fishing rights."
    assert _whether(coder, text) == [("CONSULT", "future")]
    with switched_off({"factuality.timetabled_told"}):
        assert _whether(coder, text) == [("CONSULT", "asserted")]


def test_a_participle_on_a_noun_naming_none_is_denied(coder) -> None:
    text = "There were no Bolivian soldiers attacking the Chilean border post."
    assert ("ASSAULT", "negated") in _whether(coder, text)
    with switched_off({"factuality.denied_noun_participle"}):
        assert ("ASSAULT", "negated") not in _whether(coder, text)
    assert ("ASSAULT", "asserted") in _whether(coder, "Bolivian soldiers attacking the Chilean border post were seen.")


def test_a_vow_of_consequences_is_a_threat_not_a_promise(coder) -> None:
    text = "The Paraguayan president vowed consequences for the smugglers who shot the customs officer."
    found = [t for t, _ in _whether(coder, text)]
    assert "THREATEN" in found and "AGREE" not in found
    with switched_off({"events.verbs.threaten"}):
        assert "THREATEN" not in [t for t, _ in _whether(coder, text)]


def test_a_phrase_on_a_particle_takes_its_verbs_modal(coder) -> None:
    text = "The tariff could open Minister Ruiz up to further attacks by Argentine unions."
    assert ("ASSAULT", "hypothetical") in _whether(coder, text)
    with switched_off({"factuality.verb_particles"}):
        assert ("ASSAULT", "asserted") in _whether(coder, text)


def test_an_active_set_up_is_a_deed_not_a_timetable(coder) -> None:
    text = "Uruguayan farmers set up a roadblock on the bridge to protest against the Argentine tariff."
    found = _whether(coder, text)
    assert ("PROTEST", "future") not in found and "THREATEN" not in [t for t, _ in found]
    with switched_off({"factuality.timetable_passive_only"}):
        assert ("PROTEST", "future") in _whether(coder, text)
    assert ("CONSULT", "future") in _whether(coder, "The Uruguayan and Argentine ministers are set to meet next week.")


def test_no_sign_of_a_plan_announces_nothing(coder) -> None:
    text = "The Bolivian minister showed no sign that she was planning to apologize to Chile."
    found = _whether(coder, text)
    assert ("SUPPORT", "hypothetical") in found and not {"AGREE", "REJECT"} & {t for t, _ in found}
    with switched_off({"factuality.denied_noun_participle"}):
        assert ("SUPPORT", "future") in _whether(coder, text)


def test_no_trouble_doing_it_means_it_was_done(coder) -> None:
    text = "The Peruvian senator had no trouble endorsing the Bolivian candidate."
    assert ("SUPPORT", "asserted") in _whether(coder, text)
    with switched_off({"factuality.ease_nouns"}):
        assert ("SUPPORT", "negated") in _whether(coder, text)
