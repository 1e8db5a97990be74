"""Who is speaking: the cue's subject, its description, pronouns, and the actor behind them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.actors import actors_in_span
from detente.analysis import Analysis
from detente.nlp.coref import named_antecedent
from detente.quotes.lexicon import cues
from detente.records import QuoteSpeaker

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Dependents that describe the speaker rather than name it ("Tanaka, a professor at ...", "who ...").
DESCRIPTIVE = ("appos", "relcl", "acl", "punct", "cc", "conj")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")


@dataclass
class SourcePhrase:
    """The words naming the source where the cue is, and what they resolve to."""

    start: int  # offsets of the naming words as written (a pronoun stays a pronoun here)
    end: int
    speaker: QuoteSpeaker
    description: str | None


def cue_subject(cue: Token) -> Token | None:
    """The subject of a cue verb, climbing through 'and said', 'went on to say', 'a statement saying'."""
    for child in cue.children:
        if child.dep_ in SUBJECTS:
            if child.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":  # "Lee, who said ...": Lee
                return cue.head
            return child
        if child.dep_ == "agent":  # "was told by X"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    head = cue.head
    if head.i == cue.i:
        return None
    if cue.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return cue_subject(head)
    if cue.dep_ == "acl":  # "KCNA stating that ...", "a statement saying ..."
        if head.pos_ == "PROPN" or head.ent_type_ in NAME_LABELS:
            return head
        if head.dep_ in ("dobj", "pobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            return cue_subject(head.head)
        return head
    return None


def phrase_object(cue: Token) -> Token | None:
    """The object of the last word of a prepositional cue ("according to X")."""
    last = cue
    while True:
        nxt = [c for c in last.children if c.dep_ in ("prep", "pobj", "pcomp")]
        if not nxt:
            break
        last = nxt[0]
        if last.dep_ == "pobj":
            return last
    following = cue.doc[cue.i + 1: min(len(cue.doc), cue.i + 4)]
    for tok in following:
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            return tok
    return None


def _name_span(head: Token) -> tuple[int, int, str | None]:
    """Token bounds of the speaker's name and the words that describe it (appositive, title)."""
    doc = head.doc
    kept = [t for t in head.subtree if not _under_descriptive(t, head)]
    left, right = kept[0].i, kept[-1].i + 1
    description = None
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if appos:
        first = appos[0]
        description = doc[first.left_edge.i: max(a.right_edge.i for a in appos) + 1].text.strip(" ,")
    if head.ent_type_ in ("PERSON", "ORG"):
        ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        if ent is not None and ent.start >= left:
            title = doc[left:ent.start].text.strip()
            if title and description is None and title.lower() not in ("the", "a", "an"):
                description = title
            left, right = ent.start, ent.end
    return left, right, description


def _under_descriptive(token: Token, head: Token) -> bool:
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in DESCRIPTIVE and token.head.i == head.i:
            return True
        token = token.head
    return False


def source_phrase(analysis: Analysis, head: Token, history: list[SourcePhrase],
                  quoted: list[int] | None = None) -> SourcePhrase:
    """Resolve the subject token of a cue into a speaker, following pronouns to their antecedent.

    `quoted` marks tokens inside quotation marks (-1 outside): people named inside someone's
    quoted words are not candidates for "he said".
    """
    doc = head.doc
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if head.pos_ == "NOUN" and named:  # "a spokeswoman, Anna White, said": the name speaks
        name = named[0]
        phrase = source_phrase(analysis, name, history, quoted)
        words = doc[head.left_edge.i: head.i + 1]
        return SourcePhrase(phrase.start, phrase.end, phrase.speaker, words.text)
    left, right, description = _name_span(head)
    words = doc[left:right]
    start, end = words.start_char, words.end_char
    if head.lower_ in cues().pronouns and right - left == 1:
        antecedent = _antecedent(analysis, head, history, quoted)
        if antecedent is not None:
            return SourcePhrase(start, end, antecedent, description)
    return SourcePhrase(start, end, speaker_at(analysis, start, end, words.text), description)


def speaker_at(analysis: Analysis, start: int, end: int, text: str) -> QuoteSpeaker:
    refs = actors_in_span(analysis, start, end, analysis.document.published)
    return QuoteSpeaker(actor_id=refs[0].actor_id if refs else None, text=text, start=start, end=end)


def _antecedent(analysis: Analysis, pronoun: Token, history: list[SourcePhrase],
                quoted: list[int] | None) -> QuoteSpeaker | None:
    """The speaker a pronoun stands for: the one coreference module's named antecedent (nlp/coref.py),
    unless the speaker of an earlier quote was named after it (and was not itself a pronoun)."""
    best: QuoteSpeaker | None = None
    last = named_antecedent(analysis.doc, pronoun, quoted)
    if last is not None:
        best = QuoteSpeaker(None, last.text, last.start_char, last.end_char)
    for past in reversed(history):
        if past.speaker.end <= pronoun.idx and (best is None or past.speaker.start >= best.start):
            if not _is_pronoun(past.speaker.text):
                return past.speaker
            break
    return speaker_at(analysis, best.start, best.end, best.text) if best is not None else None


def _is_pronoun(text: str) -> bool:
    return text.lower() in cues().pronouns

