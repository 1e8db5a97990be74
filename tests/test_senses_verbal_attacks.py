"""Issue 14, senses (sense21): an attack in words is criticism, not force, and a race won is no beating. A person of
public life attacking another person with no word of force in the sentence accuses (events.senses.attack_on_a_person),
an attack told in a phrase one deeper ("in a series of tweets") is said where words are said
(events.senses.attack_in_words), and a win told with the vote, an election or between two persons of public life is an
election won (events.senses.election_won); a threat posed, a door opened to a thing, someone escorted off, a person
fired, an office abused, a problem that "demands" and a sound bite delivered are other senses. Physical attacks (a
weapon, a wound, an armed or unnamed doer, a state or a force attacked) stay ASSAULT. The sentences are invented for
these tests."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_a_politician_attacking_a_person_accuses_them(coder) -> None:
    found = _events(coder, "The Chilean senator has been attacking the Peruvian governor for weeks.")
    assert found == [("ACCUSE", ["Chilean senator"], ["Peruvian governor"])]


def test_named_persons_resolved_by_the_actors_stage_count_whatever_the_entity_label(coder) -> None:
    # the small model labels some surnames ORG or GPE; the actors stage reads them as persons
    text = ("Maria Ortiz, a spokeswoman for Michelle Bachelet, spoke to reporters on Friday. Ortiz called on Pinera to "
            "stop attacking Bachelet and apologize.")
    assert "ASSAULT" not in _types(coder, text)


def test_attacks_on_a_person_told_as_a_noun_are_words(coder) -> None:
    found = _events(coder, "Michelle Bachelet stepped up her attacks on Sebastian Pinera on Friday.")
    assert found == [("ACCUSE", ["Michelle Bachelet"], ["Sebastian Pinera"])]


def test_an_attack_in_a_series_of_tweets_is_words(coder) -> None:
    # an army is no person: only the setting tells that the attack was made in words
    for text in ("In a series of tweets on Friday, the Chilean senator attacked the Peruvian army.",
                 "The Chilean senator attacked the Peruvian army on Friday in one of his speeches."):
        assert _types(coder, text) == ["ACCUSE"], text


def test_physical_attacks_on_persons_stay_assault(coder) -> None:
    for text in ("Gunmen attacked the Chilean senator in Santiago on Friday.",
                 "The Chilean senator was attacked with a knife on Friday.",
                 "Peru attacked Chile on Friday.",
                 "The Chilean president attacked the rebels in the north on Friday.",
                 "Supporters of the Chilean senator beat the governor with sticks on Friday."):
        assert "ASSAULT" in _types(coder, text), text


def test_a_race_won_is_no_beating(coder) -> None:
    for text in ("In the poll the Chilean senator would beat the governor 53 percent to 36 percent.",
                 "The Chilean president captured the Valparaiso region by about 74,000 votes.",
                 "The Chilean senator was beaten in the Socialist primary in 2010 by a younger rival.",
                 "She says she is the only Chilean candidate who can beat Michelle Bachelet.",
                 "Can the Chilean senator beat her in November?"):
        assert "ASSAULT" not in _types(coder, text), text


def test_force_and_conquest_stay_assault(coder) -> None:
    for text in ("Peruvian police beat the protesters in Lima on Monday.",
                 "Chilean troops captured the Valparaiso region on Friday."):
        assert "ASSAULT" in _types(coder, text), text


def test_word_senses_of_threat_door_escort_firing_and_abuse(coder) -> None:
    # a threat posed or faced, a door opened to a thing, someone escorted off, a person fired, an office abused:
    # none is the act its frame codes (senses.yaml threat_as_state, door_opened_to, escorted_out, fired_from_post,
    # abuse_of_power)
    for text, kind in (("The new Chilean missiles pose a serious threat to Peru.", "THREATEN"),
                       ("On Friday Chile faced a military threat from Peru.", "THREATEN"),
                       ("The Peruvian ruling opened the door to further appeals.", "RETREAT"),
                       ("Security guards escorted the Chilean senator off the premises on Monday.", "AID"),
                       ("The Chilean senator was fired from the network on Friday.", "ASSAULT"),
                       ("The Chilean prosecutor was convicted of abuse of office.", "ASSAULT")):
        assert kind not in _types(coder, text), text


def test_the_acts_those_senses_leave_stay(coder) -> None:
    for text, kind in (("Peru threatened Chile with sanctions on Friday.", "THREATEN"),
                       ("Chile opened the door to Peruvian inspectors on Friday.", "RETREAT"),
                       ("Chilean police escorted the Peruvian delegation to the palace on Monday.", "AID"),
                       ("Shots were fired at the Chilean embassy in Lima.", "ASSAULT"),
                       ("Peruvian soldiers were accused of abuse of prisoners.", "ASSAULT")):
        assert kind in _types(coder, text), text


def test_things_that_help_or_demand_and_words_delivered_or_traded(coder) -> None:
    # a problem or figures do not act (non_agents.yaml); a sound bite delivered, time invested and insults traded are
    # no goods (verbs.yaml AID and COOPERATE except_objects)
    for text, kind in (("Low wages are a problem that demands a response from the Chilean government.", "REQUEST"),
                       ("The new figures would help the Chilean government explain the drop in exports.", "AID"),
                       ("The Chilean candidate delivered a sound bite to the Peruvian press.", "AID"),
                       ("Chile has invested time and energy in its ties with Peru.", "COOPERATE"),
                       ("The Chilean and Peruvian candidates traded insults on Friday.", "COOPERATE")):
        assert kind not in _types(coder, text), text
    assert "COOPERATE" in _types(coder, "Chile invested 2 billion dollars in Peru.")


def test_a_particle_gives_a_verb_of_force_another_sense(coder) -> None:
    # to start, to find, to rise (senses.yaml particle_senses); force with a phrase of place stays
    for text in ("The new Chilean pension law kicked in on Friday.",
                 "The Chilean senator kicked off her campaign in Valparaiso on Friday.",
                 "The Chilean senator has struggled to hit upon a clear rationale for her campaign.",
                 "Chilean rents shot up last year."):
        assert "ASSAULT" not in _types(coder, text), text
    for text in ("Peruvian police kicked the protesters in Lima on Monday.", "Gunmen shot up a bar in Lima on Friday."):
        assert "ASSAULT" in _types(coder, text), text


def test_a_mood_captured_a_flight_booked_and_a_state_won_are_no_arrests(coder) -> None:
    # verbs.yaml COERCE 173 except_objects; senses.yaml election_won for "capture" read as an arrest
    for text in ("The photo of the Chilean senator seemed to capture the mood of the voters.",
                 "The Chilean senator booked a flight to Lima on Friday.",
                 "The Chilean president captured Valparaiso by about 74,000 votes."):
        assert "COERCE" not in _types(coder, text), text
    for text in ("Peruvian police booked the Chilean senator on Friday.",
                 "Peruvian police captured the rebel leader on Friday."):
        assert "COERCE" in _types(coder, text), text
