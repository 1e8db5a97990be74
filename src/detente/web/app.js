// The Détente dashboard. Article text is hostile input: every piece of data goes into the page
// through textContent or element properties, never through innerHTML.
"use strict";

const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOUR = {1: "#4c9f70", 2: "#1b6e3c", 3: "#e0913a", 4: "#c0392b"};
const DAY_MS = 86400000;
const PERIOD = {day: [DAY_MS, 0.8], week: [7 * DAY_MS, 5], month: ["M1", 25], year: ["M12", 300]};

// -- small helpers ---------------------------------------------------------------------------
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_err) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

function sideText(side) {
  if (!side || !side.length) return "–";
  return side.map((ref) => [ref.country, ref.sector].filter(Boolean).join(" ") || ref.text || "?").join("; ");
}

function dateLabel(row) {
  const {date, date_end: end, date_precision: precision} = row;
  if (!date) return "?";
  if (precision === "month") return date.slice(0, 7);
  if (precision === "year") return date.slice(0, 4);
  if (end && date.slice(5) === "01-01" && end.slice(5) === "12-31") {
    return date.slice(0, 4) === end.slice(0, 4) ? date.slice(0, 4) : `${date.slice(0, 4)}–${end.slice(0, 4)}`;
  }
  return end && precision === "range" ? `${date}/${end}` : date;
}

function safeLink(url, label) {
  // only web addresses become links; anything else (javascript:, data:) stays text
  if (url && /^https?:\/\//i.test(url)) return el("a", {href: url, rel: "noopener noreferrer", target: "_blank"}, label);
  return el("span", {}, label);
}

// Text with highlighted spans: cut at every span edge, each piece a text node or a <mark>.
function highlighted(text, spans, options) {
  const container = el((options && options.tag) || "div", {class: (options && options.class) || "text"});
  const edges = new Set([0, text.length]);
  const usable = (spans || []).filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of usable) { edges.add(s.start); edges.add(s.end); }
  const cuts = [...edges].sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const roles = usable.filter((s) => s.start <= from && to <= s.end).map((s) => s.role);
    if (!roles.length) { container.append(document.createTextNode(piece)); continue; }
    const mark = el("mark", {class: [...new Set(roles)].join(" "), title: [...new Set(roles)].join(", ")}, piece);
    container.append(mark);
  }
  return container;
}

function showError(node, error) {
  clear(node).append(el("p", {class: "error", role: "alert"}, error.message || String(error)));
}

// -- tabs ------------------------------------------------------------------------------------
// A view's data is asked for when the view is first shown, so the first page load asks only for
// what the relation view draws.
let eventsAsked = false;
function showView(name) {
  for (const tab of document.querySelectorAll("nav .tab")) tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  if (name === "network" && !document.getElementById("network-chart").dataset.drawn) drawNetwork();
  if (name === "events" && !eventsAsked) loadEvents(null, false);
  if (name === "relations") Plotly.Plots.resize("relation-chart");
}

// -- overview and actor pickers ------------------------------------------------------------
async function loadOverview(asked) {
  const node = document.getElementById("overview");
  try {
    const o = await (asked || api("/api/overview"));
    const c = o.counts;
    node.textContent = `${c.documents} documents · ${c.events} events · ${c.actors} actor mentions · `
      + `${c.quotes} quotes · events from ${o.first_event || "?"} to ${o.last_event || "?"}`;
  } catch (error) { node.textContent = `store unavailable: ${error.message}`; }
}

async function fillActorOptions(query) {
  const list = document.getElementById("actor-options");
  try {
    const found = await api(`/api/actors?${new URLSearchParams({q: query || "", limit: "30"})}`);
    clear(list);
    for (const actor of found.actors) {
      const count = actor.events ? ` · ${actor.events} events` : "";
      list.append(el("option", {value: actor.id, label: `${actor.name} (${actor.kind})${count}`}));
    }
  } catch (_error) { /* the pickers still take a typed code */ }
}

