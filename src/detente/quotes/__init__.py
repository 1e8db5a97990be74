"""Stage: quotes. Fills `analysis.quotes`: who said what, directly, indirectly or in part.

Direct quotes come from paired quotation marks (direct.py), reported speech from cue verbs and
phrases in the parse (indirect.py); speakers are then resolved in reading order so that "he said"
and a cue-less quote paragraph can lean on the speaker before them (speakers.py).

Each Quote also carries, outside the printed record, `source_span` (the source words as written,
a pronoun included, as (start, end) or None) and `parts` (the pieces of a split quote), which
the evaluation reads.
"""

from __future__ import annotations

from bisect import bisect_right

from detente.analysis import Analysis
from detente.quotes.candidates import Candidate, Layout
from detente.quotes.direct import find_direct, phrase_at
from detente.quotes.indirect import find_indirect
from detente.quotes.lexicon import cues
from detente.quotes.marks import quoted_spans
from detente.quotes.speakers import SourcePhrase, source_phrase
from detente.records import Quote, QuoteSpeaker


def annotate(analysis: Analysis) -> None:
    text = analysis.document.text
    layout = Layout.build(analysis.doc, quoted_spans(text))
    direct = find_direct(analysis, layout)
    found = sorted(direct + find_indirect(analysis, layout, direct), key=lambda c: (c.anchor, c.start))
    history: list[SourcePhrase] = []
    for candidate in found:
        source = _resolve(analysis, candidate, history)
        channel = None
        if candidate.channel is not None:
            passed = source_phrase(analysis, candidate.channel, history)
            channel = passed.speaker if passed else None
        elif source is not None and _passed_on(candidate):
            channel = source.speaker  # "according to a Japanese official", "state media reported": a report
        if source is not None and candidate.cue is not None:
            history.append(source)
        analysis.quotes.append(Quote(
            speaker=source.speaker if source else None,
            speaker_description=source.description if source and candidate.cue is not None else None,
            cue=_cue_text(candidate), kind=candidate.kind, text=_content_text(text, candidate),
            start=candidate.start, end=candidate.end, channel=channel,
            source_span=(source.start, source.end) if source and candidate.cue is not None else None,
            parts=list(candidate.parts),
        ))


def _resolve(analysis: Analysis, candidate: Candidate, history: list[SourcePhrase]) -> SourcePhrase | None:
    if candidate.cue is None:  # a quote paragraph with no cue: the last speaker goes on talking
        return history[-1] if history else None
    if candidate.subject is None:
        return None
    return source_phrase(analysis, candidate.subject, history)


def _passed_on(candidate: Candidate) -> bool:
    """Words reported rather than spoken by the source: an "according to" phrase, or a channel verb
    ("reported", "carried") whose subject is an outlet or its staff rather than a named person."""
    cue = candidate.cue
    if cue is None or candidate.subject is None:
        return False
    if any(phrase_at(cue, phrase) for phrase in cues().phrases):
        return True
    return cue.lemma_.lower() in cues().channel and cue.lemma_.lower() not in ("say", "state") \
        and candidate.subject.ent_type_ != "PERSON"


def _cue_text(candidate: Candidate) -> str | None:
    cue = candidate.cue
    if cue is None:
        return None
    for phrase in cues().phrases:  # "according to", "in the words of"
        if phrase_at(cue, phrase):
            return cue.doc[cue.i: cue.i + len(phrase)].text
    return cue.text


def _content_text(text: str, candidate: Candidate) -> str:
    """The quoted words; the pieces of a split quote are joined by a space."""
    return " ".join(text[s:e].strip() for s, e in candidate.parts)


def speaker_of(analysis: Analysis, start: int, end: int) -> QuoteSpeaker | None:
    """The speaker of the (first) quote that holds this span, if any (used by the claims stage, once per
    claim: a scan of every quote per claim made long documents quadratic, so the quotes are indexed by
    start once per document and only those starting at or before `start` that reach `end` are read)."""
    starts, order, reach = _quote_index(analysis)
    found = None
    at = bisect_right(starts, start) - 1
    while at >= 0 and reach[at] >= end:  # reach: the furthest end of any quote sorted up to here
        number = order[at]
        if analysis.quotes[number].end >= end and (found is None or number < found):
            found = number
        at -= 1
    return analysis.quotes[found].speaker if found is not None else None


def _quote_index(analysis: Analysis) -> tuple[list[int], list[int], list[int]]:
    """The quotes' starts in ascending order, their positions in `analysis.quotes`, and the running maximum
    of their ends; made again if the quote list changes."""
    quotes = analysis.quotes
    index = analysis.__dict__.get("_quote_index")
    if index is None or index[0] is not quotes or index[1] != len(quotes):
        order = sorted(range(len(quotes)), key=lambda n: quotes[n].start)
        reach, furthest = [], -1
        for number in order:
            furthest = max(furthest, quotes[number].end)
            reach.append(furthest)
        index = (quotes, len(quotes), ([quotes[n].start for n in order], order, reach))
        analysis.__dict__["_quote_index"] = index
    return index[2]
