"""Issue 14 (date27b): the day an act's own words carry - a part of the day joined to a weekday by a hyphen ("a
Monday-night debate"), a part of the day told from the story's day ("the next morning"), a speaker's "today" in a
quote said on an earlier day, and a gathering dated through the noun of its verb's phrase."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

HYPHEN_RULE = "time.weekday_part_joined"
DAY_PART_RULE = "time.anaphoric_day_part"
QUOTED_DAY_RULE = "dating.quoted_day_word"
PHRASE_RULE = "dating.occasion_time_on_the_verbs_phrase"


def test_a_weekday_and_part_of_the_day_written_with_a_hyphen_dates_the_act(coder) -> None:
    # the compound modifier names Wednesday; without it the act lies only some time up to the day of writing
    text = "The councilwoman denounced the sheriff during the Wednesday-night town forum."
    assert _dated(coder, text, "2024-03-16", "denounced") == [("2024-03-13", None)]
    with switched_off({HYPHEN_RULE}):
        assert _dated(coder, text, "2024-03-16", "denounced") != [("2024-03-13", None)]


def test_the_next_morning_is_the_day_after_the_story_s_day(coder) -> None:
    text = "Militias shelled the port on Thursday. The next morning, the navy attacked their boats."
    assert _dated(coder, text, "2024-03-16", "attacked") == [("2024-03-15", None)]
    with switched_off({DAY_PART_RULE}):
        assert _dated(coder, text, "2024-03-16", "attacked") != [("2024-03-15", None)]


def test_later_that_evening_keeps_the_story_s_day(coder) -> None:
    text = "Police detained two organizers on Monday. Later that evening, the students blocked the ring road."
    assert _dated(coder, text, "2024-03-16", "blocked") == [("2024-03-11", None)]


def test_a_quoted_today_is_the_day_the_quote_was_said(coder) -> None:
    # said on Tuesday, written on Saturday: the speaker's "today" is Tuesday
    text = "\"Today I am endorsing the mayor for a second term,\" the union chief told reporters on Tuesday."
    assert _dated(coder, text, "2024-03-16", "endorsing") == [("2024-03-12", None)]
    with switched_off({QUOTED_DAY_RULE}):
        assert _dated(coder, text, "2024-03-16", "endorsing") == [("2024-03-16", None)]


def test_a_quoted_yesterday_counts_back_from_the_saying(coder) -> None:
    text = "\"Yesterday the soldiers attacked our village,\" the village elder said on Wednesday."
    assert _dated(coder, text, "2024-03-16", "attacked") == [("2024-03-12", None)]


def test_a_quoted_today_said_with_no_day_stays_the_day_of_writing(coder) -> None:
    text = "\"Today I am endorsing the mayor for a second term,\" the union chief said."
    assert _dated(coder, text, "2024-03-16", "endorsing") == [("2024-03-16", None)]


def test_an_interview_dated_through_the_noun_of_its_verb_s_phrase_dates_acts_in_it(coder) -> None:
    # the parser hangs "on Sunday" on the network, not on "gave"
    text = ("The senator gave an interview to a television network on Sunday. In the interview, she accused the "
            "governor of lying.")
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-10", None)]
    with switched_off({PHRASE_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-10", None)]


DAY_PART_GAP_RULE = "dating.counted_day_part_gap"
PARTICIPLE_RULE = "dating.ordered_noun_participle"


def test_the_morning_after_a_dated_debate_is_the_next_day(coder) -> None:
    text = "The morning after Monday's debate, the challenger accused the incumbent of lying about the deficit."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-12", None)]
    with switched_off({DAY_PART_GAP_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-12", None)]


def test_since_a_gathering_a_participle_dates_runs_from_it_to_the_day_of_writing(coder) -> None:
    # the convention's month starts the span; the act is not put in July alone
    text = "Since the convention, held in July, the senator has attacked the governor."
    assert _dated(coder, text, "2024-03-16", "attacked") == [("2023-07-01", "2024-03-16")]
    with switched_off({PARTICIPLE_RULE}):
        assert _dated(coder, text, "2024-03-16", "attacked") != [("2023-07-01", "2024-03-16")]


def test_a_day_part_inside_a_side_clause_does_not_set_the_next_sentence_s_time(coder) -> None:
    # "the previous night" dates the remarks the host asked about, not the interruption told next
    text = ("During an interview on Thursday, a radio host asked the candidate about remarks he had made the previous "
            "night. The host suggested the remarks were a joke, and the candidate cut him off.")
    assert ("2024-03-13", None) not in _dated(coder, text, "2024-03-16", "cut him off")


COMPOUND_RULE = "dating.time_before_compound_noun"


def test_a_day_before_a_compound_noun_dates_the_happening_the_run_ends_in(coder) -> None:
    # "Tuesday night" qualifies the call, not "conference", the word naming its kind: the talk was held in it
    text = "The senator and the governor talked during a Tuesday night conference call."
    assert _dated(coder, text, "2024-03-16", "talked") == [("2024-03-12", None)]
    with switched_off({COMPOUND_RULE}):
        assert _dated(coder, text, "2024-03-16", "talked") != [("2024-03-12", None)]


REMARKS_RULE = "dating.remarks_told_after"


def test_remarks_dated_in_the_next_sentence_date_the_statement(coder) -> None:
    text = ("The opposition leader accused the prime minister of corruption. His remarks came during a rally on "
            "Thursday night.")
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-14", None)]
    # dating.follow_up_time (a definite noun of the same act in the next line) reads this line too
    with switched_off({REMARKS_RULE, "dating.follow_up_time"}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-14", None)]


def test_remarks_date_only_the_saying_not_what_it_reports(coder) -> None:
    text = "The mayor said the militia attacked the depot. Her comments came on Thursday night."
    assert ("2024-03-14", None) not in _dated(coder, text, "2024-03-16", "attacked")


RELATIVE_RULE = "dating.occasion_relative_clause"


def test_an_act_in_a_where_clause_of_a_dated_rally_takes_its_day(coder) -> None:
    text = "The senator held a rally in Ohio on Tuesday, where she accused the governor of lying."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-12", None)]
    with switched_off({RELATIVE_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-12", None)]


def test_an_act_during_which_a_dated_appearance_went_on_takes_its_day(coder) -> None:
    text = "The senator appeared at a town hall on Tuesday night, during which she accused the governor of lying."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-12", None)]
    with switched_off({RELATIVE_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-12", None)]


def test_a_past_perfect_in_a_where_clause_steps_back(coder) -> None:
    text = "The envoy visited the town on Tuesday, where militias had attacked a convoy."
    assert ("2024-03-12", None) not in _dated(coder, text, "2024-03-16", "attacked")


JUDGED_RULE = "dating.judgment_after_its_deed"


def test_an_accusation_of_a_deed_at_a_dated_debate_comes_after_the_debate(coder) -> None:
    # the parser hangs "during the debate" on the lying: the accusation lies from the debate on, not anywhere before
    text = "The senator accused the governor of lying during the debate, which was held Monday night."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-11", "2024-03-16")]
    with switched_off({JUDGED_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2024-03-11", "2024-03-16")]


def test_an_accusation_with_its_own_day_keeps_it(coder) -> None:
    text = "The army on Thursday accused the rebels of shelling a school on Tuesday."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2024-03-14", None)]


def test_the_day_before_a_debate_told_earlier_is_the_day_before_its_day(coder) -> None:
    text = "The candidates debated on Monday night. The day before the debate, two aides urged her to attack him."
    assert _dated(coder, text, "2024-03-16", "urged") == [("2024-03-10", None)]
    with switched_off({DAY_PART_GAP_RULE}):
        assert _dated(coder, text, "2024-03-16", "urged") != [("2024-03-10", None)]


SINCE_RULE = "dating.since_noun_phrase"


def test_an_event_noun_since_a_dated_gathering_runs_from_it_to_the_day_of_writing(coder) -> None:
    text = "The senator's attacks on the governor since the convention in July have hurt her."
    assert _dated(coder, text, "2024-03-16", "attacks") == [("2023-07-01", "2024-03-16")]
    with switched_off({SINCE_RULE}):
        assert _dated(coder, text, "2024-03-16", "attacks") != [("2023-07-01", "2024-03-16")]



OWN_CLAUSE_RULE = "dating.occasion_own_relative_clause"


def test_a_gathering_whose_own_clause_tells_when_it_took_place_dates_the_act_at_it(coder) -> None:
    text = "The senator attacked the governor during a debate that aired on Monday night."
    assert _dated(coder, text, "2024-03-16", "attacked") == [("2024-03-11", None)]
    with switched_off({OWN_CLAUSE_RULE}):
        assert _dated(coder, text, "2024-03-16", "attacked") != [("2024-03-11", None)]


def test_an_indefinite_gathering_dated_elsewhere_is_still_another_one(coder) -> None:
    text = "The mayor held a rally on Friday. At a rally in the spring, she had criticized the governor."
    assert ("2024-03-15", None) not in _dated(coder, text, "2024-03-16", "criticized")
