"""Issue 14, false events on real news (priv21): commerce between firms and private persons (shares, property, debts
and sales dealt), leaving a post at a firm or a newsroom, a newsroom sending its journalists, the press examining claims
or telling the press how to ask, and the cases and powers a rule provides for are no events between political parties
(events/data/senses.yaml commercial_things, leaving_a_firm, newsroom_assignments, press_at_work, policy_content; the
business and press nouns of actors/data/sectors.yaml). Each story keeps its real event, so a rule that went too far
fails here too."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_goods_and_money_dealt_between_private_parties_are_commerce(coder) -> None:
    text = ("Mr. Halvorsen later resigned from the fund, selling his shares at a large loss. Mr. Brandt, who bought "
            "the Elmwood property ten years ago, now plans to build houses there. The new owner, a private equity "
            "firm, did not take over the company's debt. Larkspur Partners will earn $30 million for helping Norvik "
            "Cable complete its sale to Polaris Media.")
    assert _types(coder, text) == []


def test_a_state_dealing_in_shares_or_debts_keeps_the_event(coder) -> None:
    found = _events(coder, "Peru sold its stake in the copper mine to a Chinese state firm on Monday.")
    assert [t for t, _, _ in found] == ["COOPERATE"] and found[0][1] == ["Peru"]
    assert _types(coder, "The Chilean government took over the bank's debts in March.") == ["COERCE"]
    # a demand for such a thing is put to whoever can grant it
    assert _types(coder, "Chilean students demanded free tuition on Friday.") == ["REQUEST"]


def test_leaving_a_firm_or_a_newsroom_is_a_change_of_job(coder) -> None:
    text = ("Dana Whitlow resigned from the television network last spring. Two of the firm's directors resigned over "
            "the losses. The bank's CEO stepped down on Monday.")
    assert _types(coder, text) == []
    found = _events(coder, "The Chilean senator resigned from the cabinet on Monday.")
    assert [t for t, _, _ in found] == ["RETREAT"] and found[0][1] == ["Chilean senator"]


def test_a_newsroom_sending_its_journalists_is_the_press_at_work(coder) -> None:
    text = ("The radio network is sending Ms. Amsel, its correspondent, to cover the floods. The Chilean daily "
            "dispatched two reporters to the border.")
    assert _types(coder, text) == []
    found = _events(coder, "The Chilean army sent two battalions to the Peruvian border on Friday.")
    assert [t for t, _, _ in found] == ["AID"] and found[0][1] == ["Chilean army"]


def test_business_counterparts_are_named_as_business(coder) -> None:
    # clients and shareholders are a firm's counterparts (sector BUS), so their quarrels with it are business life
    assert _types(coder, "Angry shareholders accused the board of hiding the losses.") == []
    found = _events(coder, "Angry shareholders accused the Chilean finance ministry of hiding the losses.")
    assert [t for t, _, _ in found] == ["ACCUSE"]


def test_the_press_examining_claims_or_telling_the_press_how_to_ask_is_its_work(coder) -> None:
    text = ("The fact-checking site examined her claim about the Chilean tax plan. A Chilean radio host said the "
            "moderator needs to challenge the senator on taxes.")
    assert _types(coder, text) == []
    # an inquiry a state's body makes into the press, and a newspaper's endorsement, stay
    found = _events(coder, "The Chilean senate investigated the newspaper on Monday.")
    assert [t for t, _, _ in found] == ["ACCUSE"] and found[0][1] == ["Chilean senate"]
    assert _types(coder, "The Chilean newspaper endorsed the senator on Sunday.") == ["SUPPORT"]


def test_when_a_rule_has_its_act_done_and_the_power_it_confers_are_its_content(coder) -> None:
    text = ("The Chilean statute obliges local police to alert federal agents when they detain a Peruvian migrant. "
            "The Chilean law gives the president power to expel Peruvian diplomats.")
    assert _types(coder, text) == []
    found = _events(coder, "On Monday, Chilean police alerted federal agents when they detained a Peruvian migrant.")
    assert [t for t, _, _ in found] == ["COERCE"] and found[0][1] == ["Chilean police"]


def test_a_law_only_supported_or_blocked_provides_content_one_put_forward_stays(coder) -> None:
    assert _types(coder, "The Chilean senator embraces the 2010 law that would dismantle banks posing systemic "
                         "risks.") == []
    text = ("On Wednesday the Chilean senator discussed legislation he was introducing which would revoke the visas of "
            "Peruvian officials.")
    assert "COERCE" in _types(coder, text)
