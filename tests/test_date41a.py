"""Issue 14 (date41a): acts placed against an occasion the story dates - "on the eve of" it (the day before its day)
and "in the hours after" / "in the days before" it (ordered as "hours after", "days before" are)."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off

EVE_RULE = "dating.eve_of_a_happening"
UNIT_RULE = "dating.ordered_unit_phrase"


def _dated(coder: Any, text: str, published: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(date, date_end) of each coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=published)["events"]
    return [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]


def test_the_eve_of_a_dated_vote_is_the_day_before_it(coder) -> None:
    text = "Militia fighters shelled the port on the eve of the April 9 referendum."
    assert _dated(coder, text, "2024-04-20", "shelled") == [("2024-04-08", None)]
    with switched_off({EVE_RULE}):
        assert _dated(coder, text, "2024-04-20", "shelled") != [("2024-04-08", None)]


def test_the_eve_of_a_weekday_occasion_counts_back_from_its_weekday(coder) -> None:
    text = "Border guards detained two reporters on the eve of Thursday's summit."
    assert _dated(coder, text, "2024-04-20", "detained") == [("2024-04-17", None)]
    with switched_off({EVE_RULE}):
        assert _dated(coder, text, "2024-04-20", "detained") != [("2024-04-17", None)]


def test_the_eve_of_an_occasion_dated_in_an_earlier_sentence(coder) -> None:
    text = ("The parliamentary election was held on Sunday. On the eve of the election, the interior ministry "
            "arrested three opposition organisers.")
    assert _dated(coder, text, "2024-04-20", "arrested") == [("2024-04-13", None)]
    with switched_off({EVE_RULE}):
        assert _dated(coder, text, "2024-04-20", "arrested") != [("2024-04-13", None)]


def test_in_the_hours_after_a_dated_shooting_is_that_day_or_the_next(coder) -> None:
    text = "Mexico condemned the United States in the hours after the border shooting on Tuesday."
    assert _dated(coder, text, "2024-04-20", "condemned") == [("2024-04-16", "2024-04-17")]
    with switched_off({UNIT_RULE}):
        assert _dated(coder, text, "2024-04-20", "condemned") != [("2024-04-16", "2024-04-17")]


def test_in_the_hours_after_opening_the_sentence(coder) -> None:
    text = "In the hours after the bombing on Monday, soldiers raided the refugee camp."
    assert _dated(coder, text, "2024-04-20", "raided") == [("2024-04-15", "2024-04-16")]
    with switched_off({UNIT_RULE}):
        assert _dated(coder, text, "2024-04-20", "raided") != [("2024-04-15", "2024-04-16")]


def test_in_the_days_after_a_dated_shooting_is_bounded_by_it(coder) -> None:
    text = "Mexico condemned the United States in the days after the border shooting on Tuesday."
    assert _dated(coder, text, "2024-04-20", "condemned") == [("2024-04-16", "2024-04-20")]
    with switched_off({UNIT_RULE}):
        assert _dated(coder, text, "2024-04-20", "condemned") != [("2024-04-16", "2024-04-20")]


def test_in_the_hours_before_a_dated_vote_is_that_day_or_the_one_before(coder) -> None:
    text = "The senator attacked the governor in the hours before the vote on Wednesday."
    assert _dated(coder, text, "2024-04-20", "attacked") == [("2024-04-16", "2024-04-17")]


def test_hours_with_no_article_are_no_ordering_phrase(coder) -> None:
    text = "The two envoys met in Geneva for hours after the ceasefire on Monday."
    assert _dated(coder, text, "2024-04-20", "met") != [("2024-04-15", "2024-04-16")]


OWN_ORDER_RULE = "dating.own_order_within_the_frame"


def test_hours_after_a_dated_broadcast_survive_a_dated_saying(coder) -> None:
    text = "The reporter was shot hours after the minister's Tuesday speech, her colleagues said Friday."
    assert _dated(coder, text, "2024-04-20", "shot") == [("2024-04-16", "2024-04-17")]
    with switched_off({OWN_ORDER_RULE}):
        assert _dated(coder, text, "2024-04-20", "shot") != [("2024-04-16", "2024-04-17")]


def test_after_a_dated_speech_runs_up_to_the_saying(coder) -> None:
    text = "The reporter was shot after the minister's Tuesday speech, her colleagues said Friday."
    assert _dated(coder, text, "2024-04-20", "shot") == [("2024-04-16", "2024-04-19")]
    with switched_off({OWN_ORDER_RULE}):
        assert _dated(coder, text, "2024-04-20", "shot") != [("2024-04-16", "2024-04-19")]
