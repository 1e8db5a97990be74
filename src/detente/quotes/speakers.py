"""Who is speaking: the cue's subject, its description, pronouns, and the actor behind them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from detente.actors import actors_in_span
from detente.analysis import Analysis
from detente.nlp.arrays import columns, doc_arrays, subtree_indices
from detente.nlp.perdoc import dependents, doc_text
from detente.nlp.syntax import words_text
from detente.quotes.lexicon import cues
from detente.records import Actor, QuoteSpeaker

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
    for child in dependents(cue):
        if child.dep_ in SUBJECTS and not is_dateline(child):  # "BAMAKO — ..., the president said"
            if child.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":  # "Lee, who said ...": Lee
                return cue.head
            return child
        if child.dep_ == "agent":  # "was told by X"
            objs = [c for c in dependents(child) if c.dep_ == "pobj"]
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
        nxt = [c for c in dependents(last) if c.dep_ in ("prep", "pobj", "pcomp")]
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
    arrays = doc_arrays(doc)  # the subtree and the climbs on the columns: no Token per word and step
    heads, deps, top = arrays.heads, arrays.dep, head.i
    kept = [t for t in subtree_indices(head, arrays) if not _under_descriptive(heads, deps, t, top)]
    left, right = kept[0], kept[-1] + 1
    description = None
    appos = [c for c in dependents(head) if c.dep_ == "appos" and c.i > head.i]
    if appos:
        first = appos[0]
        description = words_text(doc, first.left_edge.i, max(a.right_edge.i for a in appos) + 1).strip(" ,")
    if head.ent_type_ in ("PERSON", "ORG"):
        ent = _entity_at(head)
        if ent is not None and ent.start >= left:
            title = words_text(doc, left, ent.start).strip()
            if title and description is None and title.lower() not in ("the", "a", "an"):
                description = title
            left, right = ent.start, ent.end
    return left, right, description


def _entity_at(token: Token) -> Span | None:
    """The named entity holding a token, found from its neighbours (Doc.ents rebuilds every entity of
    the document on each call, which made a long document's cost grow with the square of its length)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


DESCRIPTIVE_IDS = frozenset(get_string_id(label) for label in DESCRIPTIVE)


def _under_descriptive(heads: list[int], deps: list[int], token: int, head: int) -> bool:
    """Whether the word hangs under the head through one of its describing dependents (by token number)."""
    while token != head and heads[token] != token:
        if deps[token] in DESCRIPTIVE_IDS and heads[token] == head:
            return True
        token = heads[token]
    return False


DASHES = ("—", "–", "-", "--")
DASH_IDS = frozenset(get_string_id(d) for d in DASHES)


def is_dateline(head: Token) -> bool:
    """A dateline ("NAIROBI —", "WASHINGTON (Reuters) -") or a heading in capitals opening a paragraph:
    it says where the story was filed, never who speaks."""
    doc = head.doc
    arrays = doc_arrays(doc)
    start = arrays.first[head.i]  # head.left_edge.i, from the column
    if start > 0:
        before = doc[start - 1]  # one Token for the word before, read twice
        opens = "\n" in before.text_with_ws or before.text in DASHES
    else:
        opens = True
    if not opens:
        return False  # read first: most heads open no line, and their words need not be read
    last = arrays.last[head.i]  # head.right_edge.i
    words = [t for t in map(doc.__getitem__, range(start, last + 1)) if t.is_alpha]  # the Tokens, no Span
    if not words or not all(t.is_upper for t in words if len(t) > 1):
        return False
    orth = columns(doc).orth  # the words' texts by string id: no Span or Token for the look past the phrase
    return opens and any(orth[k] in DASH_IDS for k in range(start, min(last + 5, len(orth)))) \
        or opens and len(words) == len(head.sent)


def not_a_source(head: Token) -> bool:
    """Words that cannot be a speaker: a dateline or heading, or a subject naming what is said
    ("The aim of this visit is ...")."""
    if is_dateline(head):
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues().not_sources


def source_phrase(analysis: Analysis, head: Token, history: list[SourcePhrase]) -> SourcePhrase | None:
    """Resolve the subject token of a cue into a speaker: the words as written (a pronoun stays "he")
    and the actor they refer to, through the actors' coreference for a pronoun. None when the words
    cannot be a speaker (a dateline, a heading, "the aim of this visit").
    """
    doc = head.doc
    if not_a_source(head):
        return None
    named = [c for c in dependents(head) if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if head.pos_ == "NOUN" and named:  # "a spokeswoman, Anna White, said": the name speaks
        name = named[0]
        phrase = source_phrase(analysis, name, history)
        if phrase is not None:
            return SourcePhrase(phrase.start, phrase.end, phrase.speaker, words_text(doc, head.left_edge.i, head.i + 1))
    left, right, description = _name_span(head)
    held = columns(doc)  # the words' offsets and text from the columns (left < right): no Span, no Token per word
    start, end = held.idx[left], held.idx[right - 1] + held.length[right - 1]
    text = doc_text(doc)[start:end]
    if head.lower_ in cues().pronouns and right - left == 1:
        resolved = _antecedent(analysis, head, history)
        if resolved is not None:
            return SourcePhrase(start, end, QuoteSpeaker(resolved.actor_id, text, start, end, resolved.name,
                                                         resolved.country, resolved.sector), description)
    return SourcePhrase(start, end, speaker_at(analysis, start, end, text), description)


def _actor_for(analysis: Analysis, start: int, end: int, text: str) -> tuple[str | None, str | None, str | None]:
    """(actor_id, country, sector) of the words: an actor named in them; else the actor whose mention
    holds them ("Musalia Mudavadi" inside "Kenya's foreign minister Musalia Mudavadi"); else, for a name,
    the one person of the story whose family name it ends with."""
    refs = actors_in_span(analysis, start, end, analysis.document.published)
    if refs and refs[0].actor_id:
        return refs[0].actor_id, refs[0].country, refs[0].sector
    holder = _holding_actor(analysis, start, end)
    if holder is not None:
        return holder.actor_id, holder.country, holder.sector
    last = text.split()[-1] if text.split() else ""
    if last[:1].isupper():
        people = [a for a in analysis.actors if a.kind == "person" and a.name.split()
                  and a.name.split()[-1].lower() == last.lower()]
        if len(people) == 1:
            return people[0].actor_id, people[0].country, people[0].sector
    return None, None, None


class _MentionIndex:
    """Every actor mention of a document by start, so the actor whose mention holds a span is found by
    bisection rather than by scanning every mention per speaker (which made long documents cost the
    square of their length)."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        spans = sorted((m.start, m.end, i) for i, actor in enumerate(actors) for m in actor.mentions)
        self.starts = [s for s, _e, _i in spans]
        self.spans = spans
        self.longest = max((e - s for s, e, _i in spans), default=0)

    def holder(self, start: int, end: int) -> int | None:
        """The first actor (in the document's order) with a mention holding [start, end)."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_right(self.starts, start)
        found = [i for s, e, i in self.spans[lo:hi] if s <= start and end <= e]
        return min(found) if found else None


_index: list[_MentionIndex] = []  # the last document's index (one document is coded at a time)


def _holding_actor(analysis: Analysis, start: int, end: int) -> Actor | None:
    actors = analysis.actors
    if not _index or _index[0].actors is not actors or len(_index[0].actors) != len(actors):
        _index[:] = [_MentionIndex(actors)]
    at = _index[0].holder(start, end)
    return actors[at] if at is not None else None


def speaker_at(analysis: Analysis, start: int, end: int, text: str) -> QuoteSpeaker:
    actor_id, country, sector = _actor_for(analysis, start, end, text)
    name = next((a.name for a in analysis.actors if a.actor_id == actor_id), None) if actor_id else None
    return QuoteSpeaker(actor_id=actor_id, text=text, start=start, end=end, name=name, country=country,
                        sector=sector)


def _antecedent(analysis: Analysis, pronoun: Token, history: list[SourcePhrase]) -> QuoteSpeaker | None:
    """The speaker a pronoun stands for: the actor the document's coreference chains (nlp/coref.py, made
    once by the actors stage) link it to, unless the speaker of an earlier quote was named after that
    antecedent (and was resolved or not itself a pronoun): a reader lets the last speaker go on."""
    link = next((c for c in analysis.links_of(pronoun.i) if c.actor_id), None)
    for past in reversed(history):
        if past.speaker.end <= pronoun.idx and (link is None or past.speaker.start >= link.antecedent_start):
            if past.speaker.actor_id or not _is_pronoun(past.speaker.text):
                return past.speaker
            break
    if link is None:
        return None
    actor = next((a for a in analysis.actors if a.actor_id == link.actor_id), None)
    mention = next((m for m in analysis.mentions_at(pronoun.i) if m.actor_id == link.actor_id), None)
    return QuoteSpeaker(link.actor_id, link.text, link.start, link.end,
                        actor.name if actor else mention.name if mention else None,
                        mention.country if mention else actor.country if actor else None,
                        mention.sector if mention else actor.sector if actor else None)


def _is_pronoun(text: str) -> bool:
    return text.lower() in cues().pronouns

