"""Whether (issue #14): a ranked or counted doer's infinitive tells a deed, with its date kept; a gerund weighed
or asked for, a wish, an attempt denied are not asserted. Each rule switched off shows what it changes."""

from __future__ import annotations

from detente.rules import switched_off


def _events(coder, text: str) -> list[tuple[str, str, str | None]]:
    coded = coder.code_text(text, published="2024-01-10")["events"]
    return [(e["event_type"], e["factuality"], e["date"]) for e in coded]


def test_one_of_the_earliest_to_endorse_is_a_deed_dated_by_its_clause(coder) -> None:
    text = "Senator Okafor was one of the earliest lawmakers to endorse the governor in March 2023."
    assert _events(coder, text) == [("SUPPORT", "asserted", "2023-03-01")]
    with switched_off({"factuality.ranked_by_degree", "factuality.ranked_partitive"}):
        assert _events(coder, text)[0][1] != "asserted"


def test_among_the_first_states_to_recognise(coder) -> None:
    text = "Ghana was among the first states to recognise the new Sudanese government."
    assert [f for _, f, _ in _events(coder, text)] == ["asserted"]
    with switched_off({"factuality.ranked_partitive"}):
        assert [f for _, f, _ in _events(coder, text)] != ["asserted"]


def test_a_superlative_or_counted_ordinal_ranks_the_doer(coder) -> None:
    latest = "Ghana was the latest country to recognise the new Sudanese government."
    fifth = "Peru became the fifth country to recognise the new government."
    assert [f for _, f, _ in _events(coder, latest)] == ["asserted"]
    assert [f for _, f, _ in _events(coder, fifth)] == ["asserted"]
    with switched_off({"factuality.ranked_by_degree"}):
        assert [f for _, f, _ in _events(coder, latest)] != ["asserted"]
        assert [f for _, f, _ in _events(coder, fifth)] != ["asserted"]
    # a future rank stays future; a ranked bid or call is a wish, not a doer
    assert _events(coder, "Ghana will be the first state to recognise the new Sudanese government.")[0][1] == "future"
    assert [f for _, f, _ in _events(coder, "The coup was the latest bid to oust the Bolivian president.")] == \
        ["hypothetical"]


def test_a_gerund_that_is_discussed_is_not_done(coder) -> None:
    text = "The cabinet ministers discussed sending troops to Niger."
    assert ("AID", "hypothetical") in [(t, f) for t, f, _ in _events(coder, text)]
    with switched_off({"factuality.unrealised_gerunds"}):
        assert ("AID", "asserted") in [(t, f) for t, f, _ in _events(coder, text)]


def test_desperate_to_is_a_wish(coder) -> None:
    text = "Ankara is desperate to impose sanctions on the rebel leaders."
    assert ("SANCTION", "hypothetical") in [(t, f) for t, f, _ in _events(coder, text)]
    with switched_off({"factuality.hypothetical_heads"}):
        assert ("SANCTION", "asserted") in [(t, f) for t, f, _ in _events(coder, text)]


def test_no_attempt_to_meet_denies_the_meeting(coder) -> None:
    text = "The Kenyan envoy made no attempt to meet the Somali president in Mogadishu."
    assert ("CONSULT", "negated") in [(t, f) for t, f, _ in _events(coder, text)]
    with switched_off({"factuality.denied_intent"}):
        assert ("CONSULT", "negated") not in [(t, f) for t, f, _ in _events(coder, text)]


def test_ongoing_attacks_are_happening_whatever_governs_them(coder) -> None:
    text = "The admiral said the navy would need better intelligence on who is behind the ongoing attacks on tankers."
    assert ("ASSAULT", "asserted") in [(t, f) for t, f, _ in _events(coder, text)]
    with switched_off({"factuality.ongoing_heads"}):
        assert ("ASSAULT", "asserted") not in [(t, f) for t, f, _ in _events(coder, text)]


def test_having_met_is_done_before_the_plan_it_opens(coder) -> None:
    text = "Having met the Ghanaian president in Accra, the envoy will fly to Lome on Friday."

    def met() -> list[str]:
        coded = coder.code_text(text, published="2024-01-10")["events"]
        return [e["factuality"] for e in coded if e["mentions"][0]["trigger"]["text"] == "met"]

    assert met() == ["asserted"]
    with switched_off({"factuality.perfect_participle"}):
        assert met() != ["asserted"]
