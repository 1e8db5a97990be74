"""Issue 14, senses (session 41b): an arrest (CAMEO 173) takes persons into custody, so a capture of a mood, an idea or
a clause, and voters, justices or states won in a contest code no COERCE (senses.yaml
captured_not_held). "Barring" set off before or after a forecast is the preposition "unless", no exclusion
(barring_unless). A contender or a campaign's means "to challenge" a party runs against it, no accusation
(contender_to_challenge). Each test shows the rule, switched off, brings the old reading back, and that real captures of
persons stay. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

GRASPED = {"events.senses.captured_not_held"}

DILEMMA = "No Uruguayan columnist has captured the real dilemma of the Paraguayan runoff."
CLAUSE = "The Uruguayan senator's speech in Salto captured what would carry her to the nomination."
JUSTICES = "The Uruguayan senator hopes her brief will capture five justices on the divided court."
STATES = "The Uruguayan senator won in states that her party has not captured since 1990."

SMUGGLERS = "Uruguayan police captured three Paraguayan smugglers near the border on Friday."
SOLDIERS = "Uruguay freed the soldiers that Paraguayan rebels had captured in May."
BY_TROOPS = "The Paraguayan gunmen were captured by Uruguayan troops on Friday."


def test_a_thing_grasped_or_a_vote_won_is_no_arrest(coder) -> None:
    for text in (DILEMMA, CLAUSE, JUSTICES, STATES):
        assert "COERCE" not in _types(coder, text), text


def test_switched_off_the_captures_code_arrests_again(coder) -> None:
    with switched_off(GRASPED):
        for text in (DILEMMA, CLAUSE, JUSTICES, STATES):
            assert "COERCE" in _types(coder, text), text


def test_persons_captured_stay_arrests(coder) -> None:
    for text in (SMUGGLERS, SOLDIERS, BY_TROOPS):
        assert "COERCE" in _types(coder, text), text


UNLESS = {"events.senses.barring_unless"}
DONORS = "Uruguayan donors will likely return to the ruling party, barring a Paraguayan-born nominee they cannot back."
COUP = "If Uruguay's party nominates the senator, and barring a coup, it will, the Paraguayan press will cheer."
DECREE = "Uruguay passed a law on Friday, barring Paraguayan trawlers from its waters."


def test_barring_in_a_forecast_means_unless(coder) -> None:
    for text in (DONORS, COUP):
        assert "SANCTION" not in _types(coder, text), text
    with switched_off(UNLESS):
        for text in (DONORS, COUP):
            assert "SANCTION" in _types(coder, text), text


def test_a_party_barred_from_something_stays_a_sanction(coder) -> None:
    assert "SANCTION" in _types(coder, DECREE)


CONTENDER = {"events.senses.contender_to_challenge"}
MEANS = "The Uruguayan mayor is the only candidate with the wherewithal to challenge Senator Rojas."
FAVORITE = "The Uruguayan party has no clear favorite to challenge the Paraguayan-born senator."
RECORD = "Senator Rojas had a chance to challenge the Uruguayan president on his record."


def test_a_contender_to_challenge_a_party_runs_against_it(coder) -> None:
    for text in (MEANS, FAVORITE):
        assert "ACCUSE" not in _types(coder, text), text
    with switched_off(CONTENDER):
        for text in (MEANS, FAVORITE):
            assert "ACCUSE" in _types(coder, text), text


def test_a_challenge_on_a_matter_stays_an_accusation(coder) -> None:
    assert "ACCUSE" in _types(coder, RECORD)
