"""Issue 14, dates: a range no looser than the text ("earlier this month" ends on the day of writing, "more than a
year ago" on the day a year back). Coded events from the real pipeline; each test also switches its rule off to show
the answer the rule changes."""

from __future__ import annotations

from tests.test_time_when18 import dates  # the coded event's (date, date_end), published 2024-03-16

# 2024-03-16 is a Saturday: Tuesday is 2024-03-12, Friday 2024-03-15


def test_earlier_this_month_ends_on_the_day_of_writing(coder) -> None:
    text = "Earlier this month, rebels attacked a convoy near the border."
    assert dates(coder, text, "attacked") == ("2024-03-01", "2024-03-16")
    # (a done act in the month also ends on the day of writing by dating.not_after_writing; both off, the month)
    off = frozenset({"time.words.earlier_this", "dating.not_after_writing"})
    assert dates(coder, text, "attacked", off) == ("2024-03-01", "2024-03-31")


def test_more_than_a_year_ago_ends_on_the_day_a_year_back(coder) -> None:
    text = "The army shelled the town more than a year ago."
    assert dates(coder, text, "shelled") == (None, "2023-03-16")  # not up to the end of last year


def test_a_participle_describing_a_noun_is_not_an_act_of_the_day_of_writing(coder) -> None:
    text = "In Yemen, a coalition led by Saudi Arabia and backed by the West is implicated in the bombing of schools."
    assert dates(coder, text, "backed") == (None, "2024-03-16")  # the backing holds now and began before
    off = frozenset({"dating.describing_participle"})
    assert dates(coder, text, "backed", off) == ("2024-03-16", None)


def test_a_participle_with_its_own_time_keeps_it(coder) -> None:
    text = "Officials said a militia funded by the army in 2019 controls the roads."
    assert dates(coder, text, "funded") == ("2019-01-01", "2019-12-31")


def test_a_time_cleft_dates_its_that_clause(coder) -> None:
    text = "It was on Tuesday that the panel met with the defence minister."
    assert dates(coder, text, "met") == ("2024-03-12", None)
    assert dates(coder, text, "met", frozenset({"dating.time_cleft"})) == (None, "2024-03-12")  # read as a frame


def test_it_is_clear_that_stays_a_frame(coder) -> None:
    text = "On Tuesday it was clear that the army had attacked the town."
    assert dates(coder, text, "attacked") == (None, "2024-03-12")


def test_until_closes_the_span_of_the_act(coder) -> None:
    text = "The mayor refused to release the audit until last month."
    assert dates(coder, text, "refused") == (None, "2024-02-29")  # a refusal that lasted up to last month
    assert dates(coder, text, "refused", frozenset({"dating.until_then"})) == ("2024-02-01", "2024-02-29")


def test_a_length_on_a_present_perfect_ends_on_the_day_of_writing(coder) -> None:
    text = "Opposition lawmakers have been protesting the law for two months."
    assert dates(coder, text, "protesting") == ("2024-01-16", "2024-03-16")  # not the day of writing alone
    assert dates(coder, text, "protesting", frozenset({"dating.perfect_length"})) == ("2024-03-16", None)


def test_a_few_days_ago_is_bounded_at_both_ends(coder) -> None:
    text = "A few days ago, the minister criticized the police chief."
    assert dates(coder, text, "criticized") == ("2024-03-07", "2024-03-14")  # not open at the start
    assert dates(coder, text, "criticized", frozenset({"time.words.few_back"})) == (None, "2024-03-14")


def test_a_participle_is_bounded_by_what_its_verb_came_after(coder) -> None:
    text = "After the talks collapsed in June, the army has shelled the town, killing dozens of civilians."
    assert dates(coder, text, "killing") == ("2023-06-01", "2024-03-16")
    assert dates(coder, text, "killing", frozenset({"dating.participle_ordered"})) == (None, "2024-03-16")


def test_a_reaction_comes_after_the_dated_happening_it_answers(coder) -> None:
    text = "The premier sent a message of condolence to the Chilean government over a train crash on March 3 that killed dozens."
    assert dates(coder, text, "sent") == ("2024-03-03", "2024-03-16")
    off = frozenset({"dating.reaction_over"})
    assert dates(coder, text, "sent", off) == (None, "2024-03-16")


def test_the_past_few_months_starts_no_further_back_than_nine(coder) -> None:
    text = "Police have detained dozens of activists over the past few months."
    assert dates(coder, text, "detained") == ("2023-06-16", "2024-03-16")
    assert dates(coder, text, "detained", frozenset({"time.words.few_span"})) == (None, "2024-03-16")


def test_a_done_act_in_this_month_ends_on_the_day_of_writing(coder) -> None:
    text = "Rebels attacked a police convoy this month."
    assert dates(coder, text, "attacked") == ("2024-03-01", "2024-03-16")
    off = frozenset({"dating.not_after_writing"})
    assert dates(coder, text, "attacked", off) == ("2024-03-01", "2024-03-31")
    assert dates(coder, "The two leaders will meet this month.", "meet") == ("2024-03-01", "2024-03-31")
