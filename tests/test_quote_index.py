"""The claims stage finds a claim's quote through an index (a scan of every quote per claim made long
documents quadratic): it must name the same speaker the scan did, nested and overlapping quotes too."""

from __future__ import annotations

import random

from detente.quotes import speaker_of
from detente.records import Quote, QuoteSpeaker


def scanned(quotes: list[Quote], start: int, end: int) -> QuoteSpeaker | None:
    """What speaker_of gave before the index: the first quote in the list that holds the span."""
    return next((q.speaker for q in quotes if q.start <= start and end <= q.end), None)


def test_indexed_speaker_is_the_first_quote_holding_the_span(analyse):
    analysis = analyse('"We will rebuild the bridge," the mayor said. The council agreed.')
    assert speaker_of(analysis, analysis.quotes[0].start + 1, analysis.quotes[0].start + 3) is \
        analysis.quotes[0].speaker
    rng = random.Random(18)
    for _ in range(40):
        quotes = []
        for n in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 200)
            speaker = QuoteSpeaker(actor_id=None, text=f"speaker {n}", start=0, end=1)
            quotes.append(Quote(speaker=speaker, speaker_description=None, cue=None, kind="direct", text="",
                                start=start, end=start + rng.randrange(0, 120)))
        analysis.quotes = quotes  # a new list: the index is made again
        for _ in range(60):
            start = rng.randrange(0, 260)
            end = start + rng.randrange(0, 40)
            assert speaker_of(analysis, start, end) is scanned(quotes, start, end)
        last = QuoteSpeaker(actor_id=None, text="the last speaker", start=0, end=1)
        quotes.append(Quote(speaker=last, speaker_description=None, cue=None, kind="direct", text="", start=0,
                            end=10_000))  # one more in the same list: the index follows
        assert speaker_of(analysis, 5_000, 5_010) is last
        assert speaker_of(analysis, 150, 160) is scanned(quotes, 150, 160)
