"""Issue 14, senses (session 25): a trigger fires only when the sentence fills its frame. Volunteers or software
deployed are no show of force (events.senses.forces_mobilized); a quality demonstrated or supporters rallied are no
demonstration (show_not_protest); a march to a prize or a date is progress (march_to_a_goal); a shot "back" that opens a
quotation is a reply (retort); an exam retaken is no town retaken (retaken_places); a fact recognized is no recognition
(fact_recognized); a claim insisted on is no demand (assertion_insisted); attacks told with a medium or between persons of
public life are words (attack_in_words, attack_on_a_person). Each story keeps its real event, so a rule that goes too far
fails here too. The sentences are invented for these tests."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_people_and_things_put_to_work_are_no_show_of_force(coder) -> None:
    text = ("Both Chilean campaigns deployed dozens of canvassers in the north on Sunday. The Chilean banks deployed a "
            "new payment software last year. The Chilean senator has amassed a loyal group of donors.")
    assert "MOBILIZE" not in _types(coder, text)
    assert _types(coder, "Chile deployed two battalions to the Peruvian border on Friday.") == ["MOBILIZE"]
    assert "MOBILIZE" in _types(coder, "The Peruvian army brigade mobilised its men to the border area on Monday.")


def test_a_quality_shown_or_supporters_rallied_are_no_demonstration(coder) -> None:
    text = ("The Chilean senator has demonstrated her loyalty to the pension reform. The Chilean president rallied "
            "her supporters in Valparaiso on Friday. The Peruvian governor demonstrated that she could govern.")
    assert "PROTEST" not in _types(coder, text)
    assert _types(coder, "Thousands of Chilean students demonstrated against the pension law on Friday.") == ["PROTEST"]


def test_a_march_to_a_prize_or_a_date_is_no_protest(coder) -> None:
    text = ("The Chilean senator will press on with her march to the presidency. The Chilean governor is marching "
            "toward November with a large lead.")
    types = _types(coder, text)
    assert "PROTEST" not in types and "THREATEN" not in types
    assert "PROTEST" in _types(coder, "Chilean miners marched to the parliament in Valparaiso on Friday.")


def test_a_retort_is_words_and_a_shot_in_the_foot_a_figure(coder) -> None:
    text = ('The Chilean senator shot back, "I never took a single peso from Peru." The Peruvian minister fired '
            'back: "Nonsense." The Chilean coalition keeps shooting itself in the foot with its tax plans.')
    assert "ASSAULT" not in _types(coder, text)
    found = _events(coder, "Chilean troops fired back at the Peruvian gunmen on Friday.")
    assert found == [("ASSAULT", ["Chilean troops"], ["Peruvian gunmen"])]


def test_a_test_or_ground_in_the_primaries_retaken_is_no_town_taken(coder) -> None:
    text = ("The Chilean students will retake the entrance test in March. The Chilean senator hopes to recapture "
            "lost ground in the primaries.")
    assert "ASSAULT" not in _types(coder, text)
    assert _types(coder, "Chilean troops recaptured the border town on Friday.") == ["ASSAULT"]


def test_a_fact_recognized_is_no_recognition(coder) -> None:
    text = ("The Chilean mayors now recognize that more work is needed. The Chilean judge recognized how unfair "
            "the fine was. Recognizing this, the Peruvian envoy changed course.")
    assert "SUPPORT" not in _types(coder, text)
    assert _types(coder, "Chile recognized the new Peruvian government on Friday.") == ["SUPPORT"]


def test_a_claim_insisted_on_is_no_demand(coder) -> None:
    text = ("The Chilean mayor insists that her figures were right. The Chilean minister insisted that he would not "
            "resign.")
    assert "REQUEST" not in _types(coder, text)
    found = _events(coder, "Chile insisted that Peru withdraw its troops from the border.")
    assert ("REQUEST", ["Chile"], ["Peru"]) in found
    assert "REQUEST" in _types(coder, "Chile insisted that any new deal include a pause in fishing.")


def test_attacks_told_with_a_medium_or_between_persons_are_words(coder) -> None:
    text = ("The Chilean senator's Twitter attacks have grown sharper this month. The Chilean senator fielded most of "
            "the attacks from his rivals in the debate.")
    assert _types(coder, text) == []
    assert _events(coder, "His attacks on the Peruvian judge drew no reply.") == [
        ("ACCUSE", [], ["Peruvian judge"])]
    assert _types(coder, "A Chilean business group has been hitting the governor with ads in the north.") == ["ACCUSE"]
    assert _types(coder, "Peruvian rebels stepped up their attacks on the Chilean army in May.") == ["ASSAULT"]


def test_fights_about_a_topic_or_for_a_place_in_the_race_are_contests(coder) -> None:
    text = ("The two Chilean senators are fighting it out for second place in the north. Chilean senators have been "
            "fighting about the pension law ever since. The two Chilean candidates waged convention warfare in May.")
    assert "ASSAULT" not in _types(coder, text)
    assert _types(coder, "Chilean and Peruvian troops fought over the border town on Friday.") == ["ASSAULT"]


def test_things_no_party_is_hurt_by_are_no_assault(coder) -> None:
    text = ("The Chilean channel struck ratings gold with its election coverage. The Chilean clerk destroyed the files "
            "of the pension fund. The Chilean mayor pounded the table as she spoke. The delay killed their enthusiasm.")
    assert "ASSAULT" not in _types(coder, text)
    assert _types(coder, "Peruvian rebels burned the Chilean consulate in Tacna on Friday.") == ["ASSAULT"]


def test_a_retort_over_a_topic_is_criticism_of_whom_it_is_fired_at(coder) -> None:
    found = _events(coder, "The Peruvian president fired back at the Chilean senator over the copper tax.")
    assert found == [("ACCUSE", ["Peruvian president"], ["Chilean senator"])]
    assert _types(coder, "The Chilean senator shot back in a statement on Friday.") == []


def test_a_blow_for_something_done_or_at_skills_is_blame(coder) -> None:
    text = ("A Chilean union is out with a new ad hitting the governor for skipping the debate. Some of her followers "
            "attacked her language skills online.")
    assert "ASSAULT" not in _types(coder, text)


def test_rallying_to_a_cause_is_backing_not_a_rally(coder) -> None:
    assert "PROTEST" not in _types(coder, "The Chilean party has not yet rallied to her cause.")
    assert "PROTEST" in _types(coder, "Chilean dockworkers rallied outside the parliament in Valparaiso on Friday.")
