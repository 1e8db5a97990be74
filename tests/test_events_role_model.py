"""The learned role model: its features, its training data readers, and the shipped file, on sentences written here."""

from __future__ import annotations

from detente.events import role_model
from detente.training import role_model as train


def test_marked_sentence_gives_plain_text_and_spans() -> None:
    item = train.read_marked("<s>Peru's navy</s> seized <t>two trawlers</t> at dawn.")
    assert item.text == "Peru's navy seized two trawlers at dawn."
    assert [(role, item.text[s:e]) for role, s, e in item.spans] == [("source", "Peru's navy"),
                                                                      ("target", "two trawlers")]


def test_features_read_path_preposition_voice_and_order(nlp) -> None:
    doc = nlp("Three engineers were kidnapped by gunmen near the dam.")
    trigger = next(t for t in doc if t.lemma_ == "kidnap")
    heads = {t.text: t for t in role_model.mentions(doc[:])}
    assert {"engineers", "gunmen", "dam"} <= set(heads)
    agent = role_model.features(trigger, heads["gunmen"])
    assert agent["voice"] == "passive" and agent["prep"] == "by" and agent["order"] == "after"
    assert agent["path"].startswith("pobj^")
    patient = role_model.features(trigger, heads["engineers"])
    assert patient["dep"] == "nsubjpass" and patient["order"] == "before"


def test_shipped_model_tells_doer_from_receiver(nlp) -> None:
    model = role_model.shipped()
    assert model is not None, "src/detente/events/models/role_model.joblib is missing"
    for text, doer, receiver in [("Peru accused Chile of spying.", "Peru", "Chile"),
                                 ("Chile was accused by Peru of spying.", "Peru", "Chile"),
                                 ("Peru sent food aid to Chile.", "Peru", "Chile")]:
        doc = nlp(text)
        trigger = next(t for t in doc if t.lemma_ in ("accuse", "send"))
        heads = {t.text: t for t in role_model.mentions(doc[:])}
        chances = dict(zip(heads, model.probabilities(trigger, list(heads.values())), strict=True))
        assert chances[doer]["source"] > chances[doer]["target"], (text, chances)
        assert chances[receiver]["target"] > chances[receiver]["source"], (text, chances)


def test_training_fits_a_model_from_marked_sentences(nlp) -> None:
    texts = [train.read_marked(m) for m in (
        "<s>Peru</s> accused <t>Chile</t> of spying.", "<s>Ghana</s> criticised <t>Togo</t> sharply.",
        "<s>Mali</s> condemned <t>Niger</t> on Friday.", "<s>Chad</s> blamed <t>Sudan</t> for the raid.")]
    rows = train.featurise(texts, nlp)
    assert all(rows) and {label for row in rows for _, label in row} >= {"source", "target"}
    model = role_model.RoleModel(train.fit(rows))
    doc = nlp("Benin accused Nigeria of smuggling.")
    trigger = doc[1]
    heads = role_model.mentions(doc[:])
    best_source = model.best(trigger, heads, "source")
    assert best_source is not None and best_source.text == "Benin"


def test_the_model_fills_a_side_the_rules_leave_empty(analyse) -> None:
    text = "The shelling was condemned by the Red Cross."
    analysis = analyse(text)
    as_coded = [[r.text for r in e.target] for e in analysis.events]  # what a user gets, before any recoding
    from detente.eval.events import Config, recode_events

    rules = recode_events(analysis, Config(None, "off"))
    both = recode_events(analysis, Config(None, "on", role_model.shipped()))
    assert [[r.text for r in e.target] for e in both] == as_coded  # "on" is the shipped behaviour
    accuse_rules = [e for e in rules if e.event_type == "ACCUSE"]
    accuse_both = [e for e in both if e.event_type == "ACCUSE"]
    assert accuse_rules and not accuse_rules[0].target
    assert accuse_both and any("shelling" in r.text for r in accuse_both[0].target)
    assert [r.text for r in accuse_both[0].source] == [r.text for r in accuse_rules[0].source]


def test_scoring_from_the_weights_equals_the_fitted_pipeline(nlp) -> None:
    model = role_model.shipped()
    assert model is not None
    for text in ["Chile was accused by Peru of spying on its navy.",
                 "The minister sent a letter of condolence to the family of the victims in Lima.",
                 "Rebels attacked an army convoy near the border on Monday, the government said."]:
        doc = nlp(text)
        heads = role_model.mentions(doc[:])
        for trigger in (t for t in doc if t.pos_ == "VERB"):
            ours = model.probabilities(trigger, heads)
            rows = model.pipeline.predict_proba([role_model.features(trigger, m) for m in heads])
            classes = list(model.pipeline.classes_)
            for mine, row in zip(ours, rows, strict=True):
                for role in role_model.ROLES:
                    assert abs(mine[role] - row[classes.index(role)]) < 1e-9


