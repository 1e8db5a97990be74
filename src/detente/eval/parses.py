"""Parses kept between evaluation runs, so a suite re-run after a rule change skips spaCy.

Most of a large suite's time is the parse (PolNeAR's 924 articles take half an hour on a loaded
2-core machine), yet the stages under test never change it. Each text's Doc is stored once as
`Doc.to_bytes()` (less the tok2vec tensor, which no stage reads) in a file named by a hash of the
model (name, version), spaCy's version and the text, under $DETENTE_PARSE_CACHE (default
~/.cache/detente/parses; about 120 KB per news article); an entry is read back only for the same
text and pipeline, so a cached run codes exactly what a fresh one would. Set DETENTE_PARSE_CACHE=off
to parse everything afresh. A text with typographic quotes parsed through the straight-quotes step
(detente.nlp.typography) is kept under a key that says so; a text without them has one parse either way.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.typography import needs_straightening, parse, parse_many

CACHE_ENV = "DETENTE_PARSE_CACHE"
FORMAT = 2  # what is stored: the Doc without its tok2vec tensor, which no stage reads (a quarter of the size)


def cache_dir() -> Path | None:
    """Where parses are kept, or None when caching is switched off."""
    value = os.environ.get(CACHE_ENV, "")
    if value.lower() in ("off", "0", "no", "false"):
        return None
    return Path(value) if value else Path.home() / ".cache" / "detente" / "parses"


def _key(nlp: Language, text: str, straighten: bool = True) -> str:
    meta = nlp.meta
    pipeline = (f"{FORMAT}|{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}|{spacy.__version__}"
                f"|{','.join(nlp.pipe_names)}")
    if straighten and needs_straightening(text):
        pipeline += "|straight-quotes"
    return hashlib.sha1(f"{pipeline}\n{text}".encode()).hexdigest()


def parsed(nlp: Language, texts: Sequence[str], batch_size: int = 8, straighten: bool = True) -> Iterator[Doc]:
    """The Doc of every text, in order: read from the cache where stored, else parsed and stored; through the
    straight-quotes step when `straighten` (the coder's Settings.straight_quotes)."""
    folder = cache_dir()
    if folder is None:
        yield from parse_many(nlp, texts, batch_size, straighten)
        return
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{_key(nlp, text, straighten)}.doc" for text in texts]
    missing = [i for i, path in enumerate(paths) if not path.exists()]
    fresh = parse_many(nlp, (texts[i] for i in missing), batch_size, straighten)
    pending = iter(missing)
    next_missing = next(pending, None)
    for i, path in enumerate(paths):
        if i == next_missing:
            doc = next(fresh)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(doc.to_bytes(exclude=["tensor"]))
            tmp.replace(path)  # whole files only: a run stopped half way leaves no broken entry
            next_missing = next(pending, None)
            yield doc
            continue
        try:
            doc = Doc(nlp.vocab).from_bytes(path.read_bytes())
        except Exception:  # an unreadable entry is parsed again
            doc = None
        if doc is None or doc.text != texts[i]:
            doc = parse(nlp, texts[i], straighten)
            path.write_bytes(doc.to_bytes(exclude=["tensor"]))
        yield doc
