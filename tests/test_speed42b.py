"""Issue 12 (session 29, speed42b): the writer's-voice check reads the paragraph before a sentence from the document's
text joined once per document (spaCy's `Doc.text` joined every token again on each call, a whole document's worth per
act in a long story), and its sentence from the sentences made once. These tests pin what a user sees from that
check: advice inside a quotation still open from the paragraph's earlier sentence is the speaker's (the act stays),
while the same advice in a paragraph of its own after the quotation closed is the writer's (no event). Each also shows
the rule switched off. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off

TODAY = "2016-10-12"  # a Wednesday
VOICE = frozenset({"events.not_events.writers_voice"})


def _events(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(type, factuality, date) of every coded event."""
    return [(e["event_type"], e["factuality"], e["date"]) for e in coder.code_text(text, published=TODAY)["events"]]


def test_advice_inside_a_quotation_still_open_is_the_speakers(coder) -> None:
    text = ("The senator spoke in Lima on Monday.\n"
            '"The vote is on Tuesday. Washington ought to impose sanctions on the Venezuelan generals. They earned it."')
    assert _events(coder, text) == [("SANCTION", "asserted", TODAY)]
    with switched_off(VOICE):
        assert _events(coder, text) == [("SANCTION", "asserted", TODAY)]


def test_advice_in_a_paragraph_after_the_quotation_closed_is_the_writers(coder) -> None:
    text = ('"The vote is on Tuesday," the senator said in Lima on Monday.\n'
            "Washington ought to impose sanctions on the Venezuelan generals.")
    assert _events(coder, text) == []
    with switched_off(VOICE):
        assert _events(coder, text) == [("SANCTION", "asserted", TODAY)]
