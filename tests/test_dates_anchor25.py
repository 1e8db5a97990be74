"""Issue 14 (date25a): an act is dated by the time its own clause governs, not by the time of a neighbouring clause -
the attribution after a reported clause, the telling a topic or content clause is told in, a relative clause on
another person, the planning of an act still to come."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from tests.test_dates_clauses24 import PUBLISHED, dated  # PUBLISHED is a Saturday: Monday is 2024-03-11


def coded(coder: Any, text: str, trigger: str) -> dict[str, Any]:
    """The coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [e for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, events
    return found[0]


def test_a_bare_day_that_ends_a_reported_clause_dates_the_reported_act(coder) -> None:
    text = "The foreign minister met with union leaders Wednesday, her aides said."
    assert dated(coder, text, "met") == ("2024-03-13", None)
    with switched_off({"dating.reported_clause_time"}):
        assert dated(coder, text, "met") != ("2024-03-13", None)


def test_what_a_telling_describes_lies_up_to_the_telling(coder) -> None:
    text = "At a hearing on Tuesday, the inspector described how the guards beat the prisoners."
    assert dated(coder, text, "beat") == (None, "2024-03-12")
    with switched_off({"dating.told_content_frame"}):
        assert dated(coder, text, "beat") == ("2024-03-12", None)


def test_a_happening_spoken_about_lies_up_to_the_interview(coder) -> None:
    text = "In an interview on Wednesday, the minister spoke about the army's shelling of the border village."
    assert dated(coder, text, "shelling") == (None, "2024-03-13")
    with switched_off({"dating.topic_noun_before"}):
        assert dated(coder, text, "shelling") == ("2024-03-13", None)


def test_a_relative_clause_on_another_person_does_not_date_the_act(coder) -> None:
    text = ("On Friday night, the senator spent much of her speech praising the candidate, who is running in "
            "Tuesday's primary.")
    assert dated(coder, text, "praising")[0] not in ("2024-03-12", "2024-03-19")


def test_a_past_perfect_relative_clause_lies_before_the_storys_day(coder) -> None:
    text = "The council met on Thursday. The vote was close, said a veteran member who had endorsed the mayor."
    assert dated(coder, text, "endorsed") == (None, "2024-03-14")
    with switched_off({"dating.relative_perfect_before"}):
        assert dated(coder, text, "endorsed") == ("2024-03-14", None)


def test_a_subject_noun_keeps_its_own_day_over_its_verbs(coder) -> None:
    text = "The meeting between the two presidents on Thursday was announced Monday."
    assert dated(coder, text, "meeting") == ("2024-03-14", None)


def test_talks_scheduled_have_no_day_of_the_scheduling(coder) -> None:
    text = "On Tuesday, the prime minister scheduled talks with the rebel commanders."
    event = coded(coder, text, "talks")
    assert (event["date"], event["date_basis"], event["date_reason"]) == (None, "none", "unscheduled")
    with switched_off({"dating.planned_noun_undated"}):
        assert coded(coder, text, "talks")["date"] == "2024-03-12"
