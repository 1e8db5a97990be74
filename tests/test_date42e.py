"""Issue 14 (date42e): coordination spreads a past perfect's "had" over the later verbs that say no auxiliary or
subject of their own, so "had criticized X and accused him" puts the accusing, too, some time before the story's
reference time, not on it (rule dating.conjunct_shares_the_perfect)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

RULE = {"dating.conjunct_shares_the_perfect"}
SCENE = "The cardinal toured the refugee camps on Wednesday. "


def test_the_second_verb_of_a_past_perfect_lies_before_the_story_day(coder) -> None:
    text = SCENE + "Weeks earlier, the minister had criticized the cardinal and accused him of meddling in politics."
    assert coded(coder, text, "accused") == ("ACCUSE", "asserted", None, "2024-03-13")
    assert coded(coder, text, "criticized")[2:] == (None, "2024-03-13")  # the two verbs now agree
    with switched_off(RULE):
        assert coded(coder, text, "accused")[2:] == ("2024-03-13", None)  # on the story's day


def test_every_later_verb_of_a_series_shares_the_perfect(coder) -> None:
    text = SCENE + "The mayor had met the cardinal, thanked him and praised his work."
    assert coded(coder, text, "praised")[2:] == (None, "2024-03-13")
    with switched_off(RULE):
        assert coded(coder, text, "praised")[2:] == ("2024-03-13", None)


def test_a_later_clause_with_its_own_subject_keeps_the_story_day(coder) -> None:
    text = SCENE + "The minister had criticized the cardinal, and the governor praised him."
    assert coded(coder, text, "praised")[2:] == ("2024-03-13", None)
