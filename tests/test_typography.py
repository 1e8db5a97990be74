"""The straight-quotes step (detente.nlp.typography): news typography is parsed as the straight quotes the model
was trained on, while the Doc, the records and their offsets keep the text as written."""

from __future__ import annotations

import numpy
import pytest

from detente.nlp.typography import carried_over, mapped, needs_straightening, parse, parse_many, straightened
from detente.pipeline import Coder
from detente.settings import Settings

PLAN = "The minister said they don\u2019t plan to meet the rebels."
QUOTED = ("\u201cWe will not yield to the rebels\u2019 demands,\u201d the defence minister said on Friday. "
          "The United States\u2019 ambassador met Iran\u2019s envoy in Oman.")


@pytest.fixture(scope="module")
def plain_coder() -> Coder:
    return Coder(settings=Settings(straight_quotes=False))


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["factuality"]) for e in coder.code_text(text, published="2024-01-08")["events"]]


def test_the_mapped_characters_are_one_for_one_and_keep_offsets() -> None:
    assert set(mapped()) == {"\u2019", "\u2018", "\u201c", "\u201d"}
    assert straightened(QUOTED) == QUOTED.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    assert len(straightened(QUOTED)) == len(QUOTED)
    assert not needs_straightening("The rebels' demands, \"we will not yield\".")


def test_a_curly_contraction_negates_the_plan_as_the_straight_one_does(coder, plain_coder) -> None:
    # read plainly, en_core_web_sm takes "n’t" for a noun (the object of "do"): the plan comes out an asserted AGREE
    assert ("AGREE", "asserted") in _events(plain_coder, PLAN)
    events = _events(coder, PLAN)
    assert ("AGREE", "asserted") not in events
    assert ("CONSULT", "negated") in events
    assert events == _events(coder, PLAN.replace("\u2019", "'"))


def test_a_curly_plural_possessive_is_a_possessive_not_a_closing_quote(nlp) -> None:
    text = "Police said the United States\u2019 ambassador met Iran\u2019s envoy in Oman."
    plain = nlp(text)
    doc = parse(nlp, text)
    mark = next(i for i, t in enumerate(doc) if t.text == "\u2019")
    assert plain[mark].tag_ == "''"
    assert (doc[mark].tag_, doc[mark].dep_, doc[mark].head.text) == ("POS", "case", "States")


def test_the_doc_keeps_the_original_text_offsets_and_curly_marks(nlp) -> None:
    doc = parse(nlp, QUOTED)
    plain = nlp(QUOTED)
    assert doc.text == QUOTED
    assert [(t.idx, t.text, t.whitespace_, t.norm_) for t in doc] == [(t.idx, t.text, t.whitespace_, t.norm_)
                                                                    for t in plain]
    straight = nlp(straightened(QUOTED))
    columns = ["TAG", "POS", "MORPH", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    assert numpy.array_equal(doc.to_array(columns), straight.to_array(columns))
    assert [s.start for s in doc.sents] == [s.start for s in straight.sents]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in straight.ents]
    assert all(QUOTED[e.start_char:e.end_char] == e.text for e in doc.ents)
    lemmas = {t.text: t.lemma_ for t in parse(nlp, PLAN)}
    assert lemmas["n\u2019t"] == "not"  # another word: the straight form's lemma
    assert {t.text: t.lemma_ for t in doc}["\u2019s"] == "\u2019s"  # the word's own form: as written


def test_records_and_quotes_keep_the_text_as_written(coder) -> None:
    record = coder.code_text(QUOTED, published="2024-01-08")
    assert record["document"]["text"] == QUOTED
    quote = next(q for q in record["quotes"] if "yield" in q["text"])
    assert "\u2019" in quote["text"] and QUOTED[quote["start"]:quote["end"]] == quote["text"]
    for event in record["events"]:
        for mention in event["mentions"]:
            trigger = mention["trigger"]
            assert QUOTED[trigger["start"]:trigger["end"]] == trigger["text"]
            assert QUOTED[mention["start"]:mention["end"]] == mention["text"]


def test_switched_off_and_straight_texts_give_the_plain_parse(nlp, plain_coder) -> None:
    text = "The army's commander said the rebels' \"final offer\" was rejected."
    columns = ["ORTH", "TAG", "HEAD", "DEP", "LEMMA", "ENT_TYPE", "NORM"]
    assert numpy.array_equal(parse(nlp, text).to_array(columns), nlp(text).to_array(columns))
    assert numpy.array_equal(parse(nlp, PLAN, straighten=False).to_array(columns), nlp(PLAN).to_array(columns))
    off = next(plain_coder.analyse_prepared(list(_prepared(PLAN))))
    assert numpy.array_equal(off.doc.to_array(columns), nlp(PLAN).to_array(columns))
    batch = list(parse_many(nlp, [text, PLAN, QUOTED], batch_size=2))
    assert [d.text for d in batch] == [text, PLAN, QUOTED]
    assert numpy.array_equal(batch[2].to_array(columns), parse(nlp, QUOTED).to_array(columns))


def test_a_parse_tokenised_otherwise_is_not_carried_over(nlp) -> None:
    straight = nlp(straightened(PLAN))
    with straight.retokenize() as retokenizer:  # "don't" as one token: not how spaCy splits the original
        at = next(t.i for t in straight if t.text == "do")
        retokenizer.merge(straight[at:at + 2])
    assert carried_over(nlp, PLAN, straight) is None
    assert carried_over(nlp, PLAN, nlp(straightened(PLAN))) is not None


def _prepared(text: str):  # type: ignore[no-untyped-def]
    from detente.ingest import prepare
    from detente.records import RawDocument

    yield prepare(RawDocument(origin="<test>", text=text), published="2024-01-08")


def test_training_reads_curly_text_through_the_step_as_the_coder_does() -> None:
    # the event classifier is trained on the lexicon's reading of each sentence; read without the step, "don’t"
    # loses its denial, so the model would learn features the coder never gives it
    from detente.training.event_classifier import Example, add_lexicon

    curly, straight = add_lexicon([Example(text=PLAN, label="CONSULT"),
                                   Example(text=PLAN.replace("\u2019", "'"), label="CONSULT")])
    assert curly.lexicon == straight.lexicon
    assert any(word.endswith("negated") for word in curly.lexicon)
