"""Issue 14, dates: a scene told on over several sentences. After a sentence that dates an occasion, the same speaker's
later statements, the quotes told there and the acts done in words at it go on at that occasion's time, until the
text moves (another time, another speaker's dated statement, a present commentary). Coded events from the real
pipeline (published 2024-03-16, a Saturday); each test also switches its rule off to show what the rule changes."""

from __future__ import annotations

from tests.test_time_when18 import dates

BACKGROUND = "The port has lost trade for years. Its council is split over the budget. Its old mayor quit in 2019.\n\n"


def test_a_speaker_goes_on_at_the_occasion_the_story_dated(coder) -> None:
    text = (BACKGROUND + "On Tuesday, the party chief blamed the council for the delay. \"We lost a year,\" she told "
            "reporters. She urged the governor to call a new vote by spring.")
    assert dates(coder, text, "urged") == ("2024-03-12", None)
    text = (BACKGROUND + "On Tuesday, the party chief said the council had waited too long. She said the governor "
            "should call a new vote by spring.")
    assert dates(coder, text, "said the governor")[0] == "2024-03-12"
    assert dates(coder, text, "said the governor", frozenset({"discourse.speaker_goes_on"}))[0] != "2024-03-12"


def test_another_speaker_or_a_present_commentary_ends_the_occasion(coder) -> None:
    text = (BACKGROUND + "On Tuesday, the party chief said the council had waited too long. The treasurer said the "
            "governor should call a new vote by spring.")
    assert dates(coder, text, "said the governor")[0] != "2024-03-12"  # nothing says when the treasurer spoke
    text = (BACKGROUND + "On Tuesday, the party chief said the council had waited too long. The council is weak. She "
            "said the governor should call a new vote by spring.")
    assert dates(coder, text, "said the governor")[0] != "2024-03-12"


def test_the_run_of_a_scene_goes_through_the_quotes_told_at_it(coder) -> None:
    text = (BACKGROUND + "On Tuesday, the party chief addressed the council. \"We lost a year. Nobody wants that. The "
            "port needs a plan now,\" she said. She accused the governor of delay.")
    assert dates(coder, text, "accused") == ("2024-03-12", None)
    assert dates(coder, text, "accused", frozenset({"dating.quote_in_the_run"})) != ("2024-03-12", None)
    told_now = text.replace("she said.", "she says.")
    assert dates(coder, told_now, "accused") != ("2024-03-12", None)  # a quote told from now ends the run


def test_a_quote_opened_by_its_saying_and_a_light_verb_of_speech_go_on_with_the_statement(coder) -> None:
    text = (BACKGROUND + "On Monday, the senator said at a rally in Ames that the tax was unfair.\n\nThe senator said, "
            "\"The tax hurts farmers. It hurts shops. It hurts everyone.\"\n\nShe made the criticism of the governor "
            "while backing a new bill.")
    assert dates(coder, text, "made the criticism") == ("2024-03-11", None)
    assert dates(coder, text, "made the criticism", frozenset({"dating.light_verb_speech"})) != ("2024-03-11", None)
    assert dates(coder, text, "made the criticism", frozenset({"dating.quote_in_the_run"})) != ("2024-03-11", None)


def test_a_speaker_tells_on_at_the_occasion_of_speaking_the_story_dated(coder) -> None:
    text = (BACKGROUND + "On Tuesday night, the senator spoke to donors in Ohio. She told them the governor should "
            "resign. The crowd cheered when she named her rival.")
    assert dates(coder, text, "told them") == ("2024-03-12", None)
    assert dates(coder, text, "told them", frozenset({"discourse.speaker_goes_on"})) != ("2024-03-12", None)
    text = BACKGROUND + "On Tuesday, the senator toured the flooded town. She told reporters the governor should resign."
    assert dates(coder, text, "told reporters") != ("2024-03-12", None)  # a tour is no occasion of speaking
