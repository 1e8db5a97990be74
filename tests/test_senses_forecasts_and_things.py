"""Issue 14, false events dated by the document (prec20): what a plan would do, what a way of acting or a rate
"does", a stand for a change of policy told as a gerund, the electorate's support and a plan named are no acts of
a party (non_agents.yaml; senses.yaml claims_not_acts, policy_position, mass_opinion, platform_not_offer). Each
story keeps its real event, so a rule that went too far fails here too."""

from __future__ import annotations

from tests.test_senses_proposals_help_questions import _events  # (type, sources, targets) of a story


def test_a_way_of_acting_or_a_rate_does_not_act(coder) -> None:
    text = ("The film explores Chilean policing tactics that have aggressively targeted Peruvian migrants. Under the "
            "Chilean plan the tax rate would decline by four percentage points each year. On Monday, Chilean "
            "soldiers attacked Peruvian rebels near the border.")
    assert _events(coder, text) == [("ASSAULT", ["Chilean soldiers"], ["Peruvian rebels"])]


def test_what_a_plan_would_do_is_a_forecast_not_an_agreement(coder) -> None:
    text = ("The Chilean senators agreed that the new pension law would hurt miners but that it would add layers of "
            "complexity. On Monday, Chile and Peru agreed that the fisheries law would be repealed next month.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("AGREE", ["Chile"])]


def test_a_call_for_a_change_of_policy_told_as_a_gerund_is_a_stand(coder) -> None:
    text = ("The Chilean senator has also called for immediately deducting capital investments, but on an even wider "
            "scale. On Monday, the Peruvian president called for taxing Chilean imports.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("REQUEST", ["Peruvian president"])]


def test_support_from_voters_is_opinion_while_a_party_support_stays(coder) -> None:
    text = ("During the primary race, the Chilean senator enjoyed tremendous support from young voters. On Monday, "
            "Chile expressed its support for the Peruvian peace plan.")
    assert _events(coder, text) == [("SUPPORT", ["Chile"], ["the Peruvian peace plan"])]


def test_a_plan_named_is_no_offer(coder) -> None:
    text = ("Everyone I interviewed criticized as fiendishly complicated what is probably Michelle Bachelet's most "
            "innovative proposal, which is to put in place a graduated scale for tax rates on capital gains.")
    assert [t for t, _, _ in _events(coder, text)] == []


def test_what_parties_would_do_under_a_plan_is_its_content(coder) -> None:
    text = ("Under the new Chilean program, people would enroll and then local leaders could call on their help in "
            "emergencies. Under the senator's plan, Chilean miners would pay a lower tax rate. Under the deal signed "
            "on Friday, Peru released 20 Chilean fishermen.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("RETREAT", ["Peru"])]


def test_money_looted_is_no_riot_and_a_look_is_no_inquiry(coder) -> None:
    text = ("The Chilean developers systematically looted millions of dollars from the Peruvian investors. The "
            "Chilean president looked at the Peruvian minister and smiled. On Friday, rioters looted shops in the "
            "Chilean capital.")
    assert [t for t, _, _ in _events(coder, text)] == ["PROTEST"]


def test_the_press_putting_questions_is_no_party_acting(coder) -> None:
    text = ("The Chilean radio host challenged the senator about her pension plan. The Chilean senator was pressed "
            "by the network's anchor about his ties to Peru. On Monday, the Chilean senator challenged the minister "
            "about her ties to Peru.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("ACCUSE", ["Chilean senator"])]


def test_fighting_for_a_goal_is_striving_unless_the_fighter_bears_arms(coder) -> None:
    text = ("Chilean Democrats were fighting to be seen. The Chilean senator could have fought harder for additional "
            "fiscal stimulus. Chilean and Peruvian forces were battling for control of a strategic base near the "
            "border.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("ASSAULT", ["Chilean and Peruvian forces"])]


def test_a_thing_labelled_and_a_broadcast_hosted_are_no_events(coder) -> None:
    text = ('On her discharge papers, in a box labeled "medical problem," a Chilean army doctor had typed "unfit". '
            "The Chilean senator will host the election-night coverage of the Peruvian network. On Friday, the "
            "Chilean senator labeled the Peruvian president a liar.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("ACCUSE", ["Chilean senator"])]


def test_an_issue_ignored_is_neglect_while_demands_ignored_are_rejected(coder) -> None:
    text = ("The Chilean senator has largely ignored the issue of pensions. Critics say the Chilean government has "
            "ignored the problem for years. On Friday, Peru ignored the Chilean demands to reopen the border.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("REJECT", ["Peru"])]
