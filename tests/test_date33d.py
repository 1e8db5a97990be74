"""Issue 14 (date33d): a time that belongs to another act - the telling of a deed ("announced Friday the arrest"), or
the happening a welcome or a review acts on ("the envoy's pledge last month was welcomed")."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

MADE_KNOWN = "dating.deed_made_known"
SUBJECT = "dating.topic_as_passive_subject"


def test_an_arrest_announced_on_friday_was_made_by_friday(coder) -> None:
    # the story gives the day of the announcement, not of the arrest: it lies up to Friday
    text = "Police announced Friday the arrest of a man who set fire to the mosque."
    assert _dated(coder, text, "2024-03-16", "arrest") == [(None, "2024-03-15")]
    with switched_off({MADE_KNOWN}):
        assert _dated(coder, text, "2024-03-16", "arrest") == [("2024-03-15", None)]


def test_a_detention_confirmed_on_thursday_lies_up_to_thursday_but_its_own_day_stays(coder) -> None:
    text = "Officials confirmed on Thursday the detention of the reporter."
    assert _dated(coder, text, "2024-03-16", "detention") == [(None, "2024-03-14")]
    with switched_off({MADE_KNOWN}):
        assert _dated(coder, text, "2024-03-16", "detention") == [("2024-03-14", None)]
    # a time inside the noun's phrase is the arrest's own; sanctions are imposed by the announcement itself
    assert _dated(coder, "The ministry announced the arrest on Tuesday of two spies.", "2024-03-16",
                  "arrest") == [("2024-03-12", None)]
    assert _dated(coder, "The minister on Friday announced sanctions against the neighbouring state.", "2024-03-16",
                  "sanctions") == [("2024-03-15", None)]


def test_a_pledge_dated_last_month_was_welcomed_from_then_on(coder) -> None:
    # last month is the pledge's; the allies welcomed it some time after, up to the day of writing
    text = "The envoy's pledge last month to send troops was welcomed by the allies."
    assert _dated(coder, text, "2024-03-16", "welcomed") == [("2024-02-01", "2024-03-16")]
    with switched_off({SUBJECT}):
        assert _dated(coder, text, "2024-03-16", "welcomed") == [("2024-02-01", "2024-02-29")]
    # a time of the verb's own, and a passive subject that is the event itself, keep their day
    assert _dated(coder, "The talks on Monday were praised by the mediator on Wednesday.", "2024-03-16",
                  "praised") == [("2024-03-13", None)]
    assert _dated(coder, "The meeting with the governor on Thursday was announced Monday.", "2024-03-16",
                  "meeting") == [("2024-03-14", None)]


HOLDER = "dating.held_before_as_its_holder"


def test_an_act_held_by_a_described_partys_verb_lies_before_the_main_day(coder) -> None:
    # Tuesday is when the governor was greeted; the colonel was wounded some time before, as his surviving is told
    text = ("Tuesday, the governor was greeted by Anna Berg, a retired colonel who survived being wounded in an ambush, "
            "and her brother.")
    assert _dated(coder, text, "2024-03-16", "wounded") == [(None, "2024-03-12")]
    with switched_off({HOLDER}):
        assert _dated(coder, text, "2024-03-16", "wounded") == [("2024-03-12", None)]
