"""Announcements: the act announced keeps its type and factuality; the statement is its own PLOVER event."""

from __future__ import annotations

from detente.records import Event


def _by_type(events: list[Event]) -> dict[str, Event]:
    return {e.event_type: e for e in events}


def test_a_promised_act_is_a_future_act_and_an_asserted_agree(analyse) -> None:
    events = _by_type(analyse("Canada will lift its sanctions on Venezuela next month.", "2023-05-02").events)
    act, statement = events["RETREAT"], events["AGREE"]
    assert act.factuality == "future" and act.stated_as == "AGREE"
    assert statement.factuality == "asserted" and statement.stated_as is None
    assert statement.cameo == "035" and statement.quad_class == 1  # CAMEO: say it will yield
    assert [r.country for r in statement.source] == ["CAN"] and [r.country for r in statement.target] == ["VEN"]
    assert statement.mentions[0].trigger == act.mentions[0].trigger
    assert statement.evidence.startswith("announced:") and statement.confidence > act.confidence
    assert act.date == "2023-06-01"  # the lifting is next month; the promise is made in the story's day
    assert (statement.date, statement.date_basis) == ("2023-05-02", "document")


def test_a_statement_is_dated_by_the_words_that_make_it(analyse) -> None:
    events = _by_type(analyse("The Canadian foreign minister said on Monday that Canada would lift its sanctions "
                              "on Venezuela in March.", "2023-05-03").events)
    assert events["RETREAT"].date == "2024-03-01"
    assert (events["AGREE"].date, events["AGREE"].date_basis) == ("2023-05-01", "relative")


def test_a_refused_future_act_is_a_reject_and_a_warned_hostile_act_a_threaten(analyse) -> None:
    refused = _by_type(analyse("Iran will not release the two detained sailors.", "2023-05-02").events)
    assert refused["RETREAT"].factuality == "negated"
    assert refused["REJECT"].factuality == "asserted" and refused["REJECT"].cameo.startswith("12")
    warned = _by_type(analyse("Peru will impose a curfew on the southern city.", "2023-05-02").events)
    assert warned["COERCE"].factuality == "future"
    assert warned["THREATEN"].factuality == "asserted" and warned["THREATEN"].quad_class == 3


def test_no_statement_for_acts_done_possible_or_already_agreed(analyse) -> None:
    done = analyse("Canada lifted its sanctions on Venezuela.", "2023-05-02").events
    assert all(not e.evidence.startswith("announced:") for e in done)
    possible = analyse("Canada might lift its sanctions on Venezuela.", "2023-05-02").events
    assert all(e.factuality != "asserted" for e in possible)
    agreed = analyse("Chile agreed to hold talks with Bolivia.", "2023-05-02").events
    assert [e.event_type for e in agreed].count("AGREE") == 1



def test_an_act_with_no_doer_announces_nothing(analyse) -> None:
    events = analyse("Any unrest will help the rebels in the north.", "2023-05-02").events
    assert all(not e.evidence.startswith("announced:") for e in events)


def _statements(analyse, text: str) -> dict[str, Event]:
    return _by_type([e for e in analyse(text, "2023-05-02").events if e.evidence.startswith("announced:")])


def test_a_withdrawal_unless_the_other_party_acts_is_an_ultimatum(analyse) -> None:
    # "unless": the act is the penalty for the other party's not acting (CAMEO 139); "if" it acts, a promise
    warned = _statements(analyse, "Ghana said it will withdraw its troops from Togo unless Togo disarms the militias.")
    assert "THREATEN" in warned and "AGREE" not in warned
    assert [r.country for r in warned["THREATEN"].source] == ["GHA"]
    assert [r.country for r in warned["THREATEN"].target] == ["TGO"]
    promised = _statements(analyse, "Ghana said it will withdraw its troops from Togo if Togo disarms the militias.")
    assert "AGREE" in promised and "THREATEN" not in promised


