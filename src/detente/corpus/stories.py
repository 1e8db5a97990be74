"""Stories: whole articles that report the same story share a `story_id`.

Each document keeps two word sets: its content words, and its names and numbers (capitalised
words, figures), with a MinHash signature of each (datasketch). The signatures' LSH bands are
stored, so a new article meets only stored articles that share a band with it: MinHash finds the
candidates, it does not decide. The decision reads the exact Jaccard similarity of the word sets:
an article joins the candidate story it resembles most on average over the story's articles
(average link, so one loose match does not chain two stories together), when that reaches the
threshold and the publication days (where both are known) are close. Then the stories the batch
touched merge with their candidate stories while the average link between two whole stories reaches
the same threshold (agglomerative average link): placed one at a time, a story's first articles may
share too little to join, and a later report that tells both parts brings them together.

A batch of documents costs a fixed number of statements: one look-up of the candidate stories of
all its bands, one read of those stories' members, one bulk write of the new rows, and one update
of the stored articles whose story merged into another.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from detente.corpus import signatures
from detente.corpus.features import settings


@dataclass
class Article:
    doc_id: str
    published: dt.date | None
    words: frozenset[str]
    names: frozenset[str]
    signature: bytes | None = None
    name_signature: bytes | None = None


def exact_jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


STORY_SCHEMA = pa.schema([("doc_id", pa.string()), ("story_id", pa.string()), ("published", pa.date32()),
                          ("score", pa.float64()), ("signature", pa.binary()), ("name_signature", pa.binary()),
                          ("words", pa.list_(pa.string())), ("names", pa.list_(pa.string()))])


class StoryLinker:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()["story"]

    def article(self, doc_id: str, title: str | None, text: str | None, published: Any) -> Article:
        body = f"{title or ''}\n{text or ''}"
        perm = int(self.cfg["num_perm"])
        words, names = signatures.content_words(body), signatures.name_words(body)
        return Article(doc_id, _day(published), frozenset(words), frozenset(names),
                       signatures.to_bytes(signatures.minhash(words, perm)) if words else None,
                       signatures.to_bytes(signatures.minhash(names, perm)) if names else None)

    def resemblance(self, a: Article, b: Article) -> float:
        weight = float(self.cfg["name_weight"])
        if not b.words and not b.names:  # stored before the word sets were kept: the MinHash estimate
            return (1 - weight) * signatures.jaccard(a.signature, b.signature) + \
                weight * signatures.jaccard(a.name_signature, b.name_signature)
        return (1 - weight) * exact_jaccard(a.words, b.words) + weight * exact_jaccard(a.names, b.names)

    def _bands(self, article: Article, week: int | None = None) -> list[int]:
        """The LSH band keys an article is filed under, salted with the week of its publication.

        A story is bounded in time: dated articles meet those published within `max_days_apart`
        (so in the same or a neighbouring week), undated ones meet undated ones."""
        n = int(self.cfg["bands"])
        if week is None:
            week = self._week(article)
        when = 0 if week is None else 2 * week + 1
        return [key for kind, blob in ((0, article.signature), (1, article.name_signature)) if blob
                for key in signatures.band_keys(blob, n, salt=2 * when + kind)]

    def _week(self, article: Article) -> int | None:
        if article.published is None:
            return None
        return article.published.toordinal() // max(1, int(self.cfg["max_days_apart"]))

    def _lookups(self, article: Article) -> list[int]:
        """The keys under which an article's candidates are filed: its own week and the two beside it."""
        week = self._week(article)
        if week is None:
            return self._bands(article)
        return [k for w in (week - 1, week, week + 1) for k in self._bands(article, w)]

    def link_documents(self, doc_ids: Iterable[str], records: dict[str, dict[str, Any]] | None = None) -> None:
        """Give these stored documents (those not yet in a story) their story."""
        doc_ids = sorted(set(doc_ids))
        if not doc_ids:
            return
        linked = {r[0] for r in self.con.execute(
            "SELECT doc_id FROM stories WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()}
        todo = [d for d in doc_ids if d not in linked]
        given = records or {}
        rows = [(d, given[d]["document"].get("title"), given[d]["document"].get("text"),
                 given[d]["document"].get("published"), given[d]["document"].get("published_source"))
                for d in todo if d in given]
        missing = [d for d in todo if d not in given]
        if missing:
            rows += self.con.execute("SELECT doc_id, title, text, published, published_source FROM documents "
                                     "WHERE doc_id IN (SELECT unnest(?))", [missing]).fetchall()
        # a publication day the coder guessed from the text bounds no story: it is often a date the
        # story mentions, not the day it appeared, so such an article counts as undated here
        articles = [self.article(d, title, text, published if known not in ("inferred", "unknown") else None)
                    for d, title, text, published, known in rows]
        self.link_all(sorted(articles, key=lambda a: (a.published is None, a.published or dt.date.min, a.doc_id)))

    def link_all(self, articles: list[Article]) -> list[str]:
        """Place articles in order, each seeing the ones before it; one bulk write at the end."""
        if not articles:
            return []
        bands = {a.doc_id: self._bands(a) for a in articles}
        lookups = {a.doc_id: self._lookups(a) for a in articles}
        keys = sorted({k for ks in lookups.values() for k in ks})
        index: dict[int, set[str]] = defaultdict(set)  # band key -> story ids
        members: dict[str, list[Article]] = defaultdict(list)
        found_stories: set[str] = set()
        if keys:
            wanted = pa.table({"band": pa.array(keys, pa.int64())})  # noqa: F841 - read by DuckDB by name
            for band, story_id in self.con.execute(
                    "SELECT DISTINCT b.band, s.story_id FROM story_keys b JOIN wanted w USING (band) "
                    "JOIN stories s USING (doc_id)").fetchall():
                index[band].add(story_id)
            found = sorted({s for ids in index.values() for s in ids})
            found_stories.update(found)
            for story_id, doc_id, published, words, names, sig, name_sig in self.con.execute(
                    "SELECT story_id, doc_id, published, words, names, signature, name_signature FROM stories "
                    "WHERE story_id IN (SELECT unnest(?)) ORDER BY doc_id", [found]).fetchall():
                members[story_id].append(Article(doc_id, published, frozenset(words or ()), frozenset(names or ()),
                                                 sig, name_sig))
        window, threshold = int(self.cfg["max_days_apart"]), float(self.cfg["threshold"])
        out, chosen = [], []
        for article in articles:
            story_id, best = f"s-{article.doc_id[:16]}", 0.0
            for candidate in sorted({s for k in lookups[article.doc_id] for s in index.get(k, ())}):
                others = members[candidate]
                if article.published is not None and any(
                        o.published is not None and abs((o.published - article.published).days) > window
                        for o in others):
                    continue
                score = sum(self.resemblance(article, o) for o in others) / len(others)
                if score >= threshold and score > best:
                    story_id, best = candidate, score
            members[story_id].append(article)
            for key in bands[article.doc_id]:
                index[key].add(story_id)
            out.append([article.doc_id, story_id, article.published, best, article.signature,
                        article.name_signature, sorted(article.words), sorted(article.names)])
            chosen.append(story_id)
        renamed = self._merge(set(chosen), lookups, index, members)
        final = {old: self._final(renamed, old) for old in renamed}
        for row in out:
            row[1] = final.get(row[1], row[1])
        chosen = [final.get(c, c) for c in chosen]
        stored = sorted((old, new) for old, new in final.items() if old in found_stories)
        if stored:  # stored articles of a story merged into another take its id
            moves = pa.table({"old": [o for o, _n in stored], "new": [n for _o, n in stored]})  # noqa: F841
            self.con.execute("UPDATE stories SET story_id = moves.new FROM moves WHERE stories.story_id = moves.old")
        story_rows = pa.Table.from_arrays(  # noqa: F841 - read by DuckDB by name
            [pa.array([r[i] for r in out], type=f.type) for i, f in enumerate(STORY_SCHEMA)], schema=STORY_SCHEMA)
        names = ", ".join(STORY_SCHEMA.names)
        self.con.execute(f"INSERT OR REPLACE INTO stories ({names}) SELECT {names} FROM story_rows")
        band_rows = pa.table({"band": pa.array([k for a in articles for k in bands[a.doc_id]], pa.int64()),  # noqa: F841
                              "doc_id": [a.doc_id for a in articles for _k in bands[a.doc_id]]})
        self.con.execute("INSERT INTO story_keys SELECT band, doc_id FROM band_rows")
        return chosen

    @staticmethod
    def _final(renamed: dict[str, str], story_id: str) -> str:
        while story_id in renamed:
            story_id = renamed[story_id]
        return story_id

    def _story_score(self, a: list[Article], b: list[Article]) -> float:
        """Average link between two stories; 0 when dated members lie further apart than the window."""
        window = int(self.cfg["max_days_apart"])
        if any(x.published is not None and y.published is not None and abs((x.published - y.published).days) > window
               for x in a for y in b):
            return 0.0
        return sum(self.resemblance(x, y) for x in a for y in b) / (len(a) * len(b))

    def _merge(self, touched: set[str], lookups: dict[str, list[int]], index: dict[int, set[str]],
               members: dict[str, list[Article]]) -> dict[str, str]:
        """Merge the stories this batch touched with their candidate stories while the average link
        between two stories reaches the threshold, best pair first (agglomerative average link).

        Placing articles one by one splits a story when its first articles happen to be its least
        alike; the merge repairs that, so the grouping depends less on the order articles come in."""
        threshold = float(self.cfg["threshold"])
        renamed: dict[str, str] = {}
        cache: dict[tuple[str, str], float] = {}
        while True:
            best, pair = threshold, None
            for story in sorted(touched):
                near = {self._final(renamed, s) for a in members[story] if a.doc_id in lookups
                        for k in lookups[a.doc_id] for s in index.get(k, ())} - {story}
                for other in sorted(near):
                    key = (min(story, other), max(story, other))
                    if key not in cache:
                        cache[key] = self._story_score(members[story], members[other])
                    if cache[key] >= best and (pair is None or cache[key] > best or key < pair):
                        best, pair = cache[key], key
            if pair is None:
                return renamed
            a, b = pair
            keep, gone = (a, b) if (len(members[a]), b) >= (len(members[b]), a) else (b, a)
            members[keep].extend(members.pop(gone))
            renamed[gone] = keep
            touched.discard(gone)
            touched.add(keep)
            cache = {k: v for k, v in cache.items() if keep not in k and gone not in k}

    def unlink_documents(self, doc_ids: Iterable[str]) -> None:
        """Drop these documents from their stories and re-link the rest of those stories in order."""
        doc_ids = list(doc_ids)
        touched = [r[0] for r in self.con.execute(
            "SELECT DISTINCT story_id FROM stories WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()]
        rest = self.con.execute(
            "SELECT doc_id, published, words, names, signature, name_signature FROM stories "
            "WHERE story_id IN (SELECT unnest(?)) AND doc_id NOT IN (SELECT unnest(?)) "
            "ORDER BY published NULLS LAST, doc_id", [touched, doc_ids]).fetchall()
        gone = doc_ids + [r[0] for r in rest]
        self.con.execute("DELETE FROM story_keys WHERE doc_id IN (SELECT unnest(?))", [gone])
        self.con.execute("DELETE FROM stories WHERE doc_id IN (SELECT unnest(?))", [gone])
        self.link_all([Article(d, p, frozenset(w or ()), frozenset(n or ()), s, ns) for d, p, w, n, s, ns in rest])
