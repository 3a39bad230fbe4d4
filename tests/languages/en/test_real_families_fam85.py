"""Dates and places of en-aa, en-ab and en-ac after their blind run (fam85), each family on an
invented page."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import numeric_order

#: A mirrored release whose only date is a stamp in figures with a North American time zone: the zone
#: says the stamp is written month first ("11/04/2031 03:12 PM EDT" is 4 November).
_ZONED_STAMP = """Minister Reed's Call with Norland Foreign Minister Ruiz

11/04/2031 03:12 PM EDT

Office of the Spokesperson

Minister Tom Reed spoke today with Norland Foreign Minister Ana Ruiz about the fisheries agreement.
Minister Reed said the two countries would keep working together on the agreement.
"""


def test_a_stamp_with_a_north_american_zone_reads_month_first() -> None:
    readout = readoutlib.parse(_ZONED_STAMP)
    assert (readout.source.published, readout.event.date) == (dt.date(2031, 11, 4), dt.date(2031, 11, 4))


def test_the_zone_tells_the_order_only_after_a_time() -> None:
    """ "EDT" after a stamp's time votes month first; a zone with no time before it, or a day-first
    zone, tells nothing."""
    found = (
        numeric_order(["11/04/2031 03:12 PM EDT"]),
        numeric_order(["11/04/2031 15:12 EST"]),
        numeric_order(["11/04/2031 EDT"]),
        numeric_order(["11/04/2031 15:12 CET"]),
    )
    assert found == (True, True, None, None)


#: A wire copy's dateline: the place in capitals, then the agencies and the full date in brackets, and
#: the report straight after the bracket with no dash.
_BRACKET_DATELINE = """Norland and Southland ministers discuss fisheries

NORTHPORT (Coastline News / Wirepress - 14th March, 2031) Norland Foreign Minister Ana Ruiz held a phone \
call with Southland Foreign Minister Tom Reed about the fisheries agreement, the ministry said.

"Minister Ruiz and Minister Reed discussed the agreement," the spokesperson said.
"""


def test_a_bracketed_agency_and_date_after_a_place_in_capitals_is_a_dateline() -> None:
    readout = readoutlib.parse(_BRACKET_DATELINE)
    assert readout.source.published == dt.date(2031, 3, 14)


#: A wire's dateline with the day and month in brackets and a colon: "NORTHPORT (Mar 15): …", the
#: report written the day after the call it tells by its weekday.
_BRACKET_DAY = """Norland, Southland to keep up fisheries cooperation

date 2031-03-15

NORTHPORT (Mar 15): Norland Foreign Minister Ana Ruiz and Southland Foreign Minister Tom Reed held a \
telephone conversation on Friday night, where both expressed their wish to keep up the cooperation.

Ruiz also said the fisheries agreement had served both countries well.
"""


def test_a_bracketed_day_and_month_is_a_dateline_and_the_weekday_dates_the_call() -> None:
    """15 March 2031 is a Saturday: "on Friday night" is the 14th, not the dateline's day."""
    readout = readoutlib.parse(_BRACKET_DAY)
    assert readout.event.date == dt.date(2031, 3, 14)


def _location_of(opening: str) -> str | None:
    page = (
        f"Norland and Southland hold talks\n\ndate 2031-03-14\n\n{opening}\n\nThe two agreed to meet again.\n"
    )
    return readoutlib.parse(page).event.location


def test_a_place_at_which_a_country_follows_is_a_city() -> None:
    """ "at Eastholm, Malaysia": a venue takes no country after it, a city does."""
    opening = (
        "Norland's Secretary Tom Reed and Malaysia's Deputy Secretary Ana Ruiz co-chaired the 3rd "
        "Foreign Office Consultations between Norland and Malaysia on Tuesday, at Eastholm, Malaysia."
    )
    assert _location_of(opening) == "Eastholm"


def test_a_city_named_by_its_kind_without_of_is_the_place() -> None:
    """ "in the Colombian border city Eastholm", as "in the Colombian city of Eastholm" is."""
    opening = (
        "Colombian Foreign Minister Ana Ruiz met with her Venezuelan counterpart Tom Reed in the "
        "Colombian border city Eastholm to continue the talks between the two countries."
    )
    assert _location_of(opening) == "Eastholm"


def test_a_wires_name_after_the_datelines_date_closes_the_dateline() -> None:
    """ "Eastholm, March 14, 2031, NPA — …": the agency after the date, then the dash."""
    opening = (
        "Eastholm, March 14, 2031, NPA — Foreign Minister Ana Ruiz of Norland met Foreign Minister "
        "Tom Reed of Southland at the ministry today to discuss the fisheries agreement."
    )
    assert _location_of(opening) == "Eastholm"


def test_an_agency_in_slashes_with_spaces_closes_the_dateline() -> None:
    """ "Eastholm / NPA / – …", as "Eastholm /NPA/ – " is."""
    opening = (
        "Eastholm / NPA / – Speaker Ana Ruiz of Norland received Foreign Minister Tom Reed of "
        "Southland at the parliament today to discuss the fisheries agreement."
    )
    assert _location_of(opening) == "Eastholm"


def test_the_meeting_told_again_as_held_in_a_city_places_it() -> None:
    """ "The first meeting between the two held in Eastholm focussed on …" below a bare opening: the
    participle after the meeting's noun tells its city, as ", held in" does."""
    page = (
        "Minister hosts first meeting with counterpart\n\ndate 2031-03-14\n\n"
        "Norland Defence Minister Ana Ruiz has held her first bilateral meeting with her Southland "
        "counterpart, Defence Minister Tom Reed.\n\n"
        "The first bilateral meeting between the two held in Eastholm focussed on three themes.\n"
    )
    assert readoutlib.parse(page).event.location == "Eastholm"


def test_the_guests_arrival_in_a_city_to_attend_told_next_places_the_meeting() -> None:
    """ "Reed arrived in Eastholm to attend …" right after the meeting with the visiting guest, as "is in
    Eastholm to attend" does."""
    page = (
        "Prime ministers meet\n\ndate 2031-03-14\n\n"
        "Relations should be deepened, Prime Minister Ana Ruiz said on Sunday after meeting with visiting "
        "Serbian Prime Minister Tom Reed.\n\n"
        "Reed arrived in Eastholm to attend the annual assembly of the Southland community.\n"
    )
    assert readoutlib.parse(page).event.location == "Eastholm"
