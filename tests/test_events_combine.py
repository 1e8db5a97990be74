"""Rules and the learned model together (combine.py), the fast scorer, and unnamed parties, on our own sentences."""

from __future__ import annotations

import pytest

from detente.events import combine, learned
from detente.events import events_in as coded_events
from detente.events.detect import candidates_in
from detente.events.lexicon import model_settings
from detente.events.scoring import LinearText, word_features

SENTENCES = [
    "Gunmen opened fire on a village market, killing eleven people.",
    "The two foreign ministers met in Vienna for talks on the border dispute.",
    "the government expelled the ambassador of its neighbour.",
    "",
]


def test_fast_scorer_gives_the_same_scores_as_scikit_learn() -> None:
    model = learned.shipped()
    assert model is not None
    scorer = LinearText.from_pipeline(model.main)
    assert scorer is not None
    assert scorer.decision(SENTENCES) == pytest.approx(model.main.decision_function(SENTENCES), abs=1e-9)


def test_names_are_masked_but_the_predicate_and_inflections_are_kept() -> None:
    features = word_features("Later Norway sent tents to Sudan.")
    assert "norway" not in features and "sudan" not in features
    assert "to NAME" in features and "later" in features  # the first word is no name for its capital
    assert {"sent", "sent tents", "~sent", "~tent"} <= set(features)


def _coded(analyse, text: str) -> tuple[list[combine.Coded], object]:
    from detente.events import _event

    analysis = analyse(text, "2024-01-08")
    sentence = analysis.sentences[0]
    return [combine.Coded(0, cand, _event(analysis, cand, 0)) for cand in candidates_in(sentence)], analysis


def _build(analysis):
    from detente.events import _event

    return lambda cand, index: _event(analysis, cand, index)


def _sure_of(event_type: str) -> dict[str, float]:
    others = [t for t in ("ASSAULT", "PROTEST", "AID", "AGREE", "CONCEDE", "RETREAT") if t != event_type]
    return {event_type: 0.9, **{t: 0.1 / len(others) for t in others}}


def test_a_sure_model_retypes_an_asserted_lone_verb_and_says_so(analyse) -> None:
    coded, analysis = _coded(analyse, "Soldiers in Ohio attacked the convoy on Monday.")
    assert coded and all(item.candidate.frame.specificity == 0 for item in coded[:1])
    original = coded[0].event.event_type
    target = "PROTEST" if original != "PROTEST" else "AID"
    combine._override(coded[:1], _sure_of(target), model_settings(), _build(analysis))
    event = coded[0].event
    assert event.event_type == target
    assert event.evidence.startswith("lexicon+model:") and event.evidence.endswith(f">{target}")
    assert event.source  # the parties still come from the parse
    assert event.cameo == str(model_settings()["codes"][target])


def test_a_frame_with_its_object_or_an_announced_event_is_not_retyped(analyse) -> None:
    coded, analysis = _coded(analyse, "Australia imposed sanctions on Russian oligarchs.")
    combine._override(coded, _sure_of("ASSAULT"), model_settings(), _build(analysis))
    assert [item.event.event_type for item in coded] == ["SANCTION"]
    coded, analysis = _coded(analyse, "Colombia will release the Venezuelan soldiers.")
    assert coded[0].event.stated_as == "AGREE"
    combine._override(coded, _sure_of("AGREE"), model_settings(), _build(analysis))  # AGREE is its reading
    combine._override(coded, _sure_of("ASSAULT"), model_settings(), _build(analysis))  # not asserted
    assert coded[0].event.event_type in ("RETREAT", "CONCEDE")


def test_every_event_says_whether_rules_model_or_both_coded_it(analyse) -> None:
    text = ("Troops shelled the rebel town on Monday. The president praised the army. "
            "The ministry summoned the Italian envoy and condemned the raid.")
    analysis = analyse(text, "2024-01-08")
    for event in coded_events(analysis):
        kind = event.evidence.split(":")[0]
        assert kind in ("lexicon", "model", "lexicon+model"), event.evidence
        if ">" in event.evidence:
            assert event.evidence.endswith(">" + event.event_type)
    with learned.disabled():
        assert all(e.evidence.startswith("lexicon:") for e in coded_events(analysis))


@pytest.mark.parametrize(("text", "event_type", "side", "word"), [
    ("A mob attacked the villagers and burned their huts.", "ASSAULT", "source", "mob"),
    ("Pirates attacked a cargo ship off the coast of Somalia.", "ASSAULT", "source", "Pirates"),
    ("the police arrested three persons near the station.", "COERCE", "target", "persons"),
])
def test_groups_no_actor_list_names_still_make_a_side(analyse, text, event_type, side, word) -> None:
    events = [e for e in analyse(text, "2024-01-08").events if e.event_type == event_type]
    assert events, [(e.event_type, e.evidence) for e in analyse(text, "2024-01-08").events]
    refs = getattr(events[0], side)
    assert any(word in ref.text for ref in refs)
    assert all(ref.sector for ref in refs if word in ref.text)


def test_things_are_no_unnamed_party(analyse) -> None:
    events = analyse("Stones hit the bus.", "2024-01-08").events
    # the subject's words are kept (issue 13: a side the text fills is not dropped), but never as people:
    # no sector, no actor, no country
    stones = [ref for e in events for ref in e.source if "Stones" in ref.text]
    assert all(ref.sector is None and ref.actor_id is None and ref.country is None for ref in stones)
