"""Dates a reader would check by hand (issue 14, dates): a past act asked about is a past act, not a hypothesis; a
yearless day that names a past happening is no date of this year; an act joined to one told "after" a dated
happening starts there too; an interview dates what its speaker says in the sentences after it. Real pipeline."""

from __future__ import annotations

from detente.rules import switched_off
from detente.time import date_event


def dated(analysis, trigger: str, occurrence: int = 1):
    start = -1
    for _ in range(occurrence):
        start = analysis.document.text.index(trigger, start + 1)
    return date_event(analysis, start, start + len(trigger))


def event_with(analysis, trigger: str):
    found = [e for e in analysis.events if trigger in e.mentions[0].trigger.text]
    assert found, [e.mentions[0].trigger.text for e in analysis.events]
    return found[0]


def test_a_past_act_asked_about_happened_and_is_dated_as_past(analyse) -> None:
    # "asked why ..." takes the act as given: asserted, and some time up to the day of writing, not undated
    attack = event_with(analyse("The senator asked why Egypt had attacked Jordan.", "2024-01-12"), "attacked")
    assert attack.factuality == "asserted"
    assert (attack.date, attack.date_end, attack.date_basis, attack.date_reason) == (
        None, "2024-01-12", "relative", "before_writing")  # up to the day of writing by its tense
    # a wh-question after a conjunction asks about the act, which keeps the time its clause gives
    annexed = event_with(analyse("And why did Russia annex Crimea in 2014?", "2024-01-12"), "annex")
    assert annexed.factuality == "asserted" and annexed.date == "2014-01-01"
    # yes/no questions stay questions
    asked = event_with(analyse("The senator asked whether Egypt had attacked Jordan.", "2024-01-12"), "attacked")
    assert asked.factuality == "hypothetical" and asked.date is None
    with switched_off({"factuality.wh_questions"}):
        again = event_with(analyse("The senator asked why Egypt had attacked Jordan.", "2024-01-12"), "attacked")
        assert again.factuality == "hypothetical"


def test_a_yearless_day_that_names_a_past_happening_dates_nothing(analyse) -> None:
    text = "The ministry condemned the Sept. 11 attacks."
    when = dated(analyse(text, "2016-10-03"), "condemned")
    assert when.expression is None and when.date is None  # not "from Sept. 11, 2016"
    with switched_off({"dating.named_happening"}):
        assert dated(analyse(text, "2016-10-03"), "condemned").date == "2016-09-11"
    # more than ten months back with no year given: a name, not last year's day
    assert dated(analyse("The ministry condemned the July 14 bombing of the market.", "2024-06-02"),
                 "condemned").expression is None
    # a recent day before its happening stays that happening's date; a day of the act itself stays its date
    recent = dated(analyse("The ministry condemned the Feb. 14 bombing of the market.", "2024-03-02"), "condemned")
    assert recent.date == "2024-02-14"
    assert dated(analyse("Gunmen attacked the embassy on Sept. 11.", "2016-10-03"), "attacked").date == "2016-09-11"


def test_an_act_joined_to_one_told_after_a_dated_happening_starts_there(analyse) -> None:
    text = "Protesters gathered after the Wednesday meeting of the council and blocked the road."
    blocked = dated(analyse(text, "2024-01-12"), "blocked")
    assert (blocked.date, blocked.date_end) == ("2024-01-10", "2024-01-12")
    with switched_off({"dating.ordered_conjunct"}):
        assert dated(analyse(text, "2024-01-12"), "blocked").date is None
    # a second clause with a subject of its own is not bounded by the first one's "after"
    own = dated(analyse("Protesters gathered after the Wednesday meeting of the council and they blocked the road.",
                        "2024-01-12"), "blocked")
    assert own.date is None


