"""Statement recall after the S39 blind run (#8, fam196), on invented page text."""

from __future__ import annotations

import pytest

import readoutlib

_LEAD = "Premier Jon Lund of Marland and Governor Ada Berg of Osland met in Velby on Friday.\n\n"


@pytest.mark.parametrize(
    "adverbial", ["in this context", "in that regard", "at the same time", "on this occasion"]
)
def test_a_second_verb_after_and_and_an_unset_off_adverbial_shares_the_subject(adverbial: str) -> None:
    """'X praised A and in this context noted B': a short prepositional phrase without commas between
    "and" and the second verb is an adverbial, not the second verb's subject: X reports both."""
    text = (
        _LEAD
        + f"Berg praised the new ferry line and {adverbial} noted the rise in freight between the ports."
    )
    readout = readoutlib.parse(text)
    found = [(s.speaker, s.verb) for s in readout.statements]
    assert found == [("ada-berg", "praised"), ("ada-berg", "noted")]


@pytest.mark.parametrize(("subject", "speaker"), [("both", None), ("the two sides", "both"), ("Lund", None)])
def test_a_subject_after_the_adverbial_is_the_second_clauses_own(subject: str, speaker: str | None) -> None:
    """'… and in this context both agreed …': the words after the pointer are the clause's subject, never
    Berg's: "the two sides" reports for both, and no clause is given to Berg."""
    text = (
        _LEAD
        + f"Berg praised the new ferry line and in this context {subject} agreed to open a second route."
    )
    readout = readoutlib.parse(text)
    found = [(s.speaker, s.verb) for s in readout.statements]
    assert found[0] == ("ada-berg", "praised")
    assert ("ada-berg", "agreed") not in found
    if speaker is not None:
        assert (speaker, "agreed") in found
