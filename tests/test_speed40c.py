"""The role model asked only where it can change a side (issue 12, speed40c).

The events stage asks the model whether it doubts a side the rules named: whether every mention inside that side has
less than the model's `doubt` chance of the role. `RoleModel.surely` bounds a mention's chance from every feature but
its dependency path (the path's weights bounded by the largest the model gives any path that starts with the
mention's own dependency); where the bound already reaches the cutoff, the side stands without the path, the sums or
the softmax. The bound must be exact: never True where the scored chance falls short.
"""

from __future__ import annotations

import pytest

from detente.events import role_model

# our own sentences: active and passive triggers, a possessor, a list, a mention far from its trigger
TEXTS = (
    "The rebels attacked the convoy near the border town on Sunday.",
    "The embassy of the small republic was shelled by artillery units loyal to the general's rival.",
    "Officials from Ghana and Togo accused the mining company of polluting the river that feeds the two valleys "
    "where farmers have grown rice and millet for generations.",
    "The minister's decision to expel the ambassador angered the opposition party.",
)
FLOORS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)


def _readings(heads):  # type: ignore[no-untyped-def]
    """No reading of the rules, then each mention as the rules' source with the next as their target."""
    out: list[role_model.Reading | None] = [None]
    for n in range(len(heads) - 1):
        out.append(role_model.Proposed([heads[n]], [heads[n + 1]]))
    return out


def test_the_bound_never_claims_a_chance_the_model_does_not_give(nlp) -> None:
    model = role_model.scoring()
    assert model is not None
    fresh = role_model.RoleModel(None, model._weights, model.thresholds)  # tables filled from nothing
    settled = 0
    for text in TEXTS:
        doc = nlp(text)
        heads = role_model.mentions(doc[:])
        for trigger in (t for t in doc if t.pos_ in ("VERB", "NOUN")):
            pool = [m for m in heads if m.i != trigger.i]
            for proposed in _readings(pool):
                for mention in pool:
                    rows = model.probabilities(trigger, [mention], proposed)[0]
                    for role in ("source", "target"):
                        for floor in FLOORS:
                            for scorer in (fresh, model):
                                if scorer.surely(trigger, mention, proposed, role, floor):
                                    settled += 1
                                    assert rows[role] >= floor, (text, trigger, mention, role, floor)
    assert settled > 100  # the bound settles many of these, not merely never errs


def test_a_plain_subject_named_by_the_rules_is_settled_without_its_path(nlp) -> None:
    model = role_model.scoring()
    assert model is not None
    doc = nlp("The rebels attacked the convoy near the border town on Sunday.")
    trigger, rebels, convoy = doc[2], doc[1], doc[4]
    proposed = role_model.Proposed([rebels], [convoy])
    assert model.surely(trigger, rebels, proposed, "source", model.doubt)
    assert model.probabilities(trigger, [rebels], proposed)[0]["source"] >= model.doubt
    # a cutoff the bound cannot reach leaves the mention to the full score
    assert not model.surely(trigger, rebels, proposed, "source", 0.999)


def test_another_kind_of_model_is_always_scored(nlp) -> None:
    model = role_model.scoring()
    assert model is not None
    columns, intercept, separator, _ = model._weights
    reordered = role_model.RoleModel(None, (columns, intercept, separator, ["source", "neither", "target"]),
                                     model.thresholds)
    doc = nlp("The rebels attacked the convoy.")
    proposed = role_model.Proposed([doc[1]], [doc[4]])
    assert model.surely(doc[2], doc[1], proposed, "source", model.doubt)
    assert not reordered.surely(doc[2], doc[1], proposed, "source", model.doubt)


@pytest.mark.parametrize("text", TEXTS)
def test_the_coded_events_are_those_of_always_scoring(analyse, monkeypatch, text) -> None:  # type: ignore[no-untyped-def]
    def sides(analysis):  # type: ignore[no-untyped-def]
        return [(e.event_type, [r.text for r in e.source], [r.text for r in e.target]) for e in analysis.events]

    bounded = sides(analyse(text))
    monkeypatch.setattr(role_model.RoleModel, "surely", lambda *args: False)  # every side's mentions scored
    assert sides(analyse(text)) == bounded


def test_the_doubt_about_a_plain_subject_scores_nothing(analyse, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []
    scored = role_model.RoleModel.probabilities

    def counting(self, trigger, candidates, proposed=None):  # type: ignore[no-untyped-def]
        asked.append(len(candidates))
        return scored(self, trigger, candidates, proposed)

    monkeypatch.setattr(role_model.RoleModel, "probabilities", counting)
    text = "The rebels attacked the convoy."
    events = analyse(text).events
    assert [(e.event_type, [r.text for r in e.source]) for e in events] == [("ASSAULT", ["rebels"])]
    bounded = len(asked)
    asked.clear()
    monkeypatch.setattr(role_model.RoleModel, "surely", lambda *args: False)
    assert [(e.event_type, [r.text for r in e.source]) for e in analyse(text).events] == [("ASSAULT", ["rebels"])]
    assert len(asked) > bounded
