"""Issue 14, statements that are not events (events/not_events.py, events/data/not_events.yaml): a power or a right to
act, a stance held for years, campaign money, a bare "Asked whether ..." question, a moderator's questions, the writer
addressing the reader, support counted over a class of voters and an act noun said of something else report no act a
party did on an occasion; the same acts told as done on an occasion stay events."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

RULES = frozenset({
    "events.not_events.capacity_complements", "events.not_events.campaign_money", "events.not_events.committee_backing",
    "events.not_events.asked_participle", "events.not_events.question_trades", "events.not_events.reader_address",
    "events.not_events.population_support", "events.not_events.held_for_years", "events.not_events.stated_duties",
    "events.not_events.characterisations",
})


def _types(coder, text: str, off: frozenset[str] = frozenset()) -> set[str]:
    return {t for t, _ in _found(coder, text, off)}


def test_a_power_or_a_right_to_act_is_no_act(coder) -> None:
    text = ("Under the new law, the Chilean senate has the right to question the ministers of Peru, and Chilean workers "
            "would gain the ability to sue Peruvian firms.")
    assert _types(coder, text) == set()
    assert "ACCUSE" in _types(coder, text, RULES)  # what the rules set aside
    used = "The Chilean senate used its power to ban the Peruvian party on Monday."
    assert "COERCE" in _types(coder, used)


def test_a_stance_held_for_years_is_no_act_but_one_taken_on_a_day_is(coder) -> None:
    assert _types(coder, "The Chilean senator has long opposed the Peruvian dam.") == set()
    assert _types(coder, "The Chilean senator opposed the Peruvian dam for years.") == set()
    assert "ACCUSE" in _types(coder, "The Chilean senator opposed the Peruvian dam on Monday.")


def test_campaign_money_is_fundraising_not_aid(coder) -> None:
    text = ("A Chilean donor gave $50,000 to the senator's reelection campaign in March. The senator's reelection "
            "committee took in $4.8 million last month.")
    assert "AID" not in _types(coder, text)
    assert "AID" in _types(coder, text, RULES)
    assert "AID" in _types(coder, "The Chilean government gave $50 million to Peru after the floods.")


def test_a_committee_named_by_whom_it_backs_is_no_act(coder) -> None:
    assert _types(coder, "A Chilean banker gave money to a super PAC backing the senator.") == set()
    assert "SUPPORT" in _types(coder, "Chilean miners backing the senator marched in Santiago on Monday.")


def test_questions_put_by_a_bare_asked_or_a_moderator_are_no_requests(coder) -> None:
    text = ("Asked whether the Chilean president would resign, the minister said no. The moderator may demand details "
            "from the Chilean senator about her tax plan.")
    found = _types(coder, text)
    assert "RETREAT" not in found and "REQUEST" not in found
    assert {"RETREAT", "REQUEST"} <= _types(coder, text, RULES)
    asked = "Asked to resign by the Chilean president, the minister refused on Monday."
    assert "REQUEST" in _types(coder, asked)  # an act asked of someone


def test_the_writer_talking_to_the_reader_reports_nothing(coder) -> None:
    text = "Don't blame the Chilean senator for the delays. Imagine that the Chilean president attacked Peru."
    assert _types(coder, text) == set()
    assert {"ACCUSE", "ASSAULT"} <= _types(coder, text, RULES)


def test_support_counted_over_voters_is_a_measurement(coder) -> None:
    text = "The Chilean senator has the support of women and older voters."
    assert _types(coder, text) == set()
    assert "SUPPORT" in _types(coder, text, RULES)
    assert "SUPPORT" in _types(coder, "The Chilean senator has the support of the miners' union.")


def test_duties_and_characterisations_are_no_acts(coder) -> None:
    text = ("Chilean officials are required to disclose their gifts from Peru. The Chilean vote was widely seen as a "
            "rebuke of the Peruvian president.")
    assert _types(coder, text) == set()
    assert {"REQUEST", "ACCUSE"} <= _types(coder, text, RULES)
    assert "REQUEST" in _types(coder, "Chilean officials were required by the Peruvian court to disclose their gifts.")
    assert "CONSULT" in _types(coder, "It was the first visit by a Chilean president to Peru.")
