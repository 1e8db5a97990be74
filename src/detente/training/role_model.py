"""Train the role model (detente.events.role_model): (trigger, noun phrase) -> source / target / neither.

    python -m detente.training.role_model [--data ../shared/data] [--out PATH]

Training data, train parts only:
- PLV `marked_sentence`: <s>source</s> and <t>target</t> around one pair per sentence;
- ConfliBERT `ner_train.txt`: S (source) and T (target) spans; R spans (both sides of a reciprocal act)
  say nothing about direction and are left out.
GSR dev and ConfliBERT ner_test are never read here: the evaluation measures on them.

Each sentence is parsed; its trigger is the rule coder's trigger whose source slot falls in the gold
source (else its first trigger, else the root verb), and every noun phrase head of that sentence is
one example, labelled by the gold span it falls in. Deterministic (liblinear-free lbfgs, fixed data order).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.events.role_model import MODEL_PATH, features, mentions

FEATURES = list[tuple[dict[str, Any], str]]
MARK = re.compile(r"</?[st]>")


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


def _trigger(doc: Doc, spans: list[tuple[str, int, int]]) -> tuple[Token, Span] | None:
    """The coder's trigger for the gold pair: one whose source slot is in the gold source, else the first one."""
    from detente.events.detect import candidates_in

    found = []
    for sentence in doc.sents:
        for cand in candidates_in(sentence):
            found.append((cand, sentence))
            if any(_inside(t, spans) == "source" for t in cand.sources):
                return cand.anchor, sentence
    if found:
        return found[0][0].anchor, found[0][1]
    sources = [s for role, s, _ in spans if role == "source"]
    for sentence in doc.sents:
        if sources and sentence.start_char <= sources[0] < sentence.end_char:
            return sentence.root, sentence
    return None


def featurise(texts: list[RoleText], nlp: Any) -> list[FEATURES]:
    """Per sentence, one (features, label) row for each noun phrase head of the trigger's sentence."""
    rows: list[FEATURES] = []
    for item, doc in zip(texts, nlp.pipe([t.text for t in texts], batch_size=64), strict=True):
        found = _trigger(doc, item.spans)
        if found is None:
            rows.append([])
            continue
        trigger, sentence = found
        rows.append([(features(trigger, m), _inside(m, item.spans)) for m in mentions(sentence) if m.i != trigger.i])
    return rows


def fit(rows: Iterable[FEATURES]) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    flat = [row for sentence in rows for row in sentence]
    model = Pipeline([("features", DictVectorizer()), ("model", LogisticRegression(C=0.5, max_iter=2000))])
    model.fit([f for f, _ in flat], [label for _, label in flat])
    return model


def main(argv: list[str] | None = None) -> int:
    import joblib
    import sklearn

    from detente.eval import default_data_dir
    from detente.nlp import load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    data = args.data or default_data_dir()
    nlp = load_pipeline()
    rows = featurise(read_plv_roles(data), nlp) + featurise(read_conflibert_roles(data, "train"), nlp)
    model = fit(rows)
    joblib.dump({"pipeline": model, "sklearn": sklearn.__version__}, args.out, compress=("gzip", 6))
    print(f"role model: {sum(len(r) for r in rows)} examples from {len(rows)} sentences -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
