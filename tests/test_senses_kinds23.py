"""Issue 14, generic statements: a participle or a present relative clause that says which people are meant ("those
calling for ...", "anyone who seeks asylum", "union members backing the law are called traitors") describes a kind of
people by what they do, not an act on an occasion (events/data/senses.yaml kinds_described); the same words told of
people on an occasion stay events."""

from __future__ import annotations

PUBLISHED = "2016-10-10"
RULE = "events.senses.kinds_described"


def _found(coder, text: str, off: frozenset[str] = frozenset(), published: str = PUBLISHED) -> list[tuple[str, str]]:
    """(type, trigger) of every coded event, with the given rules switched off."""
    from detente.rules import switched_off

    with switched_off(set(off)):
        events = coder.code_text(text, published=published)["events"]
    return [(e["event_type"], e["mentions"][0]["trigger"]["text"]) for e in events]


def test_people_described_by_what_they_do_are_no_events(coder) -> None:
    text = ("Under the new Chilean law, anyone who seeks asylum from Peru gets a hearing within a month. In Santiago, "
            "union members backing the law are called traitors by the truckers. The Chilean senator has little "
            "patience for those calling for the resignation of the minister.")
    assert _found(coder, text) == []
    described = {t for t, _ in _found(coder, text, frozenset({RULE}))}
    assert described == {"REQUEST", "SUPPORT"}  # what the rule sets aside


def test_people_doing_it_on_an_occasion_stay(coder) -> None:
    text = ("On Friday, Peruvian fishermen demanding higher quotas blocked the port of Callao. The Chilean president "
            "vowed to punish those who attacked the embassy in Lima on Saturday.")
    found = _found(coder, text)
    assert ("REQUEST", "demanding") in found and ("ASSAULT", "attacked") in found


def test_what_befalls_a_kind_so_described_is_a_generic_statement(coder) -> None:
    text = "In Chile, workers seeking asylum from Peru are detained at the border."
    assert _found(coder, text) == []
    assert "COERCE" in {t for t, _ in _found(coder, text, frozenset({RULE}))}
    told = "On Friday, Chilean police detained workers seeking asylum from Peru at the border."
    assert ("COERCE", "detained") in _found(coder, told)
