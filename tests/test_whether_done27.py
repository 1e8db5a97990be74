"""Issue 14, whether, both ways (session 27): acts told as done are asserted (words put out in a post, a letter or a
speech; a message that does what it says; the first or only party to act; "went as far as to"; "were able to"), and
acts a text argues, warns or decides against, conditions or denies with "neither ... nor" or "unable to" are not.
The sentences are invented for these tests; each test also shows the rule it rests on switched off."""

from __future__ import annotations

from detente.rules import switched_off

TODAY = "2016-10-12"  # a Wednesday


def _whether(coder, text: str, event_type: str) -> list[str]:
    """The factuality of every coded event of this type."""
    return [e["factuality"] for e in coder.code_text(text, published=TODAY)["events"] if e["event_type"] == event_type]


def _event(coder, text: str, event_type: str) -> dict:
    return next(e for e in coder.code_text(text, published=TODAY)["events"] if e["event_type"] == event_type)


def test_words_put_out_on_a_medium_are_said_on_its_day(coder) -> None:
    text = "The Bolivian minister took to Facebook on Tuesday to denounce the Chilean embargo."
    event = _event(coder, text, "ACCUSE")
    assert (event["factuality"], event["date"]) == ("asserted", "2016-10-11")
    assert [t["text"] for t in event["target"]] and event["source"][0]["text"] == "Bolivian minister"
    assert _whether(coder, "The Bolivian minister will take to Facebook to denounce the Chilean embargo.",
                    "ACCUSE") == ["hypothetical"]
    with switched_off({"factuality.medium_purpose", "factuality.medium_nouns", "factuality.medium_speech_purposes"}):
        assert _whether(coder, text, "ACCUSE") == ["hypothetical"]


def test_a_message_does_what_its_infinitive_says(coder) -> None:
    text = "The Bolivian minister's letter to thank the Chilean navy was read aloud in Congress."
    assert _whether(coder, text, "SUPPORT") == ["asserted"]
    with switched_off({"factuality.message_purpose"}):
        assert _whether(coder, text, "SUPPORT") == ["hypothetical"]


def test_the_only_party_to_act_acted(coder) -> None:
    text = "Uruguay was the only South American state to recognise the new Bolivian government."
    assert _whether(coder, text, "SUPPORT") == ["asserted"]
    with switched_off({"factuality.ranked_doer"}):
        assert _whether(coder, text, "SUPPORT") == ["hypothetical"]


def test_going_as_far_as_to_accuse_is_accusing(coder) -> None:
    text = "The Bolivian minister went as far as to accuse Chile of piracy."
    assert _whether(coder, text, "ACCUSE") == ["asserted"]
    with switched_off({"factuality.so_far_as"}):
        assert _whether(coder, text, "ACCUSE") == ["hypothetical"]


def test_a_denial_inside_a_condition_is_the_condition(coder) -> None:
    text = "Bolivia will recall its ambassador if Chile does not lift the embargo."
    assert _whether(coder, text, "RETREAT") == ["hypothetical"]
    with switched_off({"factuality.conditional_denial"}):
        assert _whether(coder, text, "RETREAT") == ["negated"]


def test_neither_approved_nor_rejected_is_no_rejection(coder) -> None:
    text = "The Bolivian senate neither approved nor rejected the Chilean trade offer."
    assert _whether(coder, text, "REJECT") == ["negated"]
    with switched_off({"factuality.neither_nor_acts"}):
        assert _whether(coder, text, "REJECT") == ["asserted"]


def test_acts_warned_or_decided_against_did_not_happen(coder) -> None:
    warned = "The Bolivian minister cautioned Chile against deploying warships near the coast."
    decided = "The Bolivian cabinet decided against expelling the Chilean consul."
    assert _whether(coder, warned, "MOBILIZE") == ["hypothetical"]
    assert _whether(coder, decided, "SANCTION") == ["negated"]
    assert _whether(coder, warned, "THREATEN") == ["asserted"]  # the caution itself was given
    with switched_off({"factuality.against_acts"}):
        assert _whether(coder, warned, "MOBILIZE") == ["asserted"]
        assert _whether(coder, decided, "SANCTION") == ["asserted"]


def test_unable_to_is_a_failure_and_able_to_in_the_past_a_deed(coder) -> None:
    unable = "Bolivia was unable to reach a deal with Chile on the gas pipeline."
    able = "The Bolivian police were able to arrest the Chilean smugglers on Sunday."
    failed = _event(coder, unable, "SUPPORT")
    assert (failed["factuality"], failed["stated_as"]) == ("negated", "REJECT")
    arrest = _event(coder, able, "COERCE")
    assert (arrest["factuality"], arrest["date"]) == ("asserted", "2016-10-09")
    with switched_off({"factuality.unable_to", "factuality.past_ability"}):
        assert _whether(coder, unable, "SUPPORT") == ["asserted"]
        assert _whether(coder, able, "COERCE") == ["hypothetical"]


