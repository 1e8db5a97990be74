"""Speakers linked to the story's actors: words as written plus the actor, channels, and words that are
never speakers. Texts written for these tests."""

from __future__ import annotations


def quote_with(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def test_pronoun_speaker_keeps_its_words_and_names_the_actor(analyse):
    text = ('Ghanaian Energy Minister Kofi Asante-Mensah opened the new plant on Monday. '
            '"The grid will be stable by June," he told reporters.')
    a = analyse(text)
    q = quote_with(a.quotes, "grid will be stable")
    assert (q.speaker.text, text[q.speaker.start:q.speaker.end]) == ("he", "he")
    assert q.speaker.actor_id == "kofi-asante-mensah"
    assert (q.speaker.name, q.speaker.country, q.speaker.sector) == ("Kofi Asante-Mensah", "GHA", "GOV")


def test_name_inside_a_longer_mention_takes_that_actor(analyse):
    text = '"Exports rose sharply," said Chilean Mining Minister Paula Irarrazaval on Tuesday.'
    q = quote_with(analyse(text).quotes, "Exports rose")
    assert q.speaker.text == "Paula Irarrazaval"
    assert (q.speaker.actor_id, q.speaker.country, q.speaker.sector) == ("paula-irarrazaval", "CHL", "GOV")


def test_unknown_person_is_remembered_for_the_rest_of_the_story(analyse):
    text = ("Peru's government announced new mining rules on Monday. Interior Minister Rosa Quillahuaman "
            "met protest leaders in Cusco. Later, Quillahuaman said the talks would continue next week.")
    a = analyse(text)
    actor = next(x for x in a.actors if x.actor_id == "rosa-quillahuaman")
    assert (actor.country, actor.sector) == ("PER", "GOV")
    assert len(actor.mentions) == 2
    q = quote_with(a.quotes, "talks would continue")
    assert (q.speaker.text, q.speaker.actor_id, q.speaker.country) == ("Quillahuaman", "rosa-quillahuaman", "PER")


def test_apposition_gives_an_unknown_person_their_office(analyse):
    text = "Malawi raised fuel prices. Tembo Chirwa, the energy minister, said supplies were short."
    a = analyse(text)
    q = quote_with(a.quotes, "supplies were short")
    assert (q.speaker.text, q.speaker.country, q.speaker.sector) == ("Tembo Chirwa", "MWI", "GOV")


def test_according_to_and_outlet_reports_fill_the_channel(analyse):
    a = analyse("The border crossing will reopen on Friday, according to a Georgian official.")
    q = quote_with(a.quotes, "border crossing will reopen")
    assert q.channel is not None and q.channel.text == "a Georgian official"
    assert q.channel.country == "GEO"
    b = analyse("Fuel prices in Lusaka will fall next month, state media reported.")
    q = quote_with(b.quotes, "Fuel prices")
    assert q.channel is not None and q.channel.text == "state media"
    c = analyse("Amara Diallo said the harvest was late.")
    assert quote_with(c.quotes, "harvest was late").channel is None  # her own words, not passed on


def test_datelines_headings_and_what_is_said_are_never_speakers(analyse):
    a = analyse('BAMAKO — "We will hold the vote in July," the interim president said on Sunday.')
    q = quote_with(a.quotes, "hold the vote")
    assert q.speaker.text == "the interim president"
    b = analyse("The aim of these talks is to say that trade must grow, officials noted.")
    assert all(q.speaker is None or "aim" not in q.speaker.text for q in b.quotes)
