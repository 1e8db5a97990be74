"""The role model's scoring done more cheaply with the same answers (issue 12, speed40b).

- A mention's trailing feature weights (entity, part of speech, distance, nearness, same head, possessor, standing,
  the rules' reading) are read from tables kept per value of what they follow from and added in FEATURES' order:
  the sums must stay those of the feature dict, bit for bit, for every kind of value (gaps past 20 words, a
  possessor, a passive trigger, each reading of the rules), whether the tables are fresh or already filled.
- The events stage reads the model's doubt about a rules' side from the mentions it found inside that side.
"""

from __future__ import annotations

from detente.events import role_model

# our own sentences: a passive trigger, a possessor, a mention more than twenty words from the trigger, a list
LONG = ("The convoy of the northern alliance, which had crossed the river at dawn with food, medicine, fuel and "
        "blankets for the villages along the old trade road, was attacked by militia fighters loyal to the "
        "governor's rival, and the ministers of Chad and Niger blamed Sudan.")


def _by_the_dict(model: role_model.RoleModel, trigger, mention, proposed) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """The sum a reader of `features` makes, one feature at a time."""
    columns, intercept = model._plain
    separator = model._weights[2]
    a, b, c = intercept
    for key, value in role_model.features(trigger, mention, proposed).items():
        if isinstance(value, str):
            weight = columns.get(f"{key}{separator}{value}")
            if weight is not None:
                a, b, c = a + weight[0], b + weight[1], c + weight[2]
        elif value:
            weight = columns.get(key)
            if weight is not None:
                factor = float(value)
                a, b, c = a + weight[0] * factor, b + weight[1] * factor, c + weight[2] * factor
    return a, b, c


def test_sums_are_the_feature_dicts_for_long_gaps_possessors_and_every_reading(nlp) -> None:
    model = role_model.scoring()
    assert model is not None
    doc = nlp(LONG)
    heads = role_model.mentions(doc[:])
    assert max(abs(m.i - t.i) for m in heads for t in doc if t.pos_ == "VERB") > 20  # the distance is clamped
    assert any(m.dep_ == "poss" for m in heads) or any(t.dep_ == "poss" for t in doc)
    fresh = role_model.RoleModel(None, model._weights, model.thresholds)  # empty tables: values met for the first time
    readings = [None, role_model.slots([heads[0]], [heads[1], heads[2]]), role_model.Proposed([heads[-1]], [heads[0]])]
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert any(t.tag_ == "VBN" for t in verbs)  # "was attacked": the passive voice
    for scorer in (fresh, model, fresh):  # filled from nothing, from earlier calls, then read back
        for trigger in verbs:
            for proposed in readings:
                for mention in heads:
                    assert scorer._sums(trigger, mention, proposed) == _by_the_dict(model, trigger, mention, proposed)


def test_the_model_chances_and_choice_are_unchanged_by_filled_tables(nlp) -> None:
    model = role_model.scoring()
    assert model is not None
    doc = nlp("Peru accused Chile of spying on its navy.")
    trigger = doc[1]
    heads = [m for m in role_model.mentions(doc[:]) if m.i != trigger.i]
    fresh = role_model.RoleModel(None, model._weights, model.thresholds)
    assert fresh.probabilities(trigger, heads) == model.probabilities(trigger, heads)
    assert fresh.choose(trigger, heads, ("source", "target")) == model.choose(trigger, heads, ("source", "target"))


def test_a_side_the_model_all_but_rules_out_still_gives_way(analyse) -> None:
    # the rules name Peru's accusation of Chile; the model's doubt is read from the mentions inside each side
    analysis = analyse("Peru accused Chile of spying on its navy.")
    events = [e for e in analysis.events if e.event_type == "ACCUSE"]
    assert events
    assert [r.text for r in events[0].source] == ["Peru"] and [r.text for r in events[0].target] == ["Chile"]
    with role_model.using(None):  # no model: the rules' sides, as they are
        plain = [e for e in analyse("Peru accused Chile of spying on its navy.").events if e.event_type == "ACCUSE"]
    assert [r.text for r in plain[0].source] == ["Peru"]
