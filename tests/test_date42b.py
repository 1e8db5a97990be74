"""Issue 14, dates (session 29, date42b): a time that belongs to another clause or to a noun, not to the act. A known
happening that a demand, a question or a feeling is about came before it, so the act's time only bounds it; an act
that reviews an earlier decision (struck down, overturned), and the later acts of its chain, come after the time the
story set for that decision. Each test switches its rule off to show the rule gives the answer."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-14"  # a Thursday
TOPIC_RULE = "dating.topic_of_an_argument_noun"
REVIEW_RULE = "dating.review_after_the_setting"


def _dated(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> list[tuple[str | None, str | None]]:
    """(date, date_end) of each coded event one of whose triggers holds `trigger`."""
    with switched_off(off):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    return [(e["date"], e["date_end"]) for e in events
            if any(trigger in m["trigger"]["text"] for m in e["mentions"])]


def test_a_shooting_that_protesters_ask_about_lies_before_their_march(coder) -> None:
    text = "Hundreds of students marched on Sunday and called for answers about the shooting of a boy by police."
    assert _dated(coder, text, "shooting") == [(None, "2024-03-10")]
    assert _dated(coder, text, "shooting", frozenset({TOPIC_RULE})) == [("2024-03-10", None)]


def test_the_happening_a_dated_outcry_is_over_keeps_no_day_of_the_outcry(coder) -> None:
    text = "On Tuesday, demonstrators voiced anger over the beating of a reporter by police."
    assert _dated(coder, text, "beating") == [(None, "2024-03-12")]
    assert _dated(coder, text, "beating", frozenset({TOPIC_RULE})) != [(None, "2024-03-12")]


def test_a_court_that_strikes_a_law_down_acts_after_the_year_the_law_was_passed(coder) -> None:
    text = "The assembly passed a strict voting law in 2013. A federal judge struck it down."
    assert _dated(coder, text, "struck") == [("2013-01-01", PUBLISHED)]
    assert _dated(coder, text, "struck", frozenset({REVIEW_RULE})) != [("2013-01-01", PUBLISHED)]


def test_a_later_act_in_the_chain_after_a_review_comes_after_the_story_year(coder) -> None:
    text = ("The assembly passed a strict voting law in 2013. An appeals court reversed the ruling, "
            "and the Supreme Court declined to hear the case.")
    assert _dated(coder, text, "declined") == [("2013-01-01", PUBLISHED)]
    assert _dated(coder, text, "declined", frozenset({REVIEW_RULE})) == [("2013-01-01", "2013-12-31")]


def test_a_party_changing_its_own_course_is_no_review(coder) -> None:
    text = "The party announced a new rule in 2019. Hours later the officials reversed themselves."
    assert _dated(coder, text, "reversed") == _dated(coder, text, "reversed", frozenset({REVIEW_RULE}))


PERIOD_RULE = "dating.known_thing_period_after"


def test_the_year_of_a_known_thing_after_it_does_not_date_the_act_on_it(coder) -> None:
    text = "Inspectors audited her tax filings for 2019."
    assert _dated(coder, text, "audited") == [(None, PUBLISHED)]
    assert _dated(coder, text, "audited", frozenset({PERIOD_RULE})) == [("2019-01-01", "2019-12-31")]


def test_a_budget_named_by_its_year_is_criticised_from_that_year_on(coder) -> None:
    text = "The opposition leader criticised the budget of 2021."
    assert _dated(coder, text, "criticised") == [("2021-01-01", PUBLISHED)]
    assert _dated(coder, text, "criticised", frozenset({PERIOD_RULE})) == [("2021-01-01", "2021-12-31")]


def test_a_doer_undoing_its_own_act_is_no_review_of_an_earlier_decision(coder) -> None:
    text = "The senator endorsed the governor in 2019. Senator Ana Ruiz rescinded her endorsement of the governor."
    assert _dated(coder, text, "rescinded") == _dated(coder, text, "rescinded", frozenset({REVIEW_RULE}))


def test_a_court_undoing_another_partys_decision_is_a_review(coder) -> None:
    text = "A jury convicted the mayor in 2019. The appeals court overturned his conviction."
    assert _dated(coder, text, "overturned") == [("2019-01-01", PUBLISHED)]
    assert _dated(coder, text, "overturned", frozenset({REVIEW_RULE})) == [("2019-01-01", "2019-12-31")]
