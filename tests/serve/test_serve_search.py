"""Text search (`q`) through the word index gives exactly what the plain ILIKE scan gives.

The store is built here row by row with titles and sentences chosen to break a careless index:
SQL fragments, LIKE wildcards (% and _), quotes, backslashes, letters whose lower case is unusual
(ß, dotted İ, final sigma, the Kelvin sign), punctuation inside words, repeated spaces, emoji,
missing titles and empty sentences.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from detente.api.queries import EventFilter, Queries
from detente.store import Store

TEXTS = [
    "Talks on the 50% tariff_cut ended without a deal.",
    "O'Brien said \"no\" -- then left; DROP TABLE events;--",
    "Officials were 100% sure the summit would go ahead.",
    "The a_b clause and the c%d clause were struck out.",
    "Die Straße nach Berlin und die STRASSE nach Bonn.",
    "The İSTANBUL SUMMIT opened on Monday.",
    "ΣΟΦΟΣ visited the capital; σοφος left.",
    "Japan's missile test drew protests.",
    "The U.S.-led talks resumed in Geneva.",
    "Koizumi met Kim in Pyongyang.",
    "Koizumi  met reporters after the talks.",
    "A path C:\\temp\\x was found in the \\\\ share.",
    "The launch 🚀 was delayed; SUMMIT-level talks follow.",
    "\u212aELVIN units were mentioned.",
    "tab\tseparated words and summit.",
    "' OR '1'='1 appeared in a forum post.",
    "",
]
TITLES = [None, "", "Summit report", "Sanctions: 50% of trade", "O'Brien's \"last\" word", "Kim met Koizumi",
          "u.s.-led coalition", "DROP TABLE documents", "100% _underscore_ title", "Straße news"]
QUERIES = ["summit", "SUMMIT", "ummi", "Koizumi met", "met kim", "Koizumi  met", "%", "_", "50%", "tariff_cut",
           "a_b", "c%d", "'", "O'Brien", "\"no\"", "' OR '1'='1", "DROP TABLE events;--", "--", "\\", "\\\\",
           "straße", "STRASSE", "istanbul", "σοφος", "σοφοσ", "kelvin", "u.s.-led", "s.-l", "japan's", "🚀",
           "summit.", " summit", "e", "ab", "tab\tsep", "nothing-like-this", "report", "_underscore_", "'s \""]
SORTS = ["date", "-date", "-goldstein", "type", "mentions"]
TYPES = [("CONSULT", 1, 1.0), ("AID", 2, 7.4), ("ACCUSE", 3, -2.0), ("SANCTION", 4, -8.0)]
COUNTRIES = ["JPN", "PRK", "USA", "KOR"]


def build_store(path: Path, n_docs: int = 40, seed: int = 17) -> None:
    """A store of hand-made rows: each document has a title from TITLES and 1-3 events, each with
    1-2 sentences from TEXTS; a few events have no day, a few mentions no text."""
    rng = random.Random(seed)
    with Store(path) as store:
        con = store.con
        for d in range(n_docs):
            doc_id = f"doc{d:03d}"
            con.execute("INSERT INTO documents VALUES (?, ?, 'test wire', NULL, [], 'en', DATE '2020-01-01', "
                        "'given', NULL, 'test', 'text', now(), NULL)", [doc_id, rng.choice(TITLES)])
            for k in range(rng.randint(1, 3)):
                event_id = f"{doc_id}-e{k}"
                kind, quad, goldstein = rng.choice(TYPES)
                a, b = rng.sample(COUNTRIES, 2)
                day = None if rng.random() < 0.1 else f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                day = "2016-05-15" if k == 1 else day  # a day shared by many events: since/until at their edge
                side = [{"actor_id": a, "country": a, "sector": None, "text": a, "start": 0, "end": 3}]
                other = [{"actor_id": b, "country": b, "sector": None, "text": b, "start": 5, "end": 8}]
                mentions = rng.randint(1, 2)
                con.execute(
                    "INSERT INTO events VALUES (?, ?, ?, NULL, [], '000', ?, ?, ?, ?, [?], [?], [?], [?], ?, ?, NULL, "
                    "CAST(? AS DATE), NULL, 'day', 'explicit', false, 'null', 0.8, 'test', ?)",
                    [event_id, doc_id, kind, goldstein, quad, json.dumps(side), json.dumps(other), a, b, a, b,
                     rng.choice(["asserted", "asserted", "negated"]), day, day, mentions])
                for m in range(mentions):
                    text = None if rng.random() < 0.05 else rng.choice(TEXTS)
                    con.execute("INSERT INTO event_mentions VALUES (?, ?, ?, 0, 10, ?, 0, 3, 'met')",
                                [event_id, doc_id, m, text])
        con.execute("CHECKPOINT")


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("search") / "search.duckdb"
    build_store(path)
    with Store(path, read_only=True) as store:
        scan, indexed = Queries(store), Queries(store, read_only=True)
        indexed.warm_up().join()
        assert indexed.word_index is not None and indexed.word_index.ready.is_set(), indexed.word_index
        yield scan, indexed


def pages(queries: Queries, flt: EventFilter, sort: str) -> tuple[list[str], int]:
    got, cursor, total = [], None, None
    while True:
        page = queries.events(flt, sort=sort, limit=3, cursor=cursor, with_total=cursor is None)
        got += [e["event_id"] for e in page["events"]]
        total = page.get("total", total)
        if not (cursor := page["next_cursor"]):
            return got, total  # type: ignore[return-value]


def test_every_query_finds_what_the_scan_finds(searched) -> None:  # type: ignore[no-untyped-def]
    scan, indexed = searched
    found_some = 0
    for query in QUERIES:
        expected = pages(scan, EventFilter(text=query), "date")
        assert pages(indexed, EventFilter(text=query), "date") == expected, query
        found_some += bool(expected[0])
    assert found_some >= 25  # most queries find something: the comparison is not between empty lists


def test_word_queries_are_answered_by_the_index_and_others_by_the_scan(searched) -> None:  # type: ignore[no-untyped-def]
    _scan, indexed = searched
    index = indexed.word_index
    for query in ("summit", "Koizumi met", "50%", "O'Brien", "' OR '1'='1", "straße", "u.s.-led"):
        assert index.matches(query) is not None, query
    for query in ("%", "'", "--", "\\", "🚀"):  # no letter or digit: nothing for the index to look up
        assert index.matches(query) is None, query


def test_text_search_with_other_filters_sorts_and_pages(searched) -> None:  # type: ignore[no-untyped-def]
    scan, indexed = searched
    filters = [dict(event_type="sanction"), dict(quad_class=1), dict(factuality="negated"),
               dict(since="2016-05-15"), dict(until="2016-05-15", since="2012-01-01"), dict(actor="JPN"),
               dict(dyad=("PRK", "JPN")), dict(actor="usa", event_type="AID")]
    for i, query in enumerate(("summit", "Koizumi met", "the", "50%", "'s \"")):
        for j, extra in enumerate([{}, *filters]):
            sort = SORTS[(i + j) % len(SORTS)]  # every sort with every query and every filter, not every triple
            flt = EventFilter(text=query, **extra)
            assert pages(indexed, flt, sort) == pages(scan, flt, sort), (query, sort, extra)


def test_the_server_answers_text_search_from_its_word_index(client, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Over HTTP, once the served store's word index is ready, `q` lists what the scan lists."""
    import time

    from test_serve_api import all_events

    deadline = time.monotonic() + 120
    while not client.get("/api/overview").json()["word_index"]:
        assert time.monotonic() < deadline, "the word index was not ready within 120 s"
        time.sleep(0.5)
    with Store(store_path, read_only=True) as store:  # the scan, read beside the running server
        scan = Queries(store)
        for query in ("summit", "Koizumi met", "SANCTIONS", "<script>", "Tokyo said", "%"):
            expected, _total = pages(scan, EventFilter(text=query), "-date")
            assert [e["event_id"] for e in all_events(client, q=query, sort="-date", limit=3)] == expected, query
