"""Participants' names (fam108, issue #8): words of an office's complement or of a body's plural name
read as a person's name. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.names import find_mentions


def _names(text: str) -> list[str | None]:
    return [m.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ivo Brand, the Union Special Envoy to the Sahel of West Africa, called on Minister Ana Ruiz.",
            ["Ivo Brand", "Ana Ruiz"],
        ),
        (
            "Ana Ruiz met the Chairman of the Islamic Advisory Council Ivo Brand on Monday.",
            ["Ana Ruiz", "Ivo Brand"],
        ),
    ],
)
def test_a_word_of_an_office_complement_names_nobody(sentence: str, names: list[str]) -> None:
    """After "<office> of/to the", a word that "of <place>" or a body's noun continues is the
    complement, not the holder."""
    assert _names(sentence) == names


def test_the_body_complement_joins_the_holder_title() -> None:
    """The body's words become the title of the holder named after them."""
    found = find_mentions("Ana Ruiz met the Chairman of the Islamic Advisory Council Ivo Brand.")
    assert found[-1].titles == ("Chairman of the Islamic Advisory Council",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary of the Treasury Ana Ruiz met the President of the Republic Ivo Brand.",
        "The Minister of the Interior Ana Ruiz of Tarsa met the Ambassador to the Holy See Ivo Brand.",
    ],
)
def test_a_holder_named_after_a_definite_complement_is_kept(sentence: str) -> None:
    """A holder's name after "of the <complement>" is still a name: nothing continues it."""
    assert _names(sentence) == ["Ana Ruiz", "Ivo Brand"]


def test_a_body_plural_is_no_name() -> None:
    """ "Ministries" closes no person's name, even after a misspelt word."""
    assert _names("The Chilean and Estonian Foriegn Ministries held their first consultations.") == []


_CONSULTATIONS = (
    "Chile and Estonia hold consultations\n\n"
    "The Chilean and Estonian foreign ministries held their second round of political consultations"
    " in Santiago on May 4, 2031, the ministry said.\n\n"
    "The consultations, attended by Chilean Deputy Foreign Minister Ana Ruiz and Estonian Deputy"
    " Foreign Minister Ivo Brand, covered trade and climate policy.\n\n"
    "Both sides agreed to meet again next year in Tallinn.\n"
)


def test_the_attendees_of_an_event_two_bodies_held_are_its_sides() -> None:
    """An opening naming only two bodies: the next sentence's "attended by A and B" names the sides."""
    readout = readoutlib.parse(_CONSULTATIONS)
    assert [(p.name, p.country) for p in readout.event.participants] == [
        ("Ana Ruiz", "CL"),
        ("Ivo Brand", "EE"),
    ]


def test_one_attendee_alone_is_not_taken_for_the_sides() -> None:
    """A lone person "attended by" is a guest, not the two sides."""
    page = _CONSULTATIONS.replace(" and Estonian Deputy Foreign Minister Ivo Brand", "")
    assert readoutlib.parse(page).event.participants == ()


def test_a_principal_relative_beside_him_is_no_side() -> None:
    """ "The President and his wife X were met by Y": the relative travels with a side, and is none."""
    page = (
        "Tarsan President arrives for a state visit\n\n"
        "PORT LUMEN, June 2: Tarsan President Ivo Brand arrived in Port Lumen on Monday for a two-day"
        " state visit.\n\n"
        "President Brand and his wife Mira landed at the airport in the evening and were received by"
        " Foreign Minister Ana Ruiz.\n\n"
        "The two sides will hold talks on trade on Tuesday.\n"
    )
    assert [p.name for p in readoutlib.parse(page).event.participants] == ["Ivo Brand", "Ana Ruiz"]


@pytest.mark.parametrize("noun", ["resort town", "port", "village", "city"])
def test_a_settlement_named_after_its_noun_is_no_person(noun: str) -> None:
    """ "Met in the resort town of X": X is the place, not a person."""
    sentence = f"The two delegations met in the {noun} of Tarsa el-Lumen on Tuesday before the summit."
    assert _names(sentence) == []


def test_an_office_of_a_numbered_session_titles_the_name_after_it() -> None:
    """ "President of the Assembly's 74th session X": one person, the office his title."""
    found = find_mentions(
        "Ambassador Ana Ruiz on May 17 met President of the Assembly's 74th session Ivo Brand."
    )
    assert [m.name for m in found] == ["Ana Ruiz", "Ivo Brand"]
    assert found[1].titles == ("President of the Assembly's 74th session",)
