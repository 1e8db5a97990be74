"""The news present of a verb of speaking dates a statement on the day of writing by the tense, not by the
publication date taken for want of a clue (rule dating.news_present_statement)."""

from __future__ import annotations

from detente.rules import switched_off


def _dates(coder, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    events = coder.code_text(text, published="2024-03-05")["events"]
    return {e["mentions"][0]["trigger"]["text"]: (e["date"], e["date_basis"], e.get("date_reason")) for e in events}


STORY = ("Dredging row at the port\n\nThe harbour master urges the ministry to dredge the channel. "
         "The opposition criticizes the minister for the delay.")


def test_a_statement_in_the_news_present_is_dated_by_its_tense(coder) -> None:
    dates = _dates(coder, STORY)
    assert dates["urges"] == ("2024-03-05", "relative", "time_of_writing")
    assert dates["criticizes"] == ("2024-03-05", "relative", "time_of_writing")


def test_without_the_rule_the_same_statement_falls_back_to_the_document(coder) -> None:
    with switched_off({"dating.news_present_statement"}):
        dates = _dates(coder, STORY)
    assert dates["urges"][1] == "document"


def test_a_habit_told_in_the_present_keeps_no_day(coder) -> None:
    dates = _dates(coder, "The port is busy.\n\nThe opposition regularly criticizes the minister in parliament.")
    assert all(reason != "time_of_writing" for _day, _basis, reason in dates.values())
