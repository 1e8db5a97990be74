"""Whom an event is done to, read from the whole construction (issue 13 item 2): each rule on its own sentence."""

from __future__ import annotations

import pytest


def _event(analyse, text: str, event_type: str):
    events = [e for e in analyse(text, "2024-01-08").events if e.event_type == event_type]
    assert events, [(e.event_type, e.evidence) for e in analyse(text, "2024-01-08").events]
    return events[0]


def _side(refs) -> str:
    return " | ".join(r.text for r in refs)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # the frame's own object names whom: the summoned envoy
    ("Sweden summoned the Iranian ambassador over the executions.", "ACCUSE", "Sweden", "Iranian"),
    # the maker of what is rejected: "an appeal filed by X"
    ("The Hungarian court rejected an appeal filed by Austria.", "REJECT", "court", "Austria"),
    # a wrapper whose complement is no event of the lexicon: the complement's parties
    ("Chile refused to allow two Bolivian aircraft to land.", "REJECT", "Chile", "Bolivian"),
    # a refused meeting: the partner is whom it is refused
    ("Peru's foreign ministry refused to meet with the Chilean ambassador.", "REJECT", "Peru", "Chilean"),
    # no party receives the act: the place it is done in
    ("Ecuador imposed a curfew in parts of Guayaquil.", "COERCE", "Ecuador", "Guayaquil"),
    # the doer's own means are never the target: where they are deployed is
    ("Sweden deployed soldiers in Mali.", "MOBILIZE", "Sweden", "Mali"),
    # a "to" phrase the parser hung low inside the object is still the recipient of a return
    ("Canada returned a painting engraved with the image of a Spanish king to Mexican authorities.", "RETREAT",
     "Canada", "Mexican authorities"),
    # a request answered: whom it came from
    ("The ministry refused to respond to a request from Chilean lawmakers.", "REJECT", "ministry", "Chilean"),
    # a reaction to an act: its doer, not the act's own target
    ("Chile condemned the Peruvian attack on a Bolivian border post.", "ACCUSE", "Chile", "Peruvian"),
    # an authority's act told with no agent: the state of the place
    ("A French journalist was arrested in Bolivia on Monday.", "COERCE", "Bolivia", "French journalist"),
    # a name joined to a participle in front of the head backs the party; it is not the party
    ("The Peruvian army attacked Bolivia-backed militia groups near the border.", "ASSAULT", "Peruvian",
     "Bolivia-backed militia groups"),
    # an activity stopped (roles.yaml activity_objects): whoever carries it out, not the activity
    ("The Bolivian government banned the broadcasts of a Chilean radio station.", "COERCE", "Bolivian",
     "Chilean radio station"),
    # an act a placement is made for is done where the means were sent (roles.yaml destination_preps)
    ("Chile dispatched a team of investigators to Ecuador to investigate the collapse of a bridge.", "ACCUSE",
     "Chile", "Ecuador"),
    # an answer to a request (roles.yaml request_nouns): its maker, not what it asked for
    ("The Bolivian president declined a request from the Peruvian foreign minister to expel the ambassador.",
     "REJECT", "Bolivian president", "Peruvian foreign minister"),
    # an answer to demands: whoever made them
    ("The Peruvian cabinet gave in to demands from Bolivian truckers.", "CONCEDE", "Peruvian", "Bolivian truckers"),
    # an activity shared with others: the partners, not the activity
    ("On Monday Quito announced a suspension of trade links with 14 nations in Africa.", "SANCTION", "Quito",
     "nations"),
    # what a document does is aimed at whom it was sent to, and done by whoever sent it
    ("The Ecuadorian government sent a letter to the chairman of the Andean Community threatening to halt its"
     " payments.", "THREATEN", "Ecuadorian", "Andean Community"),
    # an activity named as what the act is about ("over") is no slot for its partners
    ("Chile threatened to break off diplomatic relations with Peru over their ties with Ecuador.", "THREATEN",
     "Chile", "Peru"),
    # a call and what it was about: the one called is the partner of the talks
    ("The Bolivian foreign minister telephoned his Ecuadorian counterpart on Friday, discussing trade.", "CONSULT",
     "Bolivian", "Ecuadorian"),
    # backing an event is aimed at its parties, named by its own reciprocal preposition
    ("Ecuador pledged its support for the negotiations between Chilean unions.", "SUPPORT", "Ecuador", "unions"),
])
def test_target_from_the_construction(analyse, text, event_type, source, target):
    event = _event(analyse, text, event_type)
    assert source in _side(event.source)
    assert target in _side(event.target)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a document "accusing" someone speaks for whoever issued it
    ("Human Rights Watch published a report accusing the Ugandan army of torture.", "Human Rights Watch", "Ugandan"),
    # an event noun as subject: its "by" phrase names the doer
    ("A rocket attack by the Houthis killed six Saudi soldiers.", "Houthis", "Saudi"),
    # a dateline set off by a dash after a place and its country
    ("LIMA, Peru - Police arrested three Bolivian smugglers.", "Police", "Bolivian"),
    # in words only, the recipient of a transfer goes before the thing transferred
    ("The museum returned the stolen painting to the collector.", "museum", "collector"),
    # a thing in words right before the place it is in: the thing's words with the place (roles.yaml thing_at_place)
    ("Gunmen attacked a border post in eastern Ecuador on Friday.", "Gunmen", "border post in eastern Ecuador"),
    # an act as the object does not do the clause after it: its doer does (arguments.yaml acts_do_not_act)
    ("Jailed Peruvian activist Ana Rojas began a hunger strike to protest against the Peruvian interior ministry.",
     "Ana Rojas", "interior ministry"),
    # an event noun after "in" is no place: where that event was is (roles.yaml event_noun_places)
    ("Some 300 contract miners stopped work in a strike for higher pay on Monday at the Escondida mine in the"
     " northern province of Antofagasta.", "miners", "Escondida mine"),
])
def test_sides_from_the_construction(analyse, text, source, target):
    events = [e for e in analyse(text, "2024-01-08").events if e.source and e.target]
    assert any(source in _side(e.source) and target in _side(e.target) for e in events), \
        [(e.event_type, _side(e.source), _side(e.target)) for e in analyse(text, "2024-01-08").events]


