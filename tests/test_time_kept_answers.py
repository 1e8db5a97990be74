"""Answers the dating rules keep per document and word (verb_direction, is_past, clause_kind, act_stem, the
sentence root, fronted) are the answers worked out afresh, and a new parse of the same text starts new tables:
keeping them changes only the speed (issue 12), never a date."""

from __future__ import annotations

from detente.time import date_event
from detente.time.dating import _fronted, _is_past, fronted, is_past
from detente.time.discourse import (
    _act_stem,
    _clause_kind,
    _sentence_root,
    act_stem,
    clause_kind,
    headline_sentences,
    sentence_root,
)
from detente.time.tense import _verb_direction, verb_direction

TEXT = ("Police disperse protest in capital\n"
        "On Tuesday, police fired tear gas at protesters who had gathered outside parliament. "
        "The minister will visit the city next week, officials said on Wednesday, and talks could resume. "
        "In 2019, the two countries signed a treaty that critics have long opposed.")


def test_kept_answers_match_fresh_ones(analyse) -> None:
    analysis = analyse(TEXT, published="2024-01-11")
    doc = analysis.doc
    for token in doc:
        for _ in range(2):  # the first call fills the table, the second reads it
            assert verb_direction(token) == _verb_direction(token), token.text
            assert is_past(token) == _is_past(token), token.text
            assert clause_kind(token) == _clause_kind(token), token.text
            assert act_stem(token) == _act_stem(token), token.text
            assert sentence_root(token) == _sentence_root(token) == token.sent.root.i, token.text
    assert [clause_kind(doc[i]) for i in range(len(doc)) if doc[i].text in ("fired", "visit", "said")] == \
        ["past", "after", "saying"]
    for number, expression in enumerate(analysis.times):
        assert fronted(analysis, number) == _fronted(analysis, expression) == fronted(analysis, number)
    assert any(fronted(analysis, n) for n, e in enumerate(analysis.times) if e.text in ("Tuesday", "2019"))
    assert headline_sentences(analysis) == 1


def test_new_parse_of_the_same_text_dates_the_same(analyse) -> None:
    first = analyse(TEXT, published="2024-01-11")
    second = analyse(TEXT, published="2024-01-11")
    assert first.doc is not second.doc
    start = TEXT.index("fired")
    one, two = date_event(first, start, start + 5), date_event(second, start, start + 5)
    assert (one.date, one.date_basis) == (two.date, two.date_basis) == ("2024-01-09", "relative")


def test_switched_off_rules_are_not_answered_from_the_table(analyse) -> None:
    from detente.rules import switched_off

    analysis = analyse(TEXT, published="2024-01-11")
    visit = next(t for t in analysis.doc if t.text == "visit")
    assert verb_direction(visit) == 2 and clause_kind(visit) == "after"  # "will visit": kept now
    with switched_off({"time.words.future_aux"}):  # the ablation of "will": the kept answer must not leak in
        assert verb_direction(visit) != 2
        assert clause_kind(visit) != "after"
    assert verb_direction(visit) == 2


HEADLINE = ("Police arrest opposition leader in capital\n\n"
            "Police on Wednesday arrested the leader of the main opposition party at his home. "
            "Officers later searched the party's offices, a spokesman said.")


def test_lead_acts_are_the_lead_words_that_tell_the_headline_act(analyse) -> None:
    """_lead_acts reads each lead word's stem and lemma from a table; it must pick exactly the words same_act does."""
    from spacy.symbols import NOUN, VERB

    from detente.time.dating import FRAMING
    from detente.time.discourse import _lead_acts, same_act

    analysis = analyse(HEADLINE, published="2024-01-12")
    heads = headline_sentences(analysis)
    lead = [t for s in analysis.sentences[heads:] for t in s if t.pos in (VERB, NOUN)
            and t.lemma_.lower() not in FRAMING]
    matched = 0
    for headline in analysis.sentences[0]:
        expected = [t for t in lead if same_act(headline, t)]
        assert list(_lead_acts(analysis, headline, heads, len(analysis.sentences))) == expected, headline.text
        matched += bool(expected)
    assert matched  # "arrest" / "arrested" at least


