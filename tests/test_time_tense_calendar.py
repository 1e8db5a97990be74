"""A day or month named without a year takes the year its tense allows (rule time.words.tense_calendar), and the
tense is read the same on typographic apostrophes ("they’ll", "they’d") as on straight ones."""

from __future__ import annotations

from detente.time import expressions_in_text


def values(text: str, published: str) -> dict[str, str]:
    return {e.text: e.value for e in expressions_in_text(text, published=published, parse=True)}


def test_a_past_act_on_a_day_without_a_year_lies_before_the_day_of_writing() -> None:
    # written in January: the bombing on March 3 is last March's, not the coming one
    assert values("The raids came after the rebels bombed the embassy on March 3.", "2024-01-12")["March 3"] == \
        "2023-03-03"
    assert values("Police arrested the governor in March.", "2024-01-12")["March"] == "2023-03"
    assert values("Nobody has been allowed into the camp since March.", "2024-01-12")["March"] == "2023-03"


def test_a_day_the_past_act_aims_at_keeps_the_nearest_year() -> None:
    # a deadline set in the past ("by Jan. 14") or a planning verb's date is not the act's own time
    assert values("The agency ruled Wednesday that the boy must be returned by Jan. 14.", "2024-01-06")["Jan. 14"] == \
        "2024-01-14"
    assert values("The board scheduled the vote for March 3.", "2024-01-12")["March 3"] == "2024-03-03"


def test_a_future_act_on_a_day_gone_by_this_year_is_next_years() -> None:
    assert values("The court will rule on January 5.", "2024-01-12")["January 5"] == "2025-01-05"
    assert values("The court will rule in January.", "2024-01-12")["January"] == "2024-01"  # the month is not over


def test_a_typographic_future_apostrophe_looks_ahead() -> None:
    straight = values("They'll vote on Dec. 20.", "2024-01-08")["Dec. 20"]
    assert straight == "2024-12-20"
    assert values("They\u2019ll vote on Dec. 20.", "2024-01-08")["Dec. 20"] == straight


def test_a_typographic_past_perfect_looks_back_after_until() -> None:
    # "until Friday" looks ahead, but not in the past perfect, however its apostrophe is written
    assert values("Until Friday they'd not called him.", "2024-01-10")["Friday"] == "2024-01-05"
    assert values("Until Friday they\u2019d not called him.", "2024-01-10")["Friday"] == "2024-01-05"
