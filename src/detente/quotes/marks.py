"""Quotation marks: pair opening and closing marks into quoted spans of the text.

Handles curly (“ ” ‘ ’) and straight (" ') marks, quotations that run over several paragraphs
(each paragraph reopens the mark and only the last one closes it), and single-quoted inner
quotes, which stay inside the outer span. An apostrophe ("don't", "the ministers' ") is told
from a single quotation mark by the letters around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_WORD = re.compile(r"\w")
# the marks themselves, found by the regex engine rather than a Python loop over every character
_DOUBLES = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + '"') + "]")
_SINGLES = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE + "'") + "]")


@dataclass
class Quoted:
    """A quoted stretch: `start`/`end` exclude the marks; `open_at`/`close_at` are the marks."""

    start: int
    end: int
    open_at: int
    close_at: int  # index of the closing mark, or `end` when the quote runs to a paragraph end unclosed
    single: bool = False


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (an apostrophe or stray mark) for the mark at `i`."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in DOUBLE_OPEN or char in SINGLE_OPEN:
        return "open"
    if char in DOUBLE_CLOSE:
        return "close"
    if char in SINGLE_CLOSE or char == "'":
        if _WORD.match(before) and _WORD.match(after):
            return None  # don't, Xi'an
        if char == "’" and before in "sS" and not after.strip():
            return "close_or_apostrophe"
        if not before.strip() or before in "([—–-":
            return "open" if after.strip() else None
        return "close" if after.strip() == "" or not _WORD.match(after) else None
    if char == '"':
        if not before.strip() or before in "([—–-/":
            return "open"
        if not after.strip() or not _WORD.match(after):
            return "close"
        return "open"
    return None


def _pair(text: str, offset: int, marks: list[tuple[int, str]], single: bool) -> tuple[list[Quoted], int | None]:
    """Pair marks of one kind within one paragraph; returns the quotes and an unclosed opening, if any."""
    found: list[Quoted] = []
    open_at: int | None = None
    for i, role in marks:
        if role == "open":
            if open_at is None:
                open_at = i
            elif text[i] == '"' and not single:
                found.append(Quoted(open_at + 1 + offset, i + offset, open_at + offset, i + offset, single))
                open_at = None
            else:
                open_at = i  # a mark that reopens: the earlier one was stray
        elif role in ("close", "close_or_apostrophe") and open_at is not None:
            found.append(Quoted(open_at + 1 + offset, i + offset, open_at + offset, i + offset, single))
            open_at = None
    return found, open_at


def _paragraphs(text: str) -> list[tuple[int, str]]:
    spans: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, text[start:match.start()]))
        start = match.end()
    spans.append((start, text[start:]))
    return spans


_last: list[tuple[str, list[Quoted]]] = []


def quoted_spans(text: str) -> list[Quoted]:
    """Every outer quotation in the text, in order; inner quotes are left inside their outer one.

    Two apostrophes ('') or backticks (``) written for a double mark are read as one. The last
    text's answer is kept (as copies): coreference and the quotes stage both ask for the same text.
    """
    if _last and _last[0][0] == text:
        return [replace(q) for q in _last[0][1]]
    found = _find_spans(text)
    _last[:] = [(text, found)]
    return [replace(q) for q in found]


def _find_spans(text: str) -> list[Quoted]:
    if "''" not in text and "``" not in text:
        return _quoted_spans(text)
    doubled = re.sub(r"``|''", '" ', text)
    found = _quoted_spans(doubled)
    for q in found:
        while q.start < q.end and text[q.start] in "'` ":
            q.start += 1
        while q.end > q.start and text[q.end - 1] in "' ":
            q.end -= 1
    return [q for q in found if q.end > q.start]


def _quoted_spans(text: str) -> list[Quoted]:
    result: list[Quoted] = []
    carried: Quoted | None = None  # an opening left unclosed by the previous paragraph
    for offset, para in _paragraphs(text):
        if not para.strip():
            continue
        doubles = [(m.start(), r) for m in _DOUBLES.finditer(para) for r in [_role(para, m.start())] if r]
        quotes, unclosed = _pair(para, offset, doubles, single=False)
        lead = len(para) - len(para.lstrip())
        reopens = bool(doubles) and doubles[0][0] == lead and doubles[0][1] == "open"
        if carried is not None:
            if reopens and quotes:  # the quotation goes on into this paragraph and closes here
                first = quotes.pop(0)
                quotes.insert(0, Quoted(carried.start, first.end, carried.open_at, first.close_at))
            elif reopens and unclosed == doubles[0][0]:  # ... and goes on further still
                unclosed = None
                carried = Quoted(carried.start, offset + len(para.rstrip()), carried.open_at,
                                 offset + len(para.rstrip()))
                continue
            else:
                result.append(carried)  # it stops at the end of the previous paragraph
            carried = None
        if not quotes and unclosed is None:
            singles = [(m.start(), r) for m in _SINGLES.finditer(para) for r in [_role(para, m.start())] if r]
            quotes, _ = _pair(para, offset, singles, single=True)
        result.extend(quotes)
        if unclosed is not None:
            end = offset + len(para.rstrip())
            carried = Quoted(offset + unclosed + 1, end, offset + unclosed, end)
    if carried is not None:
        result.append(carried)
    return [q for q in result if q.end > q.start and text[q.start:q.end].strip()]

