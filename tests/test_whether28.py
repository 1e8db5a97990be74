"""Issue 14, whether both ways (session 28): acts that happened are asserted though a word of answering, stopping or
keeping governs them ("has not replied to the request", "urged them to stop shelling", "cannot deliver on his
promises"), or a past adjective names them ("the recent attack"); acts planned are future ("talks are scheduled for
next week") or denied ("has no plans to meet"); "did not visit until March" tells a visit made in March, and keeps
its verb's type. The sentences are invented for these tests; each test also shows its rules switched off."""

from __future__ import annotations

from detente.rules import switched_off

TODAY = "2016-10-12"  # a Wednesday


def _events(coder, text: str, event_type: str) -> list[dict]:
    return [e for e in coder.code_text(text, published=TODAY)["events"] if e["event_type"] == event_type]


def _seen(event: dict) -> tuple:
    """What a user reads of an event: whether, when (first, last, basis) and its parties."""
    return (event["factuality"], event["date"], event["date_end"], event["date_basis"],
            [s["text"] for s in event["source"]], [t["text"] for t in event["target"]])


def test_a_request_left_unanswered_was_made(coder) -> None:
    text = "The Uruguayan minister has not replied to Argentina's request for a meeting on the river dispute."
    [request] = _events(coder, text, "REQUEST")
    assert (request["factuality"], request["date"], request["date_end"]) == ("asserted", None, TODAY)
    assert request["source"][0]["text"] == "Argentina"
    with switched_off({"factuality.answered_objects"}):
        assert [e["factuality"] for e in _events(coder, text, "REQUEST")] == ["negated"]


def test_no_plans_to_meet_is_no_meeting(coder) -> None:
    text = "The Uruguayan president has no plans to meet the Argentine president in Montevideo."
    [meeting] = _events(coder, text, "CONSULT")
    assert (meeting["factuality"], meeting["date_basis"], meeting["stated_as"]) == ("negated", "none", None)
    assert [t["text"] for t in meeting["target"]] == ["Argentine president"]
    with switched_off({"factuality.denied_intent"}):
        assert [e["factuality"] for e in _events(coder, text, "CONSULT")] == ["future"]


def test_a_recent_attack_happened_whatever_will_be_said_of_it(coder) -> None:
    text = "The Uruguayan senate will hold hearings on Argentina's recent attack on Uruguayan soldiers."
    [attack] = _events(coder, text, "ASSAULT")
    assert _seen(attack) == ("asserted", None, TODAY, "relative", ["Argentina"], ["Uruguayan soldiers"])
    with switched_off({"factuality.past_heads"}):
        assert [e["factuality"] for e in _events(coder, text, "ASSAULT")] == ["future"]


def test_shelling_one_is_urged_to_stop_is_going_on(coder) -> None:
    urged = "The Uruguayan president urged Argentina to stop shelling the border town."
    stopped = "The Argentine police stopped the farmers from attacking the Uruguayan consulate."
    [shelling] = _events(coder, urged, "ASSAULT")
    assert (shelling["factuality"], [s["text"] for s in shelling["source"]]) == ("asserted", ["Argentina"])
    assert [e["factuality"] for e in _events(coder, stopped, "ASSAULT")] == ["negated"]  # prevented, not under way
    with switched_off({"factuality.ended_acts"}):
        assert [e["factuality"] for e in _events(coder, urged, "ASSAULT")] == ["negated"]


def test_the_party_called_on_is_the_one_to_act(coder) -> None:
    text = "The Uruguayan president called on Argentina to stop shelling the border town."
    [shelling] = _events(coder, text, "ASSAULT")
    assert _seen(shelling)[0::4] == ("asserted", ["Argentina"])
    thanks = "The Uruguayan president called the Argentine minister on Friday to thank him for the aid."
    assert [s["text"] for e in _events(coder, thanks, "SUPPORT") for s in e["source"]] == ["Uruguayan president"]
    with switched_off({"events.roles.asked_through_preps"}):
        [shelling] = _events(coder, text, "ASSAULT")
        assert [s["text"] for s in shelling["source"]] == ["Uruguayan president"]


