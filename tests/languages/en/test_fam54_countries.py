"""A country is no speaker (issue #8, fam54; benchmarks/real/CONVENTIONS.md, "Statements"): every gold
set leaves "The United States reaffirmed …", "Ghana and Mauritius have pledged …" and "the three
countries reiterated …" without a statement; "the two sides" (people's sides) still speak. Invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _statements(readout: Readout) -> list[tuple[int, str, str]]:
    return [(s.paragraph, s.speaker or "", s.verb) for s in readout.statements]


def test_a_list_of_the_two_countries_is_no_speaker() -> None:
    """ "Ruritania and Borduria reaffirmed …": the countries, not their principals, make no statement."""
    readout = _page(
        "Foreign Ministers of Ruritania and Borduria meet",
        "Foreign Minister of France Ana Ruiz met Foreign Minister of Germany Tomas Berg in Paris on Monday.",
        "France and Germany reaffirmed their commitment to a close partnership in energy.",
        "Ruiz said that the two countries would open a joint office next year.",
    )
    assert _statements(readout) == [(2, "ana-ruiz", "said")]


def test_both_before_a_list_of_the_two_countries_is_no_speaker() -> None:
    """ "Both France and Germany stressed …" names the countries too (fam49's "Both X and Y" is of people)."""
    readout = _page(
        "Foreign Minister of France Ana Ruiz met Foreign Minister of Germany Tomas Berg in Paris on Monday.",
        "Both France and Germany stressed the importance of a close partnership in energy.",
    )
    assert _statements(readout) == []


def test_the_two_sides_still_speak_as_both() -> None:
    """ "The two sides agreed …" is the schema's both, the people at the table."""
    readout = _page(
        "Foreign Minister of France Ana Ruiz met Foreign Minister of Germany Tomas Berg in Paris on Monday.",
        "The two sides agreed that trade between France and Germany should grow.",
    )
    assert _statements(readout) == [(1, "both", "agreed")]
