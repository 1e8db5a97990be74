"""Issue 14, false events on real news (senses): a policy proposed to no party is a programme laid out to the public,
"help" with an act to do and no one helped is a share in that act, a question asked wants an answer, scholars'
and analysts' opinions of a plan or a party are commentary, a win told with its score is a game, kinds doing kinds of
acts are no happening, and an opinion agreed with is no agreement to act (events/data/senses.yaml policy_proposals,
help_take_part, questions_asked, commentary, game_scores, kinds_doing, claims_not_acts); a text examined is read,
climate change fought is no party attacked and an office taken over is no seizure (verbs.yaml), and a mood of the
public does not act (non_agents.yaml). Each story keeps its real events, so a rule that went too far fails here too."""

from __future__ import annotations

PUBLISHED = "2016-10-10"


def _events(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e["event_type"], [s["text"] for s in e["source"]], [t["text"] for t in e["target"]])
            for e in coder.code_text(text, published=PUBLISHED)["events"]]


def test_a_policy_proposed_to_no_party_is_no_offer(coder) -> None:
    text = ("The Chilean senator proposes doing away with the pension mandate. She will present her proposals in a "
            "speech on Friday in Valparaiso. On Monday, Chile proposed a ceasefire to Peru.")
    found = _events(coder, text)
    assert found == [("AGREE", ["Chile"], ["Peru"])]


def test_a_proposal_naming_another_party_stays(coder) -> None:
    assert [t for t, _, _ in _events(coder, "Chile proposed a new tax on Peruvian copper.")] == ["AGREE"]


def test_help_with_an_act_to_do_is_no_aid_unless_someone_is_helped(coder) -> None:
    text = ("The Chilean miners' union helped elect the first socialist president. The ruling of the Chilean court "
            "helped to pave the way for new mining laws. Norway helped Kenya build new schools.")
    assert _events(coder, text) == [("AID", ["Norway"], ["Kenya"])]


def test_questions_asked_are_no_requests(coder) -> None:
    text = ('The Chilean president avoided the questions he was being asked by the Peruvian minister. The Chilean '
            'senator sang to the president before asking her, "Where do we go from here?" On Monday, Chile asked '
            'Peru to release the fishermen.')
    requests = [e for e in _events(coder, text) if e[0] == "REQUEST"]
    assert requests == [("REQUEST", ["Chile"], ["Peru"])]


def test_commentators_judging_a_plan_or_a_party_make_no_event_but_asking_a_party_to_act_does(coder) -> None:
    text = ("Chilean economists criticized the senator's pension plan on Friday. Experts praised the Chilean "
            "president's proposals to cut taxes. On Monday, Chilean economists criticized the senator. A Chilean "
            "professor of law accused the interior ministry of mishandling the floods. On Tuesday, Chilean economists "
            "urged the Senate to reject the pension bill. Chilean economists agreed to advise the finance ministry on "
            "the pension reform.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("REQUEST", ["Chilean economists"]),
                                                            ("AGREE", ["Chilean economists"])]


def test_texts_examined_and_change_fought_are_no_inquiry_or_attack(coder) -> None:
    text = ("The Chilean president scrutinized reports like the national climate assessment. The Chilean president "
            "said he planned to stay active in fighting climate change after he leaves office. On Monday, Chilean "
            "prosecutors investigated the mining company.")
    assert [(t, s) for t, s, _ in _events(coder, text)] == [("ACCUSE", ["Chilean prosecutors"])]


def test_students_are_no_commentators(coder) -> None:
    assert [t for t, _, _ in _events(coder, "Chilean students demanded free tuition on Friday.")] == ["REQUEST"]


def test_a_win_told_with_its_score_is_no_attack(coder) -> None:
    text = ("The Santiago Wanderers beat Colo-Colo 2-1 on Sunday. The Chilean team beat the Peruvian team by three "
            "goals on Tuesday. On Wednesday, Peruvian soldiers beat two Chilean protesters.")
    assert _events(coder, text) == [("ASSAULT", ["Peruvian soldiers"], ["Chilean protesters"])]


def test_kinds_doing_kinds_of_acts_are_no_events(coder) -> None:
    text = "The Chilean senator condemned the practice of soldiers abusing prisoners."
    assert [t for t, _, _ in _events(coder, text)] == ["ACCUSE"]
    text = "The Chilean senator spoke out on Tuesday about police officers beating the protesters in Valparaiso."
    assert ("ASSAULT", ["police officers"], ["protesters"]) in _events(coder, text)


def test_agreeing_with_an_opinion_is_no_agreement_to_act(coder) -> None:
    text = ("The Chilean campaign has a larger field operation than the Peruvian team, the two campaigns agree. The "
            "Chilean Medical Association agrees with the senator.")
    assert _events(coder, text) == []
    text = "Peru will withdraw its troops from the border, Chile agreed on Friday."
    assert [t for t, _, _ in _events(coder, text)] == ["AGREE"]


def test_a_mood_of_the_public_sends_no_one(coder) -> None:
    text = "Frustration with the Chilean government sent thousands of voters into the arms of the Peruvian president."
    assert _events(coder, text) == []


def test_a_report_of_named_parties_doing_something_is_no_kind(coder) -> None:
    text = "There were vague reports last year of Chilean and Peruvian diplomats holding 'informal' talks in Lima."
    assert [t for t, _, _ in _events(coder, text)] == ["CONSULT"]


def test_taking_over_an_office_seizes_nothing(coder) -> None:
    text = ("The Chilean president's successor is to take over on Jan. 1. On Friday, the Peruvian government took over "
            "the Chilean mining company.")
    assert [t for t, _, _ in _events(coder, text)] == ["COERCE"]
