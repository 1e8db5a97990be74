"""Session 27 (issue #14): acts that fell back to the publication day though the text tells when they were. A gerund
after a preposition is told in the tense of the verb it hangs on; an act a direct quote tells in the speaker's present
holds when the quote was said; and when mentions of one happening merge, a mention told as over gives the happening
its range rather than a present tense's single day."""

from __future__ import annotations

from typing import Any

from detente.rules import switched_off
from tests.test_dates_ranges25 import _event, _when


def _dated(coder: Any, text: str, trigger: str, published: str, rule: str) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The event's date with its rule on and with it off."""
    on = _event(coder, text, trigger, published)
    with switched_off([rule]):
        off = _event(coder, text, trigger, published)
    return (*_when(on), on["factuality"], on["event_type"]), (*_when(off), off["factuality"], off["event_type"])


def test_a_gerund_under_a_past_verb_lies_up_to_the_day_of_writing(coder) -> None:
    """ "said the soldiers confessed to shooting the protesters": the shooting was done some time up to the day of
    writing (the confessing has no date), not on that day."""
    text = "The opposition said the soldiers confessed to shooting the protesters."
    on, off = _dated(coder, text, "shooting", "2024-05-10", "dating.prepositional_gerund")
    assert on == (None, "2024-05-10", "relative", "before_writing", "asserted", "ASSAULT")
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_gerund_after_after_is_bounded_by_its_main_verb(coder) -> None:
    """ "After announcing his resignation, the minister said ...": the announcing came before the saying, some time
    up to the day of writing; "before submitting" came after the main act, still told as over."""
    text = "After announcing his resignation, the Peruvian interior minister said he would return to Arequipa."
    on, off = _dated(coder, text, "announcing", "2024-05-10", "dating.prepositional_gerund")
    assert on[:4] == (None, "2024-05-10", "relative", "before_writing") and on[4] == "asserted"
    assert off[:4] == ("2024-05-10", None, "document", None)
    text = "The governor briefed the cabinet before submitting his resignation to the parliament."
    on, off = _dated(coder, text, "submitting", "2024-05-10", "dating.prepositional_gerund")
    assert on[:4] == (None, "2024-05-10", "relative", "before_writing")
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_gerund_under_an_adjective_takes_its_verbs_time(coder) -> None:
    """ "the story set on Monday; the rebels were responsible for burning the depot": the burning lies up to the
    time the story gives the verb, not on the day of writing."""
    text = ("On Monday the army spokesman spoke to reporters in the capital. He said the rebels were responsible "
            "for setting fire to the fuel depot.")
    on, off = _dated(coder, text, "setting fire", "2024-05-10", "dating.prepositional_gerund")
    assert on[0] is None and on[1] == "2024-05-06" and on[2] != "document"
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_first_person_statement_in_a_quote_is_made_when_said(coder) -> None:
    """ '"We urge both armies to respect the truce," the envoy said': the urging is the saying, some time up to the
    day of writing; when the story dates the speaker's briefing, that day."""
    text = "\"We urge both armies to respect the truce,\" the Swiss envoy said."
    on, off = _dated(coder, text, "urge", "2024-05-10", "dating.quoted_present_at_saying")
    assert on == (None, "2024-05-10", "relative", "before_writing", "asserted", "REQUEST")
    assert off[:4] == ("2024-05-10", None, "document", None)
    text = ("The Swiss envoy briefed reporters in Geneva on Wednesday. \"We urge both armies to respect the truce,\" "
            "she said.")
    on, off = _dated(coder, text, "urge", "2024-05-10", "dating.quoted_present_at_saying")
    assert on[:2] == ("2024-05-08", None) and on[2] == "relative"
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_stance_or_an_act_going_on_in_a_quote_is_bounded_by_the_saying(coder) -> None:
    """ '"We support the Kenyan government," the envoy said' and '"We are still negotiating with the government"':
    held or going on when said, not on the day of writing."""
    text = "\"We support the Kenyan government,\" the American ambassador said."
    on, off = _dated(coder, text, "support", "2024-05-10", "dating.quoted_present_at_saying")
    assert on[:4] == (None, "2024-05-10", "relative", "before_writing") and on[5] == "SUPPORT"
    assert off[:4] == ("2024-05-10", None, "document", None)
    text = "\"We are still negotiating with the government,\" the union leader said."
    on, off = _dated(coder, text, "negotiating", "2024-05-10", "dating.quoted_present_at_saying")
    assert on[:4] == (None, "2024-05-10", "relative", "before_writing")
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_merged_happening_told_as_over_keeps_the_range(coder) -> None:
    """ "Peru is condemning Chile ... Lima condemned Santiago's navy": one condemnation, told as over in one mention,
    lies some time up to the day of writing, not on the day a present tense gave the other."""
    text = ("Navy ships seized a fishing boat off the coast. Peru is condemning Chile over the seizure of the boat. "
            "Lima condemned Santiago's navy in a diplomatic note.")
    on, off = _dated(coder, text, "condemning", "2024-05-10", "dating.merged_past_over_present_day")
    assert on[:4] == (None, "2024-05-10", "relative", "before_writing") and on[5] == "ACCUSE"
    assert off[:4] == ("2024-05-10", None, "relative", "time_of_writing")


