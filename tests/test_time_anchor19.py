"""Issue 14, dates: a time expression dates only the act its own clause governs. A date naming a known thing the act
is done to, the day of a judgment for a deed done before it, and (below) a story's earlier time carried to another
happening are no date of the act. Coded events from the real pipeline; each test also switches its rule off to show
the answer the rule changes."""

from __future__ import annotations

from detente.rules import switched_off

PUBLISHED = "2024-03-16"  # a Saturday: Monday is 2024-03-11


def dated(coder, text: str, trigger: str, off: frozenset[str] = frozenset()) -> tuple[str | None, str | None, str]:
    """(date, date_end, date_basis) of the coded event whose trigger holds `trigger`."""
    with switched_off(set(off)):
        events = coder.code_text(text, published=PUBLISHED)["events"]
    found = [(e["date"], e["date_end"], e["date_basis"]) for e in events
             if trigger in e["mentions"][0]["trigger"]["text"]]
    assert found, [e["mentions"][0]["trigger"]["text"] for e in events]
    return found[0]


def test_a_year_naming_the_known_thing_acted_on_does_not_date_the_act(coder) -> None:
    text = "Federal investigators are auditing the governor's 2019 campaign accounts."
    assert dated(coder, text, "auditing")[:2] == (PUBLISHED, None)  # going on now, by its tense
    assert dated(coder, text, "auditing", frozenset({"dating.known_thing_object"}))[0] == "2019-01-01"


def test_a_deed_judged_in_a_perfect_gerund_lies_before_the_judgment(coder) -> None:
    text = "In a speech on Monday, the governor attacked the senator for having supported the blockade."
    assert dated(coder, text, "attacked")[:2] == ("2024-03-11", None)
    assert dated(coder, text, "supported")[:2] == (None, "2024-03-11")  # some time up to the speech
    assert dated(coder, text, "supported", frozenset({"dating.judged_perfect_gerund"}))[:2] == ("2024-03-11", None)


def test_a_description_under_a_present_clause_does_not_take_the_storys_earlier_day(coder) -> None:
    text = "Rebels attacked a convoy on Monday. A report lists three cases in which the police detained journalists."
    assert dated(coder, text, "attacked")[:2] == ("2024-03-11", None)
    assert dated(coder, text, "detained")[:2] == (None, PUBLISHED)  # some time up to the day of writing
    assert dated(coder, text, "detained", frozenset({"dating.description_not_narrated"}))[:2] == ("2024-03-11", None)


def test_a_new_happening_told_before_a_dated_later_act_is_bounded_by_it(coder) -> None:
    text = ("The governor toured the northern towns this week. Rights groups sued over the curfew, and a court "
            "struck it down in June.")
    assert dated(coder, text, "struck")[:2] == ("2023-06-01", "2023-06-30")
    assert dated(coder, text, "sued")[:2] == (None, "2023-06-30")  # before the ruling, not this week
    # off: this week, up to the day of writing for a done act (dating.not_after_writing)
    assert dated(coder, text, "sued", frozenset({"dating.before_later_conjunct"}))[:2] == ("2024-03-11", "2024-03-16")


def test_a_since_clause_on_a_present_perfect_starts_the_acts_span(coder) -> None:
    text = "The mayor has criticized the governor since the council rejected the plan on Monday."
    assert dated(coder, text, "criticized")[:2] == ("2024-03-11", PUBLISHED)  # from Monday up to the day of writing
    assert dated(coder, text, "criticized", frozenset({"dating.since_clause"}))[:2] == (None, PUBLISHED)



def test_a_happening_a_verb_of_judging_has_as_its_object_lies_before_the_judgment(analyse) -> None:
    """Read through date_event, as `detente time` and the TimeML links read an event noun (the coder codes the
    judging verb, with the happening as its topic)."""
    from detente.time import date_event

    analysis = analyse("On Tuesday the senator denounced the arrest of the journalists.", published=PUBLISHED)
    start = analysis.document.text.index("arrest")
    when = date_event(analysis, start, start + len("arrest"))
    assert (when.date, when.date_end) == (None, "2024-03-12")  # some time up to the denunciation
    with switched_off({"dating.judged_happening"}):
        when = date_event(analysis, start, start + len("arrest"))
    assert (when.date, when.date_end) == ("2024-03-12", None)


def test_a_since_clause_the_parser_split_up_still_starts_the_span(coder) -> None:
    text = "The mayor has been criticizing the governor since the council, at Monday's hearing, rejected the plan."
    assert dated(coder, text, "criticizing")[:2] == ("2024-03-11", PUBLISHED)  # from Monday on, not on Monday
    assert dated(coder, text, "criticizing", frozenset({"dating.since_clause"}))[:2] == ("2024-03-11", None)
