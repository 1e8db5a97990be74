"""Stories: whole articles that report the same story share a `story_id`.

Each document keeps two word sets: its content words, and its names and numbers (capitalised
words, figures), with a MinHash signature of each (datasketch). The signatures' LSH bands are
stored, so new articles meet only stored articles that share a band with them: MinHash finds the
candidates, it does not decide. The decision reads the exact Jaccard similarity of the word sets,
in an agglomerative average-link grouping: each article starts alone, and the two adjacent groups
whose articles resemble each other most on average merge, while that average reaches the threshold
and their dated articles lie within `max_days_apart` of each other.

The grouping is a function of the set of articles, not of their order: a run's new articles are
grouped as one set (ingest links stories once per run), the stored stories they meet are taken
apart and grouped again with them (up to `recluster_limit` articles), ties go to the smaller
doc_id, and a story is named after its smallest doc_id. So the same documents give the same stories
whatever order they arrive in, however a run cuts its batches and whatever the number of workers.
An earlier version placed articles one at a time (greedy), which made the ECB+ figure move with the
batches ingest happened to cut.

A batch of documents costs a fixed number of statements: one look-up of the candidate stories of
all its bands, one read of those stories' members, one bulk write of the new rows, and one update
of the stored articles whose story changed.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from detente import columnar
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


def make_article(doc_id: str, title: str | None, text: str | None, published: Any, perm: int) -> Article:
    """An article's word sets and their MinHash signatures."""
    body = f"{title or ''}\n{text or ''}"
    words, names = signatures.content_words(body), signatures.name_words(body)
    return Article(doc_id, _day(published), frozenset(words), frozenset(names),
                   signatures.signature(words, perm), signatures.signature(names, perm))


def story_article(document: dict[str, Any]) -> Article:
    """The article of a coded record's document, as story grouping reads it (made by the worker that
    coded it, so the writer does not). A publication day the coder guessed from the text bounds no
    story: it is often a date the story mentions, not the day it appeared, so such an article
    counts as undated here."""
    known = document.get("published_source")
    published = document.get("published") if known not in ("inferred", "unknown") else None
    return make_article(document["doc_id"], document.get("title"), document.get("text"), published,
                        int(settings()["story"]["num_perm"]))


STORY_SCHEMA = pa.schema([("doc_id", pa.string()), ("story_id", pa.string()), ("published", pa.date32()),
                          ("score", pa.float64()), ("signature", pa.binary()), ("name_signature", pa.binary()),
                          ("words", pa.list_(pa.string())), ("names", pa.list_(pa.string()))])


