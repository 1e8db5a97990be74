"""The time stage reads a word's part of speech and its head's number off the document's columns (issue 12, speed30a):
`pos_of`, `pos_at` and `head_i` give exactly what spaCy's `Token.pos`, `doc[i].pos` and `Token.head.i` give, for every
word, on two documents read in turn (each keeps the last document's column), so the dates do not move."""

from __future__ import annotations

from detente.nlp.syntax import head_i, pos_at, pos_of
from detente.time import date_event


def _same_as_spacy(doc) -> None:  # type: ignore[no-untyped-def]
    for token in doc:
        assert pos_of(token) == token.pos, token.text
        assert pos_at(doc, token.i) == doc[token.i].pos, token.text
        assert head_i(token) == token.head.i, token.text


def test_columns_give_spacys_part_of_speech_and_heads(analyse) -> None:
    first = analyse("The mayor said on Friday that the bridge, which floods every spring, would close. "
                    "Engineers had warned of cracks.").doc
    second = analyse("Rescue teams reached the village late Sunday after the storm cut its only road.").doc
    for doc in (first, second, first):  # the kept column follows the document asked about
        _same_as_spacy(doc)
    assert pos_at(second, len(second) - 1) == second[-1].pos  # the last word (a full stop)


def test_a_reported_act_keeps_its_own_day(analyse) -> None:
    analysis = analyse("The minister said on Thursday that she had met the envoy on Monday.", published="2024-03-09")
    text = analysis.document.text
    met = text.index("met")
    when = date_event(analysis, met, met + len("met"))
    assert when.date == "2024-03-04"  # Monday, read through the same rules the columns now serve
    said = text.index("said")
    assert date_event(analysis, said, said + len("said")).date == "2024-03-07"  # Thursday
