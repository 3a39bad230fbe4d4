"""fam233 (issue #8): a statement whose subject names its speaker by role, read on invented pages."""

from __future__ import annotations

import pytest

import readoutlib

_HEAD = "Ruiz and Berg hold talks\n\nMarch 3, 2023\n\n"


def _said(lead: str, line: str) -> list[tuple[str, str, str]]:
    """(speaker, verb, first words) of every statement the parser reads in the paragraph after the lead."""
    readout = readoutlib.parse(_HEAD + lead + "\n\n" + line + "\n")
    return [(s.speaker, s.verb, s.text[:16]) for s in readout.statements if s.paragraph == 1]


_MINISTERS = (
    "Chilean Foreign Minister Ana Ruiz held a phone call with Kenyan Defense Minister Tomas Berg on Monday."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The head of the Kenyan Defense Ministry stressed that trade must grow.", "tomas-berg"),
        ("The head of the Ministry of Foreign Affairs of Chile stressed that trade must grow.", "ana-ruiz"),
        ("The head of the Foreign Ministry stressed that trade must grow.", "ana-ruiz"),
        ("Trade must grow, said the head of the Kenyan Defense Ministry.", "tomas-berg"),
    ],
)
def test_the_head_of_a_ministry_is_its_minister(line: str, expected: str) -> None:
    """'the head of the <portfolio> Ministry' (or 'of the Ministry of <portfolio>') is its minister."""
    verb = "said" if line.startswith("Trade") else "stressed"
    content = "Trade must grow" if line.startswith("Trade") else "trade must grow."
    assert [(expected, verb, content)] == _said(_MINISTERS, line)


def test_the_head_of_a_ministry_no_principal_holds_is_nobody() -> None:
    """A ministry whose minister is no principal ('the head of the Finance Ministry') names no speaker."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(_MINISTERS, "The head of the Finance Ministry stressed that trade must grow.")


_CALLED_ON = "Chilean Foreign Minister Ana Ruiz called on Kenyan President Tomas Berg in Nairobi on Monday."
_VISITED = "Chilean Foreign Minister Ana Ruiz visited Nairobi on Monday and met Kenyan President Tomas Berg."
_RECEIVED = "Kenyan President Tomas Berg received Chilean Foreign Minister Ana Ruiz in Nairobi on Monday."
_VISITING = "Kenyan President Tomas Berg met visiting Chilean Foreign Minister Ana Ruiz in Nairobi on Monday."


@pytest.mark.parametrize(
    ("lead", "line", "expected"),
    [
        (_CALLED_ON, "The visitor stressed that trade must grow.", "ana-ruiz"),
        (_VISITED, "The visiting dignitary stressed that trade must grow.", "ana-ruiz"),
        (_RECEIVED, "The guest stressed that trade must grow.", "ana-ruiz"),
        (_VISITING, "Visiting dignitary stressed that trade must grow.", "ana-ruiz"),
        (_RECEIVED, "The visiting Chilean official stressed that trade must grow.", "ana-ruiz"),
        (_CALLED_ON, "The host stressed that trade must grow.", "tomas-berg"),
        (
            "Kenyan President Tomas Berg received a delegation of the Chilean Senate led by Senator Ana Ruiz "
            "in Nairobi on Monday.",
            "The guest stressed that trade must grow.",
            "ana-ruiz",
        ),
        (_RECEIVED, "Welcoming the guest, the host stressed that trade must grow.", "tomas-berg"),
    ],
)
def test_the_visitor_and_the_host(lead: str, line: str, expected: str) -> None:
    """'the visitor', 'the guest', 'the visiting dignitary' is the side that travelled; the host the other."""
    assert [(expected, "stressed", "trade must grow.")] == _said(lead, line)


@pytest.mark.parametrize(
    "lead",
    [
        # nothing says who travelled
        "Chilean Foreign Minister Ana Ruiz held talks with Kenyan President Tomas Berg on Monday.",
        # two hosts: 'the host' fits both
        "Chilean Foreign Minister Ana Ruiz called on Kenyan President Tomas Berg and Kenyan Foreign "
        "Minister Rosa Diaz in Nairobi on Monday.",
    ],
)
def test_no_host_where_none_or_two_fit(lead: str) -> None:
    """'the host' names nobody where the page says nothing of a trip, or two principals received the guest."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(lead, "The host stressed that trade must grow.")