let pickerTimer = null;
function onPickerInput(event) {
  clearTimeout(pickerTimer);
  const value = event.target.value.trim();
  pickerTimer = setTimeout(() => fillActorOptions(value.length >= 2 ? value : ""), 250);
}

// -- relations -------------------------------------------------------------------------------
let relationSeries = [];
let relationQuery = null;

function relationForm() {
  return {a: document.getElementById("actor-a").value.trim(), b: document.getElementById("actor-b").value.trim(),
    by: document.getElementById("relation-by").value};
}

function askRelations({a, b, by}) { return api(`/api/relations?${new URLSearchParams({a, b, by})}`); }

async function drawRelations(event, asked) {
  if (event) event.preventDefault();
  const {a, b, by} = relationForm();
  const note = document.getElementById("relation-note");
  const chart = document.getElementById("relation-chart");
  clear(document.getElementById("period-list"));
  document.getElementById("period-title").textContent = "";
  let data;
  try {
    data = await (asked || askRelations({a, b, by}));
  } catch (error) {
    note.textContent = error.message;
    Plotly.purge(chart);
    return;
  }
  relationSeries = data.series;
  relationQuery = {a, b, by};
  const total = data.series.reduce((sum, r) => sum + r.happenings, 0);
  const reports = data.series.reduce((sum, r) => sum + r.reports, 0);
  note.textContent = `${total} asserted happenings (${reports} reports) between ${a} and ${b} `
    + `in ${data.series.length} ${by}(s)`;
  const x = data.series.map((r) => r.period);
  const [period, days] = PERIOD[by];
  const fmt = {year: "%Y", month: "%b %Y"}[by] || "%Y-%m-%d";
  const bar = {type: "bar", x, xperiod: period, xperiodalignment: "middle", width: days * DAY_MS};
  const traces = [
    {...bar, name: "cooperation (happenings)", y: data.series.map((r) => r.cooperation), marker: {color: "#2e8b57"},
      customdata: data.series.map((r) => [r.verbal_cooperation_happenings, r.material_cooperation_happenings]),
      hovertemplate: `%{x|${fmt}}: %{y} cooperative (verbal %{customdata[0]}, material %{customdata[1]})<extra></extra>`},
    {...bar, name: "conflict (happenings)", y: data.series.map((r) => -r.conflict), marker: {color: "#c0392b"},
      customdata: data.series.map((r) => [r.conflict, r.verbal_conflict_happenings, r.material_conflict_happenings]),
      hovertemplate: `%{x|${fmt}}: %{customdata[0]} conflictual (verbal %{customdata[1]}, material %{customdata[2]})<extra></extra>`},
    {type: "scatter", mode: "lines+markers", name: "Goldstein (mean)", x, xperiod: period, xperiodalignment: "middle",
      y: data.series.map((r) => r.goldstein_mean), yaxis: "y2", line: {color: "#1f4e79"}, marker: {size: 8},
      hovertemplate: `%{x|${fmt}}: Goldstein mean %{y}<extra></extra>`},
  ];
  const peak = Math.max(1, ...data.series.map((r) => Math.max(r.cooperation, r.conflict)));
  const layout = {
    barmode: "relative", margin: {t: 20, r: 60, b: 40, l: 60}, hovermode: "closest",
    legend: {orientation: "h", y: 1.12},
    xaxis: {type: "date", title: {text: by}},
    yaxis: {title: {text: "happenings (conflict below 0)"}, zeroline: true, dtick: peak <= 10 ? 1 : null},
    yaxis2: {title: {text: "Goldstein"}, overlaying: "y", side: "right", range: [-10.5, 10.5], showgrid: false},
  };
  await Plotly.react(chart, traces, layout, {displaylogo: false, responsive: true});
  chart.dataset.points = String(data.series.length);
  if (!chart.dataset.clickable) {
    chart.on("plotly_click", (click) => {
      const point = click.points && click.points[0];
      if (point && relationSeries[point.pointIndex]) showPeriod(relationSeries[point.pointIndex]);
    });
    chart.dataset.clickable = "1";
  }
}

