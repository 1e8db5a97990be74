"""A place or country word that opens a person's name is the person's given name (actors/mentions.py
_given_names_left_out): the person is not the state, and the surname alone does not pick a known person who has
another given name."""

from __future__ import annotations


def _actors(coder, text: str) -> dict[str, list[str]]:
    record = coder.code_text(text, published="2008-12-01")
    return {a["actor_id"]: [m["text"] for m in a["mentions"]] for a in record["actors"]}


def test_a_given_name_that_is_a_place_names_the_person_not_the_place(coder) -> None:
    found = _actors(coder, "Actress Tara Reid met fans in Los Angeles on Monday.")
    assert "harry-reid" not in found  # a senator of the knowledge base who shares the surname
    assert "IRL" not in found  # "Tara", a place in Ireland
    assert found.get("tara-reid") == ["Tara Reid"]


def test_a_country_as_given_name_is_no_state(coder) -> None:
    assert _actors(coder, "Jordan Peterson spoke in Toronto on Monday.") == {"jordan-peterson": ["Jordan Peterson"]}


def test_a_state_before_a_title_or_a_known_name_stays(coder) -> None:
    found = _actors(coder, "Jordan's King Abdullah met President Biden in Washington on Monday. Senator Harry Reid "
                           "met President Obama on Monday. Reid said the talks went well.")
    assert "abdullah-ii" in found and found["harry-reid"] == ["Senator Harry Reid", "Reid"]
