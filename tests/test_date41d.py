"""Issue 14, dates (session 28, date41d): being interviewed or contacted puts questions to the doer as being asked
does, so a participle of it set off after the subject or put before the main clause dates the answer: what the doer
says or does then takes that day, and a past act the answer reports lies some time up to it, not up to the day of
writing. Each test switches the rule off to show the rule gives the answer."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-08"  # a Friday
RULE = "dating.interviewed_answer"


def _dated(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> list[tuple[str | None, str | None]]:
    """(date, date_end) of each coded event whose trigger holds `trigger`."""
    with switched_off(off):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    return [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]


def test_an_act_reported_in_a_dated_interview_lies_up_to_it(coder) -> None:
    text = "The defence minister, interviewed on Thursday, said soldiers shot four farmers."
    assert _dated(coder, text, "shot") == [(None, "2024-03-07")]
    assert _dated(coder, text, "shot", frozenset({RULE})) == [(None, "2024-03-08")]


def test_what_the_interviewee_does_in_the_answer_takes_the_interviews_day(coder) -> None:
    text = "The opposition leader, interviewed by a radio station on Wednesday, condemned the prime minister."
    assert _dated(coder, text, "condemned") == [("2024-03-06", None)]
    assert _dated(coder, text, "condemned", frozenset({RULE})) != [("2024-03-06", None)]


def test_a_set_off_contacted_participle_dates_the_answer(coder) -> None:
    text = "The embassy, contacted by the newspaper on Tuesday, accused the rebels of the kidnapping."
    assert _dated(coder, text, "accused") == [("2024-03-05", None)]
    assert _dated(coder, text, "accused", frozenset({RULE})) != [("2024-03-05", None)]


def test_another_participle_of_an_earlier_act_does_not_date_the_act(coder) -> None:
    text = "The defence minister, appointed on Thursday, condemned the prime minister."
    assert _dated(coder, text, "condemned") != [("2024-03-07", None)]


WHEN_RULE = "dating.when_asked_set_off"


def test_when_asked_set_off_after_the_subject_dates_the_answer(coder) -> None:
    text = "The governor, when asked by reporters on Tuesday, blamed the federal ministry for the floods."
    assert _dated(coder, text, "blamed") == [("2024-03-05", None)]
    assert _dated(coder, text, "blamed", frozenset({WHEN_RULE})) != [("2024-03-05", None)]


def test_when_interviewed_set_off_bounds_a_reported_act(coder) -> None:
    text = "The defence minister, when interviewed on Monday, said soldiers shot four farmers."
    assert _dated(coder, text, "shot") == [(None, "2024-03-04")]
    assert _dated(coder, text, "shot", frozenset({WHEN_RULE})) == [(None, "2024-03-08")]

