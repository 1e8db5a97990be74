"""Issue 14 (date37): narration after a dated scene goes on where the story clearly goes on with it.

Wire stories and police reports give each sentence a paragraph of its own; a group of the scene named again as a
bare plural ("Soldiers arrested four men" after "Soldiers chased them") is no new doer, so the run of simple-past
narration keeps the scene's day (rule dating.chain_participants_named_before). A time inside a relative clause on a
noun ("The frigate, which joined the fleet in November, ...") describes that noun and does not end the run (rule
dating.chain_through_a_relative_clause_time); a clock time alone ("at around 11 am") names no day, so the run goes
on past it to the day the story set and it sets no story day of its own (rule dating.clock_time_names_no_day)."""

from __future__ import annotations

from detente.rules import switched_off

PARTICIPANTS = {"dating.chain_participants_named_before"}
RELATIVE = {"dating.chain_through_a_relative_clause_time"}
CLOCK = {"dating.clock_time_names_no_day"}


def dated(coder, text: str, published: str, trigger: str) -> tuple[str | None, str | None]:
    """The coded date and date_end of the event whose trigger begins with `trigger`."""
    record = coder.code_text(text, published=published)
    event = next(e for e in record["events"] if e["mentions"][0]["trigger"]["text"].startswith(trigger))
    return event["date"], event["date_end"]


SCENE = ("On March 3, gunmen raided a customs post near the river. The gunmen escaped into the forest. They "
         "crossed a bridge. Soldiers followed them through three hamlets.\n\n")


def test_bare_plural_named_before_keeps_the_scene_day(coder) -> None:
    text = SCENE + "Soldiers arrested five men."
    assert dated(coder, text, "2024-03-20", "arrested") == ("2024-03-03", None)
    with switched_off(PARTICIPANTS):
        assert dated(coder, text, "2024-03-20", "arrested") == (None, "2024-03-20")


def test_numbered_new_group_starts_afresh(coder) -> None:
    text = SCENE + "Six policemen arrested two men."
    assert dated(coder, text, "2024-03-20", "arrested") == (None, "2024-03-20")


RUN = (" Its sailors pulled four fishermen from the water. The boats turned back. They landed on the far bank. "
       "Marines searched the bank.")


def test_relative_clause_time_does_not_end_the_run(coder) -> None:
    text = "Rebels seized the bridge on March 3. The frigate, which joined the fleet in November, sank two of " \
           "their boats." + RUN
    assert dated(coder, text, "2024-03-20", "searched") == ("2024-03-03", None)
    with switched_off(RELATIVE):
        assert dated(coder, text, "2024-03-20", "searched") == (None, "2024-03-20")


def test_clock_time_alone_is_no_day(coder) -> None:
    text = "Rebels seized the bridge on March 3. Their boats crossed the river. The frigate, which joined the " \
           "fleet in November, sank two of their boats at around 11 am." + RUN
    assert dated(coder, text, "2024-06-20", "searched") == ("2024-03-03", None)
    with switched_off(CLOCK):
        assert dated(coder, text, "2024-06-20", "searched") == ("2024-06-20", None)


def test_new_doer_acting_on_the_scene_keeps_the_day(coder) -> None:
    text = SCENE + "Border guards arrested the gunmen."
    assert dated(coder, text, "2024-03-20", "arrested") == ("2024-03-03", None)
    with switched_off(PARTICIPANTS):
        assert dated(coder, text, "2024-03-20", "arrested") == (None, "2024-03-20")
