"""Accuracy suites: each measures one stage on the gold data in ../shared/data.

Evaluation is kept apart from the runtime stages: each suite is a module of this package
(`detente.eval.<suite>:run`) returning a SuiteResult; this registry finds them by name so the CLI
and `eval all` need no edits when a suite is added.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path

SUITES: dict[str, str] = {
    "boilerplate": "detente.eval.boilerplate:run",
    "actors": "detente.eval.actors:run",
    "events": "detente.eval.events:run",
    "time": "detente.eval.times:run",
    "quotes": "detente.eval.quotes:run",
    "ecb-within": "detente.eval.ecb_within:run",  # issue 14: one event per happening inside a document
    "corpus": "detente.eval.corpus:run",
    "whom": "detente.eval.whom:run",  # issue 13: empty targets on real articles where a second party is named
}


class DataMissing(RuntimeError):
    """The gold data a suite needs is not where it was looked for."""


@dataclass
class SuiteResult:
    name: str
    figures: dict[str, float]  # headline numbers, e.g. {"precision": 0.91}
    table: str = ""  # a Markdown table with the detail (per class, per file ...)
    notes: list[str] = field(default_factory=list)  # what was measured on what, and how

    def markdown(self) -> str:
        lines = [f"## {self.name}", ""]
        lines += [f"- {note}" for note in self.notes]
        if self.notes:
            lines.append("")
        lines += ["| figure | value |", "|---|---|"]
        lines += [f"| {k} | {v:.3f} |" if isinstance(v, float) else f"| {k} | {v} |" for k, v in self.figures.items()]
        if self.table:
            lines += ["", self.table]
        return "\n".join(lines) + "\n"


def default_data_dir() -> Path:
    """$DETENTE_DATA, else ../shared/data beside the current folder or beside the repository."""
    env = os.environ.get("DETENTE_DATA")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data")


def run_suite(name: str, data_dir: Path | None = None, quick: bool = False) -> SuiteResult:
    if name not in SUITES:
        raise KeyError(f"unknown suite {name!r}; choose from {', '.join(sorted(SUITES))} or 'all'")
    module_name, func = SUITES[name].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise NotImplementedError(f"suite {name!r} is not built yet") from exc
    data = Path(data_dir) if data_dir else default_data_dir()
    return getattr(module, func)(data, quick=quick)


def require(path: Path) -> Path:
    if not path.exists():
        raise DataMissing(f"gold data not found at {path} (point --data or $DETENTE_DATA at ../shared/data)")
    return path


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
