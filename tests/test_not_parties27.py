"""Issue 14, things told that are not events between parties, and parties read the wrong way round (session 27):
people named by where they stand towards a party are not that party ("critics of the president", "the president's
supporters"), a message speaks for whoever put it out ("a series of posts attacking ..."), kinds of office acting
often or on each other and shares in a poll are no acts, and the writer's own advice or deeds are no acts between
parties; a past participle with a "by" phrase set off from its clause is passive. Each test also shows what its rules change by switching them off (detente.rules.switched_off)."""

from __future__ import annotations

from detente.rules import switched_off

FOLLOWERS = frozenset({"events.roles.follower_nouns"})
MESSAGES = frozenset({"events.arguments.issued_messages"})
PARTICIPLES = frozenset({"events.arguments.passive_participles"})
KINDS = frozenset({"events.senses.kinds_habits", "events.senses.poll_shares"})
VOICE = frozenset({"events.not_events.writers_voice"})


def _events(coder, text: str, off: frozenset[str] = frozenset()) -> list[dict]:
    with switched_off(off):
        return coder.code_text(text, published="2016-10-12")["events"]


def _sides(event: dict) -> tuple[list[str], list[str]]:
    return [r["text"] for r in event["source"]], [r["text"] for r in event["target"]]


def test_critics_and_supporters_of_a_party_are_not_that_party(coder) -> None:
    text = "Critics of the Chilean president accused him of lying about the budget on Monday."
    accusations = [e for e in _events(coder, text) if e["event_type"] == "ACCUSE"]
    assert accusations and accusations[0]["factuality"] == "asserted"
    sources, targets = _sides(accusations[0])
    assert sources == ["Critics of the Chilean president"] and targets == ["Chilean president"]
    before = [_sides(e) for e in _events(coder, text, FOLLOWERS) if e["event_type"] == "ACCUSE"]
    assert before and before[0][0] == ["Chilean president"]  # without the rule, the president accuses himself

    text = "The Peruvian president's supporters attacked the Chilean embassy in Lima on Monday."
    assaults = [e for e in _events(coder, text) if e["event_type"] == "ASSAULT"]
    assert assaults and _sides(assaults[0])[0] == ["The Peruvian president's supporters"]
    assert [_sides(e)[0] for e in _events(coder, text, FOLLOWERS) if e["event_type"] == "ASSAULT"] == [["Peruvian"]]


def test_a_message_speaks_for_whoever_put_it_out(coder) -> None:
    text = "The Chilean senator unleashed a series of angry posts criticizing the Peruvian president on Friday."
    found = [e for e in _events(coder, text) if e["event_type"] == "ACCUSE"]
    assert found and _sides(found[0]) == (["Chilean senator"], ["Peruvian president"])
    assert found[0]["date"] == "2016-10-07"
    off = [e for e in _events(coder, text, MESSAGES) if e["event_type"] == "ACCUSE"]
    assert off and _sides(off[0])[0] == ["angry posts"]

    used = "The Chilean senator was using the tweet to mock the Peruvian president."
    assert [_sides(e)[0] for e in _events(coder, used) if e["event_type"] == "ACCUSE"] == [["Chilean senator"]]
    assert [_sides(e)[0] for e in _events(coder, used, MESSAGES) if e["event_type"] == "ACCUSE"] == [["the tweet"]]


def test_a_participle_set_off_with_a_by_phrase_is_passive(coder) -> None:
    text = "Criticized by the Peruvian president, the Chilean senator resigned on Monday."
    found = [e for e in _events(coder, text) if e["event_type"] == "ACCUSE"]
    assert found and _sides(found[0]) == (["Peruvian president"], ["Chilean senator"])
    assert found[0]["factuality"] == "asserted"
    swapped = [e for e in _events(coder, text, PARTICIPLES) if e["event_type"] == "ACCUSE"]
    assert swapped and _sides(swapped[0]) == (["Chilean senator"], ["Peruvian president"])
    asked = "Asked by the Peruvian minister to respond, the Chilean senator said the remarks were unfair."
    requests = [e for e in _events(coder, asked) if e["event_type"] == "REQUEST"]
    assert requests and _sides(requests[0]) == (["Peruvian minister"], ["Chilean senator"])


def test_kinds_of_office_acting_often_and_poll_shares_are_no_acts(coder) -> None:
    text = ("The talks stalled.\n\nIn the region, governments often impose sanctions on their neighbours after a "
            "border dispute. Campaign rivals attack each other in televised debates. In the new survey, 40 percent "
            "of Peruvians backed the Chilean president.")
    assert not {e["event_type"] for e in _events(coder, text)} & {"SANCTION", "ACCUSE", "SUPPORT"}
    assert {"SANCTION", "ACCUSE", "SUPPORT"} <= {e["event_type"] for e in _events(coder, text, KINDS)}
    # a named government's habit stays, told as a habit; unions backing a president on a day stay asserted
    habit = [e for e in _events(coder, "The Chilean government often imposes sanctions on Peru.")
             if e["event_type"] == "SANCTION"]
    assert habit and habit[0]["factuality"] == "hypothetical"
    backed = [e for e in _events(coder, "The Peruvian unions backed the Chilean president on Monday.")
              if e["event_type"] == "SUPPORT"]
    assert backed and backed[0]["factuality"] == "asserted" and backed[0]["date"] == "2016-10-10"


def test_the_writers_advice_and_the_papers_own_deeds_are_no_acts(coder) -> None:
    text = ("The talks have failed. If it wants to be taken seriously, Chile should expel the Peruvian envoy at once. "
            "Washington ought to impose new sanctions on Lima. In our column last week, we mocked the Chilean senator "
            "and his allies.")
    assert not {e["event_type"] for e in _events(coder, text)} & {"SANCTION", "ACCUSE", "THREATEN"}
    assert {"SANCTION", "ACCUSE"} <= {e["event_type"] for e in _events(coder, text, VOICE)}
    # someone's words, a quotation and a first sentence (a headline's words may be someone's) stay
    assert [e["factuality"] for e in _events(coder, "Chile must expel the Peruvian envoy at once.")
            if e["event_type"] == "SANCTION"] == ["hypothetical"]
    said = _events(coder, "The Chilean senator said Chile should expel the Peruvian envoy at once.")
    assert [_sides(e) for e in said if e["event_type"] == "REQUEST"] == [(["Chilean senator"], ["Chile"])]
    quoted = _events(coder, '"We will expel the Peruvian envoy," the Chilean minister said on Monday.')
    assert [(e["event_type"], e["factuality"]) for e in quoted] == [("SANCTION", "future")]
