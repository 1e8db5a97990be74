"""Issue 14, senses (session 27): noun triggers get the frame check the verbs have (events/frame_fit.py noun_unfit,
senses.yaml frame_fit27), and a few verbs more. A return to the trail hands nothing back; a press release or tax
returns released let no one go; a war on coal fights no party; the stops pulled out are no troops; a campaign suspended
by its own candidate puts no one out; a scene captured on video arrests no one. Each story keeps its real event, so a
rule that goes too far fails here too. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)

RULES = ("events.senses.own_return", "events.senses.things_released", "events.senses.war_on_a_thing",
         "events.senses.thing_pulled_out", "events.senses.own_race_left", "events.senses.caught_on_record")


def test_a_return_to_the_trail_hands_nothing_back(coder) -> None:
    text = ("The Peruvian senator made a quiet return to the campaign trail in Cusco on Monday. The Chilean "
            "governor's return to television in Arica surprised her aides.")
    assert "RETREAT" not in _types(coder, text)
    assert "RETREAT" in _types(coder, "Peru completed the return of the seized trawlers to Chile on Monday.")


def test_documents_released_let_no_one_go(coder) -> None:
    text = ("The Peruvian senator released twelve years of tax returns on Monday. The Chilean governor says she "
            "would gladly release all her speeches to bankers. Her campaign sent out a press release on Tuesday.")
    assert "RETREAT" not in _types(coder, text)
    assert _events(coder, "Peru released four Chilean fishermen on Monday.") == [("RETREAT", ["Peru"], ["Chilean fishermen"])]


def test_a_war_on_a_commodity_fights_no_party(coder) -> None:
    assert "ASSAULT" not in _types(coder, "The Peruvian government launched a war on coal in the highlands.")
    assert "ASSAULT" in _types(coder, "The Peruvian army launched a war against Chilean rebels in the highlands.")


def test_things_pulled_out_are_no_withdrawal(coder) -> None:
    text = "The Peruvian campaign pulled out all the stops in Cusco. The Chilean senator keeps pulling out her old credentials."
    assert "RETREAT" not in _types(coder, text)
    assert "RETREAT" in _types(coder, "Peru pulled out its troops from the Chilean border on Monday.")


def test_a_campaign_suspended_by_its_candidate_puts_no_one_out(coder) -> None:
    text = "The Peruvian governor suspended her presidential campaign on Tuesday night."
    assert "SANCTION" not in _types(coder, text)
    assert "SANCTION" in _types(coder, "The Peruvian party suspended the Chilean-born senator on Tuesday.")


def test_a_scene_captured_on_video_arrests_no_one(coder) -> None:
    assert "COERCE" not in _types(coder, "The shoving match between the Peruvian senators was captured on video.")
    assert "COERCE" in _types(coder, "Peruvian police captured the Chilean smuggler on Monday.")


def test_with_the_rules_off_the_false_events_come_back(coder) -> None:
    """The checks above are these rules' work: switched off, each story codes its false event again."""
    with switched_off(RULES):
        assert "RETREAT" in _types(coder, "The Peruvian senator made a quiet return to the campaign trail in Cusco on Monday.")
        assert "RETREAT" in _types(coder, "The Peruvian senator released twelve years of tax returns on Monday.")
        assert "ASSAULT" in _types(coder, "The Peruvian government launched a war on coal in the highlands.")
        assert "RETREAT" in _types(coder, "The Peruvian campaign pulled out all the stops in Cusco.")
        assert "SANCTION" in _types(coder, "The Peruvian governor suspended her presidential campaign on Tuesday night.")
        assert "COERCE" in _types(coder, "The shoving match between the Peruvian senators was captured on video.")


def test_words_against_a_group_or_by_a_super_pac_are_criticism(coder) -> None:
    """ "attacks on immigrants" by a senator, an attack by a super PAC: words (ACCUSE), not force; a mob with sticks
    stays ASSAULT."""
    assert _types(coder, "The Peruvian senator has kept up her attacks on immigrants in the south.") == ["ACCUSE"]
    assert _types(coder, "A Peruvian super PAC backing the governor attacked the Chilean-born senator on Monday.") \
        == ["ACCUSE"]
    assert _types(coder, "A mob attacked Chilean migrants with sticks in Tacna on Monday.") == ["ASSAULT"]


def test_a_prize_gunned_for_or_a_candidate_rally_is_no_force_or_protest(coder) -> None:
    text = ("The Peruvian governor is gunning for a second term in the south. The Peruvian senator's rallies "
            "in Tacna drew large crowds.")
    assert not {"ASSAULT", "PROTEST"} & set(_types(coder, text))
    assert "PROTEST" in _types(coder, "The Peruvian opposition's rally against the mining law drew thousands in Lima.")
    with switched_off(("events.senses.contest_for", "events.senses.candidate_rally",
                       "events.senses.groups_attacked_in_words")):
        assert {"ASSAULT", "PROTEST"} <= set(_types(coder, text))
        assert "ASSAULT" in _types(coder, "The Peruvian senator has kept up her attacks on immigrants in the south.")


def test_a_thing_that_helps_or_a_critique_delivered_is_no_aid(coder) -> None:
    text = ("The new ballot design will help the Peruvian senator in the south. Raising the water issue does not "
            "help the Peruvian governor. The Peruvian senator delivered a blistering critique of the Chilean "
            "copper law on Monday.")
    assert "AID" not in _types(coder, text)
    assert _events(coder, "Peru helped Chile after the earthquake in March.") == [("AID", ["Peru"], ["Chile"])]
    with switched_off(("events.senses.thing_helps",)):
        assert "AID" in _types(coder, "The new ballot design will help the Peruvian senator in the south.")


def test_a_fact_conceded_or_a_speech_given_somewhere_is_no_concession(coder) -> None:
    text = ("The Peruvian senator conceded that the vote in Tacna had been a setback. The Peruvian governor gave a "
            "defiant speech in Cusco on Monday.")
    assert "CONCEDE" not in _types(coder, text)
    assert "CONCEDE" in _types(coder, "Peru gave in to Chilean demands on the border on Monday.")
    with switched_off(("events.senses.fact_conceded", "events.senses.particle_verbs")):
        assert "CONCEDE" in _types(coder, "The Peruvian senator conceded that the vote in Tacna had been a setback.")
        assert "CONCEDE" in _types(coder, "The Peruvian governor gave a defiant speech in Cusco on Monday.")


def test_a_rally_held_by_a_candidate_is_no_protest(coder) -> None:
    assert "PROTEST" not in _types(coder, "The Peruvian senator held a rally in Tacna on Tuesday night.")
    assert "PROTEST" in _types(coder, "Thousands of Peruvian students held a rally against the mining law in Lima.")
    with switched_off(("events.senses.candidate_rally",)):
        assert "PROTEST" in _types(coder, "The Peruvian senator held a rally in Tacna on Tuesday night.")


def test_a_thing_that_destroys_or_a_rival_whipped_is_no_force(coder) -> None:
    text = ("The second deadlock in the Peruvian court destroyed the governor's water plan. Ana Quispe whipped "
            "Pedro Castillo across every group of voters in the south.")
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, "A Chilean airstrike destroyed the Peruvian clinic on Friday.")
    with switched_off(("events.senses.thing_ruins", "events.senses.abstract_destroyed")):  # a plan is abstract too
        assert "ASSAULT" in _types(coder, "The second deadlock in the Peruvian court destroyed the governor's water plan.")
