"""Reported speech: "X said (that) ...", "..., X said", "according to X, ...", "X believes ...".

The content is the clausal complement of the cue verb; a quotation inside it makes the
attribution `mixed`. A news outlet passing on a named person's words ("the agency reported that
Lee 'deeply regretted' ...") is kept as the channel, and the person becomes the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.nlp.perdoc import dependents
from detente.quotes.candidates import Candidate, Layout
from detente.quotes.direct import _maybe_cues as _maybe_cues  # moved to direct.py; importable here as before
from detente.quotes.direct import cue_tokens, is_cue, phrase_at, phrases_from
from detente.quotes.lexicon import cues
from detente.quotes.speakers import cue_subject, phrase_object

EDGE_SKIP = {"that", ",", ":", "-", "—", "–"}


def _trim(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """Character bounds of the content in tokens [start, stop) (as `doc[start:stop]` takes them) without a leading
    'that' or edge punctuation. Only the edge words are read: making the span and a Token for each of its words
    cost more than the trimming."""
    length = len(doc)
    start = min(length, max(0, start + length if start < 0 else start))
    stop = min(length, max(start, stop + length if stop < 0 else stop))
    first, last = start, stop - 1
    while first <= last and ((token := doc[first]).lower_ in EDGE_SKIP or token.is_space):
        first += 1
    while first <= last and ((token := doc[last]).is_punct and token.text not in "\"”’'" or token.is_space):
        last -= 1
    if first > last:
        return None
    tail = doc[last]
    return doc[first].idx, tail.idx + len(tail.text)


def reported_clause(cue: Token) -> Token | None:
    """The head of the clause a cue verb reports: its complement, or a that-clause hanging on
    the noun of its prepositional phrase ("said in a statement that ...")."""
    for child in dependents(cue):
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child
    for prep in dependents(cue):
        if prep.dep_ != "prep":
            continue
        for noun in dependents(prep):
            for clause in dependents(noun):
                if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                          for m in dependents(clause)):
                    return clause
    return None


def _described_as(cue: Token) -> tuple[int, int] | None:
    """'described the talks as "a waste of time"': the object and what it is called."""
    doc = cue.doc
    obj = next((c for c in dependents(cue) if c.dep_ == "dobj"), None)
    as_phrase = next((c for c in dependents(cue) if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_phrase is None or as_phrase.i < obj.i:
        return None
    return _trim(doc, obj.left_edge.i, as_phrase.right_edge.i + 1)


def _intended(cue: Token) -> tuple[int, int] | None:
    """'vowed to veto the bill', 'urged Congress to act', 'called for a recount'."""
    doc = cue.doc
    xcomp = next((c for c in dependents(cue) if c.dep_ == "xcomp" and c.i > cue.i), None)
    if xcomp is not None:
        obj = next((c for c in dependents(cue) if c.dep_ == "dobj" and c.i < xcomp.i), None)
        first = obj.left_edge.i if obj is not None else xcomp.left_edge.i
        return _trim(doc, first, xcomp.right_edge.i + 1)
    for prep in dependents(cue):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            objects = [c for c in dependents(prep) if c.dep_ == "pobj"]
            if objects:
                return _trim(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)
    return None


def _clause_content(cue: Token) -> tuple[int, int] | None:
    """The clause a cue verb reports: its complement, or the main clause it comments on."""
    doc = cue.doc
    clause = reported_clause(cue)
    if clause is not None:
        return _trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if cue.lemma_.lower() in cues().describe and (described := _described_as(cue)) is not None:
        return described
    if cue.lemma_.lower() in cues().intent:
        return _intended(cue)
    if cue.dep_ == "parataxis" and cue.i > cue.head.i:  # "The plan will fail, he said."
        return _trim(doc, cue.head.left_edge.i, cue.left_edge.i)
    if cue.dep_ == "parataxis":  # "The plan, he said, will fail."
        return _trim(doc, cue.head.left_edge.i, cue.head.right_edge.i + 1)
    return None


def _around(analysis: Analysis, cue: Token) -> list[tuple[int, int]] | None:
    """The two pieces of a clause that a parenthetical cue ("he said") interrupts."""
    doc = analysis.doc
    head = cue.head
    before = _trim(doc, head.left_edge.i, cue.left_edge.i)
    after = _trim(doc, cue.right_edge.i + 1, head.right_edge.i + 1)
    pieces = [p for p in (before, after) if p is not None]
    return pieces or None


def _phrase_content(analysis: Analysis, cue: Token) -> tuple[int, int] | None:
    """The rest of the sentence around "according to X"."""
    sent = cue.sent
    phrase = analysis.doc[cue.left_edge.i: cue.right_edge.i + 1]
    if phrase.start <= sent.start + 1:
        return _trim(analysis.doc, phrase.end, sent.end)
    if phrase.end >= sent.end - 1:
        return _trim(analysis.doc, sent.start, phrase.start)
    return _trim(analysis.doc, sent.start, sent.end)


def _channel_split(cue: Token, subject: Token | None, start: int, end: int) -> tuple[Token | None, Token | None]:
    """(speaker, channel): an outlet's report of a named person's words names that person instead."""
    if subject is None or cue.lemma_.lower() not in cues().channel or subject.ent_type_ == "PERSON":
        return subject, None
    clause = reported_clause(cue)
    if clause is None:
        return subject, None
    inner = next((c for c in dependents(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if inner is not None and inner.ent_type_ == "PERSON" and start <= inner.idx < end:
        return inner, subject
    return subject, None


def find_indirect(analysis: Analysis, layout: Layout, direct: list[Candidate]) -> list[Candidate]:
    """Attributions built on cue verbs and phrases outside quotation marks."""
    found: list[Candidate] = []
    taken_cues = {c.cue.i for c in direct if c.cue is not None}
    doc = analysis.doc
    for i in cue_tokens(layout):
        tok = doc[i]
        if layout.token_quote[i] != -1 or not is_cue(tok):
            continue
        verbal = tok.pos_ in ("VERB", "AUX") and not any(phrase_at(tok, p) for p in phrases_from(tok))
        bounds = _clause_content(tok) if verbal else _phrase_content(analysis, tok)
        if bounds is None or tok.i in taken_cues:  # a direct quote already holds this cue's words
            continue
        start, end = bounds
        parts = [(start, end)]
        if verbal and tok.dep_ == "parataxis" and tok.i < tok.head.i:  # "The plan, he said, will fail."
            parts = _around(analysis, tok) or parts
        subject = cue_subject(tok) if verbal else phrase_object(tok)
        subject, channel = _channel_split(tok, subject, start, end) if verbal else (subject, None)
        if subject is not None and start <= subject.idx < end and channel is not None:
            start = _after(subject, end)
        inner = [q for q in layout.spans if start <= q.open_at < end]
        kind = "mixed" if inner else "indirect"
        if channel is not None:
            parts = [(start, end)]
        found.append(Candidate(kind, start, end, tok, subject, parts, channel))
    return found


def _after(subject: Token, end: int) -> int:
    """Where the reported words start after the name of their speaker ("Lee 'regretted ...'")."""
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return min(doc[i].idx, end) if i < len(doc) else end

