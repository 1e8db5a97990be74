"""Issue 14 (date31b): the day a news lead sets for its happening is carried to the past acts told later in the story
(discourse.lead_day) more often, by three rules of how a story moves in time: a timetable ahead ("The harbour reopens
on Friday") is an aside that no past act told after it can be at (dating.timetable_keeps_the_day); a lead that places
its subject at a dated occasion, even with "be" ("was not at the summit ... on Wednesday"), sets the story's day
(dating.lead_at_an_occasion); a time inside an "after"/"before" clause dates that clause's act, not the main clause,
so it neither moves the story nor sets the scene for the next sentences (dating.ordering_clause_own_act)."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off


def coded(coder: Any, text: str, trigger: str, published: str) -> tuple[str, str, str | None, str | None]:
    """(type, factuality, date, date_end) of the coded event whose trigger holds `trigger`."""
    events = coder.code_text(text, published=published)["events"]
    found = [(e["event_type"], e["factuality"], e["date"], e["date_end"]) for e in events
             if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, events
    return found[0]


def test_a_timetable_ahead_does_not_move_the_story_off_its_day(coder) -> None:
    published = "2024-01-11"  # a Thursday: Friday is still to come
    text = ("Riot police on Wednesday detained dozens of protesters in the port city. The interior minister visited "
            "the area. The harbour reopens on Friday. Shops stayed closed. Buses were halted. "
            "Later the governor criticized the police chief.")
    assert coded(coder, text, "criticized", published) == ("ACCUSE", "asserted", "2024-01-10", None)
    with switched_off({"dating.timetable_keeps_the_day"}):
        assert coded(coder, text, "criticized", published)[2:] == (None, published)  # up to the day of writing


def test_a_lead_at_a_dated_summit_sets_the_story_day(coder) -> None:
    published = "2024-03-16"  # a Saturday
    text = ("The prime minister was not at the summit of southern leaders on Wednesday, but his trade plan was on "
            "every table. The leaders argued over tariffs. Farmers are angry. A port was closed. Reporters waited "
            "outside. The host country's president criticized the prime minister.")
    assert coded(coder, text, "criticized", published)[2:] == ("2024-03-13", None)
    with switched_off({"dating.lead_at_an_occasion"}):
        assert coded(coder, text, "criticized", published)[2:] == (None, published)


def test_a_time_in_an_after_clause_is_not_the_next_sentences_time(coder) -> None:
    published = "2024-03-16"
    text = ("Troops on Wednesday shelled the rebel-held town. Aid workers reached the outskirts. After warning on "
            "Monday that a truce could hold, the envoy condemned the shelling. Schools were closed. Buses were halted. "
            "Rebels attacked an army post.")
    assert coded(coder, text, "attacked", published)[2:] == ("2024-03-13", None)  # the story's Wednesday
    assert coded(coder, text, "condemned", published)[2:] == ("2024-03-11", published)  # after the warning: unchanged
    with switched_off({"dating.ordering_clause_own_act"}):
        # the warning's Monday then sets the scene; a warning is a telling, so the attack lies up to it
        # (dating.act_before_the_telling), no longer on the story's Wednesday
        assert coded(coder, text, "attacked", published)[2:] == (None, "2024-03-11")
