"""fam229 (issue #8): a statement whose subject names its speaker by office, read on invented pages."""

from __future__ import annotations

import pytest

import readoutlib

_HEAD = "Ruiz and Berg hold talks\n\nMarch 3, 2023\n\n"


def _said(lead: str, line: str) -> list[tuple[str, str, str]]:
    """(speaker, verb, first words) of every statement the parser reads in the paragraph after the lead."""
    readout = readoutlib.parse(_HEAD + lead + "\n\n" + line + "\n")
    return [(s.speaker, s.verb, s.text[:20]) for s in readout.statements if s.paragraph == 1]


_CALL = "Chilean Foreign Minister Ana Ruiz held a phone call with Kenyan President Tomas Berg on Monday."
_THREE = (
    "Chilean President Ana Ruiz and Chilean Foreign Minister Rosa Diaz held a phone call with Kenyan "
    "President Tomas Berg on Monday."
)


@pytest.mark.parametrize(
    ("lead", "line", "expected"),
    [
        (_CALL, "The head of the Kenyan state stressed that trade must grow.", "tomas-berg"),
        (_CALL, "In the call, the Head of the Kenyan State has stressed that trade must grow.", "tomas-berg"),
        # a principal the page titles only "leader"
        (
            "The leaders of Chile and Kenya spoke on the phone on Monday. The talks between Ana Ruiz "
            "and Tomas Berg covered trade.",
            "The head of the Kenyan state stressed that trade must grow.",
            "tomas-berg",
        ),
        # of a country with two principals, the one who holds a head of state's office
        (_THREE, "The head of the Chilean state stressed that trade must grow.", "ana-ruiz"),
    ],
)
def test_the_head_of_a_countrys_state_is_its_head_of_state(lead: str, line: str, expected: str) -> None:
    """'the head of the <demonym> state' is that country's principal who holds a head of state's office."""
    assert [(expected, "stressed", "trade must grow.")] == _said(lead, line)


def test_the_head_of_a_government_is_no_foreign_minister() -> None:
    """A foreign minister, the country's only principal, is not 'the head of the <demonym> government'."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(_CALL, "The head of the Chilean government stressed that trade must grow.")


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Secretary General", "The Secretary-General"),
        ("Secretary-General", "The secretary general"),
        ("Director-General", "The Director General"),
    ],
)
def test_an_office_written_with_a_hyphen_or_a_space_is_one(title: str, subject: str) -> None:
    """'Secretary-General' in the subject names the principal titled 'Secretary General', and the reverse."""
    lead = f"Union {title} Ana Ruiz met Kenyan President Tomas Berg in Nairobi on Monday."
    expected = [("ana-ruiz", "commended", "the support of Kenya")]
    assert expected == _said(lead, f"{subject} commended the support of Kenya for refugees.")
