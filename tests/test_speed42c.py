"""Issue 12 (speed), session 29 helper speed42c: the writer's-voice check reads the paragraph's text once per document
(doc_text, not Doc.text joined token by token on every access). The output is unchanged; these tests pin what the
changed path (the quotation still open in the paragraph) and the party look-ups decide on short texts of our own."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

VOICE = frozenset({"events.not_events.writers_voice"})


def test_advice_in_the_writers_voice_is_no_act_but_inside_an_open_quotation_it_is_reported(coder) -> None:
    editorial = ("Sanctions debate\n\nThe talks in Geneva collapsed on Monday. Both sides blamed each other. "
                 "Washington should impose sanctions on Moscow now.")
    assert "SANCTION" not in {t for t, _ in _found(coder, editorial)}
    assert "SANCTION" in {t for t, _ in _found(coder, editorial, VOICE)}  # the rule sets the writer's advice aside
    # the same advice inside a quotation opened two sentences earlier in its paragraph: the senator's words
    quoted = ("Sanctions debate\n\nThe talks in Geneva collapsed on Monday. \u201cBoth sides blamed each other. "
              "Washington should impose sanctions on Moscow now. That is my view,\u201d the senator said.")
    assert "SANCTION" in {t for t, _ in _found(coder, quoted)}


def test_a_party_named_inside_a_clause_on_the_phrase_is_not_the_doer(coder) -> None:
    text = "Relatives of Japanese citizens abducted by North Korea met the Japanese prime minister on Monday."
    events = coder.code_text(text, published="2024-01-08")["events"]
    met = [e for e in events if e["event_type"] == "CONSULT"]
    assert met and {s["actor_id"] for s in met[0]["source"]} == {"JPN-CVL"}  # not North Korea, the abductors
    taken = [e for e in events if e["event_type"] == "ASSAULT"]
    assert taken and {s["actor_id"] for s in taken[0]["source"]} == {"PRK"}
