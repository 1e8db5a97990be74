"""Cheaper quotes and actors work (speed31c): the direct quotes' cue search asks is_cue only of the words that can be
cues, the covers-sentences test makes a Token only outside the marks, and slug is kept per name; each gives the
answer the plain version gives."""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.kb import slug
from detente.quotes.candidates import Layout
from detente.quotes.direct import _covers_sentences, _cue_for, cue_tokens, is_cue
from detente.quotes.marks import quoted_spans

TEXT = ('The mayor spoke on Tuesday. "We will rebuild the bridge," she said, adding that the money was found.\n'
        'Her rival disagreed: "It is far too late for that."\n'
        '"Nobody asked us," complained a farmer who lives by the river. According to the council, work starts soon.\n'
        '"The road stays shut." The police told reporters on Friday that they "saw nothing unusual".\n'
        '"Quiet, please."')


def _plain_cue_for(analysis, index: int, layout: Layout) -> Token | None:
    """_cue_for as it read before: every word of the sentences the quote touches asked in turn."""
    quote = layout.spans[index]
    text = analysis.document.text
    first = analysis.sentence_index(quote.open_at)
    last = analysis.sentence_index(max(quote.start, quote.end - 1))
    sentences = analysis.sentences
    if last + 1 < len(sentences) and not text[quote.close_at + 1: sentences[last + 1].start_char].strip(" \t,"):
        last += 1
    before = text[:quote.open_at].rstrip()
    colon = before.endswith(":")
    if first > 0 and colon:
        first = analysis.sentence_index(len(before) - 1)
    paragraphs = range(layout.paragraph(len(before) - 1 if colon else quote.open_at),
                       layout.paragraph(max(quote.close_at, quote.end - 1)) + 1)
    best: tuple[int, Token] | None = None
    for sent in sentences[first:last + 1]:
        for tok in sent:
            if layout.token_quote[tok.i] != -1 or layout.paragraph(tok.idx) not in paragraphs or not is_cue(tok):
                continue
            distance = quote.open_at - tok.idx if tok.idx < quote.open_at else tok.idx - quote.close_at
            if best is None or distance < best[0]:
                best = (distance, tok)
    if best is None and colon:
        root = layout.token_at(len(before) - 1).sent.root
        if root.pos_ in ("VERB", "AUX") and layout.token_quote[root.i] == -1:
            return root
    return best[1] if best else None


def test_cue_search_on_the_possible_cues_finds_what_the_word_by_word_search_finds(analyse) -> None:
    analysis = analyse(TEXT)
    layout = Layout.build(analysis.doc, quoted_spans(analysis.document.text))
    assert len(layout.spans) >= 5
    found = []
    for index in range(len(layout.spans)):
        cue = _cue_for(analysis, index, layout)
        plain = _plain_cue_for(analysis, index, layout)
        assert (cue.i if cue is not None else None) == (plain.i if plain is not None else None)
        found.append(cue.lower_ if cue is not None else None)
    assert "said" in found and "complained" in found  # the cues a reader sees are still found
    assert {t.i for t in analysis.doc if is_cue(t)} <= set(cue_tokens(layout))


def test_covers_sentences_reads_only_the_words_outside_the_marks(analyse) -> None:
    analysis = analyse(TEXT)
    layout = Layout.build(analysis.doc, quoted_spans(analysis.document.text))
    answers = []
    for quote in layout.spans:
        first = analysis.sentence_index(quote.open_at)
        last = analysis.sentence_index(max(quote.start, quote.end - 1))
        plain = not any(layout.token_quote[t.i] == -1 and not t.is_punct and not t.is_space
                        for sent in analysis.sentences[first:last + 1] for t in sent)
        assert _covers_sentences(analysis, quote, layout) == plain
        answers.append(plain)
    assert True in answers and False in answers  # a quote that is its own sentence, and one inside a clause


def test_kept_slug_is_the_character_by_character_slug() -> None:
    def plain(text: str) -> str:
        out = "".join(c.lower() if c.isalnum() else "-" for c in text)
        return "-".join(part for part in out.split("-") if part)

    for name in ("Kim Jong-un", "  Jean-Claude  Juncker ", "ΟΔΥΣΣΕΑΣ", "İstanbul Mayor", "al_Sayed", "", "--"):
        assert slug(name) == plain(name) == slug(name)
