"""Issue 14 (date40d): a headline's act takes the day its lead gives the news, not the day of publication.

A headline tells news already done in the simple present ("Senator endorses governor"). When the lead gives its
news a recent day in a main clause that names the headline's doer, the headline's act takes that day though the
lead tells it in other words (rule discourse.headline_news). Not a statement in the news present, an act told as
not done, nor a lead about another party."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import PUBLISHED, coded  # published on Saturday 2024-03-16

NEWS = {"discourse.headline_news"}


def test_headline_endorsement_takes_the_day_of_the_rally_the_lead_tells(coder) -> None:
    text = ("Senator endorses governor for president\n\n"
            "The senator appeared with the governor at a rally in Ohio on Thursday. The crowd cheered for an hour.")
    assert coded(coder, text, "endorses") == ("SUPPORT", "asserted", "2024-03-14", None)
    with switched_off(NEWS):
        assert coded(coder, text, "endorses")[2:] != ("2024-03-14", None)


def test_headline_condemnation_takes_the_day_of_the_news_conference(coder) -> None:
    text = ("Mayor condemns police chief over raid\n\n"
            "The city's mayor on Thursday held a news conference at city hall, days after officers searched a "
            "mosque without a warrant.")
    assert coded(coder, text, "condemns")[2:] == ("2024-03-14", None)
    with switched_off(NEWS):
        assert coded(coder, text, "condemns")[2:] == (PUBLISHED, None)


def test_a_lead_about_another_doer_gives_the_headline_no_day(coder) -> None:
    text = ("Court rejects appeal of jailed editor\n\n"
            "The editor was arrested on Thursday. His lawyers said they would go on.")
    events = coder.code_text(text, published=PUBLISHED)["events"]
    assert not any(e["date"] == "2024-03-14" and "reject" in e["mentions"][0]["trigger"]["text"].lower()
                   for e in events)


def test_a_headline_saying_keeps_the_day_of_writing(coder) -> None:
    text = ("Governor says senator should run for mayor\n\n"
            "The remarks surprised the party's leaders.")
    events = coder.code_text(text, published=PUBLISHED)["events"]
    assert not any(e["date"] is None and e["date_end"] == PUBLISHED and
                   e["mentions"][0]["trigger"]["text"].lower().startswith("says") for e in events)


def test_a_headline_act_told_as_not_done_takes_no_day_from_the_lead(coder) -> None:
    text = ("Court does not block vote on new map\n\n"
            "The state's high court on Friday turned down the request of the opposition.")
    events = coder.code_text(text, published=PUBLISHED)["events"]
    assert not any(e["date"] == "2024-03-15" and "block" in e["mentions"][0]["trigger"]["text"].lower()
                   for e in events)