async function showPeriod(row) {
  const list = clear(document.getElementById("period-list"));
  const {a, b} = relationQuery;
  document.getElementById("period-title").textContent = `${a}–${b}, ${row.period} to ${row.period_end}`;
  try {
    const found = await api(`/api/happenings?${new URLSearchParams({a, b, since: row.period, until: row.period_end})}`);
    for (const happening of found.happenings) {
      const reports = el("ul", {class: "reports"});
      for (const report of happening.reports) {
        const sentence = report.mentions && report.mentions[0] ? report.mentions[0].text : "";
        reports.append(el("li", {},
          el("button", {type: "button", class: "link", onclick: () => openEvidence(report.event_id)},
            report.doc_title || report.doc_id),
          ` (${report.doc_source || "unknown source"}, ${report.doc_published || "undated"}): `,
          el("q", {}, sentence.trim())));
      }
      list.append(el("li", {class: `quad-${happening.quad_class}`, dataset: {happening: happening.happening_id}},
        el("strong", {}, `${dateLabel(happening)} ${happening.event_type}`),
        ` ${happening.source_key || "–"} → ${happening.target_key || "–"}${happening.reciprocal ? " (both ways)" : ""}`
        + ` · Goldstein ${happening.goldstein ?? "?"} · ${happening.n_articles} article(s)`, reports));
    }
    if (!found.happenings.length) list.append(el("li", {}, "nothing found"));
  } catch (error) { showError(list, error); }
}

// -- events and evidence -----------------------------------------------------------------
let nextCursor = null;
let eventRequest = 0;  // only the latest listing asked for draws (a filter sent while another loads)

function eventParams(form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) params.set(key, String(value).trim());
  return params;
}

async function countEvents(params, node) {
  const asked = new URLSearchParams(params);
  asked.set("limit", "1");
  asked.set("total", "true");
  node.textContent = "counting…";
  try { node.textContent = `${(await api(`/api/events?${asked}`)).total} event(s)`; } catch (_error) { node.textContent = ""; }
}

async function loadEvents(event, more) {
  if (event) event.preventDefault();
  eventsAsked = true;
  const mine = ++eventRequest;
  const form = document.getElementById("event-form");
  const body = document.querySelector("#event-table tbody");
  const count = document.getElementById("event-count");
  const params = eventParams(form);
  params.set("limit", "50");
  if (more && nextCursor) params.set("cursor", nextCursor); else clear(body);
  let page;
  try { page = await api(`/api/events?${params}`); } catch (error) {
    if (mine === eventRequest) count.textContent = error.message;
    return;
  }
  if (mine !== eventRequest) return;
  if (!more) clear(body);
  if (!more) countEvents(params, count);  // the list first; counting every match is a second, slower query
  for (const row of page.events) {
    const tr = el("tr", {class: `quad-${row.quad_class}`, dataset: {eventId: row.event_id}, tabindex: "0"},
      el("td", {}, dateLabel(row)), el("td", {}, row.event_type), el("td", {}, sideText(row.source)),
      el("td", {}, sideText(row.target)), el("td", {class: "num"}, row.goldstein ?? ""), el("td", {}, row.factuality));
    tr.addEventListener("click", () => openEvidence(row.event_id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvidence(row.event_id); });
    body.append(tr);
  }
  nextCursor = page.next_cursor;
  document.getElementById("more-events").hidden = !nextCursor;
}

function reportBlock(report) {
  const block = el("div", {class: "report"});
  block.append(el("p", {class: "doc"}, safeLink(report.doc_url, report.doc_title || report.doc_id),
    ` · ${report.doc_source || "unknown source"} · ${report.doc_published || "undated"}`));
  for (const mention of report.mentions || []) {
    const spans = mention.spans.map((s) => ({start: s.sentence_start, end: s.sentence_end, role: s.role}));
    block.append(highlighted(mention.text.trim() ? mention.text : "", spans, {tag: "blockquote", class: "sentence"}));
  }
  return block;
}

