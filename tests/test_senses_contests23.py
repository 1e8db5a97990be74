"""Issue 14, senses (sense23): a race, a quarrel or a lawsuit-free contest told with a word of fighting is no force
used. A fight whose kind is a contest ("a re-election battle", "a war of words") or fought between persons of public
life with no word of force is no ASSAULT (events.senses.contest_fights); a person of public life beaten where the
sentence speaks of the race is an election won (events.senses.election_won); an attack about a topic, or made by an
ad, is words, ACCUSE (events.senses.attack_in_words); a schedule that strikes someone as unfair, support that hits low
levels, charges fought, rivals beaten out and money shelled out are other senses. Real fighting keeps its ASSAULT. The
sentences are invented for these tests."""

from __future__ import annotations

from tests.test_senses_false_events import _events, _types  # a story read as (type, sources, targets)


def test_a_contest_told_as_a_fight_is_no_assault(coder) -> None:
    for text in ("The Chilean governor faces a tough re-election battle in his home region.",
                 "The Chilean senator spent 5 million dollars on her nomination battle in the north.",
                 "Chilean candidates stepped up their war of words as the vote neared.",
                 "The Chilean senator's battle with the governor is on again.",
                 "The Chilean senator and the governor battled over the pension plan on Friday."):
        assert "ASSAULT" not in _types(coder, text), text


def test_fighting_by_armed_parties_stays_assault(coder) -> None:
    for text in ("Peruvian rebels fought the Chilean army near the border on Friday.",
                 "Peruvian rebels continued their onslaught against the Chilean army on Saturday.",
                 "Gunmen attacked the Chilean embassy in Lima on Friday.",
                 "A Peruvian missile struck the Chilean border post on Friday.",
                 "Peruvian artillery shelled the Chilean border town on Friday."):
        assert "ASSAULT" in _types(coder, text), text


def test_a_rival_beaten_where_the_race_is_told_is_an_election_won(coder) -> None:
    for text in ("Polls show the Chilean senator surging in the north and beating the governor in Valparaiso.",
                 "Rival Chilean candidates are simply not able to beat the senator, the governor said on Wednesday."):
        assert "ASSAULT" not in _types(coder, text), text
    assert "ASSAULT" in _types(coder, "Peruvian police beat the Chilean senator during a primary rally.")


def test_an_attack_about_a_topic_or_in_an_ad_accuses(coder) -> None:
    found = _events(coder, "The Chilean senator attacked the mining ministry about the floods on Friday.")
    assert [(t, tgt) for t, _, tgt in found] == [("ACCUSE", ["ministry"])]
    assert _types(coder, "The Chilean miners' union is running a new ad attacking the mining ministry.") == ["ACCUSE"]
    found = _events(coder, "The Chilean senator continued his rhetorical onslaught against the governor on Saturday.")
    assert found == [("ACCUSE", ["Chilean senator"], ["governor"])]


def test_other_senses_of_words_of_force(coder) -> None:
    for text in ("The new debate schedule struck supporters of both Chilean candidates as unfair.",
                 "The Chilean senator's standing with young voters has hit historically low levels.",
                 "The Chilean mayor fought the corruption charges in court for two years.",
                 "Valparaiso beat out Lima and Quito to host the Pacific summit.",
                 "The senator's campaign shelled out 2 million dollars for television ads."):
        assert "ASSAULT" not in _types(coder, text), text
    assert "ASSAULT" in _types(coder, "Peruvian police beat the hell out of the protesters in Lima on Monday.")


def test_a_campaign_gathering_hosted_and_voters_won_over_are_no_visit_or_arrest(coder) -> None:
    assert "CONSULT" not in _types(coder, "The Chilean senator hosted a fundraiser in Santiago on Friday.")
    assert "CONSULT" in _types(coder, "The Chilean president hosted the Peruvian president in Santiago on Friday.")
    for text in ("The Chilean senator has captured the loyalty of young miners in the north.",
                 "A win in the north would not close the Chilean senator's big lead over the governor."):
        assert "COERCE" not in _types(coder, text), text
    assert "COERCE" in _types(coder, "Peruvian police captured two Chilean smugglers on Friday.")
    found = _events(coder, "The Chilean senator attacked the governor's willingness to accept donations from mining firms.")
    assert "ASSAULT" not in [t for t, _, _ in found]


def test_attacks_a_person_of_public_life_faces_from_a_rival_accuse(coder) -> None:
    found = _events(coder, "The Chilean senator faced increasing attacks from the governor.")
    assert found == [("ACCUSE", ["governor"], ["Chilean senator"])]
    assert "ASSAULT" in _types(coder, "The Peruvian village faced repeated attacks from rebels.")
    # people burnt alive stay an assault, whatever the noun that counts them
    assert "ASSAULT" in _types(coder, "Two Peruvian families were burnt alive by the mob in the village.")
    # a police firing told as a participle keeps its force
    text = "Police firing wounded two Chilean farmers as a crowd looted shops in Valparaiso."
    assert "ASSAULT" in _types(coder, text)


def test_a_trade_a_party_or_a_charter_destroyed_in_a_figure_is_no_assault(coder) -> None:
    for text in ("The Chilean senator said the trade deal killed the textile industry in the north.",
                 "Supporters hailed the governor for destroying the Socialist Party.",
                 "The Chilean senator compared the new pension rules to burning the constitution."):
        assert "ASSAULT" not in _types(coder, text), text
    for text in ("Peruvian rebels destroyed three bridges in the north on Friday.",
                 "The militants destroyed the party headquarters in Valparaiso."):
        assert "ASSAULT" in _types(coder, text), text


def test_an_address_or_a_defeat_delivered_is_no_aid(coder) -> None:
    for text in ("The Chilean president will deliver her yearly address to parliament in Valparaiso on Monday.",
                 "Chilean voters delivered a spanking to the governor in the primary."):
        assert "AID" not in _types(coder, text), text
    assert "AID" in _types(coder, "Norway delivered food aid to Kenya on Friday.")


def test_an_attack_launched_by_a_person_of_public_life_or_aired_is_words(coder) -> None:
    found = _events(coder, "The Chilean senator launched a blistering attack on the governor on Friday.")
    assert found == [("ACCUSE", ["Chilean senator"], ["governor"])]
    text = "Three Chilean candidates went on the attack on radio while the others shook hands in Valparaiso."
    assert "ASSAULT" not in _types(coder, text)
    assert "ASSAULT" in _types(coder, "Gunmen launched an attack on the Chilean senator's convoy on Friday.")
    # a medium with its determiner is a thing attacked, not where words were said
    assert "ASSAULT" in _types(coder, "Peruvian hackers launched attacks on the official websites of the Chilean ministries in 2019.")
