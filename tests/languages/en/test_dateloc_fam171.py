"""Dates, places and kinds after the blind run of en-av..en-ax (round 171 of issue #8), on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.dates import url_date
from readoutlib.languages.en.event import (
    attending_city,
    event_held_on_below,
    kind_of,
    later_report_kind,
    sidelines_city,
)
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


_THURSDAY = dt.date(2031, 3, 13)


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        ("The meeting held on Monday centred on trade in grain.", 10),
        ("The Vice President held the meeting on Wednesday as the region's envoy.", 12),
        ("During the talks, which took place in Velmora on Tuesday, they agreed on a dialogue.", 11),
        ("Their bilateral talks were held last Monday at the ministry.", 10),
    ],
)
def test_the_event_named_again_with_its_weekday(paragraph: str, day: int) -> None:
    found = event_held_on_below(("The two sides spoke of trade.", paragraph), _THURSDAY)
    assert found is not None
    assert found.date == dt.date(2031, 3, day)
    assert found.basis == "relative"


@pytest.mark.parametrize(
    "paragraph",
    [
        "A summit was held on Monday in the capital.",  # another gathering, not the event named again
        "The ministry said on Monday that the meeting went well.",  # the account's day
        "Last week, he held meetings with three heads of state.",  # no weekday
    ],
)
def test_no_weekday_of_the_event_named_again(paragraph: str) -> None:
    assert event_held_on_below((paragraph,), _THURSDAY) is None


def test_a_meeting_dated_again_three_paragraphs_down() -> None:
    readout = _page(
        "Envoy concludes meeting on the river accord",
        "Thursday, March 13, 2031",
        "Vice President Arno Velt has held a meeting with President Dara Osk of Ruritania at the state"
        " guesthouse in Northtown.",
        "The meeting reviewed progress on the river accord.",
        "The two leaders further discussed the transitional government.",
        "The Vice President held the meeting on Tuesday in his role as special envoy.",
    )
    assert readout.event.date == dt.date(2031, 3, 11)
    assert readout.event.date_basis == "relative"


@pytest.mark.parametrize(
    ("paragraph", "city"),
    [
        (
            "Dr Velt met Mr Osk on the sidelines of the 9th Defence Ministers' Meeting in Northport, Velor,"
            " where they discussed training.",
            "Northport",
        ),
        (
            "During the meeting on the margins of the Harbour Dialogue in Southtown, they spoke of trade.",
            "Southtown",
        ),
    ],
)
def test_the_gathering_city_places_the_encounter(paragraph: str, city: str) -> None:
    assert sidelines_city(("The two ministers reaffirmed their ties.", paragraph), EventKind.MEETING) == city


@pytest.mark.parametrize(
    "paragraph",
    [
        # another meeting, told to date or frame this one
        "The talks came after the meeting between the two presidents on the sidelines of the summit in Lima.",
        "It follows a meeting with his counterpart on the margins of the forum in Manila weeks earlier.",
        # a country, not a city
        "They met on the sidelines of the bloc's summit in Portugal.",
    ],
)
def test_no_gathering_city_of_another_meeting(paragraph: str) -> None:
    assert sidelines_city((paragraph,), EventKind.MEETING) is None


def test_a_call_has_no_gathering_city() -> None:
    text = "They spoke on the sidelines of the forum in Southtown."
    assert sidelines_city((text,), EventKind.PHONE_CALL) is None


def test_the_gathering_city_beats_the_dateline() -> None:
    readout = _page(
        "Minister meets US defence chief",
        "SINGAPORE: Defence Minister Arno Velt met United States Secretary of Defense Dara Osk on Tuesday and"
        " reaffirmed the ties between the two countries, the ministry said.",
        "This comes a day after the two leaders spoke at length.",
        "Dr Velt met Mr Osk on the sidelines of the 9th Defence Ministers' Meeting in Northport, Velor, where"
        " they discussed terrorism.",
    )
    assert readout.event.location == "Northport"


def test_a_city_state_dateline_above_the_opening_places_it() -> None:
    readout = _page(
        "Ministers reaffirm defence ties",
        "SINGAPORE: Singapore's Minister for Defence Arno Velt and the visiting Velorian Deputy Minister Dara"
        " Osk have reaffirmed the ties between both countries.",
        "Mr Osk called on Dr Velt on Wednesday morning. Both ministers exchanged views on cooperation.",
        "Mr Osk, who is here on a two-day visit, also toured a base.",
    )
    assert readout.event.location == "Singapore"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "General Berg on Thursday paid a visit to Freedonia's Chief of Army Staff General Ana Ruiz.",
            "meeting",
        ),
        (
            "During his visit to Freedonia, President Tomas Berg visited Freedonian Prime Minister Ana Ruiz.",
            "meeting",
        ),
        ("President Tomas Berg visited Prime Minister Ana Ruiz's residence in Port Lund.", "visit"),
        ("President Tomas Berg visited Freedonia and met the Prime Minister.", "visit"),
    ],
)
def test_a_visit_to_a_person_is_a_meeting(opening: str, kind: str) -> None:
    assert kind_of(opening).value == kind


def test_an_office_acronym_is_no_place() -> None:
    readout = _page(
        "Visiting general meets army chief",
        "NORTHPORT: General Tomas Berg of Velor held a meeting with Army Chief General Ana Ruiz in GHQ.",
        "The two sides discussed training.",
    )
    assert readout.event.location == "Northport"


def test_a_department_is_no_place() -> None:
    readout = _page(
        "President meets envoy",
        "President Ana Ruiz yesterday met the Under-Secretary General in the Department of Field Support,"
        " Mr. Tomas Berg, who called on her at State House, Port Lund.",
        "The two discussed the regional centre.",
    )
    assert readout.event.location == "Port Lund"


def test_a_discussion_takes_the_kind_a_later_sentence_names() -> None:
    readout = _page(
        "Prime Minister discusses with UN and regional chiefs",
        "Port Lund, March 9, 2031 - Prime Minister Ana Ruiz today discussed with Secretary-General Tomas Berg"
        " and Commission Chairperson Dara Osk.",
        "The Prime Minister said the country has long stood for the charter of both bodies.",
        "\u201cI held productive phone discussions with Tomas Berg and Dara Osk,\u201d Ruiz wrote.",
    )
    assert readout.event.kind.value == "phone_call"


@pytest.mark.parametrize(
    ("opening", "later", "kind"),
    [
        ("X discussed with Y the harvest.", "They met at the palace on Monday.", "meeting"),
        (
            "X has conferred with Y on the harvest.",
            "The two held a video conference on Friday.",
            "video_call",
        ),
        # no discussion in the opening: nothing read further down
        ("X shared a message from Y.", "X said she called Y on Thursday.", None),
    ],
)
def test_later_report_kind(opening: str, later: str, kind: str | None) -> None:
    found = later_report_kind(opening, (later,))
    assert (found.value if found else None) == kind


_STAMPED = "https://mirror.example/news.nsf/articles/minister+meets+counterpart+15062031160500?open"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (_STAMPED, dt.date(2031, 6, 15)),
        ("https://mirror.example/view.php?ud=20310811000038", dt.date(2031, 8, 11)),  # year first, as before
        ("https://mirror.example/articles/item+99062031160500", None),  # no month 62
    ],
)
def test_a_day_first_stamp_in_the_address_dates_the_page(url: str, day: dt.date | None) -> None:
    assert url_date(url) == day


def test_a_day_first_stamp_dates_this_morning() -> None:
    text = (
        "Minister meets counterpart on migration\n\nThe Home Secretary met Ana Ruiz this morning (15 June)"
        " at the agency, as part of the Interior Minister's first official visit.\n\nThe two discussed"
        " the border.\n"
    )
    readout = readoutlib.parse(text, url=_STAMPED)
    assert readout.event.date == dt.date(2031, 6, 15)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The defence minister took part in a remote-linked meeting with his counterpart.", "video_call"),
        ("The two ministers held remote talks on Friday.", "video_call"),
        ("The remote island hosted the talks.", "talks"),  # a remote place, no channel
    ],
)
def test_a_remote_meeting_is_a_video_call(sentence: str, kind: str) -> None:
    assert kind_of(sentence).value == kind


def test_a_lead_dateline_at_home_yields_to_the_gathering_city() -> None:
    text = (
        "Port Lund, Sept. 24, VNA \u2013 Ms Ana Ruiz, the Foreign Minister, is participating in the"
        " 90th Session of the United Nations General Assembly in New York.\n\n"
        "A statement issued by the Ministry said Ms Ruiz held meetings with her counterparts, namely Mr Tomas"
        " Berg of Velor and Ms Dara Osk of Sylvania, in the margins of the session.\n\n"
        "They discussed trade and education.\n"
    )
    readout = readoutlib.parse(text, url="https://agency.example/2031/09/ruiz-attends-general-assembly/")
    assert readout.event.location == "New York"
    assert readout.event.date == dt.date(2031, 9, 24)
    assert readout.event.date_basis == "published"


@pytest.mark.parametrize(
    ("lead", "city"),
    [
        ("X is participating in the 90th Session of the General Assembly in New York.", "New York"),
        ("The ministers are attending the Harbour Forum in Southtown this week.", "Southtown"),
        ("X is participating in the summit in Portugal.", None),  # a country
        ("X participated in the summit in Southtown last year.", None),  # told as past, not going on
    ],
)
def test_attending_city(lead: str, city: str | None) -> None:
    assert attending_city((lead,), EventKind.MEETING) == city
