"""Issue 14 (date30e): the event's own time on coordinated clauses and on the text that speaks - a first clause with
no time of its own shares the time of a later clause that leaves out its auxiliary ("nine were killed and 14 wounded
in a strike on Thursday"), and a relative clause of issuing on the text dates what it says ("a letter that was sent on
Monday accused ...")."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

GAPPED_RULE = "dating.gapped_conjunct"


def test_the_dead_of_a_gapped_casualty_count_share_the_attack_s_day(coder) -> None:
    text = "Eleven villagers were killed and 20 wounded in a mortar attack on their market on Wednesday."
    assert _dated(coder, text, "2024-05-20", "killed") == [("2024-05-15", None)]
    with switched_off({GAPPED_RULE}):
        assert _dated(coder, text, "2024-05-20", "killed") == [(None, "2024-05-20")]


def test_a_present_perfect_casualty_count_takes_the_day_of_the_clashes(coder) -> None:
    text = "Three marchers have been killed and dozens hurt in clashes with riot police on Friday, the ministry said."
    assert _dated(coder, text, "2024-05-20", "killed") == [("2024-05-17", None)]
    with switched_off({GAPPED_RULE}):
        assert _dated(coder, text, "2024-05-20", "killed") == [(None, "2024-05-20")]


def test_a_later_clause_with_its_own_auxiliary_keeps_its_time_to_itself(coder) -> None:
    # "were injured and a third was beaten": two clauses, each told in full; the first is only bounded by the second
    text = "Two guards were injured and a third was beaten on Sunday."
    assert _dated(coder, text, "2024-05-20", "injured") == [(None, "2024-05-19")]


ISSUED_RELATIVE_RULE = "dating.issued_relative"


def test_a_letter_speaks_on_the_day_a_relative_clause_says_it_was_sent(coder) -> None:
    text = "A letter that was sent to the ministry on Monday accused the police of torture."
    assert _dated(coder, text, "2024-05-22", "accused") == [("2024-05-20", None)]
    with switched_off({ISSUED_RELATIVE_RULE}):
        assert _dated(coder, text, "2024-05-22", "accused") == [(None, "2024-05-22")]


def test_an_act_done_in_a_letter_that_was_sent_on_a_day_takes_that_day(coder) -> None:
    text = "The opposition condemned the arrests in a letter that was sent to the president on Monday."
    assert _dated(coder, text, "2024-05-22", "condemned") == [("2024-05-20", None)]
    with switched_off({ISSUED_RELATIVE_RULE}):
        assert _dated(coder, text, "2024-05-22", "condemned") == [(None, "2024-05-22")]


def test_the_sender_s_own_act_of_sending_does_not_date_what_he_says(coder) -> None:
    # the relative word stands for the man, not the letter: his sending is not his accusing
    text = "The man who sent the letter on Monday accused the police of torture."
    assert _dated(coder, text, "2024-05-22", "accused") == [(None, "2024-05-22")]


OWN_AUXILIARY_RULE = "dating.conjunct_own_auxiliary"


def test_a_later_verb_that_says_its_auxiliary_again_does_not_lend_its_day(coder) -> None:
    # "were detained ... and were deported on Friday": two predications; the detention is told first, up to Friday
    text = "Two reporters were detained at the airport and were expelled to Kenya on Friday."
    assert _dated(coder, text, "2024-05-22", "detained") == [(None, "2024-05-17")]
    with switched_off({OWN_AUXILIARY_RULE}):
        assert _dated(coder, text, "2024-05-22", "detained") == [("2024-05-17", None)]


def test_a_later_verb_that_leaves_its_auxiliary_out_shares_the_day(coder) -> None:
    text = "The activist was arrested and charged with sedition on Monday."
    assert _dated(coder, text, "2024-05-22", "arrested") == [("2024-05-20", None)]


def test_a_label_joined_to_its_sentence_without_and_keeps_the_sentence_s_day(coder) -> None:
    # a section label ("shot dead:") the parser may join to the next verb with no "and": no second predication
    text = "The police have made no arrests. shot dead: a young farmer, the son of a teacher, was shot dead near his field on Tuesday night."
    assert _dated(coder, text, "2024-05-22", "shot") == [("2024-05-21", None)]
