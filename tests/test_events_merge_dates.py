"""One event per happening keeps the date of the mention whose own clause dates it (rule
events.merge.own_clause_date), not an explicit date that only stood elsewhere in another mention's sentence."""

from __future__ import annotations

from detente.events.merge import merge_events
from detente.records import ActorRef, Event, EventMention, Span
from detente.rules import switched_off


def _mention(analyse, text: str, trigger: str) -> Event:
    """The ASSAULT coded from a real sentence, as the events stage dates it."""
    event = next(e for e in analyse(text, published="2024-03-20").events if e.event_type == "ASSAULT")
    assert event.mentions[0].trigger.text.startswith(trigger)
    return event


def test_a_day_its_own_clause_gives_outranks_an_explicit_year_nearby(analyse) -> None:
    own = _mention(analyse, "Rebels shelled the Ugandan town of Kasese on Friday.", "shelled")
    # a year nearby, not the shelling's own ("whose 2024 budget" no longer dates it at all: dating.named_thing_time)
    nearby = _mention(analyse, "Rebels shelled the Ugandan town of Kasese, whose budget of 2024 was cut.", "shelled")
    assert (own.date, own.date_found_by) == ("2024-03-15", "governed")
    assert nearby.date_precision == "year" and nearby.date_found_by != "governed", nearby
    for event in (own, nearby):
        event.source = [ActorRef(None, None, "REB", "rebels", 0, 6)]
        event.target = [ActorRef(None, "UGA", None, "the Ugandan town of Kasese", 15, 41)]
    nearby.mentions = [EventMention(sentence=5, start=0, end=1, text="", trigger=Span(0, 1, "shelled"))]
    merged = merge_events([nearby, own])
    assert len(merged) == 1 and merged[0].date == "2024-03-15", merged
    with switched_off({"events.merge.own_clause_date"}):
        nearby.date, nearby.date_end, nearby.date_precision, nearby.date_basis = "2024-01-01", "2024-12-31", "year", \
            "explicit"
        assert merge_events([nearby, own])[0].date == "2024-01-01"  # the explicit year outranked the relative day
