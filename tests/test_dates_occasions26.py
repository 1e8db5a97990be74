"""Issue 14 (date26a): an act's own time where the text gives it through something else - a record handed on
("a letter obtained Monday", "emails released Tuesday") dates what it records up to that day."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

RECORD_RULE = "dating.record_made_before"


def test_a_record_obtained_on_a_day_dates_what_it_says_up_to_that_day(coder) -> None:
    # the letter was written before reporters obtained it: not on Monday, nor up to the day of writing
    text = "A letter obtained Monday by reporters accused the finance minister of fraud."
    assert _dated(coder, text, "2024-03-16", "accused") == [(None, "2024-03-11")]
    with switched_off({RECORD_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [(None, "2024-03-11")]


def test_emails_made_public_date_their_content_before_the_release(coder) -> None:
    text = "In emails released Tuesday, party officials urged the chairwoman to attack the senator."
    assert _dated(coder, text, "2024-03-16", "urged") == [(None, "2024-03-12")]


def test_a_statement_or_a_post_speaks_on_the_day_it_is_issued(coder) -> None:
    # the maker's own issuing is the act's day
    text = "In a statement released Tuesday, the union urged the mayor to resign."
    assert _dated(coder, text, "2024-03-16", "urged") == [("2024-03-12", None)]
    text = "In a message posted on Tuesday, the rebel group threatened to attack the city."
    assert _dated(coder, text, "2024-03-16", "threatened") == [("2024-03-12", None)]
