"""Announcements as events of their own: the statement "will lift sanctions" is PLOVER AGREE, now.

The act announced stays as the coder found it (its type, factuality future or negated, stated_as
set); this stage adds the statement itself as an asserted event typed as PLOVER codes it (see
data/announcements.yaml), unless the sentence already has that asserted event between the same
parties ("agreed to hold talks" is AGREE already).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from detente.events.lexicon import cameo_code
from detente.events.merge import actor_key
from detente.records import Event
from detente.rules import is_on

DATA = Path(__file__).parent / "data" / "announcements.yaml"


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text("utf-8")) or {}


def _code(stated: str, act_cameo: str | None) -> str:
    codes = settings().get("codes", {}).get(stated, {})
    return str(codes.get((act_cameo or "")[:2], codes.get("default", "")))


def _parties(event: Event) -> frozenset[str]:
    return frozenset(actor_key(ref) for ref in event.source + event.target)


def statement_of(event: Event) -> Event | None:
    """The asserted statement an announced or refused act stands for, or None for an act that happened.

    A statement needs someone who makes it: an act with no named doer ("instability will help the North")
    announces nothing."""
    if not event.stated_as or not any(ref.actor_id or ref.country or ref.sector for ref in event.source):
        return None
    rule = settings().get("codes", {}).get(event.stated_as, {}).get("id")
    if rule is not None and not is_on(str(rule)):
        return None
    code = cameo_code(_code(event.stated_as, event.cameo))
    gain = float(settings().get("confidence_gain", 0.0))
    contexts = list(dict.fromkeys([*event.contexts, *(code.contexts if code else [])]))
    return replace(event, event_type=event.stated_as, mode=code.mode if code else None, contexts=contexts,
                   cameo=code.code if code else None, goldstein=code.goldstein if code else None,
                   quad_class=code.quad_class if code else None, factuality="asserted", stated_as=None,
                   source=list(event.source), target=list(event.target), mentions=list(event.mentions),
                   confidence=round(min(1.0, event.confidence + gain), 2), evidence="announced:" + event.evidence)


# When a statement was made, given the act it announces: fields for Event (date, date_end, ...), or None to
# keep the act's own.
StatementDater = Callable[[Event], dict[str, Any] | None]


def with_statements(events: list[Event], dater: StatementDater | None = None) -> list[Event]:
    """The events with, after each announced act, the statement it stands for (in text order).

    `dater` dates the statement by the words that make it ("said on Monday it will lift"), not by the act."""
    if not settings().get("enabled", False):
        return events
    asserted = {(e.mentions[0].sentence, e.event_type, _parties(e)) for e in events
                if e.factuality == "asserted" and e.mentions}
    out: list[Event] = []
    for event in events:
        out.append(event)
        statement = statement_of(event)
        if statement is None or not event.mentions:
            continue
        key = (event.mentions[0].sentence, statement.event_type, _parties(statement))
        dated = dater(event) if dater is not None else None
        if dated:
            statement = replace(statement, **dated)
        if key not in asserted:
            asserted.add(key)
            out.append(statement)
    return out
