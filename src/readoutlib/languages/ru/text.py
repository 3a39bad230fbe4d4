"""Sentences and dates in Russian text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ... import dates as core_dates
from ...analysis.sentences import split_sentences

__all__ = ["RuDate", "find_dates", "sentences"]

#: A time of day right after a date ("18 марта 2025 года 20:15"): the date is a page's date line.
_TIME_AFTER = re.compile(r"(?:\s*(?:года|г\.))?,?\s+[0-2]?\d:[0-5]\d")


@attrs.frozen
class RuDate:
    """A date as written: day, month, year if printed, and whether a time of day follows (a date line)."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    timed: bool

    def on(self, year: int) -> dt.date | None:
        """The date in ``year`` (or its own year), None if no such day."""
        try:
            return dt.date(self.year or year, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> Iterator[RuDate]:
    """Every "22 декабря [2020 года] [20:15]" in ``text`` (the core's date parser reads the month words)."""
    for found in core_dates.find_dates(text, languages=("ru",)):
        timed = _TIME_AFTER.match(text, found.end)
        end = timed.end() if timed else found.end
        yield RuDate(found.day, found.month, found.year, found.start, end, timed is not None)


def _ends(text: str) -> list[int]:
    """Where sentences end: the core's splitter (stops before a capital, not after initials), and
    after a date line with its time ("18 марта 2025 года 20:15"), which a page flattened to one line
    runs into the text that follows it."""
    ends = [sentence.end for sentence in split_sentences(text)]
    ends += [found.end for found in find_dates(text) if found.timed and found.year is not None]
    return sorted(set(ends))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, without the space around it."""
    out = []
    start = 0
    for end in _ends(text):
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            out.append((start, end))
        start = end
    return out
