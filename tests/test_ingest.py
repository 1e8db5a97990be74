"""Ingestion: every input format, chrome removal, metadata, encodings and bad inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from detente.ingest import prepare, read_inputs
from detente.ingest.chrome import clean_text
from detente.records import RawDocument

ARTICLE = (
    "Seoul and Tokyo agree to resume security talks\n\n"
    "South Korea and Japan agreed on Tuesday to resume regular security talks that had been suspended for "
    "several years, the two foreign ministries said in a joint statement released in Seoul.\n\n"
    "The talks will be held in Tokyo next month and will cover missile launches by North Korea, officials said, "
    "adding that the decision followed months of quiet contacts between the two governments.\n"
)


def prepared_text(text: str, **kw) -> str:
    result = prepare(RawDocument(origin="t", text=text), **kw)
    assert result.error is None, result.error
    return result.document.text


def test_txt_html_jsonl_gz_and_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    page = f"<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>" \
           f"{''.join(f'<p>{p}</p>' for p in ARTICLE.split(chr(10)*2)[1:])}</article></body></html>"
    (tmp_path / "b.html").write_text(page, "utf-8")
    lines = [json.dumps({"id": "x1", "text": ARTICLE, "published": "2024-02-01", "authors": ["A. Writer"]}),
             json.dumps({"id": "x2", "html": page, "title": "Given title"})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (sub / "ignored.png").write_bytes(b"\x89PNG\r\n")
    raws = list(read_inputs([tmp_path]))
    assert [Path(r.origin.split(":")[0]).name for r in raws] == ["a.txt", "b.html", "c.jsonl", "c.jsonl", "d.txt.gz"]
    assert raws[1].html and not raws[1].text
    assert raws[2].id == "x1" and raws[2].published == "2024-02-01" and raws[2].authors == ["A. Writer"]
    assert raws[3].html and raws[3].title == "Given title"
    docs = [prepare(r) for r in raws]
    assert all(d.error is None for d in docs), [d.error for d in docs]
    assert docs[0].document.doc_id == docs[2].document.doc_id == docs[4].document.doc_id  # same cleaned text
    assert docs[2].document.published == "2024-02-01" and docs[2].document.published_source == "given"
    assert "resume regular security talks" in docs[1].document.text


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    payload = json.dumps({"text": ARTICLE}) + "\n" + "{broken\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
    raws = list(read_inputs(["-"]))
    assert raws[0].text == ARTICLE
    assert raws[1].error and "malformed JSON on line 2" in raws[1].error


def test_bad_inputs_give_specific_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "french.txt").write_text(
        "Le gouvernement japonais a annoncé mardi la reprise des discussions avec la Corée du Sud sur la "
        "sécurité régionale, selon un communiqué publié à Tokyo par le ministère des affaires étrangères.", "utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n[1, 2]\n', "utf-8")
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    errors = {Path(r.origin).name: prepare(r).error for r in read_inputs(sorted(tmp_path.iterdir()))}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "not English" in errors["french.txt"] and "'fr'" in errors["french.txt"]
    assert "neither a 'text' nor an 'html'" in errors["bad.jsonl:1"]
    assert "not a JSON object" in errors["bad.jsonl:2"]
    assert "gzip" in errors["broken.txt.gz"]


def test_mojibake_is_repaired() -> None:
    broken = ARTICLE.replace("Seoul and Tokyo", "Seoul and Tokyo’s envoys").encode("utf-8").decode("cp1252")
    assert "â€™" in broken
    text = prepared_text(broken)
    assert "Tokyo’s envoys" in text and "â€" not in text


def test_chrome_removed_from_scraped_text() -> None:
    page = "\n".join([
        "World News", "Home > World > Asia", "share email print", ARTICLE.split("\n")[0],
        "Sign up for our newsletter: subscribe today and get our app with premium analysis.",
        *ARTICLE.split("\n")[1:],
        "BY MIN-JI PARK, TOM REYES [tom.reyes@example.com]",
        "Copyright (c) 2023 Example Media Group. All rights reserved.",
        "Log in to Facebook account to comment", "Comments (0/300)",
        "Read more", "Asia3 min read", "Typhoon season arrives early in the Philippines",
        "Officials warn of flooding across northern provinces as the first typhoon of the season approaches land",
    ])
    cleaned = clean_text(page)
    assert cleaned.title == "Seoul and Tokyo agree to resume security talks"
    assert cleaned.authors == ["Min-Ji Park", "Tom Reyes"]
    assert cleaned.text.startswith("Seoul and Tokyo agree")
    for chrome in ("Home >", "share email", "newsletter", "Copyright", "Log in", "0/300", "Typhoon", "min read"):
        assert chrome not in cleaned.text, chrome
    assert "quiet contacts between the two governments" in cleaned.text
    assert any("Copyright (c) 2023" in line for line in cleaned.removed)


def test_seed_pages_lose_their_chrome(shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert len(seeds) >= 2
    for path in seeds:
        result = prepare(RawDocument(origin=str(path), text=path.read_text("utf-8")))
        assert result.error is None
        text = result.document.text
        assert result.document.title and text.startswith(result.document.title)
        lowered = text.lower()
        for chrome in ("all rights reserved", "log in", "min read", "print dictionary", "home >", "0/250"):
            assert chrome not in lowered, (path.name, chrome)
        # the article itself survives: every long paragraph of the page that is prose is kept
        assert len(text) > 0.6 * len(path.read_text("utf-8"))


def test_html_metadata_and_comments_excluded() -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    page = ("<html><head><title>Talks resume | Harbor Times</title>"
            "<meta property='article:published_time' content='2023-05-04T08:00:00Z'>"
            "<meta name='author' content='Jane Morrow'><meta property='og:site_name' content='Harbor Times'></head>"
            f"<body><nav><a href='/'>Home</a><a href='/world'>World</a></nav><article><h1>Talks resume</h1>{body}"
            "</article><div id='comments' class='comments'><p>What a terrible idea, they never learn from history "
            "and this commenter has strong opinions about it all.</p></div></body></html>")
    result = prepare(RawDocument(origin="p.html", html=page, url="https://www.harbortimes.example/world/talks"))
    doc = result.document
    assert result.error is None
    assert doc.published == "2023-05-04" and doc.published_source == "metadata"
    assert doc.authors == ["Jane Morrow"]
    assert doc.source == "Harbor Times"
    assert "terrible idea" not in doc.text
    assert "joint statement" in doc.text


def test_the_same_page_read_twice_keeps_its_text() -> None:
    """A syndicated or re-sent page is coded again in a long-lived process (a server, a re-ingest)."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    page = f"<html><head><title>Talks resume</title></head><body><article>{body}</article></body></html>"
    first = prepare(RawDocument(origin="a.html", html=page))
    second = prepare(RawDocument(origin="b.html", html=page))
    assert first.error is None and second.error is None
    assert second.document.text == first.document.text
    assert "joint statement" in second.document.text


