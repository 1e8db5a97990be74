"""Stage: claims. Fills `analysis.claims`: amounts with what they count, how exact, and who says so.

Numbers are read by a small grammar over tokens (grammar.py, numbers.yaml). The unit is the
noun the number counts, as written ("deaths", "tons"), a currency named by its mark ("$" ->
dollars) or "percent". Left out on purpose: dates and clock times (the time stage's DATE and TIME
expressions, spaCy DATE/TIME entities that are not durations, bare years 1800-2100), ordinals,
ages ("45-year-old", "aged 45"), numbers inside names (ORG, LAW, PRODUCT, WORK_OF_ART, FAC) and
"one" used as a pronoun. Durations ("five days", "three years") are kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.analysis import Analysis
from detente.claims.grammar import Amount, maybe_number_starts, read_amount, starts_number
from detente.claims.lexicon import vocabulary
from detente.nlp.arrays import columns
from detente.nlp.perdoc import dependents, doc_text, entities
from detente.nlp.syntax import tokens_at, words_text
from detente.quotes import speaker_of
from detente.quotes.lexicon import cues
from detente.quotes.speakers import speaker_at
from detente.records import Claim, QuoteSpeaker

NAME_LABELS = ("ORG", "LAW", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT")


def annotate(analysis: Analysis) -> None:
    doc = analysis.doc
    times = _time_chars(analysis)
    dates = _date_entity_chars(analysis)
    i = 0
    for start in maybe_number_starts(doc):  # the tokens where starts_number can hold, in order
        if start < i:
            continue
        i = start
        tok = doc[i]
        if not starts_number(tok) or tok.idx in times or _excluded(tok):
            i += 1
            continue
        amount = read_amount(doc, i)
        if (amount is None or _is_year(doc, amount) or _is_age(doc, amount)
                or tok.idx in dates and _unit_token(doc, amount) is None):
            i += 1
            continue
        analysis.claims.append(_claim(analysis, amount))
        i = max(i + 1, amount.last + 1)


def _time_chars(analysis: Analysis) -> set[int]:
    """Start offsets of tokens in the time stage's dates and clock times (not durations)."""
    chars: set[int] = set()
    for expression in analysis.times:
        if expression.type in ("DATE", "TIME"):
            chars.update(t.idx for t in tokens_at(analysis.doc, expression.start, expression.end) or [])
    return chars


def _date_entity_chars(analysis: Analysis) -> set[int]:
    """Tokens of spaCy DATE/TIME entities; the small model also tags some counts as dates ("around 70
    boats"), so these only block a number that counts no noun (a duration's number counts its noun: "three
    days" stays a claim)."""
    chars: set[int] = set()
    for ent in entities(analysis.doc):
        if ent.label_ in ("DATE", "TIME"):
            chars.update(t.idx for t in ent)
    return chars


def _excluded(tok: Token) -> bool:
    if tok.ent_type_ in NAME_LABELS or tok.ent_type_ == "ORDINAL":
        return True
    if tok.lower_ == "one" and (tok.dep_ != "nummod" or tok.head.lemma_.lower() in vocabulary().one_phrases):
        return True  # "one of them", "no one", "for one thing", "one day"
    return tok.lower_ in ("a", "an") and tok.ent_type_ not in ("CARDINAL", "MONEY", "QUANTITY", "")


def _is_year(doc: Doc, amount: Amount) -> bool:
    tok = doc[amount.first]
    return (amount.first == amount.last and amount.currency is None and len(tok.text) == 4 and tok.text.isdigit()
            and 1800 <= int(tok.text) <= 2100 and not _unit_token(doc, amount))


def _is_age(doc: Doc, amount: Amount) -> bool:
    after = words_text(doc, amount.last + 1, amount.last + 5).lower().replace(" ", "")
    before = doc[amount.first - 1].lower_ if amount.first > 0 else ""
    return after.startswith(vocabulary().age_starts) or before == "aged"


