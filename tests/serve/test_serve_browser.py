"""The dashboard driven in headless Chromium, as an analyst would use it, with no network but the server."""

from __future__ import annotations

import httpx
from conftest import HOSTILE, Server
from playwright.sync_api import expect

TIMEOUT = 20_000  # ms: the first chart waits for Plotly (4.8 MB) on a busy 2-core machine


def open_dashboard(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server.url + "/")
    page.wait_for_selector("#relation-chart[data-points]", timeout=TIMEOUT)


def test_relation_chart_draws_one_point_per_month(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    open_dashboard(page, server)
    series = client.get("/api/relations", params={"a": "JPN", "b": "PRK", "by": "month"}).json()["series"]
    assert len(series) >= 5
    goldstein_markers = page.locator("#relation-chart .scatterlayer .trace .point")
    assert goldstein_markers.count() == len(series)
    assert page.locator("#relation-chart .barlayer .trace").count() == 2  # cooperation and conflict
    assert page.locator("#relation-chart .barlayer .point").count() == 2 * len(series)
    assert f"in {len(series)} month(s)" in page.inner_text("#relation-note")
    page.select_option("#relation-by", "year")
    page.click("#relation-form button[type=submit]")
    yearly = client.get("/api/relations", params={"a": "JPN", "b": "PRK", "by": "year"}).json()["series"]
    page.wait_for_selector(f"#relation-chart[data-points='{len(yearly)}']", timeout=TIMEOUT)
    assert goldstein_markers.count() == len(yearly)
    assert not page.outside_requests and not page.script_errors


def test_clicking_a_period_lists_its_happenings(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    open_dashboard(page, server)
    series = client.get("/api/relations", params={"a": "JPN", "b": "PRK"}).json()["series"]
    index = next(i for i, row in enumerate(series) if row["period"] == "2006-07-01")
    page.locator("#relation-chart .scatterlayer .trace .point").nth(index).click(force=True)
    page.wait_for_selector("#period-list > li", timeout=TIMEOUT)
    assert "2006-07-01" in page.inner_text("#period-title")
    listed = client.get("/api/happenings", params={"a": "JPN", "b": "PRK", "since": "2006-07-01",
                                                   "until": "2006-07-31"}).json()["happenings"]
    assert page.locator("#period-list > li").count() == len(listed)
    assert "SANCTION" in page.inner_text("#period-list")
    page.locator("#period-list button.link").first.click()  # a report opens its evidence
    page.wait_for_selector("#evidence mark.trigger", timeout=TIMEOUT)


def test_clicking_an_event_shows_its_sentence_with_highlights(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    open_dashboard(page, server)
    page.click("nav .tab[data-view=events]")
    page.fill("#event-form input[name=dyad]", "JPN,PRK")
    page.fill("#event-form input[name=type]", "SANCTION")
    page.click("#event-form button[type=submit]")
    rows = page.locator("#event-table tbody tr")
    page.wait_for_selector("#event-table tbody tr", timeout=TIMEOUT)
    listed = client.get("/api/events", params={"dyad": "JPN,PRK", "type": "SANCTION", "total": True}).json()
    assert rows.count() == listed["total"]
    event_id = rows.first.get_attribute("data-event-id")
    rows.first.click()
    page.wait_for_selector(f"#evidence[data-event-id='{event_id}'] blockquote.sentence", timeout=TIMEOUT)
    event = client.get(f"/api/events/{event_id}").json()
    mention = event["mentions"][0]
    sentence = page.locator("#evidence blockquote.sentence").first
    assert sentence.inner_text().strip() == mention["text"].strip()
    trigger = next(s for s in mention["spans"] if s["role"] == "trigger")
    assert sentence.locator("mark.trigger").first.inner_text() == trigger["text"]
    source = next(s for s in mention["spans"] if s["role"] == "source")
    assert source["text"] in [m.inner_text() for m in sentence.locator("mark.source").all()]
    article = page.locator("#evidence [data-testid=article]")
    assert event["doc_title"] in article.inner_text()
    assert article.locator("mark.trigger").count() >= 1


def test_code_box_shows_the_coded_record_with_highlights(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect  # imported here so that a missing Playwright skips, not errors

    open_dashboard(page, server)
    page.click("nav .tab[data-view=code]")
    page.fill("#code-text", "Japan imposed new sanctions on North Korea on Friday after a missile launch.")
    page.fill("#code-date", "2024-02-10")
    page.click("#code-submit")
    page.wait_for_selector("[data-testid=coded-events] tbody tr", timeout=60_000)
    assert "SANCTION" in page.inner_text("[data-testid=coded-events]")
    coded = page.locator("[data-testid=coded-text]")
    assert coded.locator("mark.trigger").count() >= 1
    assert "Japan" in [m.inner_text() for m in coded.locator("mark.source").all()]
    assert "event(s)" in page.inner_text("#code-status")
    page.fill("#code-text", " ")  # an empty text is refused with the API's message
    page.click("#code-submit")
    expect(page.locator("#code-status")).to_contain_text("exactly one", timeout=TIMEOUT)


def test_hostile_article_renders_inert(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    open_dashboard(page, server)
    page.click("nav .tab[data-view=events]")
    page.fill("#event-form input[name=q]", "Sanctions report <script>")  # words of its title
    page.click("#event-form button[type=submit]")
    page.wait_for_selector("#event-table tbody tr", timeout=TIMEOUT)
    page.locator("#event-table tbody tr").first.click()
    page.wait_for_selector("#evidence [data-testid=article]", timeout=TIMEOUT)
    evidence = page.locator("#evidence")
    text = evidence.inner_text()
    assert "<script>window.__xss = 'script'</script>" in text  # shown as the words they are
    assert "<img src=x onerror=" in text and HOSTILE["title"] in text
    assert evidence.locator("script, img, b").count() == 0
    assert evidence.locator("a[href^='javascript']").count() == 0  # a javascript: URL is never a link
    # the code box too: posted markup comes back as text
    page.click("nav .tab[data-view=code]")
    page.fill("#code-text", "Japan condemned North Korea on Monday. <img src=y onerror=\"window.__xss='code'\">"
                            "<script>window.__xss='code'</script>")
    page.click("#code-submit")
    page.wait_for_selector("[data-testid=coded-text]", timeout=60_000)
    assert "<img src=y" in page.inner_text("[data-testid=coded-text]")
    assert page.locator("#code-result img, #code-result script").count() == 0
    page.wait_for_timeout(300)  # an image error handler would have run by now
    assert page.evaluate("window.__xss") is None
    assert not page.script_errors


def test_network_draws_every_country_and_edge(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    open_dashboard(page, server)
    page.click("nav .tab[data-view=network]")
    page.wait_for_selector("#network-chart[data-drawn]", timeout=TIMEOUT)
    net = client.get("/api/network").json()
    chart = page.locator("#network-chart")
    assert chart.get_attribute("data-nodes") == str(len(net["nodes"]))
    assert chart.get_attribute("data-edges") == str(len(net["edges"]))
    labels = page.locator("#network-chart .scatterlayer .textpoint text").all_text_contents()
    assert set(labels) == {n["id"] for n in net["nodes"]}


def test_api_docs_render_offline(page, server: Server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=TIMEOUT)
    assert page.locator(".swagger-ui .opblock").count() >= 8
    assert not page.outside_requests


def test_views_ask_for_their_data_when_opened_and_the_latest_listing_wins(page, server: Server, client: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    """The first load asks only for what the relation view draws; the event list is asked for when
    its tab opens, and a filter sent while that first list loads is the one shown."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    open_dashboard(page, server)
    page.wait_for_load_state("load")
    assert any("/api/relations?" in url for url in asked)
    assert not any("/api/events" in url or "/api/network" in url for url in asked)
    page.click("nav .tab[data-view=events]")
    page.fill("#event-form input[name=q]", "summit")  # at once, while the unfiltered list is on its way
    page.click("#event-form button[type=submit]")
    summit = client.get("/api/events", params={"q": "summit", "total": True, "limit": 500}).json()
    assert summit["total"] > 0
    # wait for the filtered listing itself: the unfiltered one may be drawn (or cleared) in between
    page.wait_for_function("([selector, text]) => document.querySelector(selector)?.innerText === text",
                           arg=["#event-count", f"{summit['total']} event(s)"], timeout=TIMEOUT)
    shown = page.locator("#event-table tbody tr")
    expect(shown).to_have_count(min(50, summit["total"]), timeout=TIMEOUT)
    assert {shown.nth(i).get_attribute("data-event-id") for i in range(shown.count())} <= \
        {e["event_id"] for e in summit["events"]}
    assert page.inner_text("#event-count") == f"{summit['total']} event(s)"
    assert any("/api/events?" in url and "q=summit" in url for url in asked)
    assert not page.script_errors
