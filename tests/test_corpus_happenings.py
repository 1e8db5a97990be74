"""Happenings across documents: linking on ingest, consensus with disagreement, deletion, stories."""

from __future__ import annotations

from pathlib import Path

from detente.store import Store


def record(doc_id: str, events: list[dict], published: str = "2002-09-18", source: str = "paper",
           text: str = "x") -> dict:
    return {"document": {"doc_id": doc_id, "title": f"title {doc_id}", "source": source, "url": None, "authors": [],
                         "language": "en", "published": published, "published_source": "given", "text": text},
            "actors": [], "events": events, "quotes": [], "claims": []}


def event(event_id: str, etype: str, src: str, tgt: str, date: str, precision: str = "day",
          sentence: str = "The leaders met in the capital.", trigger: str = "met", **extra: object) -> dict:
    return {"event_id": event_id, "event_type": etype, "mode": None, "contexts": [], "cameo": "040",
            "goldstein": 1.0, "quad_class": 1, "factuality": "asserted", "date": date, "date_end": None,
            "date_precision": precision, "date_basis": "explicit", "historical": False, "location": None,
            "source": [{"actor_id": f"{src}-gov", "country": src, "sector": "GOV", "text": src, "start": 0, "end": 1}],
            "target": [{"actor_id": f"{tgt}-gov", "country": tgt, "sector": "GOV", "text": tgt, "start": 0, "end": 1}],
            "mentions": [{"sentence": 0, "start": 0, "end": len(sentence), "text": sentence,
                          "trigger": {"start": 0, "end": 1, "text": trigger}}],
            "confidence": 0.8, "evidence": "test", **extra}


SUMMIT = "Prime minister Aoki and chairman Ryu met in Kaesong for a summit on fishing rights."


def summit_store(path: Path) -> Store:
    store = Store(path)
    store.add_record(record("d1", [event("a1", "CONSULT", "JPN", "PRK", "2002-09-17", sentence=SUMMIT),
                                   event("a2", "SANCTION", "JPN", "PRK", "2002-09-20", trigger="imposed",
                                         sentence="Japan imposed sanctions on North Korea.")], source="Daily A"))
    # the other paper names the parties the other way round and calls the talks an agreement
    store.add_record(record("d2", [event("b1", "AGREE", "PRK", "JPN", "2002-09-17", trigger="agreed",
                                         sentence="Ryu and Aoki agreed in Kaesong at the summit on fishing rights.",
                                         reciprocal=True)], source="Daily B"))
    # a third report only knows the month
    store.add_record(record("d3", [event("c1", "CONSULT", "JPN", "PRK", "2002-09", precision="month",
                                         sentence="The summit in Kaesong between Aoki and Ryu on fishing rights.")],
                            source="Daily A", published="2002-09-25"))
    return store


def test_reports_of_one_summit_become_one_happening(tmp_path: Path) -> None:
    with summit_store(tmp_path / "d.duckdb") as store:
        rows = {r["event_id"]: r for r in store.events()}
        assert all(r["happening_id"] for r in rows.values())
        assert rows["a1"]["happening_id"] == rows["b1"]["happening_id"] == rows["c1"]["happening_id"]
        assert rows["a2"]["happening_id"] != rows["a1"]["happening_id"]
        summit = store.happening(rows["a1"]["happening_id"])
        assert summit["event_type"] == "CONSULT"  # two reports say talks, one an agreement
        assert summit["type_votes"] == {"CONSULT": 2, "AGREE": 1}
        assert summit["date"] == "2002-09-17" and summit["date_votes"] == {"2002-09-17": 2, "2002-09": 1}
        assert (summit["n_articles"], summit["n_sources"], summit["n_events"]) == (3, 2, 3)
        assert (summit["first_report"], summit["last_report"]) == ("2002-09-18", "2002-09-25")
        assert {d["doc_id"] for d in summit["documents"]} == {"d1", "d2", "d3"}
        assert len(summit["mentions"]) == 3 and len(summit["events"]) == 3


