"""The pipeline: batching keeps input order, and one bad document never stops the others."""

from __future__ import annotations

import pytest

from detente import pipeline
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


def test_a_failing_stage_only_fails_its_document(coder, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode_on_tuesday(analysis: Analysis) -> None:
        if "Tuesday" in analysis.document.text:
            raise ValueError("stage broke")

    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, ("explode", explode_on_tuesday)])
    raws = [RawDocument(origin=day, text=TEXT.replace("Monday", day)) for day in ["Monday", "Tuesday", "Friday"]]
    records = list(coder.code_raw(raws))
    assert "error" not in records[0] and "error" not in records[2]
    assert "internal error while coding: ValueError: stage broke" in records[1]["error"]


def test_too_long_document_is_an_error_not_a_crash(coder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coder.nlp, "max_length", 100)
    records = list(coder.code_raw([RawDocument(origin="long", text=TEXT * 3), RawDocument(origin="ok", text="Hi.")]))
    assert "too long" in records[0]["error"]


def test_python_api_takes_text_or_path(tmp_path) -> None:
    import detente

    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    from_path = detente.code(path, published="2024-03-04")
    from_text = detente.code(TEXT, published="2024-03-04")
    assert from_path["document"]["doc_id"] == from_text["document"]["doc_id"]
    assert from_text["document"]["published"] == "2024-03-04"
