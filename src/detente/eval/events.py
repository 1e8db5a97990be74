"""`detente eval events`: the whole coder (spaCy, actors, rules, learned model) on gold event data.

Three readings of ../shared/data, each coded end to end through detente.pipeline.Coder:

- PLV (`plv/train.tsv`): one sentence, one gold source-target pair and PLOVER root each. Our
  CONCEDE and RETREAT count as the gold's merged YIELD. Measured twice: rules alone (learned model
  off) and rules + model, where each sentence is seen only by the cross-validation fold model that
  was not trained on it (the shipped model has seen all of PLV, so it would flatter us).
- GSR dev (`plover/PLOVER_GSR_CAMEO.dev.txt`): OEDA gold records in the older PLOVER 0.5 labels,
  mapped to today's (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT);
  the shipped model has never seen these.
- IndiaPoliceEvents (`india_police_events/sents.jsonl`): real, lowercased news; per-sentence
  labels, KILL or FORCE -> ASSAULT, ARREST -> COERCE; precision and recall at sentence level.

An announced or refused act is two events (announcements.py): the act with its own type and
factuality, and the statement, asserted, as PLOVER codes it (will release -> AGREE, will not release ->
REJECT, will impose a curfew -> THREATEN); the statement is the surer of the two, so it is the sentence's
best event when both have the gold's parties. PLV and GSR are also scored "by stated_as" (the act's
Event.stated_as where set), which with announcements switched on gives the same figures; with them
off (announcements.yaml) it is how PLOVER would read the act. IndiaPoliceEvents is also scored "by
police": only events whose doer is police or unnamed count, since the corpus labels police actions.

The headline is the dyad score (dyads.py, issue 13 item 1): a gold pair is found only by an event
whose source overlaps the gold source and whose target overlaps the gold target (either order for
the codebook's reciprocal types, AGREE and CONSULT); overlap = the two texts share a word other than
"the", "of", "and"; among matching events the gold's type is preferred; no matching event is the
prediction NONE. Found rate, type accuracy where found and macro-F1 over the gold classes follow.

The older sentence-level figure is kept as a secondary line, named "sentence-level": there the
"best" event of a sentence is the one whose sides overlap the gold ones most (ties: higher
confidence), else the most confident one, so an event with the wrong parties still counts.
The role measure (roles.py) checks our source and target mentions against ConfliBERT's S/T/R spans.
A sentence with no event counts as the prediction NONE: it lowers recall and accuracy. The factuality
check counts events marked asserted whose trigger carries a negation or a hypothetical cue in the
parse (see eval_cues.yaml).
`quick` takes one PLV fold, all of GSR and the first IndiaPoliceEvents documents: under a minute.
"""

from __future__ import annotations

import csv
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ftfy
import yaml

from detente.analysis import Analysis
from detente.eval import SuiteResult, prf, require
from detente.eval.dyads import (
    RIGHT,
    TYPE_WRONG,
    DyadTally,
    count_miss,
    dyad_event,
    reciprocal_types,
    row,
    write_rows,
)
from detente.eval.roles import RoleTally, read_role_sentences
from detente.events import learned, role_model
from detente.events.role_model import RoleModel
from detente.ingest import Prepared, doc_id_for, prepare
from detente.nlp.syntax import tokens_at
from detente.nlp.typography import straightened
from detente.records import Document, Event, RawDocument

NONE = "NONE"
PLV_MERGED = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
GSR_OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
IPE_LABELS = {"ASSAULT": ("KILL", "FORCE"), "COERCE": ("ARREST",)}
ROWS_VARIABLE = "DETENTE_EVAL_ROWS"  # a folder: the suite writes every PLV/GSR/ConfliBERT row there, as JSON lines
QUICK_IPE_DOCS = 40
QUICK_ROLE_SENTENCES = 60
POLICE = " by police"  # IndiaPoliceEvents labels police actions; this variant counts only those
IPE_PUBLISHED = "2002-03-15"  # the corpus covers March 2002; used where metadata gives no date


@dataclass
class Gold:
    """One gold sentence: its text, the gold type, and the gold source and target phrases."""

    text: str
    label: str
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    mutual: bool = False  # a pair coded without direction (GSR: two sources, no target): either order matches


@dataclass
class Tally:
    """Gold and predicted labels of one data set, in step."""

    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)

    def add(self, gold: str, predicted: str) -> None:
        self.gold.append(gold)
        self.predicted.append(predicted)