def test_the_rules_reading_and_a_list_members_standing_are_features(nlp) -> None:
    doc = nlp("Ghana held talks with Togo and Benin on Monday.")
    trigger = next(t for t in doc if t.lemma_ == "hold")
    heads = {t.text: t for t in role_model.mentions(doc[:])}
    proposed = role_model.slots([heads["Ghana"]], [heads["Togo"]])
    assert role_model.features(trigger, heads["Ghana"], proposed)["rule"] == "source"
    assert role_model.features(trigger, heads["Togo"], proposed)["rule"] == "target"
    assert role_model.features(trigger, heads["Togo"])["rule"] == "none"  # no rule fired
    # "Benin" hangs on "Togo" as a list member: it stands where Togo stands, an object of "with"
    assert role_model.features(trigger, heads["Benin"], proposed)["stand"].startswith("pobj|with|")


def test_the_joint_reading_never_names_one_mention_for_both_sides() -> None:
    # the first candidate is a likely source but a likelier target: it becomes the target, the second the source
    rows = [{"neither": 0.0, "source": 0.45, "target": 0.55}, {"neither": 0.4, "source": 0.35, "target": 0.25},
            {"neither": 0.9, "source": 0.05, "target": 0.05}]
    assert role_model.decide(rows, ("source", "target"), lambda role: 0.3) == {"source": 1, "target": 0}
    assert role_model.decide(rows, ("source", "target"), lambda role: 0.5) == {"target": 0}
    assert role_model.decide(rows, ("source",), lambda role: 0.3) == {"source": 0}


def test_the_shipped_thresholds_are_read_alike_by_both_loaders() -> None:
    full, weights = role_model.shipped(), role_model.scoring()
    assert full is not None and weights is not None
    assert full.thresholds and full.thresholds == weights.thresholds
    assert all(0.0 <= value < 1.0 for value in full.thresholds.values())
    assert {"source", "target", "doubt", "sure"} <= set(full.thresholds)
    assert full.doubt == weights.doubt and full.sure == weights.sure


def test_alone_the_model_names_doer_and_receiver_apart(analyse) -> None:
    from detente.eval.events import Config, recode_events

    analysis = analyse("Peru accused Chile of spying on its navy.")
    events = [e for e in recode_events(analysis, Config(None, "alone", role_model.shipped()))
              if e.event_type == "ACCUSE"]
    assert events
    assert [r.text for r in events[0].source] == ["Peru"] and [r.text for r in events[0].target] == ["Chile"]


def test_the_model_doubts_a_side_it_all_but_rules_out(nlp) -> None:
    model = role_model.shipped()
    assert model is not None
    doc = nlp("Peru accused Chile of spying on its navy.")
    trigger = doc[1]
    heads = [m for m in role_model.mentions(doc[:]) if m.i != trigger.i]
    proposed = role_model.slots([doc[0]], [doc[2]])
    chances = model.probabilities(trigger, heads, proposed)
    peru, chile = (doc[0].idx, doc[0].idx + 4), (doc[2].idx, doc[2].idx + 5)
    assert not role_model.doubted(heads, chances, "target", [chile], model.doubt)  # the rules' own reading stands
    assert role_model.doubted(heads, chances, "target", [peru], model.doubt)  # a target the model all but rules out
    assert not role_model.doubted(heads, chances, "target", [(len(doc.text), len(doc.text))], model.doubt)


def _sentence(rule_right: bool, rule_chance: float, pick_chance: float) -> tuple[list, list[dict[str, float]]]:
    """One training sentence: the rules' target mention and another one, which of them is the gold target, and
    the held-out chances the model gives them."""
    rows = [({"rule": "target"}, "target" if rule_right else "neither"),
            ({"rule": "-"}, "neither" if rule_right else "target")]
    chances = [{"neither": 1 - rule_chance, "source": 0.0, "target": rule_chance},
               {"neither": 1 - pick_chance, "source": 0.0, "target": pick_chance}]
    return rows, chances