class StoryLinker:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.cfg = settings()["story"]

    def article(self, doc_id: str, title: str | None, text: str | None, published: Any) -> Article:
        return make_article(doc_id, title, text, published, int(self.cfg["num_perm"]))

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
        if week is None:
            week = self._week(article)
        return self._weeks_bands(article, [week])[0]

    def _weeks_bands(self, article: Article, weeks: list[int | None]) -> list[list[int]]:
        """`_bands` of an article for several weeks, each signature's bands mixed once."""
        n = int(self.cfg["bands"])
        out: list[list[int]] = [[] for _ in weeks]
        for kind, blob in ((0, article.signature), (1, article.name_signature)):
            if blob:
                salts = [2 * (0 if week is None else 2 * week + 1) + kind for week in weeks]
                for keys, found in zip(out, signatures.band_keys_salted(blob, n, salts), strict=True):
                    keys += found
        return out

    def _week(self, article: Article) -> int | None:
        if article.published is None:
            return None
        return article.published.toordinal() // max(1, int(self.cfg["max_days_apart"]))

    def _lookups(self, article: Article) -> list[int]:
        """The keys under which an article's candidates are filed: its own week and the two beside it."""
        return self._keys(article)[1]

    def _keys(self, article: Article) -> tuple[list[int], list[int]]:
        """An article's own band keys (`_bands`) and its look-up keys (`_lookups`), made together."""
        week = self._week(article)
        if week is None:
            own = self._bands(article, None)
            return own, own
        before, own, after = self._weeks_bands(article, [week - 1, week, week + 1])
        return own, before + own + after

    def link_documents(self, doc_ids: Iterable[str], records: dict[str, dict[str, Any]] | None = None,
                       articles: dict[str, Article] | None = None) -> None:
        """Give these stored documents (those not yet in a story) their story.

        They are grouped as one set, in a canonical order (publication day, then doc_id), in chunks
        of `chunk` articles: the stories do not depend on the order the documents arrived in, nor
        on how a run cut them into batches, nor on how many workers coded them. `articles` (made
        where the documents were coded) and `records` save reading the texts back."""
        doc_ids = sorted(set(doc_ids))
        if not doc_ids:
            return
        linked = {r[0] for r in self.con.execute(
            "SELECT doc_id FROM stories WHERE doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()}
        todo = [d for d in doc_ids if d not in linked]
        made = articles or {}
        given = records or {}
        found = [made[d] for d in todo if d in made]
        found += [story_article(given[d]["document"]) for d in todo if d not in made and d in given]
        missing = [d for d in todo if d not in made and d not in given]
        if missing:
            found += [story_article({"doc_id": d, "title": title, "text": text, "published": published,
                                     "published_source": known})
                      for d, title, text, published, known in self.con.execute(
                          "SELECT doc_id, title, text, published, published_source FROM documents "
                          "WHERE doc_id IN (SELECT unnest(?))", [missing]).fetchall()]
        ordered = sorted(found, key=_canonical)
        size = max(1, int(self.cfg.get("chunk", 5000)))
        for i in range(0, len(ordered), size):
            self.link_all(ordered[i:i + size])

    def link_all(self, articles: list[Article]) -> dict[str, str]:
        """Group new articles with each other and with the stored stories they meet; one bulk write.

        Agglomerative average link: every new article starts as a story of its own, every stored
        story it meets (a shared LSH band) as one unit; the two adjacent units whose members
        resemble each other most on average merge, while that average reaches the threshold and
        their dated members lie within `max_days_apart`. Ties go to the smaller doc_ids, and the
        articles are taken in doc_id order, so the result depends on the set, not its order.
        Returns doc_id -> story_id of the new articles."""
        if not articles:
            return {}
        articles = sorted({a.doc_id: a for a in articles}.values(), key=lambda a: a.doc_id)
        fresh = {a.doc_id for a in articles}
        keys_of = {a.doc_id: self._keys(a) for a in articles}
        bands = {d: own for d, (own, _near) in keys_of.items()}
        lookups = {d: near for d, (_own, near) in keys_of.items()}
        stored_hits: dict[int, set[str]] = defaultdict(set)  # band key -> stored story ids
        members: dict[str, list[Article]] = {}
        keys = sorted({k for ks in lookups.values() for k in ks})
        if keys:
            wanted = columnar.table({"band": (pa.int64(), keys)})  # noqa: F841 - read by DuckDB by name
            for band, story_id in self.con.execute(
                    "SELECT DISTINCT b.band, s.story_id FROM story_keys b JOIN wanted w USING (band) "
                    "JOIN stories s USING (doc_id)").fetchall():
                stored_hits[band].add(story_id)
            found = sorted({s for ids in stored_hits.values() for s in ids})
            for story_id, doc_id, published, words, names, sig, name_sig in self.con.execute(
                    "SELECT story_id, doc_id, published, words, names, signature, name_signature FROM stories "
                    "WHERE story_id IN (SELECT unnest(?)) ORDER BY doc_id", [found]).fetchall():
                if doc_id not in fresh:
                    members.setdefault(story_id, []).append(
                        Article(doc_id, published, frozenset(words or ()), frozenset(names or ()), sig, name_sig))
        # the stored stories met are taken apart and grouped again with the new articles, so a story
        # does not keep a split that an earlier run's smaller set of articles made; past
        # `recluster_limit` articles in all, they stay whole (one unit each) and can only merge
        was = {m.doc_id: s for s in members for m in members[s]}
        own: dict[int, set[str]] = defaultdict(set)  # band key -> units with an article filed under it
        if len(was) + len(articles) <= int(self.cfg.get("recluster_limit", 3000)):
            units = {a.doc_id: [a] for a in sorted([*articles, *(m for s in members for m in members[s])],
                                                   key=lambda a: a.doc_id)}
            looking = list(units)
            for u, (a,) in units.items():
                if u not in lookups:
                    lookups[u] = self._lookups(a)
                for key in bands.get(u) or self._bands(a):
                    own[key].add(u)
        else:
            units = {**{s: list(members[s]) for s in sorted(members)}, **{a.doc_id: [a] for a in articles}}
            looking = sorted(fresh)
            for key, found_ids in stored_hits.items():
                own[key] |= found_ids
            for a in articles:
                for key in bands[a.doc_id]:
                    own[key].add(a.doc_id)
        unit_of = {a.doc_id: u for u, group in units.items() for a in group}
        adjacent: dict[str, set[str]] = defaultdict(set)
        for a in (units[u][0] for u in looking):  # single articles look around them
            near = set().union(*[own[k] for k in lookups[a.doc_id] if k in own])
            near.discard(unit_of[a.doc_id])
            adjacent[unit_of[a.doc_id]] |= near
            for other in near:
                adjacent[other].add(unit_of[a.doc_id])
        grouping = _Agglomeration(self, units, adjacent)
        final = grouping.run()
        # a story is named after its smallest doc_id: the same articles get the same id in any order
        story_of = {a.doc_id: name for _ids, group in final
                    for name in [f"s-{min(m.doc_id for m in group)[:16]}"] for a in group}
        renamed = {d: s for d, s in story_of.items() if d in was and was[d] != s}
        story_of = {d: s for d, s in story_of.items() if d in fresh}
        self._write(articles, story_of, renamed, bands, grouping.scores())
        return story_of

    def _write(self, articles: list[Article], story_of: dict[str, str], renamed: dict[str, str],
               bands: dict[str, list[int]], score: dict[str, float]) -> None:
        """One update of the stored articles whose story changed, one bulk insert of the new."""
        if renamed:  # stored articles whose story changed (by doc_id)
            moves = columnar.table({"doc_id": (pa.string(), list(renamed)), "new": (pa.string(), list(renamed.values()))})  # noqa: F841
            self.con.execute("UPDATE stories SET story_id = moves.new FROM moves WHERE stories.doc_id = moves.doc_id")
        out = [[a.doc_id, story_of[a.doc_id], a.published, score[a.doc_id], a.signature, a.name_signature,
                sorted(a.words), sorted(a.names)] for a in articles]
        story_rows = columnar.schema_table(STORY_SCHEMA, out)  # noqa: F841 - read by DuckDB by name
        names = ", ".join(STORY_SCHEMA.names)
        self.con.execute(f"INSERT OR REPLACE INTO stories ({names}) SELECT {names} FROM story_rows")
        band_rows = columnar.table({"band": (pa.int64(), [k for a in articles for k in bands[a.doc_id]]),  # noqa: F841
                                    "doc_id": (pa.string(), [a.doc_id for a in articles for _k in bands[a.doc_id]])})
        self.con.execute("INSERT INTO story_keys SELECT band, doc_id FROM band_rows")

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


def resemblance_matrix(articles: list[Article], name_weight: float) -> np.ndarray:
    """`StoryLinker.resemblance` of every pair of articles (exact Jaccard of the word sets and of
    the name sets, mixed), from sparse incidence matrices: |A ∩ B| is their product."""
    from scipy import sparse

    def jaccard(sets: list[frozenset[str]]) -> np.ndarray:
        sizes = np.array([len(x) for x in sets], dtype=np.int64)
        vocabulary: dict[str, int] = {}  # word -> column
        columns = np.fromiter((vocabulary.setdefault(w, len(vocabulary)) for w in itertools.chain.from_iterable(sets)),
                              dtype=np.int64, count=int(sizes.sum()))
        rows = np.repeat(np.arange(len(sets)), sizes)
        incidence = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)),
                                      shape=(len(sets), max(1, len(vocabulary))))
        shared = (incidence @ incidence.T).toarray()
        union = (sizes[:, None] + sizes[None, :]).astype(float) - shared
        return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)

    return (1 - name_weight) * jaccard([a.words for a in articles]) + name_weight * jaccard([a.names for a in articles])


