"""Families of kind and date misses pooled from the dev sets en-a..en-k (issue #8, round fam12), each
on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _when(readout: Readout) -> tuple[dt.date | None, str | None]:
    return readout.event.date, readout.event.date_basis


def test_a_weekday_beside_a_yearless_day_takes_the_year_the_page_prints() -> None:
    """'This Wednesday March 5, …' on a page whose URL folder says 2031: the weekday agrees with 2031."""
    readout = _page(
        "This Wednesday March 5, Foreign Minister Ana Ruiz met the Foreign Minister of Ruritania, Tomas"
        " Berg, during his visit to Capital City.",
        "The two ministers discussed the harbour treaty and the coming season of fisheries talks.",
        url="https://ministry.example/en/news/2031/ruiz_meets_berg",
    )
    assert (dt.date(2031, 3, 5), "relative") == _when(readout)


def test_a_weekday_that_fits_no_year_the_page_prints_leaves_the_day_undated() -> None:
    """'This Thursday March 5' fits neither 2030, 2031 nor 2032: no year is guessed."""
    readout = _page(
        "This Thursday March 5, Foreign Minister Ana Ruiz met the Foreign Minister of Ruritania, Tomas"
        " Berg, during his visit to Capital City.",
        "The two ministers discussed the harbour treaty and the coming season of fisheries talks.",
        url="https://ministry.example/en/news/2031/ruiz_meets_berg",
    )
    expected: tuple[dt.date | None, str | None] = (None, None)
    assert expected == _when(readout)


def test_a_photo_caption_above_the_report_is_not_its_opening() -> None:
    """A caption closing with its photo credit tells of the arrival; the report's own opening dates
    and kinds the event (a meeting on Tuesday, not a visit on Monday)."""
    readout = _page(
        "President Tomas Berg of Ruritania arrived in Capital on Monday on a state visit."
        " (Photo: State Press).",
        "President Ana Ruiz on Tuesday afternoon received President Tomas Berg of Ruritania at the palace.",
        "During the meeting the two leaders reviewed the harbour treaty and agreed to meet again in spring.",
        url="https://news.example/2031/03/05/ruiz-receives-berg/",
    )
    expected = (EventKind.MEETING, dt.date(2031, 3, 4))
    assert expected == (readout.event.kind, readout.event.date)


def test_a_hosts_warm_welcome_to_a_state_visitor_is_a_meeting() -> None:
    """'extended a warm welcome today to X, who is on a State Visit' reports the host's meeting."""
    readout = _page(
        "Prime Minister Ana Ruiz extended a warm welcome today to the Head of State of Ruritania, Tomas"
        " Berg, who is currently undertaking a State Visit to Freedonia.",
        "Prime Minister Ruiz emphasized the ties between the two peoples.",
        "During his visit, His Highness laid a wreath at the National Memorial and toured the museum.",
        url="https://news.example/2031/03/05/ruiz-welcomes-berg/",
    )
    expected = (EventKind.MEETING, dt.date(2031, 3, 5))
    assert expected == (readout.event.kind, readout.event.date)


def test_a_trip_launched_on_a_weekday_is_the_visit_of_that_day() -> None:
    """'has launched his first official visit to X on Tuesday' opens the report of the visit."""
    readout = _page(
        " date 2031-03-05 Published | 14:48",
        "Ruritania's new Prime Minister Tomas Berg has launched his first official visit to Port Ruiz on"
        " Tuesday after taking office.",
        "Later, the Prime Minister of Ruritania was received by President Ana Ruiz.",
        "President Ruiz congratulated Berg on the formation of the new government.",
    )
    expected = (EventKind.VISIT, dt.date(2031, 3, 4))
    assert expected == (readout.event.kind, readout.event.date)


def test_a_weekday_that_fits_only_the_year_after_a_printed_year_is_not_dated_by_it() -> None:
    """'On Saturday, March 5' on a page naming only 'the 2032 Games': 2033 would fit, but the page
    printed 2032 for another time, so no year is guessed."""
    readout = _page(
        "Readout of the Minister's Roundtable on Clean Buses",
        "On Saturday, March 5, Minister Ana Ruiz met the Transport Minister of Ruritania, Tomas Berg, to"
        " discuss bus manufacturing.",
        "The ministers agreed to work toward clean transit for the 2032 Games.",
    )
    expected: tuple[dt.date | None, str | None] = (None, None)
    assert expected == _when(readout)


def test_a_dateline_with_a_mistyped_year_still_gives_the_day_the_report_was_written() -> None:
    """'CAPITAL, 17 March 20331 – … met earlier today': the five-figure year is no year; the day and
    month, completed by the page's date line, date 'today' (not a year read off its first figures)."""
    readout = _page(
        "Prime Minister goes to Capital",
        "March 18, 2031",
        "CAPITAL, 17 March 20331 – Prime Minister Tomas Berg met earlier today with Vice President Ana Ruiz"
        " at the palace to discuss the harbour treaty.",
        "The two leaders agreed to meet again in the spring.",
    )
    assert (dt.date(2031, 3, 17), "relative") == _when(readout)