def test_a_dateline_is_not_the_subject(analyse):
    events = analyse("ROME -- An Italian court convicted two Tunisian smugglers.", "2024-01-08").events
    assert len(events) == 1
    event = events[0]
    assert "ROME" not in _side(event.source) and "court" in _side(event.source)
    assert "Tunisian" in _side(event.target)


def test_a_place_is_no_partner_of_a_meeting(analyse):
    event = _event(analyse, "Joe Biden met with Olaf Scholz in Berlin on Tuesday.", "CONSULT")
    assert "Scholz" in _side(event.target) and "Berlin" not in _side(event.target)


def test_recipient_from_the_sentence_before(analyse):
    text = ("The Kenyan government praised Tanzania on Monday. "
            "The Kenyan government offered condolences over the floods.")
    events = [e for e in analyse(text, "2024-01-08").events if e.mentions[0].sentence == 1]
    assert events and all(any("Tanzania" in r.text or r.country == "TZA" for r in e.target) for e in events), \
        [(e.event_type, e.source, e.target) for e in events]


def test_no_recipient_from_before_when_the_sentence_names_another_party(analyse):
    text = ("The Kenyan government praised Tanzania on Monday. "
            "The Kenyan government offered condolences to Uganda over the floods.")
    events = [e for e in analyse(text, "2024-01-08").events if e.mentions[0].sentence == 1]
    assert events and all(not any(r.country == "TZA" for r in e.target) for e in events)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a small clause: the parser makes the object the subject of "guilty"; it is whom the court found guilty
    ("A court in Quito found the Peruvian banker guilty of fraud.", None, "court", "Peruvian"),
    # an undergoer verb: the subject receives the criticism, the "from" phrase gives it
    ("Hungary's government faced sharp criticism from the European Commission.", "ACCUSE", "European Commission",
     "Hungary"),
    # a counting noun in front of the event noun: the light verb's subject is still the source
    ("The bloc adopted a new package of sanctions against Belarus.", "SANCTION", "bloc", "Belarus"),
    # a verb of leaving: the body left is the target
    ("The Bolivian minister agreed to resign from the cabinet.", None, "Bolivian minister", "cabinet"),
    # "up to N" parsed as a particle and a "to" phrase: the counted noun is the object
    ("Gunmen kidnapped up to 12 Malian farmers from a village.", "ASSAULT", "Gunmen", "Malian"),
    # a place inside the object phrase only says where the object is
    ("Rebels attacked a Malian army post in the Mopti region.", "ASSAULT", "Rebels", "Malian"),
    # the "of" phrase of an event noun whose doer the light verb names
    ("The Sudanese army intensified its shelling of the rebel-held town.", "ASSAULT", "Sudanese", "town"),
    # a meeting with no partner named: the place it is held in
    ("The Kenyan president attended a summit in Addis Ababa.", "CONSULT", "Kenyan", "Addis Ababa"),
])
def test_more_of_the_construction(analyse, text, event_type, source, target):
    events = [e for e in analyse(text, "2024-01-08").events if event_type is None or e.event_type == event_type]
    assert any(source in _side(e.source) and target in _side(e.target) for e in events), \
        [(e.event_type, _side(e.source), _side(e.target)) for e in analyse(text, "2024-01-08").events]


