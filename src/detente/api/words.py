"""A word index over the texts that event search reads: each event's reporting sentences and its
document's title, built in memory from a read-only store.

The listing's text filter (`q`) is a case-insensitive substring test, `text ILIKE '%q%'`, on the
title or on any mention sentence. DuckDB's ILIKE is `lower(text) LIKE lower(q)`, so the index keeps
DuckDB's own lower case of every text and splits it into words (maximal runs of letters, digits,
marks and `_`) with DuckDB's own regular expression; the query is lowered and split the same way.
Then, without any approximation:

- a query that is one word (no other character) occurs in a text exactly when one of the text's
  words contains it, so its events are the postings of every vocabulary word containing it;
- a longer query ("Koizumi met", "U.S.-led") can only occur in a text holding, for each of its
  words, a word containing that word, so the postings give candidates, and each candidate's lowered
  texts (kept here) are tested for the whole lowered query.

Events are numbered by their row in the party index's `ordered` table (`rid`), so a set of matches
is a sorted array of row numbers that the listing query joins.
"""

from __future__ import annotations

import logging
import threading
import time

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

log = logging.getLogger(__name__)

# Everything that is not a letter, digit, combining mark or underscore separates words (RE2 syntax).
SEPARATORS = r"[^\pL\pN\pM_]+"
# Above this many matching vocabulary words, a mask over all postings beats gathering each slice.
MANY_WORDS = 256


