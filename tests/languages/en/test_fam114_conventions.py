"""Conventions settled by fam114 (issue #8): "Syed" is a word of the name. Invented page."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page


def test_syed_stays_in_the_name() -> None:
    """The "Syed" of a Pakistani name is a word of the name as published, not a style (CONVENTIONS.md,
    "Names"): the gold of en-ag, en-ah and en-o keeps it, and no style table may drop it."""
    readout = text_page(
        "Tan telephones Pakistani Prime Minister",
        "ISLAMABAD: Freedonian President Eko Tan on Thursday telephoned Prime Minister Syed Karim Raza "
        "Shah of Pakistan and invited him to visit Port Tan.",
    )
    assert "Syed Karim Raza Shah" in [p.name for p in readout.event.participants]
