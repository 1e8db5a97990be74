"""Happenings do not depend on how the documents arrive: any order, any batches, any number of runs,
a killed run finished by the next one, the Dask writer's shards, worker counts, deletions. Each store
here is a real DuckDB file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from detente.store import IngestReport, Store

PAIRS = [("JPN", "PRK"), ("KOR", "PRK"), ("CHN", "JPN")]
TYPES = ["CONSULT", "AGREE", "ACCUSE", "THREATEN"]  # two families: talks, words of conflict
WORDS = ["summit", "fishing", "rights", "border", "missile", "talks", "envoy", "Kaesong", "ferry", "abduction",
         "sanctions", "statement", "apology", "trade", "visit", "harbour"]
# days on both sides of a month's end, so that reports dated by their publication (a week back) and
# month- or year-precise reports join months of one pair into one group of candidates
DAYS = ["2002-08-27", "2002-08-30", "2002-08-31", "2002-09-01", "2002-09-02", "2002-09-05", "2003-01-02"]


def event(rng: random.Random, doc_id: str, k: int, day: str) -> dict:
    """One event on a few neighbouring days, between one of a few pairs, with overlapping words, so
    that many events are candidates of one another and the order they are placed in would matter."""
    src, tgt = rng.choice(PAIRS)
    if rng.random() < 0.4:
        src, tgt = tgt, src
    precision = rng.choice(["day", "day", "day", "month", "year"])
    date = {"day": day, "month": day[:7], "year": day[:4]}[precision]
    sentence = " ".join(rng.sample(WORDS, 6)) + "."
    return {"event_id": f"{doc_id}-e{k}", "event_type": rng.choice(TYPES), "mode": None, "contexts": [],
            "cameo": "040", "goldstein": 1.0, "quad_class": 1, "factuality": "asserted", "date": date,
            "date_end": None, "date_precision": precision, "date_basis": rng.choice(["explicit", "document"]),
            "historical": False, "location": None,
            "source": [{"actor_id": f"{src}-gov", "country": src, "sector": "GOV", "text": src, "start": 0, "end": 1}],
            "target": [{"actor_id": f"{tgt}-gov", "country": tgt, "sector": "GOV", "text": tgt, "start": 0, "end": 1}],
            "mentions": [{"sentence": 0, "start": 0, "end": len(sentence), "text": sentence,
                          "trigger": {"start": 0, "end": 1, "text": rng.choice(["met", "said", "warned"])}}],
            "confidence": 0.8, "evidence": "test"}


def corpus(n: int = 48, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        doc_id = f"d{rng.randrange(10**6):06d}"
        day = rng.choice(DAYS)
        published = day if rng.random() < 0.9 else None
        records.append({"document": {"doc_id": doc_id, "title": f"report {i}", "source": f"paper{i % 5}", "url": None,
                                     "authors": [], "language": "en", "published": published,
                                     "published_source": "given" if published else "unknown", "text": f"text {i}"},
                        "actors": [], "events": [event(rng, doc_id, k, day) for k in range(rng.randint(1, 4))],
                        "quotes": [], "claims": []})
    return records


def happenings(store: Store) -> dict[str, frozenset[str]]:
    """Each happening id with its events; and the happening rows agree with them."""
    found: dict[str, set[str]] = {}
    for event_id, happening_id in store.con.execute("SELECT event_id, happening_id FROM happening_events").fetchall():
        found.setdefault(happening_id, set()).add(event_id)
    rows = dict(store.con.execute("SELECT happening_id, n_events FROM happenings").fetchall())
    assert rows == {h: len(m) for h, m in found.items()}
    pairs = {r[0] for r in store.con.execute("SELECT DISTINCT happening_id FROM happening_pairs").fetchall()}
    assert pairs <= set(found)
    return {h: frozenset(m) for h, m in found.items()}


@pytest.fixture(scope="module")
def at_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, frozenset[str]]:
    with Store(tmp_path_factory.mktemp("once") / "once.duckdb") as store:
        store.add_records(corpus())
        found = happenings(store)
    assert len(found) < sum(len(r["events"]) for r in corpus()) - 15  # many reports joined a happening
    assert sum(len(m) > 2 for m in found.values()) >= 5
    return found


@pytest.mark.parametrize("size", [1, 7, 16])
@pytest.mark.parametrize("seed", [0, 1])
def test_any_order_and_batches_give_the_happenings_of_linking_everything_at_once(
        tmp_path: Path, at_once: dict[str, frozenset[str]], size: int, seed: int) -> None:
    records = random.Random(seed).sample(corpus(), len(corpus()))
    with Store(tmp_path / "cut.duckdb") as store:
        for i in range(0, len(records), size):  # one call per batch: as separate runs
            store.add_records(records[i:i + size])
        assert happenings(store) == at_once  # the same memberships and the same happening ids


def test_newest_first_one_by_one_gives_the_same_happenings(tmp_path: Path, at_once: dict[str, frozenset[str]]) -> None:
    """The worst order for an incremental linker: every document comes before all stored ones."""
    records = sorted(corpus(), key=lambda r: (r["document"]["published"] or "9", r["document"]["doc_id"]),
                     reverse=True)
    with Store(tmp_path / "newest.duckdb") as store:
        for r in records:
            store.add_records([r])
        assert happenings(store) == at_once


@pytest.mark.parametrize("shard", [7, 64])
def test_the_dask_writer_gives_the_same_happenings_whatever_its_shards(
        tmp_path: Path, at_once: dict[str, frozenset[str]], shard: int) -> None:
    records = corpus()[::-1]
    with Store(tmp_path / "shards.duckdb") as store:
        store.load_all(([(r, r["document"]["doc_id"]) for r in records[i:i + shard]]
                        for i in range(0, len(records), shard)), IngestReport())
        assert happenings(store) == at_once


def test_a_killed_run_finished_by_the_next_one_gives_the_same_happenings(
        tmp_path: Path, at_once: dict[str, frozenset[str]]) -> None:
    """A run killed after writing a batch but before linking it leaves documents stored but not linked;
    the next run links them with its own."""
    records = random.Random(5).sample(corpus(), len(corpus()))
    db = tmp_path / "killed.duckdb"
    with Store(db) as store:
        store.write_batch([(r, r["document"]["doc_id"]) for r in records[:25]])  # written, then the kill
        assert store.con.execute("SELECT count(*) FROM happening_events").fetchone()[0] == 0
    with Store(db) as store:  # the next run: the rest, and what the killed run left unlinked
        store.load_all([[(r, r["document"]["doc_id"]) for r in records[20:]]], IngestReport())
        assert happenings(store) == at_once


def test_deleting_documents_gives_the_happenings_of_never_storing_them(tmp_path: Path) -> None:
    records = corpus()
    gone = {r["document"]["doc_id"] for r in records[::4]}
    with Store(tmp_path / "a.duckdb") as store:
        store.add_records(records)
        for doc_id in sorted(gone):
            assert store.delete_document(doc_id)
        after = happenings(store)
        blocks = store.con.execute("SELECT count(*) FROM happening_event_blocks WHERE event_id IN "
                                   "(SELECT event_id FROM happening_events)").fetchone()[0]
        assert store.con.execute("SELECT count(*) FROM happening_event_blocks").fetchone()[0] == blocks
    with Store(tmp_path / "b.duckdb") as store:
        store.add_records([r for r in records if r["document"]["doc_id"] not in gone])
        assert happenings(store) == after


def test_a_store_linked_before_event_blocks_existed_gets_them(tmp_path: Path) -> None:
    """The candidate blocks of a store written by an older Détente are filed once, when it is opened."""
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_records(corpus()[:30])
        filed = sorted(store.con.execute("SELECT * FROM happening_event_blocks").fetchall())
        store.con.execute("DELETE FROM happening_event_blocks")
    with Store(db) as store:
        assert sorted(store.con.execute("SELECT * FROM happening_event_blocks").fetchall()) == filed
        store.add_records(corpus()[30:])
        assert happenings(store) == happenings_of_all(tmp_path)


def happenings_of_all(tmp_path: Path) -> dict[str, frozenset[str]]:
    with Store(tmp_path / "all.duckdb") as store:
        store.add_records(corpus())
        return happenings(store)


NEWS = [("2024-05-06", "Japan imposed sanctions on North Korea on Monday, officials said. North Korea condemned the move."),
        ("2024-05-06", "North Korea condemned sanctions that Japan imposed on Monday, state media said."),
        ("2024-05-07", "South Korea and Japan held talks in Seoul on Tuesday on the sanctions against North Korea."),
        ("2024-05-07", "Japanese and South Korean ministers met in Seoul on Tuesday to discuss North Korea."),
        ("2024-05-08", "China criticised Japan on Wednesday for the sanctions on North Korea."),
        ("2024-05-08", "Beijing accused Tokyo of raising tension with its sanctions on Pyongyang, a spokesman said."),
        ("2024-05-06", "Tokyo announced sanctions against Pyongyang on Monday after a missile test.")]


def test_ingest_links_the_same_happenings_whatever_its_batches_order_and_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real ingests (spaCy coding) of the same news: in order in batches of two on one worker, and
    reversed in one batch on two worker processes."""
    import json

    import detente.store as store_module

    found = []
    for n, (order, flush, workers) in enumerate([(NEWS, 2, 1), (NEWS[::-1], 64, 2)]):
        source = tmp_path / f"news{n}.jsonl"
        source.write_text("".join(json.dumps({"id": f"n{NEWS.index(item)}", "published": item[0], "text": item[1]}) + "\n"
                                  for item in order), encoding="utf-8")
        monkeypatch.setattr(store_module, "FLUSH_DOCUMENTS", flush)
        with Store(tmp_path / f"news{n}.duckdb") as store:
            assert store.ingest([source], workers=workers).coded == len(NEWS)
            events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
            assert store.con.execute("SELECT count(*) FROM happening_events").fetchone()[0] == events > 0
            found.append(happenings(store))
    assert found[0] == found[1]
    assert any(len(members) > 1 for members in found[0].values())  # reports of one happening joined