def test_overrule_cutoffs_follow_what_overruling_gains_on_held_out_training_rows() -> None:
    named = {"source": 0.3, "target": 0.3}
    # where the model doubts the rules' target (0.1) and is sure of another (0.9), the other one is right: overrule
    gaining = [_sentence(False, 0.1, 0.9) for _ in range(5)] + [_sentence(True, 0.6, 0.35)]
    rows, chances = zip(*gaining, strict=True)
    cut = train.overrule_cutoffs(list(rows), list(chances), named)
    assert cut["doubt"] > 0.1 and cut["sure"] <= 0.9
    # where the rules' target was right all the same, the model never overrules it
    losing = [_sentence(True, 0.1, 0.9) for _ in range(5)]
    rows, chances = zip(*losing, strict=True)
    assert train.overrule_cutoffs(list(rows), list(chances), named)["doubt"] == 0.0


def test_the_scorer_adds_the_same_weights_as_the_feature_dict(nlp) -> None:
    # the scorer reads feature_values and per-value weight tables; its sums must be those of `features`, bit for bit
    model = role_model.scoring()
    assert model is not None
    columns, intercept = model._plain
    separator = model._weights[2]
    doc = nlp("Rebels attacked an army convoy near the border on Monday, and the government of Chad blamed Sudan.")
    heads = role_model.mentions(doc[:])
    for trigger in (t for t in doc if t.pos_ == "VERB"):
        proposed = role_model.slots([heads[0]], [heads[1]])
        for mention in heads:
            a, b, c = intercept
            for key, value in role_model.features(trigger, mention, proposed).items():
                if isinstance(value, str):
                    weight = columns.get(f"{key}{separator}{value}")
                    factor = 1.0
                else:
                    weight = columns.get(key) if value else None
                    factor = float(value)
                if weight is not None:
                    a, b, c = (a + weight[0] * factor, b + weight[1] * factor, c + weight[2] * factor) \
                        if not isinstance(value, str) else (a + weight[0], b + weight[1], c + weight[2])
            assert model._sums(trigger, mention, proposed) == (a, b, c)


def test_sentence_mentions_name_the_chunk_roots_spacy_names(nlp) -> None:
    from spacy.tokens import Span

    doc = nlp("The foreign minister of Peru, who arrived late, met the envoys of Chile and Bolivia in Lima on Monday. "
              "Police in the capital arrested dozens of protesters.")
    for sentence in doc.sents:
        chunk_roots = [Span(doc, s, e).root for s, e, _ in doc.noun_chunks_iterator(sentence)]
        expected = sorted({t.i for t in chunk_roots if t.pos_ in ("NOUN", "PROPN")}
                          | {e.root.i for e in sentence.ents if e.root.pos_ in ("NOUN", "PROPN")
                             and e.label_ not in role_model.NOT_MENTION_LABELS})
        assert [t.i for t in role_model.mentions(sentence)] == expected


def test_the_rules_reading_on_demand_names_every_word_as_the_whole_table_does(nlp) -> None:
    # the events stage reads the rules' slots word by word (Proposed); each word must get the label slots() gives it,
    # where slots overlap too: a later target inside the source's phrase, a source inside a target's
    doc = nlp("The foreign minister of Peru, who met envoys of Chile and Bolivia, accused the army of Ecuador and its "
              "allies of shelling the border town near the river.")
    heads = role_model.mentions(doc[:])
    for sources, targets in ((heads[:1], heads[1:4]), (heads[2:3], [heads[0], heads[2], heads[-1]]),
                             ([], heads[1:2]), (heads[:2], [])):
        table = role_model.slots(sources, targets)
        on_demand = role_model.Proposed(sources, targets)
        assert [on_demand.get(t.i, "-") for t in doc] == [table.get(t.i, "-") for t in doc]
        assert any(label != "-" for label in table.values())
    # and the scorer reads them alike
    model = role_model.scoring()
    assert model is not None
    trigger = next(t for t in doc if t.lemma_ == "accuse")
    sources, targets = heads[:1], heads[1:4]
    for mention in heads:
        assert model._sums(trigger, mention, role_model.Proposed(sources, targets)) == \
            model._sums(trigger, mention, role_model.slots(sources, targets))


def test_one_role_is_decided_as_the_joint_reading_decides_it() -> None:
    # decide() takes the likeliest candidate when it is asked for one role; that must be the joint reading's choice,
    # ties (the first of equals), a threshold just reached or missed, and a zero chance included
    import random

    rng = random.Random(7)
    for _ in range(500):
        rows = [{"neither": 0.0, "source": rng.choice([0.0, 0.25, 0.5, 0.5, rng.random()]),
                 "target": rng.choice([0.0, 0.5, rng.random()])} for _ in range(rng.randrange(0, 6))]
        for role in ("source", "target"):
            for cut in (0.0, 0.5, rng.random()):
                assert role_model.decide(rows, (role,), lambda _r, c=cut: c) == \
                    role_model._joint(rows, (role,), lambda _r, c=cut: c)
