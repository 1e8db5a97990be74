"""Run documents through ingestion, spaCy and the coding stages; yield one record per input.

One spaCy load per Coder, `nlp.pipe` batching, and an explicit ordered list of registered stages
(detente.stages) that each do one job on the shared Analysis object, configured by one Settings
value. A failure inside one document becomes that document's error record.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from detente.actors.kb import knowledge_base_for, scoped
from detente.analysis import Analysis
from detente.ingest import Prepared, prepare, read_inputs
from detente.nlp import load_pipeline
from detente.nlp.perdoc import known_text
from detente.nlp.typography import parse, parse_list
from detente.records import Coded, Document, RawDocument
from detente.safetext import clean_str
from detente.settings import Settings
from detente.stages import DEFAULT_STAGES, plan

log = logging.getLogger(__name__)


class Coder:
    """Codes documents with one loaded spaCy pipeline; reuse it for many documents.

    `Coder(settings=Settings(...), stages=[...])`; `Coder("en_core_web_md")` is short for a
    Settings with that model. `stages` names registered stages in the order they run.
    """

    def __init__(self, model: str | None = None, batch_size: int | None = None, *,
                 settings: Settings | None = None, stages: Sequence[str] = DEFAULT_STAGES):
        settings = settings or Settings()
        if model is not None:
            settings = replace(settings, model=model)
        self.settings = settings
        self.stages = plan(stages)
        self.nlp = load_pipeline(settings.model_name)
        self.kb = knowledge_base_for(settings.actor_files)
        self.batch_size = batch_size or settings.batch_size

    def analyse_prepared(self, prepared: Iterable[Prepared]) -> Iterator[Analysis | dict[str, Any]]:
        """Analyses for good documents, error records (dicts) for bad ones, in input order."""
        for result in self._analyse_all(prepared):
            yield result.to_dict() if isinstance(result, Coded) else result

    def _analyse_all(self, prepared: Iterable[Prepared]) -> Iterator[Analysis | Coded]:
        pending: list[Prepared] = []
        for item in prepared:
            pending.append(item)
            if len(pending) >= self.batch_size:
                yield from self._run_batch(pending)
                pending = []
        if pending:
            yield from self._run_batch(pending)

    def analyse(self, analysis: Analysis) -> Analysis:
        """Run the stages on an Analysis made elsewhere (a parse already in hand)."""
        with scoped(self.kb):
            for stage in self.stages:
                stage.run(analysis)
        return analysis

    def _run_batch(self, batch: list[Prepared]) -> Iterator[Analysis | Coded]:
        limit = self.nlp.max_length
        for item in batch:
            if item.error is None and len(item.document.text) > limit:
                item.error = (f"document too long: {len(item.document.text):,} characters after cleaning; "
                              f"the spaCy pipeline takes at most {limit:,}")
        good = [p for p in batch if p.error is None]
        parsed = iter(self._parse([p.document.text for p in good]))
        for item in batch:
            if item.error is not None:
                yield failed(item.document, item.error)
                continue
            doc = next(parsed)
            if isinstance(doc, Exception):
                yield failed(item.document, f"internal error while parsing: {type(doc).__name__}")
                continue
            known_text(doc, item.document.text)  # the parse of exactly this text: its doc.text, without the join
            analysis = Analysis(document=item.document, doc=doc, removed=item.removed, settings=self.settings)
            try:
                self.analyse(analysis)
            except Exception as exc:  # one broken document must not stop a batch
                log.exception("coding failed for %s", item.document.origin)
                yield failed(item.document, f"internal error while coding: {type(exc).__name__}: {clean_str(str(exc))[:200]}")
                continue
            if not _frozen[0]:
                _freeze_loaded()
            yield analysis

    def _parse(self, texts: list[str]) -> list[Any]:
        """Parses of a batch (through the straight-quotes step where the settings ask for it); if the batch
        fails, each text alone, so one bad text costs only itself."""
        straighten = self.settings.straight_quotes
        try:
            return parse_list(self.nlp, texts, self.batch_size, straighten)
        except Exception:
            log.exception("a batch failed to parse; parsing its documents one by one")
        docs: list[Any] = []
        for text in texts:
            try:
                docs.append(parse(self.nlp, text, straighten))
            except Exception as exc:
                docs.append(exc)
        return docs

    def records(self, prepared: Iterable[Prepared]) -> Iterator[dict[str, Any]]:
        """One JSON-ready record per prepared input, in input order; any failure becomes that input's
        error record, so nothing raised while coding one document reaches the caller."""
        for result in self._analyse_all(prepared):
            try:
                yield line_of(result.coded() if isinstance(result, Analysis) else result)
            except Exception as exc:
                log.exception("writing the record failed for %s", result.document.origin)
                yield line_of(failed(result.document, f"internal error while writing the record: {type(exc).__name__}"))

    def coded(self, raws: Iterable[RawDocument], published: str | None = None,
              source: str | None = None) -> Iterator[Coded]:
        """Typed results (Coded, with `.to_dict()`), one per input, in input order."""
        prepared = (prepare(raw, published=published, source=source) for raw in raws)
        for result in self._analyse_all(prepared):
            yield result.coded() if isinstance(result, Analysis) else result

    def code_raw(self, raws: Iterable[RawDocument], published: str | None = None,
                 source: str | None = None) -> Iterator[dict[str, Any]]:
        """JSON-ready records (the `detente code` lines), one per input."""
        yield from self.records(prepare(raw, published=published, source=source) for raw in raws)

    def code_paths(self, paths: Iterable[str | Path], published: str | None = None,
                   source: str | None = None) -> Iterator[dict[str, Any]]:
        yield from self.code_raw(read_inputs(paths), published=published, source=source)

    def code_text(self, text: str, published: str | None = None, source: str | None = None,
                  title: str | None = None, url: str | None = None) -> dict[str, Any]:
        return next(self.code_raw([_raw_text(text, title, url)], published=published, source=source))


_frozen = [False]  # whether this process has taken what the coder loads out of the collector's view
# allocations between young collections once the coder's objects are frozen (Python's default is 700)
YOUNG_COLLECTION_EVERY = 10_000


def _freeze_loaded() -> None:
    """Once per process, after the first document is coded (so the lexicons and models the stages load lazily
    are loaded): move every object the collector tracks into its permanent generation (`gc.freeze`), as the
    worker processes do (runs/parallel.py). The spaCy pipeline, the knowledge base and the lexicons are
    some 430,000 container objects that live as long as the process; each full collection walked them all
    again (0.17 s CPU, in one of three passes over the benchmark corpus). Freezing changes no result:
    objects are still freed by reference counting, and only cyclic garbage present at this moment is kept.

    Young collections then come every 10,000 allocations instead of 700 (unless the process chose more, or switched
    automatic collection off): coding a document makes and drops tens of thousands of small objects, nearly all
    freed by reference counting, and at 700 the collector ran some 70 times a pass of the benchmark corpus for
    0.04-0.05 s CPU, at 10,000 3 times for 0.007-0.010 s. Cyclic garbage waits a little longer; nothing else changes."""
    if not _frozen[0]:
        _frozen[0] = True
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_COLLECTION_EVERY:
            gc.set_threshold(YOUNG_COLLECTION_EVERY, *older)


def failed(document: Document, error: str) -> Coded:
    """The result for an input that could not be coded: what is known of it, and why."""
    return Coded(document, error=error)


def line_of(coded: Coded) -> dict[str, Any]:
    """The JSON record of a result; an error record never holds the text, so it stays short whatever
    the input held (a 200 MB document refused as too long is not printed back)."""
    record = coded.to_dict()
    if coded.error is not None:
        record["document"]["text"] = ""
    return record


def _raw_text(text: str, title: str | None = None, url: str | None = None) -> RawDocument:
    """Text as given (HTML when it opens like an HTML page); never read as a file name."""
    kind_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    return RawDocument(origin="<text>", text=None if kind_html else text, html=text if kind_html else None,
                       title=title, url=url)


def code(text: str, published: str | None = None, source: str | None = None, model: str | None = None,
         settings: Settings | None = None, title: str | None = None, url: str | None = None) -> Coded:
    """Code one document given as text (or HTML) and return its typed record.

    The string is always the document itself, never a file name, so untrusted text is safe to
    pass; use `code_file` for a path."""
    if not isinstance(text, str):
        raise TypeError(f"code() takes the text itself; for a path use detente.code_file (got {type(text).__name__})")
    coder = Coder(model, settings=settings)
    return next(coder.coded([_raw_text(text, title, url)], published=published, source=source))


def code_file(path: str | Path, published: str | None = None, source: str | None = None, model: str | None = None,
              settings: Settings | None = None) -> Coded:
    """Code the one document in a file (text, HTML, PDF ...) and return its typed record.

    A JSONL file or a folder holds several documents: use `code_many` for those."""
    coder = Coder(model, settings=settings)
    records = list(coder.coded(read_inputs([path]), published=published, source=source))
    if len(records) != 1:
        raise ValueError(f"{path} holds {len(records)} documents; use detente.code_many")
    return records[0]


def code_many(paths: Iterable[str | Path], published: str | None = None, source: str | None = None,
              model: str | None = None, settings: Settings | None = None) -> Iterator[Coded]:
    """Typed records for every document in the given files and folders."""
    yield from Coder(model, settings=settings).coded(read_inputs(paths), published=published, source=source)
