"""Participants named by a plural office and two surnames (issue #8, fam162). Invented readouts."""

from __future__ import annotations

import pytest

import readoutlib


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the lead's subject is the pair; the verb is no event clause, the headline gives the call
        (
            "Readout of a telephone call between Presidents Ruiz and Berg\n\n"
            "Presidents Ruiz and Berg spoke for half an hour this morning about the harvest and trade.\n",
            "President",
        ),
        # the pair as an opening's subject before an event clause
        (
            "Prime Ministers meet in Lisbon\n\n"
            "Prime Ministers Ruiz and Berg held talks in Lisbon on Monday on energy links.\n",
            "Prime Minister",
        ),
    ],
)
def test_a_plural_office_and_two_surnames_names_both(text: str, title: str) -> None:
    """ "Presidents Ruiz and Berg": two participants, each under the office in the singular."""
    parts = readoutlib.parse(text).event.participants
    assert [p.name for p in parts] == ["Ruiz", "Berg"]
    assert all(title in p.titles for p in parts)


def test_the_pair_takes_the_full_names_the_page_gives() -> None:
    """A surname the page gives in full elsewhere is that person."""
    text = (
        "Readout of a telephone call between Presidents Ruiz and Berg\n\n"
        "Presidents Ruiz and Berg spoke for half an hour this morning about the harvest.\n\n"
        "President Ana Ruiz said the harvest was good. President Tomas Berg agreed.\n"
    )
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert names == ["Ana Ruiz", "Tomas Berg"]


@pytest.mark.parametrize(
    "text",
    [
        # a pair of full names is not a pair of surnames
        "Presidents Ana Ruiz and Tomas Berg held talks in Lisbon on Monday on energy links.\n",
    ],
)
def test_full_names_after_a_plural_office_stay_whole(text: str) -> None:
    """The pair rule does not cut full names to their first words."""
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert "Ana" not in names and "Tomas" not in names


def test_a_titled_surname_in_an_earlier_joint_subject_is_a_side() -> None:
    """ "Prime Minister Ana Ruiz and Prime Minister Berg discussed …" before an opening that names
    nobody ("Both leaders met …"): both are the sides, the second by title and surname."""
    text = (
        "Prime Minister Ana Ruiz and Prime Minister Berg discussed the ferry link and fisheries.\n\n"
        "Both leaders met at the Parliament House in Lisbon ahead of the regional forum.\n"
    )
    parts = readoutlib.parse(text).event.participants
    assert [p.name for p in parts] == ["Ana Ruiz", "Berg"]


def test_titled_surnames_alone_before_an_unnamed_opening_name_no_side() -> None:
    """With no full name among them, an earlier joint subject of titled surnames is not taken."""
    text = (
        "Prime Minister Ruiz and Prime Minister Berg discussed the ferry link and fisheries.\n\n"
        "Both leaders met at the Parliament House in Lisbon ahead of the regional forum.\n"
    )
    assert readoutlib.parse(text).event.participants == ()