def test_one_sided_act_in_the_other_direction_is_another_happening(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        store.add_record(record("d1", [event("a", "ACCUSE", "JPN", "PRK", "2002-09-17", trigger="accused")]))
        store.add_record(record("d2", [event("b", "ACCUSE", "PRK", "JPN", "2002-09-17", trigger="accused")]))
        store.add_record(record("d3", [event("c", "ACCUSE", "JPN", "PRK", "2002-09-17", trigger="accused")]))
        ids = {r["event_id"]: r["happening_id"] for r in store.events()}
        assert ids["a"] == ids["c"] != ids["b"]


def test_far_apart_dates_stay_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        store.add_record(record("d1", [event("a", "CONSULT", "JPN", "PRK", "2002-09-17", sentence=SUMMIT)]))
        store.add_record(record("d2", [event("b", "CONSULT", "JPN", "PRK", "2004-05-22", sentence=SUMMIT)]))
        ids = {r["event_id"]: r["happening_id"] for r in store.events()}
        assert ids["a"] != ids["b"]


def test_new_batch_links_without_touching_other_happenings_and_deletion_updates(tmp_path: Path) -> None:
    with summit_store(tmp_path / "d.duckdb") as store:
        before = {r["event_id"]: r["happening_id"] for r in store.events()}
        sanction = store.happening(before["a2"])
        store.add_record(record("d4", [event("e1", "SANCTION", "JPN", "PRK", "2002-09-20", trigger="imposed",
                                             sentence="Tokyo imposed sanctions on Pyongyang.")], source="Daily C"))
        after = {r["event_id"]: r["happening_id"] for r in store.events()}
        assert after["e1"] == before["a2"] and {k: after[k] for k in before} == before
        assert store.happening(before["a2"])["n_articles"] == sanction["n_articles"] + 1
        assert store.delete_document("d2")
        summit = store.happening(before["a1"])
        assert (summit["n_articles"], summit["n_sources"]) == (2, 1)
        assert summit["type_votes"] == {"CONSULT": 2}
        assert store.counts()["events"] == 4
        assert store.con.execute("SELECT count(*) FROM happening_events").fetchone()[0] == 4


def test_reingesting_with_replace_updates_happenings(tmp_path: Path) -> None:
    with summit_store(tmp_path / "d.duckdb") as store:
        changed = record("d3", [event("c9", "CONSULT", "JPN", "PRK", "2004-05-22", sentence=SUMMIT)],
                         source="Daily A", published="2004-05-23")
        assert not store.add_record(changed)  # already stored: kept as it was
        assert store.add_record(changed, replace=True)
        ids = {r["event_id"]: r["happening_id"] for r in store.events()}
        assert "c1" not in ids and ids["c9"] != ids["a1"]
        assert store.happening(ids["a1"])["n_articles"] == 2


def test_whole_articles_on_one_story_share_a_story_id(tmp_path: Path) -> None:
    story = ("Flooding along the Meuse river forced the evacuation of four villages near Namur on Tuesday, "
             "regional authorities said, as rescue boats reached stranded residents.")
    retold = ("Rescue boats reached stranded residents near Namur after the Meuse river flooded four villages; "
              "regional authorities ordered the evacuation on Tuesday.")
    other = ("The central bank raised its benchmark interest rate by half a point, citing stubborn inflation "
             "in services and a tight labour market.")
    with Store(tmp_path / "d.duckdb") as store:
        store.add_record(record("d1", [], text=story, published="2021-07-14"))
        store.add_record(record("d2", [], text=retold, published="2021-07-15"))
        store.add_record(record("d3", [], text=other, published="2021-07-15"))
        store.add_record(record("d4", [], text=story, published="2023-02-01"))  # same words, long after
        stories = dict(store.con.execute("SELECT doc_id, story_id FROM stories").fetchall())
        assert stories["d1"] == stories["d2"] != stories["d3"]
        assert stories["d4"] != stories["d1"]


def test_a_report_that_bridges_two_parts_of_a_story_brings_them_together(tmp_path: Path) -> None:
    """Articles come one by one: two reports of one flood that share no words start two stories; a
    later report telling both parts joins one, and the two stories then merge into one."""
    upstream = "Flooding along the Meuse river forced the evacuation of four villages near Namur on Tuesday."
    downstream = "Rescue crews in Dinant pulled 12 residents from rooftops as water rose overnight, the mayor said."
    both = ("The Meuse burst its banks near Namur on Tuesday, forcing four villages to evacuate; downstream in "
            "Dinant, rescue crews pulled 12 residents from rooftops overnight, the mayor said.")
    other = ("The central bank raised its benchmark interest rate by half a point, citing stubborn inflation "
             "in services and a tight labour market.")
    with Store(tmp_path / "d.duckdb") as store:
        store.add_record(record("d1", [], text=upstream, published="2021-07-14"))
        store.add_record(record("d2", [], text=downstream, published="2021-07-14"))
        store.add_record(record("d3", [], text=other, published="2021-07-14"))
        before = dict(store.con.execute("SELECT doc_id, story_id FROM stories").fetchall())
        assert before["d1"] != before["d2"]
        store.add_record(record("d4", [], text=both, published="2021-07-15"))
        stories = dict(store.con.execute("SELECT doc_id, story_id FROM stories").fetchall())
        assert stories["d1"] == stories["d2"] == stories["d4"] != stories["d3"]


def test_the_running_tally_reads_as_the_consensus_of_the_same_reports() -> None:
    """Linking decides each event against a happening's running tally, not a consensus recomputed
    over every member on every join: for any reports in any order, the tally must read as the
    consensus does (votes with ties, reciprocal orientation, dated and document-dated reports,
    places, triggers, the union of the signatures), or linking would choose other happenings."""
    import random

    from detente.corpus.features import event_features
    from detente.corpus.happenings import _Tally, consensus

    rng = random.Random(7)
    parties = ["JPN", "PRK", "CHN"]
    dates = [("2002-09-17", "day"), ("2002-09-18", "day"), ("2002-09", "month"), ("2002", "year"), (None, "unknown")]
    sentences = ["Aoki and Ryu met in Kaesong.", "The summit on fishing rights ended.", "Talks went on.", ""]
    keys = ["factuality", "event_type", "reciprocal", "source_key", "target_key", "day", "day_end",
            "location_country", "signature"]
    for trial in range(300):
        members = []
        for i in range(rng.randint(1, 9)):
            src, tgt = rng.sample(parties, 2)
            date, precision = rng.choice(dates)
            place = rng.choice([None, {"name": "Kaesong", "country": "PRK"}, {"name": "Tokyo", "country": "JPN"}])
            one = event(f"e{rng.randint(0, 99):02d}-{i}", rng.choice(["CONSULT", "AGREE", "CONSULT"]), src, tgt,
                        date or "", precision, sentence=rng.choice(sentences), trigger=rng.choice(["met", "talks"]),
                        reciprocal=rng.random() < 0.2, location=place,
                        date_basis=rng.choice(["explicit", "explicit", "document"]),
                        date_end=rng.choice([None, None, "2002-09-19"]) if precision == "day" else None)
            if date is None:
                one["date"] = None
            doc = record(f"d{rng.randint(0, 3)}", [], published=rng.choice(["2002-09-18", "2002-09-25", ""]))["document"]
            members.append(event_features(one, doc, 16))
        tally = _Tally()
        for m in members:
            tally.add(m)
        row = consensus("h", sorted(members, key=lambda m: m.event_id))
        view = tally.view()
        assert {k: view[k] for k in keys} == {k: row[k] for k in keys}, trial
        assert view["date_basis_only_document"] == (row["date_votes"] is None)
        assert sorted(view["triggers"]) == row["triggers"]


def test_signatures_are_datasketchs_minhash() -> None:
    """Stored signatures are made without datasketch objects; they must stay its MinHash values
    (the same permutations, the same arithmetic), or stores written before would stop matching."""
    from datasketch import MinHash

    from detente.corpus import signatures

    words = {"aoki", "ryu", "kaesong", "summit", "fishing", "rights", "état", "日本"}
    for num_perm in (16, 64, 128):
        sketch = MinHash(num_perm=num_perm, hashfunc=signatures.word_hash)
        sketch.update_batch(list(words))
        assert signatures.signature(words, num_perm) == signatures.to_bytes(sketch)
    assert signatures.signature(set(), 64) is None