def test_given_date_overrides_and_bad_date_is_an_error() -> None:
    assert prepare(RawDocument(origin="t", text=ARTICLE), published="2020-03-01").document.published == "2020-03-01"
    bad = prepare(RawDocument(origin="t", text=ARTICLE, published="not a date"))
    assert bad.error and "publication date" in bad.error


def test_short_english_texts_are_not_refused_but_short_foreign_ones_are() -> None:
    """A one-line text (a headline, the dashboard's code box) is too short for the language identifier."""
    from detente.ingest.language import english_or_reason

    for english in ("Russia attacked Ukraine.", "Gunmen kidnapped up to 12 Nigerian farmers.", "Taliban seize Kabul"):
        assert english_or_reason(english) is None, english
    for foreign in ("Die Regierung hat neue Sanktionen beschlossen.", "Президент встретился с премьер-министром.",
                    "Le président a rencontré son homologue à Paris."):
        reason = english_or_reason(foreign)
        assert reason is not None and "not English" in reason, foreign


def test_line_by_line_repair_equals_ftfy() -> None:
    """ftfy is asked only of the lines that can need it; the result must be ftfy's own for every kind of
    damage it repairs, next to plain lines, and for the "<" rule that switches HTML unescaping off."""
    import ftfy

    from detente.ingest.repair import fix_text

    texts = [
        "",
        "plain ASCII only\nsecond line\n",
        "Caf\u00c3\u00a9 owners said \u00e2\u20ac\u0153no\u00e2\u20ac\u009d.\nA plain line.\n",
        "Fish &amp; chips\nno entity here\n&lt;b&gt; after\n",
        "a <tag> line\nthen &amp; stays escaped?\n",
        "&amp; first\n<b>bold</b>\n&amp; later\n",
        "windows\r\nline\rends\n\x1b[31mred\x1b[0m and \x07bell\x00 and \x7f\n",
        "\ufb01ne \uff2c\uff2f\uff35\uff24 e\u0301 \u2028 \x85 tab\there\x0cform feed",
        "no newline at the end",
        "\n\n\n",
        "\u201cQuoted,\u201d he said \u2013 twice \u2014 \u2018so\u2019\u2026\nIt\u2019s fine\n",
        "Mojibake next to clean: it\u00e2\u20ac\u2122s here\nand \u201cclean\u201d here\n",
        "\u2019\u201c\u201d\u2013\u2014\u2026\u2018 only punctuation\n\u00d1\u2014\u2019 after a letter\n",
        "caf\u00c3\u00a9 \u2014 \u201cnice\u201d\n",
    ]
    for text in texts:
        assert fix_text(text) == ftfy.fix_text(text, uncurl_quotes=False), text[:80]


def test_line_by_line_repair_equals_ftfy_on_news(shared_dir: Path) -> None:
    import ftfy

    from detente.ingest.repair import fix_text

    paths = sorted((shared_dir / "data" / "polnear" / "dev" / "text").glob("*.txt"))[:30]
    paths += sorted((shared_dir / "seeds").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        assert fix_text(text) == ftfy.fix_text(text, uncurl_quotes=False), path.name
