"""The events evaluation suite and the training data readers, on our own examples and the real gold files."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.eval import events as evaluate
from detente.records import ActorRef, Event, EventMention, Span
from detente.training import event_classifier as train

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _ref(text: str, sentence: str) -> ActorRef:
    start = sentence.index(text)
    return ActorRef(actor_id=None, country=None, sector=None, text=text, start=start, end=start + len(text))


def _event(event_type: str, sentence: str, source: str, target: str | None, confidence: float,
           trigger: str) -> Event:
    at = sentence.index(trigger)
    mention = EventMention(sentence=0, start=0, end=len(sentence), text=sentence,
                           trigger=Span(at, at + len(trigger), trigger))
    return Event(event_id=f"{event_type}-{at}", event_type=event_type, mode=None, contexts=[], cameo=None,
                 goldstein=None, quad_class=None, source=[_ref(source, sentence)],
                 target=[_ref(target, sentence)] if target else [], mentions=[mention], confidence=confidence)


def test_best_event_prefers_the_gold_pair_over_confidence() -> None:
    sentence = "Police in Lagos detained two reporters after the governor criticised the newspaper."
    arrest = _event("COERCE", sentence, "Police in Lagos", "two reporters", 0.6, "detained")
    criticism = _event("ACCUSE", sentence, "the governor", "the newspaper", 0.9, "criticised")
    gold = evaluate.Gold(sentence, "COERCE", ["Police in Lagos"], ["two reporters"])
    assert evaluate.best_event([criticism, arrest], gold, sentence) is arrest
    unrelated = evaluate.Gold(sentence, "COERCE", ["the mayor"], ["the council"])
    assert evaluate.best_event([arrest, criticism], unrelated, sentence) is criticism
    assert evaluate.best_event([], gold, sentence) is None


def test_a_missed_sentence_counts_against_recall_and_macro_f1() -> None:
    tally = evaluate.Tally()
    for gold, predicted in [("ASSAULT", "ASSAULT"), ("ASSAULT", evaluate.NONE), ("AID", "AID"), ("AID", "ASSAULT")]:
        tally.add(gold, predicted)
    macro, rows = evaluate.class_table(tally)
    by_class = {row[0]: row for row in rows}
    assert set(by_class) == {"ASSAULT", "AID"}  # NONE is never a class of its own
    assert by_class["ASSAULT"][2:] == pytest.approx((0.5, 0.5, 0.5))
    assert by_class["AID"][2:] == pytest.approx((1.0, 0.5, 2 / 3))
    assert macro == pytest.approx((0.5 + 2 / 3) / 2)
    figures = evaluate.headline("X", tally)
    assert figures["X found rate"] == pytest.approx(0.75)
    assert figures["X type accuracy"] == pytest.approx(0.5)


def test_stated_as_scoring_reads_announcements_as_plover_codes_them() -> None:
    sentence = "Colombia will release the Venezuelan soldiers."
    event = _event("RETREAT", sentence, "Colombia", "the Venezuelan soldiers", 0.8, "release")
    assert evaluate._stated_label(event, evaluate.PLV_MERGED) == "YIELD"
    event.stated_as = "AGREE"
    assert evaluate._stated_label(event, evaluate.PLV_MERGED) == "AGREE"
    assert evaluate._label(event, evaluate.PLV_MERGED) == "YIELD"
    assert evaluate._stated_label(None, {}) == evaluate.NONE


def test_police_variant_keeps_police_and_unnamed_doers() -> None:
    sentence = "Police detained two men after a mob burned a bus."
    arrest = _event("COERCE", sentence, "Police", "two men", 0.8, "detained")
    arrest.source[0].sector = "COP"
    burning = _event("ASSAULT", sentence, "a mob", "a bus", 0.8, "burned")
    burning.source[0].sector = "CVL"
    passive = _event("COERCE", sentence, "Police", None, 0.8, "detained")
    passive.source = []
    assert evaluate._police_or_unnamed(arrest) and evaluate._police_or_unnamed(passive)
    assert not evaluate._police_or_unnamed(burning)


def test_lenient_json_reads_stray_commas() -> None:
    records = evaluate.parse_lenient_json('[\n,\n{"event": "DEMAND", "source": [{"actorText": "A",},],},\n]')
    assert records == [{"event": "DEMAND", "source": [{"actorText": "A"}]}]


def test_factuality_cue_on_the_trigger_verb(analyse) -> None:
    negated = analyse("The army did not shell the northern villages on Tuesday.")
    text = negated.document.text
    assert evaluate.has_factuality_cue(negated, _event("ASSAULT", text, "The army", None, 0.5, "shell"))
    conditional = analyse("The minister said the rebels might release the hostages next week.")
    text = conditional.document.text
    assert evaluate.has_factuality_cue(conditional, _event("RETREAT", text, "the rebels", None, 0.5, "release"))
    plain = analyse("Troops shelled the northern villages on Tuesday.")
    text = plain.document.text
    assert not evaluate.has_factuality_cue(plain, _event("ASSAULT", text, "Troops", None, 0.5, "shelled"))


# ------------------------------------------------------------ readers on the real gold files


def test_plv_reader_and_folds(data_dir: Path) -> None:
    plv = train.read_plv(data_dir)
    assert len(plv) > 1000
    assert {e.label for e in plv} <= (PLOVER_TYPES - {"CONCEDE", "RETREAT"}) | {"YIELD"}
    assert sum("<s>" in (e.marked or "") for e in plv) > 0.99 * len(plv)
    folds = train.plv_folds(plv)
    held_out = sorted(i for _, test in folds for i in test)
    assert held_out == list(range(len(plv)))  # every sentence is held out exactly once


def test_story_and_conflibert_readers(data_dir: Path) -> None:
    stories = train.read_stories(data_dir)
    assert len(stories) > 4000
    assert {e.label for e in stories} <= PLOVER_TYPES
    assert {"CONCEDE", "RETREAT"} <= {e.label for e in stories}
    assert all(e.text and e.weight < 1.0 for e in stories)
    lengths = sorted(len(e.text) for e in stories)
    assert lengths[len(lengths) // 2] < 300  # lead sentences, not whole stories
    pairs = train.read_conflibert(data_dir)
    assert len(pairs) > 1000
    assert {label for _, label in pairs} == {0, 1, 2, 3, 4}


def test_gsr_reader_maps_old_labels(data_dir: Path) -> None:
    gold = evaluate.read_gsr_gold(data_dir)
    assert len(gold) > 50
    assert {g.label for g in gold} <= PLOVER_TYPES
    assert all("{" not in g.text for g in gold)
    assert sum(bool(g.sources) for g in gold) > 0.9 * len(gold)


def test_gsr_joint_act_is_read_as_a_pair_matched_either_way(data_dir: Path) -> None:
    gold = evaluate.read_gsr_gold(data_dir)
    mutual = [g for g in gold if g.mutual]
    assert mutual and all(len(g.sources) == 1 and g.targets for g in mutual)
    sentence = "Peru and Chile agreed to a ceasefire."
    item = evaluate.Gold(sentence, "AGREE", ["Peru"], ["Chile"], mutual=True)
    backwards = [_event("AGREE", sentence, "Chile", "Peru", 0.8, "agreed")]
    tally = evaluate.DyadTally()
    evaluate.score_dyad(tally, backwards, item, {}, frozenset())
    evaluate.score_dyad(tally, backwards, evaluate.Gold(sentence, "AGREE", ["Peru"], ["Chile"]), {}, frozenset())
    assert tally.predicted == ["AGREE", "NONE"]


def test_ipe_reader_maps_labels(data_dir: Path) -> None:
    documents = evaluate.read_ipe(data_dir, limit=60)
    assert len(documents) == 60
    labels = [label for d in documents for sentence_labels in d.labels for label in sentence_labels]
    assert set(labels) <= {"ASSAULT", "COERCE"}
    assert "COERCE" in labels
    assert all(len(d.sentences) == len(d.labels) for d in documents)
    sentences = [s for d in documents for s in d.sentences]
    assert sum("â€" in s for s in sentences) < 0.02 * len(sentences)  # broken encodings mostly repaired


# ------------------------------------------------------------ the CI floor


@pytest.mark.slow
def test_quick_suite_stays_above_floors(data_dir: Path) -> None:
    """Floors set a little below what the quick suite measured, so accuracy cannot fall silently."""
    result = evaluate.run(data_dir, quick=True)
    figures = result.figures
    assert figures["PLV rules+model(CV) sentence-level found rate"] >= 0.90
    assert figures["PLV rules+model(CV) sentence-level type accuracy"] >= 0.77
    assert figures["PLV rules+model(CV) sentence-level macro-F1"] >= 0.76
    assert figures["PLV rules+model(CV) sentence-level macro-F1"] >= figures["PLV rules sentence-level macro-F1"] + 0.01  # the model earns its place
    assert figures["PLV rules+model(CV) scored by stated_as sentence-level macro-F1"] >= 0.76
    assert figures["GSR rules+model sentence-level found rate"] >= 0.88
    assert figures["GSR rules+model sentence-level macro-F1"] >= 0.70
    assert figures["IPE COERCE F1"] >= 0.30
    assert figures["IPE COERCE by police F1"] >= 0.35
    assert figures["events coded"] > 400
    assert figures["cued events marked asserted (share)"] <= 0.10
    # dyads (issue 13): the shipped configuration, and the role model earning its place over rules alone
    assert figures["PLV rules+model+roles(CV) dyad found rate"] >= 0.50
    assert figures["PLV rules+model+roles(CV) dyad type accuracy where found"] >= 0.80
    assert figures["PLV rules+model+roles(CV) dyad macro-F1"] >= figures[
        "PLV rules+model(CV), roles by rules alone dyad macro-F1"]
    assert figures["GSR rules+model+roles dyad macro-F1"] >= 0.45
    assert figures["ConfliBERT test role F1"] >= 0.65
    assert "PLV dyads per class" in result.table and "| ASSAULT |" in result.table
