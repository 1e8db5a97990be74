"""Issue 14 (date42a): a past act that belongs to an episode the story dated elsewhere takes that episode's day, not
an open range up to the day of writing nor the time of a step back told in between: the clauses after a colon spell
out the dated clause before it (rule discourse.colon_elaborates); an act seen in a video of a dated happening took
place in it (rule dating.record_of_a_happening); a step back to something of another kind does not make "the
shooting" name another happening (rule dating.flashback_of_another_kind); "the encounter" sums up the one episode
the story dated (rule dating.general_happening_the_one_dated_episode, its words)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

COLON = {"discourse.colon_elaborates"}
RECORD = {"dating.record_of_a_happening"}
OTHER_KIND = {"dating.flashback_of_another_kind"}
EPISODE = {"dating.general_happening_the_one_dated_episode"}

# a step back between the happening and the act: the county's settlement last year is no shooting
SHOOTING = ("Deputies shot a farmhand near a grain silo on Tuesday night. He died two hours later.\n\n"
            "Last year, the county paid a large sum to settle a lawsuit over its jail. ")


def test_the_clauses_after_a_colon_take_the_day_of_the_quarrel_they_spell_out(coder) -> None:
    text = ("The budget vote set off a quarrel on Thursday: the treasurer said the count was wrong, "
            "and the mayor accused the treasurer of sabotage.")
    assert coded(coder, text, "accused") == ("ACCUSE", "asserted", "2024-03-14", None)
    with switched_off(COLON):
        assert coded(coder, text, "accused")[2] != "2024-03-14"


def test_the_clauses_after_a_colon_of_a_statement_keep_their_own_time(coder) -> None:
    text = "The mayor said on Thursday: the treasurer cheated the town and the police arrested him."
    assert coded(coder, text, "arrested")[2] != "2024-03-14"  # what was said happened before the saying


def test_an_act_seen_in_a_video_of_the_shooting_took_place_in_it(coder) -> None:
    text = SHOOTING + "In a video of the shooting, his mother pleaded with the deputies."
    assert coded(coder, text, "pleaded")[2:] == ("2024-03-12", None)
    with switched_off(RECORD):
        assert coded(coder, text, "pleaded")[2] != "2024-03-12"


def test_a_step_back_to_a_lawsuit_leaves_during_the_shooting_on_its_day(coder) -> None:
    text = SHOOTING + "During the shooting, the deputies arrested his cousin."
    assert coded(coder, text, "arrested")[2:] == ("2024-03-12", None)
    with switched_off(OTHER_KIND):
        assert coded(coder, text, "arrested")[2] != "2024-03-12"


def test_a_step_back_to_another_attack_still_takes_the_noun_away(coder) -> None:
    text = ("Deputies shot a farmhand near a grain silo on Tuesday night.\n\n"
            "Last year, deputies killed a trucker at the same silo. During the shooting, the deputies arrested his cousin.")
    assert coded(coder, text, "arrested")[2] != "2024-03-12"  # the killing could be the shooting meant


def test_during_the_encounter_takes_the_day_of_the_one_dated_episode(coder) -> None:
    text = ("Deputies shot a farmhand near a grain silo on Tuesday night. The sheriff said on Thursday that the farmhand was armed.\n\n"
            "During the encounter, the deputies arrested his cousin.")
    assert coded(coder, text, "arrested")[2:] == ("2024-03-12", None)
    with switched_off(EPISODE):
        assert coded(coder, text, "arrested")[2] != "2024-03-12"


SAME_NOUN = {"dating.during_the_noun_dated_before"}


def test_detained_during_the_shutdown_takes_the_day_the_story_gave_the_shutdown(coder) -> None:
    text = ("The general shutdown on Friday went off calmly in the hill districts.\n\n"
            "On Saturday, shopkeepers opened again. Police detained thirty activists during the shutdown.")
    assert coded(coder, text, "detained")[2:] == ("2024-03-15", None)
    with switched_off(SAME_NOUN):
        assert coded(coder, text, "detained")[2] != "2024-03-15"


def test_a_noun_dated_on_two_days_leaves_during_it_undated(coder) -> None:
    text = ("The shutdown on Monday went off calmly in the hill districts. The shutdown on Friday turned violent.\n\n"
            "On Saturday, shopkeepers opened again. Police detained thirty activists during the shutdown.")
    assert coded(coder, text, "detained")[2] not in ("2024-03-11", "2024-03-15")
