"""Issue 14 (date30a): an act told as done during a happening the story dated before ("During the attack, the
rebels seized two trucks") takes that happening's day, not an open range up to the day of writing nor the time a
neighbouring sentence gives another act (rule dating.during_a_happening_told_before); an act the happening itself is
told as doing ("The bombing killed twelve people") is that happening told again, on its day (rule
dating.done_by_a_happening_told_before)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

RULE = {"dating.during_a_happening_told_before"}
DOER = {"dating.done_by_a_happening_told_before"}


def test_fired_during_the_shooting_takes_the_day_of_the_killing(coder) -> None:
    text = ("A gunman killed four shoppers at a market in the old town on Sunday.\n\n"
            "The mayor will visit the families on Thursday, her office said on Tuesday.\n\n"
            "Witnesses said the gunman fired at a guard during the shooting.")
    assert coded(coder, text, "fired at") == ("ASSAULT", "asserted", "2024-03-10", None)
    with switched_off(RULE):
        assert coded(coder, text, "fired at")[2] != "2024-03-10"


def test_throughout_the_raid_takes_the_day_of_the_raid(coder) -> None:
    text = ("Soldiers raided a village near the river on Monday. A spokesman gave details on Wednesday. "
            "Throughout the raid, the soldiers beat the villagers.")
    assert coded(coder, text, "beat")[2:] == ("2024-03-11", None)
    with switched_off(RULE):
        assert coded(coder, text, "beat")[2] != "2024-03-11"


def test_in_the_shooting_tells_what_an_arrest_concerns_not_when(coder) -> None:
    text = ("A gunman killed four shoppers at a market in the old town on Sunday.\n\n"
            "The mayor spoke on Tuesday.\n\nPolice arrested his brother in the shooting.")
    assert coded(coder, text, "arrested")[2] != "2024-03-10"


def test_the_bombing_killed_takes_the_day_of_the_bombing(coder) -> None:
    text = ("Insurgents bombed a ferry terminal on the coast on Thursday.\n\n"
            "On Saturday, the navy began patrols along the shore. The bombing killed nine passengers.")
    assert coded(coder, text, "killed") == ("ASSAULT", "asserted", "2024-03-14", None)
    with switched_off(DOER):
        assert coded(coder, text, "killed")[2] != "2024-03-14"


def test_a_happening_condemned_is_not_dated_by_it(coder) -> None:
    text = ("Insurgents bombed a ferry terminal on the coast on Thursday.\n\n"
            "On Saturday, the navy began patrols along the shore. The bombing was condemned by the premier.")
    assert coded(coder, text, "condemned")[2] != "2024-03-14"


def test_killed_in_the_attack_takes_the_day_of_the_attack_but_not_an_arrest_in_it(coder) -> None:
    text = ("Gunmen attacked a police post in the hills on Tuesday.\n\n"
            "On Friday, troops entered the valley. Six officers were killed in the attack.")
    assert coded(coder, text, "killed")[2:] == ("2024-03-12", None)
    with switched_off(RULE):
        assert coded(coder, text, "killed")[2] != "2024-03-12"
    arrest = text.replace("Six officers were killed in the attack.", "Troops detained two herders in the attack.")
    assert coded(coder, arrest, "detained")[2] != "2024-03-12"


def test_the_attack_which_killed_takes_the_day_of_the_attack(coder) -> None:
    text = ("Gunmen attacked a police post in the hills on Tuesday.\n\n"
            "On Friday, troops entered the valley. The attack, which killed six officers, stunned the province.")
    assert coded(coder, text, "killed")[2:] == ("2024-03-12", None)
    with switched_off(DOER):
        assert coded(coder, text, "killed")[2] != "2024-03-12"


def test_those_killed_in_the_attack_take_the_day_of_the_attack(coder) -> None:
    text = ("Gunmen attacked a police post in the hills on Tuesday.\n\n"
            "On Friday, troops entered the valley. The province will pay the widows of the officers killed in the attack.")
    assert coded(coder, text, "killed")[2:] == ("2024-03-12", None)
    with switched_off(RULE):
        assert coded(coder, text, "killed")[2] != "2024-03-12"


def test_a_story_stepped_back_to_an_earlier_episode_keeps_the_noun_from_the_later_day(coder) -> None:
    later = ("Pirates raided a tanker near the port on Wednesday.\n\n"
             "On Friday, the navy sent two frigates. One sailor was killed in the raid.")
    assert coded(coder, later, "killed")[2] == "2024-03-13"
    earlier = ("Pirates raided a tanker near the port on Wednesday.\n\n"
               "Last month, the navy sank a fishing boat. One sailor was killed in the raid.")
    assert coded(coder, earlier, "killed")[2] != "2024-03-13"


NOUNS = {"dating.verb_event_nouns"}
INCIDENT = {"dating.follow_up_happening_noun"}


def test_killed_in_the_blast_takes_the_day_the_bomb_exploded(coder) -> None:
    text = ("A bomb exploded at a bus depot in the north on Tuesday.\n\n"
            "On Friday, soldiers sealed the mountain pass. Three drivers were killed in the blast.")
    assert coded(coder, text, "killed")[2:] == ("2024-03-12", None)
    with switched_off(NOUNS):
        assert coded(coder, text, "killed")[2] != "2024-03-12"


def test_fired_on_a_crowd_is_the_shooting_fired_a_coach_is_not(coder) -> None:
    shots = ("Guards fired on a crowd of students outside the depot on Tuesday.\n\n"
             "On Friday, soldiers sealed the mountain pass. Two students were killed in the shooting.")
    assert coded(coder, shots, "killed")[2:] == ("2024-03-12", None)
    with switched_off(NOUNS):
        assert coded(coder, shots, "killed")[2] != "2024-03-12"
    sacked = ("The league fired its chief referee on Tuesday.\n\n"
              "On Friday, soldiers sealed the mountain pass. Two students were killed in the shooting.")
    assert coded(coder, sacked, "killed")[2] != "2024-03-12"


def test_the_incident_happened_dates_the_act_told_just_before(coder) -> None:
    text = ("Border guards stopped a lorry near the river crossing and seized its cargo. "
            "The incident happened on Wednesday, officials said.")
    assert coded(coder, text, "seized")[2:] == ("2024-03-13", None)
    with switched_off(INCIDENT):
        assert coded(coder, text, "seized")[2] != "2024-03-13"


LATER = {"dating.happening_dated_after"}


def test_opened_fire_is_the_massacre_dated_in_the_next_line(coder) -> None:
    text = ("Gunmen opened fire on a night bus near the pass, killing seven riders. "
            "The massacre last Wednesday was the worst in the province in years.")
    assert coded(coder, text, "opened fire")[2:] == ("2024-03-13", None)
    with switched_off(NOUNS):
        assert coded(coder, text, "opened fire")[2] != "2024-03-13"


def test_the_attack_named_in_the_lead_takes_the_day_the_next_line_gives_it(coder) -> None:
    text = ("Detectives are still looking for the men behind the attack on the night bus. "
            "The ambush last Wednesday left seven riders dead.")
    assert coded(coder, text, "attack")[2:] == ("2024-03-13", None)
    with switched_off(LATER):
        assert coded(coder, text, "attack")[2] != "2024-03-13"
    parade = ("Detectives are still looking for the men behind the attack on the night bus. "
              "The parade last Wednesday drew thousands of people.")
    assert coded(coder, parade, "attack")[2] != "2024-03-13"


def test_violence_that_ignited_is_no_cause_bounding_a_shooting_told_before(coder) -> None:
    text = "Police shot a teenager in the suburb. The violence ignited on Friday."
    assert coded(coder, text, "shot")[2:] == (None, "2024-03-16")
    with switched_off({"dating.cause_names_its_effect"}):
        assert coded(coder, text, "shot")[3] == "2024-03-15"
    caused = "Police shot a teenager in the suburb. The shooting ignited riots on Friday."
    assert coded(coder, caused, "shot")[2:] == (None, "2024-03-15")
