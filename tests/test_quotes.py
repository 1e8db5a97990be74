"""Quotes: each form of attribution on sentences written for these tests, through the whole coder."""

from __future__ import annotations

import pytest

from detente.records import Quote


def quote_with(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


def test_direct_quote_after_cue_with_inverted_speaker_and_description(analyse):
    a = analyse('"The harbour will reopen next spring," said Okafor, an engineer at the port authority.')
    q = quote_with(a.quotes, "harbour will reopen")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.text == "Okafor"
    assert q.speaker_description == "an engineer at the port authority"
    assert q.cue == "said"
    assert a.document.text[q.start:q.end].startswith("The harbour")  # content without the marks


def test_multi_sentence_quote_and_curly_marks(analyse):
    a = analyse("Senator Vance told reporters: “We have waited long enough. The vote happens tomorrow.”")
    q = quote_with(a.quotes, "waited long enough")
    assert "vote happens tomorrow" in q.text
    assert q.kind == "direct" and q.speaker.text == "Vance"


def test_split_quote_is_one_quote_with_both_pieces(analyse):
    a = analyse('"The mines are closed," the governor said, "and they will stay closed until spring."')
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert "mines are closed" in direct[0].text and "stay closed until spring" in direct[0].text
    assert direct[0].speaker.text == "the governor"


def test_quote_paragraph_without_cue_keeps_the_previous_speaker(analyse):
    text = ('"Our farmers cannot sell their grain this year," said Mirela Dragan, the agriculture minister.\n\n'
            '"We are asking our neighbours to open the border crossings before the harvest rots."')
    a = analyse(text)
    q = quote_with(a.quotes, "asking our neighbours")
    assert q.kind == "direct" and q.cue is None
    assert q.speaker is not None and q.speaker.text == "Mirela Dragan"


def test_indirect_speech_with_that_clause(analyse):
    a = analyse("The foreign minister, Jonas Berg, said that the embassy would reopen in March.")
    q = quote_with(a.quotes, "embassy would reopen")
    assert q.kind == "indirect"
    assert not q.text.startswith("that")
    assert q.speaker is not None and "Berg" in q.speaker.text


def test_according_to_names_the_speaker(analyse):
    a = analyse("According to the Red Cross, the convoy reached the valley on Tuesday.")
    q = quote_with(a.quotes, "convoy reached the valley")
    assert q.speaker is not None and q.speaker.text == "the Red Cross"
    assert q.cue.lower() == "according to"


def test_belief_verb_is_an_attribution(analyse):
    a = analyse("Professor Ana Ruiz believes the ceasefire will not hold through the winter.")
    q = quote_with(a.quotes, "ceasefire will not hold")
    assert q.kind == "indirect" and q.speaker.text == "Ana Ruiz"


def test_partial_quote_inside_reported_speech_is_mixed(analyse):
    a = analyse('Mayor Lindqvist said the new bridge was "a gift to the next generation" and thanked the builders.')
    q = quote_with(a.quotes, "gift to the next generation")
    assert q.kind == "mixed"
    assert q.speaker.text == "Lindqvist"


def test_pronoun_speaker_resolves_to_the_person_named_before(analyse):
    text = 'Carlos Mendes arrived late to the summit. "Nobody told us the meeting had moved," he said.'
    q = quote_with(analyse(text).quotes, "Nobody told us")
    assert q.speaker is not None and q.speaker.text == "he"  # the words as written (records.md)
    assert q.speaker.actor_id == "carlos-mendes" and q.speaker.name == "Carlos Mendes"


def test_pronoun_speaker_prefers_the_subject_over_a_possessive_named_later(analyse):
    text = ('Ines Duarte, a retired ambassador, called Rowan Pike\'s speech "reckless". '
            '"It will make the talks harder for everyone," she said.')
    a = analyse(text)
    q = quote_with(a.quotes, "talks harder")
    assert q.speaker is not None and q.speaker.text == "she"
    assert q.speaker.actor_id == "ines-duarte" and q.speaker.sector == "ELI"


def test_channel_keeps_the_outlet_and_names_the_speaker(analyse):
    text = "The state news agency issued a report stating that Oduya 'deeply regretted' the clashes at the border."
    q = quote_with(analyse(text).quotes, "deeply regretted")
    assert q.speaker is not None and q.speaker.text == "Oduya"
    assert q.channel is not None and "agency" in q.channel.text


def test_scare_quotes_and_titles_are_not_quotes(analyse):
    a = analyse('The club calls its members the "Night Owls" and meets on Fridays in the old cinema.')
    assert not [q for q in a.quotes if "Night Owls" in q.text]


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_straight_and_curly_marks_give_the_same_content(analyse, marks):
    opening, closing = marks
    a = analyse(f"{opening}The reactor is safe,{closing} the inspector said.")
    q = quote_with(a.quotes, "reactor is safe")
    assert q.speaker.text == "the inspector"


def test_words_said_in_a_report_keep_the_outlet_as_channel(analyse):
    text = ('The letter arrived on Friday, with the state news agency stating in a report that Lee '
            '"deeply hoped that the people would recover soon."')
    q = quote_with(analyse(text).quotes, "people would recover")
    assert q.kind == "mixed"
    assert q.speaker.text == "Lee" and "agency" in q.channel.text


def test_describe_as_with_a_quoted_label(analyse):
    q = quote_with(analyse('Ana Petrova, a retired judge, described the verdict as "a stain on the court".').quotes,
                   "stain on the court")
    assert q.kind == "mixed" and q.speaker.text == "Ana Petrova"
    assert q.speaker_description == "a retired judge"


def test_people_named_inside_a_quote_are_not_the_speaker(analyse):
    text = 'Omar Haddad spoke first. "Nobody expected Maria Costa to win," he said.'
    q = quote_with(analyse(text).quotes, "Nobody expected")
    assert q.speaker.text == "he" and q.speaker.actor_id == "omar-haddad"


def test_reported_intentions_are_indirect_attributions(analyse):
    a = analyse("The governor vowed to veto the budget bill. Activists urged the council to close the coal plant.")
    veto = quote_with(a.quotes, "veto the budget bill")
    assert veto.kind == "indirect" and veto.speaker.text == "The governor"
    plant = quote_with(a.quotes, "close the coal plant")
    assert plant.text.startswith("the council") and plant.speaker.text == "Activists"


def test_reported_speech_cues_are_picked_from_the_arrays_by_lemma(nlp):
    """find_indirect asks is_cue only of the tokens _maybe_cues picks (verbs whose lemma is a cue verb,
    first words of cue phrases): every token is_cue accepts is among them, and plain verbs are not."""
    from detente.quotes.direct import is_cue
    from detente.quotes.indirect import _maybe_cues

    doc = nlp("Officials said on Monday the talks failed. According to Kim, troops moved and he believes "
              "they will return. SAID is shouted. The minister told reporters nothing changed.")
    picked = set(_maybe_cues(doc))
    cues = {t.i for t in doc if is_cue(t)}
    assert cues and cues <= picked
    assert {t.i for t in doc if t.lemma_ in ("fail", "move", "return", "change")}.isdisjoint(picked)
