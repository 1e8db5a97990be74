"""Claims: amounts, what they count, how exact they are, and who claims them (sentences of our own)."""

from __future__ import annotations

import pytest

from detente.records import Claim


def claim_with(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize("phrase, qualifier", [
    ("at least 40 miners", "at least"),
    ("more than 600 families", "more than"),
    ("fewer than 25 trucks", "less than"),
    ("about 90 volunteers", "about"),
    ("around 70 boats", "about"),
    ("up to 300 tents", "up to"),
    ("nearly 800 refugees", "nearly"),
    ("some 150 observers", "about"),
])
def test_each_qualifier(analyse, phrase, qualifier):
    a = analyse(f"Officials in the province counted {phrase} after the flood.")
    c = claim_with(a.claims, phrase.split()[-1])
    assert c.qualifier == qualifier
    assert c.text == phrase
    assert c.unit == phrase.split()[-1]


def test_words_scales_and_money(analyse):
    text = ("The fund lost tens of millions of dollars, the treasury pledged $30 billion, "
            "the mills ground 200 million tons of wheat, and five hostages and a dozen sailors were freed.")
    claims = analyse(text).claims
    tens = claim_with(claims, "tens of millions")
    assert (tens.value, tens.value_max, tens.unit) == (10_000_000, 100_000_000, "dollars")
    money = claim_with(claims, "$30 billion")
    assert (money.value, money.unit) == (30_000_000_000, "dollars")
    tons = claim_with(claims, "200 million tons")
    assert (tons.value, tons.unit) == (200_000_000, "tons")
    assert (claim_with(claims, "five hostages").value, claim_with(claims, "five hostages").unit) == (5, "hostages")
    assert claim_with(claims, "dozen sailors").value == 12


def test_ranges_and_percent(analyse):
    claims = analyse("Between 10 and 20 soldiers were hurt, and prices rose 3.5 percent, or 10-15 million euros.").claims
    soldiers = claim_with(claims, "soldiers")
    assert (soldiers.value, soldiers.value_max) == (10, 20)
    assert claim_with(claims, "3.5 percent").unit == "percent"
    euros = claim_with(claims, "euros")
    assert (euros.value, euros.value_max, euros.unit) == (10_000_000, 15_000_000, "euros")


def test_years_ages_and_ordinals_are_not_claims(analyse):
    a = analyse("In 2019, the 52-year-old mayor won his second term with 61% of the vote.")
    texts = [c.text for c in a.claims]
    assert all("2019" not in t and "52" not in t and "second" not in t for t in texts), texts
    assert claim_with(a.claims, "61%").value == 61


def test_durations_are_kept(analyse):
    c = claim_with(analyse("The blockade lasted 45 days before the talks resumed.").claims, "45 days")
    assert (c.value, c.unit) == (45, "days")


def test_claimant_from_quote_and_from_cue_verb(analyse):
    text = ('"We lost at least 300 vehicles in the mud," said Colonel Adebayo.\n\n'
            "The health ministry estimated that 1,200 people needed treatment.")
    claims = analyse(text).claims
    vehicles = claim_with(claims, "300 vehicles")
    assert vehicles.claimant is not None and vehicles.claimant.text == "Adebayo"
    people = claim_with(claims, "1,200 people")
    assert people.value == 1200
    assert people.claimant is not None and "ministry" in people.claimant.text


def test_claim_offsets_point_into_the_text(analyse):
    a = analyse("Rescuers pulled 17 survivors from the rubble.")
    c = claim_with(a.claims, "survivors")
    assert a.document.text[c.start:c.end] == c.text == "17 survivors"
    assert c.sentence == 0


def test_one_in_a_set_phrase_counts_nothing(analyse) -> None:
    claims = analyse("For one thing, the North has one nuclear reactor. One day it may build more.").claims
    assert [(c.text, c.value) for c in claims] == [("one nuclear reactor", 1)]
