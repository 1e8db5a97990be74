"""Issue 14, generic statements (session sense32): a habit told in the present perfect with an adverb of habit
("has often criticised") and a past habit told with "used to" are no happening: the act is not asserted and has no
date (factuality.yaml habitual_perfect, used_to). Each test shows the story's one-off act stays asserted and that the
rule, switched off, brings the old reading back. The sentences are invented for these tests."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-05-20"


def _one(coder, text: str, kind: str) -> dict:
    found = [e for e in coder.code_text(text, published=PUBLISHED)["events"] if e["event_type"] == kind]
    assert len(found) == 1, found
    return found[0]


HABIT = "The Ecuadorian navy has often detained Peruvian trawlers near the islands."
ONCE = "The Ecuadorian navy has detained two Peruvian trawlers near the islands."
SINCE = "The Ecuadorian navy has often detained Peruvian trawlers since 2019."
USED = "The Bolivian senator used to denounce the Chilean mining firms in parliament."
DONE = "The Bolivian senator denounced the Chilean mining firms in parliament on Monday."
MEANS = "Sniffer dogs were used to search the offices of the Bolivian union."
SPEECH = "The Bolivian senator used his speech on Monday to denounce the Chilean mining firms."
RIFLE = "Bolivian police are examining the rifle he used to kill the Chilean consul in 2019."
ARRIVING = "Since arriving in La Paz from Chile, the envoy has often criticized the Bolivian government."


def test_habit_in_the_present_perfect_is_no_happening(coder) -> None:
    habit = _one(coder, HABIT, "COERCE")
    assert habit["factuality"] == "hypothetical" and habit["date"] is None and habit["date_end"] is None
    assert _one(coder, ONCE, "COERCE")["factuality"] == "asserted"
    assert _one(coder, SINCE, "COERCE")["factuality"] == "asserted"  # a time of its own: acts told as done
    # the habit is the perfect verb's own: an act on a side clause ("since arriving") is told as done
    assert _one(coder, ARRIVING, "ACCUSE")["factuality"] == "hypothetical"
    assert all(e["factuality"] == "asserted" for e in coder.code_text(ARRIVING, published=PUBLISHED)["events"]
               if e["event_type"] != "ACCUSE")
    with switched_off({"factuality.habitual_perfect"}):
        assert _one(coder, HABIT, "COERCE")["factuality"] == "asserted"


def test_used_to_tells_a_past_habit(coder) -> None:
    habit = _one(coder, USED, "ACCUSE")
    assert habit["factuality"] == "hypothetical" and habit["date"] is None
    assert _one(coder, DONE, "ACCUSE")["factuality"] == "asserted"
    assert _one(coder, MEANS, "COERCE")["factuality"] == "asserted"  # the passive names a means
    assert _one(coder, SPEECH, "ACCUSE")["factuality"] == "asserted"  # so does "used his speech to"
    assert _one(coder, RIFLE, "ASSAULT")["factuality"] == "asserted"  # and "the rifle he used to kill"
    with switched_off({"factuality.used_to"}):
        assert _one(coder, USED, "ACCUSE")["factuality"] == "asserted"


WEIGHED = "To expel the Peruvian diplomats now would be a grave mistake, the Chilean senator said."
EXPELLED = "Chile expelled two Peruvian diplomats on Monday."
JUDGED = "To bring the Peruvian workers here now is a suspension of common sense."
SUSPENDED = "Chile announced the suspension of its trade talks with Peru on Monday."


def test_infinitive_subject_is_a_deed_weighed(coder) -> None:
    weighed = _one(coder, WEIGHED, "SANCTION")
    assert weighed["factuality"] == "hypothetical" and weighed["date"] is None
    assert _one(coder, EXPELLED, "SANCTION")["factuality"] == "asserted"
    with switched_off({"factuality.infinitive_subject"}):
        assert _one(coder, WEIGHED, "SANCTION")["factuality"] == "asserted"


def test_clause_judged_by_an_act_noun_is_no_act(coder) -> None:
    assert not [e for e in coder.code_text(JUDGED, published=PUBLISHED)["events"] if e["event_type"] == "SANCTION"]
    assert _one(coder, SUSPENDED, "SANCTION")["factuality"] == "asserted"
    with switched_off({"events.not_events.clause_characterised"}):
        assert _one(coder, JUDGED, "SANCTION")["factuality"] == "asserted"
