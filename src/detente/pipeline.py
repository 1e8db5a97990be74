"""Run documents through ingestion, spaCy and the coding stages; yield one record per input.

One spaCy load per process, `nlp.pipe` batching, and stages that each do one job on the
shared Analysis object. A failure inside one document becomes that document's error record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from detente import actors, claims, events, quotes
from detente import time as time_stage
from detente.analysis import Analysis, error_record
from detente.ingest import Prepared, prepare, read_inputs
from detente.nlp import load_pipeline
from detente.records import RawDocument

log = logging.getLogger(__name__)

Stage = Callable[[Analysis], None]
STAGES: list[tuple[str, Stage]] = [
    ("time", time_stage.annotate),
    ("actors", actors.annotate),
    ("events", events.annotate),
    ("quotes", quotes.annotate),
    ("claims", claims.annotate),
]


class Coder:
    """Codes documents with one loaded spaCy pipeline; reuse it for many documents."""

    def __init__(self, model: str | None = None, batch_size: int = 16):
        self.nlp = load_pipeline(model)
        self.batch_size = batch_size

    def analyse_prepared(self, prepared: Iterable[Prepared]) -> Iterator[Analysis | dict[str, Any]]:
        """Analyses for good documents, error records (dicts) for bad ones, in input order."""
        pending: list[Prepared] = []
        for item in prepared:
            pending.append(item)
            if len(pending) >= self.batch_size:
                yield from self._run_batch(pending)
                pending = []
        if pending:
            yield from self._run_batch(pending)

    def _run_batch(self, batch: list[Prepared]) -> Iterator[Analysis | dict[str, Any]]:
        limit = self.nlp.max_length
        for item in batch:
            if item.error is None and len(item.document.text) > limit:
                item.error = (f"document too long: {len(item.document.text):,} characters after cleaning; "
                              f"the spaCy pipeline takes at most {limit:,}")
        good = [p for p in batch if p.error is None]
        parsed = iter(self._parse([p.document.text for p in good]))
        for item in batch:
            if item.error is not None:
                yield error_record(item.document, item.error)
                continue
            doc = next(parsed)
            if isinstance(doc, Exception):
                yield error_record(item.document, f"internal error while parsing: {type(doc).__name__}")
                continue
            analysis = Analysis(document=item.document, doc=doc, removed=item.removed)
            try:
                for _name, stage in STAGES:
                    stage(analysis)
            except Exception as exc:  # one broken document must not stop a batch
                log.exception("coding failed for %s", item.document.origin)
                yield error_record(item.document, f"internal error while coding: {type(exc).__name__}: {exc}")
                continue
            yield analysis

    def _parse(self, texts: list[str]) -> list[Any]:
        """Parses of a batch; if the batch fails, each text alone, so one bad text costs only itself."""
        try:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:
            log.exception("a batch failed to parse; parsing its documents one by one")
        docs: list[Any] = []
        for text in texts:
            try:
                docs.append(self.nlp(text))
            except Exception as exc:
                docs.append(exc)
        return docs

    def records(self, prepared: Iterable[Prepared]) -> Iterator[dict[str, Any]]:
        """One record per prepared input, in input order; a failure becomes that input's error record."""
        for result in self.analyse_prepared(prepared):
            if not isinstance(result, Analysis):
                yield result
                continue
            try:
                yield result.to_record()
            except Exception as exc:
                log.exception("writing the record failed for %s", result.document.origin)
                yield error_record(result.document, f"internal error while writing the record: {type(exc).__name__}")

    def code_raw(self, raws: Iterable[RawDocument], published: str | None = None,
                 source: str | None = None) -> Iterator[dict[str, Any]]:
        yield from self.records(prepare(raw, published=published, source=source) for raw in raws)

    def code_paths(self, paths: Iterable[str | Path], published: str | None = None,
                   source: str | None = None) -> Iterator[dict[str, Any]]:
        yield from self.code_raw(read_inputs(paths), published=published, source=source)

    def code_text(self, text: str, published: str | None = None, source: str | None = None,
                  title: str | None = None, url: str | None = None) -> dict[str, Any]:
        kind_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
        raw = RawDocument(origin="<text>", text=None if kind_html else text, html=text if kind_html else None,
                          title=title, url=url)
        return next(self.code_raw([raw], published=published, source=source))


def code(text_or_path: str | Path, published: str | None = None, source: str | None = None,
         model: str | None = None) -> dict[str, Any]:
    """Code one document, given as text or as a path to a file, and return its record.

    A path to a JSONL file or a folder holds several documents: use `code_many` for those.
    """
    coder = Coder(model)
    candidate = Path(text_or_path) if isinstance(text_or_path, Path) or "\n" not in str(text_or_path) else None
    if candidate is not None and len(str(candidate)) < 4096 and candidate.exists():
        records = list(coder.code_paths([candidate], published=published, source=source))
        if len(records) != 1:
            raise ValueError(f"{candidate} holds {len(records)} documents; use detente.code_many")
        return records[0]
    return coder.code_text(str(text_or_path), published=published, source=source)


def code_many(paths: Iterable[str | Path], published: str | None = None, source: str | None = None,
              model: str | None = None, workers: int = 1) -> Iterator[dict[str, Any]]:
    """Records for every document in the given files and folders, in input order.

    `workers` > 1 codes on that many processes, each loading the model once (`detente.runs.parallel`)."""
    if workers > 1:
        from detente.runs.parallel import code_stream

        for _origin, record in code_stream(read_inputs(paths), workers=workers, model=model,
                                           published=published, source=source):
            assert isinstance(record, dict)  # nothing is skipped when nothing is known
            yield record
        return
    yield from Coder(model).code_paths(paths, published=published, source=source)
