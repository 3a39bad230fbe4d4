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
