"""Issue 14, opinion, the press at work and generic statements (events/not_events.py, rules writers_first_person and
duty_or_leave_complements of events/data/not_events.yaml): outside quotation, "I" is the writer, a columnist or a
reporter, no party; what the writer does (asks a senator, meets an envoy) is no act between parties. Someone's quoted
"I", a transcript's speakers and what the writer watched others do stay events. An act that completes a word of duty
or leave ("free to support", "obligated to protect") is what a party must or may do, not an act done; an act forced
or allowed stays."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

RULE = frozenset({"events.not_events.writers_first_person"})
DUTY = frozenset({"events.not_events.duty_or_leave_complements"})


def _types(coder, text: str, off: frozenset[str] = frozenset()) -> set[str]:
    return {t for t, _ in _found(coder, text, off)}


def test_the_writers_own_acts_are_no_events(coder) -> None:
    text = ("The debate ran late into the night. Afterwards I met the Chilean ambassador to Peru at a small dinner, "
            "and when I asked the Bolivian envoy to explain the vote, he said nothing.")
    found = _types(coder, text)
    assert not found & {"CONSULT", "REQUEST"}
    assert {"CONSULT", "REQUEST"} <= _types(coder, text, RULE)  # what the rule sets aside


def test_quoted_transcribed_and_witnessed_acts_stay(coder) -> None:
    quoted = 'The talks dragged on. "I met the Peruvian ambassador twice last week," the Chilean minister told us.'
    assert "CONSULT" in _types(coder, quoted)
    transcript = ("Here is the transcript of the interview.\n\nHOST: What happened?\n\n"
                  "MINISTER: Last week I met the Peruvian ambassador in Lima.")
    assert "CONSULT" in _types(coder, transcript)
    watched = "The march had been peaceful. As I watched, Chilean riot police beat the Peruvian marchers."
    assert "ASSAULT" in _types(coder, watched)


def test_what_a_party_must_or_may_do_is_no_act(coder) -> None:
    free = "Under the revised Chilean rules, delegates are free to back either of the two Peruvian candidates."
    assert "SUPPORT" not in _types(coder, free)
    assert "SUPPORT" in _types(coder, free, DUTY)  # what the rule sets aside
    bound = "The documents hold secrets that the Chilean guards were obligated to protect from the Peruvian spies."
    assert "AID" not in _types(coder, bound)
    assert "AID" in _types(coder, bound, DUTY)


def test_an_act_forced_or_allowed_stays(coder) -> None:
    forced = "The Chilean defence minister was forced to resign on Monday over the clash with Peru."
    assert "RETREAT" in _types(coder, forced)
