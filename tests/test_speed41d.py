"""The dating's per-document index built cheaper (issue 12, speed41d) changes only the speed, never an answer:
paragraph numbers found from the text's runs of white space that hold a line break are those read sentence by
sentence (with sentences of white space only, breaks inside a sentence, a leading or trailing break), and the
word a time expression hangs on, read off the document's columns, is the word the Token climb gave."""

from __future__ import annotations

import random

from detente.analysis import Analysis
from detente.nlp.perdoc import known_text
from detente.records import Document
from detente.time.dating import _paragraph_numbers_by_sentence, paragraph_numbers
from tests.test_dates_occasions24 import _dated


def _analysis(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    known_text(doc, text)
    return Analysis(document=Document(doc_id="t", text=text), doc=doc)


def test_paragraph_numbers_from_the_line_breaks_are_those_read_by_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    written = ["The mayor spoke on Monday.\n\nShe left at noon. The crowd stayed.\nRain fell later.",
               "\nA line break opens the text. Then a second sentence.\n",
               "One sentence broken\nacross two lines stays in one paragraph. Next one.",
               "Talks ended.  \n \n  Both sides went home.\n\n\n\nA week passed.   ",
               "No break at all here. None at all."]
    pieces = ["The envoy arrived.", "Talks began", "on Tuesday", ".", "\n", "\n\n", " \n ", "  ", " ", "\t\n",
              "They left", "!", "Why"]
    made = random.Random(41)
    for _ in range(40):  # odd runs of white space, sentences of white space only, breaks inside sentences
        written.append("".join(made.choice(pieces) + made.choice(["", " "]) for _ in range(made.randint(1, 14))))
    opened = 0
    for text in written:
        analysis = _analysis(nlp, text)
        numbers = paragraph_numbers(analysis)
        assert numbers == _paragraph_numbers_by_sentence(analysis), text
        opened += numbers[-1] > 0 if numbers else 0
    assert paragraph_numbers(_analysis(nlp, written[0])) == [0, 1, 1, 2]
    assert opened > 10  # the texts do open paragraphs


def test_the_day_before_the_verb_and_after_an_own_preposition_date_their_verbs(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The army Wednesday shelled the border town, and the council met on Tuesday, her aides said Thursday."
    assert _dated(coder, text, "2024-06-14", "shelled") == [("2024-06-12", None)]
    assert _dated(coder, text, "2024-06-14", "met") == [("2024-06-11", None)]