def test_a_second_doer_named_through_the_first_is_another_party(analyse):
    """ "Qatar and its allies": "its" names Qatar again, yet the allies are a party of their own, the partner."""
    event = _event(analyse, "Qatar and its regional allies agreed to hold a joint exercise.", "AGREE")
    assert "Qatar" in _side(event.source) and "allies" in _side(event.target) and event.reciprocal


def test_a_reciprocal_pair_wins_over_the_topic(analyse):
    event = _event(analyse, "Peru and Ecuador agreed to share intelligence on Colombia.", "AGREE")
    assert "Peru" in _side(event.source) and "Ecuador" in _side(event.target) and event.reciprocal


def test_two_named_sides_using_force_fight_each_other(analyse):
    event = _event(analyse, "Armenia and Azerbaijan violated the ceasefire overnight.", "ASSAULT")
    assert "Armenia" in _side(event.source) and "Azerbaijan" in _side(event.target)


def test_a_reaction_to_an_unnamed_doer_targets_the_act(analyse):
    event = _event(analyse, "The Irish foreign minister condemned the bombing.", "ACCUSE")
    assert _side(event.target) == "the bombing"
    event = _event(analyse, "The Irish police launched an investigation.", "ACCUSE")
    assert not event.target  # the investigation is the event itself


