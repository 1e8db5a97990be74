"""Issue 14, whether (session 29): acts that happened must not be coded hypothetical or negated because of the words
around them. A violence named by its place or date ("the Cochabamba bombing", "the 2015 Cochabamba attack") is a known
happening whatever modal, question or denial governs it; what one claims credit for or pays a price for happened. What
the text itself conditions or plans stays so. The sentences are invented for these tests; each test also shows its
rule switched off."""

from __future__ import annotations

from detente.rules import switched_off

TODAY = "2016-10-12"  # a Wednesday


def _events(coder, text: str, event_type: str) -> list[dict]:
    return [e for e in coder.code_text(text, published=TODAY)["events"] if e["event_type"] == event_type]


def _whether(coder, text: str, event_type: str) -> list[str]:
    """The factuality of every coded event of this type."""
    return [e["factuality"] for e in _events(coder, text, event_type)]


def test_a_bombing_named_by_its_place_happened_whatever_is_asked_of_it(coder) -> None:
    text = "The Bolivian senators asked whether the Cochabamba bombing of the Paraguayan embassy should be called terrorism."
    events = _events(coder, text, "ASSAULT")
    assert [e["factuality"] for e in events] == ["asserted"]
    assert any("embassy" in t["text"] for t in events[0]["target"])
    with switched_off({"factuality.named_happenings"}):
        assert _whether(coder, text, "ASSAULT") == ["hypothetical"]


def test_a_dated_attack_is_not_denied_by_a_denial_of_another_act(coder) -> None:
    text = "Paraguay did not guard the embassy before the 2015 Cochabamba attack on the Bolivian consul."
    assert _whether(coder, text, "ASSAULT") == ["asserted"]
    assert _whether(coder, text, "AID") == ["negated"]  # the guarding stays denied
    with switched_off({"factuality.named_happenings"}):
        assert _whether(coder, text, "ASSAULT") == ["negated"]


def test_an_unnamed_or_planned_attack_keeps_the_words_around_it(coder) -> None:
    assert _whether(coder, "The Bolivian senators asked whether the Paraguayan army should bomb the embassy.",
                    "ASSAULT") == ["hypothetical"]
    assert _whether(coder, "Paraguay did not guard the embassy before an attack on the Bolivian consul.",
                    "ASSAULT") == ["negated"]


def test_what_a_group_claims_credit_for_happened(coder) -> None:
    text = "The rebel group used a video to claim credit for Sunday's bombing of the Bolivian embassy."
    events = _events(coder, text, "ASSAULT")
    assert [e["factuality"] for e in events] == ["asserted"]
    assert events[0]["date"] == "2016-10-09"
    with switched_off({"factuality.credited_objects", "factuality.named_happenings"}):
        assert _whether(coder, text, "ASSAULT") == ["hypothetical"]


def test_an_insult_no_price_was_paid_for_was_made(coder) -> None:
    text = "The Paraguayan senator has paid no price for insulting the Bolivian president."
    events = _events(coder, text, "ACCUSE")
    assert [e["factuality"] for e in events] == ["asserted"]
    assert any("president" in t["text"] for t in events[0]["target"])
    with switched_off({"factuality.credited_objects"}):
        assert _whether(coder, text, "ACCUSE") == ["negated"]


def test_a_raid_given_as_a_reason_happened(coder) -> None:
    text = "The Bolivian minister said Paraguay would not trust Bolivia because of its raid on the Paraguayan border post."
    assert _whether(coder, text, "COERCE") == ["asserted"]
    assert _whether(coder, text.replace("its raid", "a raid"), "COERCE") == ["negated"]  # no known raid
    with switched_off({"factuality.presupposed_reason"}):
        assert _whether(coder, text, "COERCE") != ["asserted"]
