"""Families of issue #8 (round 129): office-only principals named later and name shapes. Invented
pages, written for the test."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import scan_people, with_offices


def _parse(*paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join(paragraphs) + "\n").encode())


def _names(readout: readoutlib.model.Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


def test_a_lowercase_gloss_of_the_body_keeps_the_office_with_its_holder() -> None:
    """ "the Speaker of the Grand Council (upper house) of Sylvania, Dr. X": the bracketed gloss of the
    body is inside the title, so the holder named after the comma carries the office."""
    found = list(
        with_offices(
            scan_people(
                "Mayor Ivo Brand received the Speaker of the Grand Council (consultative assembly)"
                " of the Kingdom of Sylvania, Dr. Ali bin Omar Harbi."
            )
        )
    )
    harbi = [m for m in found if m.name == "Ali bin Omar Harbi"]
    assert harbi and harbi[0].titles and harbi[0].titles[0].startswith("Speaker of the Grand Council")
    assert all(m.name for m in found)
    readout = _parse(
        "LORCA – Tuesday, 02 May 2023 (LNA) – The President of the Republic, Ivo Brand received on Tuesday"
        " the Speaker of the Grand Council (upper house) of the Kingdom of Sylvania, Dr. Ali bin Omar Harbi.",
        "The audience took place at the headquarters of the Presidency.",
    )
    assert _names(readout) == ["Ivo Brand", "Ali bin Omar Harbi"]


def test_a_bracket_of_other_words_is_no_gloss_of_the_body() -> None:
    """A bracket whose last word names no body ("(of trustees)") still ends the title phrase."""
    text = "He met the Chair of the Board (of trustees) of Sylvania, Ali Harbi."
    found = list(with_offices(scan_people(text)))
    assert [m.name for m in found if m.name] == ["Ali Harbi"]
    assert not next(m for m in found if m.name == "Ali Harbi").titles


def test_an_office_only_guest_with_no_opening_is_named_by_the_body() -> None:
    """ "President X Receives Chadian Ambassador", a lead whose verb reads no opening ("received the
    letters of credence … from His Excellency, <name>"), then "Ambassador <given name> said": the
    headline's office is the person the body names with it, in the fullest form the page gives."""
    readout = _parse(
        "President Brand Receives Chadian Ambassador",
        "His Excellency President Ivo Brand Monday received the letters of credence as Ambassador of the"
        " Republic of Chad to Norway from His Excellency, Omar Salem Ould Brahim Ould Tayeb",
        "at the State House in Lorca.",
        "In accepting the credentials, President Brand called for closer trade between the two countries.",
        "Ambassador Salem said the two countries share a long history of friendship.",
    )
    assert _names(readout) == ["Ivo Brand", "Omar Salem Ould Brahim Ould Tayeb"]
    speakers = {s.speaker for s in readout.statements}
    assert "omar-salem-ould-brahim-ould-tayeb" in speakers


def test_a_blended_short_name_is_the_principal_and_keeps_his_statements() -> None:
    """ "President Budiwi" for President Budi Wibowo (given name and the start of the family name, one
    word): the same person, and what "Budiwi" says is his."""
    readout = _parse(
        "President Budiwi Meets Sylvanian Foreign Minister at Lorca Palace",
        "President Budi Wibowo received Sylvanian Foreign Minister Ana Ruiz at Lorca Palace on Friday.",
        "President Budiwi reiterated that the region must remain a centre of growth.",
        "President Budiwi warned that the bloc should not become a proxy for any side.",
    )
    assert _names(readout) == ["Budi Wibowo", "Ana Ruiz"]
    verbs = {s.verb for s in readout.statements if s.speaker == "budi-wibowo"}
    assert {"reiterated", "warned"} <= verbs
