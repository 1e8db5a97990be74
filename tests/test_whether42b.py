"""An "-ing" small clause under a verb of perceiving takes that verb's whether (factuality.small_clause_gerund)."""

from __future__ import annotations

from detente.records import RawDocument
from detente.rules import switched_off


def _facts(coder, text: str) -> dict[str, str]:
    record = next(coder.code_raw([RawDocument(origin="<test>", text=text)], published="2024-01-08"))
    return {e["mentions"][0]["trigger"]["text"]: e["factuality"] for e in record["events"]}


def test_denied_picturing_denies_the_support(coder) -> None:
    text = "The Chilean senator said she could not see herself supporting the Peruvian candidate."
    assert _facts(coder, text)["supporting"] == "negated"
    with switched_off({"factuality.small_clause_gerund"}):
        assert _facts(coder, text)["supporting"] == "asserted"


def test_conditioned_picturing_is_only_possible(coder) -> None:
    text = "The mayor told reporters she could see herself backing the governor if he wins the vote."
    assert _facts(coder, text)["backing"] == "hypothetical"
    with switched_off({"factuality.small_clause_gerund"}):
        assert _facts(coder, text)["backing"] == "asserted"


def test_watched_shelling_stays_done(coder) -> None:
    text = "Reporters watched the Chilean troops shelling the Peruvian border post."
    assert _facts(coder, text)["shelling"] == "asserted"


def test_second_verb_shares_going_to(coder) -> None:
    text = '"I am going to back the governor, and back him with all my heart," the senator said.'

    def second() -> str:
        record = next(coder.code_raw([RawDocument(origin="<test>", text=text)], published="2024-01-08"))
        events = sorted(record["events"], key=lambda e: e["mentions"][0]["trigger"]["start"])
        return events[-1]["factuality"]

    assert second() == "future"
    with switched_off({"factuality.conj_of_infinitive"}):
        assert second() == "asserted"
