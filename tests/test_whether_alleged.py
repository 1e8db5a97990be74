"""Issue 14, whether (session 14): an act the text passes on as an accusation or hearsay, foresees without anyone
announcing it, or tells of whoever does it as a rule is no asserted happening; the accusing itself is. A relative
clause's object is read against the exception lists as a plain object is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.records import Event


def of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    # accused, alleged, charged, reported
    ("The Egyptian police were accused of beating protesters in Cairo.", "ASSAULT"),
    ("Amnesty International accused the Burmese army of torturing detainees.", "ASSAULT"),
    ("The Syrian army is alleged to have shelled villages near the Turkish border.", "ASSAULT"),
    ("The Syrian army is said to have shelled villages near the Turkish border.", "ASSAULT"),
    ("Egypt is investigating reports that Israeli soldiers attacked a border post in Sinai.", "ASSAULT"),
    ("The Syrian opposition claimed that the Syrian army shelled villages near the Turkish border.", "ASSAULT"),
    ("Malian rebels allegedly attacked an army convoy near Gao.", "ASSAULT"),
    # told of whoever does it, or as a habit
    # (a bare plural kind, "journalists who criticise ... are arrested", is no event at all: senses.generic_habitual)
    ("In Egypt, anyone who criticises the president is arrested by the police.", "COERCE"),
    ("The Egyptian police routinely arrest journalists in Cairo.", "COERCE"),
])
def test_an_alleged_or_generic_act_is_not_asserted(analyse, text: str, event_type: str) -> None:
    found = of_type(analyse(text).events, event_type)
    assert found
    assert not [e for e in found if e.factuality == "asserted"], [(e.event_type, e.evidence) for e in found]


@pytest.mark.parametrize("text", [
    "The Egyptian police were accused of beating protesters in Cairo.",
    "Amnesty International accused the Burmese army of torturing detainees.",
])
def test_the_accusation_itself_stays_asserted(analyse, text: str) -> None:
    assert "asserted" in {e.factuality for e in of_type(analyse(text).events, "ACCUSE")}


@pytest.mark.parametrize(("text", "event_type"), [
    ("Journalists who criticised the president were arrested by the Egyptian police.", "COERCE"),
    ("The Egyptian police routinely arrested journalists in Cairo last year.", "COERCE"),
    ("The prisoners that Iran released returned home to Britain.", "RETREAT"),
])
def test_an_act_told_as_done_stays_asserted(analyse, text: str, event_type: str) -> None:
    assert "asserted" in {e.factuality for e in of_type(analyse(text).events, event_type)}


@pytest.mark.parametrize("text", [
    "The Indian prime minister is expected to meet the Chinese president in Beijing.",
    "Japan is set to sign a trade agreement with Australia.",
    "The Indian prime minister is due to visit Japan next week.",
])
def test_an_expected_act_makes_no_statement(analyse, text: str) -> None:
    """Foreseen by the press or a timetable: the act is future, and no party announced it (no asserted AGREE)."""
    events = analyse(text).events
    assert "future" in {e.factuality for e in events}
    assert not [e for e in events if e.factuality == "asserted"], [(e.event_type, e.evidence) for e in events]


def test_a_plan_of_ones_own_is_still_announced(analyse) -> None:
    events = analyse("Japan plans to sign a trade agreement with Australia.").events
    assert [e.factuality for e in of_type(events, "AGREE")] == ["asserted"]


def test_a_relative_clause_object_is_read_against_the_exceptions(analyse) -> None:
    """ "released documents" is publishing (verbs.yaml except_objects); so is "the documents that ... released"."""
    text = "The Chilean senator published the documents that the Peruvian government released."
    assert not of_type(analyse(text).events, "RETREAT")


def test_an_alleged_past_act_keeps_its_date(analyse) -> None:
    """Not asserted, but told as done: it is dated as the act would be, not left undated as a plan is."""
    found = of_type(analyse("The Egyptian police were accused of beating protesters in Cairo on Friday.",
                            published="2024-01-08").events, "ASSAULT")
    assert [(e.factuality, e.date) for e in found] == [("hypothetical", "2024-01-05")]


@pytest.mark.parametrize("text", [
    "The Indian prime minister is to visit Japan next week.",
    "The Indian prime minister was to visit Japan on Friday.",
])
def test_an_arranged_act_with_be_to_is_not_asserted(analyse, text: str) -> None:
    """ "is to visit", "was to visit": an arrangement told, not a visit made (factuality.future_heads "be to")."""
    visits = of_type(analyse(text).events, "CONSULT")
    assert visits
    assert {e.factuality for e in visits} == {"future"}
