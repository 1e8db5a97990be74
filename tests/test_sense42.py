"""Issue 14, senses (session 42): a trigger codes its frame only when its arguments fit it (senses.yaml frame_fit42).
A threat weighed or regarded is a danger judged (threat_regarded); a basis, a chance or a reputation destroyed is
harmed in a figure (abstract_destroyed); withdrawing from doing something gives up an activity (activity_left);
"strike back" is no labour strike (struck_back); an act "held up" is delayed or shown, not done (held_up); a remark
pulled back is retracted (thing_pulled_back); a sampling rounded up is compiled (collection_gathered); political
capital invested is effort spent (effort_invested); a state contested is run for (race_contested). Each test
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
PULLED = {"events.senses.thing_pulled_back"}
COLLECTION = {"events.senses.collection_gathered"}
EFFORT = {"events.senses.effort_invested"}
RACE = {"events.senses.race_contested"}

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


RETRACTED = "The Ecuadorian senator pulled that back two days later, once the Colombian embassy had complained."
TROOPS = "Ecuador pulled back its soldiers from the Colombian border on Tuesday."


def test_a_remark_pulled_back_is_retracted_not_withdrawn(coder) -> None:
    assert "RETREAT" not in _types(coder, RETRACTED)
    with switched_off(PULLED):
        assert "RETREAT" in _types(coder, RETRACTED)
    assert "RETREAT" in _types(coder, TROOPS)


SAMPLING = "An Ecuadorian website rounded up a sampling of the many ways the mayor has been teased."
DETAINED = "Ecuadorian police rounded up dozens of striking teachers in Quito on Friday."


def test_a_sampling_rounded_up_is_no_arrest(coder) -> None:
    assert "COERCE" not in _types(coder, SAMPLING)
    with switched_off(COLLECTION):
        assert "COERCE" in _types(coder, SAMPLING)
    assert "COERCE" in _types(coder, DETAINED)


CAPITAL = "The Ecuadorian president invested a lot of political capital in the Colombian peace process."
PORTS = "Ecuador invested heavily in Colombian ports last year."


def test_political_capital_invested_is_no_investment(coder) -> None:
    assert "COOPERATE" not in _types(coder, CAPITAL)
    with switched_off(EFFORT):
        assert "COOPERATE" in _types(coder, CAPITAL)
    assert "COOPERATE" in _types(coder, PORTS)


STATE = "The Ecuadorian senator is contesting the province of Manabi hard this autumn."
CLAIM = "Ecuador contested the Colombian claim to the river islands on Monday."


def test_a_state_contested_is_run_for_not_disputed(coder) -> None:
    assert "ACCUSE" not in _types(coder, STATE)
    with switched_off(RACE):
        assert "ACCUSE" in _types(coder, STATE)
    assert "ACCUSE" in _types(coder, CLAIM)
