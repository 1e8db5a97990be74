"""Issue 14 (date40c): a statement told in a sentence that opens with a direct quote ("'...,' the mayor told the
agency in an interview on Monday") dates the speaker's later words and acts at that interview even where the parser
made a verb inside the quote the sentence's root and hung the verb of saying on it (rule
dating.attribution_outside_the_quote): the act was an open range up to the day of writing before."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

RULE = {"dating.attribution_outside_the_quote"}
QUOTE = ("\u201cI would like to work with him but it looks like he does not want to deal with the issue at all,"
         "\u201d Ortega, 58, told AFP in an interview")


def test_an_accusation_after_the_interview_quote_takes_the_interview_day(coder) -> None:
    text = ("The port budget has split the council for months.\n\n" + QUOTE + " on Monday.\n\n"
            "Ortega accused the governor of hiding the port budget from the council.")
    assert coded(coder, text, "accused") == ("ACCUSE", "asserted", "2024-03-11", None)
    with switched_off(RULE):
        assert coded(coder, text, "accused")[2] != "2024-03-11"


def test_a_criticism_told_after_the_quote_and_its_echo_takes_the_interview_day(coder) -> None:
    text = ("The mayor and the governor have feuded for years.\n\n" + QUOTE + " on Monday.\n\n"
            "\u201cThe harbour is losing trade every week,\u201d she said.\n\n"
            "Ortega criticized the governor over the harbour fees.")
    assert coded(coder, text, "criticized")[2:] == ("2024-03-11", None)
    with switched_off(RULE):
        assert coded(coder, text, "criticized")[2] != "2024-03-11"


def test_an_interview_with_no_day_dates_nothing(coder) -> None:
    text = ("The port budget has split the council for months.\n\n" + QUOTE + ".\n\n"
            "Ortega accused the governor of hiding the port budget from the council.")
    assert coded(coder, text, "accused")[2] is None


TITLE = {"dating.doer_title_abbreviated"}


def test_a_defence_summed_up_before_the_senators_debate_quote_takes_the_debate_night(coder) -> None:
    text = ("The harbour fees have split the state for a year.\n\n"
            "Sen. Mara Quist defended her bill to scrap the harbour fees. "
            "\u201cI will not say sorry to anyone for it,\u201d the senator said during Thursday night\u2019s debate.")
    assert coded(coder, text, "defended")[2:] == ("2024-03-14", None)
    with switched_off(TITLE):
        assert coded(coder, text, "defended")[2] != "2024-03-14"


def test_another_office_holder_quoted_after_does_not_date_the_defence(coder) -> None:
    text = ("The harbour fees have split the state for a year.\n\n"
            "Sen. Mara Quist defended her bill to scrap the harbour fees. "
            "\u201cI will not say sorry to anyone for it,\u201d the governor said during Thursday night\u2019s debate.")
    assert coded(coder, text, "defended")[2] != "2024-03-14"
