"""Actor resolution rules of the second pass, each on sentences written for these tests: communities,
titles before possessors, surnames shared by several office holders, collective names, "the regime",
pronoun gender, lone surnames and readable group names."""

from __future__ import annotations

import pytest

from detente.actors import resolve_phrase


def _resolve(phrase: str, sentence: str, date: str = "2015-06-01") -> tuple[str | None, str | None, str | None]:
    result = resolve_phrase(phrase, date=date, context=sentence)
    return result["actor_id"], result["country"], result["sector"]


@pytest.mark.parametrize(("phrase", "sentence", "country", "sector"), [
    ("Kurds", "Thousands of Kurds marched through the city centre on Sunday.", "TUR", "CVL"),
    ("Kurdish leaders", "Kurdish leaders in northern Iraq rejected the offer from Baghdad.", "IRQ", "ELI"),
    ("Tamil rebels", "Tamil rebels ambushed an army convoy near the coast.", "LKA", "REB"),
    ("Rohingya refugees", "Rohingya refugees crossed the river into Bangladesh overnight.", "BGD", "REF"),
    ("Hausa politicians", "Hausa politicians walked out of the assembly in Abuja.", "NGA", "ELI"),
])
def test_communities_take_the_country_they_live_in(phrase: str, sentence: str, country: str, sector: str) -> None:
    _, got_country, got_sector = _resolve(phrase, sentence)
    assert (got_country, got_sector) == (country, sector)


def test_ethnic_nationality_is_coded_with_the_state_it_lives_in() -> None:
    sentence = "Police in Latvia detained two ethnic Russians after the rally, the interior ministry said."
    _, country, sector = _resolve("ethnic Russians", sentence)
    assert (country, sector) == ("LVA", "CVL")
    # without the word "ethnic" the nationality is its own state's people
    _, country, _ = _resolve("Russians", "Police in Latvia detained two Russians after the rally.")
    assert country == "RUS"


def test_a_community_leader_is_not_the_head_of_a_state() -> None:
    actor_id, country, sector = _resolve("Kurdish leader", "The Kurdish leader spoke to reporters in Ankara.")
    assert (country, sector) == ("TUR", "ELI")
    assert actor_id == "TUR-ELI"


def test_title_before_a_possessive_name_sets_the_office() -> None:
    sentence = "Bonn welcomed President Reagan's offer of new arms talks."
    actor_id, country, sector = _resolve("President Reagan's", sentence, date="1987-03-02")
    assert (actor_id, country, sector) == ("ronald-reagan", "USA", "GOV")


def test_surname_shared_by_two_holders_of_one_office_still_gives_their_country() -> None:
    # between the two Presidents Bush: the person is unclear, their country and sector are not
    actor_id, country, sector = _resolve("President Bush", "President Bush warned Moscow on Tuesday.",
                                         date="1999-05-01")
    assert (country, sector) == ("USA", "GOV")
    assert actor_id not in ("george-w-bush", "george-h-w-bush")
