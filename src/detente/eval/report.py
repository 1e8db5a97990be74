"""Write suite results as the Markdown page docs/accuracy.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.eval import SUITES, SuiteResult

# The figures a reader looks for first, with the target the issues set (measured there on held-out data
# we do not have; ours are on the development data named in each section).
HEADLINES: dict[str, list[tuple[str, str, str]]] = {
    "events": [("PLV rules+model+roles(CV) dyad macro-F1", "PLOVER dyad macro-F1, PLV 5-fold CV, end to end", ">= 0.75"),
               ("PLV rules+model+roles(CV) dyad found rate", "PLOVER dyad found rate, PLV 5-fold CV", ">= 0.75"),
               ("PLV rules+model+roles(CV) dyad type accuracy where found",
                "PLOVER dyad type accuracy where found, PLV CV", ">= 0.86"),
               ("GSR rules+model+roles dyad macro-F1", "PLOVER dyad macro-F1, GSR dev", ">= 0.75"),
               ("ConfliBERT test role F1", "source/target role F1, ConfliBERT NER test", ">= 0.70"),
               ("PLV rules+model(CV) sentence-level macro-F1",
                "PLOVER sentence-level macro-F1, PLV CV (secondary: any event of the sentence)", "")],
    "whom": [("PolNeAR dev: share of those with an empty target",
              "asserted events with an empty target where the sentence names a second party, PolNeAR dev",
              "<= 0.20 (held-out)"),
             ("seeds: share of those with an empty target",
              "asserted events with an empty target where the sentence names a second party, seed articles", "")],
    "time": [("value F1", "time value F1, TBAQ (TempEval-3 style)", ">= 0.82"),
             ("AQUAINT: value F1", "time value F1, AQUAINT half", ">= 0.82"),
             ("event dating: dated by that time",
              "events dated by the time a TimeML link puts them in, TBAQ (the expression chosen overlaps it)",
              ">= 0.80"),
             ("seeds: share of events dated by the document",
              "share of events dated by the document, seed articles", "<= 0.35 (held-out)"),
             ("PolNeAR dev: share of events dated by the document",
              "share of events dated by the document, PolNeAR dev (30 articles)", "<= 0.35 (held-out)"),
             ("IndiaPoliceEvents: share of events dated by the document",
              "share of events dated by the document, IndiaPoliceEvents (30 articles)", "<= 0.35 (held-out)")],
    "ecb-within": [("CoNLL F1", "within-document event grouping CoNLL F1, ECB+ (over covered gold mentions)", ""),
                   ("coverage", "ECB+ gold event mentions our triggers cover", "")],
    "quotes": [("direct speaker+content F1", "direct quote speaker+content F1, PolNeAR train+dev", ">= 0.80"),
               ("all speaker+content F1", "all attributions speaker+content F1", ""),
               ("direct speaker(actor)+content F1",
                "direct quote speaker(actor)+content F1 (stricter), PolNeAR train+dev", ""),
               ("PolNeAR dev: speaker unresolved share",
                "quote speakers unresolved where the text names them, PolNeAR dev", "<= 0.10 (held-out)")],
    "actors": [("plover_country_accuracy", "actor country accuracy, GSR dev", ">= 0.95"),
               ("plover_sector_accuracy", "actor sector accuracy, GSR dev", ">= 0.85"),
               ("conflibert_test_span_recall", "actor span recall, ConfliBERT NER test", "")],
    "boilerplate": [("text_f1", "boilerplate removal F1, news text in generated site chrome", "")],
    "corpus": [("article_b3_f1", "ECB+ article grouping (story_id) B³ F1, dev topics", ">= 0.90"),
               ("article_conll_f1", "ECB+ article grouping CoNLL F1", ""),
               ("event_conll_f1", "ECB+ event linking (happening_id) CoNLL F1, covered mentions", "reported"),
               ("event_coverage", "ECB+ share of gold event mentions our events cover", "")],
}


def headline_table(results: list[SuiteResult], kept: dict[str, list[str]] | None = None) -> list[str]:
    """The headline rows, suite by suite in a fixed order: fresh for the suites just run, else kept from the page."""
    rows = ["| figure | value | issue target |", "|---|---|---|"]
    fresh = {result.name: result for result in results}
    for name in [*HEADLINES, *(n for n in fresh if n not in HEADLINES)]:
        if name in fresh:
            for key, label, target in HEADLINES.get(name, []):
                value = fresh[name].figures.get(key)
                if isinstance(value, float):
                    rows.append(f"| {label} | {value:.3f} | {target} |")
        else:
            rows += (kept or {}).get(name, [])
    return rows if len(rows) > 2 else []


def _before_after_table(paragraph: str) -> bool:
    """A table people wrote under the figures (its header names before and after); runs never write one."""
    header = paragraph.split("\n", 1)[0].lower()
    return header.startswith("|") and "before" in header and "after" in header


def hand_written(section: str, fresh: str) -> str:
    """The paragraphs of a suite's old section that no run writes (its notes are bullets, its figures tables under
    bold titles): the before -> after records people add under the figures, which a rewrite must keep."""
    paragraphs = [p.strip() for p in section.split("\n\n")]
    kept: list[str] = []
    previous_kept = False
    for p in paragraphs:
        written = not p.startswith(("## ", "- ", "|", "**")) or _before_after_table(p)
        # a table straight under a hand-written paragraph is that paragraph's (runs put theirs under bold titles)
        previous_kept = bool(p) and p not in fresh and (written or (p.startswith("|") and previous_kept))
        if previous_kept:
            kept.append(p)
    return "".join(f"\n{p}\n" for p in kept)


def read_page(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The suite sections of an existing page (name -> Markdown) and their headline rows (suite -> rows).

    Writing one suite's figures must not throw away the others' (`eval quotes --write` after `eval all`)."""
    if not path.exists():
        return {}, {}
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        if current is not None:
            sections[current].append(line)
    label_suite = {label: name for name, rows in HEADLINES.items() for _, label, _ in rows}
    headlines: dict[str, list[str]] = {}
    for line in sections.pop("Headline figures", []):
        label = line.split("|")[1].strip() if line.startswith("|") else ""
        if label in label_suite:
            headlines.setdefault(label_suite[label], []).append(line)
    return {name: "\n".join(lines).strip() + "\n" for name, lines in sections.items()}, headlines


def write_report(results: list[SuiteResult], path: Path, quick: bool = False) -> None:
    """Write the page: the suites just run replace their sections, the other suites' sections stay."""
    old_sections, old_headlines = read_page(path)
    today = dt.date.today().isoformat()
    sections = {name: text for name, text in old_sections.items() if name in SUITES}  # replaced in place
    for result in results:
        fresh = result.markdown()
        sections[result.name] = fresh + hand_written(old_sections.get(result.name, ""), fresh)
    ran = ", ".join(r.name for r in results) or "nothing"
    head = [
        "# Accuracy",
        "",
        f"Regenerate: `detente eval all --write {path}` (`detente eval NAME --write {path}` replaces only that"
        f" suite's section). Last written on {today}{' from the --quick subsets' if quick else ''}, with new"
        f" figures for: {ran}.",
        "Gold data: ../shared/data (development parts only; held-out parts are measured elsewhere).",
        "",
    ]
    summary = headline_table(results, old_headlines)
    if summary:
        head += ["## Headline figures", "", *summary, ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(head) + "\n" + "\n".join(sections.values()), "utf-8")
