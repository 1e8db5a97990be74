"""Visits: the visitor is the source and the host the target; going home is no visit."""

from __future__ import annotations


def test_travellers_arriving_in_their_own_capital_visit_no_host(analyse) -> None:
    home = analyse("Four Peruvian fishermen arrived at Lima's main airport on Monday after their release.",
                   "2023-05-02").events
    assert not [e for e in home if e.cameo == "042"]
    abroad = analyse("The Peruvian foreign minister arrived in Santiago on Monday.", "2023-05-02").events
    visit = [e for e in abroad if e.cameo == "042"]
    assert visit and [r.country for r in visit[0].target] == ["CHL"]
