"""Dates the text gives by counting (issue 14, dates): an act told a counted length after or before a dated
happening lies on the day the count gives, not on the other happening's day nor on an open range. Real pipeline."""

from __future__ import annotations

from detente.rules import switched_off


def event_with(analysis, trigger: str):
    found = [e for e in analysis.events if trigger in e.mentions[0].trigger.text]
    assert found, [e.mentions[0].trigger.text for e in analysis.events]
    return found[0]


def test_an_act_two_days_after_a_dated_happening_is_dated_two_days_on(analyse) -> None:
    text = "Protesters attacked the police station two days after the shooting on Tuesday."
    attack = event_with(analyse(text, "2024-03-14"), "attacked")
    assert (attack.date, attack.date_precision) == ("2024-03-14", "day")  # Tuesday 12 March, two days on
    with switched_off({"dating.counted_gap"}):
        attack = event_with(analyse(text, "2024-03-14"), "attacked")
    assert attack.date != "2024-03-14"


def test_an_act_a_day_after_a_dated_meeting_is_not_dated_on_the_meeting(analyse) -> None:
    text = "The rebels attacked the town a day after the talks on Friday."
    attack = event_with(analyse(text, "2024-03-14"), "attacked")
    assert attack.date == "2024-03-09"  # Friday 8 March was the talks' day, not the attack's


def test_an_act_hours_after_a_dated_happening_is_that_day_or_the_next(analyse) -> None:
    text = "Protesters attacked the police station hours after the shooting on Tuesday."
    attack = event_with(analyse(text, "2024-03-14"), "attacked")
    assert (attack.date, attack.date_end) == ("2024-03-12", "2024-03-13")


def test_a_part_of_dated_acts_as_subject_takes_their_time(analyse) -> None:
    # "most of the strikes in March" is a part of the March strikes: its act is dated March, not up to the day of
    # writing (rule dating.part_of_subject_time); a subject that only belongs to a dated thing is not
    text = "Most of the strikes in March hit the capital."
    strike = event_with(analyse(text, "2016-09-20"), "hit")
    assert (strike.date, strike.date_end) == ("2016-03-01", "2016-03-31")
    with switched_off({"dating.part_of_subject_time"}):
        strike = event_with(analyse(text, "2016-09-20"), "hit")
    assert strike.date is None and strike.date_reason == "before_writing"


def test_a_clause_opened_by_the_morning_dates_the_main_act(analyse) -> None:
    # "The morning X happened last year, he summoned ...": a "when" clause by another name, so the summons is last
    # year's (rule dating.time_noun_clause), not some time up to the day of writing
    text = "The morning the president unveiled the plan last year, he summoned his adviser to the palace."
    summons = event_with(analyse(text, "2016-09-08"), "summoned")
    assert (summons.date, summons.date_end) == ("2015-01-01", "2015-12-31")
    # (dating.comma_spliced_acts reaches the same year by another road: one doer's acts joined by a comma)
    with switched_off({"dating.time_noun_clause", "dating.comma_spliced_acts"}):
        summons = event_with(analyse(text, "2016-09-08"), "summoned")
    assert summons.date is None
