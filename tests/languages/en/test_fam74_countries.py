"""A headline's office of one country is not the other side's (issue #8, fam74). "Head of Estonia's
diplomacy talks with Chile's Foreign Minister" over "Minister Karl Tamm ... with his Chilean
counterpart, Rosa Vidal": the opening office is not the Chilean's (the body already makes her
Chilean), and the complement's "Chile's Foreign Minister" is hers, not the host's whose bare
"Minister" fits it. Invented text."""

from __future__ import annotations

import readoutlib


def _countries(*lines: str) -> list[tuple[str | None, str | None]]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_possessive_headline_office_keeps_each_side_its_country() -> None:
    assert _countries(
        "Head of Estonia’s diplomacy talks with Chile’s Foreign Minister",
        "Today Minister Karl Tamm held a phone conversation with his Chilean counterpart, Rosa Vidal. "
        "The ministers discussed bilateral relations.",
    ) == [("Karl Tamm", "EE"), ("Rosa Vidal", "CL")]


def test_the_complement_office_goes_to_the_counterpart_of_its_country() -> None:
    """An opening office the page cannot place leaves the host unknown, never the guest's country."""
    countries = dict(
        _countries(
            "Head of the diplomacy talks with Chile’s Foreign Minister",
            "Today Minister Karl Tamm held a phone conversation with his Chilean counterpart, Rosa Vidal. "
            "The ministers discussed bilateral relations.",
        )
    )
    assert countries["Rosa Vidal"] == "CL"
    assert countries["Karl Tamm"] != "CL"


def test_a_countrys_ministry_is_not_its_one_principal() -> None:
    """ "Chile's Foreign Ministry said …" tells the ministry's account: no statement of Rosa Vidal."""
    readout = readoutlib.parse(
        "Foreign Minister Karl Tamm met his Chilean counterpart Rosa Vidal in Tallinn on Monday.\n\n"
        "Chile's Foreign Ministry said the delegation had planned a two-day visit with trade on the agenda.\n"
    )
    assert [(s.speaker, s.verb) for s in readout.statements] == []
