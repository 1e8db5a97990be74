"""Issue 14, senses (session 28): a trigger's arguments must fit its frame. Money or jobs handed back to households or
by a firm are no return between parties; families and migrants on the move pay no visit; a shot back at a rival's
remarks or between two persons of public life is criticism in words; a goal or the polls beaten suffer no force; a
snowstorm or a loan does not act, and a killing made is a profit; footage shot is filmed, a walkout is no storming,
an outline given is no aid and "in return for" hands nothing back; a statement checked is no inquiry, a fee charged
or "as opposed to" accuses no one, and an assault on a rival mocked is words (senses.yaml frame_fit28, claim_checked,
price_charged, as_opposed_to, assault_in_words, killing_made, quantity_reached, retort_in_words, footage_shot,
particle_senses, benefit_given, own_return; non_agents.yaml). Each story keeps its real event, so a rule that goes
too far fails here too. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)

RULES = ("events.senses.money_returned", "events.senses.migrants_arriving", "events.senses.retort_in_words",
         "events.senses.quantity_reached", "events.non_agents", "events.senses.footage_shot",
         "events.senses.particle_senses", "events.senses.benefit_given", "events.senses.own_return",
         "events.senses.claim_checked", "events.senses.assault_in_words", "events.senses.price_charged",
         "events.senses.as_opposed_to", "events.senses.killing_made")

REFUND = "The Bolivian treasury will give back roughly 4 billion bolivianos to farmers and shops next spring."
FIRM = "Each carbon levy dollar would be returned to ranchers and bakeries through credits."
FAMILIES = "Several hundred Haitian families arrived at the Dominican border post on Saturday."
REPLY = "Three Bolivian mayors fired back at the governor over the falling rating of the region."
GOAL = "The Ecuadorian campaign expects to beat its fundraising goal well before the spring."
PROFIT = "An Ecuadorian hedge fund made a killing on Bolivian gas bonds last year."
STORM = "The snowstorm that hit the Bolivian highlands in July shut every road."
FOOTAGE = "The blurry clip, shot by a Bolivian driver through his windscreen, was shared widely."
STORMED = "The Ecuadorian senator stormed out just before the vote."
SPEECH = "The Bolivian minister provided a broad outline of the plan to Ecuador."
EXCHANGE = "Bolivia got nothing in return from Ecuador."
CHECKED = "PolitiFact examined the Bolivian governor's statement and rated it false."
FEE = "The Bolivian country club charged a hefty entry fee of 50,000 bolivianos."
RENT = "The Bolivian senator charged her own campaign for office space in Sucre."
CONTRAST = "The Bolivian bill caps new licences at 5,000, as opposed to the 30,000 Ecuador issues."
ONSLAUGHT = "The Bolivian senator kept up her assault on the governor, mocking his record on gas."


def test_money_handed_back_to_households_or_by_a_firm_is_no_return(coder) -> None:
    assert "RETREAT" not in _types(coder, REFUND)
    assert "RETREAT" not in _types(coder, FIRM)
    assert "RETREAT" not in _types(coder, "The senator vowed to return the jobs that moved to Mexico.")
    assert _events(coder, "Bolivia returned the seized cargo ships to Ecuador on Thursday.") \
        == [("RETREAT", ["Bolivia"], ["Ecuador"])]


def test_families_on_the_move_pay_no_visit(coder) -> None:
    assert "CONSULT" not in _types(coder, FAMILIES)
    assert "CONSULT" not in _types(coder, "His grandparents arrived in Quito in 1949 with almost nothing.")
    visit = [e for e in _events(coder, "The Bolivian foreign minister arrived in Quito on Thursday.")
             if e[0] == "CONSULT"]
    assert visit and visit[0][1] == ["Bolivian foreign minister"]


def test_a_shot_back_between_politicians_is_criticism(coder) -> None:
    found = _events(coder, REPLY)
    assert [t for t, _, _ in found] == ["ACCUSE"] and found[0][2] == ["governor"]
    assert "ASSAULT" not in _types(coder, "Bolivian senators fired back at the Ecuadorian minister's remarks.")
    assert "ASSAULT" in _types(coder, "Bolivian soldiers fired back at the Ecuadorian smugglers on Thursday.")


def test_a_goal_beaten_a_storm_or_a_killing_made_is_no_force(coder) -> None:
    assert "ASSAULT" not in _types(coder, GOAL)
    assert "ASSAULT" not in _types(coder, STORM)
    assert "ASSAULT" not in _types(coder, PROFIT)
    assert "ASSAULT" in _types(coder, "The killing of the Bolivian mayor shocked the region.")
    assert "ASSAULT" in _types(coder, "Bolivian rebels beat two Ecuadorian soldiers with clubs on Thursday.")


def test_footage_shot_or_a_walkout_does_no_force(coder) -> None:
    assert "ASSAULT" not in _types(coder, FOOTAGE)
    assert "ASSAULT" not in _types(coder, STORMED)
    assert "ASSAULT" in _types(coder, "Bolivian police shot an Ecuadorian smuggler near the border on Thursday.")
    assert "ASSAULT" in _types(coder, "Bolivian soldiers stormed the rebel camp on Thursday.")


def test_an_outline_given_or_a_deal_in_return_hands_nothing_over(coder) -> None:
    assert "AID" not in _types(coder, SPEECH)
    assert "RETREAT" not in _types(coder, EXCHANGE)
    assert "RETREAT" in _types(coder, "Ecuador freed two Bolivian pilots in return for a pledge of trade talks.")
    assert _events(coder, "Bolivia gave Ecuador 30 million dollars after the floods.") == [("AID", ["Bolivia"], ["Ecuador"])]


def test_a_speech_closed_or_a_banquet_hosted_is_no_event(coder) -> None:
    """Objects added to the frames' except_objects (verbs.yaml 172 and 043): a speech closed restricts no one, a
    banquet hosted receives no visitor; a border closed and a president hosted stay."""
    assert "COERCE" not in _types(coder, "The Bolivian senator closed her speech in Oruro with a tribute to the miners.")
    assert "COERCE" in _types(coder, "Bolivia closed its border with Ecuador on Thursday.")
    assert "CONSULT" not in _types(coder, "The Bolivian president hosted a harvest banquet at her residence in June.")
    assert "CONSULT" in _types(coder, "The Bolivian president hosted the Ecuadorian president in La Paz in June.")


def test_a_statement_checked_is_no_inquiry(coder) -> None:
    assert "ACCUSE" not in _types(coder, CHECKED)
    assert "ACCUSE" in _types(coder, "Bolivian prosecutors examined the minister's role in the bribery scheme.")


def test_a_fee_charged_or_a_comparison_accuses_no_one(coder) -> None:
    for text in (FEE, RENT, CONTRAST):
        assert "ACCUSE" not in _types(coder, text), text
    assert _events(coder, "Bolivian prosecutors charged the Ecuadorian consul with bribery on Thursday.") \
        == [("ACCUSE", ["Bolivian prosecutors"], ["Ecuadorian consul"])]
    assert "ACCUSE" in _types(coder, "Bolivia opposed the Ecuadorian plan for the river at the summit.")


def test_an_assault_in_words_between_politicians_is_criticism(coder) -> None:
    found = _events(coder, ONSLAUGHT)
    assert "ASSAULT" not in [t for t, _, _ in found]
    assert ("ACCUSE", ["Bolivian senator"], ["governor"]) in found
    assert "ASSAULT" in _types(coder, "Bolivian rebels kept up their assault on the Ecuadorian garrison all night.")


def test_with_the_rules_off_the_false_events_come_back(coder) -> None:
    """The checks above are these rules' work: switched off, each story codes its false event again."""
    false_events = {"RETREAT": (REFUND, FIRM, EXCHANGE), "CONSULT": (FAMILIES,), "AID": (SPEECH,),
                    "ASSAULT": (REPLY, GOAL, STORM, PROFIT, FOOTAGE, STORMED, ONSLAUGHT),
                    "ACCUSE": (CHECKED, FEE, RENT, CONTRAST)}
    with switched_off(RULES):
        for event_type, texts in false_events.items():
            for text in texts:
                assert event_type in _types(coder, text), text