def test_a_possible_hostile_act_made_to_wait_on_a_condition_is_a_warning(analyse) -> None:
    # "may halt ... if": the condition names no party, the act's target does
    warned = _statements(analyse, "The African Union may suspend its aid to Mali if the vote is delayed again, "
                                  "a Ghanaian diplomat said on Monday.")
    assert [r.country for r in warned["THREATEN"].target] == ["MLI"]
    # with no condition a possible act is speculation, no statement
    assert not _statements(analyse, "The African Union may suspend its aid to Mali.")


def test_a_sworn_hostile_act_is_a_threat(analyse) -> None:
    # "have sworn to fight until ...": a vow of a hostile act (the act is not asserted, the threat is)
    events = _by_type(analyse("Tuareg rebels have sworn to fight until they take the northern towns of Mali.",
                              "2023-05-02").events)
    assert events["ASSAULT"].factuality == "future"
    assert events["THREATEN"].factuality == "asserted" and events["THREATEN"].quad_class == 3


def test_a_vow_of_a_hostile_act_is_no_promise_of_cooperation(analyse) -> None:
    vowed = _by_type(analyse("Tuareg rebels vowed to attack Malian army posts.", "2023-05-02").events)
    assert "AGREE" not in vowed and vowed["ASSAULT"].factuality == "future"
    assert vowed["THREATEN"].cameo == "138" and [r.country for r in vowed["THREATEN"].target] == ["MLI"]
    # a vow of a cooperative act stays a promise
    assert "AGREE" in _by_type(analyse("Ghana pledged to send troops to Togo.", "2023-05-02").events)


def test_a_planned_act_lends_its_own_time_to_no_statement(analyse) -> None:
    """ "plans to release the prisoners next week": next week is the release's, governed by its own clause; the plan
    announced is the day of writing's (by its present tense), or that of the verb of saying that reports it (rule
    dating.statement_own_time)."""
    from detente.rules import switched_off

    text = "The Chilean government plans to release the Peruvian prisoners next week."
    events = _by_type(analyse(text, "2024-01-12").events)
    assert events["RETREAT"].date == "2024-01-15"
    # the plan is held at the time of writing ("plans", a stance as "intends" is): that day, by the tense
    assert (events["AGREE"].date, events["AGREE"].date_basis) == ("2024-01-12", "relative")
    reported = _by_type(analyse("Chilean officials said Thursday the army plans to withdraw its troops from Peru next "
                                "month.", "2024-01-12").events)
    assert reported["RETREAT"].date == "2024-02-01"
    assert (reported["AGREE"].date, reported["AGREE"].date_basis) == ("2024-01-11", "relative")
    # the plan's verb is not dated by the release's "next week" either (rule dating.infinitive_own_time): with both
    # rules off, the plan takes it
    with switched_off({"dating.statement_own_time", "dating.infinitive_own_time"}):
        assert _by_type(analyse(text, "2024-01-12").events)["AGREE"].date == "2024-01-15"


def test_words_said_in_a_call_keep_the_call_s_day(analyse) -> None:
    """ "called ... on Friday to express gratitude": the gratitude is expressed in that call, so it is asserted and
    dated Friday (rule factuality.contact_purpose); "pledged on Friday to impose sanctions" stays undated."""
    from detente.rules import switched_off

    text = "The Japanese prime minister called the Indian prime minister on Friday to express gratitude for the aid."
    support = _by_type(analyse(text, "2024-01-14").events)["SUPPORT"]
    assert (support.factuality, support.date, support.date_basis) == ("asserted", "2024-01-12", "relative")
    with switched_off({"factuality.contact_purpose"}):
        support = _by_type(analyse(text, "2024-01-14").events)["SUPPORT"]
        assert (support.factuality, support.date) == ("hypothetical", None)
    pledged = _by_type(analyse("The Japanese minister pledged on Friday to impose sanctions on North Korea.",
                               "2024-01-14").events)
    assert pledged["SANCTION"].date is None and pledged["THREATEN"].date == "2024-01-12"
