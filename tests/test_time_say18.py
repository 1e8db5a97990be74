"""What a reader checks by hand on real articles (issue 14, session 18): a past act never lies on the single day of
publication because a present-tense headline or a noun told it again, a happening named as known lies before the
telling, and a denial or a wish reaches only the words it governs. Real pipeline; each test also switches its rule
off to show the rule is what gives the answer."""

from __future__ import annotations

from detente.rules import switched_off


def event_with(analysis, trigger: str, event_type: str | None = None):
    found = [e for e in analysis.events if trigger in e.mentions[0].trigger.text and
             (event_type is None or e.event_type == event_type)]
    assert found, [(e.event_type, e.mentions[0].trigger.text) for e in analysis.events]
    return found[0]


HEADLINE_AND_BODY = ("Chile praises Peru for rescue help\n\n"
                     "Chile praised Peru for its help in the rescue of the trapped miners.")


def test_a_past_mention_dates_the_happening_before_a_headline_in_the_present(analyse) -> None:
    praise = event_with(analyse(HEADLINE_AND_BODY, "2024-01-12"), "praises", "SUPPORT")
    assert len(praise.mentions) == 2  # the headline and the body tell one praise
    # the body's past tense puts it some time up to the day of writing; the headline's day was only the fallback
    assert (praise.date, praise.date_end, praise.date_reason) == (None, "2024-01-12", "before_writing")
    with switched_off({"dating.merged_past_over_fallback"}):
        again = event_with(analyse(HEADLINE_AND_BODY, "2024-01-12"), "praises", "SUPPORT")
        assert (again.date, again.date_basis) == ("2024-01-12", "document")


def test_a_happening_named_as_known_lies_before_a_present_telling(analyse) -> None:
    text = "The film highlights the police killings of unarmed protesters in Cairo."
    killings = event_with(analyse(text, "2024-01-12"), "killings", "ASSAULT")
    assert (killings.date, killings.date_end, killings.date_reason) == (None, "2024-01-12", "before_writing")
    with switched_off({"dating.named_deed"}):
        again = event_with(analyse(text, "2024-01-12"), "killings", "ASSAULT")
        assert (again.date, again.date_basis) == ("2024-01-12", "document")


def test_a_not_after_the_verb_denies_what_follows_it(analyse) -> None:
    text = "The Chilean president endorsed the Peruvian candidate, not the Bolivian one."
    endorsed = event_with(analyse(text, "2024-01-12"), "endorsed", "SUPPORT")
    assert endorsed.factuality == "asserted"
    assert (endorsed.date, endorsed.date_end) == (None, "2024-01-12")  # a past act, up to the day of writing
    denied = event_with(analyse("The Chilean president did not endorse the Peruvian candidate.", "2024-01-12"),
                        "endorse", "SUPPORT")
    assert denied.factuality == "negated"
    with switched_off({"factuality.not_denies_what_follows"}):
        assert event_with(analyse(text, "2024-01-12"), "endorsed", "SUPPORT").factuality == "negated"


def test_the_denial_of_stop_does_not_reach_a_verb_joined_to_stop(analyse) -> None:
    text = ("The Chilean foreign minister called on the Peruvian president to stop attacking Bolivia and apologize "
            "to the Bolivian people.")
    apology = event_with(analyse(text, "2024-01-12"), "apologize", "SUPPORT")
    assert apology.factuality == "hypothetical"  # asked for, not denied
    with switched_off({"factuality.conj_of_like_form"}):
        assert event_with(analyse(text, "2024-01-12"), "apologize", "SUPPORT").factuality == "negated"


def test_a_known_happening_spoken_of_keeps_its_own_whether_and_time(analyse) -> None:
    text = "The Chilean president often speaks about the assassination of the Peruvian president."
    killing = event_with(analyse(text, "2024-01-12"), "assassination", "ASSAULT")
    # the habit is the speaking's: the assassination happened, some time up to the day of writing
    assert killing.factuality == "asserted"
    assert (killing.date, killing.date_end, killing.date_reason) == (None, "2024-01-12", "before_writing")
    with switched_off({"factuality.known_topic"}):
        again = event_with(analyse(text, "2024-01-12"), "assassination", "ASSAULT")
        assert (again.factuality, again.date_reason) == ("hypothetical", "habitual")


def test_a_setting_of_a_verb_of_needing_is_not_wished(analyse) -> None:
    text = "The Chilean envoy gained the leverage he needed in months of meetings with the Peruvian president."
    assert event_with(analyse(text, "2024-01-12"), "meetings", "CONSULT").factuality == "asserted"
    hoped = "The Chilean president hopes for talks with the Peruvian president."
    assert event_with(analyse(hoped, "2024-01-12"), "talks", "CONSULT").factuality == "hypothetical"
    with switched_off({"factuality.setting_not_wished"}):
        assert event_with(analyse(text, "2024-01-12"), "meetings", "CONSULT").factuality == "hypothetical"


def test_a_noun_in_a_past_clause_or_filed_is_a_past_act(analyse) -> None:
    text = "According to a civil complaint filed by the Chilean securities regulator, the developers defrauded investors."
    complaint = event_with(analyse(text, "2024-01-12"), "complaint")
    assert (complaint.date, complaint.date_end, complaint.date_reason) == (None, "2024-01-12", "before_writing")
    with switched_off({"dating.noun_told_done"}):
        again = event_with(analyse(text, "2024-01-12"), "complaint")
        assert (again.date, again.date_basis) == ("2024-01-12", "document")
