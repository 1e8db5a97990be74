"""Whether and when (issue #14): a refused telling makes no demand, an opinion about a state is no demand, a vow
that "there will be" harm is a threat, a difficulty had takes the having's modal, and a bare day for an act still to
come or only possible lies ahead of the writing. Each rule switched off shows what it changes."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_fact33 import _whether  # (type, factuality) of each event, published 2024-01-10


def _coded(coder, text: str, published: str = "2024-01-10") -> list[dict]:
    return coder.code_text(text, published=published)["events"]


def test_a_demand_the_speaker_refused_to_make_is_not_made(coder) -> None:
    text = "The Bolivian envoy refused to say that Paraguay must pull its soldiers back."
    assert ("REQUEST", "negated") in _whether(coder, text)
    with switched_off({"factuality.refused_telling"}):
        assert ("REQUEST", "asserted") in _whether(coder, text)


def test_a_refusal_to_act_stays_a_refusal(coder) -> None:
    text = "Paraguay refused to pull its soldiers back from the Bolivian border."
    assert ("REJECT", "asserted") in _whether(coder, text)


def test_an_opinion_about_a_state_is_no_demand(coder) -> None:
    for text in ("The Bolivian governor said the province should not lose its federal grant.",
                 "A Bolivian deputy said Sucre should be the seat of the whole government."):
        assert "REQUEST" not in [t for t, _ in _whether(coder, text)]
        with switched_off({"events.demands.states_not_acts"}):
            assert "REQUEST" in [t for t, _ in _whether(coder, text)]


def test_a_demand_for_an_act_stays(coder) -> None:
    text = "The Bolivian governor said Paraguay should return the seized trucks."
    assert ("REQUEST", "asserted") in _whether(coder, text)


def test_a_vow_that_there_will_be_harm_is_a_threat(coder) -> None:
    text = "The Paraguayan minister vowed that there would be reprisals against the Bolivian smugglers."
    types = [t for t, _ in _whether(coder, text)]
    assert "THREATEN" in types and "AGREE" not in types
    with switched_off({"events.senses.existential_object"}):
        types = [t for t, _ in _whether(coder, text)]
        assert "THREATEN" not in types


def test_a_difficulty_under_would_is_not_a_deed(coder) -> None:
    text = "Bolivian deputies would have a hard time vetoing the Paraguayan water treaty."
    assert ("REJECT", "hypothetical") in _whether(coder, text)
    with switched_off({"factuality.difficulty_had"}):
        assert ("REJECT", "asserted") in _whether(coder, text)


def test_a_possible_meeting_on_a_bare_day_lies_ahead(coder) -> None:
    text = "The Bolivian and Paraguayan envoys could meet on January 6 in Asuncion."
    meeting = [e for e in _coded(coder, text) if e["event_type"] == "CONSULT"]
    assert [e["date"] for e in meeting] == ["2025-01-06"]
    with switched_off({"dating.bare_day_ahead"}):
        meeting = [e for e in _coded(coder, text) if e["event_type"] == "CONSULT"]
        assert [e["date"] for e in meeting] == ["2024-01-06"]


def test_a_meeting_held_on_a_bare_day_keeps_it(coder) -> None:
    text = "The Bolivian and Paraguayan envoys met on January 6 in Asuncion."
    assert [e["date"] for e in _coded(coder, text) if e["event_type"] == "CONSULT"] == ["2024-01-06"]
