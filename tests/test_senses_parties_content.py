"""Issue 14, false events on real news (prec18): acts among firms and private persons, what a plan or a rule
provides, a call for a policy asked of no one, an act sanctioned (authorised), one's conscience searched and a vote as
a doer are no events between political parties (events/data/senses.yaml private_parties, policy_content,
policy_position, sanction_authorise; verbs.yaml except_objects of COERCE 171; non_agents.yaml). Each story keeps its
real event, so a rule that went too far fails here too."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_acts_among_firms_and_private_persons_are_no_events(coder) -> None:
    text = ("Clients demanded that the law firms cut their fees. The Chilean mining company took over the operations "
            "of its rival in March. Deep-pocketed corporations will not give up the legal fight easily.")
    assert _types(coder, text) == []


def test_a_political_party_on_one_side_keeps_the_event(coder) -> None:
    found = _events(coder, "Peruvian police searched the offices of the Chilean mining company on Friday.")
    assert [t for t, _, _ in found] == ["COERCE"]
    assert "SANCTION" in _types(coder, "The Consumer Financial Protection Bureau imposed a record penalty on Wells Fargo.")
    # workers or teachers named alone act towards a government the sentence leaves unsaid
    assert "REJECT" in _types(coder, "Chilean teachers will not end their strike unless their demands are met.")


def test_what_a_plan_or_a_rule_provides_is_no_act(coder) -> None:
    text = ("The government mandate requiring all Chilean workers to buy insurance is unpopular. The new Chilean "
            "rules require the parties to release their donor lists. The senator's plan would allow Chile to import "
            "more copper from Peru.")
    assert _types(coder, text) == []
    found = _events(coder, "On Friday, the Chilean congress required the parties to release their donor lists.")
    assert [t for t, _, _ in found] == ["REQUEST"] and found[0][1] == ["Chilean congress"]


def test_sanctioned_acts_a_searched_conscience_and_a_vote_are_no_events(coder) -> None:
    text = ("Cyberattacks sanctioned by the Kremlin have hit Ukrainian banks. The Chilean senator said he had searched "
            "his conscience for weeks. The vote in the Chilean regions requested an honest diagnosis of the crisis.")
    types = _types(coder, text)
    assert "SANCTION" not in types and "COERCE" not in types and "REQUEST" not in types
    found = _events(coder, "Russia was sanctioned by the European Union over Crimea on Monday.")
    assert ("SANCTION", ["European Union"], ["Russia"]) in found


def test_a_call_for_a_policy_asked_of_no_party_is_a_stand_not_a_request(coder) -> None:
    text = ("The Chilean senator has called for the complete repeal of the pension law. The Chilean candidate has "
            "called for higher taxes on the rich.")
    assert "REQUEST" not in _types(coder, text)
    found = _events(coder, "On Friday, Chile called on Peru to repeal the tariff on copper.")
    assert ("REQUEST", ["Chile"], ["Peru"]) in found


def test_a_firm_appealing_to_no_one_named_appeals_to_the_public_authorities(coder) -> None:
    assert "REQUEST" in _types(coder, "Chilean business leaders on Friday called for greater impetus towards free trade.")
