"""Sentences and dates in German text.

German writes a day with a full stop ("am 9. März 2022", "am 8. November"), so a full stop after a
figure ends no sentence; nor does one after an abbreviation ("Dr.", "bzw.") or an initial ("George H.
W. Bush"). Months are the German words (with Austria's "Jänner" and the genitive "Aprils"); a weekday
may carry a time of day ("am Montagabend").
"""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from .. import tablepack
from ..packtables import sentence_spans
from ..tablepack import day_before, weekday_before

__all__ = ["WEEKDAYS", "event_day", "full_date", "sentences"]

_END = re.compile(r"(?<=[.!?])[\"“”»«]?\s+(?=[\"„“»«A-ZÄÖÜ])")
_NO_END = re.compile(
    r"(?:\b\d{1,2}|\b(?:Dr|Mag|Prof|Nr|St|bzw|ca|vgl|usw|Abs|Art|Hr|Fr|Dipl|Ing|inkl|ggf|z\.B|u\.a|d\.h|o\.ä)"
    r"|\b[A-ZÄÖÜ])\.[\"“”»«]?\s+$"
)
_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
_DATE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.\s*(?P<month>"
    + "|".join(_MONTHS)
    + r")s?\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_WEEKDAY = re.compile(
    r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:s)?(?:abend|morgen|vormittag|nachmittag|mittag|nacht)?\b",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\bheute\b|\bam\s+heutigen\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\bgestern\b", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph, in order."""
    return sentence_spans(text, _END, _NO_END)


def _word_dates(text: str) -> list[tuple[int, int, int | None, int]]:
    """(day, month, year or None, start) of each date written with a German month word."""
    return [
        (int(m["day"]), _MONTHS[m["month"].lower()], int(m["year"]) if m["year"] else None, m.start())
        for m in _DATE.finditer(text)
    ]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_date(text: str) -> dt.date | None:
    """The first date with its year in the text ("9. März 2022", "14.07.2017")."""
    found = [(s, _valid(y, m, d)) for d, m, y, s in _word_dates(text) if y is not None]
    found += [(f.start, _valid(f.year, f.month, f.day)) for f in find_dates(text) if f.year is not None]
    dated = sorted((s, d) for s, d in found if d is not None)
    return dated[0][1] if dated else None


def _day_month(text: str, published: dt.date | None) -> dt.date | None:
    """A day and month printed without a year, in the publication date's year (or the one before)."""
    if published is None:
        return None
    for d, m, y, _ in _word_dates(text):
        if y is None:
            day = _valid(published.year, m, d)
            if day is None:
                return None
            return day_before(published, day)
    return None


def _weekday(text: str, published: dt.date | None) -> dt.date | None:
    """A weekday ("am Dienstag", "am Montagabend"): the last such day on or before the publication date."""
    return weekday_before(text, published, _WEEKDAY, WEEKDAYS, {"sonnabend": "samstag"})


def event_day(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The event's date as the sentence gives it, and how it was found ("text" or "relative")."""
    return tablepack.event_day(
        text, published, full_date, (_day_month, _weekday), today=_TODAY, yesterday=_YESTERDAY
    )