def test_an_answer_kept_from_matching_the_lead_is_the_one_dated_afresh(analyse) -> None:
    """choose() keeps an answer worked out while a headline's act was matched in the lead for the lead's own dating
    too, unless that work asked a headline's act back: dating the headline first or last gives every word the same
    answer."""
    from detente.time.dating import choose, time_index

    analysis = analyse(HEADLINE, published="2024-01-12")
    words = [(t.idx, t.idx + len(t.text)) for t in analysis.doc if not t.is_punct and not t.is_space]
    headline = [(t.idx, t.idx + len(t.text)) for t in analysis.sentences[0]]
    analysis.time_index = None  # a fresh index: the events stage has asked already
    first = {span: choose(analysis, *span) for span in headline}
    chosen = time_index(analysis).chosen
    kept = {(start, end) for start, end, lead, _ in chosen if lead} & {(start, end) for start, end, lead, _ in chosen
                                                                      if not lead}
    assert kept - set(headline)  # a lead word's answer, kept from the headline's matching
    first.update({span: choose(analysis, *span) for span in words})
    analysis.time_index = None
    last = {span: choose(analysis, *span) for span in words if span not in headline}
    last.update({span: choose(analysis, *span) for span in headline})
    assert first == last
    assert first[next(s for s in headline if HEADLINE[s[0]:s[1]] == "arrest")][0] is not None


LEAD_TEXT = ("Curfew imposed after riots\n"
             "Police on Wednesday imposed a curfew in the city. A mob set houses on fire. The mayor was suspended. "
             "Ministers said talks had run from 2002 to 2004.")


def test_kept_extents_and_lead_days_match_fresh_ones(analyse) -> None:
    """coordinated_extent is kept per expression on the time index, and the lead-day rule's questions about the lead
    (_sets_the_story_day, _moved_on) per index: every act dated by the same expression or after the same lead asks
    them again. The kept answers are the fresh ones, and the acts after the lead still take its day."""
    from detente.time import discourse
    from detente.time.dating import _coordinated_extent, coordinated_extent, publication_day, time_index

    analysis = analyse(LEAD_TEXT, published="2024-01-11")
    index = time_index(analysis)
    for word in ("set", "suspended"):
        start = analysis.document.text.index(word)
        when = date_event(analysis, start, start + len(word))
        assert (when.date, when.date_basis) == ("2024-01-10", "relative")  # Wednesday, the lead's day
        trigger = next(t for t in analysis.doc if t.idx == start)
        found = discourse._lead_day(analysis, index, analysis.sentence_index(start), trigger, 0)
        assert found is not None and analysis.times[found].text == "Wednesday"
    held_index, answers = discourse._answers["last"]
    assert held_index is index and answers  # the lead's questions were kept for the next act
    published = publication_day(analysis)
    for key, answer in answers.items():
        if key[0] == "story day":
            assert answer == discourse._sets_the_story_day(analysis, index, key[1], published)
        else:
            assert answer == discourse._moved_on(analysis, index, key[1], key[2])
    for number in range(len(analysis.times)):
        assert coordinated_extent(analysis, number) == _coordinated_extent(analysis, number)
    assert set(index.extents) == set(range(len(analysis.times)))
    ran = next(n for n, e in enumerate(analysis.times) if e.text.startswith("2002"))
    assert index.extents[ran] == ("2002-01-01", "2004-12-31")


FRAMES = ("The minister said on Tuesday that the army had attacked the village. "
          "Rebels were accused of shelling a school. Responding to the raids, the navy shelled the port.")


def test_kept_frames_and_time_holders_match_fresh_ones(analyse) -> None:
    """time_holder, frame_of_earlier_act and judged_deed_frame are kept per document and word (asked several times
    per trigger); every word gets the answer worked out afresh, a None included, and with the rule switched off
    (the ablation) the kept answer does not leak in."""
    from spacy.tokens import Token

    from detente.rules import switched_off
    from detente.time.dating import (
        _frame_of_earlier_act,
        _judged_deed_frame,
        _time_holder,
        frame_of_earlier_act,
        judged_deed_frame,
        time_holder,
    )

    analysis = analyse(FRAMES, published="2024-01-11")
    doc = analysis.doc

    def number(token: Token | None) -> int | None:
        return None if token is None else token.i

    for token in doc:
        for _ in range(2):  # the first call fills the table, the second reads it
            assert time_holder(token).i == _time_holder(token).i, token.text
            assert number(frame_of_earlier_act(token)) == number(_frame_of_earlier_act(token)), token.text
            assert number(judged_deed_frame(token)) == number(_judged_deed_frame(token)), token.text
    attacked, shelling = (next(t for t in doc if t.text == word) for word in ("attacked", "shelling"))
    assert frame_of_earlier_act(attacked).text == "said"  # reported: up to the saying
    assert judged_deed_frame(shelling).text == "accused"
    with switched_off({"dating.earlier_act"}):
        assert frame_of_earlier_act(attacked) is None
    assert frame_of_earlier_act(attacked).text == "said"
