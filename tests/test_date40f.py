"""Lower-case, dateline-led news (issue #14): a dateline the parser made the sentence's root, a clock written with a
dot, a weekday on a past verb after a name read as a verb, and a police or border post read as a telling."""

from __future__ import annotations

from detente.rules import switched_off
from detente.time import expressions_in_text


def _dated(coder, text: str, published: str) -> dict[str, tuple]:
    events = coder.code_text(text, published=published)["events"]
    return {e["mentions"][0]["trigger"]["text"]: (e["date"], e.get("date_end"), e["factuality"]) for e in events}


LEAD = ("This story is from March 12, 2002\n\ngorakhpur: rss activists on monday called kalyan sarkar a failure. "
        "they burnt an effigy outside the town hall.")


def test_a_dateline_made_the_root_does_not_hide_the_leads_day(coder) -> None:
    assert _dated(coder, LEAD, "2002-03-12")["burnt"][0] == "2002-03-11"
    with switched_off({"dating.dateline_not_the_root"}):
        assert _dated(coder, LEAD, "2002-03-12")["burnt"][0] != "2002-03-11"


def test_a_clock_written_with_a_dot_is_read_whole() -> None:
    text = "Prayers would be held across the state on March 15 at 2.15 pm."
    found = [(e.text, e.value) for e in expressions_in_text(text, published="2002-03-14", parse=False)]
    assert ("March 15 at 2.15 pm", "2002-03-15T14:15") in found
    with switched_off({"time.clock_dotted"}):
        found = [(e.text, e.value) for e in expressions_in_text(text, published="2002-03-14", parse=False)]
    assert ("15 pm", "2002-03-14T15:00") in found  # the minutes read as an hour, on the day of writing


WEEKDAY = ("pune: after the roads scheme and the water scheme, chief minister deve on saturday, criticised the "
           "opposition for its silence.")


def test_a_weekday_on_a_past_verb_lies_before_the_day_of_writing(coder) -> None:
    date, _end, factuality = _dated(coder, WEEKDAY, "2002-03-20")["criticised"]
    assert (date, factuality) == ("2002-03-16", "asserted")
    with switched_off({"time.words.weekday_before_past_verb"}):
        assert _dated(coder, WEEKDAY, "2002-03-20")["criticised"][0] == "2002-03-23"  # the next Saturday


POST = ("Rebels overran a border post on March 1.\n\n"
        "The commander said the government is refusing to send more troops.")


def test_a_border_post_dates_no_telling(coder) -> None:
    dated = _dated(coder, POST, "2024-03-20")
    assert dated["overran"][0] == "2024-03-01"
    assert dated["refusing to send more troops"][0] != "2024-03-01"  # the statement was not made on March 1
    with switched_off({"dating.station_not_a_telling"}):
        assert _dated(coder, POST, "2024-03-20")["refusing to send more troops"][0] == "2024-03-01"


def test_a_clock_after_its_day_is_on_that_day() -> None:
    text = "The curfew was eased on Sunday from 3.30 p.m. for an hour."
    found = [(e.text, e.date) for e in expressions_in_text(text, published="2024-01-10", parse=False)]
    assert ("3.30 p.m.", "2024-01-07") in found
    with switched_off({"time.words.clock_after_its_day"}):
        found = [(e.text, e.date) for e in expressions_in_text(text, published="2024-01-10", parse=False)]
    assert ("3.30 p.m.", "2024-01-10") in found  # the day of writing


ROBBERY = ("A guard was robbed of the wages on Saturday morning.\n\n"
           "He was nearing the office at around 11.30 am, the police said. Two men then stabbed him near the gate.")


def test_a_clock_alone_carries_no_day_to_a_later_act(coder) -> None:
    assert _dated(coder, ROBBERY, "2002-03-10")["stabbed"][0] != "2002-03-10"  # not the day of writing
    with switched_off({"dating.clock_carries_no_day"}):
        assert _dated(coder, ROBBERY, "2002-03-10")["stabbed"][0] == "2002-03-10"
