"""The learned event classifier: ships, loads once, and reads obvious sentences the way a reader would."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.events import learned


def test_model_file_ships_small_and_loads() -> None:
    assert learned.MODEL_PATH.is_file(), "run `python -m detente.training.event_classifier` to write the model"
    assert learned.MODEL_PATH.stat().st_size < 5_000_000
    assert learned.available()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen opened fire on a village market, killing eleven people.", "ASSAULT"),
        ("Riot police arrested dozens of opposition supporters in the capital on Sunday.", "COERCE"),
        ("The two foreign ministers met in Vienna for talks on the border dispute.", "CONSULT"),
        ("Thousands of nurses went on strike and marched to the health ministry.", "PROTEST"),
        ("The government expelled the ambassador of its neighbour.", "SANCTION"),
    ],
)
def test_obvious_sentences_get_their_type_first(sentence: str, expected: str) -> None:
    (event_type, probability), = learned.classify([sentence])
    assert event_type == expected
    distribution = learned.distributions([sentence])[0]
    assert probability == pytest.approx(max(distribution.values()))
    assert probability > 1 / len(distribution)


def test_distribution_is_over_plover_types_without_merged_yield() -> None:
    distribution = learned.distributions(["The rebels freed the hostages they had held for a month."])[0]
    assert "YIELD" not in distribution
    assert {"CONCEDE", "RETREAT", "ASSAULT"} <= set(distribution)
    assert sum(distribution.values()) == pytest.approx(1.0)


def test_empty_input_gives_empty_output() -> None:
    assert learned.classify([]) == []


def test_disabled_and_missing_model_fail_gracefully(tmp_path: Path) -> None:
    with learned.disabled():
        assert not learned.available()
        with pytest.raises(RuntimeError):
            learned.classify(["Troops shelled the town."])
    assert learned.available()
    assert learned.load(tmp_path / "absent.joblib") is None
    broken = tmp_path / "broken.joblib"
    broken.write_bytes(b"this is not a model")
    assert learned.load(broken) is None


def test_a_model_written_by_another_scikit_learn_is_refused(tmp_path: Path) -> None:
    import joblib

    bundle = joblib.load(learned.MODEL_PATH)
    bundle["sklearn"] = "0.0.1"
    foreign = tmp_path / "foreign.joblib"
    joblib.dump(bundle, foreign)
    assert learned.load(foreign) is None


def test_using_swaps_in_another_model() -> None:
    shipped = learned.load()
    assert shipped is not None
    with learned.disabled(), learned.using(shipped):
        assert learned.available()
        assert learned.classify(["Soldiers bombed the bridge."])[0][0] == "ASSAULT"
