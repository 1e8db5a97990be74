"""Re-ingesting a stored corpus skips every input before cleaning it and never loads a model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from detente.store import Store

TEXT = ("Japanese and Chinese officials met in Beijing on Monday for talks on maritime security, the foreign "
        "ministry in Tokyo said, the first such meeting in more than a year between the two governments.\n")
OTHER = "Brazil recalled its ambassador from Caracas on Friday after a dispute over the border with Venezuela.\n"


def ingest(folder: Path, db: Path, model: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if model:
        env["DETENTE_SPACY_MODEL"] = model
    exe = Path(sys.executable).with_name("detente")
    return subprocess.run([str(exe), "ingest", str(folder), "--db", str(db), "--workers", "2"], capture_output=True,
                          text=True, env=env, timeout=300)


def test_nothing_new_needs_no_model_and_a_deleted_document_is_coded_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, "utf-8")
    (folder / "b.txt").write_text(OTHER, "utf-8")
    db = tmp_path / "d.duckdb"
    first = ingest(folder, db)
    assert first.returncode == 0, first.stderr
    assert "coded 2 new document(s)" in first.stderr
    # with a model that does not exist, a run that has nothing to code still succeeds: it never loads one
    again = ingest(folder, db, model="no_such_pipeline")
    assert again.returncode == 0, again.stderr
    assert "coded 0 new document(s)" in again.stderr and "skipped 2 already stored" in again.stderr
    with Store(db) as store:
        doc_id = store.con.execute("SELECT doc_id FROM documents WHERE text LIKE 'Brazil%'").fetchone()[0]
        assert store.delete_document(doc_id)
    missing = ingest(folder, db, model="no_such_pipeline")  # now one input is new: the model is needed
    assert missing.returncode != 0 and "no_such_pipeline" in missing.stderr and "Traceback" not in missing.stderr
    third = ingest(folder, db)
    assert "coded 1 new document(s)" in third.stderr and "skipped 1 already stored" in third.stderr
