"""The event's own time, not the time of its telling (issue 14, dates): an act reported in a statement, interview,
report or rally lies before the saying, not on its day; a text speaks when it is issued; a fronted participle's
time is the main act's; a deed judged lies before the judgment; an act told after or before a dated happening is
bounded by it; a past act nothing dates lies up to the day of writing. Run through the real pipeline."""

from __future__ import annotations

from detente.rules import switched_off
from detente.time import date_event


def dated(analysis, trigger: str, occurrence: int = 1):
    start = -1
    for _ in range(occurrence):
        start = analysis.document.text.index(trigger, start + 1)
    return date_event(analysis, start, start + len(trigger))


def span(when) -> tuple[str | None, str | None]:
    return when.date, when.date_end


def test_an_act_reported_after_a_dated_statement_lies_before_it_not_on_its_day(analyse) -> None:
    text = "The minister spoke to reporters on Thursday. He said the army killed five militants near the border."
    killed = dated(analyse(text, "2024-01-12"), "killed")
    assert span(killed) == (None, "2024-01-11") and killed.date_basis == "relative"
    with switched_off({"dating.reported_act_context"}):
        assert span(dated(analyse(text, "2024-01-12"), "killed")) == ("2024-01-11", None)  # the day of the saying
    # the story's own narration, not reported words, still goes on at the story's day
    narrated = dated(analyse("On Tuesday, troops entered the town. Soldiers arrested the mayor.", "2024-01-12"),
                     "arrested")
    assert span(narrated) == ("2024-01-09", None)


def test_a_report_speaks_on_the_day_it_is_issued(analyse) -> None:
    text = "The report released Monday said police arrested 40 protesters in the capital."
    analysis = analyse(text, "2024-01-12")
    assert span(dated(analysis, "said")) == ("2024-01-08", None)
    arrested = dated(analysis, "arrested")
    assert span(arrested) == (None, "2024-01-08") and arrested.date_basis == "relative"
    with switched_off({"dating.issued_words"}):
        analysis = analyse(text, "2024-01-12")
        assert dated(analysis, "said").date_basis == "document"
        assert dated(analysis, "arrested").date_basis == "document"
    # a participle that is not the text's issuing dates nothing of what its subject does later
    assert dated(analyse("The man arrested Monday said he was innocent.", "2024-01-12"), "said").date_basis == \
        "document"


def test_a_fronted_participle_s_time_is_the_main_act_s(analyse) -> None:
    text = "Speaking at a rally on Wednesday, the senator said the governor had lied."
    analysis = analyse(text, "2024-01-12")
    assert span(dated(analysis, "said")) == ("2024-01-10", None)
    assert span(dated(analysis, "lied")) == (None, "2024-01-10")  # the reported act: before the speech
    with switched_off({"dating.fronted_participle"}):
        assert dated(analyse(text, "2024-01-12"), "said").date_basis == "document"
    # the time of a topic ("Tuesday's attack") is not the participle's
    topic = analyse("Responding to Tuesday's attack, the navy shelled the port.", "2024-01-12")
    assert dated(topic, "shelled").expression is None


def test_a_deed_judged_lies_before_the_judgment(analyse) -> None:
    text = "The ministry on Monday accused the rebels of shelling a school."
    shelling = dated(analyse(text, "2024-01-12"), "shelling")
    assert span(shelling) == (None, "2024-01-08") and shelling.date_basis == "relative"
    with switched_off({"dating.judged_deed"}):
        assert span(dated(analyse(text, "2024-01-12"), "shelling")) == ("2024-01-08", None)  # the accusation's day
    own = dated(analyse("The ministry accused the rebels of shelling a school on Sunday.", "2024-01-12"), "shelling")
    assert span(own) == ("2024-01-07", None)  # a time of the gerund's own clause stays its date