@dataclass
class Factuality:
    """Coded events, those whose trigger has a negation/hypothetical cue, and those of them marked asserted."""

    events: int = 0
    cued: int = 0
    asserted_with_cue: int = 0


# ---------------------------------------------------------------- gold readers


def read_plv_gold(data_dir: Path) -> list[Gold]:
    from detente.training.event_classifier import read_plv  # the same reader the model trains with

    path = require(data_dir / "plv" / "train.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    examples = read_plv(data_dir)
    assert len(rows) == len(examples)
    return [Gold(e.text, e.label, [r["source"].strip()], [r["target"].strip()]) for e, r in zip(examples, rows, strict=True)]


def parse_lenient_json(text: str) -> list[dict]:
    """The GSR file is a JSON list with stray commas (after '[' and before '}' or ']')."""
    text = re.sub(r",\s*(?=[\]}])", "", text)
    text = re.sub(r"\[\s*,", "[", text)
    return json.loads(text)


def _actor_texts(side: object) -> list[str]:
    if not isinstance(side, list):
        return []
    return [str(a.get("actorText", "")).strip() for a in side if isinstance(a, dict) and a.get("actorText")]


def read_gsr_gold(data_dir: Path) -> list[Gold]:
    path = require(data_dir / "plover" / "PLOVER_GSR_CAMEO.dev.txt")
    gold = []
    for record in parse_lenient_json(path.read_text(encoding="utf-8")):
        label = str(record.get("event", "")).upper()
        text = str(record.get("text", "")).replace("{", "").replace("}", "").strip()
        if not text or not label or label == "DOCUMENT":
            continue
        sources, targets = _actor_texts(record.get("source")), _actor_texts(record.get("target"))
        mutual = not targets and len(sources) >= 2
        if mutual:  # "Bosnia and Slovenia agreed to a ceasefire": GSR lists a joint act's parties as sources
            sources, targets = sources[:1], sources[1:]
        gold.append(Gold(text, GSR_OLD_TO_NEW.get(label, label), sources, targets, mutual))
    return gold


@dataclass
class IpeDocument:
    doc_id: int
    published: str
    sentences: list[str]
    labels: list[set[str]]  # our types (ASSAULT, COERCE) per sentence


def read_ipe(data_dir: Path, limit: int | None = None) -> list[IpeDocument]:
    """IndiaPoliceEvents sentences grouped by document, encodings repaired, labels mapped to PLOVER."""
    folder = data_dir / "india_police_events"
    dates: dict[int, str] = {}
    meta = folder / "metadata.jsonl"
    if meta.exists():
        with meta.open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                dates[int(item["doc_id"])] = str(item.get("date") or IPE_PUBLISHED)[:10]
    documents: dict[int, IpeDocument] = {}
    with require(folder / "sents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            doc_id = int(item["doc_id"])
            if doc_id not in documents:
                if limit is not None and len(documents) >= limit:
                    continue
                documents[doc_id] = IpeDocument(doc_id, dates.get(doc_id, IPE_PUBLISHED), [], [])
            gold = set(item.get("sent_labels") or [])
            ours = {ours for ours, theirs in IPE_LABELS.items() if gold & set(theirs)}
            documents[doc_id].sentences.append(" ".join(ftfy.fix_text(item["sent_text"]).split()))
            documents[doc_id].labels.append(ours)
    return list(documents.values())


# ---------------------------------------------------------------- coding


@lru_cache(maxsize=1)
def _coder():  # type: ignore[no-untyped-def]
    from detente.pipeline import Coder

    return Coder()


def _events_stage() -> Callable[[Analysis], None]:
    from detente.stages import REGISTRY

    return REGISTRY["events"].run


def _analyses(prepared: Iterable[Prepared]) -> Iterator[Analysis | None]:
    for result in _coder().analyse_prepared(prepared):
        yield result if isinstance(result, Analysis) else None


# Between runs of the suite in one process (the ablation, `detente ablate events`): the parsed gold sentences and
# the fold models, made once with every rule on. Only the events stage, which recode_events runs again on each
# parse (or, for IndiaPoliceEvents, scored on the coder's own events, the stage as the coder runs it), sees a rule
# switched off, as it would in a coder shipped with that model.
_reused: dict[object, object] | None = None


@contextmanager
def reusing_parses() -> Iterator[None]:
    """Keep parses and fold models for the runs inside the block (see _reused)."""
    global _reused
    outer, _reused = _reused, {} if _reused is None else _reused
    try:
        yield
    finally:
        _reused = outer


def _parsed(prepared: Iterable[Prepared], rerun_events: bool = False) -> Iterator[Analysis | None]:
    """_analyses, from the parses kept by reusing_parses where there are any. The caller runs the events stage
    again on them (recode_events), or asks for it here (`rerun_events`: the stage as the coder runs it)."""
    if _reused is None:
        yield from _analyses(prepared)
        return
    batch = list(prepared)
    keys = [("parse", p.document.origin, p.document.text) for p in batch]
    missing = [p for p, key in zip(batch, keys, strict=True) if key not in _reused]
    fresh = set()
    for p, analysis in zip(missing, _analyses(missing), strict=True):
        _reused[("parse", p.document.origin, p.document.text)] = analysis
        fresh.add(("parse", p.document.origin, p.document.text))
    for key in keys:
        analysis = _reused[key]
        if rerun_events and analysis is not None and key not in fresh:
            analysis.events = []  # type: ignore[attr-defined]
            _events_stage()(analysis)  # type: ignore[arg-type]
        yield analysis  # type: ignore[misc]


def _kept(key: object, make: Callable[[], Any]) -> Any:
    if _reused is None:
        return make()
    if key not in _reused:
        _reused[key] = make()
    return _reused[key]


def _prepare_sentence(text: str, number: int) -> Prepared:
    return prepare(RawDocument(origin=f"<gold {number}>", text=text))


@dataclass(frozen=True)
class Config:
    """One way of running the events stage: event classifier (or none) and how the role model takes part."""

    classifier: learned.EventClassifier | None
    roles: str = "off"  # off: rules alone | on: the model fills what rules leave empty | alone: the model names sides
    role_model: RoleModel | None = None


def recode_events(analysis: Analysis, model: learned.EventClassifier | None | Config) -> list[Event]:
    """Run the events stage again on a parsed analysis, with this configuration (or classifier) behind the rules."""
    config = model if isinstance(model, Config) else Config(model)
    analysis.events = []
    roles = {"off": role_model.disabled(), "on": role_model.using(config.role_model),
             "alone": role_model.alone(config.role_model)}[config.roles]
    with (learned.using(config.classifier) if config.classifier is not None else learned.disabled()), roles:
        _events_stage()(analysis)
    return list(analysis.events)


# ---------------------------------------------------------------- choosing and scoring


def _spans_of(phrases: list[str], text: str) -> list[tuple[int, int]]:
    spans = []
    lowered = text.lower()
    for phrase in phrases:
        at = lowered.find(phrase.lower()) if phrase else -1
        if at >= 0:
            spans.append((at, at + len(phrase)))
    return spans


def _overlaps(refs: list, spans: list[tuple[int, int]]) -> bool:
    return any(ref.start < end and start < ref.end for ref in refs for start, end in spans)


def best_event(events: list[Event], gold: Gold, text: str) -> Event | None:
    """The event that speaks about the gold pair: most sides overlapping, then highest confidence."""
    if not events:
        return None
    sources, targets = _spans_of(gold.sources, text), _spans_of(gold.targets, text)

    def key(event: Event) -> tuple[int, float]:
        sides = int(_overlaps(event.source, sources)) + int(_overlaps(event.target, targets))
        return sides, event.confidence

    return max(events, key=key)


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(Path(__file__).parent.joinpath("data", "eval_cues.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(str(w).lower() for w in words) for key, words in raw.items()}


def has_factuality_cue(analysis: Analysis, event: Event) -> bool:
    """Whether a trigger's verb carries negation, a modal of possibility, or sits in an 'if' clause."""
    cues = _cues()
    for mention in event.mentions:
        span = tokens_at(analysis.doc, mention.trigger.start, mention.trigger.end)
        if span is None or len(span) == 0:
            continue
        verbs = {span.root, span.root.head} if span.root.dep_ in ("xcomp", "dobj", "ccomp") else {span.root}
        for verb in verbs:
            for child in verb.children:
                word = straightened(child.lower_)  # "won’t", "can’t": the cues are written with straight apostrophes
                if child.dep_ == "neg" or word in cues["negation"]:
                    return True
                if child.dep_ in ("aux", "auxpass") and word in cues["hypothetical_modals"]:
                    return True
                if child.dep_ == "mark" and word in cues["conditional_marks"]:
                    return True
    return False


def count_factuality(tally: Factuality, analysis: Analysis, events: list[Event]) -> None:
    """Statements of what will or will not be done ("will not release": REJECT) are asserted by design: the
    cue they carry is what makes them statements, so they are not counted."""
    for event in events:
        if event.evidence.startswith("announced:"):
            continue
        tally.events += 1
        if has_factuality_cue(analysis, event):
            tally.cued += 1
            if event.factuality == "asserted":
                tally.asserted_with_cue += 1


def class_table(tally: Tally) -> tuple[float, list[tuple[str, int, float, float, float]]]:
    """Macro-F1 over the gold classes and one row (class, support, P, R, F1) per class."""
    rows = []
    for label in sorted(set(tally.gold)):
        tp = sum(g == label and p == label for g, p in zip(tally.gold, tally.predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(tally.gold, tally.predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(tally.gold, tally.predicted, strict=True))
        rows.append((label, tp + fn, *prf(tp, fp, fn)))
    macro = sum(r[4] for r in rows) / len(rows) if rows else 0.0
    return macro, rows


def headline(prefix: str, tally: Tally) -> dict[str, float]:
    total = len(tally.gold) or 1
    found = sum(p != NONE for p in tally.predicted)
    right = sum(g == p for g, p in zip(tally.gold, tally.predicted, strict=True))
    macro, _ = class_table(tally)
    return {
        f"{prefix} sentences": len(tally.gold),
        f"{prefix} found rate": found / total,
        f"{prefix} type accuracy": right / total,
        f"{prefix} type accuracy where found": right / found if found else 0.0,
        f"{prefix} macro-F1": macro,
    }


def markdown_table(title: str, tallies: dict[str, Tally]) -> str:
    """Per-class precision/recall/F1, one column group per configuration."""
    names = list(tallies)
    tables = {name: dict((r[0], r) for r in class_table(t)[1]) for name, t in tallies.items()}
    classes = sorted(set().union(*[set(t) for t in tables.values()]))
    header = "| class | gold | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    lines = [f"**{title}**", "", header, "|---|---:|" + "---:|---:|---:|" * len(names)]
    for label in classes:
        support = next(t[label][1] for t in tables.values() if label in t)
        cells = []
        for name in names:
            _, _, p, r, f = tables[name].get(label, (label, 0, 0.0, 0.0, 0.0))
            cells.append(f"{p:.2f} | {r:.2f} | {f:.2f}")
        lines.append(f"| {label} | {support} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------- the three data sets


STATED = " stated_as"  # suffix of the configurations scored by PLOVER's coding of announcements


def _label(event: Event | None, merged: dict[str, str]) -> str:
    return NONE if event is None else merged.get(event.event_type, event.event_type)


def _stated_label(event: Event | None, merged: dict[str, str]) -> str:
    """The type as PLOVER codes an announced or refused act (stated_as: AGREE, REJECT, THREATEN), where set."""
    if event is None or not event.stated_as:
        return _label(event, merged)
    return merged.get(event.stated_as, event.stated_as)


@dataclass
class Scored:
    """One data set scored per configuration: sentence-level tallies (and "... stated_as") and dyad tallies."""

    sentences: dict[str, Tally] = field(default_factory=dict)
    dyads: dict[str, DyadTally] = field(default_factory=dict)

    def extend(self, other: Scored) -> None:
        for name, tally in other.sentences.items():
            mine = self.sentences.setdefault(name, Tally())
            mine.gold += tally.gold
            mine.predicted += tally.predicted
        for name, dyad in other.dyads.items():
            self.dyads.setdefault(name, DyadTally()).extend(dyad)


def score_dyad(tally: DyadTally, events: list[Event], gold: Gold, merged: dict[str, str],
               reciprocal: frozenset[str]) -> None:
    """Add one gold pair: the type of the event that names both its parties, else NONE (and why not)."""
    either = reciprocal | {gold.label} if gold.mutual else reciprocal
    type_of = lambda e: _label(e, merged)  # noqa: E731
    chosen = dyad_event(events, gold.label, gold.sources, gold.targets, type_of, either)
    predicted = _label(chosen, merged)
    tally.add(gold.label, predicted)
    kind = RIGHT if predicted == gold.label else TYPE_WRONG
    if chosen is None:
        kind = count_miss(tally.misses, events, gold.sources)
    tally.rows.append(row(gold.text, gold.label, predicted, kind, gold.sources, gold.targets, events, type_of))


def configurations(classifier: learned.EventClassifier | None, roles: RoleModel | None) -> dict[str, Config]:
    """What is measured: rules alone; with the event classifier; with the role model filling empty sides
    (the shipped configuration, the headline); and with the role model alone naming the sides."""
    return {"rules": Config(None), "rules+model": Config(classifier),
            "roles alone": Config(classifier, "alone", roles), "rules+model+roles": Config(classifier, "on", roles)}


def evaluate_sentences(gold: list[Gold], models: dict[str, Config],
                       merged: dict[str, str], factuality: Factuality, reciprocal: frozenset[str]) -> Scored:
    """Code each gold sentence once, then the events stage once per configuration in `models`.

    Each configuration is scored as dyads, and at sentence level twice: by event_type, and
    (name + STATED) by stated_as where set.
    """
    scored = Scored({key: Tally() for name in models for key in (name, name + STATED)},
                    {name: DyadTally() for name in models})
    tallies = scored.sentences
    prepared = (_prepare_sentence(g.text, n) for n, g in enumerate(gold))
    for item, analysis in zip(gold, _parsed(prepared), strict=True):
        for number, (name, model) in enumerate(models.items()):
            if analysis is None:
                tallies[name].add(item.label, NONE)
                tallies[name + STATED].add(item.label, NONE)
                score_dyad(scored.dyads[name], [], item, merged, reciprocal)
                continue
            events = recode_events(analysis, model)
            if number == len(models) - 1:
                count_factuality(factuality, analysis, events)
            score_dyad(scored.dyads[name], events, item, merged, reciprocal)
            chosen = best_event(events, item, analysis.document.text)
            tallies[name].add(item.label, _label(chosen, merged))
            tallies[name + STATED].add(item.label, _stated_label(chosen, merged))
    return scored


def dyad_figures(prefix: str, tally: DyadTally) -> dict[str, float]:
    """The headline: found rate, type accuracy where found, macro-F1 over the gold classes; how misses went."""
    total = len(tally.gold) or 1
    found = sum(p != NONE for p in tally.predicted)
    right = sum(g == p for g, p in zip(tally.gold, tally.predicted, strict=True))
    pairs = Tally(tally.gold, tally.predicted)
    return {
        f"{prefix} dyad found rate": found / total,
        f"{prefix} dyad type accuracy where found": right / found if found else 0.0,
        f"{prefix} dyad macro-F1": class_table(pairs)[0],
        f"{prefix} dyad missed: source right, target empty": tally.misses.source_right_target_empty / total,
        f"{prefix} dyad missed: source right, target wrong": tally.misses.source_right_target_wrong / total,
        f"{prefix} dyad missed: no event with the gold source": tally.misses.no_source_match / total,
    }


def sentence_figures(prefix: str, tally: Tally) -> dict[str, float]:
    """The older sentence-level reading, renamed so that no one takes it for the dyad figure."""
    return {key.replace(prefix, f"{prefix} sentence-level", 1): value for key, value in headline(prefix, tally).items()}


def add_model_alone(tally: Tally, gold: list[Gold], model: learned.EventClassifier,
                    merged: dict[str, str]) -> None:
    """The classifier by itself, one type per sentence, no parse or actors: what it could add to rules."""
    for item, (event_type, _p) in zip(gold, model.classify([g.text for g in gold]), strict=True):
        tally.add(item.label, merged.get(event_type, event_type))


def plv_fold_models(data_dir: Path, quick: bool) -> list[tuple[list[int], learned.EventClassifier]]:
    """(held-out PLV rows, main model trained without them) for each fold; one fold when quick.

    The CONCEDE/RETREAT split and the softmax temperature come from the shipped model: the split is
    trained on synthetic stories only, so it has not seen the held-out sentences either.
    """
    from detente.training import event_classifier as train

    plv = train.add_lexicon(train.read_plv(data_dir))
    stories = train.add_lexicon(train.read_stories(data_dir))
    shipped = learned.shipped()
    split = shipped.yield_split if shipped is not None else None
    temperature = shipped.temperature if shipped is not None else 1.0
    folds = train.plv_folds(plv)[:1] if quick else train.plv_folds(plv)
    result = []
    for train_index, test_index in folds:
        main = train.fit_main([plv[i] for i in train_index] + stories)
        result.append(([int(i) for i in test_index],
                       learned.EventClassifier(main, split, temperature, lexicon_words=True)))
    return result


def plv_role_models(data_dir: Path, held_outs: list[list[int]]) -> list[RoleModel]:
    """One role model per PLV fold, trained (thresholds too) on the other folds' marked sentences and ConfliBERT
    ner_train."""
    from detente.nlp import load_pipeline
    from detente.training import role_model as train

    nlp = load_pipeline()
    plv = train.featurise(train.read_plv_roles(data_dir), nlp)
    conflibert = train.featurise(train.read_conflibert_roles(data_dir, "train"), nlp)
    models = []
    for held_out in held_outs:
        out = set(held_out)
        models.append(train.train([row for i, row in enumerate(plv) if i not in out] + conflibert))
    return models


def evaluate_ipe(data_dir: Path, quick: bool, factuality: Factuality) -> dict[str, Tally]:
    """Sentence-level ASSAULT and COERCE on IndiaPoliceEvents, coded a document at a time."""
    documents = read_ipe(data_dir, limit=QUICK_IPE_DOCS if quick else None)
    prepared, offsets = [], []
    for document in documents:
        text, starts = "", []
        for sentence in document.sentences:
            starts.append(len(text))
            text += sentence + " "
        offsets.append(starts)
        doc = Document(doc_id=doc_id_for(text), text=text, published=document.published, published_source="given",
                       origin=f"india_police_events:{document.doc_id}", source="Times of India")
        prepared.append(Prepared(doc, None, []))
    tallies = {key: Tally() for label in IPE_LABELS for key in (label, label + POLICE)}
    for document, starts, analysis in zip(documents, offsets, _parsed(prepared, rerun_events=True), strict=True):
        predicted: list[set[str]] = [set() for _ in document.sentences]
        by_police: list[set[str]] = [set() for _ in document.sentences]
        if analysis is not None:
            count_factuality(factuality, analysis, analysis.events)
            for event in analysis.events:
                if event.event_type not in IPE_LABELS or event.factuality != "asserted":
                    continue
                for mention in event.mentions:
                    index = max(0, _sentence_at(starts, mention.trigger.start or mention.start))
                    predicted[index].add(event.event_type)
                    if _police_or_unnamed(event):
                        by_police[index].add(event.event_type)
        for gold, ours, police in zip(document.labels, predicted, by_police, strict=True):
            for label in IPE_LABELS:
                tallies[label].add(label if label in gold else NONE, label if label in ours else NONE)
                tallies[label + POLICE].add(label if label in gold else NONE, label if label in police else NONE)
    return tallies


def _police_or_unnamed(event: Event) -> bool:
    """The corpus labels what police did: an event counts when its doer is police or not named."""
    return not event.source or any(ref.sector == "COP" for ref in event.source)


def _sentence_at(starts: list[int], char: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, char) - 1


# ---------------------------------------------------------------- the suite


def evaluate_roles(data_dir: Path, quick: bool, models: dict[str, Config]) -> dict[str, RoleTally]:
    """Our source and target mentions against ConfliBERT's S/T/R spans (the test file: never trained on)."""
    sentences = read_role_sentences(data_dir / "conflibert_cameo" / "ner_test.txt")
    if quick:
        sentences = sentences[:QUICK_ROLE_SENTENCES]
    tallies = {name: RoleTally() for name in models}
    prepared = (_prepare_sentence(s.text, n) for n, s in enumerate(sentences))
    for sentence, analysis in zip(sentences, _parsed(prepared), strict=True):
        for name, model in models.items():
            tallies[name].add(sentence, recode_events(analysis, model) if analysis is not None else [])
    return tallies


def role_figures(prefix: str, tally: RoleTally) -> dict[str, float]:
    figures: dict[str, float] = {}
    for label, roles in (("", ("source", "target")), (" source", ("source",)), (" target", ("target",))):
        p, r, f = tally.scores(roles)
        figures.update({f"{prefix}{label} precision": p, f"{prefix}{label} recall": r, f"{prefix}{label} F1": f})
    return figures


def run(data_dir: Path, quick: bool = False) -> SuiteResult:
    started = time.perf_counter()
    figures: dict[str, float] = {}
    secondary: dict[str, float] = {}
    notes: list[str] = []
    tables: list[str] = []
    factuality = Factuality()
    model_state = "shipped learned model loaded" if learned.available() else "no learned model (rules only)"
    reciprocal = reciprocal_types(data_dir / "plover" / "PLOVER_structured_codebook.csv")

    plv = read_plv_gold(data_dir)
    alone_plv = Tally()
    plv_scored = Scored()
    folds = _kept(("folds", data_dir, quick), lambda: plv_fold_models(data_dir, quick))
    role_models = _kept(("roles", data_dir, quick),
                        lambda: plv_role_models(data_dir, [held_out for held_out, _ in folds]))
    for (held_out, fold_model), fold_roles in zip(folds, role_models, strict=True):
        add_model_alone(alone_plv, [plv[i] for i in held_out], fold_model, PLV_MERGED)
        plv_scored.extend(evaluate_sentences([plv[i] for i in held_out], configurations(fold_model, fold_roles),
                                             PLV_MERGED, factuality, reciprocal))
    plv_tallies = plv_scored.sentences
    rules_plv, model_plv = plv_tallies["rules"], plv_tallies["rules+model"]
    figures.update(dyad_figures("PLV rules+model+roles(CV)", plv_scored.dyads["rules+model+roles"]))
    figures.update(dyad_figures("PLV rules+model(CV), roles by rules alone", plv_scored.dyads["rules+model"]))
    figures.update(dyad_figures("PLV rules+model(CV), roles by the role model alone", plv_scored.dyads["roles alone"]))
    figures.update(dyad_figures("PLV rules only (no learned model)", plv_scored.dyads["rules"]))
    secondary.update(sentence_figures("PLV rules", rules_plv))
    secondary.update(sentence_figures("PLV rules+model(CV)", model_plv))
    secondary.update(sentence_figures("PLV rules+model+roles(CV)", plv_tallies["rules+model+roles"]))
    secondary.update(sentence_figures("PLV rules+model(CV) scored by stated_as", plv_tallies["rules+model" + STATED]))
    secondary["PLV model alone(CV) sentence-level type accuracy"] = headline("", alone_plv)[" type accuracy"]
    secondary["PLV model alone(CV) sentence-level macro-F1"] = class_table(alone_plv)[0]
    tables.append(markdown_table("PLV dyads per class (YIELD = CONCEDE or RETREAT)",
                                 {name: Tally(plv_scored.dyads[name].gold, plv_scored.dyads[name].predicted)
                                  for name in ("rules+model", "rules+model+roles")}))
    notes.append(f"PLV: {len(rules_plv.gold)} sentences{' (one CV fold, quick)' if quick else ''}; "
                 "rules+model uses, for each sentence, the 5-fold CV model that did not see it; so does the role"
                 " model (+roles), trained on the other folds' marked sentences and ConfliBERT ner_train")
    notes.append("dyad figures (the headline): a gold pair is found only by an event whose source overlaps the gold"
                 " source AND whose target overlaps the gold target (either order for "
                 f"{', '.join(sorted(reciprocal))}, the codebook's reciprocal types); overlap = a shared word other"
                 " than the/of/and; the matching event of the gold's type is preferred; no match = NONE")
    notes.append("'sentence-level' figures (secondary): the event of the sentence that overlaps the gold sides most,"
                 " else the most confident one, whatever its parties")

    shipped = learned.shipped()
    gsr = read_gsr_gold(data_dir)
    gsr_scored = evaluate_sentences(gsr, configurations(shipped, role_model.shipped()), {}, factuality, reciprocal)
    gsr_tallies = gsr_scored.sentences
    figures.update(dyad_figures("GSR rules+model+roles", gsr_scored.dyads["rules+model+roles"]))
    figures.update(dyad_figures("GSR rules+model, roles by rules alone", gsr_scored.dyads["rules+model"]))
    figures.update(dyad_figures("GSR rules+model, roles by the role model alone", gsr_scored.dyads["roles alone"]))
    figures.update(dyad_figures("GSR rules only (no learned model)", gsr_scored.dyads["rules"]))
    secondary.update(sentence_figures("GSR rules", gsr_tallies["rules"]))
    secondary.update(sentence_figures("GSR rules+model", gsr_tallies["rules+model"]))
    secondary.update(sentence_figures("GSR rules+model scored by stated_as", gsr_tallies["rules+model" + STATED]))
    if shipped is not None:
        alone_gsr = Tally()
        add_model_alone(alone_gsr, gsr, shipped, {})
        secondary["GSR model alone sentence-level type accuracy"] = headline("", alone_gsr)[" type accuracy"]
        secondary["GSR model alone sentence-level macro-F1"] = class_table(alone_gsr)[0]
    tables.append(markdown_table("GSR dev dyads per class (PLOVER 0.5 labels mapped)",
                                 {name: Tally(gsr_scored.dyads[name].gold, gsr_scored.dyads[name].predicted)
                                  for name in ("rules+model", "rules+model+roles")}))
    tables.append(markdown_table("PLV sentence-level per class (secondary)",
                                 {"rules": rules_plv, "rules+model": model_plv,
                                  "by stated_as": plv_tallies["rules+model" + STATED]}))
    notes.append("an announced or refused act is two events: the act (its own type, factuality future or negated) and"
                 " the statement, asserted, as PLOVER codes it (will release -> AGREE, will not release -> REJECT,"
                 " will impose a curfew -> THREATEN); the statement, the surer of the two, is the best event where both"
                 " have the gold's parties")
    notes.append("'scored by stated_as': the act read through its stated_as field; with announcements on"
                 " (events/data/announcements.yaml) the same as the plain figures")
    notes.append(f"GSR dev: {len(gsr)} gold events; neither shipped model (event types, roles) saw them;"
                 f" {sum(g.mutual for g in gsr)} code a joint act by listing both parties as sources and no target:"
                 " read as the pair (first, others), matched in either order;"
                 f" {sum(not g.targets for g in gsr)} name no target at all and can never be found")

    roles = evaluate_roles(data_dir, quick, {name: config for name, config in
                                             configurations(shipped, role_model.shipped()).items() if name != "rules"})
    figures.update(role_figures("ConfliBERT test role", roles["rules+model+roles"]))
    figures.update(role_figures("ConfliBERT test role, rules alone", roles["rules+model"]))
    figures.update(role_figures("ConfliBERT test role, role model alone", roles["roles alone"]))
    notes.append("ConfliBERT role measure (conflibert_cameo/ner_test.txt"
                 f"{', first sentences, quick' if quick else ''}): every source and target mention of our events"
                 " against the S (source), T (target) and R (both) spans; a mention is right when it overlaps a span"
                 " of its role on a word other than the/of/and; precision over our mentions, recall over the spans")
    figures.update(secondary)
    rows_dir = os.environ.get(ROWS_VARIABLE)
    if rows_dir:  # every gold row and how it went, for reading the losses (not a figure)
        for name, tally in (("plv", plv_scored.dyads["rules+model+roles"]), ("gsr", gsr_scored.dyads["rules+model+roles"]),
                            ("conflibert", roles["rules+model+roles"])):
            write_rows(Path(rows_dir) / f"{name}_rows.jsonl", tally.rows)

    ipe = evaluate_ipe(data_dir, quick, factuality)
    for key, tally in ipe.items():
        label = key.removesuffix(POLICE)
        _, rows = class_table(tally)
        row = next((r for r in rows if r[0] == label), (label, 0, 0.0, 0.0, 0.0))
        figures[f"IPE {key} precision"], figures[f"IPE {key} recall"], figures[f"IPE {key} F1"] = row[2:]
    count = len(next(iter(ipe.values())).gold)
    notes.append(f"IndiaPoliceEvents: {count} sentences{' (first documents, quick)' if quick else ''}; "
                 "asserted events only; ASSAULT = KILL or FORCE, COERCE = ARREST; coded with the shipped model; "
                 "'by police': only events whose doer is police or unnamed, as the corpus labels police actions")

    figures["events coded"] = factuality.events
    figures["events with a negation/hypothetical cue"] = factuality.cued
    figures["cued events marked asserted (share)"] = (factuality.asserted_with_cue / factuality.cued
                                                      if factuality.cued else 0.0)
    notes.append(f"{model_state}; suite ran in {time.perf_counter() - started:.0f} s")
    return SuiteResult(name="events", figures=figures, table="\n\n".join(tables), notes=notes)

