"""Direct quotes: quoted stretches that stand as someone's words, with the cue that introduces them."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.strings import StringStore, get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.nlp.arrays import columns
from detente.quotes.candidates import Candidate, Layout
from detente.quotes.lexicon import cues
from detente.quotes.marks import Quoted
from detente.quotes.speakers import SUBJECTS, cue_subject, phrase_object

# A quotation stands on its own (rather than inside a clause, like a scare quote) when what comes
# before its opening mark ends a sentence or introduces it.
OPENERS = ":,.?!;—–-(\"“”'‘’"
MIN_CARRY_WORDS = 4  # a cue-less paragraph quote shorter than this is a title or a slogan


def is_cue(tok: Token) -> bool:
    lexicon = cues()
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon.verbs:
        return True
    return tok.lower_ in lexicon.phrase_starts and any(phrase_at(tok, phrase) for phrase in phrases_from(tok))


def phrases_from(tok: Token) -> tuple[tuple[str, ...], ...]:
    """The cue phrases that begin with this word, in the lexicon's order: the only ones `phrase_at` can find
    there (asking every phrase at every cue made a Token per word compared)."""
    return (cues().by_start or {}).get(tok.lower_, ())


def phrase_at(tok: Token, phrase: tuple[str, ...]) -> bool:
    doc = tok.doc
    if tok.i + len(phrase) > len(doc):
        return False
    return all(doc[tok.i + k].lower_ == word for k, word in enumerate(phrase))


VERBAL = frozenset({VERB, AUX})


@lru_cache(maxsize=8)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


_cue_lemmas: dict[int, tuple[frozenset[str], bool]] = {}  # lemma id -> (the verb list asked, whether it is a cue)


def _is_cue_lemma(lemma: int, strings: StringStore, verbs: frozenset[str]) -> bool:
    """Whether a verb with this lemma is a cue (is_cue's first test), kept per lemma id for the list asked."""
    held = _cue_lemmas.get(lemma)
    if held is None or held[0] is not verbs:
        if len(_cue_lemmas) >= 100_000:
            _cue_lemmas.clear()
        held = _cue_lemmas[lemma] = (verbs, strings[lemma].lower() in verbs)
    return held[1]


def _maybe_cues(doc: Doc) -> list[int]:
    """The tokens that can be cues (is_cue): verbs whose lemma is a cue verb, and the first words of cue
    phrases. Picked from the document's arrays, so is_cue is asked of a few tokens, not of every verb."""
    if not len(doc):
        return []
    lexicon = cues()
    firsts = _hashes(lexicon.phrase_starts)
    verbs, strings = lexicon.verbs, doc.vocab.strings
    held = columns(doc)
    return [i for i, (pos, lower, lemma) in enumerate(zip(held.pos, held.lower, held.lemma, strict=True))
            if pos in VERBAL and _is_cue_lemma(lemma, strings, verbs) or lower in firsts]


def cue_tokens(layout: Layout) -> list[int]:
    """`_maybe_cues` of the layout's document, picked once per quotes pass: the direct quotes' cue search and the
    reported speech both ask is_cue only of these."""
    if layout.maybe_cues is None:
        layout.maybe_cues = _maybe_cues(layout.doc)
    return layout.maybe_cues


def _stands_alone(analysis: Analysis, quote: Quoted, layout: Layout) -> bool:
    text = analysis.document.text
    before = text[:quote.open_at].rstrip(" \t")
    if not before or before.endswith("\n") or before[-1] in OPENERS:
        return True
    prev = layout.token_at(len(before) - 1)
    introduced = is_cue(prev) or prev.lower_ == "that" and prev.i > 0 and is_cue(prev.doc[prev.i - 1])
    if not introduced:
        return False
    # 'He said "..."' stands alone only when the quote runs to the end of the sentence.
    sent_end = layout.token_at(max(quote.close_at, quote.end - 1)).sent.end_char
    return not any(c.isalnum() for c in text[quote.close_at + 1: sent_end])


def _cue_for(analysis: Analysis, index: int, layout: Layout) -> Token | None:
    """The nearest cue outside quotation marks in the sentences the quote touches, same paragraphs.

    A sentence ending in a colon just before the quote introduces it even without a cue verb
    ("Cruz went further:"), so its main verb stands in as the cue.
    """
    quote = layout.spans[index]
    text = analysis.document.text
    first = analysis.sentence_index(quote.open_at)
    last = analysis.sentence_index(max(quote.start, quote.end - 1))
    sentences = analysis.sentences
    if last + 1 < len(sentences) and not text[quote.close_at + 1: sentences[last + 1].start_char].strip(" \t,"):
        last += 1  # '..."' / 'he said.' split into two sentences
    before = text[:quote.open_at].rstrip()
    colon = before.endswith(":")
    if first > 0 and colon:
        first = analysis.sentence_index(len(before) - 1)
    paragraphs = range(layout.paragraph(len(before) - 1 if colon else quote.open_at),
                       layout.paragraph(max(quote.close_at, quote.end - 1)) + 1)
    best: tuple[int, Token] | None = None
    doc, maybe = layout.doc, cue_tokens(layout)  # only the words that can be cues: no Token made for the others
    for sent in sentences[first:last + 1]:
        for i in maybe[bisect_left(maybe, sent.start):bisect_left(maybe, sent.end)]:
            if layout.token_quote[i] != -1 or layout.paragraph(layout.starts[i]) not in paragraphs:
                continue
            tok = doc[i]
            if not is_cue(tok):
                continue
            distance = quote.open_at - tok.idx if tok.idx < quote.open_at else tok.idx - quote.close_at
            if best is None or distance < best[0]:
                best = (distance, tok)
    if best is None and colon:
        root = layout.token_at(len(before) - 1).sent.root
        if root.pos_ in ("VERB", "AUX") and layout.token_quote[root.i] == -1:
            return root
    return best[1] if best else None


def _covers_sentences(analysis: Analysis, quote: Quoted, layout: Layout) -> bool:
    """True when nothing but punctuation lies outside the quote in the sentences it spans."""
    first = analysis.sentence_index(quote.open_at)
    last = analysis.sentence_index(max(quote.start, quote.end - 1))
    doc, quoted = layout.doc, layout.token_quote
    for sent in analysis.sentences[first:last + 1]:
        for i in range(sent.start, sent.end):  # a Token made only for a word outside the marks
            if quoted[i] == -1 and not (tok := doc[i]).is_punct and not tok.is_space:
                return False
    return True


NAMING = ("PROPN", "NOUN", "PRON")


def _subject(cue: Token, layout: Layout) -> Token | None:
    """The word naming who speaks. Words inside quotation marks are what is said, never who says it:
    when the parser finds no subject or takes a word of the quote for it ('"... Underestimation of
    Cruz," Robert Shrum said'), the speaker is looked for outside the marks: the subject of the verb
    the cue hangs from ("deflected questions before saying, '...'"), then the name just after the
    cue ('said the minister'), then the nearest subject, else name, before it in the sentence."""
    if cue.pos_ not in ("VERB", "AUX"):
        return phrase_object(cue)
    quoted = layout.token_quote
    subject = cue_subject(cue)
    if subject is not None and quoted[subject.i] == -1:
        return subject
    governing = _governing_verb(cue)
    above = cue_subject(governing) if governing is not None else None
    if above is not None and quoted[above.i] == -1:
        return above
    for tok in cue.doc[cue.i + 1: min(cue.sent.end, cue.i + 4)]:  # inverted: '"...," said the minister'
        if quoted[tok.i] != -1 or tok.is_punct:
            break
        if tok.pos_ in NAMING and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
    before: list[Token] = []
    for tok in reversed(cue.doc[cue.sent.start: cue.i]):  # '"...," Robert Shrum, a strategist, said'
        if quoted[tok.i] != -1:
            break
        if tok.pos_ in NAMING and tok.ent_type_ not in ("DATE", "TIME"):
            before.append(tok)
    # a subject; else a person or body named outside a prepositional phrase ("Col. Steven Warren, a
    # spokesman in Baghdad, said": Warren, not Baghdad); else any such noun
    outside = [t for t in before if _name_head(t).dep_ != "pobj"]
    named = [t for t in before if t.dep_ in SUBJECTS] \
        or [t for t in outside if t.ent_type_ in ("PERSON", "ORG", "NORP")] or outside
    return _phrase_head(named[0]) if named else None


def _name_head(token: Token) -> Token:
    """The last word of the name a word is part of ("Warren" for "Steven" in "Steven H. Warren")."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i and token.head.i < token.i + 5:
        token = token.head
    return token


def _governing_verb(cue: Token) -> Token | None:
    """The verb a participle cue hangs from: "before saying" (through its preposition), "adding"."""
    head = cue.head
    if head.i == cue.i:
        return None
    if cue.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if cue.dep_ in ("advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _phrase_head(token: Token) -> Token:
    """The name a word belongs to: "Shrum" for "strategist" in "Robert Shrum, a veteran strategist";
    a name is not climbed out of ("Warren" set beside a date by the parser stays Warren)."""
    while token.dep_ in ("compound", "flat", "amod", "appos", "poss") and token.head.i != token.i \
            and token.head.i < token.i + 8 and not (token.ent_type_ in ("PERSON", "ORG") and token.dep_ == "appos"):
        token = token.head
    return token


def _continues(analysis: Analysis, layout: Layout, follower: int, cue: Token) -> bool:
    """A later quote in the same paragraph with no cue of its own goes on with the same words:
    '"We are ready," he said. "We have been for years."'."""
    nxt = layout.spans[follower]
    if layout.paragraph(nxt.open_at) != layout.paragraph(cue.idx) or nxt.open_at < cue.idx:
        return False
    if not _stands_alone(analysis, nxt, layout):
        return False
    own = _cue_for(analysis, follower, layout)
    return own is None or own.i == cue.i


def find_direct(analysis: Analysis, layout: Layout) -> list[Candidate]:
    """Direct quotes, split quotes merged; quotes inside a clause are left for the indirect pass."""
    found: list[Candidate] = []
    text = analysis.document.text
    last_para = -10
    skip: set[int] = set()
    for index, quote in enumerate(layout.spans):
        if index in skip or not _stands_alone(analysis, quote, layout):
            continue
        cue = _cue_for(analysis, index, layout)
        if cue is None:
            paragraph = layout.paragraph(quote.open_at)
            words = len(text[quote.start:quote.end].split())
            if (found and words >= MIN_CARRY_WORDS and paragraph - last_para <= 2
                    and _covers_sentences(analysis, quote, layout)):
                found.append(Candidate("direct", quote.start, quote.end, None, None, [(quote.start, quote.end)]))
                last_para = paragraph
            continue
        parts = [(quote.start, quote.end)]
        end = quote.end
        follower = index + 1
        while follower < len(layout.spans) and _continues(analysis, layout, follower, cue):
            nxt = layout.spans[follower]
            parts.append((nxt.start, nxt.end))
            end = nxt.end
            skip.add(follower)
            follower += 1
        found.append(Candidate("direct", quote.start, end, cue, _subject(cue, layout), parts))
        last_para = layout.paragraph(end)
    return found
