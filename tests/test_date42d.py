"""Issue 14 (date42d): a time inside a comparison told after an act ("as they did in a debate last week") dates the
act compared with: it neither dates the act nor sets the story's scene, so the lead's own day still reaches the
participants' acts told after it (rule dating.comparison_clause_time)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

COMPARISON = {"dating.comparison_clause_time"}
PARTICIPANTS = {"dating.proceeding_participants_act"}

LEAD = ("The two mayors traded barbs in Thursday night's forum, as they did in a debate last week. "
        "Ms. Orr criticized Mr. Tamm over the bus fares.")


def test_a_participants_act_after_a_lead_with_a_comparison_takes_the_leads_day(coder) -> None:
    assert coded(coder, LEAD, "criticized")[2:] == ("2024-03-14", None)
    with switched_off(COMPARISON):
        assert coded(coder, LEAD, "criticized")[2] != "2024-03-14"


def test_the_act_itself_is_not_dated_by_the_compared_one(coder) -> None:
    text = "The two senators clashed in Thursday night's debate, as they did in a debate last week."
    assert coded(coder, text, "clashed")[2] == "2024-03-14"
    with switched_off(COMPARISON):
        assert coded(coder, text, "clashed")[2] != "2024-03-14"



def test_a_member_of_the_panel_at_a_dated_hearing_acts_on_its_day(coder) -> None:
    text = ("At Wednesday's hearing, the councillors questioned the police chief about the raid. "
            "Councillor Ames condemned the chief.")
    assert coded(coder, text, "condemned")[2:] == ("2024-03-13", None)
    with switched_off(PARTICIPANTS):
        assert coded(coder, text, "condemned")[2] != "2024-03-13"

