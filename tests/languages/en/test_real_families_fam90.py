"""Families of task fam90 (issue #8), each on invented text seen failing first on main 89780f53."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page


def test_who_chaired_or_led_the_gathering_are_its_participants() -> None:
    """'The meetings, co-chaired by X and Y, highlighted …' (the passive as an appositive) and 'The
    briefing was led by X and Y' name the gathering's principals where the opening names none (a
    White House family the bulk sample showed with no participants)."""
    readout = text_page(
        "Readout of Meetings on the Freedonia-Sylvania Harbour Compact",
        "Yesterday, senior officials from the Freedonian and Sylvanian governments met in Port Tan to review "
        "the Harbour Compact. The meetings, co-chaired by Freedonian National Security Advisor Eko Tan and "
        "Sylvanian National Security Advisor Ana Ruiz, highlighted the two countries' economic partnership.",
        "The group welcomed the progress made to date.",
    )
    assert [p.name for p in readout.event.participants] == ["Eko Tan", "Ana Ruiz"]
    readout = text_page(
        "Readout: Office of Harbour Safety Hosts Briefing with Port Authorities",
        "On March 3, the Office of Harbour Safety hosted a briefing with port authorities on storm "
        "readiness. "
        "The briefing was led by Deputy Director Eko Tan and Ana Ruiz, Special Assistant at the Department "
        "of Ports.",
        "Participants discussed the new warning system.",
    )
    assert [p.name for p in readout.event.participants] == ["Eko Tan", "Ana Ruiz"]
