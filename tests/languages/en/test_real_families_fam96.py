"""Place families of task fam96 (issue #8, en-ad..en-af after their blind run), each on invented text seen
failing first on main 86ea1685."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a building's name and its city with no comma between (en-af: "at State House Entebbe")
        ("President Ana Ruiz held discussions with Eko Tan today at State House Lindoro.", "Lindoro"),
        ("Minister Ana Ruiz met Eko Tan at Government House Port Avel on Sunday.", "Port Avel"),
        # a room of the building is no city
        ("Minister Ana Ruiz met Eko Tan at the White House Rose Garden on Monday.", None),
        ("Minister Ana Ruiz met Eko Tan at the Presidential Palace Banquet Hall on Monday.", None),
        # a word that opens a building's name is followed by the rest of the name, no city
        ("The Minister met the envoy at Villa Amara.", None),
        ("The Minister met the envoy at Hotel Continental Lindoro.", None),
    ],
)
def test_a_city_right_after_a_buildings_name_is_the_place(sentence: str, expected: str | None) -> None:
    """'at State House Lindoro' places the meeting in Lindoro, as 'at State House, Lindoro' does."""
    assert expected == event_location(sentence, EventKind.MEETING)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city named by its kind, a word before the kind (en-ad: "the Kyrgyz resort city of Cholpon-Ata")
        ("The foreign ministers met in the Velorian resort city of Port-Amara on Friday.", "Port-Amara"),
        ("The ministers met in the Norland port city of Eastholm on Friday.", "Eastholm"),
        # a capital named by its state's possessive (en-af: "in Ethiopia's capital, Addis Ababa")
        ("Minister Ana Ruiz met Eko Tan at the National Palace in Velor's capital, Lindoro.", "Lindoro"),
    ],
)
def test_a_city_named_by_its_kind_or_as_a_states_capital(sentence: str, expected: str) -> None:
    """The city after "resort city of" or "X's capital," is read, not the people's word before it."""
    assert expected == event_location(sentence, EventKind.MEETING)


def test_a_seat_in_kathmandu_is_no_city_unless_the_page_writes_it() -> None:
    """Nepal's seats (Baluwatar, Singha Durbar) are seats, as the Kremlin is: the city where the page
    writes it (its dateline), none where it does not (CONVENTIONS.md, "Kinds and places")."""
    unwritten = text_page(
        "Ambassador calls on Prime Minister",
        "Ambassador Eko Tan of Velor paid a courtesy call on Prime Minister Ana Ruiz on Monday.",
        "During the meeting held at the Prime Minister's official residence in Baluwatar, Ambassador Tan "
        "conveyed greetings from the President of Velor.",
    )
    written = text_page(
        "Foreign ministers hold talks",
        "KATHMANDU, May 6: Foreign Minister Ana Ruiz and visiting Foreign Minister of Velor Eko Tan held "
        "bilateral talks on Sunday.",
        "In the meeting held at Minister Ruiz's office in Singha Durbar, the two ministers discussed trade.",
    )
    assert (unwritten.event.location, written.event.location) == (None, "Kathmandu")
