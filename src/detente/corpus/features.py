"""What linking reads from one stored event: its parties, date span, type, trigger, place and words."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from detente.corpus.signatures import content_words, signature


@cache
def settings() -> dict[str, Any]:
    """The linking settings (corpus/data/linking.yaml)."""
    text = resources.files("detente.corpus").joinpath("data/linking.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@dataclass
class EventFeatures:
    event_id: str
    doc_id: str
    event_type: str
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    factuality: str
    reciprocal: bool
    source_key: str
    target_key: str
    source_codes: list[str]
    target_codes: list[str]
    date: str | None
    date_end: str | None
    date_precision: str
    date_basis: str
    day: dt.date | None
    day_end: dt.date | None
    trigger: str | None
    location: str | None
    location_country: str | None
    n_mentions: int
    news_source: str | None
    published: dt.date | None
    signature: bytes | None

    @property
    def pair(self) -> str:
        """The parties without direction, for blocking ('JPN|PRK')."""
        return "|".join(sorted((self.source_key, self.target_key)))

    def row(self, happening_id: str, score: float) -> list[Any]:
        """The happening_events row, in the table's column order."""
        return [self.event_id, happening_id, self.doc_id, score, self.event_type, self.cameo, self.goldstein,
                self.quad_class, self.factuality, self.reciprocal, self.source_key, self.target_key,
                self.source_codes, self.target_codes, self.date, self.date_end, self.date_precision,
                self.date_basis, self.day, self.day_end, self.trigger, self.location, self.location_country,
                self.n_mentions, self.news_source, self.published, self.signature]


COLUMNS = ["event_id", "happening_id", "doc_id", "score", "event_type", "cameo", "goldstein", "quad_class",
           "factuality", "reciprocal", "source_key", "target_key", "source_codes", "target_codes", "date",
           "date_end", "date_precision", "date_basis", "day", "day_end", "trigger", "location",
           "location_country", "n_mentions", "news_source", "published", "signature"]


def from_row(values: tuple[Any, ...]) -> tuple[str, float, EventFeatures]:
    """A happening_events row back into (happening_id, score, features)."""
    row = dict(zip(COLUMNS, values, strict=True))
    happening_id, score = row.pop("happening_id"), row.pop("score")
    return happening_id, score, EventFeatures(**row)


def side_key(side: list[dict[str, Any]]) -> str:
    """One side's party: its countries ('JPN', 'CHN+JPN'), else its actor ids, else ''."""
    countries = sorted({r["country"] for r in side if r.get("country")})
    if countries:
        return "+".join(countries)
    return "+".join(sorted({r["actor_id"] for r in side if r.get("actor_id")}))


def side_codes(side: list[dict[str, Any]]) -> list[str]:
    """Every code a side answers to in relation queries: country, country-sector and actor id."""
    codes: set[str] = set()
    for ref in side:
        if ref.get("country"):
            codes.add(ref["country"])
            if ref.get("sector"):
                codes.add(f"{ref['country']}-{ref['sector']}")
        if ref.get("actor_id"):
            codes.add(ref["actor_id"])
    return sorted(codes)


