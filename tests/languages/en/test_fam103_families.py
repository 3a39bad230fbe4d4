"""Families of participants of issue #8 (round 103, pre-blind): nicknames. Invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _names(readout: Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_a_headline_nickname_is_the_body_principal_it_is_quoted_after() -> None:
    """'Ambassador Calls On Prime Minister Prachanda' over 'Prime Minister Pushpa Kamal Dahal
    'Prachanda'' (en-ad, Spotlight Nepal): a quoted word right after a name is that person's
    nickname, so the headline's nickname names the body's principal, no third person."""
    readout = _parse(
        "Chilean Envoy Meets Prime Minister Tiger",
        "Newly arrived Chilean Ambassador to Peru Karla Marin paid a courtesy call on Prime "
        "Minister Ruben Dario Ostrov 'Tiger' today.",
        "Prime Minister Ostrov thanked the Ambassador for Chile's support.",
    )
    assert _names(readout) == ["Karla Marin", "Ruben Dario Ostrov"]
    # the headline's demonym is the envoy's: the host keeps the body's country
    assert [p.country for p in readout.event.participants] == ["CL", "PE"]


def test_a_trip_for_meetings_with_a_list_makes_each_listed_host_a_principal() -> None:
    """'Visiting London … for meetings with Prime Minister A, Foreign Secretary B and Defence
    Secretary C' (en-ad, a NATO chief's visit): the list gives the trip's hosts; the opening named
    only the first."""
    readout = _parse(
        "NATO Secretary General Ola Berg met Irish Taoiseach Sean Byrne to prepare the summit.",
        "Visiting Dublin on Monday for meetings with Taoiseach Sean Byrne, Foreign Minister Aoife "
        "Walsh and Defence Minister Colm Doyle, he said the summit would be an important one.",
    )
    assert _names(readout) == ["Ola Berg", "Sean Byrne", "Aoife Walsh", "Colm Doyle"]


def test_a_meetings_list_naming_no_principal_adds_no_one() -> None:
    """A list of meetings planned with people the event does not involve adds none of them."""
    readout = _parse(
        "NATO Secretary General Ola Berg met Irish Taoiseach Sean Byrne to prepare the summit.",
        "He will travel to Paris next week for meetings with Foreign Minister Anne Roux and Defence "
        "Minister Paul Morel.",
    )
    assert _names(readout) == ["Ola Berg", "Sean Byrne"]
