"""The JSON API over HTTP, as a program using it would see it: a real server, a real store."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import duckdb
import httpx
import pytest
from conftest import Server

from detente.store import Store


def all_events(client: httpx.Client, **params: object) -> list[dict]:
    """Every page of a listing, following next_cursor."""
    rows, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        rows += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return rows


def test_pages_cover_every_event_once_in_order(client: httpx.Client) -> None:
    total = client.get("/api/events", params={"total": True, "limit": 1}).json()["total"]
    assert total > 50
    for sort in ("date", "-date", "-goldstein", "type"):
        rows = all_events(client, sort=sort, limit=7)
        ids = [r["event_id"] for r in rows]
        assert len(ids) == total and len(set(ids)) == total, sort
    newest_first = [r["date"] for r in all_events(client, sort="-date", limit=9) if r["date"]]
    assert newest_first == sorted(newest_first, reverse=True)
    goldstein = [r["goldstein"] for r in all_events(client, sort="-goldstein", limit=9) if r["goldstein"] is not None]
    assert goldstein == sorted(goldstein, reverse=True)


def test_event_filters(client: httpx.Client) -> None:
    sanctions = all_events(client, actor="PRK", type="sanction", since="2006-01-01", until="2006-12-31")
    assert sanctions and all(r["event_type"] == "SANCTION" for r in sanctions)
    assert any(r["date"] == "2006-07-05" for r in sanctions)  # "on Wednesday" in a story of 2006-07-06
    dyad = all_events(client, dyad="JPN,PRK")
    for row in dyad:
        countries = {ref["country"] for ref in row["source"] + row["target"]}
        assert {"JPN", "PRK"} <= countries
    conflict = all_events(client, quad_class=4)
    assert conflict and all(r["quad_class"] == 4 for r in conflict)
    negated = all_events(client, factuality="negated")
    assert negated and all(r["factuality"] == "negated" for r in negated)
    summit = all_events(client, q="summit")
    assert summit and len(summit) < len(all_events(client))


def test_event_detail_has_sentence_trigger_actors_and_document(client: httpx.Client) -> None:
    row = all_events(client, dyad="JPN,PRK", type="SANCTION")[0]
    event = client.get(f"/api/events/{row['event_id']}").json()
    assert event["doc_title"] and event["doc_published"] and event["doc_source"]
    assert event["mentions"], "an event without the sentence that reports it"
    roles = set()
    document = client.get(f"/api/documents/{event['doc_id']}").json()
    for mention in event["mentions"]:
        assert document["text"][mention["start"]:mention["end"]] == mention["text"]
        for span in mention["spans"]:
            roles.add(span["role"])
            assert mention["text"][span["sentence_start"]:span["sentence_end"]] == span["text"]
    assert {"trigger", "source"} <= roles


def test_document_holds_the_spans_of_its_events_actors_and_quotes(client: httpx.Client) -> None:
    row = all_events(client, q="Koizumi met")[0]
    doc = client.get(f"/api/documents/{row['doc_id']}").json()
    text = doc["text"]
    assert doc["events"] and doc["actors"] and doc["quotes"]
    for actor in doc["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for quote in doc["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_relation_series_is_the_one_detente_relations_prints(client: httpx.Client, store_path: Path) -> None:
    answer = client.get("/api/relations", params={"a": "JPN", "b": "PRK", "by": "month"}).json()
    rows = answer["series"]
    assert rows and [r["period"] for r in rows] == sorted(r["period"] for r in rows)
    with Store(store_path, read_only=True) as store:  # the Python twin, read beside the running server
        frame = store.relations("JPN", "PRK", by="month")
    both = frame[frame["direction"] == "both"]
    assert [r["period"] for r in rows] == [p.isoformat() for p in both["period"]]
    assert [r["happenings"] for r in rows] == both["happenings"].tolist()
    assert [r["goldstein_sum"] for r in rows] == pytest.approx(both["goldstein_sum"].tolist())
    for row in rows:
        assert row["cooperation"] + row["conflict"] <= row["happenings"] <= row["reports"]
        assert row["period"] <= row["period_end"] and row["period_end"][:7] == row["period"][:7]
    sanctions = next(r for r in rows if r["period"] == "2006-07-01")
    assert sanctions["material_conflict_happenings"] >= 1 and sanctions["goldstein_mean"] < 0
    assert {r["direction"] for r in answer["directions"]} <= {"JPN->PRK", "PRK->JPN"}
    yearly = client.get("/api/relations", params={"a": "PRK", "b": "JPN", "by": "year"}).json()["series"]
    assert sum(r["happenings"] for r in yearly) == sum(r["happenings"] for r in rows)


def test_each_chart_point_lists_the_happenings_it_counts(client: httpx.Client) -> None:
    series = client.get("/api/relations", params={"a": "JPN", "b": "PRK"}).json()["series"]
    for point in series:
        listed = client.get("/api/happenings", params={"a": "JPN", "b": "PRK", "since": point["period"],
                                                       "until": point["period_end"]}).json()["happenings"]
        assert len(listed) == point["happenings"], point["period"]
        assert sum(len(h["reports"]) for h in listed) >= point["happenings"]
        assert all(r["mentions"] and r["factuality"] == "asserted" for h in listed for r in h["reports"])


def test_happening_detail_has_every_report_with_its_evidence(client: httpx.Client) -> None:
    point = client.get("/api/relations", params={"a": "JPN", "b": "PRK", "since": "2006-07-01",
                                                 "until": "2006-07-31"}).json()["series"][0]
    listed = client.get("/api/happenings", params={"a": "JPN", "b": "PRK", "since": point["period"],
                                                   "until": point["period_end"]}).json()["happenings"]
    happening = client.get(f"/api/happenings/{listed[0]['happening_id']}").json()
    assert happening["event_type"] == "SANCTION" and happening["documents"]
    for report in happening["reports"]:
        assert report["doc_title"] and report["mentions"]
        assert any(s["role"] == "trigger" for m in report["mentions"] for s in m["spans"])
    event = client.get(f"/api/events/{happening['reports'][0]['event_id']}").json()
    assert event["happening_id"] == happening["happening_id"]
    assert len(event["other_reports"]) == len(happening["reports"]) - 1
    unknown = client.get("/api/happenings/no-such-happening")
    assert unknown.status_code == 404 and unknown.json()["error"]


def test_actor_search_finds_store_and_knowledge_base_actors(client: httpx.Client) -> None:
    first = client.get("/api/actors").json()["actors"]
    assert {"JPN", "PRK"} <= {a["id"] for a in first[:5]}  # the countries the store talks about most
    korea = client.get("/api/actors", params={"q": "korea"}).json()
    ids = {a["id"] for a in korea["actors"]}
    assert {"PRK", "KOR"} <= ids
    koizumi = client.get("/api/actors", params={"q": "Koizumi"}).json()["actors"]
    assert koizumi[0]["id"] == "junichiro-koizumi" and koizumi[0]["from"] == "store"
    france = client.get("/api/actors", params={"q": "France"}).json()  # named in no sample: the knowledge base
    assert france["knowledge_base"] == "searched"
    assert any(a["id"] == "FRA" and a["from"] == "knowledge base" for a in france["actors"])


def test_network_edges_are_weighted_by_events(client: httpx.Client) -> None:
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if {e["a"], e["b"]} == {"JPN", "PRK"})
    assert edge["events"] == sum(edge["by_quad_class"].values())
    assert edge["by_quad_class"][str(edge["quad_class"])] == max(edge["by_quad_class"].values())
    assert {n["id"] for n in net["nodes"]} >= {"JPN", "PRK", "KOR"}


def test_code_returns_a_record_without_storing_it(client: httpx.Client) -> None:
    before = client.get("/api/overview").json()["counts"]["documents"]
    text = "Japan imposed new sanctions on North Korea on Friday, officials in Tokyo said."
    answer = client.post("/api/code", json={"text": text, "published": "2024-02-10"})
    assert answer.status_code == 200, answer.text
    record = answer.json()
    assert any(e["event_type"] == "SANCTION" for e in record["events"])
    assert record["document"]["published"] == "2024-02-10"
    html = client.post("/api/code", json={"html": f"<html><body><article><p>{text}</p></article></body></html>"})
    assert html.status_code == 200 and "<p>" not in html.json()["document"]["text"]
    assert client.get("/api/overview").json()["counts"]["documents"] == before
    refused = client.post("/api/code", params={"store": True}, json={"text": text})
    assert refused.status_code == 403 and "read-only" in refused.json()["error"]


@pytest.mark.parametrize(("body", "headers", "status", "words"), [
    ({"text": "x" * 250_000}, {}, 413, "limit"),
    ({"text": ""}, {}, 422, "exactly one"),
    ({"text": "a", "html": "<p>b</p>"}, {}, 422, "exactly one"),
    ({"text": "Japan met Korea.", "published": "yesterday"}, {}, 422, "published"),
    ({"text": "Japan met Korea.", "extra": 1}, {}, 422, "extra"),
    ("not json at all", {"content-type": "application/json"}, 422, "not valid JSON"),
    ({"text": "Dies ist ein ganz gewöhnlicher deutscher Satz über das Wetter in Berlin und München heute."},
     {}, 422, "could not be coded"),
])
def test_code_rejects_bad_bodies_clearly(client: httpx.Client, body: object, headers: dict, status: int,
                                         words: str) -> None:
    content = body if isinstance(body, str) else json.dumps(body)
    answer = client.post("/api/code", content=content, headers={"content-type": "application/json", **headers})
    assert answer.status_code == status, answer.text
    assert words in answer.json()["error"]


def test_code_refuses_an_oversized_body_sent_without_length(server: Server) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"x" * 10_000

    answer = httpx.post(server.url + "/api/code", content=chunks(), headers={"content-type": "application/json"},
                        timeout=30)
    assert answer.status_code == 413 and "limit" in answer.json()["error"]


HOSTILE_REQUESTS = [
    "/api/events?actor=PRK'%20OR%201=1%20--",
    "/api/events?q=%25'%20OR%20'1'='1",
    "/api/events?q=%5C%25_%5C",
    "/api/events?type=SANCTION;DROP%20TABLE%20events",
    "/api/events?dyad=JPN",
    "/api/events?dyad=JPN,PRK,KOR",
    "/api/events?quad_class=9",
    "/api/events?quad_class=one",
    "/api/events?factuality=certain",
    "/api/events?since=2020-02-30",
    "/api/events?until=yesterday",
    "/api/events?sort=date;DROP",
    "/api/events?limit=0",
    "/api/events?limit=100000",
    "/api/events?cursor=%%%",
    "/api/events?cursor=" + base64.urlsafe_b64encode(b'["date", {"a": 1}, 5]').decode(),
    "/api/events?cursor=" + base64.urlsafe_b64encode(b'["date", "not-a-date", "x"]').decode(),
    "/api/events?cursor=" + base64.urlsafe_b64encode(b'["-goldstein", "high", "x"]').decode(),
    "/api/events?sort=-date&cursor=" + base64.urlsafe_b64encode(b'["date", "2002-01-01", "x"]').decode(),
    "/api/events?q=" + "x" * 5000,
    "/api/events/' OR '1'='1",
    "/api/events/" + "9" * 300,
    "/api/happenings/%00",
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/relations?a=JPN",
    "/api/relations?a=JPN&b=PRK&by=century",
    "/api/relations?a=JPN&b=PRK&since=2010-01-01&until=2001-01-01",
    "/api/relations?a=&b=PRK",
    "/api/relations?a=JPN&b=PRK&since=0000-00-00",
    "/api/happenings?a=JPN&b=PRK&since=2002-09-01",
    "/api/actors?q=" + "%" * 90,
    "/api/actors?limit=-1",
    "/api/network?min_events=abc",
    "/static/../../pyproject.toml",
    "/no/such/page",
]


@pytest.mark.parametrize("path", HOSTILE_REQUESTS)
def test_malformed_requests_get_a_clear_json_error_never_a_500(client: httpx.Client, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code < 500, answer.text
    body = answer.json()
    if answer.status_code >= 400:
        assert isinstance(body["error"], str) and body["error"] and "Traceback" not in answer.text
    else:
        assert body.get("events") == [] or "actors" in body


def test_sql_in_a_text_search_is_only_text(client: httpx.Client) -> None:
    total = client.get("/api/events", params={"total": True}).json()["total"]
    injected = client.get("/api/events", params={"q": "' OR 1=1 --", "total": True}).json()
    assert injected["total"] == 0
    assert client.get("/api/events", params={"total": True}).json()["total"] == total


def test_wrong_method_is_a_json_405(client: httpx.Client) -> None:
    answer = client.delete("/api/events")
    assert answer.status_code == 405 and answer.json()["error"]


def test_openapi_lists_every_endpoint_and_docs_need_no_cdn(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/happenings/{happening_id}", "/api/relations",
                 "/api/actors", "/api/documents/{doc_id}", "/api/code", "/api/network"):
        assert path in paths
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "swagger-ui-bundle.js" in docs
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f'"/static-offline-docs/{asset}"' in docs
        assert client.get(f"/static-offline-docs/{asset}").status_code == 200


def test_dashboard_assets_are_served_locally(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    from plotly import __version__

    versioned = f"/vendor/plotly-{__version__}.min.js"
    assert f'src="{versioned}"' in page.text  # a new plotly gives a new URL, so browsers may keep this one
    plotly = client.get(versioned, headers={"accept-encoding": "gzip"})
    assert plotly.status_code == 200 and "plotly" in plotly.text[:300].lower()
    assert plotly.headers["content-encoding"] == "gzip" and "immutable" in plotly.headers["cache-control"]
    assert int(plotly.headers["content-length"]) < len(plotly.content) / 2  # sent compressed
    assert client.get("/vendor/plotly.min.js").status_code == 200
    assert client.get("/vendor/plotly-0.0.0.min.js").status_code == 404
    assert client.get("/static/app.js").status_code == 200


def test_a_writable_server_stores_a_posted_record(store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "writable.duckdb"
    shutil.copy(store_path, copy)
    server = Server(copy, "--writable")
    try:
        text = "South Korea and Japan agreed on Monday to resume security talks, officials said."
        answer = httpx.post(server.url + "/api/code", params={"store": True},
                            json={"text": text, "published": "2024-03-04"}, timeout=120)
        assert answer.status_code == 200, answer.text
        record = answer.json()
        assert record["stored"] is True
        stored = httpx.get(f"{server.url}/api/documents/{record['document']['doc_id']}").json()
        assert stored["text"] == record["document"]["text"]
    finally:
        server.stop()


def test_serve_usage_errors_are_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no database" in missing.output and "Traceback" not in missing.output
    not_store = tmp_path / "plain.duckdb"
    duckdb.connect(str(not_store)).close()
    wrong = runner.invoke(app, ["serve", "--db", str(not_store), "--port", "8"])
    assert wrong.exit_code == 2 and "not a Détente store" in wrong.output
    bad_port = runner.invoke(app, ["serve", "--db", str(not_store), "--port", "70000"])
    assert bad_port.exit_code == 2 and "--port" in bad_port.output


def test_concurrent_requests_all_answer(client: httpx.Client, server: Server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/api/events?limit=20&sort=-date", "/api/relations?a=JPN&b=PRK", "/api/network",
             "/api/events?dyad=JPN,KOR", "/api/actors?q=jap", "/api/overview"] * 6
    event = client.get("/api/events", params={"limit": 1, "type": "SANCTION"}).json()["events"][0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    paths += [f"/api/events/{event['event_id']}", f"/api/happenings/{detail['happening_id']}"] * 4

    def fetch(path: str) -> int:
        return httpx.get(server.url + path, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(fetch, paths)) == {200}


def test_party_index_pages_are_the_pages_of_the_list_scan(store_path: Path) -> None:
    """Listings of a read-only store read its in-memory side index (events sorted by date, and actor
    and dyad filters from (code, event) pairs); every page, cursor and total must be what the store's
    own events table gives."""
    from detente.api.queries import EventFilter, Queries

    with Store(store_path, read_only=True) as store:
        scan, indexed = Queries(store), Queries(store, read_only=True)
        assert indexed.party_index is not None
        indexed.party_index.build(store.con)
        assert indexed.party_index.ready.is_set()
        cases = [(EventFilter(actor="PRK"), "date"), (EventFilter(actor="prk"), "-goldstein"),
                 (EventFilter(dyad=("JPN", "PRK")), "-date"), (EventFilter(dyad=("PRK", "JPN"), quad_class=4), "type"),
                 (EventFilter(actor="USA", dyad=("USA", "PRK")), "mentions"), (EventFilter(), "-date"),
                 (EventFilter(quad_class=4, since="2006-01-01"), "goldstein"), (EventFilter(actor="ZZZ"), "date")]
        for flt, sort in cases:
            pages = []
            for queries in (scan, indexed):
                got, cursor, total = [], None, None
                while True:
                    page = queries.events(flt, sort=sort, limit=2, cursor=cursor, with_total=cursor is None)
                    got += [e["event_id"] for e in page["events"]]
                    total = page.get("total", total)
                    if not (cursor := page["next_cursor"]):
                        break
                pages.append((got, total))
            assert pages[0] == pages[1], (flt, sort)
        assert pages[0][0] == [] and scan.events(EventFilter(actor="PRK"))["events"]
