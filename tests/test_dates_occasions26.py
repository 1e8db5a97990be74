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
    with switched_off({RECORD_RULE}):
        assert _dated(coder, text, "2024-03-16", "urged") != [(None, "2024-03-12")]


def test_a_statement_or_a_post_speaks_on_the_day_it_is_issued(coder) -> None:
    # the maker's own issuing is the act's day
    text = "In a statement released Tuesday, the union urged the mayor to resign."
    assert _dated(coder, text, "2024-03-16", "urged") == [("2024-03-12", None)]
    text = "In a message posted on Tuesday, the rebel group threatened to attack the city."
    assert _dated(coder, text, "2024-03-16", "threatened") == [("2024-03-12", None)]


ASKED_RULE = "dating.asked_answer"
FRAMING_RULE = "dating.occasion_of_the_framing_clause"


def test_an_answer_takes_the_day_of_the_question(coder) -> None:
    # the asking is set at a dated meeting; the answer is given then, not some time up to the day of writing
    text = "Asked at Thursday night's meeting about the new budget, the mayor criticized the council."
    assert _dated(coder, text, "2024-03-16", "criticized") == [("2024-03-14", None)]
    with switched_off({ASKED_RULE}):
        assert _dated(coder, text, "2024-03-16", "criticized") != [("2024-03-14", None)]
    text = "The governor, pressed by reporters on Monday, accused the auditor of bias."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-11", None)]


def test_an_earlier_act_in_a_participle_gives_no_day(coder) -> None:
    text = "Elected in 2010, the mayor criticized the council."
    assert ("2010-01-01", "2010-12-31") not in _dated(coder, text, "2024-03-16", "criticized")


def test_an_act_framed_at_a_gathering_dated_earlier_in_the_story_takes_its_day(coder) -> None:
    # the forum's day, not the year of the nearer sentence about another race
    text = ("The candidates met for a forum in a school gym on Tuesday. The senator had won the primary in May, and "
            "the governor lost his race in 2014. Speaking at the forum, the senator criticized the governor.")
    assert _dated(coder, text, "2024-03-16", "criticized") == [("2024-03-12", None)]
    with switched_off({FRAMING_RULE}):
        assert _dated(coder, text, "2024-03-16", "criticized") != [("2024-03-12", None)]


GENERAL_RULE = "dating.occasion_general_noun"


def test_at_the_event_refers_back_to_the_gathering_last_told(coder) -> None:
    # "the event" names the rally told with its day two sentences before, not the year of the nearer sentence
    text = ("The senator held a rally in Ohio on Tuesday. She had won the primary in May, and the governor lost his "
            "race in 2014. At the event, she mocked the governor's tax plan.")
    assert _dated(coder, text, "2024-03-16", "mocked") == [("2024-03-12", None)]
    with switched_off({GENERAL_RULE}):
        assert _dated(coder, text, "2024-03-16", "mocked") != [("2024-03-12", None)]


def test_a_speech_names_again_the_speaking_the_story_dated(coder) -> None:
    text = ("The senator spoke to union members in Ohio on Tuesday. She had won the primary in May, and the governor "
            "lost his race in 2014. In her remarks, she mocked the governor's tax plan.")
    assert _dated(coder, text, "2024-03-16", "mocked") == [("2024-03-12", None)]


PART_RULE = "dating.occasion_part"
ADJACENT_RULE = "dating.occasion_time_right_after"
YEARS_BETWEEN = "She had won the primary in May, and her rival lost his race in 2014."


def test_a_part_of_a_dated_gathering_is_at_it(coder) -> None:
    text = (f"The governor gave a speech in the capital on Tuesday night. {YEARS_BETWEEN} At the start of the speech, "
            "she thanked the party chairman.")
    assert _dated(coder, text, "2024-03-16", "thanked") == [("2024-03-12", None)]
    with switched_off({PART_RULE}):
        assert _dated(coder, text, "2024-03-16", "thanked") != [("2024-03-12", None)]


def test_a_participle_after_the_verb_shares_its_gathering(coder) -> None:
    text = (f"The two rivals met in their final debate on Tuesday night. {YEARS_BETWEEN} The governor pressed the "
            "senator hard at the debate, declining to withdraw his charges.")
    assert _dated(coder, text, "2024-03-16", "declining") == [("2024-03-12", None)]


def test_a_time_written_right_after_a_gathering_is_its_own(coder) -> None:
    text = (f"The minister's mood at a press briefing here Tuesday morning seemed calm. {YEARS_BETWEEN} At the press "
            "briefing, the minister accused the press of bias.")
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-12", None)]
    with switched_off({ADJACENT_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-12", None)]


def test_the_same_gathering_is_the_one_told(coder) -> None:
    text = (f"The senator gave a television interview on Tuesday. {YEARS_BETWEEN} During the same interview, she "
            "criticized the party chairman.")
    assert _dated(coder, text, "2024-03-16", "criticized") == [("2024-03-12", None)]


NEAREST_RULE = "dating.occasion_last_told"


def test_of_two_dated_debates_the_one_told_last_is_meant(coder) -> None:
    text = ("Their first debate was held in Ohio on March 1. The two candidates met again for a debate in Iowa on "
            "Monday night. At the debate, the senator accused the governor of lying.")
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-11", None)]
    with switched_off({NEAREST_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-11", None)]


TOPIC_RULE = "dating.occasion_not_of_the_topic"


def test_a_threat_talked_about_at_a_debate_is_not_made_there(coder) -> None:
    from detente.rule_examples import check_dating

    example = {"text": "The two rivals met for a debate in Iowa on Monday night. She had won the primary in May. The "
                       "senator dismissed the threat from the militia at the start of the debate.",
               "published": "2024-03-16", "trigger": "threat", "expression": "Monday night", "first": None,
               "last": "2024-03-11"}
    assert check_dating(example) is None
    with switched_off({TOPIC_RULE}):
        assert check_dating(example) is not None
