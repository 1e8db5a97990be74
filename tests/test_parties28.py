"""Issue 14, parties of acts told through posts and of set-off clauses (session 28): a verb of posting words ("tweeted a
warning", "posted an endorsement") carries its noun's act as a light verb does, an attack that going on air or online
is for is made in words, a debate or rally used for an act does not do it, a relative pronoun object stands for the
noun its clause hangs on, a noun described by a participle with a "by" phrase undergoes it, an event noun's own "by"
phrase names its doer, a means an act is for ("the case to expel", "the only way to stop") does not do it, and two
persons of one country doing the same act are two doers. Each test also shows what its rule changes by switching it
off (detente.rules.switched_off)."""

from __future__ import annotations

from detente.rules import switched_off

POSTING = frozenset({"events.nouns.posting_verbs"})
MEDIUM = frozenset({"events.senses.attack_from_a_medium"})
RELATIVE = frozenset({"events.roles.relative_object"})
PARTICIPLE = frozenset({"events.roles.participle_patient"})
SPEAKERS = frozenset({"events.merge.different_speakers"})
# a case or a debate is no doer of its own since events.non_agents.contest_things: off too, to show the older rule
MEANS = frozenset({"events.arguments.means_nouns", "events.non_agents.contest_things"})
BY_PHRASE = frozenset({"events.roles.by_phrase_doer"})
SETTINGS = frozenset({"events.arguments.settings_do_not_act", "events.non_agents.contest_things"})


def _events(coder, text: str, off: frozenset[str] = frozenset()) -> list[dict]:
    with switched_off(off):
        return coder.code_text(text, published="2016-10-12")["events"]


def _sides(event: dict) -> tuple[list[str], list[str]]:
    return [r["text"] for r in event["source"]], [r["text"] for r in event["target"]]


def _of_type(events: list[dict], event_type: str) -> list[dict]:
    return [e for e in events if e["event_type"] == event_type]


def test_a_posted_act_is_done_by_whoever_posted_it(coder) -> None:
    text = "The Greek minister tweeted a warning to Turkey about the islands on Monday."
    found = _of_type(_events(coder, text), "THREATEN")
    assert found and _sides(found[0]) == (["Greek minister"], ["Turkey"])
    assert found[0]["factuality"] == "asserted" and found[0]["date"] == "2016-10-10"
    off = _of_type(_events(coder, text, POSTING), "THREATEN")
    assert off and _sides(off[0])[0] == []  # without the rule the warning has no one who gave it

    text = "A Kenyan senator posted a glowing endorsement of the Ugandan president online."
    found = _of_type(_events(coder, text), "SUPPORT")
    assert found and _sides(found[0]) == (["Kenyan senator"], ["Ugandan president"])
    assert [_sides(e)[0] for e in _of_type(_events(coder, text, POSTING), "SUPPORT")] == [[]]
    assert _events(coder, "The Kenyan airline posted a loss for the third quarter.") == []  # a post of no act: none


def test_an_attack_made_on_air_or_online_is_criticism(coder) -> None:
    text = "The Chilean minister went on television on Sunday to attack the Bolivian leader."
    events = _events(coder, text)
    assert [e["event_type"] for e in events] == ["ACCUSE"]
    assert _sides(events[0]) == (["Chilean minister"], ["Bolivian leader"])
    assert events[0]["factuality"] == "asserted" and events[0]["date"] == "2016-10-09"
    assert [e["event_type"] for e in _events(coder, text, MEDIUM)] == ["ASSAULT"]

    text = "The Chilean deputy took to Twitter on Friday to attack the Peruvian president."
    assert [(e["event_type"], e["factuality"]) for e in _events(coder, text)] == [("ACCUSE", "asserted")]

    used = "The Chilean senator used the televised debate to mock the Peruvian president."
    assert [_sides(e) for e in _events(coder, used)] == [(["Chilean senator"], ["Peruvian president"])]
    assert [_sides(e)[0] for e in _events(coder, used, SETTINGS)] == [["the televised debate"]]

    troops = "Rebel units crossed into the valley to attack the Bolivian garrison."
    assert "ASSAULT" in [e["event_type"] for e in _events(coder, troops)]  # no medium: force stays force


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(coder) -> None:
    text = "The Danish envoy, whom the Polish minister rebuked on Monday, left Warsaw."
    found = _of_type(_events(coder, text), "ACCUSE")
    assert found and _sides(found[0]) == (["Polish minister"], ["Danish envoy"])
    assert found[0]["date"] == "2016-10-10"
    off = _of_type(_events(coder, text, RELATIVE), "ACCUSE")
    assert off and _sides(off[0])[1] != ["Danish envoy"]


def test_the_noun_a_participle_describes_undergoes_it(coder) -> None:
    text = "The Kurdish fighters, backed by American jets, attacked Syrian troops on Friday."
    found = _of_type(_events(coder, text), "SUPPORT")
    assert found and _sides(found[0]) == (["American"], ["Kurdish fighters"])
    assaults = _of_type(_events(coder, text), "ASSAULT")
    assert assaults and _sides(assaults[0]) == (["Kurdish fighters"], ["Syrian troops"])
    off = _of_type(_events(coder, text, PARTICIPLE), "SUPPORT")
    assert off and _sides(off[0])[1] == ["Syrian troops"]  # without the rule the backers back the ones attacked


def test_two_persons_of_one_country_are_two_doers(coder) -> None:
    text = ("The Italian prime minister condemned the Libyan raid on Lampedusa on Monday. "
            "The Italian foreign minister condemned Libya for the raid on Monday.")
    found = _of_type(_events(coder, text), "ACCUSE")
    assert sorted(_sides(e)[0][0] for e in found) == ["Italian foreign minister", "Italian prime minister"]
    assert all(e["factuality"] == "asserted" and e["date"] == "2016-10-10" for e in found)
    assert len(_of_type(_events(coder, text, SPEAKERS), "ACCUSE")) == 1

    # one person told by name and by office is one doer: one happening still
    same = "Jean-Marc Ayrault condemned the Russian strikes. The French foreign minister condemned Russia for the strikes."
    assert len(_of_type(_events(coder, same), "ACCUSE")) == 1


def test_a_means_for_an_act_does_not_do_it(coder) -> None:
    text = "The Peruvian senator made the case to expel the Chilean envoy."
    found = _of_type(_events(coder, text), "SANCTION")
    assert found and _sides(found[0]) == (["Peruvian senator"], ["Chilean envoy"])
    assert [_sides(e)[0] for e in _of_type(_events(coder, text, MEANS), "SANCTION")] == [["the case"]]

    text = "The Peruvian senator says the only way to stop the Chilean plan is to rally behind the Bolivian president."
    assert not [e for e in _events(coder, text) if any(r["text"] == "the only way" for r in e["source"])]
    assert [_sides(e)[0] for e in _of_type(_events(coder, text, MEANS), "SUPPORT")] == [["the only way"]]


def test_an_event_nouns_by_phrase_names_its_doer(coder) -> None:
    text = "The Bolivian minister resigned days after the killing of two farmers by army troops."
    found = _of_type(_events(coder, text), "ASSAULT")
    assert found and _sides(found[0]) == (["army troops"], ["farmers"])
    assert found[0]["factuality"] == "asserted"
    off = _of_type(_events(coder, text, BY_PHRASE), "ASSAULT")
    assert off and _sides(off[0])[0] == ["Bolivian minister"]  # without the rule the minister is taken for the killer