async function openEvidence(eventId) {
  showView("events");
  const pane = clear(document.getElementById("evidence"));
  pane.append(el("p", {class: "hint"}, "loading…"));
  try {
    const ev = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const doc = await api(`/api/documents/${encodeURIComponent(ev.doc_id)}`);
    clear(pane);
    pane.dataset.eventId = ev.event_id;
    pane.append(el("h2", {}, `${ev.event_type} (CAMEO ${ev.cameo || "?"}) · ${dateLabel(ev)}`));
    pane.append(el("p", {class: "meta"},
      `${sideText(ev.source)} → ${sideText(ev.target)} · ${QUAD[ev.quad_class] || "no QuadClass"} · `
      + `Goldstein ${ev.goldstein ?? "?"} · ${ev.factuality}${ev.historical ? " · historical" : ""}`));
    pane.append(el("h3", {}, "Reported in"), reportBlock(ev));
    pane.append(el("h3", {}, "Other articles reporting it"));
    if (ev.other_reports.length) for (const other of ev.other_reports) pane.append(reportBlock(other));
    else pane.append(el("p", {class: "hint"}, ev.happening_id ? "none" : "none linked in this store"));
    const spans = [];
    for (const mention of ev.mentions) for (const s of mention.spans) spans.push({start: s.start, end: s.end, role: s.role});
    pane.append(el("h3", {}, "The article"), el("p", {class: "doc"}, safeLink(doc.url, doc.title || doc.doc_id)));
    const article = highlighted(doc.text || "", spans, {class: "article"});
    article.dataset.testid = "article";
    pane.append(article);
    const first = article.querySelector("mark");
    if (first) first.scrollIntoView({block: "nearest"});
  } catch (error) { showError(pane, error); }
}

// -- network ---------------------------------------------------------------------------------
async function drawNetwork(event) {
  if (event) event.preventDefault();
  const chart = document.getElementById("network-chart");
  const params = eventParams(document.getElementById("network-form"));
  let data;
  try { data = await api(`/api/network?${params}`); } catch (error) { showError(chart, error); return; }
  const n = data.nodes.length;
  const where = {};
  data.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    where[node.id] = [Math.cos(angle), Math.sin(angle)];
  });
  const heaviest = Math.max(1, ...data.edges.map((e) => e.events));
  const traces = data.edges.map((edge) => ({
    type: "scatter", mode: "lines", x: [where[edge.a][0], where[edge.b][0]], y: [where[edge.a][1], where[edge.b][1]],
    line: {width: 1 + 9 * edge.events / heaviest, color: QUAD_COLOUR[edge.quad_class]}, hoverinfo: "text",
    text: `${edge.a}–${edge.b}: ${edge.events} events, mostly ${QUAD[edge.quad_class]}, Goldstein mean ${edge.goldstein_mean}`,
    showlegend: false,
  }));
  for (const q of [1, 2, 3, 4]) {  // legend entries for the edge colours
    traces.push({type: "scatter", mode: "lines", x: [null], y: [null], name: QUAD[q], line: {color: QUAD_COLOUR[q], width: 4}});
  }
  traces.push({type: "scatter", mode: "markers+text", name: "countries", showlegend: false,
    x: data.nodes.map((node) => where[node.id][0]), y: data.nodes.map((node) => where[node.id][1]),
    text: data.nodes.map((node) => node.id), textposition: "top center",
    hovertext: data.nodes.map((node) => `${node.id}: ${node.events} events`), hoverinfo: "text",
    marker: {size: data.nodes.map((node) => 12 + 30 * Math.sqrt(node.events / heaviest)), color: "#34495e"}});
  const axis = {visible: false, range: [-1.4, 1.4]};
  await Plotly.react(chart, traces, {margin: {t: 10, r: 10, b: 10, l: 10}, xaxis: axis, yaxis: {...axis, scaleanchor: "x"},
    hovermode: "closest", legend: {orientation: "h"}}, {displaylogo: false, responsive: true});
  chart.dataset.drawn = "1";
  chart.dataset.nodes = String(n);
  chart.dataset.edges = String(data.edges.length);
}

