"""The number vocabulary (numbers.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from detente.datafiles import load_yaml
from detente.rules import switched_off_ids

NUMBERS_FILE = Path(__file__).with_name("numbers.yaml")


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[tuple[str, ...], str]  # word sequence -> canonical qualifier
    currencies: dict[str, str]
    percent: frozenset[str]
    ages: frozenset[str]
    one_phrases: frozenset[str] = frozenset()
    range_words: frozenset[str] = frozenset()  # "20 to 30", "between 200 and 300"

    @cached_property
    def longest_qualifier(self) -> int:
        """Kept on the vocabulary (made once per set of rules switched off): every amount asks it."""
        return max((len(k) for k in self.qualifiers), default=0)

    @cached_property
    def age_starts(self) -> tuple[str, ...]:
        """The age words a following phrase may start with ("aged" only comes before), for one `startswith`."""
        return tuple(a for a in self.ages if a != "aged")


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_yaml(NUMBERS_FILE.read_text("utf-8"))


def vocabulary() -> Vocabulary:
    """The vocabulary, without the lists whose rule id is switched off (detente.rules)."""
    return _vocabulary(switched_off_ids())


@lru_cache(maxsize=8)
def _vocabulary(off: frozenset[str]) -> Vocabulary:
    table = _table()
    dropped = {key for key, rule in table["rules"].items() if str(rule["id"]) in off}
    data = {key: ({} if isinstance(value, dict) else []) if key in dropped else value for key, value in table.items()}
    return Vocabulary(
        units={k: float(v) for k, v in data["units_words"].items()},
        scales={k: float(v) for k, v in data["scales"].items()},
        vague={k: (float(a), float(b)) for k, (a, b) in data["vague_plurals"].items()},
        qualifiers={tuple(k.split()): v for k, v in data["qualifiers"].items()},
        currencies=dict(data["currency_symbols"]),
        percent=frozenset(data["percent_words"]),
        ages=frozenset(data["age_words"]),
        one_phrases=frozenset(data.get("one_phrases", ())),
        range_words=frozenset(map(str, data.get("range_words", ()))),
    )
