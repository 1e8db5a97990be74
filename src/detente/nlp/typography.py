"""The straight-quotes step: parse news text with its typographic quotes read as the straight ones the model knows.

en_core_web_sm was trained mostly on straight quotes. On news typography it misreads the curly marks: on
PolNeAR dev texts 1-30 one "’s" in seven came out a past-tense verb (VBD), which made false events, wrong heads
and wrong subjects. So the parse is made on a straightened copy of the text, in which each character named in
data/typography.yaml (’ ‘ “ ”) is replaced by its one-character ASCII counterpart: the copy has the same length,
so every character offset is the same in both. The stages then get a Doc of the ORIGINAL text, tokenised as
spaCy tokenises it, carrying the copy's parse (tags, morphology, lemmas, heads, labels, sentences, entities and
the tensor): doc.text, every offset and every quoted span stay the user's characters, and the quotes stage still
sees the curly marks. A text without such characters is parsed as it is (nothing to build); where the two texts
do not tokenise alike, the plain parse of the original is used. `Settings.straight_quotes` switches the step
(on by default), so its effect can be measured.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from detente.datafiles import load_yaml

RULE = "straight_quotes"
# what the straightened copy's parse gives the original Doc: everything the parser, tagger, attribute ruler,
# lemmatizer and entity recogniser set
# (and the tokenizer's norms of the words that hold no mapped character: "n't" -> not)
CARRIED = ("NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID",
           "ENT_ID")


@lru_cache(maxsize=1)
def mapped() -> dict[str, str]:
    """Each typographic character the step replaces, with its ASCII counterpart (data/typography.yaml)."""
    source = resources.files("detente.nlp").joinpath("data/typography.yaml").read_text("utf-8")
    table = load_yaml(source)[RULE]["map"]
    for char, straight in table.items():
        if len(char) != 1 or len(straight) != 1:  # one for one, or the offsets would move
            raise ValueError(f"typography.yaml maps {char!r} to {straight!r}: both must be one character")
    return dict(table)


@lru_cache(maxsize=1)
def _translation() -> tuple[dict[int, int], re.Pattern[str]]:
    table = mapped()
    return str.maketrans(table), re.compile("[" + re.escape("".join(table)) + "]")


def straightened(text: str) -> str:
    """The text with every mapped character replaced by its counterpart: same length, same offsets."""
    return text.translate(_translation()[0])


def needs_straightening(text: str) -> bool:
    """Whether the text holds a mapped character (if not, its parse is the plain parse)."""
    return _translation()[1].search(text) is not None


def carried_over(nlp: Language, text: str, parsed: Doc) -> Doc | None:
    """A Doc of `text` with the parse `parsed` made of `straightened(text)`; None where spaCy would tokenise
    the original differently (the caller then parses the original).

    The Doc is built from the original characters at the copy's token boundaries (the copy has the same
    length, so its offsets are the original's), and takes every annotation of the copy and the norms the
    tokenizer gives. Only the words that hold a mapped character are tokenised again, alone (spaCy's
    tokenizer reads each run of non-space characters by itself), to check that the original splits them
    alike and to take their norms. A lemma that is the word's own form (`’s` as a possessive, a name with an
    apostrophe) keeps the original characters; one that is another word (`n’t` -> not, `’s` -> be) is the
    straight form's lemma."""
    starts = parsed.to_array("IDX").astype(numpy.int64)
    changed, norms = _retokenised(nlp, text, starts)
    if changed is None:
        return None
    words = [text[start:start + length] for start, length in zip(starts.tolist(), parsed.to_array("LENGTH").tolist(),
                                                                strict=True)]
    doc = Doc(nlp.vocab, words=words, spaces=parsed.to_array("SPACY").astype(bool).tolist())
    carried = parsed.to_array(CARRIED)
    carried[changed, 0] = norms  # NORM is the first column
    doc.from_array(CARRIED, carried)
    if parsed.tensor is not None and len(parsed.tensor):
        doc.tensor = parsed.tensor
    for i in changed.tolist():
        token = doc[i]
        straight = parsed[i].text
        if token.text == straight:
            continue
        if token.lemma_ == straight:
            token.lemma_ = token.text
        elif token.lemma_ == straight.lower():
            token.lemma_ = token.lower_
    return doc


def _retokenised(nlp: Language, text: str, starts: numpy.ndarray) -> tuple[numpy.ndarray | None, numpy.ndarray]:
    """The indices of the tokens in the words that hold a mapped character, and their norms, from spaCy's
    tokenisation of those words of the original; (None, ...) where it splits them otherwise than `starts`.

    The words are tokenised together, joined by spaces, in one call: each is read by itself all the same."""
    chunks = _chunks(text)
    if not chunks:
        return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=numpy.uint64)
    joined_at = numpy.cumsum([0] + [end - begin + 1 for begin, end in chunks[:-1]])
    alone = nlp.tokenizer(" ".join(text[begin:end] for begin, end in chunks))
    found = alone.to_array(["IDX", "LENGTH", "NORM"])
    begins = numpy.array([begin for begin, _ in chunks], dtype=numpy.int64)
    ends = numpy.array([end for _, end in chunks], dtype=numpy.int64)
    at = found[:, 0].astype(numpy.int64)
    chunk = numpy.searchsorted(joined_at, at, side="right") - 1
    original = begins[chunk] + at - joined_at[chunk]  # where each token of the joined words is in the text
    index = numpy.searchsorted(starts, original)
    inside = int((numpy.searchsorted(starts, ends) - numpy.searchsorted(starts, begins)).sum())
    # the same number of tokens inside the words, each starting where one of ours starts: the same tokens (the
    # tokens of a word follow one another without a gap, so their starts decide where each ends)
    if inside != len(alone) or (index >= len(starts)).any() or (starts[numpy.minimum(index, len(starts) - 1)] != original).any():
        return None, found[:, 2]
    return index, found[:, 2]


def _chunks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of non-space characters that holds a mapped character, in order."""
    found: list[tuple[int, int]] = []
    for match in _translation()[1].finditer(text):
        at = match.start()
        if found and found[-1][0] <= at < found[-1][1]:
            continue
        begin, end = at, at + 1
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        found.append((begin, end))
    return found


def parse(nlp: Language, text: str, straighten: bool = True) -> Doc:
    """The parse of one text, through the step when `straighten` (the coder's Settings.straight_quotes)."""
    if not straighten or not needs_straightening(text):
        return nlp(text)
    return carried_over(nlp, text, nlp(straightened(text))) or nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 16, straighten: bool = True) -> Iterator[Doc]:
    """The parse of every text, in order, batched by `nlp.pipe`; through the step when `straighten`."""
    if not straighten:
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    held: deque[tuple[str, bool]] = deque()  # each text given to nlp.pipe, and whether it was straightened

    def copies(items: Iterable[str]) -> Iterator[str]:
        for text in items:
            changed = needs_straightening(text)
            held.append((text, changed))
            yield straightened(text) if changed else text

    for doc in nlp.pipe(copies(texts), batch_size=batch_size):
        text, changed = held.popleft()
        yield (carried_over(nlp, text, doc) or nlp(text)) if changed else doc


def parse_list(nlp: Language, texts: Sequence[str], batch_size: int = 16, straighten: bool = True) -> list[Doc]:
    """parse_many as a list (the coder's batch)."""
    return list(parse_many(nlp, texts, batch_size, straighten))
