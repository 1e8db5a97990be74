"""The dating's answers kept per text and per document (issue 12, speed28b) change only the speed, never a date:
`in_direct_quote` read off the quote marks found once per text is the count of the paragraph's marks before the
word, the day-word tests kept per expression text are the pattern's own answers, and `mentions_any` kept per
document and words follows a rule switched off (its words then differ, and so does the key)."""

from __future__ import annotations

import random
from types import SimpleNamespace

from detente.rules import switched_off
from detente.time import date_event
from detente.time.dating import SINCE_WORDS, mentions_any, told_from_the_day_before
from detente.time.discourse import QUOTE_MARKS, _day_word, in_direct_quote
from detente.time.extract import pattern_of


def _counted(text: str, at: int) -> bool:
    """The plain reading: an odd number of the marks between the start of the word's line and the word."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return sum(map(before.count, QUOTE_MARKS)) % 2 == 1


def _in_quote(text: str, at: int) -> bool:
    return in_direct_quote(SimpleNamespace(document=SimpleNamespace(text=text)), SimpleNamespace(idx=at))


def test_quote_marks_counted_once_per_text_give_the_paragraph_count() -> None:
    written = ('The envoy said: "We will talk to them\u2019\u2019 and ``leave\'\' soon.\n'
               "\u201cNo,\u201d she replied, ''not yet'''. Then \"x\"\n\nA new line \u2018\u2018starts\u2019\u2019 here.")
    for at in range(len(written) + 1):
        assert _in_quote(written, at) == _counted(written, at), at
    marks = ['"', "'", "`", "\u2018", "\u2019", "\u201c", "\u201d", "\n", "w", " "]
    made = random.Random(28)
    for _ in range(300):  # runs of marks of every kind next to each other and to line breaks
        text = "".join(made.choice(marks) for _ in range(made.randint(0, 30)))
        for at in range(len(text) + 1):
            assert _in_quote(text, at) == _counted(text, at), (text, at)


def test_day_word_tests_are_the_patterns_answers() -> None:
    for text in ("today", "Tonight", "yesterday", "this morning", "the next morning", "later that night", "Monday",
                 "last week", "that evening"):
        for _ in range(2):  # the first call works it out, the second reads the kept answer
            day = pattern_of("time.day_word")
            part = pattern_of("time.anaphoric_day_part")
            assert _day_word(text) == (day is not None and day.fullmatch(text) is not None)
            assert told_from_the_day_before(text) == (part is not None and part.fullmatch(text) is not None)
    assert _day_word("today") and not _day_word("last week")
    assert told_from_the_day_before("the next morning") and not told_from_the_day_before("Monday")


def test_mentions_kept_per_document_follow_a_rule_switched_off(analyse) -> None:
    doc = analyse("Troops have patrolled the valley ever since the ceasefire ended in March.",
                  published="2024-05-10").doc
    words = tuple(SINCE_WORDS)
    assert words and any(w in doc.text.lower() for w in words)  # a word of the rule's list is in the text
    assert mentions_any(doc, words) and mentions_any(doc, words)  # worked out, then kept
    with switched_off({"dating.since_happening"}):
        assert tuple(SINCE_WORDS) == ()
        assert not mentions_any(doc, tuple(SINCE_WORDS))
    assert not mentions_any(doc, ("meanwhile",))
    assert mentions_any(doc, ("valley",))


def test_quoted_day_word_and_since_still_date_the_acts(analyse) -> None:
    text = ('"Today we signed the accord with the rebels," the minister said on Tuesday. '
            "The rebels have held the border crossing since January.")
    analysis = analyse(text, published="2024-05-10")
    signed = text.index("signed")
    held = text.index("held")
    when = date_event(analysis, signed, signed + len("signed"))
    assert when.date == "2024-05-07" and when.date_end in (None, "2024-05-07")  # the speaker's today: Tuesday
    span = date_event(analysis, held, held + len("held"))
    assert span.date is not None and span.date.startswith("2024-01")  # from January on
