"""date42c: past acts that were given the day of writing, and "until Friday" on a past verb read forward (issue #14)."""

from __future__ import annotations

from detente.rules import switched_off


def _event(coder, text: str, trigger: str, published: str) -> dict:
    events = coder.code_text(text, published=published)["events"]
    found = [e for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, [e["mentions"][0]["trigger"]["text"] for e in events]
    return found[0]


def _times(text: str, published: str) -> dict[str, str | None]:
    from detente.time import expressions_in_text

    return {t.text: t.value for t in expressions_in_text(text, published)}


def test_until_a_weekday_after_a_past_verb_is_the_weekday_gone_by() -> None:
    # 2016-09-25 is a Sunday: the march that went on until Friday ended two days before, not five days ahead
    text = "Crowds of students marched across the town until almost 2 a.m. Friday, officers said."
    assert _times(text, "2016-09-25")["2 a.m. Friday"] == "2016-09-23T02:00"
    with switched_off({"time.words.until_gone_by"}):
        assert _times(text, "2016-09-25")["2 a.m. Friday"] == "2016-09-30T02:00"


def test_until_a_weekday_keeps_looking_ahead_for_a_present_verb_or_a_limit_set() -> None:
    assert _times("The consulate stays shut until Friday.", "2016-09-25")["Friday"] == "2016-09-30"
    # a past verb that sets a limit on something else may reach ahead: the deadline is the coming Friday
    assert _times("The judge adjourned the trial until Friday.", "2016-09-25")["Friday"] == "2016-09-30"


def test_the_march_until_friday_is_not_dated_after_the_paper(coder) -> None:
    text = "Crowds of students marched across the town until almost 2 a.m. Friday, officers said."
    event = _event(coder, text, "marched", "2016-09-25")
    assert (event["date"] or "") <= "2016-09-25" and (event["date_end"] or "") <= "2016-09-25"
    with switched_off({"time.words.until_gone_by"}):
        event = _event(coder, text, "marched", "2016-09-25")
        assert max(event["date"] or "", event["date_end"] or "") > "2016-09-25"


def test_an_act_a_video_shows_lies_before_the_day_of_writing(coder) -> None:
    text = "A video shows the rebels attacking a convoy near the border."
    event = _event(coder, text, "attacking", "2024-01-12")
    assert (event["date"], event["date_end"], event["date_reason"]) == (None, "2024-01-12", "before_writing")
    with switched_off({"dating.shown_in_a_recording"}):
        event = _event(coder, text, "attacking", "2024-01-12")
        assert (event["date"], event["date_basis"]) == ("2024-01-12", "document")


def test_an_act_in_a_clause_under_an_undated_stretch_is_not_the_storys_day(coder) -> None:
    text = ("The governor spoke to farmers in Ohio on Thursday. "
            "Their feud grew bitter during the campaign after he mocked her record.")
    event = _event(coder, text, "mocked", "2024-03-16")
    assert (event["date"], event["date_end"], event["date_reason"]) == (None, "2024-03-16", "before_writing")
    with switched_off({"dating.within_the_hosts_undated_period"}):
        event = _event(coder, text, "mocked", "2024-03-16")
        assert event["date"] == "2024-03-14"  # the story's Thursday, which is the speech's


def test_a_gerund_object_of_a_past_verb_is_not_the_day_of_writing(coder) -> None:
    text = "The mayor said on Friday that the plot, which included hacking into an opposition party, troubles him."
    event = _event(coder, text, "hacking", "2024-01-12")
    assert (event["date"], event["date_end"], event["date_reason"]) == (None, "2024-01-12", "before_writing")
    with switched_off({"dating.gerund_object_tense"}):
        event = _event(coder, text, "hacking", "2024-01-12")
        assert (event["date"], event["date_basis"]) == ("2024-01-12", "document")
