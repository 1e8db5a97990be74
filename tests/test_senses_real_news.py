"""Issue 14, senses on real news: campaigning, opinion and generic talk are not events between parties. Each case
here is one a rule of events/data/senses.yaml or a frame of verbs.yaml sets aside; the rule examples
(tests/test_rule_examples.py) check each rule alone, these check what a reader of a whole story would notice."""

from __future__ import annotations

PUBLISHED = "2016-10-10"


def _types(coder, text: str) -> list[str]:
    return [e["event_type"] for e in coder.code_text(text, published=PUBLISHED)["events"]]


def test_a_rally_set_aside_is_not_handed_to_the_model_as_another_event(coder) -> None:
    # the lexicon reads "held rallies" as a protest and the campaign_rally sense sets it aside; the learned model,
    # asked about a sentence with no lexicon event, used to call the same rally a CONSULT
    text = ("In the weeks since Labor Day, Michelle Bachelet has held rallies before largely black crowds in "
            "Valparaiso, at a college in Santiago.")
    assert _types(coder, text) == []


def test_a_story_of_campaigning_keeps_its_real_events_only(coder) -> None:
    text = ("The two candidates debated on Monday night in Santiago. Michelle Bachelet spoke to a crowd of supporters "
            "in Valparaiso on Tuesday and laid out her proposals to cut taxes. Millions of Chilean voters support "
            "her. Politicians always attack each other when the economy slows. On Wednesday, Peru sued Chile at "
            "the International Court of Justice.")
    assert _types(coder, text) == ["ACCUSE"]


def test_fired_employees_are_dismissed_while_fired_bullets_are_shots(coder) -> None:
    assert "ASSAULT" not in _types(coder, "Thousands of Chilean bank employees were fired for their role in the scheme.")
    # "fire" with an object was once barred by the frame of bare "fire" ("police fired"): bullets fired are shots
    assert "ASSAULT" in _types(coder, "Peruvian police fired rubber bullets at the protesters in Lima on Monday.")
