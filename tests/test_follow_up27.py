"""Session 27 (issue #14): a past act's time told in a neighbouring sentence, or by the happening it answers. The line
after an act may say when that act took place ("The meeting took place last month.", "That was in February.", "She
did so in a speech last week."), and words about a happening the story dated before ("condemned the shelling") come
after it: from its day up to the day of writing, not some time up to the writing. Each test also shows the event
falls back to the open range by the tense with its rule switched off."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from tests.test_dates_ranges25 import _event, _when

PUBLISHED = "2024-03-20"


def _both(coder: Any, text: str, trigger: str, rules: list[str]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The asserted event's date as coded, and as coded with the rules off."""
    on = _event(coder, text, trigger, PUBLISHED, "asserted")
    with switched_off(rules):
        off = _event(coder, text, trigger, PUBLISHED, "asserted")
    return _when(on), _when(off)


def test_the_meeting_took_place_last_month(coder) -> None:
    """A definite noun of the act's family, whose verb only says it took place, dates the act just told."""
    text = "The port envoy met the fishing union leaders in the old customs hall. The meeting took place last month."
    on, off = _both(coder, text, "met", ["dating.follow_up_time"])
    assert on[:2] == ("2024-02-01", "2024-02-29") and on[3] == "context"
    assert off[3] == "before_writing"


def test_that_was_in_february(coder) -> None:
    """A pronoun on "be" right after the act points back at it: its time is the act's."""
    text = "The port envoy met the fishing union leaders in the old customs hall. That was in February."
    on, off = _both(coder, text, "met", ["dating.follow_up_copula"])
    event = _event(coder, text, "met", PUBLISHED)
    assert event["event_type"] == "CONSULT" and event["factuality"] == "asserted"
    assert on[:2] == ("2024-02-01", "2024-02-29")
    assert off[3] == "before_writing"


def test_a_pronoun_on_be_with_weather_says_nothing_of_a_distant_act(coder) -> None:
    """ "It was the port's busiest day in February" names a day of the port's, not the time of the meeting."""
    text = "The port envoy met the fishing union leaders in the old customs hall. It was the port's busiest day in " \
           "February."
    assert _when(_event(coder, text, "met", PUBLISHED))[3] == "before_writing"


def test_she_did_so_last_week(coder) -> None:
    """ "did so" by the same doer in the next sentence stands for the act; another doer's "did so" does not."""
    text = "The harbour master criticized the toll on river barges. He did so at a board meeting last week."
    on, off = _both(coder, text, "criticized", ["dating.follow_up_did_so"])
    assert on[:2] == ("2024-03-11", "2024-03-17")
    assert off[3] == "before_writing"
    other = "The harbour master criticized the toll on river barges. The ferry captains did so at a board meeting " \
            "last week."
    assert _when(_event(coder, other, "criticized", PUBLISHED))[3] == "before_writing"


def test_she_made_the_accusation_on_the_radio(coder) -> None:
    """A light verb whose object names the same kind of act (ACCUSE), by the same doer, dates it."""
    text = "The farm minister accused the dairy board of hiding its losses. She made the accusation on the radio " \
           "last month."
    event = _event(coder, text, "accused", PUBLISHED)
    assert event["event_type"] == "ACCUSE"
    on, off = _both(coder, text, "accused", ["dating.follow_up_time"])
    assert on[:2] == ("2024-02-01", "2024-02-29")
    assert off[3] == "before_writing"


def test_the_move_came_last_week(coder) -> None:
    """A noun of any act right after the act points back at it."""
    text = "The dockers' union backed the farm minister for the party chair. The move came last week."
    on, off = _both(coder, text, "backed", ["dating.follow_up_time"])
    assert on[:2] == ("2024-03-11", "2024-03-17")
    assert off[3] == "before_writing"


def test_condemning_a_shelling_dated_paragraphs_before(coder) -> None:
    """Words about a happening the story dated before run from its day to the day of writing."""
    text = ("Rebels shelled the grain market on March 3, killing four traders.\n\n"
            "The market has fed the valley for decades. Its stalls sell flour and salt. Buyers come from three "
            "provinces. Prices have doubled since winter.\n\n"
            "The regional governor condemned the shelling.")
    condemned = _event(coder, text, "condemned", PUBLISHED)
    assert condemned["event_type"] == "ACCUSE" and condemned["factuality"] == "asserted"
    on, off = _both(coder, text, "condemned", ["dating.answered_told_before"])
    assert on[:3] == ("2024-03-03", PUBLISHED, "relative") and on[3] != "before_writing"
    assert off[3] == "before_writing"


def test_praising_an_accord_signed_on_a_day(coder) -> None:
    """A past participle that dates the happening praised bounds the praise from that day on."""
    text = "The opposition leader praised the water accord signed on March 3 by both provinces."
    on, off = _both(coder, text, "praised", ["dating.answered_participle"])
    assert on[:2] == ("2024-03-03", PUBLISHED)
    assert off[3] == "before_writing"


def test_an_interview_taped_on_saturday(coder) -> None:
    """A participle that dates an occasion ("the interview, taped on Saturday") dates the acts told at it, and an
    act set at "an interview" the next line dates so takes that day too."""
    text = "The senator criticized the port budget in an interview with the Herald. In the interview, taped on " \
           "Saturday, she also praised the harbour master."
    on, off = _both(coder, text, "praised", ["dating.occasion_participle"])
    assert on[:2] == ("2024-03-16", None)
    assert off[3] == "before_writing"
    introduced = "The senator criticized the port budget in an interview with the Herald. The interview, taped on " \
                 "Saturday, ran for an hour."
    criticized = _event(coder, introduced, "criticized", PUBLISHED)
    assert criticized["event_type"] == "ACCUSE"
    on, off = _both(coder, introduced, "criticized", ["dating.occasion_introduced"])
    assert on[:2] == ("2024-03-16", None)
    assert off[3] == "before_writing"


def test_an_accusation_named_first_then_told(coder) -> None:
    """A possessive act noun named first takes the day the next sentence gives the possessor's act of its kind."""
    text = "Senator Okafor's accusation that the harbour board hid its losses set off a long row. At a rally on " \
           "Tuesday night, Okafor mocked the board's chairman."
    on, off = _both(coder, text, "accusation", ["dating.follow_up_time"])
    assert on[0] == "2024-03-19"
    assert off[3] == "before_writing"
