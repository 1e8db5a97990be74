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


def _chain_of(analysis, pronoun_start):
    return next(c for c in analysis.chains if c.start == pronoun_start)


def test_he_is_the_subject_of_the_last_sentence_naming_someone_not_its_possessor(analyse):
    text = ('Tanzanian Trade Minister Juma Mwinyi described Kenyatta\'s offer as generous on Monday. '
            '"We will sign it next week," he said.')
    a = analyse(text)
    q = quote_with(a.quotes, "sign it next week")
    assert q.speaker.text == "he" and q.speaker.actor_id == "juma-mwinyi"
    link = _chain_of(a, q.speaker.start)  # the quote's speaker is the one coreference chain's reading
    assert text[link.antecedent_start:link.antecedent_end].endswith("Juma Mwinyi")


def test_a_person_named_inside_quoted_words_is_not_the_narrators_he(analyse):
    text = ('Zambian Finance Minister Joseph Banda spoke in Lusaka on Monday. '
            '"Nobody has heard from Peter Mwale since March, and we are worried about the mine," he said.')
    q = quote_with(analyse(text).quotes, "Nobody has heard")
    assert q.speaker.actor_id == "joseph-banda"


def test_quotes_take_a_pronoun_speaker_from_the_chains_they_are_given(nlp):
    """The quotes stage does no coreference of its own: hand it chains and it names their actor."""
    from detente.analysis import Analysis
    from detente.quotes import annotate
    from detente.records import Actor, ActorMention, CorefLink, Document, Mention

    text = 'Amina Yusuf and Grace Okafor met on Monday. "The road will open soon," she said.'
    doc = nlp(text)
    she = text.index("she")
    grace = text.index("Grace Okafor")
    a = Analysis(Document(doc_id="t", text=text), doc)
    a.actors = [Actor("grace-okafor", "Grace Okafor", "NGA", "GOV", None, "person",
                      [Mention(grace, grace + 12, "Grace Okafor", 0)])]
    a.mentions = [ActorMention(grace, grace + 12, "Grace Okafor", doc.char_span(grace, grace + 5).root.i,
                               "grace-okafor", "person", "Grace Okafor", "NGA", "GOV"),
                  ActorMention(she, she + 3, "she", doc.char_span(she, she + 3).root.i, "grace-okafor", "pronoun",
                               "Grace Okafor", "NGA", "GOV")]
    a.chains = [CorefLink(she, she + 3, "she", doc.char_span(she, she + 3).root.i, grace, grace + 12,
                          "grace-okafor")]
    annotate(a)
    q = quote_with(a.quotes, "road will open")
    assert (q.speaker.text, q.speaker.actor_id, q.speaker.country) == ("she", "grace-okafor", "NGA")
    a.quotes, a.chains, a.mentions = [], [], a.mentions[:1]  # no link: the stage reads no referent of its own
    annotate(a)
    q = quote_with(a.quotes, "road will open")
    assert (q.speaker.text, q.speaker.actor_id) == ("she", None)


def test_words_inside_the_quotation_are_never_its_speaker(analyse):
    text = ('"We will not sign, whatever Brussels offers the farmers," Agriculture Minister Ilona Varga said '
            'on Monday in Budapest.')
    q = quote_with(analyse(text).quotes, "We will not sign")
    assert q.speaker is not None and "Varga" in q.speaker.text
    text = ('Senator Amara Okoye deflected questions about the budget before saying, "It is time to stop '
            'attacking each other and get on with the work."')
    q = quote_with(analyse(text).quotes, "It is time to stop")
    assert q.speaker is not None and "Okoye" in q.speaker.text


def test_a_named_speaker_in_an_apposition_before_the_cue_speaks(analyse):
    text = ('But in a call with reporters on Dec. 2, Col. Daniel Mbeki, a military spokesman in Goma, said, '
            '"A raid is a combat operation. There is no way around that."')
    q = quote_with(analyse(text).quotes, "raid is a combat operation")
    assert q.speaker is not None and "Mbeki" in q.speaker.text
