"""The pipeline: batching keeps input order, and one bad document never stops the others."""

from __future__ import annotations

import subprocess
import sys

import pytest

from detente import pipeline, stages
from detente.analysis import Analysis
from detente.records import RawDocument

TEXT = ("Officials from Japan and South Korea met in Seoul on Monday to discuss fisheries, the two governments "
        "said in a statement after the meeting ended without an agreement on quotas.")


def test_order_is_kept_and_errors_are_records(coder) -> None:
    raws = [RawDocument(origin=f"d{i}", text=TEXT.replace("Monday", day)) for i, day in
            enumerate(["Monday", "Tuesday", "Wednesday"])]
    raws.insert(1, RawDocument(origin="bad", error="binary input: this is not a text"))
    records = list(coder.code_raw(raws))
    assert [("error" in r) for r in records] == [False, True, False, False]
    assert "Tuesday" in records[2]["document"]["text"] and "Wednesday" in records[3]["document"]["text"]
    assert records[1]["document"]["input"] == "bad"


def test_a_failing_stage_only_fails_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode_on_tuesday(analysis: Analysis) -> None:
        if "Tuesday" in analysis.document.text:
            raise ValueError("stage broke")

    monkeypatch.setitem(stages.REGISTRY, "explode", stages.Stage("explode", explode_on_tuesday, frozenset({"document"}),
                                                                 frozenset()))
    coder = pipeline.Coder(stages=[*stages.DEFAULT_STAGES, "explode"])
    raws = [RawDocument(origin=day, text=TEXT.replace("Monday", day)) for day in ["Monday", "Tuesday", "Friday"]]
    records = list(coder.code_raw(raws))
    assert "error" not in records[0] and "error" not in records[2]
    assert "internal error while coding: ValueError: stage broke" in records[1]["error"]


def test_too_long_document_is_an_error_not_a_crash(coder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coder.nlp, "max_length", 100)
    records = list(coder.code_raw([RawDocument(origin="long", text=TEXT * 3), RawDocument(origin="ok", text="Hi.")]))
    assert "too long" in records[0]["error"]


def test_python_api_codes_text_and_files_apart(tmp_path) -> None:
    import detente

    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    from_path = detente.code_file(path, published="2024-03-04")
    from_text = detente.code(TEXT, published="2024-03-04")
    assert from_path.document.doc_id == from_text.document.doc_id
    assert from_text.to_dict()["document"]["published"] == "2024-03-04"
    as_text = detente.code(str(path), published="2024-03-04")  # a string is text, even when it names a file
    assert as_text.document.text == str(path)
    assert as_text.document.doc_id != from_path.document.doc_id


def test_stages_run_in_the_order_given_and_their_inputs_are_checked() -> None:
    with pytest.raises(stages.StageOrderError, match="reads .*mentions"):
        pipeline.Coder(stages=["time", "events"])  # events needs the actors stage's mentions
    with pytest.raises(stages.StageOrderError, match="unknown stage"):
        pipeline.Coder(stages=["time", "nonsense"])
    coder = pipeline.Coder(stages=["time", "actors"])
    record = coder.code_text(TEXT, published="2024-03-04")
    assert record["actors"] and record["events"] == [] and record["quotes"] == []


def test_settings_switch_announcements_off() -> None:
    from detente.settings import Settings

    text = "Japan said on Monday it will lift its sanctions on North Korea next month."
    on = pipeline.Coder(settings=Settings(announcements=True)).code_text(text, published="2024-03-04")
    off = pipeline.Coder(settings=Settings(announcements=False)).code_text(text, published="2024-03-04")
    assert any(e["evidence"].startswith("announced:") for e in on["events"])
    assert not any(e["evidence"].startswith("announced:") for e in off["events"])


def test_what_the_coder_loads_is_taken_out_of_the_collectors_view() -> None:
    """After its first batch a coder freezes the model, knowledge base and lexicons it loaded (gc.freeze), so
    full collections stop walking them; in a fresh process, where nothing else has frozen anything."""
    script = ("import gc; from detente import pipeline; c = pipeline.Coder(); "
              "assert gc.get_freeze_count() == 0; "
              "r = c.code_text('Japan and South Korea agreed on Monday to resume talks.'); "
              "assert r['events'], r; print(gc.get_threshold()[0], gc.get_freeze_count())")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert int(done.stdout.split()[-1]) > 100_000  # the model and lexicons: hundreds of thousands of objects
    assert int(done.stdout.split()[-2]) == pipeline.YOUNG_COLLECTION_EVERY  # young collections less often


def test_a_process_that_switched_automatic_collection_off_keeps_it_off() -> None:
    """The coder raises the young-collection threshold, never turns collection back on where the process chose
    gc.disable-like thresholds (0)."""
    script = ("import gc; gc.set_threshold(0); from detente import pipeline; c = pipeline.Coder(); "
              "c.code_text('Japan and South Korea agreed on Monday to resume talks.'); print(gc.get_threshold()[0])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert int(done.stdout.split()[-1]) == 0
