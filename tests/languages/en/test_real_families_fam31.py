"""Participant families of issue #8, task fam31 (second participant round), each on invented text."""

from __future__ import annotations

import readoutlib


def _names(*lines: str) -> list[str]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [p.name for p in readout.event.participants]


def test_a_place_noun_family_name_closing_a_list_of_people() -> None:
    """'Ana Ruiz, Lars Berg and Park Jin held talks': a noun of a place written first before a short
    given name is a family name also as the last of a list of people, not only after a title (en-o,
    South Korea's foreign minister missed)."""
    names = _names(
        "Three ministers discuss fisheries",
        "The ministers of Chile, Norway and South Korea – Ana Ruiz, Lars Berg and Park Jin – held "
        "online talks on fisheries on 4 June.",
        "They agreed to meet again.",
    )
    assert names == ["Ana Ruiz", "Lars Berg", "Park Jin"]


def test_a_place_noun_after_a_place_stays_a_place() -> None:
    """'… visited Oslo and Park Lane': a place noun after a place, not after a person, is no family name."""
    readout = readoutlib.parse(
        "Ana Ruiz met Lars Berg in Oslo on 4 June.\n\nLater she toured the harbour and Park Lane.\n"
    )
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Lars Berg"]


def test_a_list_of_people_set_off_after_a_list_of_countries() -> None:
    """'The foreign ministers of Chile, Norway and Japan – Ana Ruiz, Lars Berg and Kenji Sato – held
    talks': the people between the dashes are of the countries before them, in order (en-o, the
    Japan, US and South Korea ministers had no country)."""
    readout = readoutlib.parse(
        "Tokyo: The foreign ministers of Chile, the United States and Japan – Ana Ruiz, Tom Reed and "
        "Kenji Sato – held online talks to discuss fisheries.\n\nThe ministers agreed to meet again.\n"
    )
    sides = [(p.name, p.country) for p in readout.event.participants]
    assert sides == [("Ana Ruiz", "CL"), ("Tom Reed", "US"), ("Kenji Sato", "JP")]


def test_a_ministry_telling_what_its_minister_did_is_no_statement_of_the_minister() -> None:
    """'Ruiz, Reed and Sato held talks, the Japanese Foreign Ministry said': the ministry of a side's
    country tells what that side did; the sentence is the event, not Sato's words (en-o, the opening
    became Hayashi's statement once his country was known)."""
    readout = readoutlib.parse(
        "Tokyo: The foreign ministers of Chile and Japan – Ana Ruiz and Kenji Sato – held online talks "
        "to discuss fisheries, the Japanese Foreign Ministry said in a statement.\n\n"
        "Kenji Sato said the talks were useful.\n"
    )
    assert [s.speaker for s in readout.statements] == ["kenji-sato"]
    assert readout.statements[0].text.startswith("the talks")


def test_an_office_through_a_bracketed_gloss_of_its_body() -> None:
    """'Head of the Friendship Group of the Storting (Parliament) of Norway Lars Berg': a bracketed
    gloss of the body ("(Parliament)") is part of the office before the name, which stays the
    person's, not "The Head" (en-o, the Iranian Majlis group's head missed)."""
    names = _names(
        "Speaker of the Congress of Chile Ana Ruiz today received the delegation led by Head of the "
        "Chile Friendship Group of the Storting (Parliament) of the Kingdom of Norway Lars Berg.",
        "The parties discussed cooperation.",
    )
    assert names == ["Ana Ruiz", "Lars Berg"]
