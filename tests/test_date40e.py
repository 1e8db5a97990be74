"""Issue 14 (date40e): three dating faults the audits found.

A present perfect does not go on with a dated clause that is itself still to come or another perfect (rule
dating.perfect_episode_narrated); a later day the story told on a gathering moves the narration off an older setting
(rule dating.later_day_moves_the_story); a gathering still to come does not leave open which gathering an utterance
noun's remarks were made at (rule dating.utterance_gathering_to_come_aside)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import PUBLISHED, coded  # published on Saturday 2024-03-16

EPISODE = {"dating.perfect_episode_narrated"}
LATER = {"dating.later_day_moves_the_story"}
TO_COME = {"dating.utterance_gathering_to_come_aside"}


def test_perfect_takes_no_day_of_a_speech_still_to_come(coder) -> None:
    text = "The senator will address the party on Saturday night. She has openly questioned the budget."
    assert coded(coder, text, "questioned")[2:] == (None, PUBLISHED)
    with switched_off(EPISODE):
        assert coded(coder, text, "questioned")[2] == PUBLISHED


def test_perfect_still_goes_on_with_a_past_episode(coder) -> None:
    text = "Police detained six protesters on Monday. They have charged two of them with arson."
    assert coded(coder, text, "charged")[2] == "2024-03-11"


def test_a_later_day_on_a_gathering_moves_the_story_off_last_week(coder) -> None:
    text = "The senator gave a speech last week. The clip ran at Thursday's town hall. She accused the governor of lying."
    assert coded(coder, text, "accused")[2:] == ("2024-03-14", None)
    with switched_off(LATER):
        assert coded(coder, text, "accused")[2] != "2024-03-14"


def test_a_day_counted_from_moves_nothing(coder) -> None:
    text = ("The senator gave a speech last week. Parts of it were played during a town hall since Thursday. "
            "She accused the governor of lying.")
    assert coded(coder, text, "accused")[2] != "2024-03-14"


def test_opening_remarks_at_the_hearing_held_not_the_one_to_come(coder) -> None:
    text = ("The panel held its first hearing on Wednesday. It will hold a second hearing next Thursday.\n\n"
            "In her opening remarks, the chair accused the governor of lying.")
    assert coded(coder, text, "accused")[2:] == ("2024-03-13", None)
    with switched_off(TO_COME):
        assert coded(coder, text, "accused")[2] != "2024-03-13"


def test_opening_remarks_not_at_a_meeting_that_only_could_come(coder) -> None:
    text = ("The panel held its first hearing on Wednesday. The panel could meet again on Saturday, when experts "
            "give evidence.\n\nIn her opening remarks, the chair accused the governor of lying.")
    assert coded(coder, text, "accused")[2:] == ("2024-03-13", None)
    with switched_off(TO_COME):
        assert coded(coder, text, "accused")[2] != "2024-03-13"
