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
    assert (attack.date, attack.date_end, attack.date_basis) == (None, "2024-01-12", "document")
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
    # more than half a year back with no year given: a name, not last year's day
    assert dated(analyse("The ministry condemned the July 14 bombing of the market.", "2024-03-02"),
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
