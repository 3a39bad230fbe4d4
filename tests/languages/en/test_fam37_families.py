"""Families of kind, date, place and refusal misses on the dev sets en-a..en-q (#8, fam37), on invented
pages."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.errors import ReadoutError
from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page as _page


def test_a_photo_gallery_above_a_message_gives_no_opening() -> None:
    """Captions of a photo strip ("Photo: May 3, 2031. Council Meets on the Harbour Dispute. …") above a
    message tell other events: none of them opens the page, which reports no encounter."""
    with pytest.raises(ReadoutError):
        _page(
            "Harbour Day - May 9: Secretary-General Greets the Peoples of the Region",
            "Photo: May 3, 2031. Council Meets on the Harbour Dispute. A view of the Council chamber."
            " Harbour City. Photo/Ana Loret.",
            "Photo: May 2, 2031. Secretary-General Ivo Brand (centre) poses with the fellows of the"
            " harbour programme. Harbour City. Photo/Ana Loret.",
            "The Secretariat has released Secretary-General Ivo Brand's following message for Harbour"
            " Day, to be observed on May 9, 2031:",
            "On Harbour Day, I express my great appreciation to the people of the region who keep our"
            " harbours open and safe.",
        )


def test_a_single_caption_still_tells_the_event_as_a_last_resort() -> None:
    """One caption over a body that reports nothing else is still read (the earlier rule stands)."""
    readout = _page(
        "Photo: Minister Ana Loret met Foreign Minister Ivo Brand of Velor in Harbour City on 3 May 2031.",
        "Trade and fisheries were on the agenda",
    )
    assert readout.event.kind.value == "meeting"


def test_a_place_and_date_signed_at_the_foot_place_the_meeting() -> None:
    """A readout signed at its foot with its place and date ("Harbour City, 3 May 2031") was issued
    there: a meeting its body places nowhere took place there."""
    readout = _page(
        "Readout of the Secretary-General's meeting with Ivo Brand, Prime Minister of Velor",
        "The Secretary-General met with Ivo Brand, Prime Minister of Velor. The Secretary-General"
        " thanked Velor for its support to the Organization.",
        "The Secretary-General and Prime Minister Brand exchanged views on the situation in the region.",
        "Harbour City, 3 May 2031",
    )
    assert (readout.event.location, readout.event.date) == ("Harbour City", dt.date(2031, 5, 3))


def test_a_dateline_with_a_spaced_colon_places_the_meeting() -> None:
    """ "Harbour City : Dr. X … met Dr. Y": a dateline whose colon stands apart from the place."""
    readout = _page(
        "Harbour City : Dr. Ana Loret, the Minister of Foreign Affairs, met Dr. Ivo Brand, the Minister of"
        " International Relations of Velor, on the sidelines of the annual session of the Regional Assembly.",
        "The meeting discussed the development of bilateral ties between the two countries.",
    )
    assert readout.event.location == "Harbour City"


def test_an_opening_framed_by_the_talks_names_them() -> None:
    """An opening read from "At a press briefing following their talks in X, A said …" (the lead above it
    reports no encounter in an event clause) names the event by its frame: talks."""
    readout = _page(
        "date 2031-05-09 Ruritanian Foreign Minister Ana Loret and her Velorian counterpart Ivo Brand on"
        " Thursday discussed ways to enhance bilateral cooperation in trade and culture.",
        "At a press briefing following their talks in the Ruritanian capital Harbour City, Loret said the"
        " relations between the two countries had never been stronger.",
    )
    assert (readout.event.kind.value, readout.event.location) == ("talks", "Harbour City")


def test_a_capital_set_off_by_a_dash_places_the_visit_and_a_nations_adjective_is_no_place() -> None:
    """ "arrived in the Velorian capital - Port Brand at the start of a state visit to the West Ocean
    nation": the city after the dash is the place; "West Ocean" only qualifies the nation."""
    sentence = (
        "President Ana Loret has arrived in the Velorian capital - Port Brand at the start of a three-day"
        " official state visit to the West Ocean nation."
    )
    assert event_location(sentence, EventKind.VISIT) == "Port Brand"
    assert event_location("Ana Loret paid a state visit to the West Ocean nation.", EventKind.VISIT) is None


def test_a_visit_wrapped_up_by_a_meeting_is_that_meeting() -> None:
    """ "wrapped up her visit to X today by meeting with Y": the page reports the meeting that closed the
    visit, held in the city visited."""
    readout = _page(
        "Foreign Secretary Ana Loret wrapped up her visit to Port Brand, D.C. today by meeting with"
        " Velorian Foreign Minister Ivo Brand. The purpose of the meeting was to explore ways to deepen the"
        " bilateral agenda.",
        "The two officials highlighted the achievements of the new programmes.",
    )
    assert (readout.event.kind.value, readout.event.location) == ("meeting", "Port Brand, D.C.")


