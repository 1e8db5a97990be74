"""Issue 14 (date24b): an act done at or during a gathering the story dates elsewhere takes that gathering's day; an
act set by a deadline lies between the day of writing and the deadline."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

OCCASION_RULE = "dating.occasion_named_elsewhere"


def _dated(coder: Any, text: str, published: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(date, date_end) of each coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=published)["events"]
    return [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]


def test_an_act_during_a_debate_the_story_dated_before_takes_the_debate_day(coder) -> None:
    text = ("The two governors met for their first debate on Monday night in Ohio. During the debate, the older one "
            "criticized his rival's tax plan.")
    assert _dated(coder, text, "2024-03-16", "criticized") == [("2024-03-11", None)]
    # since session 25 dating.during_a_happening_told_before reads "during the debate" so too, and the meeting of the
    # first sentence is dated Monday (dating.gathered_for_an_occasion), which the story carries on: all off, no Monday
    with switched_off({OCCASION_RULE, "dating.during_a_happening_told_before", "dating.gathered_for_an_occasion"}):
        assert _dated(coder, text, "2024-03-16", "criticized") != [("2024-03-11", None)]


def test_an_act_at_a_summit_dated_after_it_takes_the_summit_day(coder) -> None:
    # told first, dated in the next sentence: not "some time up to the day of writing"
    text = ("At the summit, the prime ministers signed a pledge on fishing quotas. The summit was held in Lisbon on "
            "May 4.")
    assert _dated(coder, text, "2024-05-08", "signed") == [("2024-05-04", None)]


def test_an_occasion_named_apart_or_not_the_one_told_gives_no_day(coder) -> None:
    # "a rally" is another rally than the one the story dated; "the second debate" is not the first
    text = "The mayor held a rally on Friday. At a rally in May, she criticized the governor."
    assert ("2024-03-15", None) not in _dated(coder, text, "2024-03-16", "criticized")
    text = ("The first debate was on Monday, and the second debate is on Sunday. In the second debate, the senator "
            "will defend the governor's budget.")
    dates = _dated(coder, text, "2024-03-14", "defend")
    assert ("2024-03-17", None) in dates and ("2024-03-11", None) not in dates, dates


def test_an_act_in_a_contest_runs_up_to_its_day(coder) -> None:
    # the campaign before the vote, not the day of writing nor the primary's own day
    text = "The state held its primary on Tuesday. In the primary, the senator's aides accused her rival of lying."
    assert _dated(coder, text, "2024-03-16", "accused") == [(None, "2024-03-12")]
    with switched_off({OCCASION_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [(None, "2024-03-12")]


def test_an_act_set_by_a_deadline_lies_between_writing_and_the_deadline(coder) -> None:
    text = "The government will impose new sanctions on the company by the end of the month."
    assert ("2024-10-12", "2024-10-31") in _dated(coder, text, "2024-10-12", "impose")
    with switched_off({"dating.deadline_range"}):
        assert ("2024-10-12", "2024-10-31") not in _dated(coder, text, "2024-10-12", "impose")
