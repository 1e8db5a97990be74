"""Issue 14, false events on real news: commentary told by who speaks and in what role (events/data/senses.yaml
commentary). A person whom the story describes as a commentator at any mention (an apposition, a title before the
name, a relative clause) comments in every later statement; a former official who now comments is a commentator; a
sitting official or a candidate who also teaches is not; and the acts a commentator only describes (a quoted
assessment, the deed in "accused the ministry of ignoring the courts") are no events of the party named. Each story
keeps its real events, so a rule that went too far fails here too."""

from __future__ import annotations

from tests.test_senses_false_events import PUBLISHED, _events  # a story read as (type, sources, targets)


def test_a_named_commentator_described_once_comments_in_later_statements(coder) -> None:
    text = ("Lena Ortiz, an economist at a Boston bank, said the tariff plan was a mistake. Ortiz criticized the "
            "governor on Monday. Radio host Dan Price praised the senator on Friday. Political scientist Ana Ruiz "
            "blamed the governor for the delays. On Tuesday, the governor criticized the senator.")
    assert _events(coder, text) == [("ACCUSE", ["governor"], ["senator"])]


def test_a_former_official_who_now_comments_is_a_commentator_but_office_holders_and_candidates_are_not(coder) -> None:
    text = ("Tom Bell, a former defense secretary who now comments for a cable network, criticized the president on "
            "Sunday. Senator Mary Hale, who is also a professor of law, criticized the president on Sunday.")
    assert _events(coder, text) == [("ACCUSE", ["Senator Mary Hale"], ["president"])]
    text = ("Zoe Park, a law professor who is challenging the governor in the primary, criticized the governor "
            "on Sunday.")
    assert ("ACCUSE", ["Zoe Park"], ["governor"]) in _events(coder, text)


def test_acts_a_commentator_only_describes_are_no_events(coder) -> None:
    text = ('A Chilean professor of law accused the ministry of ignoring the courts. "The senator rejected the verdict '
            'from the first day," said a historian of the party. "The governor ignored the rulings," Ana Ruiz, a '
            "historian at a state university, told reporters on Monday. The senator rejected the verdict on Monday, "
            "the court's spokesman said.")
    assert _events(coder, text) == [("REJECT", ["senator"], ["the verdict"])]


def test_a_named_commentator_asking_a_party_to_act_stays(coder) -> None:
    text = "Lena Ortiz, an economist at a bank in Lima, urged the Peruvian Senate to reject the pension bill."
    assert _events(coder, text) == [("REQUEST", ["Lena Ortiz"], ["Peruvian Senate"])]


def test_a_political_scientist_is_a_scholar_not_a_civilian(coder) -> None:
    record = coder.code_text("Political scientist Ana Ruiz, who studies elections, spoke on Monday.", published=PUBLISHED)
    assert [(a["name"], a["sector"]) for a in record["actors"]] == [("Ana Ruiz", "EDU")]
