"""Issue 14, dates no looser than the text: a happening told first with no time takes the time the story gives it
later. Coded events from the real pipeline (published 2024-03-16, a Saturday: Tuesday is 2024-03-12, Thursday
2024-03-14, Friday 2024-03-15); each test also switches its rule off to show the answer the rule changes."""

from __future__ import annotations

from tests.test_time_when18 import dates  # the coded event's (date, date_end), published 2024-03-16


def test_a_later_definite_noun_of_the_act_gives_its_day(coder) -> None:
    text = "A prisoner was beaten by guards in the yard. The beating, which happened on Thursday, was filmed by an inmate."
    assert dates(coder, text, "beaten") == ("2024-03-14", None)
    assert dates(coder, text, "beaten", frozenset({"dating.told_after"})) == (None, "2024-03-16")


def test_a_later_verb_of_the_family_done_to_the_same_patient_gives_its_day(coder) -> None:
    text = "Two deputies shot a cyclist near the bridge. The cyclist, who was killed Friday, carried no weapon."
    assert dates(coder, text, "shot") == ("2024-03-15", None)
    assert dates(coder, text, "shot", frozenset({"dating.told_after"})) == (None, "2024-03-16")


def test_a_later_day_of_another_patient_is_another_happening(coder) -> None:
    text = "Two deputies shot a cyclist near the bridge. A farmer, who was killed Friday, carried no weapon."
    assert dates(coder, text, "shot") == (None, "2024-03-16")


def test_a_raid_carried_out_on_a_day_dates_the_attack_told_before(coder) -> None:
    text = "Gunmen ambushed a convoy in the hills. The ambush was carried out on Tuesday, the army said."
    assert dates(coder, text, "ambushed") == ("2024-03-12", None)
    assert dates(coder, text, "ambushed", frozenset({"dating.told_after"})) == (None, "2024-03-16")


def test_the_leads_act_is_dated_past_a_line_of_background(coder) -> None:
    text = ("Senator backs farm bill\n\nSenator Maria Lund praised the farm bill at a fair in Ames. The bill was first "
            "drafted in 2019. On Thursday, Lund said the bill would help growers.")
    assert dates(coder, text, "praised") == ("2024-03-14", None)
    assert dates(coder, text, "praised", frozenset({"dating.lead_told_after_background"})) == (None, "2024-03-16")


def test_another_doers_recent_day_still_ends_the_search(coder) -> None:
    text = ("Senator backs farm bill\n\nSenator Maria Lund praised the farm bill at a fair in Ames. On Wednesday, the "
            "governor said the bill would help growers. On Thursday, Lund said it was a good bill.")
    assert dates(coder, text, "praised") == (None, "2024-03-16")


def test_the_leads_act_is_dated_by_its_doers_day_four_sentences_on(coder) -> None:
    text = ("Senator backs farm bill\n\nSenator Maria Lund praised the farm bill at a fair in Ames. The bill was first "
            "drafted in 2019. It cleared a committee in 2021. Growers have long asked for it. On Thursday, Lund said "
            "the bill would help growers.")
    assert dates(coder, text, "praised") == ("2024-03-14", None)  # the lead's window reaches four sentences on


def test_a_happening_that_prompted_a_dated_effect_ends_by_its_time(coder) -> None:
    text = "A teenager was shot by a guard outside the mall. The shooting prompted protests Tuesday night."
    assert dates(coder, text, "shot") == (None, "2024-03-12")
    assert dates(coder, text, "shot", frozenset({"dating.cause_before_effect"})) == (None, "2024-03-16")


def test_a_cause_keeps_the_time_of_its_own_phrase_not_its_effects(coder) -> None:
    text = "The arrest of the editor on Monday triggered strikes on Wednesday."
    assert dates(coder, text, "arrest") == ("2024-03-11", None)
    # (dating.subject_noun_own_time, date25a, also gives a subject noun the time among its own words)
    assert dates(coder, text, "arrest", frozenset({"dating.cause_before_effect", "dating.subject_noun_own_time"})) \
        == ("2024-03-13", None)


def test_words_about_a_happening_its_relative_clause_dates_come_after_it(coder) -> None:
    text = "The bishop denounced the raid, which left nine villagers dead on Tuesday."
    assert dates(coder, text, "denounced") == ("2024-03-12", "2024-03-16")
    assert dates(coder, text, "denounced", frozenset({"dating.answered_happening"})) == (None, "2024-03-16")


def test_condolences_for_a_dated_disaster_were_sent_after_it(coder) -> None:
    text = "The prime minister sent condolences for the storm that battered the islands on Thursday."
    assert dates(coder, text, "sent") == ("2024-03-14", "2024-03-16")
    assert dates(coder, text, "sent", frozenset({"dating.answered_happening"})) == (None, "2024-03-16")


def test_a_leads_pronoun_subject_is_dated_by_the_named_doers_later_day(coder) -> None:
    text = ("Mayor backs tram line\n\nMayor Ines Varga defended the tram line at a meeting in Pecs. She also asked the "
            "council to fund it. On Tuesday, Varga told reporters the line would open in May.")
    assert dates(coder, text, "asked") == ("2024-03-12", None)
    assert dates(coder, text, "asked", frozenset({"dating.lead_pronoun_doer"})) == (None, "2024-03-16")


def test_a_tally_in_the_present_perfect_is_not_dated_by_a_later_single_attack(coder) -> None:
    text = ("Nearly 90 guards have been killed by rebels since the war began. Last week, rebels killed two guards "
            "near the dam.")
    assert dates(coder, text, "killed") == (None, "2024-03-16")  # a count up to now, not last week's attack

