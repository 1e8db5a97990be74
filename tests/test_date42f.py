"""Issue 14 (date42f): a news lead tells an act first in the present perfect with no time ("has endorsed", "has
accused"), and a next sentence names the same act again as a noun and says when ("The endorsement came Thursday"):
the act is dated by that day, not left open up to the day of writing (rule discourse.lead_act_named_again)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

RULE = {"discourse.lead_act_named_again"}
TITLE = "Union backs harbour plan\n\n"


def test_the_verbs_own_noun_dates_the_lead_act(coder) -> None:
    text = TITLE + ("The dockworkers' union has endorsed Governor Ruth Paley's harbour plan. "
                    "The endorsement came on Wednesday at a rally near the port.")
    assert coded(coder, text, "endorsed")[2:] == ("2024-03-13", None)
    with switched_off(RULE):
        assert coded(coder, text, "endorsed")[2:] == (None, "2024-03-16")  # open up to the day of writing


def test_a_noun_for_any_act_dates_the_lead_act(coder) -> None:
    text = TITLE + ("Senator Omar Vance has accused the port authority of hiding repair costs. "
                    "The statement came on Thursday in a letter to the council.")
    assert coded(coder, text, "accused")[2:] == ("2024-03-14", None)
    with switched_off(RULE):
        assert coded(coder, text, "accused")[2:] == (None, "2024-03-16")


def test_another_happening_named_later_does_not_date_the_lead_act(coder) -> None:
    text = TITLE + ("The dockworkers' union has endorsed Governor Ruth Paley's harbour plan. "
                    "The vote came on Wednesday after a long debate.")
    assert coded(coder, text, "endorsed")[2:] == (None, "2024-03-16")


def test_the_message_that_carried_the_act_dates_it(coder) -> None:
    text = TITLE + ("Senator Omar Vance has accused the port authority of hiding repair costs. "
                    "The accusation came in an email sent out Friday to local reporters.")
    assert coded(coder, text, "accused")[2:] == ("2024-03-15", None)
    with switched_off(RULE):
        assert coded(coder, text, "accused")[2:] == (None, "2024-03-16")


def test_the_carrier_may_hang_on_a_participle_phrase(coder) -> None:
    text = TITLE + ("Senator Omar Vance has accused the port authority of hiding repair costs. "
                    "The accusation came in a long note, addressed to the mayor, in an email sent out Friday.")
    assert coded(coder, text, "accused")[2:] == ("2024-03-15", None)
    with switched_off(RULE):
        assert coded(coder, text, "accused")[2:] == (None, "2024-03-16")
