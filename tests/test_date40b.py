"""Issue 14 (date40b): what stops a narrative's carry of its day.

An attribution tag after the act ("Villagers attacked the post, police said.") names who tells the narration, not a
telling at another time: when the story set its day by a dated act of the episode, the tagged act goes on at that day
(rule dating.attribution_tag_keeps_the_episode). A clock time alone ("at 9 p.m.") names no day: the act it times
takes the day the story is on rather than the day of writing its parse defaults to (rule
dating.clock_time_on_the_story_day)."""

from __future__ import annotations

from detente.rules import switched_off

TAG = {"dating.attribution_tag_keeps_the_episode"}
CLOCK = {"dating.clock_time_on_the_story_day"}


def dated(coder, text: str, published: str, trigger: str) -> tuple[str | None, str | None]:
    """The coded date and date_end of the event whose trigger begins with `trigger`."""
    record = coder.code_text(text, published=published)
    event = next(e for e in record["events"] if e["mentions"][0]["trigger"]["text"].startswith(trigger))
    return event["date"], event["date_end"]


CLASH = "Riot police fired tear gas at farmers outside the parliament on Wednesday. "


def test_tag_after_the_act_keeps_the_episode_day(coder) -> None:
    text = CLASH + "The farmers attacked the officers with bottles, a police spokesman said."
    assert dated(coder, text, "2024-05-10", "attacked") == ("2024-05-08", None)
    with switched_off(TAG):
        assert dated(coder, text, "2024-05-10", "attacked") == (None, "2024-05-08")


def test_tag_with_a_statement_phrase_keeps_the_episode_day(coder) -> None:
    text = "Militants ambushed an army convoy in the hills on Sunday, killing three soldiers. The attackers also " \
           "burned two trucks, the defence ministry said in a statement."
    assert dated(coder, text, "2024-05-14", "burned") == ("2024-05-12", None)
    with switched_off(TAG):
        assert dated(coder, text, "2024-05-14", "burned") == (None, "2024-05-12")


def test_saying_put_first_still_reports_an_earlier_act(coder) -> None:
    text = CLASH + "A police spokesman said the farmers attacked the officers with bottles."
    assert dated(coder, text, "2024-05-10", "attacked") == (None, "2024-05-08")


def test_story_day_of_a_statement_is_no_episode(coder) -> None:
    text = "The ministry said on Wednesday that soldiers had freed four hostages. The kidnappers attacked a " \
           "village, the ministry said."
    assert dated(coder, text, "2024-05-10", "attacked") == (None, "2024-05-08")


def test_clock_time_takes_the_story_day(coder) -> None:
    text = "Soldiers surrounded the rebel camp on Monday. They stormed it at 9 p.m."
    assert dated(coder, text, "2024-05-09", "stormed") == ("2024-05-06", None)
    with switched_off(CLOCK):
        assert dated(coder, text, "2024-05-09", "stormed") == ("2024-05-09", None)


def test_clock_time_with_no_story_day_keeps_its_own(coder) -> None:
    assert dated(coder, "Soldiers stormed the rebel camp at 9 p.m.", "2024-05-09", "stormed") == ("2024-05-09", None)
