"""Issue 12 (speed41b): the occasion rungs of choose() (of_the_setting_clause, during_a_happening,
done_by_a_happening) read one record of the trigger's first facts (dating.verb_facts: its clause head, parts of
speech, tense, sentence, whether anything was dated before) made once where the dating reaches them, instead of each
reading them again; ordered_by_a_happening_told_before is kept per verb on the time index, as ordered_by and
told_before_order both ask it. Speed only: the dates are those the rules gave before, and a rule switched off is
never answered from what was kept."""

from __future__ import annotations

from detente.rules import switched_off
from detente.time import occasions
from detente.time.dating import (
    _ordered_by_a_happening_told_before,
    ordered_by_a_happening_told_before,
    time_index,
    verb_facts,
)
from tests.test_dates_told_before29 import coded  # published on Saturday 2024-03-16

DURING = {"dating.during_a_happening_told_before"}
DOER = {"dating.done_by_a_happening_told_before"}
ORDERED = {"dating.ordered_by_a_happening_told_before"}

# our own stories: a dated happening, then acts told during it, done by it and after it
STORIES = (
    "Militiamen raided a customs post on the border on Monday.\n\n"
    "A spokesman gave details on Thursday. During the raid, the militiamen burned two lorries.",
    "Separatists shelled a rail depot outside the city on Wednesday.\n\n"
    "On Friday, engineers began repairs. The shelling wounded five workers.",
    "Troopers shot a farmer near the dam on Tuesday. He survived, his cousin says. "
    "Villagers have blockaded the road since the shooting.",
    "The senator held a rally in the harbour town on Tuesday, where she accused the governor of lying.",
)


def test_an_act_during_a_dated_assault_takes_its_day(coder) -> None:
    assert coded(coder, STORIES[0], "burned")[2:] == ("2024-03-11", None)
    with switched_off(DURING):
        assert coded(coder, STORIES[0], "burned")[2] != "2024-03-11"


def test_what_the_shelling_did_takes_the_day_of_the_shelling(coder) -> None:
    assert coded(coder, STORIES[1], "wounded")[2:] == ("2024-03-13", None)
    with switched_off(DOER):
        assert coded(coder, STORIES[1], "wounded")[2] != "2024-03-13"


def test_an_accusation_at_the_rally_takes_its_day(coder) -> None:
    assert coded(coder, STORIES[3], "accused")[2:] == ("2024-03-12", None)
    with switched_off({"dating.occasion_relative_clause"}):
        assert coded(coder, STORIES[3], "accused")[2:] != ("2024-03-12", None)


def test_a_blockade_since_the_shooting_runs_from_its_day(coder) -> None:
    assert coded(coder, STORIES[2], "blockaded")[2:] == ("2024-03-12", "2024-03-16")
    with switched_off(ORDERED):
        assert coded(coder, STORIES[2], "blockaded")[2] is None


def test_the_record_gives_every_word_the_answers_of_its_own_reads(analyse) -> None:
    """Every word of the stories: the three rungs read with the record choose() hands them answer as they do when
    they read the parse themselves (no record), with each rule on and switched off."""
    answered = {"during_a_happening": 0, "done_by_a_happening": 0, "of_the_setting_clause": 0}
    for text in STORIES:
        analysis = analyse(text, published="2024-03-16")
        index = time_index(analysis)
        for switched in (set(), DURING | DOER, {"dating.occasion_relative_clause"}):
            with switched_off(switched):
                for token in analysis.doc:
                    facts = verb_facts(analysis, index, token)
                    for rung in (occasions.during_a_happening, occasions.done_by_a_happening):
                        alone = rung(analysis, index, token)
                        assert rung(analysis, index, token, facts) == alone, (token.text, rung.__name__)
                        answered[rung.__name__] += alone is not None
                    alone = occasions.of_the_setting_clause(analysis, token)
                    assert occasions.of_the_setting_clause(analysis, token, facts) == alone, token.text
                    answered["of_the_setting_clause"] += alone is not None
    assert all(answered.values()), answered  # each rung dates some word of the stories


def test_the_kept_order_is_the_fresh_one_and_not_read_back_with_the_rule_off(analyse) -> None:
    analysis = analyse(STORIES[2], published="2024-03-16")
    index = time_index(analysis)
    riot = next(t for t in analysis.doc if t.text == "blockaded")
    sentence = analysis.sentence_index(riot.idx)
    for _ in range(2):  # the first call keeps the answer, the second reads it
        found = ordered_by_a_happening_told_before(analysis, index, sentence, riot)
        assert found == _ordered_by_a_happening_told_before(analysis, index, sentence, riot)
        assert found is not None and analysis.times[found[0]].text == "Tuesday"
    with switched_off(ORDERED):
        assert ordered_by_a_happening_told_before(analysis, index, sentence, riot) is None
