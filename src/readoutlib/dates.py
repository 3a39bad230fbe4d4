"""Date finding in running text and header lines, in the shapes publishers print.

Handles "December 22, 2020", "Dec. 22, 2020", "May 12th, 2021", "22 December 2020",
"17 July 202018:33" (a date glued to a time), "2020-12-22 19:09", "22.12.2020", "22/01/2024",
"2020年12月22日" and Japanese era dates ("平成27年5月26日", "令和元年5月1日").
Numeric dates with slashes are read day first (as most of the world prints them) unless the caller
says the publisher writes month first; a part above 12 settles the order either way.
Dates without a year are reported with ``year=None`` so the caller can decide (a guess is never
made here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

__all__ = ["MONTHS", "DateMatch", "find_dates", "parse_date"]

#: English month names and abbreviations → month number.
MONTHS: dict[str, int] = {}
_MONTH_NAMES = "january february march april may june july august september october november december"
for _i, _name in enumerate(_MONTH_NAMES.split(), start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# The year is four digits; a time glued on right after it ("202018:33") must not extend it.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d{3})"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}",  # December 22, 2020
        rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:\s*,\s*|\s+){_YEAR}",  # 22 December 2020
        r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b",  # 2020-12-22
        r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b",  # 22.12.2020
        r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b",  # 22/01/2024
        r"(?P<year>(?:19|20)\d\d)年(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日",  # 2020年12月22日
        r"(?P<era>昭和|平成|令和)\s*(?P<eyear>元|\d{1,2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日",
        rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)",  # December 22 (no year)
        rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*\d)",  # 22 December (no year)
        r"(?<!\d)(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日",  # 12月22日 (no year)
    )
)


# Japanese imperial eras: the Western year of each era's first year (元年).
_ERA_START = {"昭和": 1926, "平成": 1989, "令和": 2019}


@attrs.frozen
class DateMatch:
    """A date found in text: its parts and where it stands."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    @property
    def date(self) -> dt.date | None:
        """The date, or None when the text gave no year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _slashed(first: str, second: str, month_first: bool) -> tuple[str, str]:
    """(month, day) of a slashed date: the given order, unless one part can only be a day."""
    a, b = int(first), int(second)
    if a > 12 >= b:
        return second, first
    if b > 12 >= a:
        return first, second
    return (first, second) if month_first else (second, first)


def find_dates(text: str, *, month_first: bool = False) -> Iterator[DateMatch]:
    """Yield the valid dates in ``text`` in order of position, without overlaps.

    Args:
        text: the text to search.
        month_first: read an ambiguous slashed date ("03/04/2024") month first, as US pages print it.
    """
    found: list[DateMatch] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            groups = m.groupdict()
            if groups.get("first"):
                groups["month"], groups["day"] = _slashed(groups["first"], groups["second"], month_first)
            year = int(groups["year"]) if groups.get("year") else None
            if groups.get("era"):
                era_year = 1 if groups["eyear"] == "元" else int(groups["eyear"])
                year = _ERA_START[groups["era"]] - 1 + era_year
            try:
                month = _month(groups["month"])
                day = int(groups["day"])
                dt.date(year or 2000, month, day)
            except (KeyError, ValueError):
                continue
            found.append(DateMatch(year, month, day, m.start(), m.end()))
    yield from sorted(found, key=lambda d: d.start)


def parse_date(text: str, *, month_first: bool = False) -> dt.date | None:
    """The first full date (with a year) in ``text``, or None (``month_first`` as for ``find_dates``)."""
    for match in find_dates(text, month_first=month_first):
        if match.year is not None:
            return match.date
    return None
