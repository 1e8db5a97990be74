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
