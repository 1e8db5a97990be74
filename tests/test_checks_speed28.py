"""Issue 12 (session 28, speed28a): the events stage's checks were made cheaper (relations, tags, parts of speech and
words read by string id from the document's columns; each check asked only where its first cheap test passes). These
tests pin what a user sees from the checks whose code changed: a condition opened by "in case", an act of "no matter
what", an act warned against, an act done by saying so, the writer's own advice and a kind of party's habit. Each also
shows the rule it rests on switched off, so a rewrite that stopped applying the rule fails here. The sentences are
invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off

TODAY = "2016-10-12"  # a Wednesday


def _events(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(type, factuality, date) of every coded event."""
    return [(e["event_type"], e["factuality"], e["date"]) for e in coder.code_text(text, published=TODAY)["events"]]


def _of_type(coder, text: str, event_type: str) -> list[dict]:
    return [e for e in coder.code_text(text, published=TODAY)["events"] if e["event_type"] == event_type]


def test_an_arrest_in_case_of_which_is_only_possible(coder) -> None:
    text = "Farmers will block the highway in case the Paraguayan police detain the union leaders."
    [arrest] = _of_type(coder, text, "COERCE")
    assert (arrest["factuality"], arrest["date"]) == ("hypothetical", None)
    assert [t["text"] for t in arrest["target"]] == ["union leaders"]
    with switched_off({"factuality.condition_nouns"}):
        assert [(e["factuality"], e["date"]) for e in _of_type(coder, text, "COERCE")] == [("asserted", TODAY)]


def test_sanctions_of_no_matter_what_kind_are_none_in_particular(coder) -> None:
    text = "No matter what sanctions Brazil imposes on Caracas, Venezuela will keep its embassy in Brasilia open."
    assert _events(coder, text) == [("SANCTION", "hypothetical", None)]
    with switched_off({"factuality.no_matter"}):
        assert _events(coder, text) == [("SANCTION", "asserted", TODAY)]


def test_sanctions_warned_against_are_not_imposed(coder) -> None:
    text = "The Uruguayan minister warned Brazil against imposing sanctions on Venezuela."
    assert [e["factuality"] for e in _of_type(coder, text, "SANCTION")] == ["hypothetical"]
    with switched_off({"factuality.against_acts"}):
        assert [e["factuality"] for e in _of_type(coder, text, "SANCTION")] == ["asserted"]


def test_thanks_said_are_thanks_given(coder) -> None:
    text = '"I want to thank the Paraguayan government for its help," the Uruguayan president said on Monday.'
    [thanks] = _of_type(coder, text, "SUPPORT")
    assert (thanks["factuality"], thanks["date"]) == ("asserted", "2016-10-10")
    with switched_off({"factuality.performative_acts"}):
        assert [(e["factuality"], e["date"]) for e in _of_type(coder, text, "SUPPORT")] == [("hypothetical", None)]


def test_the_writers_advice_is_no_sanction(coder) -> None:
    text = "The vote is on Tuesday. Washington ought to impose sanctions on the Venezuelan generals."
    assert _events(coder, text) == []
    with switched_off({"events.not_events.writers_voice"}):
        assert _events(coder, text) == [("SANCTION", "asserted", TODAY)]


def test_what_protesters_as_a_kind_undergo_is_no_arrest(coder) -> None:
    text = "The report came out on Monday. Students who protest are detained by the Paraguayan police."
    assert _events(coder, text) == []
    with switched_off({"events.senses.generic_habitual"}):
        assert _events(coder, text) == [("COERCE", "hypothetical", None)]
