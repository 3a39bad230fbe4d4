"""Places named by a country's subdivision (fam197, issue #8; seen failing first on main f0767718). Places
are invented."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import event_location, held_in
from readoutlib.model import EventKind


def test_a_locality_in_a_parish_is_the_place_not_the_parish() -> None:
    """ "the meeting at Orlava in Veskini Parish of Tarnu District": the subdivision after "in" names no
    city; the locality before it, set in that subdivision, is where the meeting was."""
    sentence = (
        "During the meeting that took place at Orlava in Veskini Parish of Tarnu District, the ministers "
        "discussed regional cooperation."
    )
    assert event_location(sentence, EventKind.MEETING) == "Orlava"


def test_a_subdivision_alone_is_no_city() -> None:
    """ "met in Veskini County": a county names no city; the dateline's city, at home, stays the place."""
    sentence = "The two ministers met in Veskini County on Monday."
    assert event_location(sentence, EventKind.MEETING, dateline="ORLAVA") != "Veskini County"


def test_a_city_is_still_read_after_in() -> None:
    """The subdivision rule leaves a city named after "in" as it was."""
    sentence = "The two ministers met in Orlava on Monday."
    assert event_location(sentence, EventKind.MEETING) == "Orlava"


def test_a_later_sentence_holding_the_meeting_at_a_locality_in_a_parish_places_it() -> None:
    """The opening names no place; the next sentence says the meeting "took place at" a locality "in" a
    parish: the locality, not the parish."""
    sentence = "During the meeting that took place at Orlava in Veskini Parish of Tarnu District, they spoke."
    assert held_in(sentence, EventKind.MEETING) == "Orlava"


def test_a_page_whose_meeting_took_place_in_a_parish_is_placed_at_its_locality() -> None:
    page = (
        "On 3 May 2031, the Minister of Foreign Affairs, Ilse Varna, met with the Minister of Foreign "
        "Affairs of Finland, Tomas Brenn, who is in Estonia for a one-day visit. During the meeting that "
        "took place at Orlava in Veskini Parish of Tarnu District, the ministers discussed regional "
        "cooperation.\n\n"
        "Ilse Varna said that dialogue between the two neighbours remained important.\n"
    )
    assert readoutlib.parse(page).event.location == "Orlava"