def test_scheduled_talks_are_still_to_come(coder) -> None:
    text = "Talks between Uruguay and Argentina are scheduled for next week."
    [talks] = _events(coder, text, "CONSULT")
    assert _seen(talks)[:4] == ("future", "2016-10-17", "2016-10-23", "relative")
    assert talks["stated_as"] is None  # timetabled, announced by no party
    with switched_off({"factuality.scheduled_happenings", "factuality.timetabled_told"}):
        assert [e["factuality"] for e in _events(coder, text, "CONSULT")] == ["asserted"]


def test_a_proposal_endorsed_was_endorsed(coder) -> None:
    text = "Most Uruguayan voters back the proposal endorsed by the Argentine president."
    [endorsement] = _events(coder, text, "SUPPORT")
    assert (endorsement["factuality"], endorsement["source"][0]["text"]) == ("asserted", "Argentine president")
    with switched_off({"factuality.past_participle_of_a_noun"}):
        assert [e["factuality"] for e in _events(coder, text, "SUPPORT")] == ["hypothetical"]


def test_promises_one_cannot_deliver_on_were_made(coder) -> None:
    text = "The Argentine president cannot deliver on his promises of aid to Uruguay."
    [promise] = _events(coder, text, "AGREE")
    assert (promise["factuality"], promise["date_end"], [t["text"] for t in promise["target"]]) == \
        ("asserted", TODAY, ["Uruguay"])
    with switched_off({"factuality.keeping_verbs"}):
        assert [e["factuality"] for e in _events(coder, text, "AGREE")] == ["negated"]


def test_not_until_march_is_a_visit_in_march(coder) -> None:
    text = "The Uruguayan president did not visit Buenos Aires until March."
    [visit] = _events(coder, text, "CONSULT")
    assert _seen(visit)[:4] == ("asserted", "2016-03-01", "2016-03-31", "relative")
    assert not _events(coder, text, "REJECT")  # a denial told of a visit is no refusal
    with switched_off({"events.senses.denial_not_refusal"}):
        assert [e["factuality"] for e in _events(coder, text, "REJECT")] == ["asserted"]
    with switched_off({"dating.not_until"}):
        assert _events(coder, text, "CONSULT")[0]["date"] == "2017-03-01"
    with switched_off({"factuality.not_until", "events.senses.denial_not_refusal"}):
        assert [e["factuality"] for e in _events(coder, text, "CONSULT")] == ["negated"]


def test_a_future_inquiry_takes_no_time_from_the_recent_raid(coder) -> None:
    text = "The Uruguayan senate said it would investigate the recent Argentine raid on the border post."
    [inquiry] = _events(coder, text, "ACCUSE")
    assert _seen(inquiry)[:4] == ("future", None, None, "none")
    with switched_off({"dating.future_no_past_range", "dating.recent_thing_not_time"}):  # both keep "recent" off it
        assert _seen(_events(coder, text, "ACCUSE")[0])[1:3] == (None, TODAY)


def test_a_condemnation_not_made_has_no_time_from_the_raid(coder) -> None:
    text = "The Uruguayan minister did not condemn the recent Argentine raid on the border post."
    [condemnation] = _events(coder, text, "ACCUSE")
    assert _seen(condemnation)[:4] == ("negated", None, None, "none")
    with switched_off({"dating.not_done_no_past_range", "dating.recent_thing_not_time"}):  # both keep "recent" off it
        assert _seen(_events(coder, text, "ACCUSE")[0])[1:3] == (None, TODAY)


def test_praise_given_beside_no_apology_was_given(coder) -> None:
    text = "The Uruguayan minister offered no apology but praised the Argentine navy for its restraint."
    praise = [e for e in _events(coder, text, "SUPPORT") if e["target"]]
    assert [_seen(e)[0::5] for e in praise] == [("asserted", ["Argentine navy"])]
    with switched_off({"factuality.object_denial_own_verb"}):
        assert [e["factuality"] for e in _events(coder, text, "SUPPORT") if e["target"]] == ["negated"]


def test_an_inquiry_one_will_cooperate_with_is_under_way(coder) -> None:
    text = "The Uruguayan consul said he would cooperate with the FBI's investigation into his finances."
    [inquiry] = _events(coder, text, "ACCUSE")
    assert (inquiry["factuality"], inquiry["date_end"], inquiry["source"][0]["text"]) == ("asserted", TODAY, "FBI")
    with switched_off({"factuality.ongoing_objects"}):
        assert [e["factuality"] for e in _events(coder, text, "ACCUSE")] == ["future"]
