"""Session 29 (issue 14): spending, publishing and shared views read as acts between parties. Money put into campaign tools, a
batch of documents made public and a point agreed with are no economic cooperation, no release and no accord; an investment in a country,
prisoners set free and a ceasefire agreed with a party stay."""

from __future__ import annotations

import detente
from detente.rules import switched_off

RULES = {"events.senses.things_invested_in", "events.senses.things_released"}


def _types(text: str) -> list[str]:
    return [e.event_type for e in detente.code(text, published="2016-10-12").events]


def test_spending_on_campaign_tools_is_no_cooperation() -> None:
    text = "The Chilean campaign has been slow to invest in field offices and television ads."
    assert "COOPERATE" not in _types(text)
    with switched_off(RULES):
        assert "COOPERATE" in _types(text)


def test_investment_in_a_country_stays() -> None:
    events = detente.code("The Chilean government invested heavily in Peruvian ports last year.",
                          published="2016-10-12").events
    coop = [e for e in events if e.event_type == "COOPERATE"]
    assert coop and any("Chilean" in s.text for s in coop[0].source)
    assert coop[0].factuality == "asserted"


def test_pages_of_documents_released_are_published() -> None:
    text = "The Chilean ministry released a trove of cables from its embassy in Lima."
    assert "RETREAT" not in _types(text)
    with switched_off(RULES):
        assert "RETREAT" in _types(text)


def test_prisoners_released_stay_a_release() -> None:
    events = detente.code("Peru released the Chilean fishermen on Friday.", published="2016-10-12").events
    release = [e for e in events if e.event_type == "RETREAT"]
    assert release and release[0].date == "2016-10-07"


def test_agreeing_with_a_point_is_a_view_not_an_accord() -> None:
    text = "Many Chilean deputies agreed with the gist of the senator's remarks."
    assert "AGREE" not in _types(text)
    with switched_off({"events.senses.views_shared"}):
        assert "AGREE" in _types(text)


def test_agreeing_in_the_present_on_what_should_be_done_is_a_view() -> None:
    text = "Most Chilean mayors agree that the port should be sold to a Peruvian firm."
    assert "AGREE" not in _types(text)
    with switched_off({"events.senses.views_shared"}):
        assert "AGREE" in _types(text)


def test_an_accord_reached_with_a_party_stays() -> None:
    events = detente.code("Chile agreed with Peru on a ceasefire in the border region on Monday.",
                          published="2016-10-12").events
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and agree[0].factuality == "asserted"
    assert any(t.country == "PER" for t in agree[0].target)


def test_defending_ones_own_decision_is_no_support() -> None:
    text = "The Chilean senator defended his decision to skip the debate in Lima."
    assert "SUPPORT" not in _types(text)
    with switched_off({"events.senses.own_conduct_defended"}):
        assert "SUPPORT" in _types(text)


def test_defending_another_party_stays_support() -> None:
    events = detente.code("Chile defended the Peruvian president on Friday.", published="2016-10-12").events
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and any(s.country == "CHL" for s in support[0].source)
    assert support[0].date == "2016-10-07"
