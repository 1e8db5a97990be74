"""Issue 14, whether (session 29, whether42): acts the text presupposes or sets apart from a denial are told as done,
and an act under a gerund decided against is not. A premise ("given the raid") or a concession under a future ("despite the attack, talks will"),
a bare participle after "as" ("as promised"), an exceptive phrase under a denial ("has not said much beyond
meeting ..."), and the object of a gerund decided against ("decided against recommending charges"). Each test switches
the rule off to show the rule gives the answer."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-08"


def _whether(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(event type, factuality) of each coded event whose trigger holds `trigger`."""
    with switched_off(off):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    return [(e["event_type"], e["factuality"]) for e in events if trigger in e["mentions"][0]["trigger"]["text"]]


def test_a_premise_under_a_guess_about_the_future_is_told_as_done(coder) -> None:
    text = "Given the harsh criticism of the police after the raid, the mayor will likely order an inquiry."
    rule = frozenset({"factuality.presupposed_premise"})
    assert _whether(coder, text, "criticism") == [("ACCUSE", "asserted")]
    assert _whether(coder, text, "criticism", rule) == [("ACCUSE", "hypothetical")]


def test_a_conceded_happening_under_a_future_is_told_as_done(coder) -> None:
    text = "Despite the attack on the consulate by the rebels, the negotiations will resume in Vienna."
    rule = frozenset({"factuality.concession_not_future"})
    assert ("ASSAULT", "asserted") in _whether(coder, text, "attack")
    assert ("ASSAULT", "asserted") not in _whether(coder, text, "attack", rule)


def test_a_promise_pointed_back_to_by_as_was_made(coder) -> None:
    text = "On Monday the governor proposed scrapping the fuel levy as promised."
    rule = frozenset({"factuality.as_told_before"})
    assert _whether(coder, text, "promised") == [("AGREE", "asserted")]
    assert ("AGREE", "future") in _whether(coder, text, "promised", rule)


def test_acts_set_apart_by_beyond_escape_the_denial_of_the_saying(coder) -> None:
    text = "The ambassador has not said much about the dispute, beyond meeting with officials and visiting the port."
    rule = frozenset({"factuality.exceptive_scope"})
    assert set(_whether(coder, text, "meeting")) == {("CONSULT", "asserted")}
    assert set(_whether(coder, text, "meeting", rule)) == {("CONSULT", "negated")}


def test_an_act_besides_which_nothing_was_done_was_done(coder) -> None:
    text = "The envoy did nothing in Cairo besides meeting the foreign minister."
    rule = frozenset({"factuality.exceptive_scope"})
    assert _whether(coder, text, "meeting") == [("CONSULT", "asserted")]
    assert _whether(coder, text, "meeting", rule) == [("CONSULT", "negated")]


def test_charges_a_prosecutor_decided_against_recommending_were_not_brought(coder) -> None:
    text = "Protests went on after the prosecutor decided against recommending charges against the officers."
    rule = frozenset({"factuality.against_object"})
    assert _whether(coder, text, "charges") == [("ACCUSE", "negated")]
    assert _whether(coder, text, "charges", rule) == [("ACCUSE", "asserted")]


def test_a_denial_inside_the_exceptive_phrase_stays(coder) -> None:
    """The rule lifts only a denial from above the exceptive word, not the act's own."""
    text = "The envoy did little in Cairo besides not meeting the foreign minister."
    assert ("CONSULT", "asserted") not in _whether(coder, text, "meeting")


def test_an_agreement_pointed_back_to_lies_before_the_dated_act(coder) -> None:
    text = "The militia handed over the prisoners on Wednesday as agreed."
    events = coder.code_text(text, published=PUBLISHED)["events"]
    dated = [(e["date"], e["date_end"]) for e in events if e["mentions"][0]["trigger"]["text"] == "agreed"]
    assert dated == [(None, "2024-03-06")]
    with switched_off({"dating.as_told_before_the_day"}):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    assert [(e["date"], e["date_end"]) for e in events
            if e["mentions"][0]["trigger"]["text"] == "agreed"] == [("2024-03-06", None)]
