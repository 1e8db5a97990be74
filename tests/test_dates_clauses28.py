"""Issue 14 (date28c): a time belongs to the act of its own clause, not to an act of another clause of the sentence -
a perfect participle's time is the earlier act's, a present perfect joined to a dated simple past is told from the
writer's now, a relative clause describing what a dated act answers lies before that act's day, and a time inside a
relative clause of a fronted phrase is that clause's own, as is a year put before a noun of another clause."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

PERFECT_PARTICIPLE_RULE = "dating.perfect_participle_before"
PERFECT_CONJUNCT_RULE = "dating.conjunct_perfect_own_time"
DESCRIPTION_RULE = "dating.description_before_the_day"
FRONTED_RELATIVE_RULE = "dating.fronted_relative_own_time"
NOUN_TIME_RULE = "dating.noun_time_own_clause"


def _coded(coder, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    """(type, factuality, date, date_end, date_basis) of each coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published="2024-05-20")["events"]
    return [(e["event_type"], e["factuality"], e["date"], e["date_end"], e["date_basis"]) for e in events
            if trigger in e["mentions"][0]["trigger"]["text"]]


def test_a_perfect_participle_s_year_does_not_date_the_main_act(coder) -> None:
    # the race was lost in 2015; the attack on the town is told after it, with no year of its own
    text = "Having lost the northern provinces to the rebels in 2015, the army shelled their stronghold."
    assert _coded(coder, text, "shelled") == [("ASSAULT", "asserted", None, "2024-05-20", "relative")]
    with switched_off({PERFECT_PARTICIPLE_RULE}):
        assert _coded(coder, text, "shelled") == [("ASSAULT", "asserted", "2015-01-01", "2015-12-31", "explicit")]


def test_a_perfect_participle_lies_before_the_day_of_its_main_act(coder) -> None:
    text = "Having blockaded the harbour, the navy seized the island's airfield on Tuesday."
    assert _dated(coder, text, "2024-05-20", "seized") == [("2024-05-14", None)]
    assert _dated(coder, text, "2024-05-20", "blockaded") == [(None, "2024-05-14")]
    with switched_off({PERFECT_PARTICIPLE_RULE}):
        assert _dated(coder, text, "2024-05-20", "blockaded") == [("2024-05-14", None)]


def test_a_present_perfect_after_a_dated_simple_past_is_not_that_year(coder) -> None:
    text = "In 2011, the singer gave money to the senator's party, and has campaigned for the nurses' union."
    found = _coded(coder, text, "campaigned")
    assert found and all(date is None and end == "2024-05-20" for _, _, date, end, _ in found)
    with switched_off({PERFECT_CONJUNCT_RULE}):
        assert all(date == "2011-01-01" for _, _, date, _, _ in _coded(coder, text, "campaigned"))


def test_the_endorsement_a_thank_you_answers_lies_before_the_thanks(coder) -> None:
    text = "On Thursday, the mayor thanked the nurses' union, which endorsed her bid for a second term."
    assert _dated(coder, text, "2024-05-20", "thanked") == [("2024-05-16", None)]
    assert _dated(coder, text, "2024-05-20", "endorsed") == [(None, "2024-05-16")]
    with switched_off({DESCRIPTION_RULE}):
        assert _dated(coder, text, "2024-05-20", "endorsed") == [("2024-05-16", None)]


def test_the_attack_a_condemnation_names_lies_before_the_story_s_day(coder) -> None:
    text = "The council met on Wednesday. It condemned the militia, which raided the border village."
    assert _dated(coder, text, "2024-05-20", "raided") == [(None, "2024-05-15")]
    with switched_off({DESCRIPTION_RULE}):
        assert _dated(coder, text, "2024-05-20", "raided") == [("2024-05-15", None)]


def test_a_description_of_the_doer_keeps_the_day(coder) -> None:
    text = "On Thursday, students who occupied the ministry clashed with riot police."
    assert _dated(coder, text, "2024-05-20", "occupied") == [("2024-05-16", None)]


def test_a_year_in_a_relative_clause_of_a_fronted_phrase_is_that_clause_s(coder) -> None:
    text = "Unlike her rival, who toured Brazil in 2019, the senator met the exiled bishop."
    assert _coded(coder, text, "toured") == [("CONSULT", "asserted", "2019-01-01", "2019-12-31", "explicit")]
    assert _coded(coder, text, "met") == [("CONSULT", "asserted", None, "2024-05-20", "relative")]
    with switched_off({FRONTED_RELATIVE_RULE}):
        assert _coded(coder, text, "met") == [("CONSULT", "asserted", "2019-01-01", "2019-12-31", "explicit")]


def test_a_year_on_the_deal_a_thank_you_names_does_not_date_the_endorsement(coder) -> None:
    # "the 2016 trade deal" is what the thanked opposition was about; the endorsement has no year of its own
    text = "The dockers' union endorsed the senator on its website, thanking her for opposing the 2016 trade deal."
    assert _coded(coder, text, "endorsed") == [("SUPPORT", "asserted", None, "2024-05-20", "relative")]
    with switched_off({NOUN_TIME_RULE}):
        assert _coded(coder, text, "endorsed") == [("SUPPORT", "asserted", "2016-01-01", "2016-12-31", "explicit")]
