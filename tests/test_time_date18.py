"""Issue 14 (date18): an act told by a verb and its noun is dated by the happening the noun's own phrase sets it in."""

from __future__ import annotations

from detente.rules import switched_off


def test_an_act_told_by_its_noun_takes_the_day_of_the_gathering_the_noun_was_made_at(coder) -> None:
    text = "Governor Smith unleashed withering attacks against Senator Jones in Saturday's debate."
    events = coder.code_text(text, published="2016-02-08")["events"]
    attacks = [e for e in events if "attacks" in e["mentions"][0]["trigger"]["text"]]
    assert attacks and (attacks[0]["date"], attacks[0]["date_precision"]) == ("2016-02-06", "day"), events
    with switched_off({"dating.setting_of_the_trigger_noun"}):
        events = coder.code_text(text, published="2016-02-08")["events"]
    assert [e["date"] for e in events if "attacks" in e["mentions"][0]["trigger"]["text"]] == [None], events
    # a phrase on a noun outside the trigger names another happening: the condemnation came after the attack
    events = coder.code_text("The senator condemned the deaths in Friday's attack.", published="2016-02-08")["events"]
    condemned = [e for e in events if e["mentions"][0]["trigger"]["text"] == "condemned"]
    assert condemned and condemned[0]["date"] != "2016-02-05", events
