"""Issue 14 (date30d): acts the story places on its own day by a part of that day ("earlier in the day", "later in
the evening") take that day, not an open range up to the day of writing."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

IN_THE_DAY_PART = "time.in_the_day_part"


def test_later_in_the_evening_is_the_day_of_the_meeting_before_it(coder) -> None:
    # the lead sets no day; the day comes from the meeting's sentence, and the evening's act is on it
    text = ("The coalition survived a tense day. Two ministers were absent from an emergency meeting on Wednesday "
            "evening. Later in the evening, the opposition passed a resolution condemning the cabinet.")
    assert _dated(coder, text, "2024-03-16", "condemning") == [("2024-03-13", None)]
    with switched_off({IN_THE_DAY_PART}):
        assert _dated(coder, text, "2024-03-16", "condemning") == [(None, "2024-03-16")]


def test_earlier_in_the_day_is_that_day_in_lowercased_text(coder) -> None:
    # lowercased wire copy, as a regional paper prints it: "earlier in the day" still names the meeting's day
    text = ("the coalition survived a day of anxious moments. two ministers were absent from a meeting on friday "
            "night. the party chiefs had earlier in the day accused the governor of ignoring the ruling.")
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-15", None)]
    with switched_off({IN_THE_DAY_PART}):
        assert _dated(coder, text, "2024-03-16", "accused") == [(None, "2024-03-16")]


OBJECT_PREDICATE = "dating.object_predicate"


def test_a_participle_completing_a_past_verb_is_a_past_act_not_one_on_the_day_of_writing(coder) -> None:
    # "named accused": the naming is over; nothing dates it, so some time up to the day of writing
    text = "Two local traders were named accused in the report filed with the district police."
    assert _dated(coder, text, "2024-03-16", "accused") == [(None, "2024-03-16")]
    with switched_off({OBJECT_PREDICATE}):
        assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-16", None)]
