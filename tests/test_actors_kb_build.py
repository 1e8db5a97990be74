"""The knowledge base built from real sources: the CAMEO converter, generated tables, places, armed
groups, disputed regions, people beyond their terms, and the `actors search` / `import-cameo` tools.
Example phrases and the small dictionary below are written for these tests."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from typer.testing import CliRunner

import detente.actors as actors
from detente.actors import kb as kb_module
from detente.actors.build.agents import agent_sector, parse_agents
from detente.actors.build.cameo import cameo_date, parse_dictionary, read_code
from detente.actors.build.names import plural
from detente.actors.build.tables import cameo_tables, strip_titles
from detente.actors.resolve import status_on
from detente.cli import app

# A made-up dictionary in the CAMEO format: a country's own entry, a person with dated codes and a
# default, a body with an undated code, an armed group.
DICTIONARY = textwrap.dedent("""\
    # comment line
    ZEMBLA_ISLANDS_  [NZL]
    +ZEMBLAN_CAPITAL_
    +PORT_ORBIN_
    ASTRID_VELLACOTT_  # a comment
    +FOREIGN_MINISTER_ASTRID_VELLACOTT_
    \t[NZLGOVBUS 990301-040630]
    \t[NZLGOV 040701-081130]
    \t[NZLELI]
    ZEMBLAN_COASTAL_WATCH_ [NZLCOP]
    NORTHERN_STAR_MILITIA_ [NZLREB]
    """)


def test_cameo_dates_and_codes_read_as_our_ontology() -> None:
    assert cameo_date("990301") == "1999-03-01"
    assert cameo_date("040701") == "2004-07-01"
    assert cameo_date("19270101") == "1927-01-01"
    assert cameo_date("2004017") is None  # a broken date is not guessed
    code = read_code("IGOUNOREFHCR")
    assert (code.country, code.sector) == ("IGO", "REF")
    code = read_code("ROMGOV", ">050101")
    assert (code.country, code.sector, code.start, code.end) == ("ROU", "GOV", "2005-01-01", None)
    code = read_code("ELI", default_country="KEN")  # a role alone keeps the entry's country
    assert (code.country, code.sector) == ("KEN", "ELI")
    assert read_code("~GOV") is None  # agent codes are not actors


def test_dictionary_entries_become_people_bodies_and_places() -> None:
    entries = parse_dictionary(DICTIONARY)
    tables = cameo_tables(entries, "test")
    terms = [(r["sector"], r["start"], r["end"]) for r in tables["people"] if r["person_id"] == "astrid-vellacott"]
    assert terms == [("GOV", "1999-03-01", "2004-06-30"), ("GOV", "2004-07-01", "2008-11-30"), ("ELI", "", "")]
    bodies = {r["name"]: (r["country"], r["sector"]) for r in tables["bodies"]}
    assert bodies == {"Zemblan Coastal Watch": ("NZL", "COP"), "Northern Star Militia": ("NZL", "REB")}
    assert {r["name"] for r in tables["places"]} == {"Zemblan Capital", "Port Orbin"}


# A made-up agents dictionary in the CAMEO format: a substitution set, an irregular plural, a phrase
# with no plural, a faith part before a role part, and codes we cannot read as one sector.
AGENTS = textwrap.dedent("""\
    !PERSON! = MAN, WOMAN
    HARBOUR_WATCH!PERSON! [~COP]  # a comment
    LOCUST {LOCUSTS_OF_THE_VALLEY} [~AGR]
    SALT_MARSH_POLICE {} [~COP]
    TEMPLE_RAIDER [~BUDUAF]
    PASSER_BY [~PPL]
    TRUCE_WARDEN [IGO~]
    """)


def test_agents_dictionary_reads_as_phrases_with_our_sectors() -> None:
    agents = {a.phrase: (a.sector, a.number) for a in parse_agents(AGENTS)}
    assert agents == {"harbour watchman": ("COP", "noun"), "harbour watchwoman": ("COP", "noun"),
                      "locust": ("CVL", "fixed"), "locusts of the valley": ("CVL", "plural"),
                      "salt marsh police": ("COP", "fixed"), "temple raider": ("UAF", "noun")}
    assert agent_sector("~CHRCTH") == "REL" and agent_sector("~GOVMED") == "GOV"
    assert agent_sector("~PPL") is None and agent_sector("IGO~") is None


@pytest.mark.parametrize(("text", "actor_id", "words"), [
    # generic agents that sectors.yaml does not list and the CAMEO agents dictionary does
    ("Kenyan magistrates ordered the release of the opposition leader on Monday.", "KEN-JUD", "Kenyan magistrates"),
    ("Colombian smugglers attacked a border post in Venezuela on Monday.", "COL-REB", "Colombian smugglers"),
    ("Peruvian shopkeepers protested against the government in Lima on Tuesday.", "PER-CVL", "Peruvian shopkeepers"),
    # "fighter" is UAF there, but armed people of an armed group the text names are that group's
    ("Boko Haram fighters attacked a village on Monday.", "NGA-REB", "Boko Haram fighters"),
])
def test_generic_agent_from_the_cameo_dictionary_codes_the_event_side(analyse, text, actor_id, words) -> None:
    analysis = analyse(text, published="2014-03-03")
    assert [(r.actor_id, r.text) for e in analysis.events for r in e.source] == [(actor_id, words)]


def test_our_sector_nouns_win_over_the_agents_dictionary() -> None:
    lex = actors.lexicon()
    assert "magistrate" in lex.agent_nouns and lex.nouns["magistrate"] == "JUD"
    assert "spokesman" not in lex.agent_nouns and lex.nouns["spokesman"] == "GOV"  # the dictionary says MED
    assert "jewish" not in lex.nouns  # a modifier, not an agent
    assert "settlements" in lex.doer_only  # a place: an actor only as a verb's subject


def test_titles_are_not_part_of_a_name() -> None:
    assert strip_titles("Former President Margit Oldhaven") == "Margit Oldhaven"
    assert strip_titles("Mr. Oldhaven") == "Oldhaven"


def test_plural_demonyms_follow_english() -> None:
    assert plural("Uzbek") == "Uzbeks"
    assert plural("Belgian") == "Belgians"
    assert plural("Japanese") is None and plural("Swiss") is None and plural("Scottish") is None


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Belgians", "BEL", "CVL"),                      # plural demonym
    ("Khujand", "TJK", None),                        # a city from the gazetteer stands for its state
    ("Olomouc", "CZE", None),
    ("a Kirov-class cruiser", "RUS", "MIL"),         # ship class: the navy that sails it
    ("the Baltic Fleet", "RUS", "MIL"),
    ("the Gulf Cartel", "MEX", "REB"),               # cartels are armed non-state groups
    ("Boko Haram fighters", "NGA", "REB"),
    ("al-Shabab militants", "SOM", "REB"),           # a lower-case name particle
    ("Transnistria", "MDA", None),                   # breakaway region: the sovereign state
    ("the Luhansk People's Republic", "UKR", "REB"),  # its de facto rulers
    ("Western Sahara", "ESH", None),                 # a territory with its own ISO code keeps it
])
def test_generated_and_listed_names_resolve(phrase: str, country: str, sector: str | None) -> None:
    result = actors.resolve_phrase(phrase, date="2022-05-01")
    assert (result["country"], result["sector"]) == (country, sector), result


def test_people_from_the_dictionary_keep_dated_roles_and_nationality() -> None:
    kb = kb_module.knowledge_base()
    person = kb.people["mohammad-zahir-shah"]  # a king of Afghanistan, in the CAMEO dictionary only
    assert status_on(person, "1960-01-01").sector == "GOV"
    after = status_on(person, "2015-01-01")  # after every dated term: still Afghan, an elite
    assert (after.country, after.sector, after.in_office) == ("AFG", "ELI", False)


def test_former_leader_is_elite_of_their_country_and_holders_stay_time_aware() -> None:
    late = actors.resolve_phrase("Hamid Karzai", date="2019-06-01")
    assert (late["country"], late["sector"]) == ("AFG", "ELI")
    early = actors.resolve_phrase("Hamid Karzai", date="2006-06-01")
    assert (early["country"], early["sector"]) == ("AFG", "GOV")
    assert actors.resolve_phrase("the Afghan president", date="2006-06-01")["actor_id"] == "hamid-karzai"
    assert actors.resolve_phrase("the Afghan president", date="2016-06-01")["actor_id"] == "ashraf-ghani"


def test_search_shows_every_dated_role_and_its_source() -> None:
    entries = actors.search_actors("zahir shah")
    person = next(e for e in entries if e["id"] == "mohammad-zahir-shah")
    assert any(t["sector"] == "GOV" and t["start"] == "1933-11-08" for t in person["terms"])
    assert all(t["source"].startswith("phoenix:") for t in person["terms"])
    with pytest.raises(ValueError):
        actors.search_actors("  ")


def test_import_cameo_writes_an_actor_file_that_the_resolver_uses(tmp_path) -> None:
    source = tmp_path / "mine.actors"
    source.write_text(DICTIONARY, "utf-8")
    out = tmp_path / "mine.yaml"
    counts = actors.import_cameo(source, out)
    assert counts == {"people": 1, "organisations": 2, "places": 2}
    data = yaml.safe_load(out.read_text("utf-8"))
    assert data["people"][0]["terms"][-1] == {"country": "NZL", "role": "", "sector": "ELI", "start": None,
                                              "end": None, "default": True}
    try:
        actors.load_user_actors(out)
        assert actors.resolve_phrase("Astrid Vellacott", date="2005-01-01")["sector"] == "GOV"
        gone = actors.resolve_phrase("Astrid Vellacott", date="2015-01-01")
        assert (gone["country"], gone["sector"]) == ("NZL", "ELI")
        assert actors.resolve_phrase("Port Orbin")["country"] == "NZL"
    finally:
        kb_module.forget_user_actors()


def test_cli_search_and_import_cameo(tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "search", "Kirov-class"])
    assert result.exit_code == 0 and '"sector": "MIL"' in result.output
    missing = runner.invoke(app, ["actors", "import-cameo", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "no such CAMEO dictionary" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing here\n", "utf-8")
    bad = runner.invoke(app, ["actors", "import-cameo", str(empty)])
    assert bad.exit_code == 2 and "no CAMEO actor entries" in bad.output


def test_a_status_kept_for_one_person_is_never_given_to_another_of_the_same_id() -> None:
    """status_on keeps its answers per person object, date and question: two readings of the same person
    (a re-read knowledge base, a user file) each get their own terms' answer, asked again or not."""
    minister = kb_module.Person("x-example", "X Example", terms=[
        kb_module.Term("KEN", "interior minister", "GOV", "2010-01-01", "2015-01-01")])
    envoy = kb_module.Person("x-example", "X Example", terms=[
        kb_module.Term("UGA", "ambassador", "GOV", "2010-01-01", None)])
    for _ in range(2):
        assert (status_on(minister, "2012-06-01").country, status_on(minister, "2012-06-01").role) \
            == ("KEN", "interior minister")
        assert (status_on(envoy, "2012-06-01").country, status_on(envoy, "2012-06-01").role) == ("UGA", "ambassador")
        later = status_on(minister, "2020-06-01", "interior minister", titled=True)  # "Interior Minister X" in 2020
        assert (later.country, later.in_office) == ("KEN", True)
        assert status_on(minister, "2020-06-01").sector == "ELI"
