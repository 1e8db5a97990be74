"""The `detente eval actors` suite: its readers on small files written here, and a floor on real gold data."""

from __future__ import annotations

from pathlib import Path

from detente.eval.actors import _gold_actors, read_conll, read_plover, run


def test_conll_reader_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text("Kenyan B-S\npolice I-S\ndetained O\nthree O\nactivists B-T\n.\tO\n\nRain O\nfell O\n", "utf-8")
    sentences = read_conll(path)
    assert [text for text, _ in sentences] == ["Kenyan police detained three activists .", "Rain fell"]
    text, spans = sentences[0]
    assert [text[s:e] for s, e in spans] == ["Kenyan police", "activists"]
    assert sentences[1][1] == []


def test_plover_reader_tolerates_stray_commas(tmp_path: Path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text('[\n,\n{\n "id": "a",\n "text": "Chile thanked Peru.",\n'
                    ' "source": [{"actorText": "Chile", "code": "CHL"},],\n},\n'
                    '{\n "id": "b",\n "event": "DOCUMENT"\n},\n]\n', "utf-8")
    records = read_plover(path)
    assert [r["id"] for r in records] == ["a"]
    assert records[0]["source"][0]["code"] == "CHL"


def test_pre_iso_gold_codes_are_read_as_iso_codes() -> None:
    record = {"text": "Rome and Tokyo signed a pact.",
              "source": [{"actorText": "Rome", "code": "ITL", "sector": "GOV"}],
              "target": [{"actorText": "Tokyo", "code": "JAP"}]}
    assert [(country, sector) for _, _, country, sector in _gold_actors(record)] == [("ITA", "GOV"), ("JPN", None)]


def test_quick_suite_meets_its_floor(data_dir: Path) -> None:
    result = run(data_dir, quick=True)
    figures = result.figures
    assert figures["plover_span_recall"] >= 0.85
    assert figures["plover_country_accuracy"] >= 0.75
    assert figures["conflibert_span_recall"] >= 0.85
    assert 0.4 <= figures["conflibert_span_precision"] <= 1.0
    assert "PLOVER" in result.markdown()
