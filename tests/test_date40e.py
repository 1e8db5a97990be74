"""Issue 14 (date40e): three dating faults the audits found.

A present perfect does not go on with a dated clause that is itself still to come or another perfect (rule
dating.perfect_episode_narrated); a gathering still to come does not leave open which gathering an utterance
noun's remarks were made at (rule dating.utterance_gathering_to_come_aside). (A third rule, a later day told on a
gathering moving the narration off an older setting, was dropped: one right and one wrong on PolNeAR train.)"""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import PUBLISHED, coded  # published on Saturday 2024-03-16

EPISODE = {"dating.perfect_episode_narrated"}
TO_COME = {"dating.utterance_gathering_to_come_aside"}


def test_perfect_takes_no_day_of_a_speech_still_to_come(coder) -> None:
    text = "The senator will address the party on Saturday night. She has openly questioned the budget."
    assert coded(coder, text, "questioned")[2:] == (None, PUBLISHED)
    with switched_off(EPISODE):
        assert coded(coder, text, "questioned")[2] == PUBLISHED


def test_perfect_still_goes_on_with_a_past_episode(coder) -> None:
    text = "Police detained six protesters on Monday. They have charged two of them with arson."
    assert coded(coder, text, "charged")[2] == "2024-03-11"


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
