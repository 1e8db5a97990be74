"""Stories: whole articles that report the same story share a `story_id`.

Each document gets two MinHash signatures (datasketch): of its content words and of its names and
numbers. Their LSH bands are stored, so a new article meets only stored articles that share a
band with it; it joins the candidate story it resembles most on average over the story's
articles (average link, so one loose match does not chain two stories together), when that
reaches the threshold and the publication days (where both are known) are close.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import duckdb

from detente.corpus import signatures
from detente.corpus.features import settings


class StoryLinker:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()["story"]

    def signatures_of(self, title: str | None, text: str | None) -> tuple[bytes | None, bytes | None]:
        body = f"{title or ''}\n{text or ''}"
        perm = int(self.cfg["num_perm"])
        words, names = signatures.content_words(body), signatures.name_words(body)
        return (signatures.to_bytes(signatures.minhash(words, perm)) if words else None,
                signatures.to_bytes(signatures.minhash(names, perm)) if names else None)

    def resemblance(self, a: tuple[bytes | None, bytes | None], b: tuple[bytes | None, bytes | None]) -> float:
        weight = float(self.cfg["name_weight"])
        return (1 - weight) * signatures.jaccard(a[0], b[0]) + weight * signatures.jaccard(a[1], b[1])

    def link_documents(self, doc_ids: Iterable[str]) -> None:
        rows = self.con.execute(
            "SELECT doc_id, title, text, published FROM documents WHERE doc_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT doc_id FROM stories) ORDER BY published NULLS LAST, doc_id",
            [list(doc_ids)]).fetchall()
        for doc_id, title, text, published in rows:
            self.link(doc_id, self.signatures_of(title, text), published)

    def _bands(self, sigs: tuple[bytes | None, bytes | None]) -> list[str]:
        n = int(self.cfg["bands"])
        return [f"{kind}{key}" for kind, blob in zip("cn", sigs, strict=True) if blob
                for key in signatures.bands(blob, n)]

    def link(self, doc_id: str, sigs: tuple[bytes | None, bytes | None], published: Any) -> str:
        story_id, best = f"s-{doc_id[:16]}", 0.0
        keys = self._bands(sigs)
        if keys:
            window = int(self.cfg["max_days_apart"])
            members = self.con.execute(
                "SELECT story_id, signature, name_signature, published FROM stories WHERE story_id IN "
                "(SELECT DISTINCT story_id FROM stories WHERE doc_id IN "
                " (SELECT DISTINCT doc_id FROM story_bands WHERE band IN (SELECT unnest(?))))",
                [keys]).fetchall()
            stories: dict[str, list[float]] = defaultdict(list)
            too_far: set[str] = set()
            for other_story, content, names, other_published in members:
                if published is not None and other_published is not None and \
                        abs((other_published - published).days) > window:
                    too_far.add(other_story)
                stories[other_story].append(self.resemblance(sigs, (content, names)))
            for other_story, values in stories.items():
                score = sum(values) / len(values)
                if other_story not in too_far and score >= float(self.cfg["threshold"]) and score > best:
                    story_id, best = other_story, score
        self.con.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                         [doc_id, story_id, published, best, sigs[0], sigs[1]])
        if keys:
            self.con.execute("INSERT INTO story_bands SELECT unnest(?), ?", [keys, doc_id])
        return story_id

    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Drop these documents from their stories and re-link the rest of those stories in order."""
        doc_ids = list(doc_ids)
        touched = [r[0] for r in self.con.execute(
            "SELECT DISTINCT story_id FROM stories WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()]
        rest = self.con.execute(
            "SELECT doc_id, signature, name_signature, published FROM stories WHERE story_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT unnest(?)) ORDER BY published NULLS LAST, doc_id", [touched, doc_ids]).fetchall()
        gone = doc_ids + [r[0] for r in rest]
        self.con.execute("DELETE FROM story_bands WHERE doc_id IN (SELECT unnest(?))", [gone])
        self.con.execute("DELETE FROM stories WHERE doc_id IN (SELECT unnest(?))", [gone])
        for doc_id, content, names, published in rest:
            self.link(doc_id, (content, names), published)
