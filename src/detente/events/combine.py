"""Rules and the learned classifier together, one classifier call per document.

The lexicon knows how a sentence is built (who acts on whom, negation, which word is the event);
the classifier knows which words, across the whole sentence, go with which PLOVER type. Each
sentence that has rule events or a bare "X did something to Y" clause is scored once, and:

- where the rules give one sentence events of several types, the model's probability of each type
  is blended into its confidence (evidence "lexicon+model:..."), so the reading it supports leads;
- where the model is sure of a type that no rule event has, and gives a rule event's type almost no
  chance, that event takes the model's type if it is asserted and its frame is a lone verb or noun (evidence "lexicon+model:<frame>>TYPE"): the trigger
  and the parties stay the parse's, only the type changes (at most one event per sentence);
- where the rules found nothing but the parse shows a doer and a receiver, the model may code it
  (evidence "model:TYPE"), if it is sure enough and both sides name actors.

Thresholds live in data/model.yaml. With the model off or missing, the rules' events pass unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.events import learned
from detente.events.detect import Candidate
from detente.events.lexicon import (
    PLOVER_TYPES,
    demand_frame,
    model_frame,
    model_settings,
    overriding_frame,
    sense_words,
)
from detente.records import Event

YIELD_PARTS = ("CONCEDE", "RETREAT")


@dataclass
class Coded:
    """A sentence's candidate and the event built from it (None for a bare clause not yet typed)."""

    index: int
    candidate: Candidate
    event: Event | None = None


Build = Callable[[Candidate, int], Event | None]


def family(event_type: str) -> str:
    """CONCEDE and RETREAT read as one: the model's training data mostly cannot tell them apart."""
    return "YIELD" if event_type in YIELD_PARTS else event_type


def family_probabilities(distribution: dict[str, float]) -> dict[str, float]:
    merged: dict[str, float] = {}
    for event_type, probability in distribution.items():  # `family`, inline: asked for every type of every sentence
        key = "YIELD" if event_type in YIELD_PARTS else event_type
        merged[key] = merged.get(key, 0.0) + probability
    return merged


def _top(distribution: dict[str, float], merged: dict[str, float] | None = None) -> tuple[str, float]:
    """The most likely type, CONCEDE and RETREAT competing as one before the better of them is named (`merged`: the
    distribution's family_probabilities, where the caller has them)."""
    merged = family_probabilities(distribution) if merged is None else merged
    best = max(merged, key=merged.__getitem__)
    if best == "YIELD":
        return max(YIELD_PARTS, key=lambda t: distribution.get(t, 0.0)), merged[best]
    return best, merged[best]


def _rerank(events: list[Coded], merged: dict[str, float], weight: float) -> None:
    for item in events:
        event = item.event
        assert event is not None
        event.confidence = round((1.0 - weight) * event.confidence + weight * _support(event, merged), 2)
        if event.evidence.startswith("lexicon:"):
            event.evidence = "lexicon+model:" + event.evidence.removeprefix("lexicon:")


def _readings(event: Event) -> set[str]:
    """The type families an event stands for: its own, and how PLOVER codes it when announced (stated_as)."""
    return {family(event.event_type)} | ({family(event.stated_as)} if event.stated_as else set())


def _support(event: Event, merged: dict[str, float]) -> float:
    return max(merged.get(reading, 0.0) for reading in _readings(event))


def _retypable(item: Coded, any_frame: bool = False) -> bool:
    """Only an asserted event may be retyped; from a lone verb or noun unless `any_frame`.

    A frame that names words beside its head ("send +aid", "impose +sanction") states the type by
    its structure, which a bag of words cannot see ("cut aid" and "send aid" share "aid"); a model
    that reads the lexicon's own reading (stacking.py) does see it, so settings may let it retype those
    too (retype_any_frame). An announced, refused or possible event keeps the rules' type: the model,
    trained on PLOVER's coding of announcements, would turn it into AGREE or THREATEN, which stated_as
    already says.
    """
    if item.event is None or item.event.factuality != "asserted":
        return False
    if item.candidate.frame.wrapper or item.candidate.inner is not None or item.candidate.frame is demand_frame():
        return False  # an act about another act ("asked the army to stay alert"): the sentence's words are the inner act's
    if not any_frame:
        return item.candidate.frame.specificity == 0
    return item.candidate.frame.specificity == 0 or _main_clause(item.candidate.anchor)


