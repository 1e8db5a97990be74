"""Read PolNeAR attribution annotations (brat standoff) from ../shared/data/polnear at run time."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.quotes.marks import ALL_MARKS


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False  # the content is a verbatim quotation (opens with a quotation mark)


@dataclass
class Article:
    name: str
    split: str
    text: str
    published: str | None
    attributions: list[GoldAttribution]


def _fragments(spec: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in spec.split(";"))]


def parse_ann(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions from brat lines: T lines hold spans, E lines tie Source, Cue and Content together."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, spec = parts[1].partition(" ")
            spans[parts[0]] = _fragments(spec)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    events = [e for e in events if any(role.startswith("Content") for role in e)]
    result = []
    for event in events:  # a role may repeat as Content2, Source2 ... for a split attribution
        content = sorted(f for role, ref in event.items() if role.startswith("Content") for f in spans.get(ref, []))
        if not content:
            continue
        source = sorted(f for role, ref in event.items() if role.startswith("Source") for f in spans.get(ref, []))
        result.append(GoldAttribution(content, source, _opens_quotation(text, content[0])))
    return result


def _opens_quotation(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    return (start < end and text[start] in ALL_MARKS) or (start > 0 and text[start - 1] in ALL_MARKS)


def articles(root: Path, splits: tuple[str, ...] = ("train", "dev")) -> list[Article]:
    """One annotator per article: the first alphabetically, so the choice never depends on order."""
    found: list[Article] = []
    for split in splits:
        chosen: dict[str, Path] = {}
        for ann in sorted((root / split / "attributions").glob("*.ann")):
            name = ann.stem.rsplit("_", 1)[0]
            chosen.setdefault(name, ann)
        for name, ann in sorted(chosen.items()):
            text_path = root / split / "text" / f"{name}.txt"
            if not text_path.exists():
                continue
            text = text_path.read_text("utf-8")
            date = name.split("_")[1] if name.count("_") >= 2 else None
            found.append(Article(name, split, text, date, parse_ann(ann.read_text("utf-8"), text)))
    return found
