"""Session 25 (issue #14): ranges the text narrows. A time the parser hung on the subject or on a thing still dates the
act and the story's day; an act the writer tells as still to come lies from the day of writing on; a show's title and a
dateline's date are no act's time; a counted gap after a happening dated earlier counts from that day."""

from __future__ import annotations

from typing import Any

from detente.time import expressions_in_text


def _event(coder: Any, text: str, trigger: str, published: str, factuality: str | None = None) -> dict[str, Any]:
    """The coded event whose trigger holds `trigger` (and has that factuality, where given)."""
    events = coder.code_text(text, published=published)["events"]
    return next(e for e in events if trigger in e["mentions"][0]["trigger"]["text"] and
                (factuality is None or e["factuality"] == factuality))


def _when(event: dict[str, Any]) -> tuple[Any, ...]:
    return event["date"], event["date_end"], event["date_basis"], event["date_reason"]


def test_a_day_between_the_subject_and_its_verb_sets_the_story_day(coder) -> None:
    """ "The candidates on Saturday presented their plans": Saturday is the presenting's day and the story's, so a
    later past act with no time of its own is that day's news, not "some time up to the day of writing"."""
    text = ("The two candidates on Saturday presented their plans for the schools. \"We need teachers,\" said the "
            "mayor. The rival party has promised new buses. However, the mayor criticized the governor for the cuts.")
    criticized = _event(coder, text, "criticized", "2016-08-28")
    assert criticized["date"] == "2016-08-27" and criticized["date_reason"] != "before_writing"


def test_a_bare_day_after_the_object_dates_the_act(coder) -> None:
    """ "dug into the rival's record Tuesday": a record has no day, the digging has."""
    text = ("The senator and her allies dug deeper into the rival's business record Tuesday, launching a new round "
            "of attacks. The rival has owned hotels for decades. The senator criticized his tax plan as well.")
    assert _event(coder, text, "criticized", "2016-05-25")["date"] == "2016-05-24"


def test_the_writers_future_lies_from_the_day_of_writing_on(coder) -> None:
    """ "will travel", "plans to visit": from the publication day on, basis 'relative'; a future reported from a
    past saying, or told in a direct quote, keeps no date ('unscheduled'), as an act only possible does."""
    travel = _event(coder, "The secretary of state will travel to Beijing to meet the foreign minister.", "travel",
                    "2024-01-12", "future")
    assert _when(travel) == ("2024-01-12", None, "relative", "after_writing")
    visit = _event(coder, "The president plans to visit the flooded provinces.", "visit", "2024-01-12", "future")
    assert _when(visit) == ("2024-01-12", None, "relative", "after_writing")
    reported = _event(coder, "The senator said last month that he would meet the governor.", "meet", "2024-01-12",
                      "future")
    assert _when(reported) == (None, None, "none", "unscheduled")
    quoted = _event(coder, "\"We will meet the governor,\" the senator told reporters.", "meet", "2024-01-12",
                    "future")
    assert _when(quoted)[2:] == ("none", "unscheduled")


def test_a_plan_held_now_is_announced_at_the_time_of_writing(coder) -> None:
    """ "The president plans to visit Ohio": the plan is held at the time of writing (as "intends to", "is
    planning to"), so the announcement of the act is dated by the tense, not taken from the document. (Session 27: the
    sentence was "plans to give a speech in Ohio", which only a misread "give in" made an event.)"""
    announced = _event(coder, "The president plans to visit Ohio.", "visit", "2024-01-12", "asserted")
    assert _when(announced) == ("2024-01-12", None, "relative", "time_of_writing")


def test_a_shows_title_is_no_time() -> None:
    """ABC's "This Week with ..." and "the Today show" name programmes; "today" in lower case is the day."""
    assert not expressions_in_text('She said on the network\'s "This Week with Jane Doe" that the plan was sound.',
                                   "2016-08-28", parse=False)
    assert not expressions_in_text("The senator told the Today show that she would run.", "2016-08-28",
                                   parse=False)
    assert [t.value for t in expressions_in_text("The senator said today that she would run.", "2016-08-28",
                                                 parse=False)] == ["2016-08-28"]


def test_a_datelines_date_is_the_filing_day_not_the_acts(coder) -> None:
    """ "Sept. 14, 2016 -- The senator criticized ...": the dateline gives the day the story was filed; the act lies
    some time up to the day of writing, as it would with no dateline."""
    text = "Budget fight in the Senate\n\nSept. 14, 2016 -- The senator criticized the president for the cuts."
    criticized = _event(coder, text, "criticized", "2016-09-15")
    assert (criticized["date"], criticized["date_reason"]) == (None, "before_writing")


def test_a_counted_gap_after_a_happening_dated_before_counts_from_its_day(coder) -> None:
    """ "a rally on Monday ... A day after the rally, the governor attacked": Tuesday, not Monday."""
    text = ("The governor spoke at a rally in Dayton on Monday.\n\nA day after the rally, the governor attacked the "
            "senator on television.")
    assert _event(coder, text, "attacked", "2016-03-10")["date"] == "2016-03-08"


def test_a_march_meeting_names_the_month_but_a_march_for_jobs_does_not() -> None:
    """ "a March meeting": a determiner and a noun around a capitalised "March" or "May" make it the month; "the
    March for Jobs" is a name and "may march" a verb."""
    found = expressions_in_text("The ministers agreed on the plan at a March meeting in Geneva.", "2016-08-28",
                                parse=False)
    assert [(t.text, t.value) for t in found] == [("March", "2016-03")]
    assert not expressions_in_text("Thousands joined the March for Jobs in the capital.", "2016-08-28", parse=False)
    assert not expressions_in_text("The unions may march on the capital.", "2016-08-28", parse=False)


def test_the_happening_a_gap_is_counted_from_lies_that_gap_before_the_dated_act(coder) -> None:
    """ "arrived on Thursday, four days after a gunman killed nine people": the killing was on the Sunday before,
    not "some time up to the day of writing"; with no day for the arrival nothing is counted."""
    text = "The president arrived in the port city on Thursday, four days after a gunman killed nine people at a market."
    assert _event(coder, text, "killed", "2016-06-17")["date"] == "2016-06-12"
    undated = "The president arrived in the port city four days after a gunman killed nine people at a market."
    assert _event(coder, undated, "killed", "2016-06-17")["date_reason"] == "before_writing"
