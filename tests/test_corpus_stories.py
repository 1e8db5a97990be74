"""Stories do not depend on how articles arrive: any order, any batch size, any number of runs."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

import detente.store as store_module
from detente.store import Store

# three stories told by several papers in their own words, within a few days; the last flood report
# tells both halves of the flood story (the upstream evacuation and the rescue downstream)
ARTICLES = {
    "flood-1": ("2021-07-14", "Flooding along the Meuse river forced the evacuation of four villages near Namur on "
                              "Tuesday, regional authorities said."),
    "flood-2": ("2021-07-14", "Rescue crews in Dinant pulled 12 residents from rooftops as the Meuse rose overnight, "
                              "the mayor of Dinant said."),
    "flood-3": ("2021-07-15", "The Meuse burst its banks near Namur on Tuesday, forcing four villages to evacuate; "
                              "downstream in Dinant, rescue crews pulled 12 residents from rooftops overnight."),
    "flood-4": ("2021-07-16", "Four villages near Namur remain empty after the Meuse flood; authorities in Namur "
                              "said residents may return next week."),
    "bank-1": ("2021-07-15", "The central bank raised its benchmark interest rate by half a point to 3.5 percent, "
                             "citing stubborn inflation in services."),
    "bank-2": ("2021-07-15", "Governor Lindqvist defended the half-point rise to 3.5 percent, saying inflation in "
                             "services had proved stubborn and the labour market tight."),
    "bank-3": ("2021-07-16", "Mortgage lenders passed on the central bank's half-point rise within hours; Lindqvist "
                             "said rates would stay at 3.5 percent for now."),
    "strike-1": ("2021-07-14", "Dock workers at Antwerp walked out on Wednesday over pay, halting container traffic "
                               "at Europe's second-largest port."),
    "strike-2": ("2021-07-15", "Container ships queued off Antwerp for a second day as the dockers' strike over pay "
                               "continued, the port authority said."),
    "strike-3": ("2021-07-17", "Antwerp dockers voted to end their strike after the port employers offered a pay "
                               "rise of four percent."),
    "reprint": ("2023-02-01", "From our archive: flooding along the Meuse river forced the evacuation of four "
                              "villages near Namur on Tuesday, regional authorities said."),  # long after: another story
}


def record(doc_id: str) -> dict:
    published, text = ARTICLES[doc_id]
    return {"document": {"doc_id": doc_id, "title": None, "source": "paper", "url": None, "authors": [],
                         "language": "en", "published": published, "published_source": "given", "text": text},
            "actors": [], "events": [], "quotes": [], "claims": []}


def grouping(store: Store) -> tuple[frozenset[frozenset[str]], dict[str, str]]:
    """The partition of the documents into stories, and each document's story id."""
    ids = dict(store.con.execute("SELECT doc_id, story_id FROM stories").fetchall())
    groups: dict[str, set[str]] = {}
    for doc_id, story_id in ids.items():
        groups.setdefault(story_id, set()).add(doc_id)
    return frozenset(frozenset(g) for g in groups.values()), ids


def expected() -> frozenset[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for doc_id in ARTICLES:
        by_story.setdefault(doc_id.split("-")[0], set()).add(doc_id)
    return frozenset(frozenset(g) for g in by_story.values())


def test_stories_are_the_same_whatever_the_order_and_batches(tmp_path: Path) -> None:
    names = sorted(ARTICLES)
    orders = [names, names[::-1], *(random.Random(seed).sample(names, len(names)) for seed in range(3))]
    results = []
    for n, (order, size) in enumerate(itertools.product(orders, (1, 3, len(names)))):
        with Store(tmp_path / f"s{n}.duckdb") as store:
            for i in range(0, len(order), size):  # one call per batch: as separate ingest runs
                store.add_records([record(d) for d in order[i:i + size]])
            results.append(grouping(store))
    partitions = {p for p, _ids in results}
    assert partitions == {expected()}
    assert all(ids == results[0][1] for _p, ids in results)  # the story ids too


def test_deleting_a_bridge_regroups_the_rest_as_if_it_never_came(tmp_path: Path) -> None:
    names = sorted(ARTICLES)
    with Store(tmp_path / "a.duckdb") as store:
        store.add_records([record(d) for d in names])
        assert store.delete_document("flood-3")
        after_delete = grouping(store)[0]
    with Store(tmp_path / "b.duckdb") as store:
        store.add_records([record(d) for d in names if d != "flood-3"])
        assert grouping(store)[0] == after_delete


@pytest.mark.parametrize("flush", [2])
def test_ingest_groups_stories_once_per_run_whatever_its_batches(tmp_path: Path, flush: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A real ingest (spaCy coding) cutting the run into batches of two, in a shuffled order, groups the
    articles as storing them all at once does."""
    order = random.Random(7).sample(sorted(ARTICLES), len(ARTICLES))
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": d, "published": ARTICLES[d][0], "text": ARTICLES[d][1]}) + "\n"
                              for d in order), encoding="utf-8")
    monkeypatch.setattr(store_module, "FLUSH_DOCUMENTS", flush)
    with Store(tmp_path / "ingest.duckdb") as store:
        report = store.ingest([source])
        assert report.coded == len(ARTICLES)
        by_name = dict(store.con.execute("SELECT doc_id, external_id FROM documents").fetchall())
        partition = grouping(store)[0]
    named = frozenset(frozenset(by_name[d] for d in group) for group in partition)
    assert named == expected()
