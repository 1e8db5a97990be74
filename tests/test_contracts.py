"""The typed contracts between stages: each stage runs on typed inputs made by hand, internal
fields travel without reaching the printed record, and the shared linguistic layer is one place."""

from __future__ import annotations

import json
import os
from pathlib import Path

from detente.analysis import Analysis
from detente.nlp.words import word_class, word_list
from detente.records import ActorMention, Document, TimeExpression, to_plain
from detente.stages import DEFAULT_STAGES, REGISTRY, plan


def test_events_stage_runs_on_hand_made_actor_mentions(nlp) -> None:
    """The events stage reads typed mentions, not the actors stage's internals: a mention made in the
    test (an invented body, coded as a Japanese ministry) becomes the event's source."""
    text = "The Zorvan Bureau imposed sanctions on North Korea."
    doc = nlp(text)
    analysis = Analysis(Document(doc_id="t", text=text, published="2024-01-08"), doc)
    start = text.index("The Zorvan Bureau")
    analysis.mentions = [ActorMention(start=start, end=start + 17, text="The Zorvan Bureau", head=2,
                                      actor_id="JPN-GOV", kind="group", name="Japanese government",
                                      country="JPN", sector="GOV")]
    REGISTRY["events"].run(analysis)
    sanction = next(e for e in analysis.events if e.event_type == "SANCTION")
    assert [r.actor_id for r in sanction.source] == ["JPN-GOV"]
    assert sanction.target == []  # no mention was handed in for North Korea, so none is invented


def test_every_stage_declares_what_it_reads_and_adds() -> None:
    stages = plan(DEFAULT_STAGES)
    added = set().union(*(s.adds for s in stages))
    assert {"times", "actors", "mentions", "chains", "events", "quotes", "claims"} <= added
    fields = set(Analysis.__dataclass_fields__)
    for stage in stages:
        assert stage.reads <= fields and stage.adds <= fields, stage.name


def test_internal_fields_travel_but_are_not_printed(analyse) -> None:
    analysis = analyse('"We will not give in," the minister said on Monday. He left yesterday.', "2024-01-10")
    quote = analysis.quotes[0]
    assert quote.parts and quote.source_span is not None
    assert "parts" not in quote.to_dict() and "source_span" not in json.dumps(analysis.to_record())
    assert {t.basis for t in analysis.times} <= {"explicit", "relative", "none"}
    assert "basis" not in to_plain(TimeExpression("May 2", 0, 5, "DATE", "2024-05-02", "day", basis="relative"))


def test_coreference_links_are_typed_chains(analyse) -> None:
    analysis = analyse("Fumio Kishida arrived in Seoul on Sunday. He said the talks went well.", "2023-05-08")
    link = next(c for c in analysis.chains if c.text == "He")
    assert analysis.document.text[link.antecedent_start:link.antecedent_end] == "Fumio Kishida"
    assert link.actor_id == "fumio-kishida"


def test_narrow_reporting_verb_classes_lie_inside_the_verbs_of_saying() -> None:
    every = word_class("reporting_verbs", "speech") | word_class("reporting_verbs", "belief")
    for name in ("tense", "framing", "future_in_past", "demands", "channel"):
        assert set(word_list("reporting_verbs", name)) <= every | {"carry", "publish", "broadcast", "relay"}, name


def test_actor_files_reach_the_coder_through_settings_not_the_environment(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    user = tmp_path / "orgs.yaml"
    user.write_text("organisations:\n  - {id: QRA-X, name: Quartz River Authority, country: KEN, sector: GOV}\n",
                    "utf-8")
    before = os.environ.get("DETENTE_ACTORS")
    source = tmp_path / "story.txt"
    source.write_text("The Quartz River Authority condemned the attack on Monday.", "utf-8")
    result = CliRunner().invoke(app, ["code", str(source), "--date", "2024-01-08", "--actors", str(user)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert "QRA-X" in {a["actor_id"] for a in record["actors"]}
    assert os.environ.get("DETENTE_ACTORS") == before
