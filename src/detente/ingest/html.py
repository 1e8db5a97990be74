"""HTML pages to article text and metadata, through trafilatura and htmldate."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageContent:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None


def extract_page(html: str, url: str | None = None) -> PageContent:
    """Main text (comments excluded) and metadata of one HTML page."""
    import trafilatura  # imported here: a run on plain text never pays for it (a third of a second)
    from htmldate import find_date
    from trafilatura.deduplication import LRUCache

    # A page's repeated paragraphs are dropped, but with a cache of its own: trafilatura's default
    # cache is process-wide, so the same or a syndicated page read twice would come out empty.
    seen = LRUCache(maxsize=4096)

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=seen
    ) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = None
    try:
        published = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate can fail on odd markup; a missing date is not fatal
        published = None
    authors: list[str] = []
    if meta is not None and meta.author:
        authors = [a.strip() for a in meta.author.replace(";", ",").split(",") if a.strip()]
    return PageContent(
        text=text,
        title=(meta.title if meta is not None else None) or None,
        authors=authors,
        published=published,
        site=(meta.sitename if meta is not None else None) or None,
        url=url or (meta.url if meta is not None else None),
    )
