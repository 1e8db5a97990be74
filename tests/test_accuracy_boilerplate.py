"""CI floor for the boilerplate suite: chrome removal cannot silently get worse."""

from __future__ import annotations

from pathlib import Path

from detente.eval import run_suite


def test_boilerplate_quick_floor(data_dir) -> None:
    result = run_suite("boilerplate", data_dir, quick=True)
    assert result.figures["text_recall"] >= 0.95
    assert result.figures["text_precision"] >= 0.95
    assert result.figures["html_recall"] >= 0.90
    assert result.figures["html_precision"] >= 0.95
    assert result.figures["text_title_rate"] >= 0.85


def test_accuracy_page_leads_with_headline_figures_and_their_targets(tmp_path: Path) -> None:
    from detente.eval import SuiteResult
    from detente.eval.report import write_report

    results = [SuiteResult(name="time", figures={"value F1": 0.8154, "AQUAINT: value F1": 0.772}, notes=["n"]),
               SuiteResult(name="quotes", figures={"direct speaker+content F1": 0.847}, notes=[])]
    page = tmp_path / "accuracy.md"
    write_report(results, page)
    text = page.read_text("utf-8")
    assert text.index("## Headline figures") < text.index("## time") < text.index("## quotes")
    assert "| time value F1, TBAQ (TempEval-3 style) | 0.815 | >= 0.82 |" in text
    assert "\n\n## time\n" in text


def test_writing_one_suite_keeps_the_other_suites_sections(tmp_path: Path) -> None:
    from detente.eval import SuiteResult
    from detente.eval.report import write_report

    page = tmp_path / "accuracy.md"
    write_report([SuiteResult(name="time", figures={"value F1": 0.811}, notes=["old time note"]),
                  SuiteResult(name="quotes", figures={"direct speaker+content F1": 0.847}, notes=["quote note"])], page)
    write_report([SuiteResult(name="time", figures={"value F1": 0.822}, notes=["new time note"])], page)
    text = page.read_text("utf-8")
    assert "quote note" in text and "| direct quote speaker+content F1, PolNeAR train+dev | 0.847 | >= 0.80 |" in text
    assert "new time note" in text and "old time note" not in text
    assert "| time value F1, TBAQ (TempEval-3 style) | 0.822 | >= 0.82 |" in text and "0.811" not in text
    assert text.count("## quotes") == 1 and text.index("## time") < text.index("## quotes")  # replaced in place


def test_writing_one_suite_keeps_every_headline_row_of_the_others(tmp_path: Path) -> None:
    from detente.eval import SuiteResult
    from detente.eval.report import write_report

    page = tmp_path / "accuracy.md"
    write_report([SuiteResult(name="quotes", figures={"direct speaker+content F1": 0.858,
                                                      "direct speaker(actor)+content F1": 0.795,
                                                      "PolNeAR dev: speaker unresolved share": 0.079}),
                  SuiteResult(name="time", figures={"event dating: dated by that time": 0.741,
                                                    "seeds: share of events dated by the document": 0.3})],
                 page)
    write_report([SuiteResult(name="corpus", figures={"article_b3_f1": 0.9})], page)
    text = page.read_text("utf-8")
    assert "| direct quote speaker(actor)+content F1 (stricter), PolNeAR train+dev | 0.795 |" in text
    assert "| quote speakers unresolved where the text names them, PolNeAR dev | 0.079 | <= 0.10 (held-out) |" in text
    assert "TBAQ (the expression chosen overlaps it) | 0.741 | >= 0.80 |" in text
    assert "| share of events dated by the document, seed articles | 0.300 |" in text
    assert "| ECB+ article grouping (story_id) B³ F1, dev topics | 0.900 |" in text


def test_rewriting_a_suite_keeps_the_before_after_records_written_under_its_figures(tmp_path: Path) -> None:
    from detente.eval import SuiteResult
    from detente.eval.report import write_report

    page = tmp_path / "accuracy.md"
    write_report([SuiteResult(name="time", figures={"value F1": 0.811}, notes=["old note"])], page)
    page.write_text(page.read_text("utf-8") + "\nCommand: `detente eval time`: value F1 0.80 -> 0.811.\n\n"
                    "| figure | before | after |\n|---|---|---|\n| value F1 | 0.80 | 0.811 |\n\n"
                    "Replayed with other windows:\n\n| window | F1 |\n|---|---|\n| narrow | 0.79 |\n", "utf-8")
    write_report([SuiteResult(name="time", figures={"value F1": 0.822}, notes=["new note"])], page)
    write_report([SuiteResult(name="time", figures={"value F1": 0.823}, notes=["new note"])], page)
    text = page.read_text("utf-8")
    assert text.count("Command: `detente eval time`: value F1 0.80 -> 0.811.") == 1
    assert text.count("| value F1 | 0.80 | 0.811 |") == 1
    assert text.count("| narrow | 0.79 |") == 1
    assert "| value F1 | 0.823 |" in text and "old note" not in text and "0.822" not in text


def test_a_rewrite_does_not_copy_the_generated_table_titles(tmp_path: Path) -> None:
    from detente.eval import SuiteResult
    from detente.eval.report import write_report

    page = tmp_path / "accuracy.md"
    result = SuiteResult(name="events", figures={"x": 0.5}, table="**Per class**\n\n| a | b |\n|---|---|")
    write_report([result], page)
    write_report([result], page)
    assert page.read_text("utf-8").count("**Per class**") == 1
