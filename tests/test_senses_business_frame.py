"""Issue 14, false events on real news (prec23b): a deal between private parties is judged by its frame and its sides,
not by a list of goods. A purchase, a sale, a lease, a loan or an investment with no political side is commerce, even
between names the actor knowledge base does not know (events/data/senses.yaml commerce_frame); a name the story
introduces as a business (a company's form, an apposition or a title naming a trade) is a private party in every rule of
private dealings (business_sides). Each story keeps its political event, so a rule that went too far fails here too."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_a_sale_or_purchase_between_unknown_names_is_commerce_whatever_is_sold(coder) -> None:
    text = ("The lumber mill agreed to sell its leases to a Tulsa group on Monday. The broker helped Omnicorp sell itself "
            "to a rival last year. Dunmore Farms bought a grain elevator from Pell Brothers in 2019.")
    assert _types(coder, text) == []


def test_a_sale_to_or_by_a_public_party_stays(coder) -> None:
    found = _events(coder, "The lumber mill agreed to sell its leases to the state government on Monday.")
    assert [t for t, _, _ in found] == ["AGREE"] and found[0][2] == ["state government"]
    found = _events(coder, "The Chilean government bought a grain elevator from Pell Brothers in 2019.")
    assert [t for t, _, _ in found] == ["COOPERATE"] and found[0][1] == ["Chilean government"]


def test_names_the_story_introduces_as_businesses_deal_privately(coder) -> None:
    text = ("Walt Keddington, a coal investor, met the creditors of Corran Aggregates, a bankrupt firm, in March. "
            "Brightwater Coal Co. sued Vessey Freight Ltd. over unpaid royalties on Monday. Controversial owner Ray "
            "Tolland met his tenants on Monday. A Tulsa group sued Vessey Freight Ltd. over unpaid royalties on Monday.")
    assert _types(coder, text) == []


def test_a_business_acting_toward_the_state_and_unintroduced_names_stay(coder) -> None:
    # the state is named by a common noun the actors stage leaves unresolved: the suit is against a public party
    assert _types(coder, "Brightwater Coal Co. sued the state over the permit on Monday.") == ["ACCUSE"]
    assert _types(coder, "The freight firm sued the state over the permit on Monday.") == ["ACCUSE"]
    # a name the story does not introduce may be a public body or a politician
    assert _types(coder, "Ray Tolland met the creditors of Corran Aggregates in March.") == ["CONSULT"]
    # a place before a thing it gives is the state giving it
    found = _events(coder, "Norwegian aid supported three hundred Kenyan teachers last year.")
    assert [t for t, _, _ in found] == ["SUPPORT"] and found[0][1] == ["Norwegian"]
    # a place before a public noun is that place's body
    found = _events(coder, "The Tulsa council sued Vessey Freight Ltd. over unpaid royalties on Monday.")
    assert [t for t, _, _ in found] == ["ACCUSE"] and found[0][1] == ["Tulsa"]
    found = _events(coder, "The miners' union struck against the ministry of labour on Monday. The coal company "
                           "lobbied Congress for relief on Tuesday.")
    assert [t for t, _, _ in found] == ["PROTEST", "REQUEST"] and found[1][2] == ["Congress"]


def test_a_private_trade_at_its_work_is_private_life(coder) -> None:
    text = "The doctor examined her knee on Monday. The surgeon told him to retire in May."
    assert _types(coder, text) == []
    found = _events(coder, "The doctor examined the Chilean senator on Monday.")
    assert [t for t, _, _ in found] == ["ACCUSE"] and found[0][2] == ["Chilean senator"]
    # an appeal to no one named and a strike against a ministry stay
    assert _types(coder, "Chilean doctors called for a ban on vaping on Monday.") == ["REQUEST"]
    assert "PROTEST" in _types(coder, "Doctors at the clinic went on strike against the ministry on Monday.")
