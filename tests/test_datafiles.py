"""The fast YAML reader gives exactly what yaml.safe_load gives, for every data file the package ships."""

from pathlib import Path

import yaml

from detente.datafiles import load_yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "detente"


def test_every_data_file_reads_the_same_as_safe_load() -> None:
    files = sorted(PACKAGE.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text("utf-8")
        fast, plain = load_yaml(text), yaml.safe_load(text)
        assert fast == plain and repr(fast) == repr(plain), path


def test_it_refuses_what_safe_load_refuses() -> None:
    text = "!!python/object/apply:os.system ['true']"
    for read in (load_yaml, yaml.safe_load):
        try:
            read(text)
        except yaml.YAMLError:
            continue
        raise AssertionError(f"{read.__name__} built a Python object from a tag")


def test_a_large_table_comes_back_from_the_cache_equal_fresh_and_never_stale(tmp_path: Path, monkeypatch) -> None:
    from detente import datafiles, derived

    monkeypatch.setenv(derived.CACHE_ENV, str(tmp_path))
    text = (PACKAGE / "actors" / "data" / "sectors.yaml").read_text("utf-8")
    assert len(text) >= datafiles.CACHED_FROM
    first = load_yaml(text)
    assert len(list(tmp_path.glob("yaml-*"))) == 1
    monkeypatch.setattr(datafiles, "_parse", lambda source: AssertionError("parsed, not read back"))
    second = load_yaml(text)
    assert second == first == yaml.safe_load(text) and second is not first
    monkeypatch.undo()
    monkeypatch.setenv(derived.CACHE_ENV, str(tmp_path))
    edited = text + "\nadded_by_the_test: [one]\n"
    assert load_yaml(edited)["added_by_the_test"] == ["one"]  # an edited table is a new entry
    assert len(list(tmp_path.glob("yaml-*"))) == 2


def _lists_mixing_words_and_booleans(value: object, where: str) -> list[str]:
    """The places in a loaded table where a word list holds a boolean: YAML 1.1 reads a bare on, off, yes or no as
    True or False, so a preposition list written [of, on, about] silently loses "on"."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                found.append(f"{where}: key {key}")
            found += _lists_mixing_words_and_booleans(item, f"{where}/{key}")
    elif isinstance(value, list):
        if any(isinstance(item, str) for item in value) and any(isinstance(item, bool) for item in value):
            found.append(where)
        for item in value:
            found += _lists_mixing_words_and_booleans(item, where)
    return found


def test_no_word_list_loses_a_word_to_a_yaml_boolean() -> None:
    found = [place for path in sorted(PACKAGE.rglob("*.yaml"))
             for place in _lists_mixing_words_and_booleans(load_yaml(path.read_text("utf-8")), path.name)]
    assert found == []
    assert _lists_mixing_words_and_booleans(yaml.safe_load("preps: [of, on, about]"), "t") == ["t/preps"]
