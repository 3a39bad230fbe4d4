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