def test_a_saying_in_the_news_present_is_made_at_the_time_of_writing(coder) -> None:
    """ "The port authority says the ministry must dredge the channel": the statement is the saying, dated on the day of
    writing by its tense (as "urges" is), not by the publication day for want of a clue; what it reports keeps its
    own time."""
    text = "The harbour is silting up. The port authority says the ministry must dredge the channel."
    on, off = _dated(coder, text, "says", "2024-05-10", "dating.news_present_saying")
    assert on == ("2024-05-10", None, "relative", "time_of_writing", "asserted", "REQUEST")
    assert off[:4] == ("2024-05-10", None, "document", None)
    text = "The harbour is silting up. The port authority says the army attacked the dock workers."
    attacked = _event(coder, text, "attacked", "2024-05-10")
    assert _when(attacked) == (None, "2024-05-10", "relative", "before_writing")


def test_a_time_before_the_reported_words_dates_the_saying(coder) -> None:
    """ "said on Thursday he would visit Uganda": Thursday is the saying's day gone by, so the statement is dated then,
    and the visit still to come has no day of its own, not the coming Thursday."""
    text = "The port was closed. The Kenyan president said on Thursday he would visit Uganda."
    statement = _event(coder, text, "visit", "2024-05-10", "asserted")
    visit = _event(coder, text, "visit", "2024-05-10", "future")
    assert _when(statement) == ("2024-05-09", None, "relative", None)
    assert visit["date"] is None and visit["date_reason"] == "unscheduled"
    with switched_off(["dating.saying_time_before_report"]):
        visit = _event(coder, text, "visit", "2024-05-10", "future")
        assert visit["date"] == "2024-05-16"


def test_a_past_proposal_is_not_dated_by_the_time_it_proposes(coder) -> None:
    """ "proposed talks with Peru next month", "agreed to resume talks next month": the proposal and the agreement were
    made by the day of writing; next month is the talks' time, not theirs."""
    for text, trigger, kind in (("The port was closed. Chile proposed talks with Peru next month.", "proposed",
                                 "REQUEST"),
                                ("The port was closed. Chile and Peru agreed to resume talks next month.", "agreed",
                                 "AGREE")):
        on, off = _dated(coder, text, trigger, "2024-05-10", "dating.past_verb_not_ahead")
        assert on == (None, "2024-05-10", "relative", "before_writing", "asserted", kind)
        assert off[:2] == ("2024-06-01", "2024-06-30")


def test_an_intended_act_planned_with_a_dated_trip_takes_its_day(coder) -> None:
    """ "will be in Lima on Friday to meet her counterpart": the meeting is planned for that Friday (still only
    intended); "pledged on Friday to impose sanctions" leaves the sanctions without a day."""
    text = "The port was closed. The Chilean president will be in Lima on Friday to meet her Peruvian counterpart."
    on, off = _dated(coder, text, "meet", "2024-05-08", "dating.not_yet_with_a_planned_holder")
    assert on[:3] == ("2024-05-10", None, "relative") and on[4] == "hypothetical"
    assert off[:4] == (None, None, "none", "unscheduled")
    sanctions = _event(coder, "The port was closed. Chile pledged on Friday to impose sanctions on Peru.", "impose",
                       "2024-05-08", "future")
    assert sanctions["date"] is None and sanctions["date_reason"] == "unscheduled"


def test_a_noun_after_a_participle_read_as_a_preposition_takes_the_clause_past(coder) -> None:
    """ "Following a crackdown on the dockers, the union moved its offices": the crackdown was done some time up to the
    day of writing, as after "After a crackdown", not on that day."""
    text = "The port was closed. Following a crackdown on the dockers, the union moved its offices to another city."
    on, off = _dated(coder, text, "crackdown", "2024-05-10", "dating.participle_preposition")
    assert on == (None, "2024-05-10", "relative", "before_writing", "asserted", "COERCE")
    assert off[:4] == ("2024-05-10", None, "document", None)


def test_a_count_back_dates_the_act_as_ago_does(coder) -> None:
    """ "ordered a ban two days back": two days before the day of writing, as "two days ago"; the act is dated then, not
    on the publication day nor some time up to it."""
    text = "The port was closed. The district magistrate ordered a ban on rallies two days back."
    ban = _event(coder, text, "ordered", "2024-05-10")
    assert _when(ban)[:3] == ("2024-05-08", None, "relative")
    with switched_off(["time.back_as_ago"]):
        ban = _event(coder, text, "ordered", "2024-05-10")
        assert ban["date"] != "2024-05-08"