def _denied_in_words(item: Coded, top: str) -> bool:
    """Whether the model would make a refusal of an act whose own clause carries a "not" or "never" ("did not visit
    Lima until March"): a denial told of the act is no act of refusing, so the verb keeps its type. Rule
    events.senses.denial_not_refusal."""
    if top not in sense_words("refusal_types", "events.senses.denial_not_refusal"):
        return False
    anchor = item.candidate.anchor
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in anchor.children)


MAIN_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj"})


def _main_clause(token: Token) -> bool:
    """Whether the word heads the sentence's main clause, or one its main verb reports or continues.

    The model reads the whole sentence, so its type speaks for the main event; a frame's own words
    outweigh it in a side clause ("curfew was clamped in the town, where police opened fire").
    """
    for _ in range(4):
        if token.dep_ == "ROOT":
            return True
        if token.dep_ not in MAIN_CLAUSE_DEPS:
            return False
        token = token.head
    return False


def _override(events: list[Coded], distribution: dict[str, float], settings: dict, build: Build,
              merged: dict[str, float] | None = None) -> None:
    merged = family_probabilities(distribution) if merged is None else merged
    top, probability = _top(distribution, merged)
    readings = set().union(*(_readings(item.event) for item in events if item.event is not None))
    if family(top) in readings or probability < settings["override_probability"]:
        return
    any_frame = bool(settings.get("retype_any_frame")) and learned.reads_lexicon_words()
    weak = [item for item in events if _retypable(item, any_frame) and item.event is not None
            and _support(item.event, merged) <= settings["override_below"] and not _denied_in_words(item, top)]
    if not weak:
        return
    chosen = max(weak, key=lambda item: item.event.confidence if item.event else 0.0)
    candidate = replace(chosen.candidate, frame=overriding_frame(chosen.candidate.frame, top), cameo=None)
    event = build(candidate, chosen.index)
    if event is not None:
        event.confidence = round(probability * settings["confidence_scale"], 2)
        chosen.candidate, chosen.event = candidate, event


def _fallback(bare: Coded, distribution: dict[str, float], settings: dict, build: Build) -> None:
    top, probability = _top(distribution)
    if top not in PLOVER_TYPES or probability < settings["min_probability"]:
        return
    candidate = replace(bare.candidate, frame=model_frame(top))
    event = build(candidate, bare.index)
    if event is not None and _names_actor(event.source) and _names_actor(event.target):
        event.confidence = round(probability * settings["confidence_scale"], 2)
        bare.candidate, bare.event = candidate, event


def _names_actor(side: list) -> bool:
    """Whether a side names a known actor or a kind of party, not only words kept as written."""
    return any(ref.actor_id or ref.country or ref.sector for ref in side)


def _model_can_change(events: list[Coded], any_frame: bool) -> bool:
    """Whether the model's reading of the sentence could re-rank or retype any of its events (else skip the call)."""
    families = {family(item.event.event_type) for item in events if item.event is not None}
    return len(families) > 1 or any(_retypable(item, any_frame) for item in events)


def with_model(coded: list[Coded], bare: list[Coded], sentence_text: Callable[[int], str],
               build: Build) -> list[Coded]:
    """The rules' events, adjusted by the model, plus model events for bare clauses; in one model call."""
    settings = model_settings()
    if not settings.get("enabled") or not learned.available() or not (coded or bare):
        return coded
    by_sentence: dict[int, list[Coded]] = {}
    for item in coded:
        by_sentence.setdefault(item.index, []).append(item)
    any_frame = bool(settings.get("retype_any_frame")) and learned.reads_lexicon_words()
    asked = sorted({index for index, events in by_sentence.items() if _model_can_change(events, any_frame)}
                   | {item.index for item in bare})
    if not asked:
        return coded
    distributions = dict(zip(asked, learned.distributions([sentence_text(i) for i in asked]), strict=True))
    for index, events in by_sentence.items():
        if index not in distributions:
            continue
        distribution = distributions[index]
        merged = family_probabilities(distribution)  # read by both, as the distribution is left unchanged
        if len({family(item.event.event_type) for item in events if item.event is not None}) > 1:
            _rerank(events, merged, settings["rerank_weight"])
        _override(events, distribution, settings, build, merged)
    for item in bare:
        _fallback(item, distributions[item.index], settings, build)
    return coded + [item for item in bare if item.event is not None]
