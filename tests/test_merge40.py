"""Issue 14, part 4 (session 40): one event per happening inside a document. Two mentions of one type aimed at
different particular persons or bodies are two happenings, though the country the parties share would join them; a
mention whose doer is unnamed is joined to another by its target alone, so the target must be the same party
(rule events.merge.different_targets). Each test shows what the rule changes by switching it off."""

from __future__ import annotations

from detente.rules import switched_off

# (events.merge.same_party, session 41, keeps the two apart too: the two targets share only a country; both off
# shows what the two rules change together)
TARGETS = frozenset({"events.merge.different_targets", "events.merge.same_party"})


def _events(coder, text: str, off: frozenset[str] = frozenset()) -> list[dict]:
    with switched_off(off):
        return coder.code_text(text, published="2016-10-12")["events"]


def _of_type(events: list[dict], event_type: str) -> list[dict]:
    return [e for e in events if e["event_type"] == event_type]


def _targets(event: dict) -> set[str]:
    return {r["text"] for r in event["target"]}


def test_a_doerless_mention_does_not_join_an_act_aimed_at_someone_else(coder) -> None:
    text = "Democrats criticized Donald Trump. The criticism of Hillary Clinton grew."
    found = _of_type(_events(coder, text), "ACCUSE")
    assert len(found) == 2
    assert {frozenset(_targets(e)) for e in found} == {frozenset({"Donald Trump"}), frozenset({"Hillary Clinton"})}
    folded = _of_type(_events(coder, text, TARGETS), "ACCUSE")
    assert len(folded) == 1 and _targets(folded[0]) == {"Donald Trump", "Hillary Clinton"}


def test_the_same_target_named_again_still_folds(coder) -> None:
    text = "Republicans criticized Hillary Clinton. The criticism of Clinton grew."
    found = _of_type(_events(coder, text), "ACCUSE")
    assert len(found) == 1 and len(found[0]["mentions"]) == 2
