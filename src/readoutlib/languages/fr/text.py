"""Sentences and dates in French text."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from .. import tablepack
from ..packtables import sentence_spans
from ..tablepack import day_before, weekday_before

__all__ = ["WEEKDAYS", "event_day", "full_date", "sentences"]

#: A sentence ends at . ! ? (or a closing quote after one) before a capital or a quote; an
#: honorific ("M.", "MM.", "Mme.") or an initial ("J.-Y.") ends nothing.
_END = re.compile(r"(?<=[.!?])[»\"”]?\s+(?=[«\"“A-ZÀ-ÖØ-Þ])")
_NO_END = re.compile(r"(?:\b(?:M|MM|Mme|Mlle|Me|Dr|S\.E|St|Ste)|\b[A-ZÀ-Þ])\.[»\"”]?\s+$")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_TODAY = re.compile(r"\baujourd.hui\b|\bce\s+(?:matin|soir|midi)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\bhier\b", re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph, in order."""
    return sentence_spans(text, _END, _NO_END)


def full_date(text: str) -> dt.date | None:
    """The first date with its year in the text."""
    for found in find_dates(text, languages=("fr",)):
        if found.year is not None:
            return dt.date(found.year, found.month, found.day)
    return None


def _day_month(text: str, published: dt.date | None) -> dt.date | None:
    """A day and month printed without a year, in the publication date's year (or the one before)."""
    if published is None:
        return None
    for found in find_dates(text, languages=("fr",)):
        if found.year is None:
            try:
                day = dt.date(published.year, found.month, found.day)
            except ValueError:
                return None
            return day_before(published, day)
    return None


def _weekday(text: str, published: dt.date | None) -> dt.date | None:
    """A weekday ("ce samedi", "lundi"): the last such day on or before the publication date."""
    return weekday_before(text, published, _WEEKDAY, WEEKDAYS)


def event_day(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The event's date as the sentence gives it, and how it was found ("text" or "relative")."""
    return tablepack.event_day(
        text, published, full_date, (_day_month, _weekday), today=_TODAY, yesterday=_YESTERDAY
    )
