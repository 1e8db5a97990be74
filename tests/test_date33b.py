"""Issue 14 (date33b): acts at an occasion the story dates elsewhere.

What a speaker said in an utterance noun ("in her opening remarks", "in his testimony") with no dated telling of
its own was said at the one gathering the story dates (rule dating.utterance_at_the_gathering_told); and a story
set in lower case throughout writes month names in lower case, so "on january 22" still dates the act (rule
time.words.lower_case_text); a past perfect aside with an earlier time ("the rebels had moved there in January")
between a dated happening and an act during it is background, so "during the raid" still names the raid dated
before (rule dating.happening_kept_past_a_flashback)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

UTTERANCE = {"dating.utterance_at_the_gathering_told"}
LOWER = {"time.words.lower_case_text"}
FLASHBACK = {"dating.happening_kept_past_a_flashback"}


def test_opening_remarks_take_the_day_of_the_hearing(coder) -> None:
    text = ("The budget panel held its first hearing on Wednesday. The mood in the room was calm.\n\n"
            "In her opening remarks, the chair accused the governor of hiding the deficit.")
    assert coded(coder, text, "accused") == ("ACCUSE", "asserted", "2024-03-13", None)
    with switched_off(UTTERANCE):
        assert coded(coder, text, "accused")[2] != "2024-03-13"


def test_testimony_takes_the_day_of_the_hearing(coder) -> None:
    text = ("A senate committee held a hearing on the border on Tuesday. The ministry had cut the army's budget in "
            "January.\n\n"
            "In his testimony, the general blamed the ministry for the shortages.")
    assert coded(coder, text, "blamed")[2:] == ("2024-03-12", None)
    with switched_off(UTTERANCE):
        assert coded(coder, text, "blamed")[2] != "2024-03-12"


def test_two_gatherings_on_different_days_leave_the_remarks_to_other_rules(coder) -> None:
    text = ("The council met in another town on Friday. The budget panel held its first hearing on Wednesday. "
            "The mood in the room was calm.\n\n"
            "In her opening remarks, the chair accused the governor of hiding the deficit.")
    with switched_off(UTTERANCE):
        alone = coded(coder, text, "accused")
    assert coded(coder, text, "accused") == alone


def test_lower_case_story_dates_the_arrest_by_its_month_and_day(coder) -> None:
    text = "police arrested two suspects in the old city on january 22, an officer said. the men were armed."
    assert coded(coder, text, "arrested")[2:] == ("2024-01-22", None)
    with switched_off(LOWER):
        assert coded(coder, text, "arrested")[2] != "2024-01-22"


def test_ordinary_case_keeps_a_lower_case_march_as_a_word(coder) -> None:
    text = ("Police said the protesters will march 20 miles to the capital. The Interior Minister criticised "
            "the Opposition leader on Tuesday for calling the rally in Delhi.")
    assert coded(coder, text, "criticised")[2] == "2024-03-12"
    events = coder.code_text(text, published="2024-03-16")["events"]
    assert not any((e["date"] or "").startswith("2024-03-20") for e in events)


def test_during_the_raid_after_a_past_perfect_aside_takes_the_raid_day(coder) -> None:
    text = ("Troops raided a militia base by the lake on Monday. The militia had taken the base in January.\n\n"
            "During the raid, the troops captured four trucks.")
    assert coded(coder, text, "captured")[2:] == ("2024-03-11", None)
    with switched_off(FLASHBACK):
        assert coded(coder, text, "captured")[2] != "2024-03-11"


def test_a_simple_past_step_back_still_keeps_the_happening_apart(coder) -> None:
    text = ("Troops stormed a militia base by the lake on Monday. In January, the militia sank a patrol boat.\n\n"
            "A sailor was killed in the attack.")
    assert coded(coder, text, "killed")[2] != "2024-03-11"


def test_remarks_are_not_placed_at_another_utterance_told_later(coder) -> None:
    text = ("At the start of his remarks, the campaign chief praised the party's governors.\n\n"
            "He said the candidate will deliver a speech on trade in the capital this month.")
    assert not (coded(coder, text, "praised")[2] or "").startswith("2024-03-01")
