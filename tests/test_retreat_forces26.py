"""Issue 14, wrong type: forces or soldiers pulled out of a country are a military withdrawal (RETREAT, CAMEO 0874),
as "pulled troops out" already was, not a state pulling out of a treaty or an organisation (SANCTION 166), which
stays for a body left. The sentences are invented for these tests."""

from __future__ import annotations

from tests.test_senses_false_events import _types


def test_forces_or_soldiers_pulled_out_are_a_military_withdrawal(coder) -> None:
    assert _types(coder, "Chile pulled its forces out of Peru in 2011.") == ["RETREAT"]
    assert _types(coder, "Peru pulled its soldiers out of the border zone on Monday.") == ["RETREAT"]


def test_a_treaty_left_is_still_a_cut_in_relations(coder) -> None:
    found = _types(coder, "Peru pulled out of the fisheries treaty with Chile on Monday.")
    assert "SANCTION" in found and "RETREAT" not in found
