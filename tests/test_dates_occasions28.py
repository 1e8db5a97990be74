"""Issue 14 (date28b): times an act takes from its occasion or from arithmetic on another happening's time - a gap
counted in months or years, a gathering a verb of taking part has as its object, a breach done by means of a dated
happening, a 'that' clause the parser hangs on a dated noun, and a later clause joined to a light verb's setting."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

LONG_GAP_RULE = "dating.counted_gap_long"
OBJECT_RULE = "dating.occasion_object_time"
MEANS_RULE = "dating.happening_as_means"
CONTENT_RULE = "dating.noun_content_clause"
LIGHT_RULE = "dating.conjunct_light_object"


def _coded(coder: Any, text: str, published: str, trigger: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, factuality, date, date_end) of each coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=published)["events"]
    return [(e["event_type"], e["factuality"], e["date"], e["date_end"]) for e in events
            if trigger in e["mentions"][0]["trigger"]["text"]]


def test_a_gap_of_years_after_a_dated_year_gives_the_later_year(coder) -> None:
    text = "Two years after the 2015 uprising, the army detained the rebel commander."
    assert _coded(coder, text, "2024-03-16", "detained") == [("COERCE", "asserted", "2017-01-01", "2017-12-31")]
    with switched_off({LONG_GAP_RULE}):
        assert _dated(coder, text, "2024-03-16", "detained") != [("2017-01-01", "2017-12-31")]


def test_a_gap_of_a_year_from_a_month_gives_that_month_a_year_on(coder) -> None:
    text = "A year after the June 2020 referendum, the opposition accused the premier of fraud."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2021-06-01", "2021-06-30")]
    with switched_off({LONG_GAP_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2021-06-01", "2021-06-30")]


def test_a_gap_of_months_from_a_bare_year_moves_the_whole_year(coder) -> None:
    text = "Six months after the 2018 uprising, the army detained the rebel commander."
    assert _dated(coder, text, "2024-03-16", "detained") == [("2018-07-01", "2019-06-30")]


def test_a_vague_gap_of_years_only_bounds_the_act(coder) -> None:
    text = "Years after the 2015 uprising, the army detained the rebel commander."
    assert _dated(coder, text, "2024-03-16", "detained") == [("2015-01-01", "2024-03-16")]


def test_a_count_past_the_day_of_writing_gives_no_year_after_it(coder) -> None:
    text = "Five years after the 2022 uprising, the army detained the rebel commander."
    assert ("2027-01-01", "2027-12-31") not in _dated(coder, text, "2024-03-16", "detained")


def test_a_dated_rally_the_president_addressed_dates_what_he_did_there(coder) -> None:
    text = "The president addressed a 2022 rally of farmers and denounced the grain tariff."
    assert _coded(coder, text, "2024-03-16", "denounced") == [("ACCUSE", "asserted", "2022-01-01", "2022-12-31")]
    with switched_off({OBJECT_RULE}):
        assert _dated(coder, text, "2024-03-16", "denounced") != [("2022-01-01", "2022-12-31")]


def test_what_was_told_to_a_dated_hearing_lies_up_to_it(coder) -> None:
    # the hearing's words were said there: the shelling they tell of came some time before its year was out
    text = "The commander told a 2018 Senate hearing that the militia had shelled the depot."
    assert _coded(coder, text, "2024-03-16", "shelled") == [("ASSAULT", "asserted", None, "2018-12-31")]
    with switched_off({OBJECT_RULE}):
        assert _dated(coder, text, "2024-03-16", "shelled") != [(None, "2018-12-31")]


def test_a_that_clause_on_a_dated_noun_is_no_happening_at_its_time(coder) -> None:
    # the parser hangs the clause on "hearing" as a relative clause, opened by the conjunction "that"
    text = "The general told a 2016 Senate hearing that the insurgents had ambushed the convoy."
    assert _dated(coder, text, "2024-03-16", "ambushed") == [(None, "2016-12-31")]
    with switched_off({CONTENT_RULE}):
        assert _dated(coder, text, "2024-03-16", "ambushed") != [(None, "2016-12-31")]


def test_a_verb_of_planning_a_gathering_does_not_take_its_time(coder) -> None:
    text = "The minister scheduled the 2025 summit and criticized the envoy."
    assert ("2025-01-01", "2025-12-31") not in _dated(coder, text, "2024-03-16", "criticized")


def test_a_breach_done_with_a_dated_test_is_the_test(coder) -> None:
    text = "The regime defied the arms embargo with Wednesday's rocket launch."
    assert _coded(coder, text, "2024-03-16", "defied") == [("REJECT", "asserted", "2024-03-13", None)]
    with switched_off({MEANS_RULE}):
        assert _dated(coder, text, "2024-03-16", "defied") != [("2024-03-13", None)]


def test_a_breach_with_a_test_on_a_day_the_parser_hangs_on_the_object(coder) -> None:
    text = "The junta breached the accord with a nuclear test on Thursday."
    assert _dated(coder, text, "2024-03-16", "breached") == [("2024-03-14", None)]
    with switched_off({MEANS_RULE}):
        assert _dated(coder, text, "2024-03-16", "breached") != [("2024-03-14", None)]


def test_a_charge_with_a_dated_crime_is_not_the_crime(coder) -> None:
    text = "Prosecutors charged the guard with Wednesday's killing."
    assert ("2024-03-13", None) not in _dated(coder, text, "2024-03-16", "charged")


def test_a_later_clause_shares_the_setting_of_a_light_verb_s_noun(coder) -> None:
    text = ("The governor unleashed attacks on the senator in Tuesday's debate, and the mayor embarrassed the senator "
            "by accusing him of fraud.")
    assert _coded(coder, text, "2024-03-16", "accusing") == [("ACCUSE", "asserted", "2024-03-12", None)]
    with switched_off({LIGHT_RULE}):
        assert _dated(coder, text, "2024-03-16", "accusing") != [("2024-03-12", None)]


ORDERED_RULE = "dating.occasion_ordered_by_another"


def test_an_act_at_a_later_vote_lies_after_the_dated_one(coder) -> None:
    text = "The deputy voted against the mining law in 2011. In a later vote, he accused the miners' union of bribery."
    assert _coded(coder, text, "2016-04-01", "accused") == [("ACCUSE", "asserted", "2011-01-01", "2016-04-01")]
    with switched_off({ORDERED_RULE}):
        assert _dated(coder, text, "2016-04-01", "accused") != [("2011-01-01", "2016-04-01")]


def test_an_act_at_an_earlier_summit_lies_before_the_dated_one(coder) -> None:
    text = ("The foreign ministers gathered at a summit in Tallinn in June. At an earlier summit, Estonia had "
            "criticized Hungary.")
    assert _dated(coder, text, "2016-09-01", "criticized") == [(None, "2016-06-30")]


def test_a_gathering_spoken_to_is_not_what_the_words_are_about(coder) -> None:
    # a briefing of a dated session is done at it, not some time after it as words about the session would be
    text = "The general briefed a closed-door 2014 session of parliament and accused the army of abuses."
    assert _dated(coder, text, "2024-03-16", "accused") == [("2014-01-01", "2014-12-31")]
    with switched_off({OBJECT_RULE}):
        assert _dated(coder, text, "2024-03-16", "accused") != [("2014-01-01", "2014-12-31")]


def test_what_a_dated_summit_was_told_lies_up_to_its_year(coder) -> None:
    text = "The premier told a 2012 summit of Asian leaders that the militia had shelled the port."
    assert _dated(coder, text, "2024-03-16", "shelled") == [(None, "2012-12-31")]
    with switched_off({CONTENT_RULE}):
        assert _dated(coder, text, "2024-03-16", "shelled") != [(None, "2012-12-31")]


def test_the_year_after_a_dated_year_is_the_next_year(coder) -> None:
    text = "The year after the 2014 uprising, the generals dissolved the parliament."
    assert _dated(coder, text, "2024-03-16", "dissolved") == [("2015-01-01", "2015-12-31")]
    with switched_off({LONG_GAP_RULE}):
        assert _dated(coder, text, "2024-03-16", "dissolved") != [("2015-01-01", "2015-12-31")]


REACTION_RULE = "dating.effect_of_a_reaction"


def test_sanctions_led_by_outrage_over_a_dated_test_come_after_it(coder) -> None:
    text = "The outrage over Wednesday's nuclear test led the allies to impose sanctions."
    assert _coded(coder, text, "2024-03-16", "impose sanctions") == [
        ("SANCTION", "asserted", "2024-03-13", "2024-03-16")]
    with switched_off({REACTION_RULE}):
        assert _dated(coder, text, "2024-03-16", "impose sanctions") != [("2024-03-13", "2024-03-16")]
