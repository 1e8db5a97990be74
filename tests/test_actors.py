"""The actor stage end to end on texts written for these tests: mentions, context, spans, user files."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import detente.actors as actors
from detente.actors import kb as kb_module

STORY = textwrap.dedent("""\
    North Korean leader Kim Jong-un sent a letter to the Japanese government on Friday, in a rare gesture.

    Kim said his country wanted better ties, according to Pyongyang's state-run news agency.

    "It is a surprise," said Haruto Minamiyama, a professor at Tokyo's Keio University, in an interview.

    Minamiyama added that Japanese nationals had been detained by North Korean police in the past.

    The North has rejected talks with the South for years, and Seoul and Tokyo remain wary of it.""")


def _actor(analysis, actor_id: str):
    found = [a for a in analysis.actors if a.actor_id == actor_id]
    assert found, f"{actor_id} not among {[a.actor_id for a in analysis.actors]}"
    return found[0]


def _span(analysis, phrase: str, nth: int = 0) -> tuple[int, int]:
    text = analysis.document.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def test_story_actors_have_all_their_mentions(analyse) -> None:
    analysis = analyse(STORY, published="2024-01-08")
    kim = _actor(analysis, "kim-jong-un")
    assert (kim.country, kim.sector, kim.kind) == ("PRK", "GOV", "person")
    texts = [m.text for m in kim.mentions]
    assert any("Kim Jong-un" in t for t in texts) and "Kim" in texts and "his" in texts
    assert _actor(analysis, "JPN-GOV").mentions[0].text == "Japanese government"
    assert {m.text for m in _actor(analysis, "JPN-CVL").mentions} == {"Japanese nationals"}
    assert _actor(analysis, "PRK-COP").sector == "COP"
    for mention in kim.mentions:
        assert analysis.document.text[mention.start:mention.end] == mention.text


def test_unknown_person_takes_country_and_sector_from_apposition(analyse) -> None:
    analysis = analyse(STORY, published="2024-01-08")
    professor = _actor(analysis, "haruto-minamiyama")
    assert (professor.country, professor.sector) == ("JPN", "EDU")
    assert [m.text for m in professor.mentions][:2] == ["Haruto Minamiyama", "Minamiyama"]


def test_the_north_and_the_south_and_capitals(analyse) -> None:
    analysis = analyse(STORY, published="2024-01-08")
    start, end = _span(analysis, "The North")
    assert [r.actor_id for r in actors.actors_in_span(analysis, start, end)] == ["PRK"]
    start, end = _span(analysis, "Seoul and Tokyo")
    assert [r.actor_id for r in actors.actors_in_span(analysis, start, end)] == ["KOR-GOV", "JPN-GOV"]


def test_span_puts_the_head_of_the_phrase_first(analyse) -> None:
    analysis = analyse("The government of President Yoon Suk Yeol in Seoul protested on Monday.", "2023-05-02")
    start, end = _span(analysis, "The government of President Yoon Suk Yeol in Seoul")
    refs = actors.actors_in_span(analysis, start, end)
    assert (refs[0].actor_id, refs[0].country, refs[0].sector) == ("KOR-GOV", "KOR", "GOV")
    assert "yoon-suk-yeol" in [r.actor_id for r in refs]


def test_coordinated_countries_give_several_refs(analyse) -> None:
    analysis = analyse("Japan and South Korea agreed to share military intelligence.", "2016-11-23")
    start, end = _span(analysis, "Japan and South Korea")
    assert [r.actor_id for r in actors.actors_in_span(analysis, start, end)] == ["JPN", "KOR"]


def test_event_date_decides_the_sector(analyse) -> None:
    analysis = analyse("Barack Obama met the Chinese president at the summit.", "2024-02-01")
    start, end = _span(analysis, "Barack Obama")
    assert actors.actors_in_span(analysis, start, end)[0].sector == "ELI"  # as of the story's date
    on_2015 = actors.actors_in_span(analysis, start, end, date="2015-09-25")[0]
    assert (on_2015.actor_id, on_2015.country, on_2015.sector) == ("barack-obama", "USA", "GOV")
    start, end = _span(analysis, "the Chinese president")
    assert actors.actors_in_span(analysis, start, end, date="2006-04-20")[0].actor_id == "hu-jintao"
    assert actors.actors_in_span(analysis, start, end, date="2015-09-25")[0].actor_id == "xi-jinping"


def test_bare_surname_follows_the_story_date(analyse) -> None:
    text = "Kim inspected a missile launch, North Korea's state media reported. Kim then left Pyongyang."
    for published, expected in (("2024-01-08", "kim-jong-un"), ("2002-09-30", "kim-jong-il")):
        analysis = analyse(text, published=published)
        assert _actor(analysis, expected).mentions[0].text == "Kim"


def test_father_named_in_full_stays_apart_from_the_son(analyse) -> None:
    text = ("Kim Jong-un praised the soldiers. Unlike his father Kim Jong-il, Kim rarely travels abroad. "
            "Kim also visited a farm.")
    analysis = analyse(text, published="2024-01-08")
    assert _actor(analysis, "kim-jong-il").sector == "ELI"
    assert sum(m.text == "Kim" for m in _actor(analysis, "kim-jong-un").mentions) == 2


def test_pronoun_links_to_the_last_person_subject(analyse) -> None:
    analysis = analyse("Joe Biden spoke with reporters. He said the talks would continue.", "2022-05-01")
    start, end = _span(analysis, "He")
    ref = actors.actors_in_span(analysis, start, end)[0]
    assert (ref.actor_id, ref.country, ref.sector) == ("joe-biden", "USA", "GOV")


def test_definite_government_takes_the_country_in_context(analyse) -> None:
    analysis = analyse("Protests spread across Kenya. The government imposed a curfew.", "2023-07-01")
    start, end = _span(analysis, "The government")
    assert actors.actors_in_span(analysis, start, end)[0].actor_id == "KEN-GOV"


def test_capital_after_in_is_a_place_not_the_government(analyse) -> None:
    analysis = analyse("Diplomats met in Paris on Tuesday. Paris later rejected the plan.", "2023-07-01")
    government = _actor(analysis, "FRA-GOV")
    assert [m.text for m in government.mentions] == ["Paris"]
    assert government.mentions[0].start > analysis.document.text.index("Tuesday")


def test_user_actor_file_through_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "people.yaml"
    user.write_text(textwrap.dedent("""\
        people:
          - person_id: ana-quillpepper
            name: Ana Quillpepper
            terms:
              - {country: CHL, role: foreign minister, sector: GOV, start: 2021-03-01, end: 2023-03-01}
        """), "utf-8")
    monkeypatch.setenv("DETENTE_ACTORS", str(user))
    inside = actors.resolve_phrase("Ana Quillpepper", date="2022-01-01")
    after = actors.resolve_phrase("Ana Quillpepper", date="2024-01-01")
    assert (inside["actor_id"], inside["country"], inside["sector"]) == ("ana-quillpepper", "CHL", "GOV")
    assert after["sector"] == "ELI"
    monkeypatch.delenv("DETENTE_ACTORS")
    assert actors.resolve_phrase("Ana Quillpepper", date="2022-01-01")["country"] is None


def test_import_wikidata_then_load_user_actors(tmp_path: Path) -> None:
    table = tmp_path / "query.csv"
    table.write_text("person,personLabel,country,countryLabel,position,positionLabel,start,end\n"
                     "http://www.wikidata.org/entity/Q1,Bruno Tallowmere,x,Portugal,y,Minister of Defence,"
                     "2019-10-26T00:00:00Z,2022-03-30T00:00:00Z\n", "utf-8")
    out = tmp_path / "actors.yaml"
    assert actors.import_wikidata(table, out) == 1
    try:
        actors.load_user_actors(out)
        result = actors.resolve_phrase("Bruno Tallowmere", date="2020-06-01")
        assert (result["actor_id"], result["country"], result["sector"]) == ("bruno-tallowmere", "PRT", "GOV")
    finally:
        kb_module.forget_user_actors()
    assert actors.resolve_phrase("Bruno Tallowmere", date="2020-06-01")["country"] is None


def test_resolve_reports_the_unused_rest_of_the_phrase() -> None:
    result = actors.resolve_phrase("three Russian diplomats")
    assert result["rest"] == "three"
    assert set(result) >= {"actor_id", "name", "country", "sector", "rest"}


def test_cli_resolve_reads_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    lines = "\n".join(json.dumps(x) for x in ({"text": "the Kremlin"}, {"text": "Joe Biden", "date": "2016-01-01"}))
    result = CliRunner().invoke(app, ["actors", "resolve", "-"], input=lines + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["actor_id"], r["sector"]) for r in rows] == [("RUS-GOV", "GOV"), ("joe-biden", "ELI")]


def test_cli_actors_option_merges_a_user_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    monkeypatch.setenv("DETENTE_ACTORS", "")  # restored after the test; the option appends to it
    user = tmp_path / "orgs.yaml"
    user.write_text("organisations:\n  - {id: LRA-X, name: Lakeside Relief Alliance, country: KEN, sector: NGO}\n",
                    "utf-8")
    result = CliRunner().invoke(app, ["actors", "resolve", "the Lakeside Relief Alliance", "--actors", str(user)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert (row["actor_id"], row["country"], row["sector"]) == ("LRA-X", "KEN", "NGO")


def test_the_regime_is_the_state_last_named_not_a_nationality(analyse) -> None:
    analysis = analyse("Tokyo urged North Korea to free the Japanese fishermen held by the regime.", "2023-04-01")
    start, end = _span(analysis, "the regime")
    assert actors.actors_in_span(analysis, start, end)[0].actor_id == "PRK-GOV"


def test_the_norths_leader_and_the_leader_link_to_the_office_holder(analyse) -> None:
    text = ("Relations with South Korea worsened in March. The North's supreme leader inspected a "
            "missile unit, and the leader later praised the soldiers.")
    for published, expected in (("2023-03-20", "kim-jong-un"), ("2009-03-20", "kim-jong-il")):
        analysis = analyse(text, published=published)
        assert len(_actor(analysis, expected).mentions) == 2


def test_actors_inside_a_modifying_clause_belong_to_another_event(analyse) -> None:
    analysis = analyse("Tokyo demanded the return of Japanese nationals abducted by North Korea.", "2023-04-01")
    start, end = _span(analysis, "Japanese nationals abducted by North Korea")
    assert [r.actor_id for r in actors.actors_in_span(analysis, start, end)] == ["JPN-CVL"]


def test_bare_police_take_the_country_of_the_story(analyse) -> None:
    analysis = analyse("Riots broke out in Bangladesh on Friday. Police fired tear gas at the crowd.", "2023-04-01")
    start, end = _span(analysis, "Police")
    ref = actors.actors_in_span(analysis, start, end)[0]
    assert (ref.actor_id, ref.country, ref.sector) == ("BGD-COP", "BGD", "COP")


def test_an_unknown_person_is_named_by_their_name_and_coded_by_their_description(coder) -> None:
    text = ("Hanae Moriwaki, a professor at Tokyo's Keio University, said the talks would fail. "
            "Moriwaki added that Seoul had not been consulted.")
    record = coder.code_text(text, published="2023-05-02")
    person = next(a for a in record["actors"] if a["kind"] == "person")
    assert (person["name"], person["country"], person["sector"]) == ("Hanae Moriwaki", "JPN", "EDU")
    assert len(person["mentions"]) == 2


def test_an_official_speaking_of_the_government_means_their_own(analyse) -> None:
    analysis = analyse("Canada will lift some of its sanctions on Venezuela. Justin Trudeau said the government "
                       "would keep the rest in place.", published="2023-05-02")
    government = [a for a in analysis.actors if any(m.text == "government" for m in a.mentions)]
    assert government and (government[0].country, government[0].sector) == ("CAN", "GOV")


def test_they_after_a_side_clause_is_the_main_clause_subject(analyse) -> None:
    analysis = analyse("The two ministers met hours after Iran launched a satellite rocket. "
                       "They condemned the launch.", published="2023-05-02")
    they = [a for a in analysis.actors if any(m.text == "They" for m in a.mentions)]
    assert they and they[0].country != "IRN" and any(m.text == "ministers" for m in they[0].mentions)


def test_the_two_leaders_and_they_are_both_office_holders_named_before(analyse) -> None:
    analysis = analyse("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago. "
                       "The two leaders signed a trade pact. They also condemned the attack on the border post.",
                       published="2024-06-01")
    for name in ("gabriel-boric", "javier-milei"):
        texts = [m.text for m in _actor(analysis, name).mentions]
        assert "leaders" in texts and "They" in texts, (name, texts)
    signed = [e for e in analysis.events if e.mentions[0].trigger.text.startswith("signed")]
    assert signed and {r.actor_id for r in signed[0].source + signed[0].target} == {"gabriel-boric", "javier-milei"}
    assert signed[0].reciprocal and len(signed[0].source) == 1  # a directed pair (issue 13)


def test_his_adviser_serves_the_state_of_the_person_he_refers_to(analyse) -> None:
    analysis = analyse("Chilean President Gabriel Boric sent his chief adviser to Lima on Monday.", "2023-05-02")
    adviser = next(a for a in analysis.actors if any(m.text.endswith("adviser") for m in a.mentions))
    assert (adviser.country, adviser.sector) == ("CHL", "GOV")
