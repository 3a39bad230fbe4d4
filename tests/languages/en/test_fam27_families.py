"""Families of event date and place misses pooled from the dev sets en-a..en-o (#8, fam27), on invented
text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n".join(lines) + "\n")


def test_a_date_line_with_its_time_first_dates_the_call() -> None:
    """A news agency's date line "09:12, 4 March 2031" (the time before the date) is the page's date,
    and dates a call whose body gives no day."""
    readout = _page(
        "Velorian and Ruritanian presidents hold phone talks",
        "09:12, 4 March 2031",
        "Velorian President Ana Loret has had a telephone conversation with her Ruritanian counterpart"
        " Ivo Brand, the presidential press service reports.",
        "The two leaders discussed preparations for the upcoming state visit.",
    )
    expected = (dt.date(2031, 3, 4), dt.date(2031, 3, 4), "published")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)
