"""Date families left over on the dev sets en-a..en-n (#8, round dat24), on invented pages."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.model import Readout


def _captioned(caption: str) -> Readout:
    """A news page with no date line: headline, a photo caption printed twice (the second time with
    its credit), then the report."""
    return readoutlib.parse(
        "Loret meets Velorian minister in Port Avel\n\n"
        f"{caption}\n{caption} Source: Ministry of Foreign Affairs/Flickr\n"
        "Foreign Minister Ana Loret met with Velorian Foreign Minister Ivo Brand in Port Avel on Wednesday,"
        " and the two discussed trade and fisheries.\n\n"
        "The ministers also discussed the regional security situation.\n"
    )


def test_a_photo_captions_date_settles_the_openings_weekday() -> None:
    """A page with no date line whose photo caption prints "Mar. 12, 2031" (a Wednesday) and whose
    opening says "on Wednesday": the caption's day is the event's."""
    readout = _captioned("Minister Ana Loret with Velorian Minister Ivo Brand. Mar. 12, 2031.")
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 3, 12), "relative")


def test_a_captions_date_on_another_weekday_dates_nothing() -> None:
    """The caption's day (a Tuesday) is not the opening's Wednesday: the event stays undated."""
    readout = _captioned("Minister Ana Loret with Velorian Minister Ivo Brand. Mar. 11, 2031.")
    assert readout.event.date is None
