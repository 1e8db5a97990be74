"""Issue 12 (speed41c): cheaper exact early exits for dating rules asked on nearly every call.

The most asked dating rules (docs/ablation.md, "dating") rarely answer; what they cost is the checks they run first.
Each now tests first what must hold for it to answer, on the parse's columns where a Token would otherwise be made:
dating.time_in_a_name (the word after the time is a proper noun), dating.subject_time_before_verb (a preposition
right before the time, after the noun), dating.reported_clause_time (a comma right after the time),
dating.judged_deed_conjunct (a gerund hung on a preposition or joined to one), and choose() asks its two participle
readings (dating.described_object, dating.progressive_participle) only of a participle describing a noun. Speed
only: the tests show each rule still decides its own case, and nothing else when switched off.
"""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from detente.time.dating import _verb_past_the_subject, reported_clause_end
from tests.test_dates_occasions24 import _dated

PUBLISHED = "2024-03-16"  # a Saturday


def test_a_century_inside_a_name_dates_nothing(coder: Any) -> None:
    text = "The 20th Century Union attacked the governors' plan."
    assert _dated(coder, text, PUBLISHED, "attacked") == [(None, PUBLISHED)]
    with switched_off({"dating.time_in_a_name"}):
        assert _dated(coder, text, PUBLISHED, "attacked") == [("1900-01-01", "1999-12-31")]


def test_a_second_judged_gerund_is_read_as_the_first(coder: Any) -> None:
    text = "The colonel is accused of looting a depot and beating a guard."
    assert _dated(coder, text, PUBLISHED, "beating") == [(None, PUBLISHED)]
    with switched_off({"dating.judged_deed_conjunct"}):
        assert _dated(coder, text, PUBLISHED, "beating") == [(PUBLISHED, None)]


def test_a_participle_on_what_a_dated_act_made_takes_its_day(coder: Any) -> None:
    text = "The union released a statement Tuesday condemning the police raid."
    assert _dated(coder, text, PUBLISHED, "condemning") == [("2024-03-12", None)]
    with switched_off({"dating.described_object"}):
        assert _dated(coder, text, PUBLISHED, "condemning") == [(None, PUBLISHED)]


def test_a_participle_on_a_doer_takes_the_day_of_the_doers_act(coder: Any) -> None:
    text = "The workers occupying the port met the minister on Wednesday."
    assert _dated(coder, text, PUBLISHED, "occupying") == [("2024-03-13", None)]
    with switched_off({"dating.progressive_participle"}):
        assert _dated(coder, text, PUBLISHED, "occupying") == [(None, PUBLISHED)]


def test_a_day_ending_a_reported_clause_is_that_clauses(coder: Any) -> None:
    doc = coder.nlp("He met the strikers Wednesday, his aides said.")
    day = next(t for t in doc if t.text == "Wednesday")
    assert day.head.text == "said"  # the parser's slip the rule mends
    assert reported_clause_end(doc[day.i:day.i + 1]).text == "met"
    with switched_off({"dating.reported_clause_time"}):
        assert reported_clause_end(doc[day.i:day.i + 1]) is None
    # no comma after the day: no reported clause told first
    doc = coder.nlp("The minister visited the flooded villages on Friday and her office said so.")
    day = next(t for t in doc if t.text == "Friday")
    assert reported_clause_end(doc[day.i:day.i + 1]) is None


def test_a_day_between_the_subject_and_its_verb_is_the_verbs(coder: Any) -> None:
    doc = coder.nlp("The nurses and the doctors on Monday ended the strike.")
    day = next(t for t in doc if t.text == "Monday")
    noun = day.head.head
    assert noun.text == "doctors"  # the parser's slip the rule mends: "on Monday" hung on the subject's noun
    assert doc[_verb_past_the_subject(doc[day.i:day.i + 1], noun)].text == "ended"
    with switched_off({"dating.subject_time_before_verb"}):
        assert _verb_past_the_subject(doc[day.i:day.i + 1], noun) is None
    # no preposition of its own before the day: not the news style's "the court on Monday ruled"
    doc = coder.nlp("The nurses and the doctors Monday ended the strike.")
    day = next(t for t in doc if t.text == "Monday")
    assert _verb_past_the_subject(doc[day.i:day.i + 1], doc[day.i - 1]) is None