_ENVOY = "British High Commissioner Ana Ruiz called on Kenyan President Tomas Berg on Monday."
_FOREIGN = "Chilean Foreign Minister Ana Ruiz held a phone call with Kenyan President Tomas Berg on Monday."


@pytest.mark.parametrize(
    ("lead", "line"),
    [
        (_ENVOY, "The envoy stressed that trade must grow."),
        (_ENVOY, "The diplomat stressed that trade must grow."),
        (_FOREIGN, "The top diplomat stressed that trade must grow."),
        (_FOREIGN, "The top Chilean diplomat stressed that trade must grow."),
        (_FOREIGN, "The diplomat stressed that trade must grow."),
    ],
)
def test_a_diplomat_by_the_kind_of_office(lead: str, line: str) -> None:
    """'the envoy', 'the (top) diplomat' is the one holder of an envoy's or a foreign minister's office."""
    expected = [("ana-ruiz", "stressed", "trade must grow.")]
    assert expected == _said(lead, line)


def test_no_top_diplomat_where_two_fit() -> None:
    """Two foreign ministers: 'the top diplomat' is either, and names neither."""
    lead = "Chilean Foreign Minister Ana Ruiz called Kenyan Foreign Minister Tomas Berg on Monday."
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(lead, "The top diplomat stressed that trade must grow.")


def test_a_foreign_minister_is_no_envoy() -> None:
    """'the envoy' is no foreign minister: with an envoy and a foreign minister it is the envoy."""
    lead = "Chilean Foreign Minister Ana Ruiz received British Ambassador Tomas Berg in Santiago on Monday."
    expected = [("tomas-berg", "stressed", "trade must grow.")]
    assert expected == _said(lead, "The envoy stressed that trade must grow.")


@pytest.mark.parametrize(
    "lead",
    [
        "Ana Ruiz held talks with Kenyan Foreign Minister Tomas Berg in Nairobi on Monday.",
        "Ana Ruiz received British Ambassador Tomas Berg in Nairobi on Monday.",
    ],
)
def test_the_president_is_the_one_untitled_principal(lead: str) -> None:
    """'The President' no title matches is the one untitled principal, the text titling her so once."""
    line = "Later President Ruiz joined a forum. The president stressed that trade must grow."
    expected = [("ana-ruiz", "stressed", "trade must grow.")]
    assert expected == _said(lead, line)


def test_no_president_the_page_never_titles() -> None:
    """An untitled principal the page never writes after the office is no 'President' (another may speak)."""
    lead = "Ana Ruiz held talks with Kenyan Foreign Minister Tomas Berg in Nairobi on Monday."
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(lead, "The president stressed that trade must grow.")


def test_no_president_where_two_are_untitled() -> None:
    """Two principals without a title: 'The President' may be either, and names neither."""
    lead = "Ana Ruiz held talks with Tomas Berg in Nairobi on Monday."
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(lead, "The president stressed that trade must grow.")


def test_a_name_with_two_letters_swapped_is_the_principal() -> None:
    """'Mr Okawro said' for a principal named 'Tomas Okwaro': two neighbouring letters swapped, a typo."""
    lead = "Chilean Foreign Minister Ana Ruiz met Kenyan Ambassador Tomas Okwaro in Santiago on Monday."
    expected = [("tomas-okwaro", "said", "trade must grow.")]
    assert expected == _said(lead, "Mr Okawro said that trade must grow.")


def test_an_office_two_hold_is_not_the_one_its_clause_names_after_it() -> None:
    """'The foreign minister thanked Ruiz' of two foreign ministers is the other, though Ruiz spoke last."""
    lead = "Chilean Foreign Minister Ana Ruiz called Kenyan Foreign Minister Tomas Berg on Monday."
    line = "Ruiz said that trade must grow. The foreign minister thanked Ruiz for the call."
    expected = [("ana-ruiz", "said", "trade must grow."), ("tomas-berg", "thanked", "Ruiz for the cal")]
    assert expected == _said(lead, line)
