"""The 'whom' suite's measure on a written article: asserted events, a second party named, an empty target."""

from __future__ import annotations

from detente.eval.whom import EmptyTargets, names_second_party


def test_second_party_and_empty_target_are_counted(analyse):
    analysis = analyse("Sweden summoned the Iranian ambassador on Monday. "
                       "Norway praised the decision, Danish officials said.")
    tally = EmptyTargets()
    tally.add(analysis)
    asserted = [e for e in analysis.events if e.factuality == "asserted"]
    assert tally.documents == 1 and tally.asserted == len(asserted) >= 1
    summon = next(e for e in asserted if "summoned" in e.mentions[0].trigger.text)
    assert summon.target and names_second_party(analysis, summon)  # Iran is named and is the target
    assert tally.second_party_empty == sum(1 for e in asserted if not e.target and names_second_party(analysis, e))
    assert 0 <= tally.second_party_empty <= tally.second_party <= tally.asserted


def test_the_source_alone_is_no_second_party(analyse):
    analysis = analyse("Sweden summoned its ambassador home on Monday.")
    for event in analysis.events:
        assert not names_second_party(analysis, event)
