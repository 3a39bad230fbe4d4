"""Families of participants on en-ad and en-af (round 93 of issue #8, post-blind): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _names(readout: Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_a_title_case_headline_verb_after_an_office_is_no_name() -> None:
    """'The Secretary General Warns that the Wales NATO Summit is a Turning Point' (en-ad): a Title Case
    headline's verb right after an office was read as the office-holder's name ("Warns")."""
    for headline in (
        "The Foreign Minister Warns that the Summit is a Turning Point",
        "Foreign Minister Appreciates Support of the Baltic States",
        "The Foreign Minister Underscores Unity at the Summit",
    ):
        lead = "Estonian Foreign Minister Anna Tamm met Latvian Foreign Minister Juris Ozols in Riga."
        readout = _parse(headline, lead, "Both sides discussed energy links.")
        assert _names(readout) == ["Anna Tamm", "Juris Ozols"]


def test_a_message_or_credentials_noun_in_a_headline_is_no_name() -> None:
    """'PM Appreciates Greetings from …', '… presents his Letter of Credence to President …' (en-ad): the
    nouns of a message or of an envoy's credentials were read as a person ("Appreciates Greetings",
    "Credence")."""
    readout = _parse(
        "Ambassador of Latvia presents his Letter of Credence to President Anna Tamm",
        "On May 3, 2015, H.E. Peteris Kalns presented his Letter of Credence to President Anna Tamm.",
        "President Tamm congratulated him on his appointment.",
    )
    assert _names(readout) == ["Peteris Kalns", "Anna Tamm"]
    readout = _parse(
        "Envoy Calls on Minister: Minister Appreciates Greetings and Good Wishes",
        "At the Ministry, Latvian Ambassador Peteris Kalns paid a visit to Estonian Minister Anna Tamm.",
        "The Minister thanked the Latvian leadership for its kind words.",
    )
    assert _names(readout) == ["Peteris Kalns", "Anna Tamm"]
