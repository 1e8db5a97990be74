"""Issue 14, senses (session 40): a reported obligation is a demand (REQUEST) only when it asks a party for an act
ahead. A modal with the perfect ("should have known") looks back, "have to do with" is a set phrase, "have" with an
object of its own or "needed" in the passive tells no duty, and a past "had to" inside a direct quotation tells a past
necessity (demands.yaml perfect_after_modal, phrases_not_obligations, obligation_frame). Each test shows that the rule,
switched off, brings the old reading back. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

LOOKING_BACK = "The Bolivian minister said the mayor should have known about the flooding."
SET_PHRASE = "The Bolivian minister said the unrest has to do with fuel prices."
PAST_QUOTED = '"The convoy had to be turned back," the Bolivian minister said on Monday.'
NOT_NEEDED = "The Bolivian senators argued that the agency is not needed to audit the mines."
DEMAND_AHEAD = "Bolivia said Chile should reopen the border crossing."
BACKSHIFTED = "Bolivia said Chile had to reopen the border crossing."


def test_a_reproach_about_the_past_is_no_demand(coder) -> None:
    assert "REQUEST" not in _types(coder, LOOKING_BACK)
    with switched_off({"events.demands.perfect_after_modal"}):
        assert "REQUEST" in _types(coder, LOOKING_BACK)


def test_has_to_do_with_is_no_demand(coder) -> None:
    assert "REQUEST" not in _types(coder, SET_PHRASE)
    with switched_off({"events.demands.phrases_not_obligations"}):
        assert "REQUEST" in _types(coder, SET_PHRASE)


def test_a_past_necessity_in_a_quotation_is_no_demand(coder) -> None:
    assert "REQUEST" not in _types(coder, PAST_QUOTED)
    with switched_off({"events.demands.obligation_frame"}):
        assert "REQUEST" in _types(coder, PAST_QUOTED)


def test_a_thing_not_needed_is_no_demand(coder) -> None:
    assert "REQUEST" not in _types(coder, NOT_NEEDED)
    with switched_off({"events.demands.obligation_frame"}):
        assert "REQUEST" in _types(coder, NOT_NEEDED)


def test_demands_ahead_and_in_reported_speech_stay(coder) -> None:
    assert "REQUEST" in _types(coder, DEMAND_AHEAD)
    assert "REQUEST" in _types(coder, BACKSHIFTED)


# Support a party has with no backer named, or lacks or loses, is backing held or gone, a standing (senses.yaml
# support_held), no act on an occasion.
HAS_BACKING = "My sense is that the Bolivian governor does not have that support in the east."
SHARE = "The Bolivian senator has his share of support in La Paz, an aide said."
LOST = "The Bolivian mayor has lost support even from the miners' union."
GIVEN = "Bolivia expressed its support for the Chilean peace plan on Friday."


def test_support_held_or_lost_is_no_support_event(coder) -> None:
    for text in (HAS_BACKING, SHARE, LOST):
        assert "SUPPORT" not in _types(coder, text)
    with switched_off({"events.senses.support_held"}):
        assert all("SUPPORT" in _types(coder, text) for text in (HAS_BACKING, SHARE, LOST))


def test_support_expressed_or_held_from_a_named_backer_stays(coder) -> None:
    assert "SUPPORT" in _types(coder, GIVEN)
    assert "SUPPORT" in _types(coder, "The Bolivian governor has the support of the farmers' union.")
