"""Sentences and dates in French text."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ..packtables import relative_day, sentence_spans

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
            return day if day <= published else day.replace(year=published.year - 1)
    return None


def _weekday(text: str, published: dt.date | None) -> dt.date | None:
    """A weekday ("ce samedi", "lundi"): the last such day on or before the publication date."""
    m = _WEEKDAY.search(text)
    if m is None or published is None:
        return None
    wanted = WEEKDAYS.index(m.group(1).lower())
    return published - dt.timedelta(days=(published.weekday() - wanted) % 7)


def event_day(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The event's date as the sentence gives it, and how it was found ("text" or "relative")."""
    date = full_date(text)
    if date is not None:
        return date, "text"
    relative = _day_month(text, published) or _weekday(text, published)
    return relative_day(text, published, relative, _TODAY, _YESTERDAY)