def _canonical(article: Article) -> tuple[bool, dt.date, str]:
    """The order articles are grouped in: dated ones by day, then undated; doc_id breaks ties."""
    return (article.published is None, article.published or dt.date.min, article.doc_id)


DENSE_UNITS = 1000  # blocks of at most this many units take each step from a score matrix


class _Block:
    """One connected part of the adjacency graph, with every pair's resemblance of its articles and
    the summed resemblance of every pair of its units (a units x units matrix): a merge adds a row
    and a column into another (the Lance-Williams update of average link), so a score is a look-up
    however large the units grow."""

    def __init__(self, units: dict[str, list[Article]], name_weight: float):
        members = [a for group in units.values() for a in group]
        self.matrix = resemblance_matrix(members, name_weight)
        self.index = {u: i for i, u in enumerate(units)}  # unit -> its row in `sums`
        self.rows: dict[str, np.ndarray] = {}  # unit -> its articles' rows in `matrix`
        start = 0
        for u, group in units.items():
            self.rows[u] = np.arange(start, start + len(group))
            start += len(group)
        from scipy import sparse
        owner = np.concatenate([np.full(len(group), i) for i, group in enumerate(units.values())])
        incidence = sparse.csr_matrix((np.ones(len(members)), (owner, np.arange(len(members)))),
                                      shape=(len(units), len(members)))
        self.sums = np.asarray(incidence @ (incidence @ self.matrix).T)  # unit pair -> summed resemblance

    def merge(self, keep: str, gone: str) -> None:
        k, g = self.index[keep], self.index.pop(gone)
        self.sums[k, :] += self.sums[g, :]
        self.sums[:, k] += self.sums[:, g]
        self.rows[keep] = np.concatenate([self.rows[keep], self.rows.pop(gone)])


