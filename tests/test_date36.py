"""Issue 14 (date36): a happening named again by a definite noun, sentences after the story dated it.

A light verb tells the happening its object names ("launched a raid on Tuesday", "carried out an operation on
Tuesday"), so a later "during the raid" or "during the operation" refers back to it and takes its day (rule
dating.happening_told_by_a_light_verb); a harm its victims suffered "in" the happening ("were wounded in the
attack") is part of it and shares its day, as an act of its own family does (rule
dating.harm_suffered_in_a_happening); a definite general noun of happening that no dated word of its family names
("during the operation", "in the incident") sums up the episode the story told, and takes its time where every act
the story dated before it lies on one day (rule dating.general_happening_the_one_dated_episode)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

LIGHT = {"dating.happening_told_by_a_light_verb"}
HARM = {"dating.harm_suffered_in_a_happening"}
EPISODE = {"dating.general_happening_the_one_dated_episode"}


def test_during_the_raid_a_light_verb_launched(coder) -> None:
    text = ("Commandos launched a raid on a militia depot near the dam on Tuesday. The ministry briefed "
            "journalists on Thursday. During the raid, the commandos detained four guards.")
    assert coded(coder, text, "detained")[2:] == ("2024-03-12", None)
    with switched_off(LIGHT):
        assert coded(coder, text, "detained")[2] != "2024-03-12"


def test_during_the_operation_carried_out_on_a_day(coder) -> None:
    text = ("Border police carried out an operation against smugglers in the valley on Monday. A spokesman "
            "gave figures on Thursday. During the operation, officers arrested nine men.")
    assert coded(coder, text, "arrested")[2:] == ("2024-03-11", None)
    with switched_off(LIGHT):
        assert coded(coder, text, "arrested")[2] != "2024-03-11"


def test_during_the_operation_the_one_episode_the_story_dated(coder) -> None:
    text = ("Coast guards stopped a fishing boat near the reef on Monday and searched its hold. A spokesman said "
            "on Wednesday that two crewmen had fled. Officers detained the captain during the operation.")
    assert coded(coder, text, "detained")[2:] == ("2024-03-11", None)
    with switched_off(EPISODE):
        assert coded(coder, text, "detained")[2] != "2024-03-11"


def test_wounded_in_the_incident_the_one_episode_the_story_dated(coder) -> None:
    text = ("Gunmen stopped a minibus on the coast road on Monday. The governor said on Wednesday that the army "
            "would respond. Two passengers were wounded in the incident.")
    assert coded(coder, text, "wounded")[2:] == ("2024-03-11", None)
    with switched_off(EPISODE):
        assert coded(coder, text, "wounded")[2] != "2024-03-11"


def test_two_dated_episodes_leave_the_operation_to_other_rules(coder) -> None:
    text = ("Police stopped a bus near the bridge on Monday. Rebels attacked a post in the hills on Tuesday. "
            "A spokesman spoke on Wednesday. Officers arrested three students during the operation.")
    with switched_off(EPISODE):
        alone = coded(coder, text, "arrested")
    assert coded(coder, text, "arrested") == alone


def test_wounded_in_the_attack_takes_the_attacks_day(coder) -> None:
    text = ("Gunmen attacked a police post on the highway on Tuesday. The governor visited the capital on "
            "Friday. Three officers were wounded in the attack.")
    assert coded(coder, text, "wounded")[2:] == ("2024-03-12", None)
    with switched_off(HARM):
        assert coded(coder, text, "wounded")[2] != "2024-03-12"


def test_arrested_in_the_attack_is_not_a_harm_suffered_in_it(coder) -> None:
    text = ("Gunmen attacked a police post on the highway on Tuesday. The governor visited the capital on "
            "Friday. Police have arrested two men in the attack.")
    with switched_off(HARM):
        alone = coded(coder, text, "arrested")
    assert coded(coder, text, "arrested") == alone
    assert alone[2] != "2024-03-12"
