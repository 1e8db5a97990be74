"""Events on sentences written for these tests: who visits whom, who is listed with whom, which words make a frame."""

from __future__ import annotations


def test_travellers_arriving_in_their_own_capital_visit_no_host(analyse) -> None:
    home = analyse("Four Peruvian fishermen arrived at Lima's main airport on Monday after their release.",
                   "2023-05-02").events
    assert not [e for e in home if e.cameo == "042"]
    abroad = analyse("The Peruvian foreign minister arrived in Santiago on Monday.", "2023-05-02").events
    visit = [e for e in abroad if e.cameo == "042"]
    assert visit and [r.country for r in visit[0].target] == ["CHL"]


def test_a_speaker_set_off_by_commas_is_not_listed_with_the_target(analyse) -> None:
    events = analyse("North Korea will reject any dialogue or exchanges with Seoul, Kim Yo-jong, the influential "
                     "sister of the leader, said on Friday.", "2024-03-26").events
    reject = [e for e in events if e.event_type == "REJECT"]
    assert reject and [r.text for r in reject[0].target] == ["Seoul"]
    listed = analyse("Chile imposed sanctions on Peru, Bolivia and Ecuador.", "2023-05-02").events
    assert [r.country for r in listed[0].target] == ["PER", "BOL", "ECU"]


def test_according_to_names_the_reporter_not_an_accord(analyse) -> None:
    events = analyse("Chile agreed to reopen the inquiry, according to Peruvian officials.", "2023-05-02").events
    assert [e.event_type for e in events if e.factuality == "asserted"] == ["AGREE"]
    signed = analyse("Chile and Peru agreed to the accord on Monday.", "2023-05-02").events
    assert [e.event_type for e in signed] == ["SUPPORT"]


def test_two_subjects_the_parser_leaves_side_by_side_both_act(analyse) -> None:
    events = analyse("South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed on Tuesday "
                     "to resume regular visits between their leaders.", "2019-12-24").events
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and [r.actor_id for r in agree[0].source] == ["moon-jae-in"]  # a directed pair, first named first
    assert [r.actor_id for r in agree[0].target] == ["shinzo-abe"] and agree[0].reciprocal


def test_a_moratorium_kept_or_extended_is_holding_back_not_aid(analyse) -> None:
    events = analyse("Iran extended its moratorium on missile tests until the end of the year.", "2023-05-02").events
    assert [(e.event_type, e.cameo) for e in events] == [("RETREAT", "087")]


def test_a_passive_side_clause_has_no_doer_from_the_main_clause(analyse):
    for text in ("Seoul counts 40 fishermen as having been kidnapped by pirates off Somalia.",
                 "Seoul counts 40 fishermen as having been kidnapped."):
        events = analyse(text, "2024-01-05").events
        kidnapping = next(e for e in events if e.event_type == "ASSAULT")
        assert "KOR" not in {r.country for r in kidnapping.source}  # Seoul counts them; it kidnapped nobody
        assert "fishermen" in " ".join(r.text for r in kidnapping.target)
    recognised = next(e for e in analyse("The rebels want to be recognised by Kenya.", "2024-01-05").events
                      if e.event_type == "SUPPORT")
    assert [r.country for r in recognised.source] == ["KEN"]


def test_the_country_and_the_two_countries_are_the_states_named_before(analyse):
    text = ("Peru and Chile opened a round of talks in Lima; there the two countries debated fishing rights. "
            "Later Peru needed new partners, and the country signed a trade deal with Brazil. "
            "A country may leave the pact.")
    events = analyse(text, "2024-01-05").events
    discussed = next(e for e in events if e.mentions[0].trigger.text == "debated")
    sides = discussed.source + discussed.target  # a reciprocal pair: one each side
    assert {r.country for r in sides} == {"PER", "CHL"} and len(discussed.source) == 1  # not Lima, the place
    deal = next(e for e in events if e.event_type == "SUPPORT" and "deal" in e.mentions[0].trigger.text)
    assert "PER" in {r.country for r in deal.source}
    assert not any("A country" in r.text for e in events for r in e.source + e.target)


def test_abstract_things_given_are_no_aid(analyse):
    assert [e for e in analyse("The end of the war gave rise to a new state in Korea.", "2024-01-05").events
            if e.event_type == "AID"] == []
    aid = [e for e in analyse("Japan gave $5 million to Nepal.", "2024-01-05").events if e.event_type == "AID"]
    assert [r.country for r in aid[0].target] == ["NPL"]


def test_what_is_discussed_is_no_party_to_the_talks(analyse):
    events = analyse("Peru sent its foreign minister to Santiago. He discussed the fate of detained fishermen "
                     "with Chile.", "2024-01-05").events
    visit = next(e for e in events if e.cameo == "042")
    assert [r.country for r in visit.source] == ["PER"] and [r.country for r in visit.target] == ["CHL"]
    talks = next(e for e in events if e.mentions[0].trigger.text == "discussed")
    assert "CVL" not in {r.actor_id for r in talks.source + talks.target}  # the fishermen are the topic


def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(analyse):
    text = ("Rebels shelled the army base near the border.\n\n"
            "The United Nations condemned the attack. Brazil also condemned the attack.\n\n"
            "Chile condemned violence in general.")
    events = [e for e in analyse(text, "2024-01-10").events if e.event_type == "ACCUSE"]
    aimed = {tuple(r.actor_id for r in e.source): [r.actor_id for r in e.target] for e in events}
    assert aimed[("UN",)] == ["REB"]
    assert aimed[("BRA",)] == ["REB"]  # the act condemned, not the UN's condemnation
    assert all(not e.target for e in events if "CHL" in {r.country for r in e.source})  # no act named