class _Agglomeration:
    """Average-link agglomeration of units (lists of articles) over an adjacency graph.

    The score of two units is the mean resemblance over all their member pairs (exact sums, added
    up on a merge, as average linkage does); units whose dated members would lie further apart than
    the window never merge. Merges happen only along edges, so each connected part of the graph is
    grouped apart from the others, from its own resemblance matrix (`_Block`) when it holds at most
    `recluster_limit` articles."""

    def __init__(self, linker: StoryLinker, units: dict[str, list[Article]], adjacent: dict[str, set[str]]):
        self.linker = linker
        self.threshold = float(linker.cfg["threshold"])
        self.window = int(linker.cfg["max_days_apart"])
        self.units = units
        self.ids = {u: [u] for u in units}  # unit -> the original units merged into it
        self.adjacent = {u: set(adjacent.get(u, ())) for u in units}
        for u, near in list(self.adjacent.items()):  # the graph is undirected
            for n in near:
                self.adjacent.setdefault(n, set()).add(u)
        self.sums: dict[tuple[str, str], float] = {}  # pairs outside any block
        self.span = {u: self._span(m) for u, m in units.items()}
        self.block: dict[str, _Block] = {}  # unit -> the block it lies in
        limit = int(linker.cfg.get("recluster_limit", 3000))
        weight = float(linker.cfg["name_weight"])
        for part in self._parts():
            group = {u: units[u] for u in part}
            if len(part) > 1 and sum(map(len, group.values())) <= limit and \
                    all(a.words or a.names for m in group.values() for a in m):
                block = _Block(group, weight)
                self.block.update(dict.fromkeys(part, block))

    def _parts(self) -> list[list[str]]:
        """The connected parts of the adjacency graph, each in unit order."""
        seen: set[str] = set()
        parts = []
        for u in sorted(self.units):
            if u in seen:
                continue
            seen.add(u)
            part, todo = [u], [u]
            while todo:
                for n in self.adjacent[todo.pop()]:
                    if n not in seen:
                        seen.add(n)
                        part.append(n)
                        todo.append(n)
            parts.append(sorted(part))
        return parts

    @staticmethod
    def _span(group: list[Article]) -> tuple[dt.date, dt.date] | None:
        days = [a.published for a in group if a.published is not None]
        return (min(days), max(days)) if days else None

    def _fits(self, a: str, b: str) -> bool:
        x, y = self.span[a], self.span[b]
        return x is None or y is None or (max(x[1], y[1]) - min(x[0], y[0])).days <= self.window

    def _sum(self, a: str, b: str) -> float:
        block = self.block.get(a)
        if block is not None:
            return float(block.sums[block.index[a], block.index[b]])
        key = (a, b) if a < b else (b, a)
        if key not in self.sums:
            self.sums[key] = sum(self.linker.resemblance(x, y) for x in self.units[a] for y in self.units[b])
        return self.sums[key]

    def _entry(self, a: str, b: str) -> tuple[float, str, str, int, int] | None:
        if not self._fits(a, b):
            return None
        score = self._sum(a, b) / (len(self.units[a]) * len(self.units[b]))
        if score < self.threshold:
            return None
        lo, hi = (a, b) if a < b else (b, a)
        return (-score, lo, hi, self.version[lo], self.version[hi])

    def run(self) -> list[tuple[list[str], list[Article]]]:
        self.version = dict.fromkeys(self.units, 0)  # a unit's version moves on with each merge into it
        dense = {id(b): b for b in self.block.values() if len(b.index) <= DENSE_UNITS}
        heap = [e for a in sorted(self.adjacent) if id(self.block.get(a)) not in dense
                for b in sorted(self.adjacent[a]) if a < b if (e := self._entry(a, b)) is not None]
        heapq.heapify(heap)
        while heap:
            _score, a, b, version_a, version_b = heapq.heappop(heap)
            if self.version.get(a) != version_a or self.version.get(b) != version_b:
                continue  # one of them merged since: a newer entry stands for it
            self._merge(a, b, heap)
        for block in dense.values():
            self._run_dense(block)
        return [(sorted(self.ids[u]), self.units[u]) for u in sorted(self.units)]

    def _run_dense(self, block: _Block) -> None:
        """The same merges as the heap, for a small block: each step takes the best pair of a
        units x units score matrix (argmax takes the first, so ties go to the smaller ids, as the
        heap's order does)."""
        names = list(block.index)  # in unit order
        m = len(names)
        size = np.array([len(self.units[u]) for u in names], dtype=float)
        dated = np.array([self.span[u] is not None for u in names])
        first = np.array([self.span[u][0].toordinal() if self.span[u] else 0 for u in names])
        last = np.array([self.span[u][1].toordinal() if self.span[u] else 0 for u in names])
        pos = {u: i for i, u in enumerate(names)}
        edges = np.zeros((m, m), dtype=bool)
        for u in names:
            edges[pos[u], [pos[n] for n in self.adjacent[u]]] = True
        upper = np.triu(np.ones((m, m), dtype=bool), 1)

        def scores(rows: np.ndarray | slice, columns: np.ndarray | slice) -> np.ndarray:
            fits = ~(dated[rows, None] & dated[None, columns]) | \
                (np.maximum(last[rows, None], last[None, columns]) -
                 np.minimum(first[rows, None], first[None, columns]) <= self.window)
            score = block.sums[rows][:, columns] / (size[rows, None] * size[None, columns])
            ok = edges[rows][:, columns] & fits & (score >= self.threshold) & upper[rows][:, columns]
            return np.where(ok, score, -np.inf)

        everything = slice(None)  # a view: indexing with every row (an index array) copied the m x m matrices
        table = scores(everything, everything)
        while True:
            best = int(np.argmax(table))
            k, g = divmod(best, m)
            if table[k, g] == -np.inf:
                return
            keep, gone = names[k], names[g]
            block.merge(keep, gone)
            del self.block[gone]
            self._absorb(keep, gone, None)  # the block's edges live in `edges` from here on
            size[k] += size[g]
            if dated[g]:
                first[k] = min(first[k], first[g]) if dated[k] else first[g]
                last[k] = max(last[k], last[g]) if dated[k] else last[g]
                dated[k] = True
            edges[k] |= edges[g]
            edges[:, k] |= edges[:, g]
            edges[k, k] = False
            edges[g, :] = edges[:, g] = False
            table[g, :] = table[:, g] = -np.inf
            table[k, :] = scores(np.array([k]), everything)[0]
            table[:, k] = scores(everything, np.array([k]))[:, 0]

    def scores(self) -> dict[str, float]:
        """Each article's mean resemblance to the other articles of its group (0 alone)."""
        out = {}
        for u, group in self.units.items():
            block = self.block.get(u)
            if len(group) == 1:
                out[group[0].doc_id] = 0.0
            elif block is not None:
                rows = block.rows[u]
                part = block.matrix[np.ix_(rows, rows)]
                totals = (part.sum(axis=1) - part.diagonal()) / (len(group) - 1)
                out.update({a.doc_id: float(t) for a, t in zip(group, totals, strict=True)})
            else:
                for a in group:
                    out[a.doc_id] = sum(self.linker.resemblance(a, o) for o in group if o is not a) / (len(group) - 1)
        return out

    def _merge(self, keep: str, gone: str, heap: list[tuple[float, str, str, int, int]]) -> None:
        near = (self.adjacent[keep] | self.adjacent[gone]) - {keep, gone}
        block = self.block.get(keep)
        if block is not None:
            block.merge(keep, gone)
            del self.block[gone]
        else:
            sums = {n: self._sum(keep, n) + self._sum(gone, n) for n in sorted(near)}
            for n in [*near, keep]:
                for u in (keep, gone):
                    self.sums.pop((u, n) if u < n else (n, u), None)
            for n in sorted(near):
                self.sums[(keep, n) if keep < n else (n, keep)] = sums[n]
        self._absorb(keep, gone, near)
        for n in sorted(near):
            if (e := self._entry(keep, n)) is not None:
                heapq.heappush(heap, e)

    def _absorb(self, keep: str, gone: str, near: set[str] | None) -> None:
        """Unit `gone` joins unit `keep`: members, ids, version, span and edges (the adjacency sets
        are left as they are with `near` None: a dense block keeps its edges in a matrix, and its
        connected part meets no other unit)."""
        if near is not None:
            for n in self.adjacent.pop(gone):
                self.adjacent[n].discard(gone)
        self.units[keep] = self.units[keep] + self.units.pop(gone)
        self.ids[keep] += self.ids.pop(gone)
        self.version[keep] += 1
        del self.version[gone]
        self.span[keep] = self._span(self.units[keep])
        for n in near or ():
            self.adjacent[keep].add(n)
            self.adjacent[n].add(keep)
