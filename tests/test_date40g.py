"""Issue 14 (date40g): a fronted attribution inside a dated episode.

"Police said the soldiers arrested three men" after a lead that dates the soldiers' raid tells the raid going on: the
same parties in the same roles, in the simple past with no time of its own, take the episode's day (rule
dating.fronted_attribution_of_the_episode). Other parties, a party of the episode in another role, or a perfect keep
the reported act some time up to the saying (dating.reported_act_context)."""

from __future__ import annotations

from detente.rules import switched_off

FRONTED = {"dating.fronted_attribution_of_the_episode"}


def dated(coder, text: str, published: str, trigger: str) -> tuple[str | None, str | None]:
    """The coded date and date_end of the event whose trigger begins with `trigger`."""
    record = coder.code_text(text, published=published)
    event = next(e for e in record["events"] if e["mentions"][0]["trigger"]["text"].startswith(trigger))
    return event["date"], event["date_end"]


RAID = "Border guards stormed a smugglers' camp in the valley on Thursday. "


def test_same_doers_after_a_fronted_saying_keep_the_episode_day(coder) -> None:
    text = RAID + "A district official said the guards detained six porters."
    assert dated(coder, text, "2024-06-08", "detained") == ("2024-06-06", None)
    with switched_off(FRONTED):
        assert dated(coder, text, "2024-06-08", "detained") == (None, "2024-06-06")


def test_same_place_after_a_fronted_saying_keeps_the_episode_day(coder) -> None:
    text = "Rebels shelled the market of the old town on Monday. Witnesses said militiamen looted the market."
    assert dated(coder, text, "2024-06-08", "looted") == ("2024-06-03", None)
    with switched_off(FRONTED):
        assert dated(coder, text, "2024-06-08", "looted") == (None, "2024-06-03")


def test_other_parties_keep_the_range_up_to_the_saying(coder) -> None:
    text = RAID + "A district official said the smugglers attacked a police patrol."
    assert dated(coder, text, "2024-06-08", "attacked") == (None, "2024-06-06")


def test_perfect_after_a_fronted_saying_reaches_up_to_it(coder) -> None:
    text = RAID + "A district official said the guards had detained six porters."
    assert dated(coder, text, "2024-06-08", "detained") == (None, "2024-06-06")


def test_repeated_act_after_a_fronted_saying_is_set_apart(coder) -> None:
    text = RAID + "A district official said the guards often detained porters."
    assert dated(coder, text, "2024-06-08", "detained") == (None, "2024-06-06")
