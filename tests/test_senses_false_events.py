"""Issue 14, false events on real news: an opinion or a forecast voiced, a question put by the press, everyday acts of
firms and private persons, a campaign trip, a contest for votes and a scourge fought are no events between parties
(events/data/senses.yaml claims_not_acts, questions_asked, private_transactions, campaign_trip, contest_for; the
ASSAULT frames' except_objects in verbs.yaml). Each story keeps its one real event, so a rule that went too far
fails here too."""

from __future__ import annotations

PUBLISHED = "2016-10-10"


def _events(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e["event_type"], [s["text"] for s in e["source"]], [t["text"] for t in e["target"]])
            for e in coder.code_text(text, published=PUBLISHED)["events"]]


def _types(coder, text: str) -> list[str]:
    return [t for t, _, _ in _events(coder, text)]


def test_an_opinion_or_a_forecast_is_no_agreement_or_threat(coder) -> None:
    text = ("The Chilean senator agreed that the Peruvian plan was flawed. The Chilean president agrees with the "
            "Peruvian president that the tariff is too high. Chilean economists warned that growth could slow next "
            "year. On Friday, Chile warned Peru that it would pay a heavy price.")
    found = _events(coder, text)
    assert [t for t, _, _ in found] == ["THREATEN"]
    assert found[0][1] == ["Chile"] and found[0][2] == ["Peru"]


def test_an_agreement_on_what_is_to_be_done_stays(coder) -> None:
    assert "AGREE" in _types(coder, "On Friday, Chile and Peru agreed that negotiations would start next month.")


def test_questions_put_by_the_press_are_no_requests(coder) -> None:
    text = ("Reporters asked the Peruvian president about the border dispute on Friday. The moderator asked the "
            "Chilean senator whether Peru would sign the deal. On Monday, Chile asked Peru to release the fishermen.")
    requests = [e for e in _events(coder, text) if e[0] == "REQUEST"]
    assert requests == [("REQUEST", ["Chile"], ["Peru"])]


def test_everyday_acts_of_firms_and_persons_are_no_events(coder) -> None:
    text = "The television network met its advertisers on Friday. The mining company invited its investors to a dinner."
    assert _types(coder, text) == []


def test_campaign_trips_contests_and_scourges_fought_are_no_visits_or_attacks(coder) -> None:
    text = ("The Chilean senator traveled to Valparaiso for a campaign rally on Friday. The Chilean candidates will "
            "fight for votes in the north. The senator hit the campaign trail on Monday and fought back tears as he "
            "spoke. The new Chilean bill targets tax fraud by mining firms.")
    types = _types(coder, text)
    assert "CONSULT" not in types and "ASSAULT" not in types
    assert "ASSAULT" in _types(coder, "Chilean rebels fought against government troops near the Peruvian border.")


def test_headings_imperatives_and_one_after_another_are_no_acts(coder) -> None:
    text = ("Examining the Chilean Senate's Record on Pension Reform. \"Look at how much the Chilean miners are "
            "suffering from the new tax,\" the senator said in August. Country after country flouts the fisheries "
            "treaty. On Friday, Chile accused Peru of breaking the treaty.")
    events = coder.code_text(text, published=PUBLISHED)["events"]
    # every event is told by the last sentence (the accusation, and the breach it alleges)
    assert {e["mentions"][0]["sentence"] for e in events} == {3}
    assert ("ACCUSE", ["Chile"], ["Peru"]) in _events(coder, text)


def test_staff_sent_on_assignment_and_a_dime_not_paid_are_no_aid(coder) -> None:
    text = ("The Santiago daily sent its national reporter Ana Rojas to the mining towns. The Chilean senator may "
            "not have paid a dime in taxes for two decades. Norway sent 20 million dollars to Kenya on Friday.")
    assert _events(coder, text) == [("AID", ["Norway"], ["Kenya"])]


def test_bills_killed_or_signed_and_earnings_released_are_no_acts_between_parties(coder) -> None:
    text = ("The Chilean senator killed the pension bill in committee. The mining company will release its earnings "
            "on Friday. The Chilean president signed the pension bill into law. The senator's campaign was hit by a "
            "scandal. On Friday, Chile and Peru signed a fisheries agreement in Lima.")
    assert _types(coder, text) == ["SUPPORT"]
