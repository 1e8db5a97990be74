"""Parties of coded events (issue #14): a doer is never its own target, and a verb of proposing that reports a
fact ("the leaflet suggests that the farmers back the governor") leaves the act to the clause's own subject."""

from __future__ import annotations

from detente.rules import switched_off

OWN = "The Dutch prime minister said he would look into publishing the minutes of his cabinet meetings."
SUGGESTS = "The leaflet suggests that the farmers back the governor."


def _sides(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    events = coder.code_text(text, published="2016-10-12")["events"]
    return [(e["event_type"], [r["text"] for r in e["source"]], [r["text"] for r in e["target"]]) for e in events]


def test_the_doer_is_not_its_own_target(coder) -> None:
    coded = _sides(coder, OWN)
    assert any(kind == "ACCUSE" and any("prime minister" in s for s in src) for kind, src, _ in coded)
    assert not any("his" in tgt for _, _, tgt in coded)
    # two parties that share a code ("USA-PTY") are still two sides
    assert any(kind == "ACCUSE" and tgt == ["Democrats"]
               for kind, _, tgt in _sides(coder, "Republicans criticised Democrats over the budget."))
    with switched_off({"events.roles.self_target"}):
        assert any("his" in tgt for _, _, tgt in _sides(coder, OWN))


def test_a_fact_suggested_is_done_by_its_own_subject(coder) -> None:
    coded = _sides(coder, SUGGESTS)
    assert ("SUPPORT", ["farmers"], ["governor"]) in [(k, s, t) for k, s, t in coded]
    assert "AGREE" not in [k for k, _, _ in coded]
    with switched_off({"events.roles.indicating_verbs"}):
        assert "AGREE" in [k for k, _, _ in _sides(coder, SUGGESTS)]


def test_a_proposal_with_a_modal_stays_a_proposal(coder) -> None:
    coded = _sides(coder, "The minister suggested that Peru should withdraw its troops from the border.")
    assert "AGREE" in [k for k, _, _ in coded]


def test_the_one_timetabled_is_the_visitor(coder) -> None:
    text = "The Czech minister is scheduled to visit Austria next week."
    coded = _sides(coder, text)
    assert ("CONSULT", ["Czech minister"], ["Austria"]) in coded
    with switched_off({"events.roles.passive_controller"}):
        assert ("CONSULT", ["Czech minister"], ["Austria"]) not in _sides(coder, text)


def test_a_timetable_is_no_promise(coder) -> None:
    text = "After the vote the Czech minister was to fly to Vienna for a meeting of donors."
    assert "AGREE" not in [k for k, _, _ in _sides(coder, text)]
    with switched_off({"factuality.expected_not_announced"}):
        assert "AGREE" in [k for k, _, _ in _sides(coder, text)]
