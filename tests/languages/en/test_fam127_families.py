"""Families of issue #8 (round 127): many-sided events whose other sides a plural office names first
and later paragraphs name one by one. Invented pages, written for the test."""

from __future__ import annotations

import readoutlib


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def _sides(readout: readoutlib.model.Readout) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readout.event.participants}


def test_ambassadors_of_listed_countries_named_one_by_one_later() -> None:
    """ "received on <day>, <date>, the Ambassadors of A, B and C": each country's ambassador is a
    side, and the later paragraphs that name each one ("The Ambassador of B, X, ..."; "the Ambassador
    of A in our capital, Y"; "Z, Ambassador of C, said") give that side its name."""
    readout = _parse(
        "Audiences of the Foreign Minister",
        "The Minister of Foreign Affairs, Lena Okoro Dube, received on Tuesday, April 14, the Ambassadors "
        "of Norway, Chile and Ghana at the ministry.",
        "In the meeting with the Ambassador of Norway in our country, Erik Solheim Vang, the two discussed "
        "fisheries and the coming trade fair.",
        "The Ambassador of Ghana, Kwame Asante Boadu, was the second envoy received by the Minister and "
        "spoke of the long friendship between the two nations.",
        "Later, Rosa Ibanez Mol, Ambassador of Chile, said her country would open a consulate soon.",
    )
    sides = _sides(readout)
    assert sorted(sides) == ["Erik Solheim Vang", "Kwame Asante Boadu", "Lena Okoro Dube", "Rosa Ibanez Mol"]
    countries = (sides["Erik Solheim Vang"], sides["Rosa Ibanez Mol"], sides["Kwame Asante Boadu"])
    assert countries == ("NO", "CL", "GH")


def test_ambassadors_of_listed_countries_left_unnamed_stay_offices() -> None:
    """The same opening with no later paragraph naming them: each listed country keeps one side named
    by its office, and no one the page names only in passing takes it."""
    readout = _parse(
        "Audiences of the Foreign Minister",
        "The Minister of Foreign Affairs, Lena Okoro Dube, received the Ambassadors of Norway and Chile "
        "at the ministry on Tuesday.",
        "They discussed the visit to Oslo just made by President Ivo Brand.",
    )
    names = [p.name for p in readout.event.participants]
    assert names == ["Lena Okoro Dube", "The Ambassador", "The Ambassador"]
    assert sorted(p.country or "" for p in readout.event.participants[1:]) == ["CL", "NO"]


def test_a_trip_whose_separate_meetings_follow_a_paragraph_on_its_purpose() -> None:
    """A visit's opening names the traveller alone, the next paragraph gives the trip's purpose as a
    ministry said it, and the one after has the talks ("held separate meetings with X, the President of
    A and Y, the Minister of Foreign Affairs"): the hosts are the other side, not a refused page."""
    readout = _parse(
        "Foreign Minister visits Malta",
        "Madam Lena Okoro Dube, the Minister of Foreign Affairs, has paid a working visit to the Republic "
        "of Malta to widen cooperation in shipping and tourism.",
        "The Foreign Ministry, in a statement sent to the press, said the two countries had kept warm "
        "relations for decades and the visit was a chance to widen them.",
        "Madam Okoro Dube held separate meetings with Mr Carmel Borg Vella, the President of Malta and "
        "Dr Joseph Azzopardi Zammit, the Minister of Foreign Affairs.",
        "She spoke of the room for trade between the two countries.",
    )
    names = [p.name for p in readout.event.participants]
    assert names == ["Lena Okoro Dube", "Carmel Borg Vella", "Joseph Azzopardi Zammit"]


def test_a_date_before_a_subject_group_leaves_its_named_members() -> None:
    """A date set off before a subject group ("On 3 June, foreign ministers of A, B and C held …") is
    not read as the date between a verb and its guests: the members the next sentence names in full,
    one under another office's name, stay the sides."""
    readout = _parse(
        "Video conference of three foreign ministers",
        "On June 3, foreign ministers of Norway, Chile and Ghana held a video conference on shipping. "
        "Norwegian Foreign Minister Ingrid Moe Haugen, Chilean Minister of External Relations Rosa "
        "Ibanez Mol and Ghanaian Foreign Minister Kwame Asante Boadu took part in the video conference.",
        "The ministers agreed to meet again in the autumn.",
    )
    names = sorted(p.name or "" for p in readout.event.participants)
    assert names == ["Ingrid Moe Haugen", "Kwame Asante Boadu", "Rosa Ibanez Mol"]
