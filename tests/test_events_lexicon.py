"""The event lexicon's data files: every frame codes to a real CAMEO code and every PLOVER type is covered."""

from __future__ import annotations

from detente.events.lexicon import (
    PLOVER_TYPES,
    cameo_code,
    cameo_table,
    factuality_words,
    light_verbs,
    noun_frames,
    verb_frames,
    wrapper_codes,
)


def _all(index):
    return [f for frames in index.values() for f in frames]


def test_every_frame_points_at_a_listed_cameo_code_and_a_plover_type():
    for frame in _all(verb_frames()) + _all(noun_frames()):
        assert frame.event_type in PLOVER_TYPES, frame
        assert cameo_code(frame.cameo) is not None, frame
        assert all(isinstance(p, str) for p in frame.target_preps), frame  # YAML would read a bare `on` as true


def test_every_plover_type_has_many_verbs_and_some_nouns():
    verbs = _all(verb_frames())
    nouns = _all(noun_frames())
    for event_type in PLOVER_TYPES:
        assert sum(f.event_type == event_type for f in verbs) >= 5, event_type
        assert sum(f.event_type == event_type for f in nouns) >= 1, event_type
    assert len(verbs) >= 600


def test_cameo_table_goldstein_and_quad_class_follow_the_roots():
    table = cameo_table()
    assert cameo_code("0841").quad_class == 2
    assert table["018"].goldstein == 3.4
    for code in table.values():
        assert -10.0 <= code.goldstein <= 10.0
        assert code.quad_class == (1 if int(code.code[:2]) <= 5 else 2 if int(code.code[:2]) <= 8
                                   else 3 if int(code.code[:2]) <= 13 else 4)
    # a 4-digit code not in the table falls back to its 3-digit parent
    assert cameo_code("1739").code == "173"


def test_wrapper_codes_and_word_lists_are_well_formed():
    for outer, inner in wrapper_codes().items():
        assert outer in PLOVER_TYPES
        for inner_type, code in inner.items():
            assert inner_type in PLOVER_TYPES and cameo_code(code) is not None
    words = factuality_words()
    assert "no" in words["negating_determiners"] and "without" in words["negating_prepositions"]  # YAML "no" is a word
    assert "will" in words["future_modals"] and "might" in words["hypothetical_modals"]
    assert {"hold", "impose", "launch"} <= light_verbs()
