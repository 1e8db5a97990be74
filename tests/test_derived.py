"""The derived-data cache (detente.derived): what start-up reads instead of rebuilding, and when it must not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from detente import derived
from detente.events import learned, role_model


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(derived.CACHE_ENV, str(folder))
    return folder


def test_a_value_is_built_once_then_read_back(cache: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, list[int]]:
        calls.append(1)
        return {"sizes": [3, 2, 1]}

    assert derived.cached("demo", "k1", build) == {"sizes": [3, 2, 1]}
    assert derived.cached("demo", "k1", build) == {"sizes": [3, 2, 1]}
    assert len(calls) == 1
    assert len(list(cache.glob("demo-k1*"))) == 1


def test_the_key_follows_the_bytes_of_the_source_files(tmp_path: Path) -> None:
    source = tmp_path / "table.yaml"
    source.write_text("a: 1\n", "utf-8")
    first = derived.fingerprint([source], "v1")
    assert derived.fingerprint([source], "v1") == first
    assert derived.fingerprint([source], "v2") != first  # another library version
    source.write_text("a: 2\n", "utf-8")
    assert derived.fingerprint([source], "v1") != first
    source.unlink()
    assert derived.fingerprint([source], "v1") != first


def test_a_cache_that_cannot_be_written_or_read_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv(derived.CACHE_ENV, str(blocker / "cache"))  # its parent is a file: nothing can be written
    assert derived.cached("demo", "k", lambda: 41 + 1) == 42
    assert derived.cached("demo", "k", lambda: 43) == 43  # nothing was kept, so it is built again

    folder = tmp_path / "damaged"
    monkeypatch.setenv(derived.CACHE_ENV, str(folder))
    folder.mkdir()
    (folder / "demo-k.pickle").write_bytes(b"\x80\x05 truncated")
    assert derived.cached("demo", "k", lambda: "rebuilt") == "rebuilt"
    assert derived.cached("demo", "k", lambda: "not asked") == "rebuilt"


def test_switched_off_it_always_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.CACHE_ENV, "off")
    assert derived.cache_dir() is None
    values = iter([1, 2])
    assert derived.cached("demo", "k", lambda: next(values)) == 1
    assert derived.cached("demo", "k", lambda: next(values)) == 2


def test_role_model_weights_score_as_the_pipeline_and_a_changed_file_is_not_read_stale(
        cache: Path, tmp_path: Path, nlp) -> None:
    copy = tmp_path / "role_model.joblib"
    shutil.copyfile(role_model.MODEL_PATH, copy)
    full = role_model.load(copy)
    assert full is not None
    for _ in range(2):  # built, then read back from the cache
        light = role_model.load_weights(copy)
        assert light is not None and light.pipeline is None
        doc = nlp("Rebels attacked an army convoy near the border on Monday, the government said.")
        heads = role_model.mentions(doc[:])
        trigger = next(t for t in doc if t.lemma_ == "attack")
        assert light.probabilities(trigger, heads) == full.probabilities(trigger, heads)
    assert list(cache.glob("role-model-*"))
    copy.write_bytes(b"not a model any more")
    assert role_model.load_weights(copy) is None  # refused as load() refuses it, never the old weights


def test_event_classifier_arrays_give_the_same_distributions(cache: Path) -> None:
    full = learned.load()
    if full is None:
        pytest.skip("no usable event classifier for this scikit-learn")
    sentences = ["Police arrested dozens of protesters in the capital on Sunday.",
                 "The two leaders agreed to resume talks on the disputed islands."]
    for _ in range(2):
        light = learned.load_scoring()
        assert isinstance(light, learned.ScoringClassifier) and light.main is None
        assert light.distributions(sentences) == full.distributions(sentences)
    assert list(cache.glob("event-classifier-*"))


def test_the_coder_imports_no_scikit_learn_once_the_cache_is_filled(cache: Path) -> None:
    script = ("import sys\nfrom detente import pipeline\n"
              "record = pipeline.Coder().code_text('Japan and South Korea agreed on Monday to resume talks.')\n"
              "print(len(record['events']), 'sklearn' in sys.modules)\n")
    env = {**os.environ, derived.CACHE_ENV: str(cache)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[0] == second.stdout.split()[0] != "0"  # the same events either way
    assert second.stdout.split()[1] == "False"


def test_a_changed_actor_file_gives_a_new_matcher(cache: Path, tmp_path: Path) -> None:
    from detente.pipeline import Coder
    from detente.settings import Settings

    user = tmp_path / "orgs.yaml"
    user.write_text("organisations:\n  - {id: QRA-X, name: Quartz River Authority, country: KEN, sector: GOV}\n",
                    "utf-8")
    coder = Coder(settings=Settings(actor_files=(user,)))
    record = coder.code_text("The Quartz River Authority condemned the attack on Monday.")
    assert "QRA-X" in {a["actor_id"] for a in record["actors"]}

    user.write_text("organisations:\n  - {id: BLA-X, name: Basalt Lake Authority, country: KEN, sector: GOV}\n",
                    "utf-8")
    later = user.stat().st_mtime + 5
    os.utime(user, (later, later))
    coder = Coder(settings=Settings(actor_files=(user,)))
    ids = {a["actor_id"] for a in coder.code_text("The Basalt Lake Authority condemned the attack on Monday.")["actors"]}
    assert "BLA-X" in ids
    assert "QRA-X" not in {a["actor_id"] for a in
                           coder.code_text("The Quartz River Authority condemned the attack on Monday.")["actors"]}
    assert len(list(cache.glob("actor-matcher-*"))) == 2


def test_the_knowledge_base_is_read_back_equal_and_rebuilt_when_a_file_changes(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from detente.actors import kb

    user = tmp_path / "people.yaml"
    user.write_text("people:\n  - {name: Orla Vantreske, terms: [{country: KEN, role: minister, start: 2020-01-01}]}\n",
                    "utf-8")
    kb.load_kb.cache_clear()
    built = kb.knowledge_base_for([user])
    assert len(list(cache.glob("actor-kb-*"))) == 1
    monkeypatch.setattr(kb, "_build_kb", lambda users: pytest.fail("the knowledge base was built, not read back"))
    kb.load_kb.cache_clear()
    read = kb.knowledge_base_for([user])
    assert read is not built and read.version > built.version
    assert read.people == built.people and read.organisations == built.organisations
    assert read.countries == built.countries and read.places == built.places and read.sources == built.sources
    assert read.people["orla-vantreske"].terms[0].source == str(user)

    monkeypatch.undo()
    monkeypatch.setenv(derived.CACHE_ENV, str(cache))
    user.write_text("people:\n  - {name: Orla Vantreske, terms: [{country: UGA, role: minister, start: 2020-01-01}]}\n",
                    "utf-8")
    kb.load_kb.cache_clear()
    assert kb.knowledge_base_for([user]).people["orla-vantreske"].terms[0].country == "UGA"  # never the stale entry
    assert len(list(cache.glob("actor-kb-*"))) == 2

    missing = tmp_path / "gone.yaml"
    for _ in range(2):  # built, then read back: the warning either way
        kb.load_kb.cache_clear()
        caplog.clear()
        kb.knowledge_base_for([missing])
        assert any("does not exist" in r.getMessage() for r in caplog.records)
    kb.load_kb.cache_clear()


def test_the_actor_matcher_read_back_is_keyed_by_the_ids_the_vocabulary_gives(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The matcher's names are kept keyed by spaCy string ids: read back, a name's tokens looked up
    in a fresh vocabulary find the same entries as the matcher built without the cache."""
    import spacy

    from detente.actors import matching

    vocab = spacy.blank("en").vocab
    matching._build.cache_clear()
    built = matching._build(vocab, -1)  # fills the cache
    matching._build.cache_clear()
    read = matching._build(vocab, -2)
    assert len(list(cache.glob("actor-matcher-ids-*"))) == 1
    monkeypatch.setenv(derived.CACHE_ENV, "off")
    matching._build.cache_clear()
    fresh = matching._build(vocab, -3)
    matching._build.cache_clear()
    assert read == built == fresh
    words = ("united", "nations")
    assert read.index[tuple(vocab.strings.add(w) for w in words)] == fresh.index[tuple(vocab.strings.add(w) for w in words)]
