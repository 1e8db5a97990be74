"""The learned role model: for a trigger and a noun phrase of its sentence, source, target or neither.

The rules (detect.py, arguments.py) read roles off the construction; where they leave a side empty,
this model looks at every other noun phrase of the sentence and names the likeliest source or
target, from what a reader of the parse sees: the dependency path between trigger and phrase, the
preposition in front of the phrase, the trigger's voice, which comes first, how far apart they are.
A logistic regression over those features (scikit-learn), trained by
`python -m detente.training.role_model` on PLV's marked sentences and ConfliBERT's ner_train only,
shipped as src/detente/events/models/role_model.joblib. A missing or unreadable file switches it off.

The evaluation swaps in fold models with `using(...)`, turns it off with `disabled()`, or lets it
alone decide both sides with `alone()`, so that rules, model and both are measured apart.
"""

from __future__ import annotations

import logging
import math
import warnings
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from detente import derived
from detente.nlp.arrays import doc_arrays, subtree_indices
from detente.nlp.perdoc import dependents, entities, once_per_doc

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("models") / "role_model.joblib"
ROLES = ("neither", "source", "target")
THRESHOLD = 0.5  # a side is filled only when the model thinks it likelier than not (unless the file says otherwise)
MAX_PATH = 5
FEW = 4  # up to this many candidates are scored in plain Python (the same figures to the last bit or two)
# the model overrules a side the rules named only where it gives every mention of that side less than `doubt` and another
# mention at least `sure`: each model file carries its own pair, chosen by cross-validation on its training rows
# (training/role_model.py, `overrule_cutoffs`); these are the values for a file that carries none
DOUBT = 0.2
SURE = 0.5
MENTION_POS = frozenset({"NOUN", "PROPN"})
MENTION_POS_IDS = frozenset({NOUN, PROPN})  # the same, as the document's part-of-speech column holds them
MISSING = object()
BOUND_MARGIN = 1e-9  # `RoleModel.surely`: its bound must clear the cutoff by this (float sums err by ~1e-15)
TABLE_LIMIT = 100_000  # values kept per feature (RoleModel._tables): a long-running service stays bounded


NOT_MENTION_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


Heads = tuple[list[int], list[tuple[int, int, Token]]]


def _phrase_heads(doc: Doc) -> tuple[Heads, Heads]:
    """The document's noun-chunk heads and entity heads that may hold a side, each as their starts (for
    bisecting) and (start, end, head) in text order: built once per document, not once per event."""
    chunks = [(c.start, c.end, c.root) for c in doc.noun_chunks if c.root.pos_ in MENTION_POS]
    return ([c[0] for c in chunks], chunks), once_per_doc(doc, "role_model.entity_heads", _entity_heads)


def _entity_heads(doc: Doc) -> Heads:
    """The heads of the document's entities that may hold a side, from the entity spans the nlp/ layer makes once
    per document (`entities`; `doc.ents` makes every Span anew on each reading)."""
    ents = []
    pos = doc_arrays(doc).pos  # by string id: `pos_` decodes the label on every read
    for e in entities(doc):
        if e.label_ in NOT_MENTION_LABELS:
            continue  # a date, a number: its root (a walk of the span and a Token) is not needed
        root = e.root  # once: Span.root walks the span
        if pos[root.i] in MENTION_POS_IDS:
            ents.append((e.start, e.end, root))
    return [e[0] for e in ents], ents


def _inside(heads: Heads, first: int, last: int) -> Iterator[Token]:
    """The heads of the phrases lying wholly within tokens [first, last)."""
    starts, phrases = heads
    for n in range(bisect_left(starts, first), len(phrases)):
        start, end, root = phrases[n]
        if start >= last:
            break
        if end <= last:
            yield root


def _sentence_chunk_heads(sentence: Span) -> list[Token]:
    """The noun-chunk heads of one sentence of the parse, read from that sentence alone.

    spaCy's English noun-chunk reader walks the words it is given, each chunk running from a word's leftmost
    dependent to the word; a sentence's dependents stay inside it, so walking the sentence gives exactly the
    document's chunks that lie in it, at the cost of that sentence instead of the whole document (most
    sentences never need theirs)."""
    doc = sentence.doc
    heads = once_per_doc(doc, "role_model.tree", _tree)[0]
    found = []
    pos = doc_arrays(doc).pos  # by string id: `pos_` decodes the label on every read
    chunks = _english_chunks(sentence) if doc.noun_chunks_iterator is english_noun_chunks else \
        doc.noun_chunks_iterator(sentence)
    for start, end, _ in chunks:
        if start >= sentence.start and end <= sentence.end:
            root = _chunk_root(doc, heads, start, end)
            if pos[root.i] in MENTION_POS_IDS:
                found.append(root)
    return found


