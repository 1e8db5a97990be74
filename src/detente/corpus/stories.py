"""Stories: whole articles that report the same story share a `story_id`.

Each document's content words get a MinHash signature (datasketch); its LSH bands are stored, so a
new article meets only the stored articles that share a band with it, and joins the story of the
most similar one when their estimated Jaccard similarity reaches the threshold and their
publication days (where both are known) are close.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from detente.corpus import signatures
from detente.corpus.features import settings


class StoryLinker:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()["story"]

    def signature(self, title: str | None, text: str | None) -> bytes | None:
        words = signatures.content_words(f"{title or ''}\n{text or ''}")
        return signatures.to_bytes(signatures.minhash(words, int(self.cfg["num_perm"]))) if words else None

    def link_documents(self, doc_ids: Iterable[str]) -> None:
        rows = self.con.execute(
            "SELECT doc_id, title, text, published FROM documents WHERE doc_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT doc_id FROM stories) ORDER BY published NULLS LAST, doc_id",
            [list(doc_ids)]).fetchall()
        for doc_id, title, text, published in rows:
            self.link(doc_id, self.signature(title, text), published)

    def link(self, doc_id: str, signature: bytes | None, published: object) -> str:
        story_id, best = f"s-{doc_id[:16]}", 0.0
        keys = signatures.bands(signature, int(self.cfg["bands"])) if signature else []
        if keys:
            window = int(self.cfg["max_days_apart"])
            candidates = self.con.execute(
                "SELECT s.doc_id, s.story_id, s.signature FROM stories s WHERE s.doc_id IN "
                "(SELECT DISTINCT doc_id FROM story_bands WHERE band IN (SELECT unnest(?))) "
                "AND (s.published IS NULL OR CAST(? AS DATE) IS NULL OR "
                "abs(date_diff('day', s.published, CAST(? AS DATE))) <= ?)",
                [keys, published, published, window]).fetchall()
            for _other, other_story, other_signature in candidates:
                similarity = signatures.jaccard(signature, other_signature)
                if similarity >= float(self.cfg["threshold"]) and similarity > best:
                    story_id, best = other_story, similarity
        self.con.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?)",
                         [doc_id, story_id, published, best, signature])
        if keys:
            self.con.execute("INSERT INTO story_bands SELECT unnest(?), ?", [keys, doc_id])
        return story_id

    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Drop these documents from their stories and re-link the rest of those stories in order."""
        doc_ids = list(doc_ids)
        touched = [r[0] for r in self.con.execute(
            "SELECT DISTINCT story_id FROM stories WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()]
        rest = self.con.execute(
            "SELECT doc_id, signature, published FROM stories WHERE story_id IN (SELECT unnest(?)) "
            "AND doc_id NOT IN (SELECT unnest(?)) ORDER BY published NULLS LAST, doc_id", [touched, doc_ids]).fetchall()
        gone = doc_ids + [r[0] for r in rest]
        self.con.execute("DELETE FROM story_bands WHERE doc_id IN (SELECT unnest(?))", [gone])
        self.con.execute("DELETE FROM stories WHERE doc_id IN (SELECT unnest(?))", [gone])
        for doc_id, signature, published in rest:
            self.link(doc_id, signature, published)