// -- code a text -----------------------------------------------------------------------------
async function codeText(event) {
  event.preventDefault();
  const status = document.getElementById("code-status");
  const result = clear(document.getElementById("code-result"));
  const text = document.getElementById("code-text").value;
  const body = {[document.getElementById("code-is-html").checked ? "html" : "text"]: text};
  const published = document.getElementById("code-date").value;
  if (published) body.published = published;
  status.textContent = "coding… (the first request loads the language model)";
  let record;
  try {
    record = await api("/api/code", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  } catch (error) { status.textContent = error.message; return; }
  status.textContent = `${record.events.length} event(s), ${record.actors.length} actor(s), ${record.quotes.length} quote(s), `
    + `${record.claims.length} claim(s)`;
  const spans = [];
  for (const ev of record.events) {
    for (const m of ev.mentions || []) if (m.trigger) spans.push({start: m.trigger.start, end: m.trigger.end, role: "trigger"});
    for (const role of ["source", "target"]) for (const ref of ev[role] || []) spans.push({start: ref.start, end: ref.end, role});
  }
  for (const q of record.quotes) spans.push({start: q.start, end: q.end, role: "quote"});
  const coded = highlighted(record.document.text, spans, {class: "article"});
  coded.dataset.testid = "coded-text";
  result.append(coded);
  const table = el("table", {"data-testid": "coded-events"},
    el("thead", {}, el("tr", {}, ...["date", "type", "CAMEO", "source", "target", "Goldstein", "factuality", "trigger"]
      .map((h) => el("th", {}, h)))));
  const tbody = el("tbody");
  for (const ev of record.events) {
    const trigger = ev.mentions && ev.mentions[0] && ev.mentions[0].trigger ? ev.mentions[0].trigger.text : "";
    tbody.append(el("tr", {class: `quad-${ev.quad_class}`}, el("td", {}, dateLabel(ev)), el("td", {}, ev.event_type),
      el("td", {}, ev.cameo || ""), el("td", {}, sideText(ev.source)), el("td", {}, sideText(ev.target)),
      el("td", {class: "num"}, ev.goldstein ?? ""), el("td", {}, ev.factuality), el("td", {}, trigger)));
  }
  table.append(tbody);
  result.append(table);
}

// -- start -----------------------------------------------------------------------------------
// This script runs (deferred, before Plotly's) once the page is parsed: the first view's data is
// asked for at once, so the server answers while the browser is still compiling Plotly.
function early(promise) { promise.catch(() => {}); return promise; }  // awaited later; never "unhandled"
const firstOverview = early(api("/api/overview"));
const firstRelations = early(askRelations(relationForm()));

document.addEventListener("DOMContentLoaded", async () => {
  for (const tab of document.querySelectorAll("nav .tab")) tab.addEventListener("click", () => showView(tab.dataset.view));
  for (const id of ["actor-a", "actor-b"]) document.getElementById(id).addEventListener("input", onPickerInput);
  document.getElementById("relation-form").addEventListener("submit", drawRelations);
  document.getElementById("event-form").addEventListener("submit", (e) => loadEvents(e, false));
  document.getElementById("more-events").addEventListener("click", () => loadEvents(null, true));
  document.getElementById("network-form").addEventListener("submit", drawNetwork);
  document.getElementById("code-form").addEventListener("submit", codeText);
  loadOverview(firstOverview);
  await drawRelations(null, firstRelations);
  fillActorOptions("");  // the pickers' suggestions, once the chart is drawn
});
