"""Families of kinds, refusals, dates and places on en-a..en-z (round 78 of issue #8), on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind, Readout
from readoutlib.segment.datelines import strip_dateline


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_wire_dateline_closed_by_a_full_stop_and_a_dash_places_the_meeting() -> None:
    """'Port Avel.- The Minister received …' and 'Port Avel, Mar 3. -The Minister …' (a Latin American
    wire's punto y guion): the dateline's place, and its day and month, as in 'Port Avel, Mar 3 -'."""
    plain = strip_dateline("Port Avel.- The Foreign Minister received his Sylvanian counterpart.")
    assert plain is not None and plain.place == "Port Avel" and plain.day_month is None
    dated = strip_dateline("Port Avel, Mar 3. -The Foreign Minister received his Sylvanian counterpart.")
    assert dated is not None and dated.place == "Port Avel" and dated.day_month == (3, 3)
    assert strip_dateline("Dr.- Ruiz received the delegation.") is None
    readout = _page(
        "Freedonia and Sylvania review their harbour cooperation",
        "Port Avel.- Freedonian Foreign Minister Ana Ruiz received Sylvanian Foreign Minister Tomas Berg on"
        " Tuesday for talks on the harbour project.",
        "Ruiz said the project would open new routes for both countries.",
    )
    assert readout.event.location == "Port Avel"


def test_a_wish_to_meet_then_the_courtesy_call_that_relayed_it_is_a_readout() -> None:
    """'X KEEN TO MEET Y IN Z' over a lead telling the leader's wish and a next paragraph telling the
    envoy's courtesy call that relayed it 'last Friday' (SIBC, en-x): the page reports that call. The
    same page whose call is not told as held just now stays an announcement."""
    lines = (
        "FREEDONIAN PRESIDENT KEEN TO MEET PM BERG IN PORT AVEL",
        "Freedonian President Ana Ruiz says she is keen to see her Sylvanian counterpart, Prime Minister"
        " Tomas Berg, at the Northern Forum in Port Avel later this year.",
        "Freedonian Ambassador Karl Mendt relayed this during a courtesy call to the Prime"
        " Minister last Friday.",
        "Mr. Mendt said President Ruiz had personally asked him to convey the invitation.",
    )
    readout = _page(*lines)
    assert readout.event.kind is EventKind.MEETING
    assert "Karl Mendt" in [p.name for p in readout.event.participants]
    with pytest.raises(NotAReadoutError):
        _page(*lines[:2], lines[2].replace(" last Friday", " in 2019"), lines[3])


def test_the_meeting_told_after_an_arrival_takes_its_own_weekday() -> None:
    """'X arrived in Y late Thursday night for his visit. He met with Z on Friday morning in W' on a page
    of Friday 9 February: the meeting was on the Friday, not the arrival's Thursday."""
    readout = readoutlib.parse(
        "\n\n".join(
            (
                "Ruiz and Berg renew their partnership",
                "Freedonian Foreign Minister Ana Ruiz arrived in Sylvania late Thursday night for her"
                " three-day visit. She met with Prime Minister Tomas Berg on Friday morning in Port Avel"
                " where they signed a statement of partnership.",
                "Ruiz said the two countries were like-minded.",
            )
        )
        + "\n",
        url="https://news.example.org/2024/02/09/ruiz-berg-partnership",
    )
    assert readout.event.date == dt.date(2024, 2, 9)


def test_leaders_who_spoke_for_twenty_minutes_held_a_call() -> None:
    """'X agreed with his counterpart Y to discuss the harbour later. They spoke for 20 minutes on Friday,
    discussing …' (UNN citing a ministry, en-x): spoke, with no place, is a call; 'spoke for an hour
    at the Palace' is not."""
    readout = _page(
        "Freedonian Foreign Minister Ana Ruiz agreed with her Sylvanian counterpart Tomas Berg to discuss"
        " the harbour later. This is according to a statement from the ministry.",
        "They spoke for 20 minutes on Friday, discussing trade, security and the border.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL
    assert kind_of("The two presidents spoke for an hour at the Elysee Palace.") is not EventKind.PHONE_CALL