def test_an_agency_code_glued_to_the_date_in_the_url_completes_a_yearless_dateline() -> None:
    """ "PORT BRAND, May 9 (Agency) -- … had a phone call … Monday" on a page whose URL carries the date
    after the agency's code ("/view/AEN20310505004300325"): the call was on Monday 5 May 2031."""
    readout = _page(
        "Outgoing FM holds phone call with Velorian counterpart",
        "PORT BRAND, May 5 (Agency) -- Ruritania's outgoing foreign minister had a farewell phone call with"
        " her Velorian counterpart Monday, according to the foreign ministry.",
        "Foreign Minister Ana Loret had the call with Velorian Foreign Minister Ivo Brand.",
        url="https://en.agency.example/view/AEN20310505004300325",
    )
    assert readout.event.date == dt.date(2031, 5, 5)


def test_a_story_lead_above_the_opening_dates_it_by_its_weekday() -> None:
    """A news story's lead that tells the encounter in words the event stage does not read as a report
    ("A and her counterpart B on Thursday discussed ways to …") dates the opening below it ("At a press
    briefing following their talks …"), resolved against the page's date; "said on Friday" would not."""
    readout = _page(
        "date 2031-05-09 Ruritanian Foreign Minister Ana Loret and her Velorian counterpart Ivo Brand on"
        " Thursday discussed ways to enhance bilateral cooperation in trade and culture.",
        "At a press briefing following their talks in the Ruritanian capital Harbour City, Loret said the"
        " relations between the two countries had never been stronger.",
    )
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 5, 8), "relative")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("President Ana Loret met at the Kremlin with Prime Minister Ivo Brand of Velor.",), None),
        (("The Prime Minister met Secretary-General Ivo Brand in Downing Street yesterday.",), None),
        (
            (
                "Prime Minister Ana Loret was invited to meet with Vice President Ivo Brand in Harbourtown.",
                "Prime Minister Loret met Vice President Brand at the White House on Monday.",
            ),
            None,
        ),
        (
            (
                "Prime Minister Ana Loret met Vice President Ivo Brand at the White House on Monday.",
                "Loret had been invited to meet with Brand in Washington after the General Assembly.",
            ),
            "Washington",
        ),
        (
            ("MOSCOW, May 3 (Agency) -- President Ana Loret met at the Kremlin with Ivo Brand of Velor.",),
            "Moscow",
        ),
        (("Minister Ana Loret met Minister Ivo Brand of Velor in Singapore on Monday.",), "Singapore"),
    ],
)
def test_a_seat_of_government_gives_its_city_only_where_the_page_writes_it(
    lines: tuple[str, ...], expected: str | None
) -> None:
    """The location is the city as written (GOLD_SCHEMA): a meeting "at the Kremlin", "in Downing Street"
    or "at the White House" is placed in Moscow, London or Washington only where the page writes that city
    (a dateline, another sentence); every gold set reads so (en-b, en-k, en-n, en-o, en-p, de, fr leave
    such meetings unplaced, en-h's pages write the city). A city-state's name ("in Singapore") is written."""
    assert _page(*lines, "Trade and security were discussed.").event.location == expected


def test_a_kindless_opening_named_again_as_the_meeting_below_is_a_meeting() -> None:
    """ "X discussed the situation in the region with Ambassador Y on Wednesday." names no kind; the lead
    below that names the event again ("The meeting was initiated by Y.") makes it a meeting."""
    readout = _page(
        "date 2031-05-07 Deputy Foreign Minister Ana Loret discussed the situation in the region with"
        " Velorian Ambassador Ivo Brand on Wednesday.",
        '"There was a confidential exchange of views on the key aspects of the situation," the ministry'
        " said in a statement.",
        "The meeting was initiated by Brand.",
    )
    assert readout.event.kind.value == "meeting"


def test_an_entrys_marked_location_writes_the_seats_city() -> None:
    """An h-entry page marks its place ("<div class="p-location">Moscow, the Kremlin</div>" under the
    date): the page writes the city, so talks "in the Kremlin" are placed in Moscow."""
    html = (
        "<html><body><article class='h-entry'><h1 class='entry-title'>Talks with the President of Velor</h1>"
        "<time datetime='2031-05-05'>May 5, 2031</time><div class='p-location'>Moscow, the Kremlin</div>"
        "<div class='e-content'><p>President Ana Loret held talks in the Kremlin with President of Velor"
        " Ivo Brand, who is in Russia on an official visit.</p><p>The two presidents discussed trade and"
        " regional security at length.</p></div></article></body></html>"
    )
    assert readoutlib.parse(html).event.location == "Moscow"


def test_a_visits_first_day_in_a_city_places_the_visit() -> None:
    """ "X visited Peru on 5-6 May 2031 …" names a country; "On his first day in Port Brand, X had a
    meeting with …" in the next paragraph names the city the visit was in."""
    readout = _page(
        "Foreign Minister Tomas Berg visited Peru on 5-6 May 2031 in order to hold bilaterals within the"
        " scope of his regional trip.",
        "On his first day in Port Brand, Minister Berg had a meeting with Ana Loret, Minister of Foreign"
        " Affairs of Peru, and discussed bilateral relations.",
    )
    assert (readout.event.kind.value, readout.event.location) == ("visit", "Port Brand")
