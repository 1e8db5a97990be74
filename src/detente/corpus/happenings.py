"""Happenings across documents: each stored event joins the happening it reports, or starts one.

Linking is incremental. An event looks up candidate happenings through blocks (its parties without
direction x the months its date covers), scores the evidence against each (type family, direction,
overlapping dates, trigger, place, MinHash similarity of the evidence sentences) and joins the best
one that reaches the threshold in corpus/data/linking.yaml. Nothing else in the corpus is read, so
a batch of new documents costs in proportion to its own size.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

import duckdb

from detente.corpus import signatures
from detente.corpus.features import (
    COLUMNS,
    EventFeatures,
    blocks,
    event_features,
    from_row,
    registered_blocks,
    settings,
    span,
)

PRECISION_RANK = {"day": 0, "time": 0, "month": 1, "range": 2, "year": 3, "decade": 4, "century": 5, "unknown": 6}


def families_of(event_type: str) -> set[str]:
    return {name for name, members in settings()["families"].items() if event_type in members}


def evidence(event: EventFeatures, happening: dict[str, Any]) -> float | None:
    """How strongly an event reports a happening; None when something rules it out."""
    weights = settings()["weights"]
    if event.factuality != happening["factuality"]:
        return None
    if event.event_type == happening["event_type"]:
        score = weights["same_type"]
    elif families_of(event.event_type) & families_of(happening["event_type"]):
        score = weights["same_family"]
    else:
        return None
    either_order = event.reciprocal or happening["reciprocal"]
    same_way = (event.source_key, event.target_key) == (happening["source_key"], happening["target_key"])
    if not same_way and not either_order:
        return None
    if (event.day is None) != (happening["day"] is None):
        return None
    if event.day is None:  # neither is dated (a document without a publication day)
        score += weights["undated"]
    elif event.day > happening["day_end"] or event.day_end < happening["day"]:
        return None
    elif event.date_basis == "document" or happening["date_basis_only_document"]:
        score += weights["document_date"]
    elif event.date_precision == "day" and event.day == happening["day"] == happening["day_end"]:
        score += weights["same_day"]
    else:
        score += weights["overlapping_dates"]
    if event.trigger and event.trigger in (happening["triggers"] or []):
        score += weights["same_trigger"]
    if event.location_country and happening["location_country"]:
        if event.location_country == happening["location_country"]:
            score += weights["same_location"]
        else:
            score += weights["other_location"]
    score += weights["text_similarity"] * signatures.jaccard(event.signature, happening["signature"])
    return score


class HappeningLinker:
    """Links events into happenings inside one DuckDB connection (the store's)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()

    # -- linking --------------------------------------------------------------------------------
    def link_documents(self, doc_ids: Iterable[str]) -> int:
        """Link every not yet linked event of these stored documents; returns how many were linked."""
        doc_ids = list(doc_ids)
        if not doc_ids:
            return 0
        rows = self.con.execute(
            "SELECT d.doc_id, d.record FROM documents d WHERE d.doc_id IN (SELECT unnest(?)) ORDER BY d.doc_id",
            [doc_ids]).fetchall()
        done = {r[0] for r in self.con.execute(
            "SELECT event_id FROM happening_events WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()}
        linked = 0
        for _doc_id, record_json in rows:
            record = json.loads(record_json) if isinstance(record_json, str) else record_json
            doc = record["document"]
            for event in record.get("events") or []:
                if event["event_id"] in done:
                    continue
                self.link(event_features(event, doc, int(self.cfg["num_perm"])))
                linked += 1
        return linked

    def link(self, event: EventFeatures) -> str:
        """Put one event in the best happening for it (or a new one); returns the happening id."""
        best_id, best_score = None, float(self.cfg["threshold"])
        for candidate in self._candidates(event):
            score = evidence(event, candidate)
            if score is not None and score >= best_score:
                best_id, best_score = candidate["happening_id"], score
        happening_id = best_id or f"h-{event.event_id}"
        self.con.execute(f"INSERT OR REPLACE INTO happening_events VALUES ({', '.join('?' * len(COLUMNS))})",
                         event.row(happening_id, best_score if best_id else 0.0))
        self.refresh(happening_id)
        return happening_id

    def _candidates(self, event: EventFeatures) -> list[dict[str, Any]]:
        keys = blocks(event.pair, event.day, event.day_end)
        if not keys:
            return []
        cursor = self.con.execute(
            "SELECT h.*, h.date_votes IS NULL AS date_basis_only_document FROM happenings h WHERE happening_id IN "
            "(SELECT DISTINCT happening_id FROM happening_blocks WHERE block IN (SELECT unnest(?)))", [keys])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    # -- the happening row ----------------------------------------------------------------------
    def members(self, happening_id: str) -> list[EventFeatures]:
        rows = self.con.execute(f"SELECT {', '.join(COLUMNS)} FROM happening_events WHERE happening_id = ? "
                                "ORDER BY event_id", [happening_id]).fetchall()
        return [from_row(r)[2] for r in rows]

    def refresh(self, happening_id: str) -> None:
        """Recompute a happening's consensus, counts and blocks from its member events."""
        members = self.members(happening_id)
        self.con.execute("DELETE FROM happening_blocks WHERE happening_id = ?", [happening_id])
        self.con.execute("DELETE FROM happening_pairs WHERE happening_id = ?", [happening_id])
        if not members:
            self.con.execute("DELETE FROM happenings WHERE happening_id = ?", [happening_id])
            return
        row = consensus(happening_id, members)
        self.con.execute(f"INSERT OR REPLACE INTO happenings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
        pairs = [(s, t) for s in row["source_codes"] for t in row["target_codes"]]
        if pairs:
            self.con.execute(
                "INSERT INTO happening_pairs SELECT ?, unnest(?), unnest(?), ?, ?, ?, ?, ?, ?, ?",
                [happening_id, [s for s, _t in pairs], [t for _s, t in pairs], row["factuality"], row["day"],
                 row["event_type"], row["quad_class"], row["goldstein"], row["n_articles"], row["reciprocal"]])
        keys: set[str] = set()
        for member in members:
            keys.update(registered_blocks(member.pair, member.day, member.day_end))
        if keys:
            self.con.execute("INSERT INTO happening_blocks SELECT unnest(?), ?", [sorted(keys), happening_id])

    # -- forgetting -----------------------------------------------------------------------------
    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Take these documents' events out of their happenings and re-link what is left of them.

        A happening held together only by a removed report falls apart again; the remaining
        events are linked afresh, in their original order, against the rest of the corpus."""
        doc_ids = list(doc_ids)
        touched = [r[0] for r in self.con.execute(
            "SELECT DISTINCT happening_id FROM happening_events WHERE doc_id IN (SELECT unnest(?))",
            [doc_ids]).fetchall()]
        if not touched:
            return
        rest = self.con.execute(
            f"SELECT {', '.join(COLUMNS)} FROM happening_events WHERE happening_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT unnest(?)) ORDER BY published NULLS LAST, doc_id, event_id",
            [touched, doc_ids]).fetchall()
        self.con.execute("DELETE FROM happening_events WHERE happening_id IN (SELECT unnest(?))", [touched])
        for happening_id in touched:
            self.refresh(happening_id)
        for values in rest:
            self.link(from_row(values)[2])


def _date_key(date: str, date_end: str | None, precision: str) -> str:
    """A reported date as written at its precision: 2002-09-17, 2002-09, 2002, or start/end."""
    if precision == "month":
        return date[:7]
    if precision == "year":
        return date[:4]
    return f"{date}/{date_end}" if date_end and date_end != date else date


def _votes(values: Iterable[str | None]) -> dict[str, int]:
    counts = Counter(v for v in values if v)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def consensus(happening_id: str, members: list[EventFeatures]) -> dict[str, Any]:
    """One row for a happening: what most of its reports say, with the disagreement kept."""
    per_doc_type = {(m.doc_id, m.event_type) for m in members}
    type_votes = _votes(t for _d, t in sorted(per_doc_type))
    event_type = next(iter(type_votes))
    typed = [m for m in members if m.event_type == event_type]
    cameo = Counter(m.cameo for m in typed if m.cameo).most_common(1)
    goldsteins = [m.goldstein for m in typed if m.goldstein is not None]
    reciprocal = any(m.reciprocal for m in members)

    def oriented(m: EventFeatures) -> tuple[str, str]:
        if reciprocal:
            return tuple(sorted((m.source_key, m.target_key)))  # type: ignore[return-value]
        return m.source_key, m.target_key

    dyad_votes = Counter(oriented(m) for m in members)
    (source_key, target_key), _n = sorted(dyad_votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    source_codes: set[str] = set()
    target_codes: set[str] = set()
    for m in members:
        flipped = (m.source_key, m.target_key) != (source_key, target_key) and reciprocal
        source_codes.update(m.target_codes if flipped else m.source_codes)
        target_codes.update(m.source_codes if flipped else m.target_codes)

    dated = [m for m in members if m.date and m.date_basis != "document"]
    voters = dated or [m for m in members if m.date]
    date_votes = Counter((m.date, m.date_end) for m in voters)
    precisions = {(m.date, m.date_end): m.date_precision for m in voters}
    chosen = None
    if date_votes:
        def rank(item: tuple[tuple[str, str | None], int]) -> tuple[int, int, str]:
            (date, _end), count = item
            precision = next(m.date_precision for m in voters if m.date == date)
            return (-count, PRECISION_RANK.get(precision, 6), date)

        (chosen_date, chosen_end), _count = sorted(date_votes.items(), key=rank)[0]
        chosen = next(m for m in voters if (m.date, m.date_end) == (chosen_date, chosen_end))
    if dated and chosen is not None:
        day, day_end = span(chosen.date, chosen.date_end)
    else:  # only publication days: the happening lies somewhere in their windows
        day = min((m.day for m in members if m.day), default=None)
        day_end = max((m.day_end for m in members if m.day_end), default=None)
    places = Counter((m.location, m.location_country) for m in members if m.location)
    location = places.most_common(1)[0][0] if places else (None, None)
    published = [m.published for m in members if m.published]
    return {
        "happening_id": happening_id, "event_type": event_type, "cameo": cameo[0][0] if cameo else None,
        "goldstein": sum(goldsteins) / len(goldsteins) if goldsteins else None,
        "quad_class": Counter(m.quad_class for m in typed if m.quad_class).most_common(1)[0][0]
        if any(m.quad_class for m in typed) else None,
        "factuality": members[0].factuality, "reciprocal": reciprocal,
        "source_key": source_key, "target_key": target_key,
        "source_codes": sorted(source_codes), "target_codes": sorted(target_codes),
        "date": chosen.date if chosen else None, "date_end": chosen.date_end if chosen else None,
        "date_precision": chosen.date_precision if chosen else "unknown",
        "day": day, "day_end": day_end,
        "date_votes": json.dumps({_date_key(d, e, precisions[(d, e)]): n for (d, e), n in date_votes.most_common()})
        if dated else None,
        "type_votes": json.dumps(type_votes),
        "dyad_votes": json.dumps({f"{s}->{t}": n for (s, t), n in dyad_votes.most_common()}),
        "location": location[0], "location_country": location[1],
        "triggers": sorted({m.trigger for m in members if m.trigger}),
        "n_events": len(members), "n_mentions": sum(m.n_mentions for m in members),
        "n_articles": len({m.doc_id for m in members}),
        "n_sources": len({m.news_source or m.doc_id for m in members}),
        "first_report": min(published) if published else None, "last_report": max(published) if published else None,
        "signature": signatures.union(m.signature for m in members if m.signature),
    }