def test_thanks_the_speaker_would_like_to_give_are_given(coder) -> None:
    said = '"I would like to thank the Bolivian firefighters," the Chilean mayor told reporters.'
    told = "The Chilean mayor wanted to thank the Bolivian firefighters."
    assert _whether(coder, said, "SUPPORT") == ["asserted"]
    assert _whether(coder, told, "SUPPORT") == ["hypothetical"]
    with switched_off({"factuality.performative_acts", "factuality.performative_wishes"}):
        assert _whether(coder, said, "SUPPORT") == ["hypothetical"]


def test_a_party_ranked_first_under_a_modal_keeps_the_modal(coder) -> None:
    text = "Bolivia should have been the first state to recognise the new Chilean government."
    assert _whether(coder, text, "SUPPORT") == ["hypothetical"]


def test_in_case_opens_a_condition(coder) -> None:
    text = "The Bolivian army stayed on alert in case Chilean ships shelled the port."
    assert _whether(coder, text, "ASSAULT") == ["hypothetical"]
    assert _whether(coder, text, "MOBILIZE") == ["asserted"]
    with switched_off({"factuality.condition_nouns"}):
        assert _whether(coder, text, "ASSAULT") == ["asserted"]


def test_a_ban_voted_in_favour_of_is_not_yet_in_place(coder) -> None:
    text = "The Bolivian congress spoke in favor of an embargo on Chile."
    assert _whether(coder, text, "SANCTION") == ["hypothetical"]
    with switched_off({"factuality.favoured_acts"}):
        assert _whether(coder, text, "SANCTION") == ["asserted"]


def test_a_threat_not_followed_through_was_made(coder) -> None:
    text = "The Bolivian president chose not to follow through on his threats of sanctions against Chile."
    assert _whether(coder, text, "THREATEN") == ["asserted"]
    with switched_off({"factuality.word_kept", "factuality.keeping_verbs"}):
        assert _whether(coder, text, "THREATEN") == ["negated"]


def test_support_left_in_no_doubt_is_support(coder) -> None:
    text = "The Bolivian senator made no secret of her support for the Chilean candidate."
    assert _whether(coder, text, "SUPPORT") == ["asserted"]
    with switched_off({"factuality.emphatic_objects"}):
        assert _whether(coder, text, "SUPPORT") == ["negated"]


def test_a_withdrawal_awaited_until_is_not_refused(coder) -> None:
    text = "The Bolivian president will not travel to Santiago until the Chilean warships withdraw."
    assert _whether(coder, text, "RETREAT") == ["future"]
    with switched_off({"factuality.until_clause"}):
        assert _whether(coder, text, "RETREAT") == ["negated"]


def test_what_a_party_is_punished_for_was_done(coder) -> None:
    text = "Bolivia plans to punish Chile for seizing the fishing boats."
    assert _whether(coder, text, "COERCE") == ["asserted"]
    with switched_off({"factuality.judged_for"}):
        assert _whether(coder, text, "COERCE") != ["asserted"]


def test_what_is_to_be_ensured_or_asked_about_has_not_happened(coder) -> None:
    ensured = "The Bolivian minister said she would ensure that the Chilean sailors were freed."
    asked = "A Bolivian senator asked if the report meant that Chile had shelled the border post."
    assert _whether(coder, ensured, "RETREAT") == ["future"]
    assert _whether(coder, asked, "ASSAULT") == ["hypothetical"]
    with switched_off({"factuality.ensuring_verbs", "factuality.conditioned_report"}):
        assert _whether(coder, ensured, "RETREAT") == ["asserted"]
        assert _whether(coder, asked, "ASSAULT") == ["asserted"]


def test_no_matter_what_is_no_particular_act(coder) -> None:
    text = "Bolivia will keep talking no matter what sanctions the Chilean government imposes on La Paz."
    assert _whether(coder, text, "SANCTION") == ["hypothetical"]
    with switched_off({"factuality.no_matter"}):
        assert _whether(coder, text, "SANCTION") == ["asserted"]


def test_a_denial_far_above_an_ensuring_does_not_deny_what_is_ensured(coder) -> None:
    text = ("The Bolivian minister did not seem worried about working with Chile to ensure that Chilean voters will "
            "rally behind her.")
    assert _whether(coder, text, "SUPPORT") == ["hypothetical"]
