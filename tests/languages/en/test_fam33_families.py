"""Families of kind and date misses pooled from en-p and en-q with the same families on en-a..en-o
(#8, fam33), on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n".join(lines) + "\n")


def test_talks_via_telephone_are_a_phone_call() -> None:
    """ "held talks via telephone with" names the channel: a phone call, not talks."""
    readout = _page(
        "date 2031-05-07 President Ana Loret this afternoon held talks via telephone with the President"
        " of Velor, Ivo Brand.",
        "The two Presidents reaffirmed their commitment to the friendly relations between their countries.",
    )
    assert readout.event.kind.value == "phone_call"


def test_a_later_meetings_day_and_month_leave_the_weekday_to_date_the_call() -> None:
    """ "in the perspective of the Council of May 12" in an opening dated 7 May names a meeting still
    to come: its day and month are not the call's, and "on Wednesday" dates the call against the date
    line."""
    readout = _page(
        "date 2031-05-07 The Minister of Foreign Affairs, Ana Loret, had, on Wednesday, a phone conversation"
        " with her Velorian counterpart, Ivo Brand, at his request, the discussions targeting the"
        " situation in the region, in the perspective of the Foreign Affairs Council of May 12.",
        "The two ministers discussed the stage of the bilateral relation.",
    )
    expected = (dt.date(2031, 5, 7), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_a_store_date_glued_to_a_quoted_opening_is_the_pages_date() -> None:
    """A store's date line run into an opening that starts with a quotation ("date 2031-05-07 "Very
    productive meeting with …," X stated after the meeting.) is the page's date, and dates a meeting
    whose body gives no day."""
    readout = _page(
        'date 2031-05-07 "Very productive meeting with Velorian PM Brand exploring areas of'
        ' collaboration and to strengthen our ties," Hon Loret stated after the meeting.',
        "Loret is attending the Regional Leaders Retreat at the Harbour Resort.",
        "The meeting is chaired by Brand.",
    )
    expected = (dt.date(2031, 5, 7), dt.date(2031, 5, 7), "published")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)