CHUNK_DEPS = frozenset(get_string_id(label) for label in (
    "oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
CONJ, NP = get_string_id("conj"), get_string_id("NP")
CHUNK_POS = frozenset({NOUN, PROPN, PRON})


def _english_chunks(sentence: Span) -> Iterator[tuple[int, int, int]]:
    """spaCy's English noun-chunk reader (spacy/lang/en/syntax_iterators.py), step for step, on the document's
    arrays (nlp/arrays.py) instead of a Token per word of the sentence: the same chunks, in the same order."""
    arrays = doc_arrays(sentence.doc)
    pos, dep, heads, first = arrays.pos, arrays.dep, arrays.heads, arrays.first
    prev_end = -1
    for i in range(sentence.start, sentence.end):
        if pos[i] not in CHUNK_POS:
            continue
        if first[i] <= prev_end:  # no chunk inside another
            continue
        if dep[i] in CHUNK_DEPS:
            prev_end = i
            yield first[i], i + 1, NP
        elif dep[i] == CONJ:
            head = heads[i]
            while dep[head] == CONJ and heads[head] < head:
                head = heads[head]
            if dep[head] in CHUNK_DEPS:  # coordinated to a noun phrase: a noun phrase too
                prev_end = i
                yield first[i], i + 1, NP


def _chunk_root(doc: Doc, heads: list[int], start: int, end: int) -> Token:
    """`Span(doc, start, end).root` without making the Span: where the chunk's last word is the only one whose head
    lies outside it (and no other word is a sentence's root), that word is the root spaCy names; any other chunk
    is left to spaCy."""
    last = end - 1
    if start <= heads[last] < last or "root" in doc.user_span_hooks:
        return Span(doc, start, end).root
    for i in range(start, last):  # a plain loop: `all` over a generator costs a frame per chunk
        head = heads[i]
        if head == i or not start <= head < end:
            return Span(doc, start, end).root
    return doc[last]


def _is_sentence(span: Span) -> bool:
    doc = span.doc
    return len(span) > 0 and doc[span.start].is_sent_start and (span.end == len(doc) or doc[span.end].is_sent_start)


def mentions(sentence: Span) -> list[Token]:
    """Heads of the noun phrases of a sentence (nouns and names, not pronouns): the candidates for a side."""
    doc = sentence.doc
    if doc.noun_chunks_iterator is not None and _is_sentence(sentence):
        read = once_per_doc(doc, "role_model.sentence_mentions", lambda _: {})
        key = (sentence.start, sentence.end)  # several events of one sentence ask in turn
        if key not in read:
            read[key] = _gathered(_sentence_chunk_heads(sentence), once_per_doc(doc, "role_model.entity_heads",
                                                                                  _entity_heads), sentence)
        return list(read[key])
    # any other stretch of text: the document's chunks that lie wholly in it
    chunks, ents = once_per_doc(doc, "role_model.phrase_heads", _phrase_heads)
    return _gathered(list(_inside(chunks, sentence.start, sentence.end)), ents, sentence)


def _gathered(chunk_heads: list[Token], ents: Heads, sentence: Span) -> list[Token]:
    """The chunk heads and the heads of the entities lying in the sentence, once each, in text order."""
    heads: dict[int, Token] = {}
    for root in chunk_heads:
        heads[root.i] = root
    for root in _inside(ents, sentence.start, sentence.end):
        heads.setdefault(root.i, root)
    return [heads[i] for i in sorted(heads)]


def _tree(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's head index and dependency label id, read once per document (the columns of nlp/arrays.py, which
    the events stage reads anyway): climbing plain lists costs far less than making a spaCy Token for every step of
    every path."""
    arrays = doc_arrays(doc)
    return arrays.heads, arrays.dep


def _chain(heads: list[int], i: int) -> list[int]:
    """The token and its heads up to the root (at most 40)."""
    chain = [i]
    while heads[chain[-1]] != chain[-1] and len(chain) < 40:
        chain.append(heads[chain[-1]])
    return chain


@dataclass(frozen=True)
class _TriggerView:
    """What every path from one trigger reads: the document's tree, the trigger's heads up to the root (and where
    each stands on that chain), and its voice."""

    doc: Doc
    i: int
    heads: list[int]
    dep_ids: list[int]
    up: list[int]
    on: dict[int, int]
    voice: str
    words: dict[int, tuple[str, str, str, str, str]]  # the document's `_word_values`, by mention number


_views: dict[str, _TriggerView] = {}


def _view(trigger: Token) -> _TriggerView:
    """The trigger's view, kept for the next call: one trigger is scored against every phrase of its sentence."""
    doc = trigger.doc
    held = _views.get("last")
    if held is None or held.doc is not doc or held.i != trigger.i:
        heads, dep_ids = once_per_doc(doc, "role_model.tree", _tree)
        up = _chain(heads, trigger.i)
        held = _TriggerView(doc, trigger.i, heads, dep_ids, up, {t: n for n, t in enumerate(up)},
                            "passive" if _passive(trigger) else "active",
                            once_per_doc(doc, "role_model.word_values", _new_table))
        _views["last"] = held
    return held


_labels: dict[int, str] = {}  # dependency label by id: an id is the label's hash, the same in every vocabulary


def _label(doc: Doc, label_id: int) -> str:
    found = _labels.get(label_id)
    if found is None:
        found = _labels[label_id] = doc.vocab.strings[label_id]
    return found


def dependency_path(trigger: Token, mention: Token) -> str:
    """Dependency labels from the mention up to the lowest common head, then down to the trigger."""
    return _path(_view(trigger), mention.i)


def _path(view: _TriggerView, mention: int) -> str:
    """`dependency_path` from a trigger's view: the mention's heads are climbed (at most 40 words, as `_chain`)
    until one lies on the trigger's own chain."""
    heads, on = view.heads, view.on
    rise = []
    token = mention
    while token not in on:
        if heads[token] == token or len(rise) >= 39:
            return "none"
        rise.append(token)
        token = heads[token]
    # only the first MAX_PATH steps are written out (the rise, then the way down to the trigger): their labels alone
    # are read, each from the kept table (`_label` only for a label not seen before)
    doc, dep_ids, labels = view.doc, view.dep_ids, _labels
    down = on[token]  # the steps from the common head down to the trigger: view.up[:down], read from its end
    steps = [(labels.get(dep_ids[t]) or _label(doc, dep_ids[t])) + "^" for t in rise[:MAX_PATH]]
    need = MAX_PATH - len(steps)
    if need > 0 and down:
        steps += [(labels.get(dep_ids[t]) or _label(doc, dep_ids[t])) + "v"
                  for t in reversed(view.up[max(0, down - need):down])]
    return " ".join(steps) + (" ..." if len(rise) + down > MAX_PATH else "")


_PASSIVE_MARKS = frozenset(get_string_id(label) for label in ("auxpass", "nsubjpass"))


def _passive(trigger: Token) -> bool:
    return any(c.dep in _PASSIVE_MARKS for c in dependents(trigger)) or (  # relations by string id
        trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "relcl"))


LIST_DEPS = frozenset({"conj", "appos"})


def _standing(mention: Token) -> tuple[str, str]:
    """The mention's dependency and preposition as its list's first member has them: in "talks with Japan and
    Korea", Korea (conj of Japan) is an object of "with" as much as Japan is."""
    token = mention
    for _ in range(4):
        if token.dep_ not in LIST_DEPS or token.head.i == token.i:
            break
        token = token.head
    dep = token.dep_
    if dep == "pobj":
        return dep, token.head.lower_
    if dep == "agent":  # spaCy hangs the passive "by" on the verb and the doer on "by"
        return dep, "by"
    return dep, "-"


def slots(sources: list[Token], targets: list[Token]) -> dict[int, str]:
    """What the rules propose, by token: each source slot and the first target slot as themselves, later target
    slots, and the words inside each slot's phrase. The model reads it as one more feature (stacking)."""
    out: dict[int, str] = {}
    for role, tokens in (("source", sources), ("target", targets)):
        for n, token in enumerate(tokens):
            label = role if role == "source" or n == 0 else "target_more"
            out.setdefault(token.i, label)
            for inner in subtree_indices(token):
                out.setdefault(inner, f"in_{role}")
    return out


class Proposed:
    """`slots(sources, targets)` read word by word as the model asks (`get`), without the table of every word of
    every slot's phrase: an event's model scores a handful of mentions, while its slots' phrases may run long. The
    first slot that holds a word names it, the slot's own head before the rest of its phrase, as in `slots`."""

    __slots__ = ("_entries",)

    def __init__(self, sources: list[Token], targets: list[Token]):
        arrays = doc_arrays(sources[0].doc if sources else targets[0].doc) if sources or targets else None
        self._entries = [(token.i, role if role == "source" or n == 0 else "target_more",
                          subtree_indices(token, arrays), f"in_{role}")
                         for role, tokens in (("source", sources), ("target", targets))
                         for n, token in enumerate(tokens)]

    def get(self, i: int, default: str | None = None) -> str | None:
        for own, label, inner, in_label in self._entries:
            if i == own:
                return label
            if i in inner:
                return in_label
        return default


Reading = dict[int, str] | Proposed  # the rules' reading, whole (`slots`) or on demand (`Proposed`)


# the names of the values `feature_values` reads, in its order (the order the weights are added in)
FEATURES = ("path", "path+voice", "prep", "prep+order", "dep", "dep+voice", "voice", "order", "order+voice", "entity",
            "pos", "distance", "near", "same_head", "possessor", "stand", "rule", "rule+order")


def features(trigger: Token, mention: Token, proposed: Reading | None = None) -> dict[str, Any]:
    """What the role of `mention` for the event of `trigger` is read from; `proposed` is the rules' reading
    (`slots`), absent where no rule fired."""
    return dict(zip(FEATURES, feature_values(trigger, mention, proposed), strict=True))


def _new_table(_: Doc) -> dict:
    return {}


def _word_values(view: _TriggerView, mention: Token) -> tuple[str, str, str, str, str]:
    """What `feature_values` reads of the mention alone, whatever the trigger: its dependency, preposition, standing
    in its list (`_standing`), entity label and part of speech. Kept per document and mention (`_TriggerView.words`):
    every trigger of a sentence scores the same mentions."""
    dep = mention.dep_
    prep = view.doc[view.heads[mention.i]].lower_ if dep == "pobj" else "-"  # the head a Token only for its preposition
    if dep in LIST_DEPS:
        stand, stand_prep = _standing(mention)
    else:  # `_standing` of a mention that is no list member: its own dependency and preposition
        stand, stand_prep = dep, prep if dep == "pobj" else "by" if dep == "agent" else "-"
    return dep, prep, f"{stand}|{stand_prep}", mention.ent_type_ or "-", mention.pos_


def feature_values(trigger: Token, mention: Token, proposed: Reading | None = None) -> tuple[Any, ...]:
    """The values of `features`, named by FEATURES: the scorer reads them without building the dict."""
    view = _view(trigger)
    i = mention.i
    dep, prep, stand, entity, pos = _words_of(view, mention)
    path = _path(view, i)
    voice = view.voice
    order = "before" if i < view.i else "after"
    return (path, f"{path}|{voice}", prep, f"{prep}|{order}", dep, f"{dep}|{voice}", voice, order, f"{order}|{voice}",
            *_mention_values(view, i, dep, stand, entity, pos, order, proposed))


def _words_of(view: _TriggerView, mention: Token) -> tuple[str, str, str, str, str]:
    """`_word_values` of the mention, kept in the view's per-document table."""
    known = view.words.get(mention.i)
    if known is None:
        known = view.words[mention.i] = _word_values(view, mention)
    return known


# FEATURES splits in two: the first LEADING values follow from the path, the voice, the preposition, the order and the
# dependency alone (`feature_values`' first line); the rest from the mention's own words, distance and the rules
LEADING = 9


def _mention_values(view: _TriggerView, i: int, dep: str, stand: str, entity: str, pos: str, order: str,
                    proposed: Reading | None) -> tuple[Any, ...]:
    """The values of FEATURES from LEADING on."""
    gap = abs(i - view.i)
    rule = "none" if proposed is None else proposed.get(i, "-")
    return (entity, pos, min(gap, 20) / 20, gap <= 3, view.heads[i] == view.i, dep == "poss",
            f"{stand}|{view.voice}", rule, f"{rule}|{order}")


Weights = tuple[dict[str, Any], Any, str, list[str]]  # feature -> class weights, intercept, separator, classes


def weights_of(pipeline: Any) -> Weights:
    """The fitted arrays of a DictVectorizer + logistic regression pipeline, as plain dicts and NumPy arrays."""
    vectorizer, model = pipeline.steps[0][1], pipeline.steps[-1][1]
    coef = np.asarray(model.coef_, dtype=float)
    intercept = np.asarray(model.intercept_, dtype=float)
    columns = {name: coef[:, index] for name, index in vectorizer.vocabulary_.items()}
    return columns, intercept, vectorizer.separator, [str(c) for c in model.classes_]


@dataclass(frozen=True)
class RoleModel:
    """A fitted pipeline (DictVectorizer + logistic regression) over `features`.

    Scoring reads the fitted weights directly (a few dictionary look-ups and one softmax per
    candidate) rather than calling scikit-learn per trigger: its input checks cost more than the
    arithmetic on a handful of features, and the model runs for most events of a document.
    The result is the pipeline's own predict_proba (tests/test_events_role_model.py compares them).
    The coder's model is made from the weights alone (`weights`, pipeline None; see `scoring`)."""

    pipeline: Any
    weights: Weights | None = field(default=None, compare=False, repr=False)
    thresholds: dict[str, float] = field(default_factory=dict, compare=False)

    def threshold(self, role: str) -> float:
        return self.thresholds.get(role, THRESHOLD)

    @property
    def doubt(self) -> float:
        """Below this chance for every mention of a side the rules named, the model may overrule that side."""
        return self.thresholds.get("doubt", DOUBT)

    @property
    def sure(self) -> float:
        """The least chance of the mention that takes an overruled side's place."""
        return self.thresholds.get("sure", SURE)

    @cached_property
    def _weights(self) -> Weights:
        return self.weights if self.weights is not None else weights_of(self.pipeline)

    @cached_property
    def _plain(self) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
        """The weights as tuples of Python floats: adding a handful of them per candidate costs less than
        as many NumPy operations, and gives the same sums (the same float64 additions in the same order)."""
        columns, intercept, _, _ = self._weights
        return {name: tuple(column.tolist()) for name, column in columns.items()}, tuple(intercept.tolist())

    @cached_property
    def _roles_in_order(self) -> bool:
        """Whether the model's classes are ROLES, in ROLES' order (its rows need no reordering)."""
        return tuple(self._weights[3]) == ROLES

    @cached_property
    def _held(self) -> dict[str, tuple[Doc, int, Reading | None, dict[int, tuple[float, ...]]]]:
        return {}

    @cached_property
    def _tables(self) -> tuple[dict[Any, tuple[float, ...] | None], ...]:
        """Per feature (FEATURES), each value's weights as they are added: the weight of "name=value" for a string
        value, the weight of "name" times the value for a number or flag, None where the model has none."""
        return tuple({} for _ in FEATURES)

    @cached_property
    def _leading(self) -> dict[tuple[str, str, str, str, str], tuple[float, float, float]]:
        """The intercept plus the weights of the first LEADING features, by what they follow from (path, voice,
        preposition, order, dependency): the same additions in the same order as `_sums` makes, once per reading."""
        return {}

    @cached_property
    def _word_addends(self) -> dict[tuple[str, str, str, str], tuple[tuple[float, ...] | None, ...]]:
        """The addends of the entity, part-of-speech and standing features (FEATURES 9, 10 and 15), by the mention's
        entity label, part of speech, standing and the trigger's voice: every trigger of a sentence scores the same
        mentions."""
        return {}

    def _new_word_addends(self, entity: str, pos: str, stand: str, voice: str) -> tuple[tuple[float, ...] | None, ...]:
        found = (self._addend(LEADING, entity), self._addend(LEADING + 1, pos), self._addend(LEADING + 6,
                                                                                              f"{stand}|{voice}"))
        if len(self._word_addends) < TABLE_LIMIT:
            self._word_addends[(entity, pos, stand, voice)] = found
        return found

    @cached_property
    def _gap_addends(self) -> tuple[tuple[tuple[float, ...] | None, tuple[float, ...] | None], ...]:
        """The addends of the distance and nearness features (FEATURES 11 and 12) by the gap in words, 0 to 20 (a gap
        of 20 or more reads as 20 for both)."""
        return tuple((self._addend(LEADING + 2, min(gap, 20) / 20), self._addend(LEADING + 3, gap <= 3))
                     for gap in range(21))

    @cached_property
    def _same_head(self) -> tuple[float, ...] | None:
        """The addend of the same-head feature (FEATURES 13) where it holds (where it does not, none)."""
        return self._addend(LEADING + 4, True)

    @cached_property
    def _poss(self) -> tuple[float, ...] | None:
        """The addend of the possessor feature (FEATURES 14) where it holds."""
        return self._addend(LEADING + 5, True)

    @cached_property
    def _rule_addends(self) -> dict[tuple[str, str], tuple[tuple[float, ...] | None, tuple[float, ...] | None]]:
        """The addends of the rules' reading and of it with the order (FEATURES 16 and 17), by reading and order."""
        return {}

    def _new_rule_addends(self, rule: str, order: str) -> tuple[tuple[float, ...] | None, tuple[float, ...] | None]:
        found = (self._addend(LEADING + 7, rule), self._addend(LEADING + 8, f"{rule}|{order}"))
        self._rule_addends[(rule, order)] = found  # (a handful of readings times two orders)
        return found

    def _sums(self, trigger: Token, mention: Token, proposed: Reading | None) -> tuple[float, float, float]:
        """A mention's summed weights for a three-class model: the same float64 additions, in the same order, as
        adding the weights of `features` one at a time, with each feature's weights looked up once per value."""
        return self._summed(_view(trigger), mention, proposed)

    def _trailing(self, entity: str, pos: str, stand: str, voice: str, gap: int, rule: str,
                  order: str) -> tuple[tuple[tuple[float, ...] | None, ...], tuple[tuple[float, ...] | None, ...],
                                       tuple[tuple[float, ...] | None, tuple[float, ...] | None]]:
        """The addends of a mention's trailing features, each from the table kept per value of what it follows from:
        its own words and the voice, the gap in words (capped at 20), the rules' reading and the order."""
        tail = self._word_addends.get((entity, pos, stand, voice))
        if tail is None:
            tail = self._new_word_addends(entity, pos, stand, voice)
        told = self._rule_addends.get((rule, order))
        if told is None:
            told = self._new_rule_addends(rule, order)
        return tail, self._gap_addends[gap if gap < 20 else 20], told

    def _summed(self, view: _TriggerView, mention: Token, proposed: Reading | None) -> tuple[float, float, float]:
        """`_sums` from the trigger's view. The sum of the first LEADING weights is kept per reading (`_leading`):
        adding the rest to it, in order, makes exactly the additions of the whole sum."""
        i = mention.i
        words = view.words.get(i)  # `_words_of`, inline: one call fewer per mention scored
        if words is None:
            words = view.words[i] = _word_values(view, mention)
        dep, prep, stand, entity, pos = words
        path = _path(view, i)
        voice = view.voice
        order = "before" if i < view.i else "after"
        leading = self._leading
        key = (path, voice, prep, order, dep)
        start = leading.get(key)
        if start is None:
            a, b, c = self._plain[1]
            start = self._added(a, b, c, 0, (path, f"{path}|{voice}", prep, f"{prep}|{order}", dep, f"{dep}|{voice}",
                                             voice, order, f"{order}|{voice}"))
            if len(leading) < TABLE_LIMIT:
                leading[key] = start
        a, b, c = start
        # `_added(*start, LEADING, _mention_values(...))` spelled out: the same weights added in the same order, each
        # feature's addend read from a table kept per value of what it follows from (the mention's own words and the
        # voice; the gap; the rules' reading and the order), so a mention scored costs a few look-ups and no string
        # made for it
        tail, near, told = self._trailing(entity, pos, stand, voice, abs(i - view.i),
                                          "none" if proposed is None else proposed.get(i, "-"), order)
        # in FEATURES' order: entity, pos, distance, near, same_head, possessor, stand, rule, rule+order
        x = tail[0]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = tail[1]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = near[0]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = near[1]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = self._same_head if view.heads[i] == view.i else None
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = self._poss if dep == "poss" else None
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = tail[2]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = told[0]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        x = told[1]
        if x is not None:
            a, b, c = a + x[0], b + x[1], c + x[2]
        return a, b, c

    def surely(self, trigger: Token, mention: Token, proposed: Reading | None, role: str, floor: float) -> bool:
        """Whether the mention's chance of `role` is at least `floor` whatever its dependency path: a bound that spares
        the path and the softmax where the answer cannot depend on them (the doubt about a rules' side asks only
        whether some mention of that side reaches `doubt`). Exact: False never changes an answer (the caller then
        scores the mention), and True only where the scored chance would reach `floor` too.

        Every feature but the two path features (FEATURES 0 and 1) is added as `_summed` adds it; the path features
        add at most, to each other class over `role`, the largest difference of their weights over the paths the
        model knows that begin with the mention's own dependency (the path's first step; `_path_room`). The chance
        of `role` is then at least 1 / (1 + the sum of exp(that other class's lead)), checked with a margin far
        above the rounding of a few float additions."""
        if not self._roles_in_order or len(self._plain[1]) != 3:
            return False  # another kind of model: scored as ever
        view = _view(trigger)
        i = mention.i
        words = view.words.get(i)
        if words is None:
            words = view.words[i] = _word_values(view, mention)
        dep, prep, stand, entity, pos = words
        voice = view.voice
        order = "before" if i < view.i else "after"
        key = (voice, prep, order, dep)
        start = self._pathless.get(key)
        if start is None:
            a, b, c = self._plain[1]
            start = self._added(a, b, c, 2, (prep, f"{prep}|{order}", dep, f"{dep}|{voice}", voice, order,
                                             f"{order}|{voice}"))
            if len(self._pathless) < TABLE_LIMIT:
                self._pathless[key] = start
        a, b, c = start
        tail, near, told = self._trailing(entity, pos, stand, voice, abs(i - view.i),
                                          "none" if proposed is None else proposed.get(i, "-"), order)
        for x in (tail[0], tail[1], near[0], near[1], self._same_head if view.heads[i] == view.i else None,
                  self._poss if dep == "poss" else None, tail[2], told[0], told[1]):
            if x is not None:
                a, b, c = a + x[0], b + x[1], c + x[2]
        k = ROLES.index(role)
        room = self._room(k, voice, None if i in view.on else dep)  # on the trigger's own chain: no step up first
        sums = (a, b, c)
        own = sums[k]
        rest = 0.0
        for j in range(3):
            if j != k:
                lead = sums[j] - own + room[j]
                if lead > 30.0:
                    return False  # the chance may be as small as exp(-30): no bound worth the exp
                rest += math.exp(lead)
        return 1.0 / (1.0 + rest) >= floor + BOUND_MARGIN

    @cached_property
    def _pathless(self) -> dict[tuple[str, str, str, str], tuple[float, float, float]]:
        """The intercept plus the weights of FEATURES 2-8 (all the leading ones but the two path features), by voice,
        preposition, order and dependency: `surely`'s start."""
        return {}

    @cached_property
    def _rooms(self) -> dict[tuple[int, str, str | None], tuple[float, float, float]]:
        return {}

    def _room(self, k: int, voice: str, first: str | None) -> tuple[float, float, float]:
        """The most the path features (FEATURES 0 and 1) can add to each class's sum over class k's, for a trigger of
        this voice and a path whose first step rises from a word of dependency `first` (None: any path): the
        largest difference of the weights of "path" over the paths known so beginning, and of "path+voice" over
        those with this voice (and over "none", the path of a mention whose heads never meet the trigger's), each at
        least 0 (a path the model does not know adds nothing)."""
        key = (k, voice, first)
        found = self._rooms.get(key)
        if found is None:
            columns = self._plain[0]
            _, _, separator, _ = self._weights
            room = [0.0, 0.0, 0.0]
            for name, suffix in ((FEATURES[0], ""), (FEATURES[1], f"|{voice}")):
                prefix = f"{name}{separator}" + ("" if first is None else f"{first}^")
                lost = f"{name}{separator}none{suffix}"  # a climb that never meets the trigger's chain
                most = [0.0, 0.0, 0.0]
                for column, weight in columns.items():
                    if column.startswith(prefix) and column.endswith(suffix) or column == lost:
                        for j in range(3):
                            most[j] = max(most[j], weight[j] - weight[k])
                room = [r + m for r, m in zip(room, most, strict=True)]
            room[k] = 0.0
            found = self._rooms[key] = (room[0], room[1], room[2])
        return found

    def _added(self, a: float, b: float, c: float, first: int, values: tuple[Any, ...]) -> tuple[float, float, float]:
        """(a, b, c) plus the weights of `values`, the values of FEATURES[first:], added one feature at a time.
        Each value's weights come from its feature's table (`_addend` on the first sight of a value): the loop
        runs for every mention scored, so it only looks up and adds."""
        tables = self._tables
        for n, value in enumerate(values, first):
            addend = tables[n].get(value, MISSING)
            if addend is MISSING:
                addend = self._addend(n, value)
            if addend is not None:
                a, b, c = a + addend[0], b + addend[1], c + addend[2]
        return a, b, c

    def _addend(self, n: int, value: Any) -> tuple[float, ...] | None:
        """The weights the value of FEATURES[n] adds (None for none), kept in that feature's table."""
        _, _, separator, _ = self._weights
        columns = self._plain[0]
        key, table = FEATURES[n], self._tables[n]
        addend: tuple[float, ...] | None
        if isinstance(value, str):
            addend = columns.get(f"{key}{separator}{value}")
        elif value:
            weight = columns.get(key)
            addend = None if weight is None else tuple(w * float(value) for w in weight)
        else:
            addend = None
        if len(table) < TABLE_LIMIT:
            table[value] = addend
        return addend

    def _scored(self, trigger: Token, proposed: Reading | None) -> dict[int, tuple[float, ...]]:
        """The summed weights already worked out for this trigger and this reading of the rules, by mention: one
        event's sides ask for the same mentions more than once (its own side's, then the free ones). Kept while
        the document, trigger and `proposed` (the same dict, which callers do not change) stay the same."""
        held = self._held.get("last")
        if held is None or held[0] is not trigger.doc or held[1] != trigger.i or held[2] is not proposed:
            held = (trigger.doc, trigger.i, proposed, {})
            self._held["last"] = held
        return held[3]

    def probabilities(self, trigger: Token, candidates: list[Token],
                      proposed: Reading | None = None) -> list[dict[str, float]]:
        if not candidates:
            return []
        _, _, separator, classes = self._weights
        columns, intercept = self._plain
        width = len(intercept)
        totals = []
        scored = self._scored(trigger, proposed)
        view = _view(trigger) if width == 3 else None
        for candidate in candidates:
            known = scored.get(candidate.i)
            if known is not None:
                totals.append(known)
                continue
            # the same float64 additions, in the same order, as summing the weight tuples one feature at a time
            if view is not None:  # neither, source, target: the sums spelled out
                totals.append(scored.setdefault(candidate.i, self._summed(view, candidate, proposed)))
                continue
            total = list(intercept)
            for key, value in features(trigger, candidate, proposed).items():
                if isinstance(value, str):
                    weight = columns.get(f"{key}{separator}{value}")
                    if weight is None:
                        continue
                    for n in range(width):
                        total[n] += weight[n]
                elif value:
                    weight = columns.get(key)
                    if weight is None:
                        continue
                    factor = float(value)
                    for n in range(width):
                        total[n] += weight[n] * factor
            totals.append(scored.setdefault(candidate.i, tuple(total)))
        if len(totals) <= FEW and self._roles_in_order:  # the shipped kind of model, a side's own mention or two:
            out = []                                             # plain floats cost less than NumPy
            for a, b, c in totals:
                top = max(a, b, c)
                ea, eb, ec = math.exp(a - top), math.exp(b - top), math.exp(c - top)
                whole = ea + eb + ec
                out.append({"neither": ea / whole, "source": eb / whole, "target": ec / whole})
            return out
        if len(classes) == 3 and len(totals) <= FEW:
            shares = []
            for row in totals:
                top = max(row)
                exp = [math.exp(value - top) for value in row]
                whole = exp[0] + exp[1] + exp[2]
                shares.append(dict(zip(classes, (e / whole for e in exp), strict=True)))
            return [{role: row.get(role, 0.0) for role in ROLES} for row in shares]
        # one softmax over every candidate's row: NumPy works element by element and sums each row on its own,
        # so the figures are those of one candidate at a time
        scores = np.asarray(totals, dtype=float)
        if len(classes) == 2:  # binary logistic regression: one score for the second class
            second = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            rows = [{classes[0]: 1.0 - p, classes[1]: p} for p in second.tolist()]
        else:
            exp = np.exp(scores - scores.max(axis=1, keepdims=True))
            shares = (exp / exp.sum(axis=1, keepdims=True)).tolist()
            if tuple(classes) == ROLES:
                return [{"neither": n, "source": s, "target": t} for n, s, t in shares]
            rows = [dict(zip(classes, row, strict=True)) for row in shares]
        return [{role: float(row.get(role, 0.0)) for role in ROLES} for row in rows]

    def best(self, trigger: Token, candidates: list[Token], role: str,
             proposed: Reading | None = None) -> Token | None:
        """The candidate likeliest to hold `role`, if the model finds it likely enough (`threshold`)."""
        return self.choose(trigger, candidates, (role,), proposed).get(role)

    def choose(self, trigger: Token, candidates: list[Token], roles: tuple[str, ...],
               proposed: Reading | None = None) -> dict[str, Token]:
        """One mention per role asked for, never the same one for two roles (see `decide`)."""
        rows = self.probabilities(trigger, candidates, proposed)
        return {role: candidates[k] for role, k in decide(rows, roles, self.threshold).items()}


def doubted(candidates: list[Token], chances: list[dict[str, float]], role: str,
            spans: list[tuple[int, int]], below: float = DOUBT) -> bool:
    """Whether the model all but rules out the rules' side: some candidate lies in the side's text, and every such
    candidate has less than `below` (the model's `doubt`) chance of the role."""
    inside = [row[role] for mention, row in zip(candidates, chances, strict=True)
              if any(start <= mention.idx < end for start, end in spans)]
    return bool(inside) and max(inside) < below


def decide(rows: list[dict[str, float]], roles: tuple[str, ...], threshold: Any) -> dict[str, int]:
    """The joint reading of one trigger's candidates: for each role at most one candidate whose chance of it
    reaches `threshold(role)`, no candidate in two roles, the sum of the chosen chances as large as it can be.
    "Peru accused Chile": if Chile is a likely source but a likelier target, Peru can still be the source."""
    if len(roles) == 1:  # one role: the likeliest candidate (the first of equals), if it reaches the threshold
        role = roles[0]
        if not rows:
            return {}
        k = max(range(len(rows)), key=lambda n: rows[n][role])
        return {role: k} if rows[k][role] >= threshold(role) and rows[k][role] > 0.0 else {}
    return _joint(rows, roles, threshold)


def _joint(rows: list[dict[str, float]], roles: tuple[str, ...], threshold: Any) -> dict[str, int]:
    """`decide` by trying every combination of each role's three likeliest candidates (or none)."""
    options = [[None, *sorted(range(len(rows)), key=lambda k: -rows[k][role])[:3]] for role in roles]
    best: tuple[float, dict[str, int]] = (-1.0, {})
    for combo in product(*options):
        picked = [k for k in combo if k is not None]
        if len(set(picked)) < len(picked):
            continue
        if any(k is not None and rows[k][role] < threshold(role) for role, k in zip(roles, combo, strict=True)):
            continue
        score = sum(rows[k][role] for role, k in zip(roles, combo, strict=True) if k is not None)
        if score > best[0]:
            best = (score, {role: k for role, k in zip(roles, combo, strict=True) if k is not None})
    return best[1]


_override: ContextVar[RoleModel | str | None] = ContextVar("detente_role_model", default=None)


def _read_bundle(path: Path) -> dict[str, Any]:
    import joblib

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a file from another scikit-learn version is not trusted
        return joblib.load(path)


def _read_weights(path: Path) -> tuple[Weights, dict[str, float]]:
    bundle = _read_bundle(path)
    return weights_of(bundle["pipeline"]), dict(bundle.get("thresholds", {}))


def load(path: Path = MODEL_PATH) -> RoleModel | None:
    if not path.exists():
        return None
    try:
        bundle = _read_bundle(path)
        return RoleModel(bundle["pipeline"], thresholds=dict(bundle.get("thresholds", {})))
    except Exception as exc:  # noqa: BLE001 - any unreadable file means: rules alone
        log.warning("role model at %s not usable (%s); roles from rules alone", path, exc)
        return None


def load_weights(path: Path = MODEL_PATH) -> RoleModel | None:
    """The model as the coder uses it: its fitted weights only, kept in the derived-data cache
    (detente.derived) by the file's hash, this code and the scikit-learn version, so that a process reading them
    again imports no scikit-learn. Scores are the same as `load(path)`'s; a file this scikit-learn
    cannot read is refused as by `load`."""
    if not path.exists():
        return None
    key = derived.fingerprint([path, Path(__file__)], derived.version_of("scikit-learn"), derived.version_of("joblib"))
    try:
        weights, thresholds = derived.cached("role-model-2", key, lambda: _read_weights(path))
        return RoleModel(None, weights, thresholds)
    except Exception as exc:  # noqa: BLE001 - any unreadable file means: rules alone
        log.warning("role model at %s not usable (%s); roles from rules alone", path, exc)
        return None


@lru_cache(maxsize=1)
def shipped() -> RoleModel | None:
    """The shipped model with its scikit-learn pipeline (for evaluation and training)."""
    return load()


@lru_cache(maxsize=1)
def scoring() -> RoleModel | None:
    """The shipped model's weights, which is all the coder needs."""
    return load_weights()


def current() -> RoleModel | None:
    """The model in force: a swapped-in one, none when disabled, else the shipped file."""
    override = _override.get()
    if isinstance(override, RoleModel):
        return override
    if override in ("off",):
        return None
    if isinstance(override, str) and override.startswith("alone:"):
        return _alone_model.get()
    return scoring()


def deciding_alone() -> bool:
    """Whether the model, not the rules, names both sides (the evaluation's 'model alone')."""
    override = _override.get()
    return isinstance(override, str) and override.startswith("alone:")


_alone_model: ContextVar[RoleModel | None] = ContextVar("detente_role_model_alone", default=None)


@contextmanager
def using(model: RoleModel | None) -> Iterator[None]:
    token = _override.set(model if model is not None else "off")
    try:
        yield
    finally:
        _override.reset(token)


@contextmanager
def disabled() -> Iterator[None]:
    with using(None):
        yield


@contextmanager
def alone(model: RoleModel | None) -> Iterator[None]:
    """The model decides both sides of every event; the rules only find the triggers."""
    token = _override.set("alone:")
    inner = _alone_model.set(model)
    try:
        yield
    finally:
        _alone_model.reset(inner)
        _override.reset(token)
