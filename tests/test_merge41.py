"""Issue 14, part 4 (session 41): one event per happening folds mentions only when their parties are one party.

A shared country is not a shared party: two armed groups of one country, or two office holders of one state, are
other doers, so their acts are other happenings (events.merge.same_party); two persons are two doers whether or
not the text dates their acts (events.merge.undated_speakers); an open range the text gives ("in recent weeks") is
a span that must match another span, not a missing date (events.merge.open_range). A state and the person who holds
office in it still fold (the headline's "North Korea" and the lead's leader). Each test switches its rule off to
show what it changes."""

from __future__ import annotations

from detente.events.merge import merge_events
from detente.records import ActorRef, Event, EventMention, Span
from detente.rules import switched_off


def _of_type(coder, text: str, event_type: str, off: frozenset[str] = frozenset(),
             published: str = "2024-03-08") -> list[dict]:
    with switched_off(off):
        return [e for e in coder.code_text(text, published=published)["events"] if e["event_type"] == event_type]


def _sentences(event: dict) -> list[int]:
    return [m["sentence"] for m in event["mentions"]]


def test_two_armed_groups_of_one_country_are_two_attacks(coder) -> None:
    text = ("Pakistani troops shelled an Indian village on Monday. "
            "Pakistani militants attacked an Indian army post on Monday.")
    apart = _of_type(coder, text, "ASSAULT")
    assert len(apart) == 2, apart
    folded = _of_type(coder, text, "ASSAULT", frozenset({"events.merge.same_party"}))
    assert len(folded) == 1 and _sentences(folded[0]) == [0, 1]


def test_the_same_army_told_twice_still_folds(coder) -> None:
    text = ("Pakistani troops shell Indian village\n\n"
            "Pakistani troops shelled an Indian village on Monday, officials said.")
    found = _of_type(coder, text, "ASSAULT")
    assert len(found) == 1 and len(found[0]["mentions"]) == 2, found


def test_a_state_and_its_leader_are_one_doer(coder) -> None:
    text = ("Vietnam sends condolences to Laos.\n\n"
            "The Vietnamese prime minister sent condolences to Laos after the floods on Tuesday.")
    found = _of_type(coder, text, "SUPPORT")
    assert len(found) == 1 and len(found[0]["mentions"]) == 2, found
    assert {r["actor_id"] for r in found[0]["target"]} == {"LAO"}


def test_two_ministers_condemning_one_raid_are_two_statements_though_undated(coder) -> None:
    text = ("The Turkish president condemned the Syrian strike on Idlib. "
            "The Turkish foreign minister condemned Syria for the strike.")
    apart = _of_type(coder, text, "ACCUSE")
    assert len(apart) == 2 and {e["date_reason"] for e in apart} == {"before_writing"}, apart
    folded = _of_type(coder, text, "ACCUSE", frozenset({"events.merge.undated_speakers"}))
    assert len(folded) == 1


def test_an_attack_in_recent_weeks_is_not_one_from_years_ago(coder) -> None:
    text = "Sudanese troops shelled Darfur in 2019. Sudanese troops shelled Darfur in recent weeks."
    apart = _of_type(coder, text, "ASSAULT")
    assert len(apart) == 2 and {e["date"] for e in apart} == {"2019-01-01", None}, apart
    folded = _of_type(coder, text, "ASSAULT", frozenset({"events.merge.open_range"}))
    assert len(folded) == 1


def test_a_day_inside_the_open_range_still_folds(coder) -> None:
    text = "Sudanese troops shelled Darfur on March 3. Sudanese troops shelled Darfur in recent weeks."
    found = _of_type(coder, text, "ASSAULT")
    assert len(found) == 1 and found[0]["date"] == "2024-03-03", found


def _charged(sentence: int, target: ActorRef) -> Event:
    """A charge told in one sentence of a story, dated that Monday, with no doer named."""
    return Event(event_id="", event_type="ACCUSE", mode="allege", contexts=[], cameo="112", goldstein=-2.0,
                 quad_class=3, source=[], target=[target], date="2024-03-04", date_precision="day",
                 date_basis="relative", mentions=[EventMention(sentence=sentence, start=0, end=1, text="",
                                                               trigger=Span(0, 1, "charged"))])


def test_a_kind_of_party_and_the_person_the_story_names_are_one_party() -> None:
    a_man = ActorRef(actor_id="CAN-CVL", country="CAN", sector="CVL", text="a Toronto man", start=0, end=13)
    named = ActorRef(actor_id="marcus-delaney", country="CAN", sector="CVL", text="Marcus Delaney", start=0, end=14)
    other = ActorRef(actor_id="ann-lowe", country="CAN", sector="CVL", text="Ann Lowe", start=0, end=8)
    assert len(merge_events([_charged(0, a_man), _charged(3, named)])) == 1
    # two persons of one kind are two parties: apart, though with the rule off their country joins them
    assert len(merge_events([_charged(0, named), _charged(3, other)])) == 2
    with switched_off({"events.merge.same_party", "events.merge.different_targets"}):
        assert len(merge_events([_charged(0, named), _charged(3, other)])) == 1
