"""Issue 14, dates (session 28, date41b): a time that belongs to another clause or another mention is not the
event's own. A standing measure named as what a waiver or an exemption relieves was in force before the relief; a
happening that reported words judge ("said the war had been a disaster") lies before the saying; mentions of one
happening keep the day one of them gives when another only bounds it, and an act done by one day is not the act
done on a later day. Each test switches its rule off to show the rule gives the answer."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-08"  # a Friday


def _events(coder, text: str, off: frozenset[str] = frozenset()) -> list[dict]:
    with switched_off(off):
        return coder.code_text(text, published=PUBLISHED)["events"]


def _with_trigger(events: list[dict], trigger: str) -> dict:
    found = [e for e in events if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, [(e["event_type"], e["mentions"][0]["trigger"]["text"]) for e in events]
    return found[0]


def _of_type(events: list[dict], event_type: str) -> list[dict]:
    return [e for e in events if e["event_type"] == event_type]


def test_sanctions_relieved_by_a_waiver_lie_before_the_waivers_day(coder) -> None:
    text = "On Thursday the Treasury granted waivers from the sanctions on Iran to three shipping companies."
    sanctions = _with_trigger(_events(coder, text), "sanctions")
    assert (sanctions["date"], sanctions["date_end"]) == (None, "2024-03-07")  # in force by then, not from then
    off = _with_trigger(_events(coder, text, frozenset({"dating.relieved_measure_before"})), "sanctions")
    assert off["date"] == "2024-03-07"


def test_a_year_in_the_measures_own_phrase_stays_its_date(coder) -> None:
    text = "On Thursday the Treasury granted waivers from the 2019 sanctions on Iran to three shipping companies."
    sanctions = _with_trigger(_events(coder, text), "sanctions")
    assert sanctions["date"] == "2019-01-01"


def test_a_war_judged_at_a_dated_forum_lies_before_the_forum(coder) -> None:
    text = "At a forum on Wednesday, the opposition leader said the war in Libya had been a disaster for Egypt."
    war = _with_trigger(_events(coder, text), "war")
    assert (war["date"], war["date_end"]) == (None, "2024-03-06")  # some time up to the forum
    off = _with_trigger(_events(coder, text, frozenset({"dating.judged_in_reported_words"})), "war")
    assert (off["date"], off["date_end"]) == ("2024-03-06", None)  # the forum's day itself


def test_an_act_done_by_an_earlier_day_is_not_the_act_on_a_later_day(coder) -> None:
    text = "Spain praised Portugal on Friday. Spain had praised Portugal before Tuesday."
    praise = _of_type(_events(coder, text), "SUPPORT")
    assert len(praise) == 2
    assert {(e["date"], e["date_end"]) for e in praise} == {("2024-03-08", None), (None, "2024-03-04")}
    # events.merge.open_range (merge41) reads the open range as a wide span and keeps the two apart as well
    folded = _of_type(_events(coder, text, frozenset({"events.merge.open_range_ends_before", "events.merge.open_range"})),
                      "SUPPORT")
    assert len(folded) == 1


def test_a_merged_happening_keeps_its_day_inside_another_mentions_range(coder) -> None:
    text = "China criticized Australia on Friday. China has criticized Australia since 2020."
    criticism = _of_type(_events(coder, text), "ACCUSE")
    assert len(criticism) == 1 and len(criticism[0]["mentions"]) == 2
    assert (criticism[0]["date"], criticism[0]["date_end"]) == ("2024-03-08", None)
    with switched_off({"dating.merged_day_within_range"}):
        ranged = _of_type(coder.code_text(text, published=PUBLISHED)["events"], "ACCUSE")
    assert ranged[0]["date"] == "2020-01-01"