def split_parties(side: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Parties of a reciprocal act all named as sources ("Japan and China held talks") into source
    and target: the first party named is the source, the others the target."""
    keys = [ref.get("country") or ref.get("actor_id") for ref in side]
    distinct = list(dict.fromkeys(k for k in keys if k))
    if len(distinct) < 2:
        return side, []
    first = distinct[0]
    return ([r for r, k in zip(side, keys, strict=True) if k == first],
            [r for r, k in zip(side, keys, strict=True) if k != first])


def _parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p.isdigit()]
    except ValueError:
        return None
    return (numbers[0], numbers[1] if len(numbers) > 1 else None, numbers[2] if len(numbers) > 2 else None)


def span(date: str | None, date_end: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a date of any precision covers ('2002-09' -> Sept 1 .. Sept 30)."""
    start, end = _parse(date), _parse(date_end) if date_end else None
    if start is None:
        return None, None
    try:
        first = dt.date(start[0], start[1] or 1, start[2] or 1)
        last_parts = end or start
        year, month, day = last_parts
        month = month or 12
        day = day or calendar.monthrange(year, month)[1]
        last = dt.date(year, month, day)
    except ValueError:
        return None, None
    return first, max(first, last)


def event_features(event: dict[str, Any], doc: dict[str, Any], num_perm: int,
                   memo: dict[Any, Any] | None = None) -> EventFeatures:
    """The linking features of one event of a coded record. `memo` (one dict per document) keeps the
    words of each sentence and the signature of each word set: a document's events often share a
    sentence, and the same words give the same signature."""
    memo = {} if memo is None else memo
    cfg = settings()
    source, target = event.get("source") or [], event.get("target") or []
    reciprocal = event.get("reciprocal")
    if reciprocal is None:  # records from before the coder said it: read it from the type
        reciprocal = event.get("event_type") in cfg["reciprocal_types"]
    if reciprocal and not target:
        source, target = split_parties(source)
    first, last = span(event.get("date"), event.get("date_end"))
    published = dt.date.fromisoformat(doc["published"][:10]) if _parse(doc.get("published")) else None
    # an open range up to the day of writing that a past tense alone gives (date_reason 'before_writing') says no
    # more about the day than the publication date does: across documents it is read as that date
    basis = "document" if event.get("date_reason") == "before_writing" else event.get("date_basis") or "none"
    if basis == "document" and last is not None:
        first = last - dt.timedelta(days=int(cfg["document_date_window_days"]))
    mentions = event.get("mentions") or []
    words = frozenset().union(*(_words(m.get("text") or "", memo) for m in mentions))
    trigger = next(((m.get("trigger") or {}).get("text") for m in mentions if m.get("trigger")), None)
    location = event.get("location") or {}
    return EventFeatures(
        event_id=event["event_id"], doc_id=doc["doc_id"], event_type=event.get("event_type") or "",
        cameo=event.get("cameo"), goldstein=event.get("goldstein"), quad_class=event.get("quad_class"),
        factuality=event.get("factuality") or "asserted", reciprocal=bool(reciprocal),
        source_key=side_key(source), target_key=side_key(target),
        source_codes=side_codes(source), target_codes=side_codes(target),
        date=event.get("date"), date_end=event.get("date_end"), date_precision=event.get("date_precision") or "unknown",
        date_basis=basis, day=first, day_end=last,
        trigger=trigger.lower() if trigger else None, location=location.get("name"),
        location_country=location.get("country"), n_mentions=len(mentions), news_source=doc.get("source"),
        published=published, signature=_signature(words, num_perm, memo) if words else None,
    )


def _words(text: str, memo: dict[Any, Any]) -> frozenset[str]:
    found = memo.get(text)
    if found is None:
        found = memo[text] = frozenset(content_words(text))
    return found


def _signature(words: frozenset[str], num_perm: int, memo: dict[Any, Any]) -> bytes | None:
    key = (num_perm, words)
    if key not in memo:
        memo[key] = signature(words, num_perm)
    return memo[key]


def blocks(pair: str, first: dt.date | None, last: dt.date | None) -> list[str]:
    """Candidate blocks of a date span: parties x month, or parties x year when vaguer than a year."""
    cfg = settings()
    if not pair.strip("|"):
        return []
    if first is None or last is None:  # an undated report meets only other undated ones
        return [f"{pair}@undated"]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= int(cfg["max_month_blocks"]):
        out, year, month = [], first.year, first.month
        for _ in range(months):
            out.append(f"{pair}@{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    if last.year - first.year + 1 <= int(cfg["max_block_years"]):
        return [f"{pair}@{year:04d}" for year in range(first.year, last.year + 1)]
    return []


def registered_blocks(pair: str, first: dt.date | None, last: dt.date | None) -> list[str]:
    """The blocks a happening is filed under: its months and also its years, so vaguer events find it."""
    if first is None or last is None or not pair.strip("|"):
        return blocks(pair, first, last)
    years = [f"{pair}@{year:04d}" for year in range(first.year, last.year + 1)]
    if len(years) > int(settings()["max_block_years"]):
        years = []
    months = blocks(pair, first, last)
    return sorted(set(months) | set(years))
