"""Issue 14, senses (session 26): a trigger codes its frame only when its arguments are of the kinds the frame needs
(events/frame_fit.py, senses.yaml frame_fit26). Seeking to do something or seeking an office asks no one for anything;
a boost or ammunition for critics given is no aid; gains that "go to" the rich pay no visit; a birthday celebrated or a
pledge honoured praises no one; gaffes rounded up are no arrest; a position occupied is no occupation; a phone message
returned is no property handed back. Each story keeps its real event, so a rule that goes too far fails here too. The
sentences are invented for these tests."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_an_attempt_or_an_office_sought_is_no_request(coder) -> None:
    text = ("The Peruvian mayor has sought to reassure nervous investors. The Chilean senator will seek a third "
            "term in March. The Peruvian minister is not seeking the presidency.")
    assert "REQUEST" not in _types(coder, text)
    assert _types(coder, "Peru sought the release of two Chilean sailors on Monday.") == ["REQUEST"]


def test_the_act_tried_stands_on_its_own(coder) -> None:
    """ "sought to block": no request to anyone, but the blocking the doer tried is still coded."""
    types = _types(coder, "Peru sought to block the Chilean copper deal on Monday.")
    assert "REQUEST" not in types and "REJECT" in types


def test_a_way_of_being_insisted_on_is_no_demand(coder) -> None:
    assert "REQUEST" not in _types(coder, "The Peruvian governor insisted on remaining neutral.")
    assert "REQUEST" in _types(coder, "Peru insisted on an inquiry into the border shooting.")


def test_a_boost_or_ammunition_for_critics_is_no_aid(coder) -> None:
    text = ("The Peruvian poll gave the Chilean senator an edge in the north. The minister's gaffe gave the "
            "opposition fresh ammunition. The court gave the mayor a pass.")
    assert "AID" not in _types(coder, text)
    assert _events(coder, "Chile gave Peru 20 million dollars after the floods.") == [("AID", ["Chile"], ["Peru"])]
    assert "AID" in _types(coder, "Poland gave Ukraine ammunition on Monday.")


def test_money_that_goes_to_someone_or_voters_at_the_polls_pay_no_visit(coder) -> None:
    text = ("Half of the new revenue will go to the richest families. The Peruvian congresswoman arrived in "
            "Congress in 2019.")
    assert "CONSULT" not in _types(coder, text)
    assert _types(coder, "The Peruvian president went to Santiago on Monday.") == ["CONSULT"]


def test_an_occasion_celebrated_or_a_pledge_honoured_praises_no_one(coder) -> None:
    text = ("The Peruvian president celebrated her 60th birthday on Sunday. The Chilean mayor will honour his promise "
            "to stay out of the race. The Peruvian senator said she was honored to serve.")
    assert "SUPPORT" not in _types(coder, text)
    assert "SUPPORT" in _types(coder, "The Peruvian president praised the Chilean mayor on Sunday.")


def test_things_rounded_up_or_a_post_held_are_no_arrest_or_occupation(coder) -> None:
    text = ("The Peruvian campaign rounded up signatures in Lima. The Chilean senator occupies a key post in the "
            "party.")
    assert "COERCE" not in _types(coder, text)
    assert "COERCE" in _types(coder, "Peruvian police rounded up dozens of Chilean miners on Monday.")


def test_a_message_returned_or_a_number_hit_is_no_return_or_force(coder) -> None:
    text = ("The Peruvian ministry has not returned our calls or messages. The Chilean campaign hit its fundraising "
            "number in May.")
    types = _types(coder, text)
    assert "RETREAT" not in types and "ASSAULT" not in types
    assert "RETREAT" in _types(coder, "Chile returned the seized fishing boats to Peru on Monday.")


def test_a_cause_fought_for_or_a_blow_by_the_press_is_no_force(coder) -> None:
    text = ("Lucia Prado has fought hard for the rights of Peruvian fishermen. Can the Peruvian media destroy a "
            "liberal governor?")
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, "Peruvian rebels fought against the Chilean army on Monday.")


def test_yielding_to_a_temptation_concedes_nothing(coder) -> None:
    assert "CONCEDE" not in _types(coder, "The Peruvian moderators yielded to the temptation of mockery.")
    assert "CONCEDE" in _types(coder, "Chile yielded to Peruvian demands to free the fishermen.")


def test_a_plea_a_condition_or_a_fall_is_no_request_or_refusal(coder) -> None:
    text = ("The Peruvian mayor pleaded not guilty to bribery. The Peruvian shortage was a problem that required "
            "the clerks to work overtime. The savings of Peruvian pensioners declined last year.")
    types = _types(coder, text)
    assert "REQUEST" not in types and "REJECT" not in types
    assert "REQUEST" in _types(coder, "Chile pleaded with Peru to reopen the border.")
    assert "REJECT" in _types(coder, "Peru declined the Chilean offer of talks on Monday.")
