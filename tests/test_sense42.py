"""Issue 14, senses (session 42): a trigger codes its frame only when its arguments fit it (senses.yaml frame_fit42).
A threat weighed or regarded is a danger judged (threat_regarded); a basis, a chance or a reputation destroyed is
harmed in a figure (abstract_destroyed); withdrawing from doing something gives up an activity (activity_left);
"strike back" is no labour strike (struck_back); an act "held up" is delayed or shown, not done (held_up). Each test
shows the rule, switched off, brings the old reading back, and that the real acts beside them stay. The sentences
are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off
from tests.test_senses_false_events import _types

REGARDED = {"events.senses.threat_regarded"}
ABSTRACT = {"events.senses.abstract_destroyed"}
ACTIVITY = {"events.senses.activity_left"}
BACK = {"events.senses.struck_back"}
HELD = {"events.senses.held_up"}

WEIGHED = "An Ecuadorian adviser said the senator takes the threat from the new movement very seriously."
UNDERRATED = "Ecuadorian generals underestimated the threat from the new militia, the report said."
MADE = "Ecuador threatened on Monday to close its border with Colombia."
OWNED = "Colombia took Ecuador's threat to close the border seriously."

BASIS = ("If the president ignores the courts, he destroys the whole foundation of our republic, the Ecuadorian "
         "senator said.")
POST = "Colombian soldiers destroyed an Ecuadorian border post on Friday."
SHELLED = "Colombian artillery destroyed the Ecuadorian bridge at Tulcan on Friday."

RUNNING = "The Ecuadorian mayor will withdraw from running for the senate, her aides said on Monday."
PACT = "Ecuador withdrew from the regional fishing pact on Monday."

BACK_HARD = "Ecuador vowed to strike back hard after the raids on its border villages."
MINERS = "Ecuadorian miners struck on Monday for higher wages."

DELAYED = "An Ecuadorian senator held up the fishing accord with Colombia for six weeks."
SIGNED = "Ecuador signed a fishing accord with Colombia on Monday."


def test_a_threat_weighed_or_regarded_is_no_threat_made(coder) -> None:
    for text in (WEIGHED, UNDERRATED):
        assert "THREATEN" not in _types(coder, text), text
    with switched_off(REGARDED):
        for text in (WEIGHED, UNDERRATED):
            assert "THREATEN" in _types(coder, text), text


def test_a_threat_made_or_owned_stays(coder) -> None:
    for text in (MADE, OWNED):
        assert "THREATEN" in _types(coder, text), text


def test_an_abstract_thing_destroyed_is_no_force(coder) -> None:
    assert "ASSAULT" not in _types(coder, BASIS)
    with switched_off(ABSTRACT):
        assert "ASSAULT" in _types(coder, BASIS)


def test_a_post_or_a_market_destroyed_stays_force(coder) -> None:
    for text in (POST, SHELLED):
        assert "ASSAULT" in _types(coder, text), text


def test_withdrawing_from_doing_something_leaves_no_body(coder) -> None:
    assert "SANCTION" not in _types(coder, RUNNING)
    with switched_off(ACTIVITY):
        assert "SANCTION" in _types(coder, RUNNING)
    assert "SANCTION" in _types(coder, PACT)


def test_striking_back_is_no_labour_strike(coder) -> None:
    assert "PROTEST" not in _types(coder, BACK_HARD)
    with switched_off(BACK):
        assert "PROTEST" in _types(coder, BACK_HARD)
    assert "PROTEST" in _types(coder, MINERS)


def test_an_accord_held_up_is_not_made(coder) -> None:
    assert _types(coder, DELAYED) == []
    with switched_off(HELD):
        assert _types(coder, DELAYED) != []
    assert "SUPPORT" in _types(coder, SIGNED)
