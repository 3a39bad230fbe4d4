"""Places left on the weakest development sets (fam209, issue #8; each seen failing first on main
7dee6b48)."""

from __future__ import annotations

from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind


def test_a_strategic_forum_named_after_its_town_places_a_meeting_on_its_margins() -> None:
    """ "on the margins of the Lakeside Strategic Forum": a strategic gathering, like a security one,
    is named after the town that holds it, capital or not."""
    sentence = "Ana Ruiz met her Velorian counterpart on the margins of the Lakeside Strategic Forum."
    assert event_location(sentence, EventKind.MEETING) == "Lakeside"


def test_taking_part_in_a_security_conference_places_the_meeting_even_without_its_article() -> None:
    """ "who is taking part in Northport Security Conference, also met …": taking part places the
    principal as participating does, the article dropped or not."""
    bare = "The minister, who is taking part in Northport Security Conference, also met the Velorian envoy."
    assert event_location(bare, EventKind.MEETING) == "Northport"
    article = "The minister, who took part in the Northport Security Conference, met the Velorian envoy."
    assert event_location(article, EventKind.MEETING) == "Northport"


def test_a_forum_named_after_no_city_still_places_nothing() -> None:
    """ "the Pacific Islands Forum", "the Global Strategic Forum": no town is read from them."""
    sentence = "Ana Ruiz met the Velorian envoy on the margins of the Global Strategic Forum."
    assert event_location(sentence, EventKind.MEETING) is None


def test_a_visit_to_a_building_is_no_trip_away_from_the_dateline() -> None:
    """ "PORT VELL: General X visited Headquarters of the Velorian Armed Forces and met …": a call on an
    office where the dateline was written, not a trip that would leave the dateline's city unsaid."""
    sentence = "General Ana Ruiz visited Headquarters of Velorian Armed Forces and met General Tom Bell."
    assert event_location(sentence, EventKind.MEETING, dateline="Port Vell") == "Port Vell"


def test_a_visit_to_a_seat_of_government_stays_a_trip() -> None:
    """ "visited the White House": a seat read as its own city, so the dateline's city is not the place."""
    sentence = "General Ana Ruiz visited the White House and met President Tom Bell."
    assert event_location(sentence, EventKind.MEETING, dateline="Port Vell") is None


def test_a_visit_to_the_country_of_the_dateline_s_capital_is_placed_there() -> None:
    """ "ASTANA. X thanked the President for the reception during his official visit to Kazakhstan": the
    visit was to the country whose capital dates the story; another country's leaves it unplaced."""
    from readoutlib.analysis.countries import capital_names, country_from_name

    code = country_from_name("Kazakhstan")
    assert code is not None
    capital = capital_names(code)[0]
    sentence = "Ana Ruiz thanked the President for the reception during her official visit to Kazakhstan."
    assert event_location(sentence, EventKind.VISIT, dateline=capital.upper()) == capital
    assert event_location(sentence, EventKind.VISIT, dateline="PARIS") is None