def _unit_token(doc: Doc, amount: Amount) -> Token | None:
    """The noun the amount counts: the head of the number, or the noun after 'of' ("tens of thousands of X")."""
    last = doc[amount.last]
    j = amount.last + 1
    if amount.vague_of or (j < len(doc) and doc[j].lower_ == "of" and last.lower_ in vocabulary().scales):
        for tok in doc[j + 1: j + 5]:
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in vocabulary().vague:
                return tok
        return None
    head = last.head
    if (last.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN")
            and 0 < head.i - amount.last <= 4):
        return head
    if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].tag_ in ("NNS", "NN"):
        return doc[j]
    return None


def _claim(analysis: Analysis, amount: Amount) -> Claim:
    doc = analysis.doc
    vocab = vocabulary()
    end_token = amount.last
    unit = amount.currency
    after = doc[amount.last + 1] if amount.last + 1 < len(doc) else None
    if after is not None and (after.lower_ in vocab.percent or words_text(doc, amount.last + 1, amount.last + 3).lower()
                              in vocab.percent):
        unit, end_token = "percent", amount.last + (2 if after.lower_ == "per" else 1)
    elif unit is None:
        noun = _unit_token(doc, amount)
        if noun is not None:
            unit, end_token = (noun.text if noun.pos_ == "PROPN" else noun.text.lower()), noun.i
    elif after is not None and after.lower_ in ("dollars", "dollar"):
        end_token = after.i
    first, qualifier = _qualifier(doc, amount.first, end_token)
    if amount.value_max is not None and first == amount.first and first > 0 and doc[first - 1].lower_ == "between":
        first -= 1
    held, last = columns(doc), min(end_token, len(doc) - 1)  # the claim's words (first <= last), as a slice clips them
    start, end = held.idx[first], held.idx[last] + held.length[last]  # from the columns: no Span, no Token per word
    value = int(amount.value) if amount.value == int(amount.value) else amount.value
    high = amount.value_max
    value_max = int(high) if high is not None and high == int(high) else high
    return Claim(value=value, value_max=value_max, unit=unit, qualifier=qualifier, text=doc_text(doc)[start:end],
                 start=start, end=end, sentence=analysis.sentence_index(start),
                 claimant=_claimant(analysis, doc[amount.first], start, end))


def _qualifier(doc: Doc, first: int, last: int) -> tuple[int, str | None]:
    """The longest qualifier phrase right before the amount ("at least", "nearly", "up to").

    A one-word qualifier that is also a preposition ("over five days", "under 40 rules") counts
    only when the parse attaches it to the amount itself.
    """
    vocab = vocabulary()
    lower, strings = columns(doc).lower, doc.vocab.strings  # the words before it from the column: no Span per size
    for size in range(vocab.longest_qualifier, 0, -1):
        if first - size < 0:
            continue
        words = tuple(strings[w] for w in lower[first - size: first])
        if words not in vocab.qualifiers:
            continue
        word = doc[first - 1]
        if size == 1 and word.dep_ in ("prep", "det") and not first <= word.head.i <= last:
            continue
        return first - size, vocab.qualifiers[words]
    return first, None


def _claimant(analysis: Analysis, number: Token, start: int, end: int) -> QuoteSpeaker | None:
    """The speaker of the quote holding the claim, else the subject of a cue verb governing it."""
    speaker = speaker_of(analysis, start, end)
    if speaker is not None:
        return speaker
    tok = number
    for _ in range(5):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_.lower() in cues().verbs and tok.pos_ == "VERB":
            subject = next((c for c in dependents(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < number.i:
                held, first = columns(analysis.doc), subject.left_edge.i  # the subject's words from the columns
                start, end = held.idx[first], held.idx[subject.i] + held.length[subject.i]
                return speaker_at(analysis, start, end, doc_text(analysis.doc)[start:end])
            break
    return None
