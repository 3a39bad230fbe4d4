"""News reports relaying a government's account (issues #12, #8, task pfix12): invented pages, one
test per family, each seen failing before its rule."""

from __future__ import annotations

import datetime as dt

import readoutlib


def _people(readout: readoutlib.Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_a_call_named_in_passing_takes_the_surnames_its_sentence_reports() -> None:
    """A wire report whose lead names both leaders in full but no event, then names the call only in
    a phrase ("In a statement after a one-hour phone call, the presidency said Varga told Reed …"):
    the surnames the call's sentence gives are the leaders the lead names in full."""
    text = (
        "Ruritanian President Ana Varga urged her Freedonian counterpart Tom Reed to declare a truce "
        "and open the border, her office said on Monday.\n\n"
        "In a statement after a one-hour phone call, the Ruritanian presidency said Varga told Reed "
        "that Ruritania was ready to help end the conflict.\n"
    )
    readout = readoutlib.parse(text)
    assert (readout.event.kind.value, _people(readout)) == ("phone_call", ["Ana Varga", "Tom Reed"])


def test_a_headline_date_after_a_byline_is_the_page_date_not_the_event_date() -> None:
    """A news site's headline line ending in its byline and date ("… By Daily Gazette - March 15,
    2031") dates the page: the lead's "on Thursday" is resolved against it."""
    text = (
        "Daily Gazette\n\n"
        "Prime Minister Holds Phone Call With President of Chile\n\n"
        "Prime Minister Holds Phone Call With President of Chile By Daily Gazette - March 15, 2031\n\n"
        "Prime Minister Ana Varga of Portugal held a telephone conversation on Thursday with President "
        "of Chile Tom Reed, during which they reviewed the relations between the two countries.\n"
    )
    readout = readoutlib.parse(text)
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 3, 13), "relative")


def test_a_title_date_after_a_lowercase_by_stays_the_event_date() -> None:
    """ "Visit by President Tom Reed – 12 March 2031" names the visitor, not a byline: its date is
    the event's."""
    text = (
        "Visit by President Tom Reed - 12 March 2031\n\n"
        "Prime Minister Ana Varga of Portugal met President of Chile Tom Reed in Lisbon on Wednesday.\n"
    )
    assert readoutlib.parse(text).event.date == dt.date(2031, 3, 12)
