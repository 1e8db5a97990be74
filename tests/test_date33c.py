"""Issue 14 (date33c): a past act is not dated by the publication day (or the day the story set for another
sentence) when its own words place it before the writer's now or inside a stretch the text leaves undated: a gerund
after "after" on a present or undated verb (rule dating.after_gerund_before_host), and an act told in the past
"during" or "throughout" a campaign, a career, a war (rule dating.within_an_undated_period)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import PUBLISHED, coded  # published on Saturday 2024-03-16

AFTER = {"dating.after_gerund_before_host"}
PERIOD = {"dating.within_an_undated_period"}


def test_gerund_after_a_present_verb_lies_before_the_writing(coder) -> None:
    text = "The mayor now faces a hard vote after endorsing the governor's rival."
    assert coded(coder, text, "endorsing")[2:] == (None, PUBLISHED)  # some time up to the day of writing
    with switched_off(AFTER):
        assert coded(coder, text, "endorsing")[2:] == (PUBLISHED, None)  # the day of writing itself


def test_years_of_a_gerund_before_a_present_verb(coder) -> None:
    text = "After years of backing the ruling party, the miners' union now supports the opposition."
    assert coded(coder, text, "backing")[2:] == (None, PUBLISHED)
    with switched_off(AFTER):
        assert coded(coder, text, "backing")[2:] == (PUBLISHED, None)


def test_gerund_with_its_own_day_keeps_it(coder) -> None:
    text = "After insulting the visiting envoy on Tuesday, the mayor apologized on Thursday."
    assert coded(coder, text, "insulting")[2:] == ("2024-03-12", None)


def test_gerund_after_a_dated_verb_keeps_the_occasion(coder) -> None:
    text = "On Thursday the mayor apologized after insulting the visiting envoy."
    assert coded(coder, text, "insulting")[2:] == ("2024-03-14", None)


def test_gerund_after_a_verb_still_to_come_is_not_bounded_by_the_writing(coder) -> None:
    text = "The senator will resign after attacking his rival."
    assert coded(coder, text, "attacking")[2] == PUBLISHED  # from the day of writing on, as the tense says


def test_attack_during_an_undated_primary_is_not_the_story_day(coder) -> None:
    text = ("The governor spoke to farmers in Ohio on Thursday. "
            "He attacked his rival's eligibility during the primary.")
    assert coded(coder, text, "attacked")[2:] == (None, PUBLISHED)  # some time in the primary, up to the writing
    with switched_off(PERIOD):
        assert coded(coder, text, "attacked")[2:] == ("2024-03-14", None)  # the day the lead gave its speech


def test_criticism_throughout_a_career(coder) -> None:
    text = "The senator was buried on Friday. He criticized the junta throughout his long career."
    assert coded(coder, text, "criticized")[2:] == (None, PUBLISHED)
    with switched_off(PERIOD):
        assert coded(coder, text, "criticized")[2:] == ("2024-03-15", None)


def test_a_dated_stretch_keeps_its_time(coder) -> None:
    text = "The governor spoke in Ohio on Thursday. He attacked his rival during the 2016 campaign."
    assert coded(coder, text, "attacked")[2:] == ("2016-01-01", "2016-12-31")


def test_present_act_during_a_campaign_stays_at_the_writing(coder) -> None:
    text = "The governor spoke in Ohio on Thursday. He is attacking his rival during the campaign."
    assert coded(coder, text, "attacking")[2:] == (PUBLISHED, None)


ORDERED = {"dating.ordered_over_the_story_day"}
STORY = "Protesters gathered outside the embassy on Friday. "


def test_act_before_a_dated_debate_is_not_on_the_later_story_day(coder) -> None:
    text = STORY + "The family criticized the minister before the debate on Thursday."
    assert coded(coder, text, "criticized")[2:] == (None, "2024-03-14")  # some time up to Thursday's debate
    with switched_off(ORDERED):
        assert coded(coder, text, "criticized")[2:] == ("2024-03-15", None)  # the lead's Friday, after the debate


def test_asking_for_an_act_before_a_dated_vote(coder) -> None:
    text = STORY + "The family urged the minister to act before the vote on Thursday."
    assert coded(coder, text, "urged")[2:] == (None, "2024-03-14")
    with switched_off(ORDERED):
        assert coded(coder, text, "urged")[2:] == ("2024-03-15", None)


def test_a_story_day_the_order_allows_stays(coder) -> None:
    text = STORY + "The family criticized the minister after the debate on Thursday."
    assert coded(coder, text, "criticized")[2:] == ("2024-03-15", None)
