"""The TempEval-3 reader and scorer behind `detente eval time`, on the real gold files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.eval.times import GoldTimex, gold_documents, read_tml, score


@pytest.fixture(scope="module")
def tml_files(data_dir: Path) -> list[Path]:
    folder = data_dir / "tempeval3" / "TBAQ-cleaned"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return sorted(folder.rglob("*.tml"))[:20]


def test_reader_keeps_gold_spans_aligned_with_the_plain_text(tml_files: list[Path]) -> None:
    for path in tml_files:
        gold = read_tml(path)
        raw = path.read_text(encoding="utf-8")
        inner = [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"<TIMEX3[^>]*>(.*?)</TIMEX3>", raw.split("<TEXT>")[1])]
        assert [gold.text[t.start:t.end] for t in gold.timexes] == [
            t.replace("&amp;", "&").replace("&quot;", '"') for t in inner]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.dct), path.name
        assert "<" not in gold.text


def test_quick_subset_is_a_fixed_fraction(data_dir: Path) -> None:
    if not (data_dir / "tempeval3").is_dir():
        pytest.skip("tempeval3 gold is absent")
    quick = [d.name for d in gold_documents(data_dir, quick=True)]
    assert quick == [d.name for d in gold_documents(data_dir, quick=True)]
    assert 10 < len(quick) < len(gold_documents(data_dir, quick=False)) / 4


def test_scorer_separates_strict_relaxed_and_value_matches() -> None:
    gold = [GoldTimex(0, 10, "DATE", "2002-09-17"), GoldTimex(20, 24, "DATE", "2013"), GoldTimex(30, 35, "DURATION", "P2D")]
    system = [(0, 10, "DATE", "2002-09-17"), (18, 24, "DATE", "2012"), (40, 45, "DATE", "PAST_REF")]
    counts = score(gold, system)
    assert (counts.strict, counts.relaxed_gold, counts.relaxed_system) == (1, 2, 2)
    assert (counts.type_right, counts.value_right) == (2, 1)


def test_documents_know_which_half_of_the_gold_they_come_from(data_dir: Path) -> None:
    if not (data_dir / "tempeval3").is_dir():
        pytest.skip("tempeval3 gold is absent")
    collections = {d.collection for d in gold_documents(data_dir, quick=True)}
    assert collections == {"TimeBank", "AQUAINT"}


def write_story(folder: Path, body: str) -> None:
    """A TimeML file `story.tml` in `folder`, written on 2024-01-10 (its creation time t0), whose text, event
    instances and links are `body` (what follows the opening <TEXT>)."""
    (folder / "story.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>story</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-10" '
        f'functionInDocument="CREATION_TIME">2024-01-10</TIMEX3></DCT>\n<TEXT>\n{body}</TimeML>\n', encoding="utf-8")


def test_any_folder_of_timeml_files_can_be_scored(tmp_path: Path) -> None:
    from detente.eval.times import run

    folder = tmp_path / "my-platinum"
    folder.mkdir()
    write_story(folder,
        'The envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on '
        '<TIMEX3 tid="t1" type="DATE" value="2024-01-08">Monday</TIMEX3> and will meet again in '
        '<TIMEX3 tid="t2" type="DATE" value="2025-03">March 2025</TIMEX3>. The vote is on '
        '<TIMEX3 tid="t3" type="DATE" value="2024-01-12">Friday</TIMEX3>. Officials <EVENT eid="e2" '
        'class="REPORTING">say</EVENT> the mood is calm.\n</TEXT>\n<MAKEINSTANCE eventID="e1" eiid="ei1" />\n'
        '<MAKEINSTANCE eventID="e2" eiid="ei2" />\n'
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />\n'
        '<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2" />\n')
    result = run(folder)
    assert result.figures["gold expressions"] == 3
    assert result.figures["value F1"] == 1.0
    assert result.figures["my-platinum: value F1"] == 1.0
    # "met" is dated by its Monday, "say" (inside the creation time only) on the day of writing
    assert result.figures["event dating: events in a time of the text"] == 1
    assert result.figures["event dating: dated by that time"] == 1.0
    assert result.figures["event dating: events in the creation time only"] == 1
    assert result.figures["event dating: dated on the day of writing"] == 1.0


def test_an_act_the_present_tense_puts_at_the_time_of_writing_counts_as_dated_on_that_day(tmp_path: Path) -> None:
    """ "The ministry is investigating" is dated on the day of writing by its tense (reason 'time_of_writing',
    basis 'relative'): the TimeML link into the creation time is scored right, as a fallback to that day is."""
    from detente.eval.times import run

    folder = tmp_path / "present"
    folder.mkdir()
    write_story(folder,
        'The ministry is <EVENT eid="e1" class="OCCURRENCE">investigating</EVENT> the shooting of two fishermen.'
        '\n</TEXT>\n'
        '<MAKEINSTANCE eventID="e1" eiid="ei1" />\n'
        '<TLINK lid="l1" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei1" />\n')
    result = run(folder)
    assert result.figures["event dating: events in the creation time only"] == 1
    assert result.figures["event dating: dated on the day of writing"] == 1.0
