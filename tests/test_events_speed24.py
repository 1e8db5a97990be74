"""The events stage's arguments and role model read off the document's columns (speed24b): each shortcut gives the
answer the plain reading of the parse gives, on real parses of sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events import _under_before, role_model
from detente.events.combine import family, family_probabilities
from detente.events.scoring import _WORD, NAME, word_features

TEXTS = (
    "Under the new agreement, the two governments would share the river's water, officials in both capitals said.",
    "Rebels who had crossed the border overnight attacked an army convoy near the town, and the army of the "
    "neighbouring state blamed its rival for the raid.",
    "The minister, speaking after talks with envoys from three countries, said under her plan farmers could sell "
    "grain abroad without a licence while the ban on exports of rice stays.",
)


def _plain_path(trigger: Token, mention: Token) -> str:
    """The dependency path spelled out on Tokens: the mention's labels up to the lowest head it shares with the
    trigger (each marked "^"), then the labels down to the trigger ("v"), the first five written out."""
    up = [trigger]
    while up[-1].head.i != up[-1].i and len(up) < 40:
        up.append(up[-1].head)
    on = {t.i: n for n, t in enumerate(up)}
    rise: list[Token] = []
    token = mention
    while token.i not in on:
        if token.head.i == token.i or len(rise) >= 39:
            return "none"
        rise.append(token)
        token = token.head
    steps = [t.dep_ + "^" for t in rise] + [t.dep_ + "v" for t in reversed(up[:on[token.i]])]
    return " ".join(steps[:5]) + (" ..." if len(steps) > 5 else "")


def test_the_role_models_path_is_the_path_read_on_tokens(nlp) -> None:
    compared = 0
    for text in TEXTS:
        doc = nlp(text)
        for trigger in doc:
            for mention in doc:
                assert role_model.dependency_path(trigger, mention) == _plain_path(trigger, mention)
                compared += 1
    assert compared > 1000


def test_an_under_phrase_is_found_as_a_scan_of_the_words_before_the_verb_finds_it(nlp) -> None:
    nouns = frozenset({"agreement", "plan", "deal"})
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        for verb in doc:
            plain = any(t.dep_ == "prep" and t.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in nouns and not g.ent_type_ for g in t.children)
                for t in doc[verb.left_edge.i:verb.i])
            assert _under_before(verb, nouns) == plain
            found += plain
    assert found >= 2  # "would share" under the agreement, "could sell" under her plan


def test_type_families_add_up_as_family_by_family() -> None:
    distribution = {"CONCEDE": 0.125, "RETREAT": 0.25, "ASSAULT": 0.5, "COERCE": 0.0625, "AID": 0.0625}
    expected: dict[str, float] = {}
    for event_type, probability in distribution.items():
        expected[family(event_type)] = expected.get(family(event_type), 0.0) + probability
    assert family_probabilities(distribution) == expected
    assert list(family_probabilities(distribution)) == ["YIELD", "ASSAULT", "COERCE", "AID"]


def _plain_features(text: str) -> list[str]:
    """The classifier's features spelled out: words (a capitalised word after the first masked as NAME and left out),
    adjacent pairs, and the first four letters of each word of four or more."""
    words = [w.lower() if i == 0 or not w[0].isupper() else NAME for i, w in enumerate(_WORD.findall(text))]
    return [w for w in words if w != NAME] + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)] + [
        f"~{w[:4]}" for w in words if len(w) >= 4 and w != NAME]


def test_the_classifier_reads_the_features_spelled_out() -> None:
    for text in (*TEXTS, "", "a", "Ab", "Über die iPhone-Preise", "ÉTAT Major said NO to Paris", "x y"):
        assert word_features(text) == _plain_features(text)
