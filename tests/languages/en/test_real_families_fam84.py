"""Families of statements on en-ab and en-ac after their blind run (round 84 of issue #8), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str | None, str]]:
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_previewing_plans_is_a_report() -> None:
    """'The Secretary also previewed plans for the summit': what a principal previews is content he gives,
    as 'outlined' (en-ab, State Department: 'The Secretary also previewed plans for the … Summit')."""
    readout = _page(
        "Foreign Minister Ana Ruiz spoke today with President Tomas Berg about the harbour."
        " The Minister also previewed plans for the coastal summit in May.",
    )
    assert (0, "ana-ruiz", "previewed") in _said(readout)


def test_both_leaders_look_forward_in_the_present_is_their_statement() -> None:
    """'Both leaders look forward to …' and '… discussed X and look forward to …': the plural present of a
    verb that is no noun is a report of the two sides, as 'looked forward to' is (en-ac, two DoD
    readouts)."""
    readout = _page(
        "Minister Ana Ruiz met Minister Tomas Berg in Lima on Monday.",
        "Both leaders look forward to continued cooperation between the two ports.",
        "The two ministers discussed the fisheries accord and look forward to meeting again in May.",
    )
    said = _said(readout)
    assert (1, "both", "look forward to") in said
    assert (2, "both", "look forward to") in said


def test_the_x_and_y_ministers_are_both_sides() -> None:
    """'The Uzbek and Japanese foreign ministers reaffirmed …' is both principals speaking, as 'the two
    foreign ministers' is (en-ab, Xebersaati)."""
    readout = _page(
        "Chilean and Peruvian foreign ministers, Tomas Berg and Ana Ruiz, met in Lima on Monday.",
        "The Chilean and Peruvian foreign ministers reaffirmed the interest of both countries in a new"
        " ferry line.",
    )
    assert (1, "both", "reaffirmed") in _said(readout)


def test_an_addressee_styled_mr_before_that_is_no_content() -> None:
    """'assured Mr. Berg that X' reports X, as 'assured his counterpart that X' does: the full stop of a
    style ('Mr.', 'Dr.') is no end of the addressee (en-ab, Abuja Times: 'Mr. Trump assured Mr. Buhari
    that the two countries would …')."""
    readout = _page(
        "Minister Ana Ruiz met Minister Tomas Berg in Lima on Monday.",
        "Ms. Ruiz assured Mr. Berg that the two ports would open a ferry line.",
        "Mr. Berg told Dr. Ruiz and her team that the fishermen would welcome it.",
    )
    texts = [s.text for s in readout.statements]
    assert texts[0].startswith("the two ports")
    assert texts[1].startswith("the fishermen")
