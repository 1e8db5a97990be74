"""Issue 14 (date32): a time that dates a court proceeding or another party's statement dates that telling; a past act
told after it with no time of its own (the shooting the hearing is about) lies some time up to that day, not on it."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

RULE = "dating.act_before_the_telling"


def test_the_deed_a_hearing_is_about_lies_before_the_hearing_day(coder) -> None:
    text = ("A woman was indicted on Thursday over a fire at the town hall. She set the archive ablaze with petrol "
            "and fled.")
    assert _dated(coder, text, "2024-06-10", "set") == [(None, "2024-06-06")]
    with switched_off({RULE}):
        assert _dated(coder, text, "2024-06-10", "set") == [("2024-06-06", None)]


def test_an_act_told_after_another_party_s_dated_statement_lies_before_it(coder) -> None:
    text = "Officials said on Tuesday that the border was quiet. The militia shelled a village near the river."
    assert _dated(coder, text, "2024-06-10", "shelled") == [(None, "2024-06-04")]
    with switched_off({RULE}):
        assert _dated(coder, text, "2024-06-10", "shelled") == [("2024-06-04", None)]


def test_the_speaker_s_own_later_act_keeps_the_statement_s_day(coder) -> None:
    text = "The premier said on Tuesday that taxes would fall. The premier met union leaders in the capital."
    assert _dated(coder, text, "2024-06-10", "met") == [("2024-06-04", None)]


def test_an_act_dated_by_the_lead_s_own_happening_keeps_its_day(coder) -> None:
    text = "Troops on Tuesday stormed the rebel camp in the hills. The soldiers arrested four commanders."
    assert _dated(coder, text, "2024-06-10", "arrested") == [("2024-06-04", None)]


CONJUNCT_RULE = "dating.judged_deed_conjunct"


def test_a_second_gerund_after_accused_of_shares_the_first_one_s_range(coder) -> None:
    text = "The guard is accused of beating a prisoner and killing his cellmate."
    assert _dated(coder, text, "2024-06-10", "killing") == [(None, "2024-06-10")]
    assert _dated(coder, text, "2024-06-10", "beating") == _dated(coder, text, "2024-06-10", "killing")
    with switched_off({CONJUNCT_RULE}):
        assert _dated(coder, text, "2024-06-10", "killing") == [("2024-06-10", None)]


def test_the_speaker_s_act_told_in_a_joined_clause_keeps_the_statement_s_day(coder) -> None:
    # "asked" has no subject of its own: its doer is the senator of "spotted", the speaker
    text = ("The senator said Tuesday that his rival was weak. The crowd cheered when the senator spotted a banner and "
            "asked for it to be brought to him.")
    assert _dated(coder, text, "2016-03-02", "asked") == [("2016-03-01", None)]
