"""Issue 14 (date40a): a reaction to a happening the story dated, named again by a noun of another word family than
the word that first told it ("fired a missile" ... "the launch"), lies from that day up to the day of writing, not on
it (rule dating.same_happening_other_word, read by dating.reaction_after_its_stimulus)."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_dates_occasions24 import _dated

RULE = "dating.same_happening_other_word"
PUBLISHED = "2024-06-14"
MONDAY_ON = [("2024-06-10", "2024-06-14")]
ON_MONDAY = [("2024-06-10", None)]


def test_a_condemnation_of_a_launch_told_as_fired_lies_from_the_firing_on(coder) -> None:
    text = "The northern state fired two rockets toward the gulf on Monday. The regional bloc condemned the launch."
    assert _dated(coder, text, PUBLISHED, "condemned") == MONDAY_ON
    with switched_off({RULE}):
        assert _dated(coder, text, PUBLISHED, "condemned") == ON_MONDAY


def test_an_arrest_told_as_detained_is_answered_after_it(coder) -> None:
    text = "Officers detained a radio host at his home on Monday. The journalists' union denounced the arrest."
    assert _dated(coder, text, PUBLISHED, "denounced") == MONDAY_ON
    with switched_off({RULE}):
        assert _dated(coder, text, PUBLISHED, "denounced") == ON_MONDAY


def test_a_reaction_to_a_detention_told_as_arrested_lies_after_it(coder) -> None:
    text = "Officers arrested a radio host at his home on Monday. The journalists' union condemned his detention."
    assert _dated(coder, text, PUBLISHED, "condemned") == MONDAY_ON
    with switched_off({RULE}):
        assert _dated(coder, text, PUBLISHED, "condemned") == ON_MONDAY


def test_a_verb_of_two_senses_needs_the_object_of_its_happening(coder) -> None:
    # "fired its coach" tells no launch: the condemnation keeps the story's day, as with the rule off
    text = "The club fired its coach on Monday. The fans' league condemned the launch."
    with switched_off({RULE}):
        before = _dated(coder, text, PUBLISHED, "condemned")
    assert _dated(coder, text, PUBLISHED, "condemned") == before


def test_an_act_after_a_launch_told_as_fired_lies_from_the_firing_on(coder) -> None:
    # the same table serves any back reference to the happening ("after the launch"), not only a reaction's object
    text = "The northern state fired a rocket across the strait on Monday. After the launch, the navy raised its alert."
    assert _dated(coder, text, PUBLISHED, "raised") == MONDAY_ON
    with switched_off({RULE}):
        assert _dated(coder, text, PUBLISHED, "raised") == ON_MONDAY


TELLING_RULE = "dating.words_of_a_telling_noun"


def test_a_statement_that_condemned_a_dated_raid_lies_from_the_raid_on(coder) -> None:
    # the relative clause tells the statement's own words, not an earlier act that the statement answers
    text = "Militiamen attacked a polling station in the valley on Monday. The observers issued a statement that condemned the assault."
    assert _dated(coder, text, PUBLISHED, "condemned") == MONDAY_ON
    with switched_off({TELLING_RULE}):
        assert _dated(coder, text, PUBLISHED, "condemned") == [(None, "2024-06-10")]


def test_a_letter_that_urged_keeps_the_day_it_was_sent(coder) -> None:
    text = "On Tuesday, the mayors sent a letter that urged the governor to reopen the bridge."
    assert _dated(coder, text, PUBLISHED, "urged") == [("2024-06-11", None)]
    with switched_off({TELLING_RULE}):
        assert _dated(coder, text, PUBLISHED, "urged") == [(None, "2024-06-11")]


def test_a_passive_condemnation_of_a_dated_shelling_lies_from_it_on(coder) -> None:
    text = "Artillery units shelled a ferry port on the river on Monday. The shelling was condemned by the mayor."
    assert _dated(coder, text, PUBLISHED, "condemned") == MONDAY_ON
    with switched_off({"dating.answered_passive_subject"}):
        assert _dated(coder, text, PUBLISHED, "condemned") == ON_MONDAY
