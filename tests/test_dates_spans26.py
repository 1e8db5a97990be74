"""Session 26 (issue #14): counted spans and times ahead. A length counted from another time ("two years later")
dates its own act, not a stretch shared with the time before it; a gerund a counted gap puts after or before the main
clause is counted from that clause's time; an occasion named by its weekday ("Tuesday's vote") that a future act is
set at lies ahead, and a future act before a time still to come runs from the day of writing up to it."""

from __future__ import annotations

from detente.rule_examples import check_dating
from detente.time import expressions_in_text
from tests.test_dates_ranges25 import _event, _when


def _value(text: str, expression: str, published: str) -> str:
    """The value the time stage gives `expression` in `text`, read with its parse."""
    return next(t.value for t in expressions_in_text(text, published=published) if t.text == expression)


def test_a_weekday_occasion_a_future_act_is_set_at_lies_ahead() -> None:
    """ "will elect a chairman in Tuesday's ballot": the coming Tuesday; what a future act answers ("will appeal against
    Friday's ruling") and a past act's occasion stay days gone by."""
    assert _value("Union members will elect a new chairman in Tuesday's ballot.", "Tuesday", "2024-03-07") == \
        "2024-03-12"
    assert _value("The two envoys will meet before Thursday's summit in Oslo.", "Thursday", "2024-03-05") == \
        "2024-03-07"
    assert _value("The opposition will appeal against Friday's ruling.", "Friday", "2024-03-05") == "2024-03-01"
    assert _value("The two envoys met before Thursday's summit in Oslo.", "Thursday", "2024-03-08") == "2024-03-07"


def test_a_future_act_before_a_coming_occasion_runs_up_to_it(coder) -> None:
    """ "will meet the union leaders before Thursday's vote": from the day of writing to Thursday, not an open range
    ending on the day of writing (which would put a future act in the past)."""
    meet = _event(coder, "The prime minister will meet the union leaders before Thursday's budget vote.", "meet",
                  "2024-03-05", "future")
    assert (meet["date"], meet["date_end"]) == ("2024-03-05", "2024-03-07")


def test_a_later_count_joined_by_and_dates_its_own_act(coder) -> None:
    """ "opened the inquiry in 2007, and two years later dropped the charges": 2007 for the opening, 2009 for the
    dropping, not 2007-2009 for both."""
    text = "Prosecutors opened an inquiry into the governor in 2007, and two years later the court dropped the charges."
    dropped = _event(coder, text, "dropped", "2016-09-23")
    assert (dropped["date"], dropped["date_end"]) == ("2009-01-01", "2009-12-31")
    opened = _event(coder, text, "opened", "2016-09-23")
    assert (opened["date"], opened["date_end"]) == ("2007-01-01", "2007-12-31")


def test_an_aside_six_years_ago_and_now_are_two_times(coder) -> None:
    """ "who endorsed the governor six years ago, now backs the mayor": the endorsing in that year, the backing now."""
    text = "The senator, who endorsed the governor six years ago, now backs the mayor."
    endorsed = _event(coder, text, "endorsed", "2016-09-23")
    assert (endorsed["date"], endorsed["date_end"]) == ("2010-01-01", "2010-12-31")


def test_a_gerund_a_month_before_the_present_is_counted_back(coder) -> None:
    """ "One month after announcing his support for the governor, the senator still criticizes her": the
    announcing in the month before the time of writing, not on the day of writing."""
    text = "One month after announcing his support for the governor, the senator still criticizes her budget."
    announced = _event(coder, text, "announcing", "2016-06-09")
    assert _when(announced)[:3] == ("2016-05-01", "2016-05-31", "relative")


def test_a_gerund_two_days_before_a_dated_act_is_counted_from_its_day(coder) -> None:
    """ "criticized the governor on Monday, two days after praising her budget": the praising on Saturday."""
    text = "The senator criticized the governor on Monday, two days after praising her budget."
    praised = _event(coder, text, "praising", "2024-03-08")
    assert praised["date"] == "2024-03-02" and praised["date_end"] is None


def test_a_place_named_noun_does_not_take_another_happenings_time() -> None:
    """ "the Berlin riot" refers back to the riot told with Berlin, not to "a riot in March" in Hamburg told in
    between: dated by Saturday, not March."""
    text = ("The riot in a Berlin suburb on Saturday left twelve officers hurt. Germany was shaken by a riot in March, "
            "when youths set fire to cars in Hamburg. The mayor said the Berlin riot had been planned online.")
    assert check_dating({"text": text, "published": "2024-05-14", "trigger": "riot", "occurrence": 3,
                         "expression": "Saturday"}) is None


def test_a_future_with_a_few_words_quoted_is_the_writers(coder) -> None:
    """ "says he'll \"tear up\" the treaty": the quote marks cite two words, the clause is the writer's, so the
    act lies from the day of writing on; the same words as a direct quote are the speaker's future, with no date."""
    cited = _event(coder, 'The president says the army will "attack" the rebels in the north.', "attack",
                   "2024-01-12", "future")
    assert _when(cited) == ("2024-01-12", None, "relative", "after_writing")
    quoted = _event(coder, '"The army will attack the rebels in the north," the president says.', "attack",
                    "2024-01-12", "future")
    assert _when(quoted)[2:] == ("none", "unscheduled")


def test_a_clock_about_a_time_is_on_the_day_before_it() -> None:
    """ "on March 3, 2019, about 5:15 a.m.": the clock is on March 3, 2019, not on the day of writing; after "the
    following day" with nothing to count from, its day is unknown rather than the day of writing."""
    assert _value("The convoy was ambushed on March 3, 2019, about 5:15 a.m., near the border.", "5:15 a.m.",
                  "2024-01-08") == "2019-03-03T05:15"
    unknown = _value("The following day, at around 6 a.m., the convoy was ambushed near the border.", "6 a.m.",
                     "2024-01-08")
    assert unknown.startswith("XXXX")


def test_an_act_at_a_clock_of_an_undated_day_is_not_put_on_the_day_of_writing(coder) -> None:
    """A past act at "about 5:15 a.m." of "the following day" that nothing dates lies some time up to the day of
    writing (the tense's open range), not on the day of writing itself."""
    killed = _event(coder, "The following day, about 5:15 a.m., rebels attacked the army base near the border.",
                    "attacked", "2024-01-08")
    assert killed["date"] != "2024-01-08"