def test_an_interview_dates_what_its_speaker_says_in_the_sentences_after_it(analyse) -> None:
    text = "Minister speaks\n\nThe minister gave an interview on March 1. She said the army attacked the village."
    analysis = analyse(text, "2024-03-20")
    assert dated(analysis, "said").date == "2024-03-01"
    attacked = dated(analysis, "attacked")
    assert (attacked.date, attacked.date_end) == (None, "2024-03-01")  # before the interview, not on its day
    with switched_off({"discourse.lead_saying"}):
        assert dated(analyse(text, "2024-03-20"), "said").date is None


def test_a_verb_telling_again_a_dated_happening_takes_its_time_not_the_sentence_befores(analyse) -> None:
    text = "Police released the video on Monday of last week's shooting. The man was shot by an officer near his car."
    shot = dated(analyse(text, "2024-01-12"), "shot")
    assert (shot.date, shot.date_end) == ("2024-01-01", "2024-01-07")  # last week, not Monday's release
    with switched_off({"dating.told_again"}):
        assert dated(analyse(text, "2024-01-12"), "shot").date == "2024-01-08"


def test_an_asking_dated_by_its_own_words_bounds_the_act_asked_about(analyse) -> None:
    text = "The senator asked on Tuesday why the department had granted the contractor immunity."
    granted = dated(analyse(text, "2024-01-12"), "granted")
    assert (granted.date, granted.date_end, granted.date_basis) == (None, "2024-01-09", "relative")
    with switched_off({"dating.dated_frame_first"}):
        assert dated(analyse(text, "2024-01-12"), "granted").date_end == "2024-01-12"


def test_a_time_in_an_after_phrase_bounds_the_act_and_is_not_its_day(analyse) -> None:
    text = "After meeting the rebels on Tuesday, the envoy criticized the army."
    criticized = dated(analyse(text, "2024-01-12"), "criticized")
    assert (criticized.date, criticized.date_end) == ("2024-01-09", "2024-01-12")
    with switched_off({"dating.ordered_gerund"}):
        assert dated(analyse(text, "2024-01-12"), "criticized").date_end is None  # on Tuesday itself
    soon = dated(analyse("Rebels attacked the town shortly after the talks collapsed on Friday.", "2024-01-14"),
                 "attacked")
    assert (soon.date, soon.date_end) == ("2024-01-12", "2024-01-14")


def test_a_participle_set_off_after_the_doer_dates_the_main_act(analyse) -> None:
    text = "The minister, speaking on Tuesday, accused the army of abuses."
    assert dated(analyse(text, "2024-01-12"), "accused").date == "2024-01-09"
    with switched_off({"dating.set_off_participle"}):
        assert dated(analyse(text, "2024-01-12"), "accused").date is None


def test_a_past_act_in_a_quoted_question_lies_before_the_dated_saying(analyse) -> None:
    text = "\"Why did the department grant the contractor immunity?\" the senator said on Tuesday."
    granted = dated(analyse(text, "2024-01-12"), "grant")
    assert (granted.date, granted.date_end) == (None, "2024-01-09")  # before Tuesday's words, not after them
    with switched_off({"dating.quoted_past_act"}):
        assert dated(analyse(text, "2024-01-12"), "grant").date_end == "2024-01-12"


def test_an_act_told_following_or_days_after_a_dated_happening_starts_there(analyse) -> None:
    following = dated(analyse("Following the Wednesday meeting, rebels attacked the town.", "2024-01-12"), "attacked")
    assert (following.date, following.date_end) == ("2024-01-10", "2024-01-12")  # not on Wednesday itself
    wake = dated(analyse("In the wake of Friday's bombing, police arrested ten men.", "2024-01-14"), "arrested")
    assert (wake.date, wake.date_end) == ("2024-01-12", "2024-01-14")
    text = "Days after the March 3 bombing, police arrested ten men."
    days = dated(analyse(text, "2024-03-12"), "arrested")
    assert (days.date, days.date_end) == ("2024-03-03", "2024-03-12")
    with switched_off({"dating.ordered_gap"}):
        assert dated(analyse(text, "2024-03-12"), "arrested").date_end is None  # on March 3, the bombing's day
