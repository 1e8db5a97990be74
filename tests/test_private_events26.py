"""Issue 14, private parties and the press at work (events/not_events.py private_or_press, not_events.yaml): acts
between firms, professionals and those they serve, families and the press at its own work are no political events,
even with a politician named nearby; the same acts with a state, an official or a party on a side stay events."""

from __future__ import annotations

from tests.test_senses_kinds23 import _found

COUNTERPARTS = "events.not_events.counterparts_of_a_trade"
FAMILY = "events.not_events.family_matters"
PRESS = "events.not_events.press_criticised"
TRADES = "events.not_events.trade_quarrels"
LABOUR = "events.not_events.labour_commerce"


def _types(coder, text: str, off: frozenset[str] = frozenset()) -> set[str]:
    return {t for t, _ in _found(coder, text, off)}


def test_a_professional_serving_a_client_is_no_political_act(coder) -> None:
    text = ("Tom Reyes, a partner at a Santiago law firm, admonished his client for speaking to reporters. The lawyer "
            "warned his client not to talk about the case.")
    assert not _types(coder, text) & {"ACCUSE", "THREATEN"}
    assert {"ACCUSE", "THREATEN"} <= _types(coder, text, frozenset({COUNTERPARTS}))  # what the rule sets aside
    # a state's body acting towards a firm over its customers acts politically
    assert "THREATEN" in _types(coder, "The Chilean regulator warned the bank on Monday not to mislead its customers.")


def test_a_claim_made_in_a_divorce_is_a_family_quarrel(coder) -> None:
    text = ("The Chilean senator's ex-wife alleged in a 1990 divorce filing that he had pushed her. His former wife "
            "accused him of abuse in court papers filed during their divorce.")
    assert "ACCUSE" not in _types(coder, text)
    assert "ACCUSE" in _types(coder, text, frozenset({FAMILY}))
    assert "ACCUSE" in _types(coder, "The Chilean senator accused the Peruvian president of abuse of power on Monday.")


def test_criticism_of_the_press_for_its_own_work_is_no_political_act(coder) -> None:
    text = ("The talk show host faced criticism over his coverage of the storm. Fans criticized the network for its "
            "coverage of the game.")
    assert "ACCUSE" not in _types(coder, text)
    assert "ACCUSE" in _types(coder, text, frozenset({PRESS}))
    named = "Matt Laurent, the host of the forum, was widely criticized on Monday for his soft questioning."
    assert "ACCUSE" not in _types(coder, named)  # the press named by an apposition
    # an official attacking the press acts politically
    assert "ACCUSE" in _types(coder, "The Chilean president criticized the anchor for his coverage of the debate.")


def test_doctors_quarrelling_with_a_television_doctor_are_no_political_event(coder) -> None:
    text = "Several surgeons accused Dr. Mara Quint, a television doctor, of misleading viewers."
    assert "ACCUSE" not in _types(coder, text)
    assert "ACCUSE" in _types(coder, text, frozenset({TRADES}))
    assert "ACCUSE" in _types(coder, "Chilean doctors accused the health ministry of cutting hospital wards.")
    # a later mention of a name the story described by its trade
    later = ("Dr. Hal Brenner, the host of a daytime health show, interviewed the Chilean senator on Thursday. Brenner "
             "has been criticized by other physicians for promoting unproven diet pills.")
    assert "ACCUSE" not in _types(coder, later)


def test_a_union_investing_in_a_mine_does_business(coder) -> None:
    text = "The miners' union invested $40 million in the copper mine as part of the deal."
    assert _types(coder, text) == set()
    assert _types(coder, text, frozenset({LABOUR}))  # some event without the rule
    assert "PROTEST" in _types(coder, "The Chilean miners' union went on strike on Monday against the government.")


def test_a_financial_adviser_is_a_trade_not_the_states_adviser(coder) -> None:
    events = coder.code_text("Maria Lopez, a financial adviser in Santiago, urged the Chilean senator to cut taxes.",
                             published="2024-01-08")["events"]
    sources = [r for e in events for r in e["source"]]
    assert sources and all(r["sector"] == "BUS" for r in sources)
    advice = "Maria Lopez, a financial adviser in Santiago, urged parents to start saving for college early."
    assert "REQUEST" not in _types(coder, advice)  # a trade's advice to private persons


def test_a_request_for_comment_is_the_press_at_work(coder) -> None:
    text = ("Halden Energy did not respond to the Santiago Herald's repeated requests for comment. The Chilean senator "
            "did not immediately return a request seeking comment.")
    assert not _types(coder, text) & {"REQUEST", "RETREAT"}
    assert _types(coder, text, frozenset({"events.not_events.comment_requests"}))
    # a bare "comment" is the idiom; a party blamed for its comments is blamed
    assert "ACCUSE" in _types(coder, "The Chilean senator attacked the Peruvian president for comments made on Monday.")