def test_an_act_told_after_or_before_a_dated_happening_is_bounded_by_it(analyse) -> None:
    text = "After the talks collapsed on Friday, the rebels attacked the town."
    attacked = dated(analyse(text, "2024-01-13"), "attacked")
    assert span(attacked) == ("2024-01-12", "2024-01-13") and attacked.date_basis == "relative"
    with switched_off({"dating.ordered_clause"}):
        assert dated(analyse(text, "2024-01-13"), "attacked").date_basis == "document"
    before = dated(analyse("Rebels seized the airport before the army arrived on Monday.", "2024-01-12"), "seized")
    assert span(before) == (None, "2024-01-08")
    raided = dated(analyse("Troops raided the camp after the March 3 bombing.", "2024-03-12"), "raided")
    assert span(raided) == ("2024-03-03", "2024-03-12")  # never on the bombing's day
    gap = dated(analyse("The rebels attacked the town a week after the talks collapsed on Friday.", "2024-01-13"),
                "attacked")
    assert gap.expression is None  # "a week after": a gap, left alone


def test_a_past_act_nothing_dates_lies_up_to_the_day_of_writing(analyse) -> None:
    text = "The man was shot and killed by a police officer."
    for trigger in ("shot", "killed"):  # "killed" shares "was" with "shot"
        when = dated(analyse(text, "2024-01-12"), trigger)
        assert (span(when), when.date_precision, when.date_basis) == ((None, "2024-01-12"), "range", "document")
    with switched_off({"dating.undated_past"}):
        assert span(dated(analyse(text, "2024-01-12"), "shot")) == ("2024-01-12", None)
    modal = dated(analyse("The army would send troops to the region.", "2024-01-12"), "send")
    assert span(modal) != (None, "2024-01-12")


def test_a_statement_is_not_dated_by_the_coming_weeks_of_the_act_it_announces(analyse) -> None:
    text = "The ministry said Monday that it expects to sign the agreement with Peru in the coming weeks."
    events = analyse(text, "2024-01-12").events
    statements = [e for e in events if e.event_type == "AGREE"]
    assert statements and all(e.date == "2024-01-08" for e in statements), [(e.event_type, e.date) for e in events]


def test_a_time_still_to_come_in_an_intended_act_does_not_date_the_verb_governing_it(analyse) -> None:
    text = "The governor is urging residents to leave the coast before Friday."
    urging = dated(analyse(text, "2024-01-10"), "urging")
    assert urging.expression is None and urging.date == "2024-01-10"  # the time of writing, by its tense
    with switched_off({"dating.infinitive_own_time"}):
        assert dated(analyse(text, "2024-01-10"), "urging").expression.text == "Friday"
    # a time gone by may be the governing act's: "pledged to reach at the talks in Paris last December"
    pledged = dated(analyse("The country pledged to cut emissions at the talks in Paris last December.",
                            "2024-01-10"), "pledged")
    assert pledged.date == "2023-12-01"


def test_a_time_that_names_a_thing_is_no_nearest_time_for_the_act(analyse) -> None:
    text = "The embassy hired a reporter, the 2015 winner of the press prize."
    assert dated(analyse(text, "2024-01-12"), "hired").expression is None
    # (dating.time_of_a_party reaches the same by another road: the apposition describes a party)
    with switched_off({"dating.named_thing_time", "dating.time_of_a_party"}):
        assert dated(analyse(text, "2024-01-12"), "hired").expression.text == "2015"
    # a happening's date in the phrase ("the 1999 shooting death") bounds an act told after it
    written = dated(analyse("The song was written after the 1999 shooting death of a young immigrant.", "2024-01-12"),
                    "written")
    assert (written.date, written.date_end) == ("1999-01-01", "2024-01-12")


def test_a_participle_joined_to_a_past_verb_is_past_too(analyse) -> None:
    text = "Police fired tear gas at the crowd on Friday. A student was beaten and injured near the gate."
    injured = dated(analyse(text, "2024-01-14"), "injured")
    assert (injured.date, injured.reason) == ("2024-01-12", "context")
    with switched_off({"dating.shared_auxiliary"}):
        assert dated(analyse(text, "2024-01-14"), "injured").expression is None
