"""A candidate is dated only on need (issue 12, speed42a): the events stage asks for a candidate's parties before it
knows whether the candidate becomes an event, and most parties resolve the same on any day. The day (LazyDay) is
worked out only when a title or a person with terms of office asks for it, or when the candidate is kept. This
changes the speed, never an answer: a title still resolves as of the event's own day."""

from __future__ import annotations

import detente.events as events
from detente.actors import LazyDay, actors_in_span


def _dated_triggers(monkeypatch, analyse, text: str, published: str) -> tuple[list[str], object]:
    """The triggers the events stage dates while coding `text`, and the analysis."""
    dated: list[str] = []
    work = events.date_event

    def counted(analysis, start, end):  # type: ignore[no-untyped-def]
        dated.append(analysis.document.text[start:end])
        return work(analysis, start, end)

    monkeypatch.setattr(events, "date_event", counted)
    return dated, analyse(text, published=published)


def test_a_candidate_rejected_for_want_of_protesters_is_never_dated(monkeypatch, analyse) -> None:
    dated, analysis = _dated_triggers(monkeypatch, analyse, "Union leaders said on Monday that no factories were struck.",
                                      "2024-05-10")
    assert not any(e.event_type == "PROTEST" for e in analysis.events)  # "struck" names no protesters: no event
    assert "struck" not in dated  # and so it is not dated for nothing


def test_a_kept_event_is_dated_and_a_title_resolves_as_of_its_day(monkeypatch, analyse) -> None:
    text = "The president of Peru met the Chilean foreign minister in Lima on 3 May 2019."
    dated, analysis = _dated_triggers(monkeypatch, analyse, text, "2024-05-10")
    met = next(e for e in analysis.events if e.event_type == "CONSULT")
    assert met.date == "2019-05-03" and "met" in dated
    now = next(e for e in analyse(text.replace(" on 3 May 2019", " on Tuesday"), published="2024-05-10").events
               if e.event_type == "CONSULT")
    assert now.date == "2024-05-07"
    # the title names the office holder of each day: the day was asked for and read
    assert met.source and now.source and met.source[0].actor_id != now.source[0].actor_id


def test_a_day_on_need_gives_the_answers_of_the_day_and_is_asked_only_by_dated_mentions(analyse) -> None:
    text = ("The president of Peru met the Chilean foreign minister in Lima. Protesters marched outside, and "
            "Reuters said the talks went well.")
    analysis = analyse(text, published="2024-05-10")
    spans = [(m.start, m.end) for m in analysis.mentions] + [(0, len(text))]
    for day in ("2019-05-03", "2024-05-10", None):
        for start, end in spans:
            lazy = LazyDay(lambda day=day: day)
            assert actors_in_span(analysis, start, end, lazy) == actors_in_span(analysis, start, end, day)
    for start, end in spans:
        asks = [m for m in analysis.mentions if start <= m.start and m.end <= end and m.actor_id
                and (m.title or m.person_id)]
        lazy = LazyDay(lambda: "2019-05-03")
        actors_in_span(analysis, start, end, lazy)
        if not asks:
            assert lazy.asked == 0 and not lazy.known  # nothing in the span depends on the day: never worked out
    protesters = text.index("Protesters")
    lazy = LazyDay(lambda: "2019-05-03")
    assert actors_in_span(analysis, protesters, protesters + len("Protesters"), lazy)
    assert not lazy.known