class WordIndex:
    """Word -> event row postings, and the lowered texts to confirm phrases; ready once `ready` is set."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.failed: str | None = None
        self.build_seconds: float | None = None
        self._con = duckdb.connect()  # lowers and splits queries exactly as the texts were

    # -- building ------------------------------------------------------------------------------
    def build(self, store_con: duckdb.DuckDBPyConnection, side_con: duckdb.DuckDBPyConnection) -> None:
        """Read the mention sentences and titles from the store (a cursor of its own) and the event
        row numbers from the side index's `ordered` table, and build the postings."""
        start = time.perf_counter()
        cursor, side = store_con.cursor(), side_con.cursor()
        try:
            mentions = cursor.sql("SELECT event_id, lower(text) AS text FROM event_mentions "  # noqa: F841 - by name
                                  "WHERE text IS NOT NULL AND text <> ''").to_arrow_table()
            titles = cursor.sql("SELECT doc_id, lower(title) AS title FROM documents "  # noqa: F841 - by name
                                "WHERE title IS NOT NULL AND title <> ''").to_arrow_table()
            event_docs = cursor.sql("SELECT event_id, doc_id FROM events").to_arrow_table()  # noqa: F841 - by name
            side.execute("CREATE TEMP TABLE w_mentions AS SELECT o.rid, m.text FROM mentions m "
                         "JOIN ordered o USING (event_id) ORDER BY o.rid")
            side.execute("CREATE TEMP TABLE w_titles AS SELECT (row_number() OVER (ORDER BY doc_id) - 1)::INTEGER "
                         "AS ord, doc_id, title FROM titles")
            side.execute("CREATE TEMP TABLE w_docs AS SELECT o.rid, coalesce(t.ord, -1)::INTEGER AS ord "
                         "FROM ordered o JOIN event_docs d USING (event_id) LEFT JOIN w_titles t USING (doc_id) "
                         "ORDER BY o.rid")
            side.execute(
                "CREATE TEMP TABLE w_pairs AS SELECT DISTINCT word, rid FROM ("  # the pattern is a constant
                f"  SELECT rid, unnest(regexp_split_to_array(text, '{SEPARATORS}')) AS word FROM w_mentions"
                "  UNION ALL"
                f"  SELECT d.rid, t.word FROM (SELECT ord, unnest(regexp_split_to_array(title, '{SEPARATORS}')) "
                "  AS word FROM w_titles) t JOIN w_docs d USING (ord)"
                ") WHERE word <> ''")
            side.execute("CREATE TEMP TABLE w_vocab AS SELECT word, (row_number() OVER (ORDER BY word) - 1)::INTEGER "
                         "AS wid FROM (SELECT DISTINCT word FROM w_pairs)")
            postings = side.sql("SELECT v.wid, p.rid::INTEGER AS rid FROM w_pairs p JOIN w_vocab v USING (word) "
                                "ORDER BY v.wid, p.rid").to_arrow_table()
            vocab = side.sql("SELECT word FROM w_vocab ORDER BY wid").to_arrow_table()
            kept_mentions = side.sql("SELECT rid::INTEGER AS rid, text FROM w_mentions ORDER BY rid").to_arrow_table()
            kept_titles = side.sql("SELECT title FROM w_titles ORDER BY ord").to_arrow_table()
            doc_of = side.sql("SELECT ord FROM w_docs ORDER BY rid").to_arrow_table()
            self.events = side.execute("SELECT count(*) FROM ordered").fetchone()[0]  # type: ignore[index]
            for table in ("w_mentions", "w_titles", "w_docs", "w_pairs", "w_vocab"):
                side.execute(f"DROP TABLE {table}")

            self.vocab = pa.chunked_array(vocab.column("word")).combine_chunks()
            self.posting_words = postings.column("wid").to_numpy()
            self.postings = postings.column("rid").to_numpy()
            # posting_words is sorted: the postings of word w are postings[offsets[w]:offsets[w + 1]]
            self.offsets = np.searchsorted(self.posting_words, np.arange(len(self.vocab) + 1)).astype(np.int64)
            self.mention_rids = kept_mentions.column("rid").to_numpy()
            self.mention_texts = kept_mentions.column("text").combine_chunks()
            self.titles = kept_titles.column("title").combine_chunks()
            self.doc_of = doc_of.column("ord").to_numpy()
            self.build_seconds = time.perf_counter() - start
            self.ready.set()
            log.info("word index: %d words, %d postings in %.1f s", len(self.vocab), len(self.postings),
                     self.build_seconds)
        except duckdb.Error as exc:  # a store from before these tables: the listing keeps its scan
            self.failed = str(exc).splitlines()[0]
            log.warning("no word index for this store: %s", self.failed)
        finally:
            cursor.close()
            side.close()

    # -- asking --------------------------------------------------------------------------------
    def split(self, query: str) -> tuple[str, list[str]]:
        """The query as DuckDB lowers it, and its words."""
        cursor = self._con.cursor()
        try:
            lowered, words = cursor.execute("SELECT lower(?), regexp_split_to_array(lower(?), ?)",
                                            [query, query, SEPARATORS]).fetchone()  # type: ignore[misc]
        finally:
            cursor.close()
        return lowered, [w for w in words if w]

    def upper(self, value: str) -> str:
        """A value as DuckDB's upper() gives it (the listing's type filter compares upper(?))."""
        cursor = self._con.cursor()
        try:
            return cursor.execute("SELECT upper(?)", [value]).fetchone()[0]  # type: ignore[index]
        finally:
            cursor.close()

    def candidates(self, query: str) -> tuple[np.ndarray, str | None] | None:
        """The sorted row numbers (`rid`) of the events that may hold the query, and the lowered query
        when they must still be confirmed (`confirm`), or None when the query holds no word (the
        caller then scans). A one-word query needs no confirming: its candidates are its matches."""
        lowered, words = self.split(query)
        if not words:
            return None
        found: np.ndarray | None = None
        for word in dict.fromkeys(words):  # each distinct word once
            mask = self._events_with(word)
            found = mask if found is None else found & mask
            if not found.any():
                return np.empty(0, dtype=np.int64), None
        return np.flatnonzero(found), None if lowered == words[0] else lowered

    def matches(self, query: str) -> np.ndarray | None:
        """The sorted row numbers of the events whose title or a mention sentence contains the query in
        any case (as ILIKE '%query%'), or None when the query holds no word."""
        found = self.candidates(query)
        if found is None:
            return None
        rids, pending = found
        return rids if pending is None else self.confirm(rids, pending)

    def _events_with(self, word: str) -> np.ndarray:
        """A mask over event rows: some word of the event's texts contains `word`."""
        hits = np.flatnonzero(pc.match_substring(self.vocab, word).to_numpy(zero_copy_only=False))
        mask = np.zeros(self.events, dtype=bool)
        if len(hits) > MANY_WORDS:
            chosen = np.zeros(len(self.vocab), dtype=bool)
            chosen[hits] = True
            mask[self.postings[chosen[self.posting_words]]] = True
        else:
            for wid in hits:
                mask[self.postings[self.offsets[wid]:self.offsets[wid + 1]]] = True
        return mask

    def confirm(self, rids: np.ndarray, lowered: str) -> np.ndarray:
        """The rows of `rids` (in any order, which is kept) whose lowered title or one lowered mention
        sentence contains the lowered query."""
        if not len(rids):
            return rids
        confirmed = np.zeros(len(rids), dtype=bool)
        docs = self.doc_of[rids]
        titled = np.flatnonzero(docs >= 0)
        if len(titled):
            titles = pc.take(self.titles, pa.array(docs[titled]))
            confirmed[titled[pc.match_substring(titles, lowered).to_numpy(zero_copy_only=False)]] = True
        # each row's sentences are a run of the mention arrays, which are sorted by row
        first = np.searchsorted(self.mention_rids, rids, side="left")
        counts = np.searchsorted(self.mention_rids, rids, side="right") - first
        if counts.sum():
            owner = np.repeat(np.arange(len(rids)), counts)  # index into rids of each sentence
            rows = np.repeat(first, counts) + (np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts))
            hit = pc.match_substring(pc.take(self.mention_texts, pa.array(rows)), lowered).to_numpy(
                zero_copy_only=False)
            confirmed[owner[hit]] = True
        return rids[confirmed]

    def start(self, store_con: duckdb.DuckDBPyConnection, side_con: duckdb.DuckDBPyConnection) -> threading.Thread:
        thread = threading.Thread(target=self.build, args=(store_con, side_con), daemon=True,
                                  name="detente-word-index")
        thread.start()
        return thread
