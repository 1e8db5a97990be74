"""Issue 14, dates: where the text gives a time, the act takes it. A clause joined by "and" with a doer of its own
goes on with the scene a dated happening set in the first clause. Coded events from the real pipeline; each test
also switches its rule off to show the answer the rule changes."""

from __future__ import annotations

from tests.test_time_when18 import dates


def test_a_joined_clause_goes_on_at_the_dated_gathering_of_the_first(coder) -> None:
    text = "The senator questioned the general during Thursday's hearing, and the chairman accused him of lying."
    assert dates(coder, text, "accused") == ("2024-03-14", None)
    assert dates(coder, text, "accused", frozenset({"dating.conjunct_same_scene"})) == (None, "2024-03-16")


def test_a_joined_clause_after_a_statement_or_in_the_past_perfect_keeps_no_such_time(coder) -> None:
    text = "The governor attacked his rival in Saturday's debate, and the senator had mocked her record."
    assert dates(coder, text, "mocked") == (None, "2024-03-16")
    text = "The senator said at Thursday's hearing that the general lied, and the chairman accused him of perjury."
    assert dates(coder, text, "accused") == (None, "2024-03-16")


def test_a_time_after_the_state_an_act_ended_dates_the_act(coder) -> None:
    text = "The court freed the reporter from house arrest in 2019, citing his health."
    assert dates(coder, text, "freed") == ("2019-01-01", "2019-12-31")
    assert dates(coder, text, "freed", frozenset({"dating.left_state_time"})) == (None, "2024-03-16")


def test_a_time_between_the_subject_and_its_verb_dates_the_verb(coder) -> None:
    text = "The state commission on elections on Wednesday barred the opposition party from the vote."
    assert dates(coder, text, "barred") == ("2024-03-13", None)
    assert dates(coder, text, "barred", frozenset({"dating.time_before_verb"})) == (None, "2024-03-16")
    text = "The attack on Wednesday killed five soldiers near the border."
    assert dates(coder, text, "killed") == ("2024-03-13", None)  # the subject's own time, and so its act's


def test_a_day_hung_on_the_object_dates_the_act_and_the_episode_after_it(coder) -> None:
    text = ("South Korea stepped up pressure on Japan on Wednesday to stop its surveys near the islets. "
            "The Korean coast guard seized a Japanese survey ship.")
    assert dates(coder, text, "seized") == ("2024-03-13", None)
    assert dates(coder, text, "seized", frozenset({"dating.day_on_the_object"})) == (None, "2024-03-16")


def test_a_simple_past_hung_on_a_reported_modal_clause_is_done_when_the_saying_was(coder) -> None:
    text = "The Indian army chief said on Thursday that he would send more troops and accused Pakistan of arming militants."
    assert dates(coder, text, "accused") == ("2024-03-14", None)
    assert dates(coder, text, "accused", frozenset({"dating.conjunct_of_the_saying"})) == (None, "2024-03-14")


def test_an_update_told_in_the_past_under_a_time_heading_is_that_day(coder) -> None:
    text = ("The Latest on the election campaign (all times local):\n\n4:15 p.m.\n\n"
            "The opposition leader is thanking her supporters for a strong second place.\n\n"
            "\"We will be back,\" she tells hundreds of supporters in the capital.\n\n"
            "She also congratulated the prime minister on his victory.")
    assert dates(coder, text, "congratulated") == ("2024-03-16", None)
    assert dates(coder, text, "congratulated", frozenset({"dating.section_past"})) == (None, "2024-03-16")
    text = ("The Latest on the election campaign (all times local):\n\n4:15 p.m.\n\n"
            "The opposition leader says that donors who backed the prime minister expect favours.")
    assert dates(coder, text, "backed")[0] is None  # a deed the news describes keeps no day of the update