def test_a_pronoun_doer_comes_from_the_coreference_chains(analyse):
    """Issue 12: the events stage reads "it" from the one coreference pass, which links a reported clause's
    subject pronoun to its reporter."""
    analysis = analyse("The Tunisian ministry said it had summoned the Libyan ambassador.", "2024-01-08")
    link = next(c for c in analysis.chains if c.text == "it")
    assert analysis.document.text[link.antecedent_start:link.antecedent_end].endswith("ministry")
    event = next(e for e in analysis.events if e.event_type == "ACCUSE")
    assert "ministry" in _side(event.source) and "Libyan" in _side(event.target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a refusal that waits on another party's act is aimed at that party
    ("Peru said it will not lift the embargo until Bolivia releases the fishermen.", "REJECT", "Peru", "Bolivia"),
    # the same with the condition told in the passive: its "by" agent is the party
    ("Ruritanian teachers said they will not end the strike until their demands have been met by the provincial "
     "authorities.", "REJECT", "teachers", "authorities"),
    # a threat with a condition: the party the condition is put on
    ("Chile threatened to halt the negotiations if Argentina goes ahead with the planned deployment.", "THREATEN",
     "Chile", "Argentina"),
    # a hostile act that waits on the other party is a warning to it
    ("Chile would impose sanctions on Peru unless Peru releases the fishermen.", "THREATEN", "Chile", "Peru"),
    # lifting what was imposed on someone is done to them
    ("The ministry lifted a visa ban imposed on Sudanese students.", "CONCEDE", "ministry", "Sudanese students"),
    # a mention inside a longer one ("his" in "his sister") is no party of its own; the place a delegation goes to is
    ("Kim said his sister would lead the delegation to Seoul.", "CONSULT", "his sister", "Seoul"),
    # the purpose of a call is the caller's act, aimed at the one called
    ("The NATO chief called the Turkish president to apologize for the incident.", "SUPPORT", "NATO",
     "Turkish president"),
    # a dateline whose double dash has no spaces is still no party
    ("Lima City--Police have started an investigation of the killing of a former mayor.", "ACCUSE", "Police", "mayor"),
    # the parser hangs the real subject on the dateline's place as an appositive
    ("THE HAGUE, Netherlands -- A United Nations prosecutor has charged a former Peruvian minister with contempt of "
     "court.", "ACCUSE", "prosecutor", "Peruvian"),
    # a withdrawal's "from" phrase is the place left, not a second doer
    ("Chile announced the withdrawal of its troops from Haiti.", "RETREAT", "Chile", "Haiti"),
    # a finite clause after "over" says why; the banned papers are whom the ban is aimed at
    ("Peru has banned all Chilean newspapers over what security officials say is hostile propaganda.", "COERCE",
     "Peru", "Chilean newspapers"),
    # a counting noun's object is what the verb acts on; the place it is done in is the target
    ("Bolivian rebels exploded a series of bombs in the capital Lima.", "ASSAULT", "Bolivian rebels", "Lima"),
    # those who come somewhere for talks hold them; what the talks are about is no partner
    ("The foreign ministers gathered in Quito for a summit with Peru.", "CONSULT", "foreign ministers", "Peru"),
    ("Chile and Peru held talks on Bolivia.", "CONSULT", "Chile", "Peru"),
    # a verbless headline parse: the past verb with an object is the predicate of the opening noun
    ("Doctors from two Chilean aid groups donated and personally delivered medical supplies to a Lima hospital.",
     "AID", "Doctors", "Lima"),
])
def test_whom_from_conditions_purposes_and_datelines(analyse, text, event_type, source, target):
    events = [e for e in analyse(text, "2024-01-08").events if e.event_type == event_type]
    assert any(source in _side(e.source) and target in _side(e.target) for e in events), \
        [(e.event_type, _side(e.source), _side(e.target)) for e in analyse(text, "2024-01-08").events]


def test_a_possessive_is_no_second_party(analyse):
    """ "his sister": the brother "his" stands for is not the partner of her visit (issue 13: a possessive determiner
    is resolved through coreference or not used as a party)."""
    events = analyse("Kim said his sister would lead the delegation to Seoul.", "2024-01-08").events
    assert events and all(_side(e.target) != "his" and not e.reciprocal for e in events)


@pytest.mark.parametrize("text", [
    "'It suggests to me that Peru is not serious about the talks,' the Chilean minister said.",
    "'It suggests to me that we should withdraw,' the minister said on Monday.",
])
def test_an_impersonal_it_proposes_nothing(analyse, text):
    assert not [e for e in analyse(text, "2024-01-08").events if e.event_type == "AGREE"]


def test_a_party_that_suggests_still_proposes(analyse):
    event = _event(analyse, "Chile suggested that the two sides resume talks in Lima.", "AGREE")
    assert "Chile" in _side(event.source)


def test_a_list_inside_a_longer_mention_keeps_its_members(analyse):
    """Only a possessor inside a longer mention is dropped: "British and EU negotiators" is still a pair."""
    events = [e for e in analyse("British and EU negotiators have agreed a new trade deal.", "2024-01-08").events
              if e.reciprocal]
    assert events and "EU" in _side(events[0].target), [(e.event_type, e.source, e.target) for e in events]


def test_a_name_inside_the_doer_is_no_partner_of_its_talks(analyse):
    """ "the Chilean-born U.S. special envoy": both names describe one party, so the partner of the meetings is
    whom the "with" phrase names, never the doer's own mention (issue 13: a directed pair of two parties)."""
    event = _event(analyse, "The Chilean-born U.S. special envoy held two meetings with the Bolivian rebels.", "CONSULT")
    assert "envoy" in _side(event.source)
    assert "rebels" in _side(event.target) and "envoy" not in _side(event.target)
