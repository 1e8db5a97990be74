"""Issue 14, dates: no borrowed day for an act told as done earlier. A present perfect takes no time the story set for
other acts; coded events from the real pipeline, each test also switching its rule off to show the answer it
changes."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday: Thursday is 2024-03-14


def dated(coder, text: str, trigger: str, nth: int = 1, off: frozenset[str] = frozenset()) -> tuple:
    """(date, date_end, date_reason) of the nth coded event whose trigger holds `trigger`."""
    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["date"], e["date_end"], e["date_reason"]) for e in events
             if trigger in e["mentions"][0]["trigger"]["text"]]
    assert len(found) >= nth, [e["mentions"][0]["trigger"]["text"] for e in events]
    return found[nth - 1]


PERFECT = frozenset({"dating.perfect_not_narrated"})


def test_a_present_perfect_does_not_take_the_day_the_story_set(coder) -> None:
    text = "The nurses' union endorsed the governor on Thursday. Two teachers' unions have also endorsed her."
    assert dated(coder, text, "endorsed")[:2] == ("2024-03-14", None)
    assert dated(coder, text, "endorsed", 2) == (None, PUBLISHED, "before_writing")  # some time up to writing
    assert dated(coder, text, "endorsed", 2, PERFECT)[:2] == ("2024-03-14", None)


def test_a_perfect_that_goes_on_with_the_episode_keeps_its_day_unless_set_apart(coder) -> None:
    text = "Police arrested five protesters on Monday. They have charged three of them with arson."
    assert dated(coder, text, "charged")[:2] == ("2024-03-11", None)  # the same doer's next step
    text = "The senator criticized the governor on Tuesday. The governor has long supported the blockade."
    # (a stance held "long" is no event at all, events.not_events.held_for_years: switched off to read its date)
    held = frozenset({"events.not_events.held_for_years"})
    assert dated(coder, text, "supported", off=held) == (None, PUBLISHED, "before_writing")  # "long": apart
    assert dated(coder, text, "supported", off=PERFECT | held)[:2] == ("2024-03-12", None)


def test_a_present_perfect_joined_by_and_does_not_take_the_first_verbs_day(coder) -> None:
    text = "The nurses' union endorsed the governor on Thursday, and two teachers' unions have also endorsed her."
    assert dated(coder, text, "endorsed", 2) == (None, PUBLISHED, "before_writing")
    assert dated(coder, text, "endorsed", 2, PERFECT)[:2] == ("2024-03-14", None)


def test_a_present_perfect_keeps_a_time_of_its_own_clause(coder) -> None:
    text = "Police arrested five protesters on Monday. Rebels have attacked several convoys in the north this week."
    # its own "this week", cut at the day of writing for an act told as done (dating.not_after_writing)
    assert dated(coder, text, "attacked")[:2] == ("2024-03-11", "2024-03-16")


def test_an_event_noun_another_act_is_about_lies_up_to_that_acts_day(coder) -> None:
    text = "Rebels entered the town on Tuesday. The mayor spoke about the army's attack on the village."
    assert dated(coder, text, "attack")[:2] == (None, "2024-03-12")  # known by Tuesday, not done on it
    assert dated(coder, text, "attack", off=frozenset({"dating.argument_noun_before"}))[:2] == ("2024-03-12", None)


def test_an_act_told_as_going_on_is_dated_by_the_time_of_writing(coder) -> None:
    text = "Police arrested five protesters on Monday. The government continues to detain hundreds of activists."
    assert dated(coder, text, "detain") == (PUBLISHED, None, "time_of_writing")  # by the tense, not a fallback
    assert dated(coder, text, "detain", off=frozenset({"dating.going_on"})) == (PUBLISHED, None, None)
    text = "Rebels attacked the town on Monday. The army continued to shell rebel positions."
    assert dated(coder, text, "shell")[:2] == ("2024-03-11", None)  # told in the past: at the story's time


def test_a_feast_that_names_a_known_thing_gives_no_day_of_this_year(coder) -> None:
    text = "Irish leaders signed the Good Friday agreement with Britain."
    events = coder.code_text(text, published="2016-10-07")["events"]  # a Friday
    found = [(e["date"], e["date_end"]) for e in events if "signed" in e["mentions"][0]["trigger"]["text"]]
    assert found == [(None, "2016-10-07")]  # not this year's Good Friday (March 25), nor the Friday of writing
    with switched_off({"time.words.holiday_spans"}):
        events = coder.code_text(text, published="2016-10-07")["events"]
    assert [e["date"] for e in events if "signed" in e["mentions"][0]["trigger"]["text"]] == ["2016-03-25"]


def test_a_past_perfect_lies_before_the_storys_time_not_on_it(coder) -> None:
    text = "The senator resigned on Tuesday. He had criticised the governor's budget."
    assert dated(coder, text, "criticised") == (None, "2024-03-12", "context")  # some time up to Tuesday
    off = frozenset({"discourse.past_perfect_before"})
    assert dated(coder, text, "criticised", off=off) == (None, PUBLISHED, "before_writing")
