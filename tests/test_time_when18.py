"""Issue 14, dates: a time of another clause or another happening dates that happening, not this act, and a range is no
looser than the text ("since her 2008 campaign", "after her meeting on Wednesday"). Coded events from the real
pipeline; each test also switches its rule off to show the answer the rule changes."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday: Wednesday is 2024-03-13, Friday 2024-03-15


def dates(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(date, date_end) of the coded event whose trigger holds `trigger`."""
    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["date"], e["date_end"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, [e["mentions"][0]["trigger"]["text"] for e in events]
    return found[0]


def test_a_time_in_a_relative_clause_after_since_dates_that_clause(coder) -> None:
    text = "After the March 3 bombing, the army began raids that have continued since February."
    assert dates(coder, text, "began") == ("2024-03-03", "2024-03-16")  # after the bombing, not since February
    assert dates(coder, text, "began", frozenset({"dating.subordinator_preposition"}))[0] == "2024-02-01"


def test_since_a_dated_happening_starts_the_range(coder) -> None:
    text = "The governor has backed her since her 2008 campaign."
    assert dates(coder, text, "backed") == ("2008-01-01", "2024-03-16")
    assert dates(coder, text, "backed", frozenset({"dating.since_happening"})) == (None, "2024-03-16")


def test_after_a_meeting_dated_in_its_phrase_is_a_range_from_that_day(coder) -> None:
    text = "The White House announced the easing of sanctions after her meeting with the president on Wednesday."
    assert dates(coder, text, "announced") == ("2024-03-13", "2024-03-16")
    assert dates(coder, text, "announced", frozenset({"dating.ordered_object"})) == ("2024-03-13", None)
    text = "The ministry lifted the ban after the meeting of the council on Wednesday."
    assert dates(coder, text, "lifted") == ("2024-03-13", "2024-03-16")
    assert dates(coder, text, "lifted", frozenset({"dating.ordered_noun_phrase"})) == ("2024-03-13", None)


def test_a_perfect_told_after_a_dated_happening_starts_there(coder) -> None:
    text = "Rebels had attacked the town after the March 3 bombing."
    assert dates(coder, text, "attacked") == ("2024-03-03", "2024-03-16")
    assert dates(coder, text, "attacked", frozenset({"dating.ordered_before_tense"})) == (None, "2024-03-16")


def test_a_clause_with_its_own_doer_after_and_keeps_its_time(coder) -> None:
    text = "The senator refused to appear, and on Thursday the committee voted to hold him in contempt."
    assert dates(coder, text, "refused") == (None, "2024-03-14")  # before the vote (dating.before_later_conjunct)
    off = frozenset({"dating.conjunct_own_subject", "dating.before_later_conjunct"})
    assert dates(coder, text, "refused", off) == ("2024-03-14", None)
    # one doer's acts joined by "and" still share the time
    assert dates(coder, "Troops stormed the town and arrested the mayor on Friday.", "stormed") == ("2024-03-15", None)


def test_the_gathering_named_on_the_object_dates_the_act(coder) -> None:
    text = "European leaders agreed on a plan at the Friday summit."
    assert dates(coder, text, "agreed") == ("2024-03-15", None)
    assert dates(coder, text, "agreed", frozenset({"dating.setting_of_the_object"})) == (None, "2024-03-16")


def test_upholding_an_earlier_decision_is_not_dated_by_it(coder) -> None:
    text = "The appeals court overturned the ruling, which had upheld the 2013 repeal of early voting."
    assert dates(coder, text, "upheld") == ("2013-01-01", "2024-03-16")
    # (dating.known_thing_object, which leaves a verb of review to this rule, would otherwise drop the definite
    # object's year)
    assert dates(coder, text, "upheld", frozenset({"dating.review_not_time", "dating.known_thing_object"})) == \
        ("2013-01-01", "2013-12-31")


def test_an_as_clause_that_compares_gives_no_time(coder) -> None:
    text = "The senator criticized the plan, as she had done in 2012."
    assert dates(coder, text, "criticized") == (None, "2024-03-16")
    assert dates(coder, text, "criticized", frozenset({"dating.comparison_clause"})) == ("2012-01-01", "2012-12-31")


def test_a_month_beats_recently(coder) -> None:
    text = "More recently, federal prosecutors in January charged two developers with fraud."
    assert dates(coder, text, "charged") == ("2024-01-01", "2024-01-31")
    assert dates(coder, text, "charged", frozenset({"dating.calendar_over_vague"})) == (None, "2024-03-16")


def test_an_after_clause_lies_up_to_the_day_of_its_main_act(coder) -> None:
    text = "Police fired tear gas at protesters on Tuesday, a day after the opposition called for a general strike."
    assert dates(coder, text.replace(", a day after", " after"), "called for") == (None, "2024-03-12")
    assert dates(coder, text, "called for") == ("2024-03-11", None)  # counted back a day (dating.counted_gap_other_side)
    assert dates(coder, text, "fired") == ("2024-03-12", None)
    assert dates(coder, text, "called for", frozenset({"dating.after_clause_up_to_the_day"})) == ("2024-03-12", None)


def test_a_fronted_past_participle_keeps_its_own_time(coder) -> None:
    text = "Freed from house arrest six years ago, the opposition leader criticized the government."
    assert dates(coder, text, "criticized") == (None, "2024-03-16")  # not 2018, the year of the release
    assert dates(coder, text, "criticized", frozenset({"dating.fronted_past_participle"})) == ("2018-01-01", "2018-12-31")
    # being asked is the same telling as the answer
    assert dates(coder, "Asked on Monday about the raid, the minister accused the rebels of lying.", "accused") == (
        "2024-03-11", None)