def test_a_rulers_audience_is_a_meeting() -> None:
    """'received in audience His Excellency X' reports a meeting, not an event of no kind."""
    readout = _page(
        "Port Ruiz: His Majesty Sultan Tomas Berg of Ruritania, on 10th March afternoon received in audience"
        " His Excellency Ana Ruiz, Minister of State for Foreign Affairs of Freedonia.",
        "The visit aims to strengthen the cooperation between the two countries.",
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_the_date_another_event_is_given_never_dates_the_events_year() -> None:
    """'relations were established on 2nd February 1991' is another event's date: a yearless 'on 10th
    March' on a page with no date line stays undated, not 1991-03-10."""
    readout = _page(
        "Port Ruiz: His Majesty Sultan Tomas Berg of Ruritania, on 10th March afternoon received"
        " His Excellency Ana Ruiz, Minister of State for Foreign Affairs of Freedonia.",
        "Diplomatic relations between the two nations were established on 2nd February 1991.",
    )
    expected: tuple[dt.date | None, str | None] = (None, None)
    assert expected == _when(readout)


def test_a_greeting_one_side_sends_is_not_a_readout() -> None:
    """'X sends harvest festival greetings to Y' over 'X has congratulated Y …': a greeting, no exchange."""
    with pytest.raises(NotAReadoutError, match="greetings"):
        _page(
            "Freedonia’s President Ruiz sends harvest festival greetings to Berg",
            "CAPITAL — President Ana Ruiz has congratulated President Tomas Berg of Ruritania on the harvest"
            " festival and expressed confidence that the two countries can work together.",
            "The presidential office said Ruiz noted in the telegram that relations remain important.",
        )


def test_a_guest_welcomed_with_a_long_office_before_the_name_was_met() -> None:
    """'welcomed the Minister of Foreign Affairs of the Eastern Republic of X, H.E. Y, to the Palace'
    reports the meeting: the office's lower-case 'of the' does not end the guest."""
    readout = _page(
        "This Thursday, March 6, the Minister of Foreign Affairs, Ana Ruiz, welcomed the Minister of Foreign"
        " Affairs of the Eastern Republic of Ruritania, H.E. Tomas Berg, to the Harbour Palace.",
        "The Ministers of Foreign Affairs welcomed the good bilateral relations between the two countries.",
        url="https://ministry.example/en/news/2031/ruiz_welcomes_berg",
    )
    assert (EventKind.MEETING, dt.date(2031, 3, 6)) == (readout.event.kind, readout.event.date)


def test_an_arrival_then_the_host_meeting_the_visitor_is_that_meeting() -> None:
    """'X arrived in Capital on a visit. Prime Minister Y met with him …': the page reports one
    meeting, with its host, not the trip."""
    readout = _page(
        "Secretary General of the Harbour Council Tomas Berg arrived in Capital on a visit. Prime Minister"
        " of Ruritania Ana Ruiz met with him and told him about the situation in the country.",
        "Ruiz said that close cooperation between the country and the Council will continue.",
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_an_arrival_then_meetings_with_others_stays_a_visit() -> None:
    """'X arrived in Capital. He met the Speaker …': the host meets no visitor there, so it is the trip."""
    readout = _page(
        "Secretary General of the Harbour Council Tomas Berg arrived in Capital on a visit. He met the"
        " Speaker of Parliament Ana Ruiz and later the Mayor of Capital, Eko Tan.",
        "Berg said that close cooperation between the country and the Council will continue.",
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_two_sides_who_came_together_to_sign_met_that_day() -> None:
    """'Today in X, A and B came together to sign …' opens the report, not the arrival the next
    sentence tells in the past perfect ('had arrived … on Thursday night')."""
    readout = _page(
        "Today in Port Ruiz, Freedonia’s Foreign Minister, Tomas Berg, and Ruritania’s Prime Minister, Ana"
        " Ruiz, came together to sign a renewed Statement of Partnership. The two leaders had arrived in"
        " Ruritania on the final leg of the Harbour Mission on Thursday night.",
        "Minister Berg highlighted that the focus areas include climate change and security.",
        url="https://news.example/2031/03/07/freedonia-and-ruritania-renew-partnership",
    )
    assert (EventKind.MEETING, dt.date(2031, 3, 7)) == (readout.event.kind, readout.event.date)


def test_a_statement_saying_acts_will_be_met_with_calm_is_not_a_readout() -> None:
    """'… will have to be met with calm and restraint' is no meeting: a minister's statement on an
    attack reports no encounter."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Foreign Minister condemns the attacks in Port Ruiz",
            "The Foreign Minister strongly condemns the attacks that have taken place in Port Ruiz.",
            "“It is clear that these were acts of extremism and will have to be met with calm and restraint.",
            "The Ministry advises citizens in Port Ruiz to follow the instructions of the authorities.",
        )


def test_a_visit_named_in_a_headline_of_a_plan_leaves_the_kind_to_the_opening() -> None:
    """'PM to use Freedonian minister's visit to strengthen ties' tells a plan: the opening's welcome
    (a meeting) is the event, not a trip."""
    readout = _page(
        "PM to use Freedonian foreign minister’s visit to strengthen relations",
        "PRIME Minister Tomas Berg welcomed Freedonian Foreign Minister Ana Ruiz to Ruritania yesterday"
        " at the Government House.",
        "He said the two countries would work together on the harbour.",
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_days_visit_at_the_hosts_invitation_is_the_meeting_with_the_host() -> None:
    """'At the invitation of President X, Prime Minister Y visited Capital today.' then the two leaders'
    talk: the page reports the one meeting with its host."""
    readout = _page(
        "Prime Minister Tomas Berg in Capital on key harbour challenges",
        "At the invitation of Freedonian President Ana Ruiz, the Ruritanian Prime Minister, Dr Tomas Berg,"
        " visited Capital today.",
        "In a friendly atmosphere, Dr. Berg and his Freedonian counterpart sought common solutions.",
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_an_official_visit_at_an_invitation_over_days_stays_a_visit() -> None:
    """'At the invitation of X, Y paid an official visit to Capital from 3 to 5 March': the trip."""
    readout = _page(
        "At the invitation of Freedonian President Ana Ruiz, the Ruritanian Prime Minister, Dr Tomas Berg,"
        " paid an official visit to Capital from 3 to 5 March 2031.",
        "Dr. Berg met President Ruiz and the Speaker of Parliament, Eko Tan.",
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_an_iso_timestamp_date_line_dates_yesterday() -> None:
    """A date line printed as an ISO timestamp ('2031-03-05T10:31:00Z') is the page's date: the call
    'yesterday' was on the 4th."""
    readout = _page(
        "Ruiz holds phone talks with Berg",
        "2031-03-05T10:31:00Z",
        "The Foreign Minister, Ana Ruiz, held a telephone conversation yesterday with the Foreign Minister"
        " of Ruritania, Tomas Berg.",
        "The two ministers discussed the harbour treaty.",
    )
    assert (dt.date(2031, 3, 4), "relative") == _when(readout)


def test_a_gathering_named_beside_the_event_never_dates_it() -> None:
    """'spoke by phone today ahead of the summit on 9 December' is today's call; '…, following their
    meeting in Capital on 1 December' names an earlier meeting: the page's date stands."""
    dated = _page(
        "Ruiz holds phone talks with Berg",
        "December 6, 2030",
        "The Foreign Minister, Ana Ruiz, spoke by phone today with Foreign Minister Tomas Berg ahead of the"
        " summit on 9 December.",
        "The two ministers discussed the harbour treaty.",
    )
    following = _page(
        "Ruiz holds phone talks with Berg",
        "December 6, 2030",
        "The Foreign Minister, Ana Ruiz, spoke by phone with Foreign Minister Tomas Berg, following their"
        " meeting in Capital on 1 December.",
        "The two ministers discussed the harbour treaty.",
    )
    expected = [(dt.date(2030, 12, 6), "relative"), (dt.date(2030, 12, 6), "published")]
    assert expected == [_when(dated), _when(following)]


def test_an_abbreviated_month_before_its_day_ends_no_sentence() -> None:
    """'spoke … on Dec. 5.' is one sentence, so its day dates the call (not the page's date line)."""
    readout = _page(
        "Ruiz holds phone talks with Berg",
        "December 6, 2030",
        "The Foreign Minister, Ana Ruiz, spoke by phone with Foreign Minister Tomas Berg on Dec. 5. The two"
        " ministers discussed the harbour treaty.",
    )
    assert (dt.date(2030, 12, 5), "relative") == _when(readout)


def test_the_day_before_yesterday_is_two_days_back() -> None:
    """'the day before yesterday' against a date line of 6 December is the 4th, not the 5th."""
    readout = _page(
        "Ruiz holds phone talks with Berg",
        "December 6, 2030",
        "The Foreign Minister, Ana Ruiz, spoke by phone with Foreign Minister Tomas Berg the day before"
        " yesterday.",
        "The two ministers discussed the harbour treaty.",
    )
    assert (dt.date(2030, 12, 4), "relative") == _when(readout)


def test_the_one_meeting_of_a_visit_took_place_where_the_visitor_went() -> None:
    """A day's visit read as its meeting with the host keeps the visit's destination as its place."""
    readout = _page(
        "Prime Minister Tomas Berg in Port Ruiz on key harbour challenges",
        "At the invitation of Freedonian President Ana Ruiz, the Ruritanian Prime Minister, Dr Tomas Berg,"
        " visited Port Ruiz today.",
        "In a friendly atmosphere, Dr. Berg and his Freedonian counterpart sought common solutions.",
    )
    expected = (EventKind.MEETING, "Port Ruiz")
    assert expected == (readout.event.kind, readout.event.location)
