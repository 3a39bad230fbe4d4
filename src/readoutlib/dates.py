"""The project's one date parser: dates in running text, header lines and date stamps.

Our own scan finds every date and reads the shapes it knows outright, with the month words, day
ordinals and time marks the installed language packs give (``LanguagePack.date_words``, the English
pack's ``date_words.toml``; every pack's at once, as a page's dates are read before its language is
known): "December 22, 2020",
"Dec. 22, 2020", "May 12th, 2021", "22 December 2020", "17 July 202018:33" (a date glued to a time),
"2020-12-22 19:09", "22.12.2020", "22/01/2024", "22-01-2024", "22-Jan-2024", "2024/01/22", and the
whole date shapes the packs give with their numerals and eras (the Chinese and Japanese packs'
year-month-day dates, Japanese era dates), which no date library reads.

A day and a year around a month word in another language are read through ``dateparser``, which
knows the month words of some two hundred languages; the marks the packs give around such a word
(``day_marks``, ``links``, ``year_marks``) are read with it. It is slow to import (about 0.3 s) and
slow per call (about 1 ms, far more on its first call per language), so it is imported only when the
scan meets such a candidate, and asked once per distinct month word (the answer is cached): an
English page never imports it.

Numeric dates with slashes, dots or hyphens are read day first (as most of the world prints them)
unless the caller says the publisher writes month first; a part above 12 settles the order either way. Dates
without a year are reported with ``year=None`` so the caller can decide (a guess is never made here).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import attrs

from .rules import first_character_gate

if TYPE_CHECKING:
    from .languages import DateWords

__all__ = [
    "DEFAULT_LANGUAGES",
    "DateMatch",
    "date_word_sources",
    "era_year",
    "find_dates",
    "in_figures_both_ways",
    "japanese_era_year",
    "month_number",
    "numeric_order",
    "other_language_date",
    "parse_date",
    "parse_stamp",
    "reads_both_ways",
    "reorder_numeric",
    "url_date",
]


#: The languages whose month words are read when the caller names none: the languages of the
#: readouts we meet in Latin and Cyrillic script. Naming them keeps ``dateparser`` from trying all
#: of its two hundred languages on a word (seconds per word).
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "tr")

# The year is four digits; a time glued on right after it ("202018:33") must not extend it.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d{3})(?!\d(?![\d:]))"
# A day, then a month word of any language, then a year, with the marks the packs give around them:
# "5-го февраля 2025 года", "le 1er mai 2024", "3. Mai 2024", "3 de mayo de 2024". The month word is
# checked later (the packs' month words, then dateparser).
_FOREIGN_WORD = r"(?P<word>[^\W\d_]{3,12}\.?)"
#: A day written with a full stop ("8. November 2011", as German writes every date): our own shapes
#: read no full stop after a day, so a month word they know is read here.
_DAY_STOP = re.compile(r"[0-3]?\d\.\s")

#: Shapes with no month word and no language's mark, each as written (see ``_month_patterns`` for
#: those with a month word; the packs give their own whole shapes, ``DateWords.shapes``).
_NUMERIC_SHAPES = (
    # 2020-12-22, and 2020-12-22T10:31:00Z (an ISO timestamp, as metadata and stores print it)
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?:\b|(?=T\d\d:\d\d))",
    # 2021.04.13, and 2021.04.13. as Korean sites print it
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)\.(?P<month>[01]?\d)\.(?P<day>[0-3]?\d)(?!\d|\.\d)",
    r"(?<![\d/])(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])",  # 2021/04/13
    # 22.12.2020, 22/01/2024, 10. 1. 2009, 17-01-2023 (one separator and one spacing throughout)
    r"(?<![\d/.-])(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<gap> ?)(?P<second>[0-3]?\d)(?P=sep)(?P=gap)"
    r"(?P<year>(?:19|20)\d\d)(?![\d/-])",
)


def _any(sources: Sequence[str]) -> str:
    """One group of ``sources`` as alternatives (empty for none)."""
    return "(?:" + "|".join(sources) + ")" if sources else ""


def _foreign_patterns(words: DateWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day, a month word of another language and a year, and the same without the year, with the
    marks every installed pack gives around them (``DateWords.day_marks``, ``links``, ``year_marks``)."""
    mark = f"{_any(words.day_marks)}?" if words.day_marks else ""
    link = rf"(?:{_any(words.links)}\s+)?" if words.links else ""
    year_mark = rf"(?:\s*{_any(words.year_marks)})?" if words.year_marks else ""
    day = rf"(?<![\w.])(?P<day>[0-3]?\d){mark}\s+{link}"
    dated = day + _FOREIGN_WORD + rf"\s+{link}(?P<year>(?:19|20)\d\d)(?!\d){year_mark}"
    yearless = day + r"(?P<word>[^\W\d_]{3,12})(?!\w)"
    return re.compile(first_character_gate(dated)), re.compile(first_character_gate(yearless))


def _month_patterns(words: DateWords) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The shapes written with a month word, those with a year and those without one, in the words of
    every installed pack (``languages.date_words``): none when no pack gives a month word."""
    if not words.months:
        return (), ()
    month = r"(?P<month>" + "|".join(sorted(dict(words.months), key=len, reverse=True)) + r")\.?"
    ordinal = f"{_any(words.ordinals)}?" if words.ordinals else ""
    day = r"(?P<day>[0-3]?\d)" + ordinal
    other_day = r"[0-3]?\d" + ordinal
    of = rf"(?:\s+{_any(words.day_of)})?" if words.day_of else ""
    joined = rf"|\s+{_any(words.range_words)}\s+" if words.range_words else ""
    to = rf"(?:\s*[-–]\s*{joined})"
    dated = (
        # A range of days is read as its first day: "26-27 April 2022", "April 26–27, 2022", "between
        # February 12 and 15, 2009" (a pack's ``range_words``)
        rf"\b{day}{to}{other_day}\s+{month}(?:\s*,\s*|\s+){_YEAR}",
        rf"\b{month}\s+{day}{to}{other_day}(?:\s*,\s*|\s+){_YEAR}",
        rf"\b{month}\s+{day}(?:\s*,\s*|\s+|/){_YEAR}",  # December 22, 2020; August 24/2021
        # the same run into the byline before it by a text dump: "Staff WriterApril 13, 2021" (a capital
        # month word straight after a lowercase letter)
        rf"(?-i:(?<=[a-z])(?=[A-Z])){month}\s+{day}(?:\s*,\s*|\s+){_YEAR}",
        # 22 December 2020; 29/ March/2017 (a news agency's date line); 17-Jan-2023 (a date line)
        rf"\b{day}(?:{of}\s+|/\s?){month}(?:\s*,\s*|\s+|/\s?){_YEAR}",
        rf"(?<![\w-]){day}-{month}-{_YEAR}(?![\w-])",
    )
    yearless = (
        rf"\b{month}\s+{day}\b(?!\s*,?\s*\d)",  # December 22 (no year)
        rf"\b{day}\s+{month}\b(?!\s*,?\s*\d)",  # 22 December (no year)
        # the day in brackets after its month, as Sri Lankan releases write it: "August (26)" (en-ac)
        rf"\b{month}\s+\((?P<day>[0-3]?\d)\)",
    )
    return dated, yearless


@attrs.frozen
class _Scan:
    """The date scan built from one merge of the packs' date words."""

    #: the packs' date words it was built from (``languages.date_words`` gives the same object back
    #: until a pack is registered or unregistered)
    words: DateWords
    #: month word → number
    months: dict[str, int]
    #: each shape, and the mark it is searched behind (a pack's ``shape_mark``: only in a text holding
    #: it), or "" (every text)
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    #: languages whose dates the shapes read in full: dateparser has nothing to add
    own_languages: frozenset[str]
    #: regex sources of the ordinal after a day's figure (optional) and of a time of day's mark
    sources: tuple[str, str]
    #: a figure of any kind a date is written with (Arabic, or a pack's ``digits``): every shape needs one
    any_digit: re.Pattern[str]
    #: a figure of a pack's ``digits`` → its value; the characters that stand for ten
    numerals: dict[str, int]
    tens: str
    #: an era → the Western year of its first year; the words for an era's first year
    eras: dict[str, int]
    first_year: re.Pattern[str]
    #: the packs' era years alone (``era_year``)
    era_years: tuple[re.Pattern[str], ...]
    #: a day, another language's month word and a year; and a day and that word alone
    foreign: re.Pattern[str]
    foreign_no_year: re.Pattern[str]
    #: what follows a date in figures written month first: a time and a month-first place's zone
    #: ("04:19 PM EDT", the packs' ``month_first_zones``)
    zoned: re.Pattern[str]


_scan_built: _Scan | None = None


@cache
def _date_words() -> Callable[[], DateWords]:
    """``readoutlib.languages.date_words``, imported on the first scan, not at this module's import
    (the packs import this module): an import statement in ``_scan`` cost each of its thousand-odd
    calls a pass the import machinery's look-up."""
    from .languages import date_words

    return date_words


def _scan() -> _Scan:
    """The date scan in the words of every installed pack, built again when the packs change."""
    global _scan_built
    words = _date_words()()
    built = _scan_built
    if built is None or built.words is not words:
        built = _built(words)
        _scan_built = built
    return built


def _built(words: DateWords) -> _Scan:
    """The scan of one merge of the packs' date words."""
    dated, yearless = _month_patterns(words)
    shapes = (
        *((p, "") for p in (*dated, *_NUMERIC_SHAPES)),
        *words.shapes,
        *((p, "") for p in yearless),
        *words.yearless,
    )
    # Each behind a lookahead of the characters it can open with (``rules.first_character_gate``):
    # a date opens with a digit, a month's letter or an era, so most positions of a paragraph are
    # passed over at one test instead of each pattern's branches.
    compiled = tuple(
        (re.compile(first_character_gate(p, re.IGNORECASE), re.IGNORECASE), mark) for p, mark in shapes
    )
    numerals = {ch: value for digits in words.digits for value, ch in enumerate(digits)}
    figures = re.escape("".join(numerals) + "".join(words.tens))
    return _Scan(
        words,
        dict(words.months),
        compiled,
        frozenset(words.read_in_full) | set(words.languages),
        (f"{_any(words.ordinals)}?" if words.ordinals else "", _any(words.times)),
        re.compile(rf"[\d{figures}]"),
        numerals,
        "".join(words.tens),
        dict(words.eras),
        re.compile(rf"{_any(words.first_year)}\Z" if words.first_year else "(?!)"),
        tuple(re.compile(source) for source in words.era_years),
        *_foreign_patterns(words),
        _zoned(words),
    )


def _zoned(words: DateWords) -> re.Pattern[str]:
    """A time of day and a zone of the packs' ``month_first_zones`` after it, at the start of a text."""
    if not words.month_first_zones:
        return re.compile("(?!)")
    mark = f"(?:\\s*{_any(words.times)})?" if words.times else ""
    return re.compile(rf"\s*,?\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?{mark}\s*\(?{_any(words.month_first_zones)}\b")


def month_number(word: str) -> int | None:
    """The month a month word of an installed pack names ("Sept." → 9), or None."""
    return _scan().months.get(word.lower().rstrip("."))


def date_word_sources() -> tuple[str, str]:
    """Regex sources of the installed packs' ordinal after a day's figure (optional: ``(?:st|nd)?``)
    and of the mark after a time of day (``(?:[ap]\\.?m\\.?|[AP]M)``); each empty where no pack
    gives any. For date shapes built elsewhere (the segment stage's datelines)."""
    return _scan().sources


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


def _number(value: str) -> int:
    """A number written in Arabic figures or a pack's numerals: "12", "１２", and with the Chinese and
    Japanese packs' "十二", "二十二", "二〇二〇"."""
    scan = _scan()
    ten = next((t for t in scan.tens if t in value), None)
    if ten is None:
        return int("".join(str(scan.numerals[ch]) if ch in scan.numerals else ch for ch in value))
    tens, _, ones = value.partition(ten)
    return (_number(tens) if tens else 1) * 10 + (_number(ones) if ones else 0)


def _era_start(era: str, era_year: str) -> int | None:
    """The Western year of ``era_year`` (a number, or a pack's word for the first year) of ``era``."""
    scan = _scan()
    start = scan.eras.get(era)
    if start is None:
        return None
    return start - 1 + (1 if scan.first_year.match(era_year) else _number(era_year))


def era_year(text: str) -> int | None:
    """The Western year of the first era year in ``text``, in the eras the installed packs give (with
    the Japanese pack, "令和2年" → 2020, "平成元年" → 1989)."""
    for pattern in _scan().era_years:
        m = pattern.search(text)
        if m is not None:
            return _era_start(m["era"], m["eyear"])
    return None


#: The name this function had when the core knew the Japanese eras itself.
japanese_era_year = era_year


def _month(value: str) -> int:
    found = month_number(value)
    return found if found is not None else _number(value)


def _slashed(first: str, second: str, month_first: bool) -> tuple[str, str]:
    """(month, day) of a numeric date: the given order, unless one part can only be a day."""
    a, b = int(first), int(second)
    if a > 12 >= b:
        return second, first
    if b > 12 >= a:
        return first, second
    return (first, second) if month_first else (second, first)


def _parts(groups: dict[str, str | None], month_first: bool) -> tuple[int | None, int, int] | None:
    """(year, month, day) of one pattern's match, or None when they make no calendar date."""
    if groups.get("first"):
        groups["month"], groups["day"] = _slashed(groups["first"] or "", groups["second"] or "", month_first)
    year = _number(groups["year"] or "") if groups.get("year") else None
    if groups.get("era"):
        year = _era_start(groups["era"] or "", groups["eyear"] or "")
    try:
        month = _month(groups["month"] or "")
        day = _number(groups["day"] or "")
        dt.date(year or 2000, month, day)
    except (KeyError, ValueError, IndexError):
        return None
    return year, month, day


@lru_cache(maxsize=4096)
def _month_word(word: str, languages: tuple[str, ...]) -> int | None:
    """The month a month word of one of ``languages`` names ("февраля" → 2, "Mai" → 5), or None.

    The installed packs' month words are looked up; others are asked of dateparser once each
    (cached), with a day and year of our choosing that its answer must give back.
    """
    known = month_number(word)
    if known is not None:
        return known
    import dateparser  # slow to import: only when a page has a candidate our table cannot read

    found: dt.datetime | None = dateparser.parse(
        f"15 {word} 2001", languages=list(languages), settings={"STRICT_PARSING": True}
    )
    if found is None or (found.year, found.day) != (2001, 15):
        return None
    return found.month


def _foreign(text: str, languages: Sequence[str] | None, taken: list[DateMatch]) -> Iterator[DateMatch]:
    """Dates written with a month word in another language, where they do not overlap ``taken``."""
    scan = _scan()
    patterns = [scan.foreign] if languages is None else [scan.foreign, scan.foreign_no_year]
    codes = tuple(languages or DEFAULT_LANGUAGES)
    found: list[DateMatch] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in (*taken, *found)):
                continue
            known = month_number(m["word"])
            if known is not None and not _DAY_STOP.match(text, m.start("day")):
                continue  # a shape our own patterns turned down ("31 February 2020")
            month = known or _month_word(m["word"], codes)
            year = int(m["year"]) if m.groupdict().get("year") else None
            if month is None or not _is_date(year, month, int(m["day"])):
                continue
            found.append(DateMatch(year, month, int(m["day"]), m.start(), m.end()))
    yield from found


def _is_date(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def find_dates(
    text: str, *, month_first: bool = False, languages: Sequence[str] | None = None
) -> Iterator[DateMatch]:
    """Yield the valid dates in ``text`` in order of position, without overlaps.

    Args:
        text: the text to search.
        month_first: read an ambiguous numeric date ("03/04/2024") month first, as US pages print it.
        languages: BCP-47 codes of the languages whose month words the text may use (``("ru",)``).
            Naming them also finds a day and a month word without a year ("5 февраля"). By default
            only dates with a year are read in ``DEFAULT_LANGUAGES``. Dates with the installed
            packs' month words, numeric dates and the packs' own shapes (eras included) are read
            whatever the languages.
    """
    scan = _scan()
    if scan.any_digit.search(text) is None:
        return  # every date, ours or another language's, holds a figure
    found: list[DateMatch] = []
    for pattern, mark in scan.patterns:
        if mark and mark not in text:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            parts = _parts(m.groupdict(), month_first)
            if parts is not None:
                found.append(DateMatch(*parts, m.start(), m.end()))
    if languages is None or not set(languages) <= scan.own_languages:
        found.extend(_foreign(text, languages, found))
    yield from sorted(found, key=lambda d: d.start)


#: The languages whose month words a header date line may print month first ("Lul 30, 2020", as
#: Malta's ministries date their releases): the default ones and Maltese.
DATE_LINE_LANGUAGES: tuple[str, ...] = (*DEFAULT_LANGUAGES, "mt")
# A month word of another language, a day, a comma and a year, ending a line: "Lul 30, 2020".
_FOREIGN_MONTH_FIRST = re.compile(
    r"(?<![\w.])(?P<word>[^\W\d_]{3,12})\.?\s+(?P<day>[0-3]?\d),\s*(?P<year>(?:19|20)\d\d)\s*$"
)


def foreign_month_first(line: str) -> DateMatch | None:
    """The date a header line ends with, written month first with a month word of another language
    ("Data ta' l-Istqarrija : Lul 30, 2020"), or None. Only for lines no other date was found in:
    running text is never read this way."""
    m = _FOREIGN_MONTH_FIRST.search(line)
    if m is None or m["word"].lower() in _scan().months:
        return None
    month = _month_word(m["word"], DATE_LINE_LANGUAGES)
    if month is None or not _is_date(int(m["year"]), month, int(m["day"])):
        return None
    return DateMatch(int(m["year"]), month, int(m["day"]), m.start(), m.end())


#: The languages a header date line is tried in when no other reading found a date in it, by the
#: script of its month word: the languages of readouts in English whose sites keep their own
#: language's date line ("2 Dekabr 2031", "2031. február 6.", "17 ديسمبر 2031م"). Tried only for
#: such a line, one dateparser call per distinct word (cached), so running text never pays for them.
#: Few on purpose: dateparser loads each language on its first call (60-100 ms apiece), and asked
#: to detect the language itself it tries all two hundred (seconds per word).
OTHER_DATE_LINE_LANGUAGES: dict[str, tuple[str, ...]] = {
    "latin": ("az", "hu", "pl", "cs", "ro", "id"),
    "arabic": ("ar", "fa"),
    "cyrillic": ("bg", "sr", "kk"),
}
# A year, a full stop, a month word and a day with its full stop, as Hungarian writes a date
# ("2031. február 6.").
_YEAR_STOP_FIRST = re.compile(
    r"(?<![\w.])(?P<year>(?:19|20)\d\d)\.\s+(?P<word>[^\W\d_]{3,12})\s+(?P<day>[0-3]?\d)\.(?!\d)"
)


def _script(word: str) -> str:
    """The script of a month word, as ``OTHER_DATE_LINE_LANGUAGES`` names them."""
    first = word[0]
    if "\u0600" <= first <= "\u06ff" or "\u0750" <= first <= "\u077f":
        return "arabic"
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    return "latin"


def other_language_date(line: str) -> DateMatch | None:
    """The first date of a header line written with a month word of a language no reading so far
    tried (``OTHER_DATE_LINE_LANGUAGES``, by the word's script): "2 Dekabr 2031", "2031. február 6.",
    "17 ديسمبر 2031م"; or None. Only for lines no other date was found in."""
    scan = _scan()
    found = (*scan.foreign.finditer(line), *_YEAR_STOP_FIRST.finditer(line))
    matches = sorted(found, key=lambda m: m.start())
    for m in matches:
        word = m["word"].rstrip(".")
        if word.lower() in scan.months:
            continue
        month = _month_word(word, OTHER_DATE_LINE_LANGUAGES[_script(word)])
        if month is not None and _is_date(int(m["year"]), month, int(m["day"])):
            return DateMatch(int(m["year"]), month, int(m["day"]), m.start(), m.end())
    return None


def parse_date(
    text: str, *, month_first: bool = False, languages: Sequence[str] | None = None
) -> dt.date | None:
    """The first full date (with a year) in ``text``, or None (arguments as for ``find_dates``)."""
    for match in find_dates(text, month_first=month_first, languages=languages):
        if match.year is not None:
            return match.date
    return None


#: A date in figures, day and month in either order: "7/6/2017", "13.06.2017", "13-06-2017".
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<gap> ?)(?P<second>[0-3]?\d)(?P=sep)(?P=gap)"
    r"(?P<year>(?:19|20)\d\d)(?![\d/-])"
)
_LETTER = re.compile(r"[^\W\d_]")
#: A date in figures that opens with its year ("2031-03-05", "2031/03/05", "2031.03.05"): read one way.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[-/.]")


def _numeric_parts(text: str) -> Iterator[tuple[int, int, int]]:
    """(first, second, year) of every date in figures in ``text`` that could be a date either way
    round or one way only (parts above 31 and two parts above 12 are no date)."""
    for m in _NUMERIC.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12:
            yield first, second, int(m["year"])


def numeric_order(texts: Sequence[str]) -> bool | None:
    """Whether a page writes its dates in figures month first (True) or day first (False), as the
    page itself shows it; None when it does not tell, or tells both ways.

    The page shows it by a date in figures with a part above 12 ("13/6/2017" is day first), or by a
    date in figures that it also prints in one reading only, with a month word or year first ("7/6/2017"
    beside "Jul. 6": month first, as an English page from Lima prints it; beside "2017-07-06" the
    same). Never guessed from the site.
    """
    worded = {
        (m.month, m.day)
        for text in texts
        for m in find_dates(text)
        if _LETTER.search(text, m.start, m.end) is not None or _YEAR_FIRST.match(text, m.start)
    }
    votes: set[bool] = set()
    zoned = _scan().zoned
    for text in texts:
        if any(zoned.match(text, m.end()) for m in _NUMERIC.finditer(text)):
            votes.add(True)  # "11/03/2021 04:19 PM EDT": a stamp in a month-first place's time
        for first, second, _year in _numeric_parts(text):
            if first > 12 or second > 12:
                votes.add(second > 12)
            elif first != second and ((first, second) in worded) != ((second, first) in worded):
                votes.add((first, second) in worded)
    return votes.pop() if len(votes) == 1 else None


def in_figures_both_ways(text: str) -> bool:
    """Whether ``text`` holds a date in figures that reads as another date the other way round
    ("3/6/2031"); a date stamp without one ("2031-03-06", "6 March 2031") names one day only."""
    return any(first <= 12 and second <= 12 and first != second for first, second, _y in _numeric_parts(text))


def reads_both_ways(date: dt.date) -> bool:
    """Whether a date in figures that ``date`` was read from reads as another date the other way round
    ("3/6/2031"); only then can ``reorder_numeric`` turn it, so a caller need not gather the page's
    texts for it otherwise."""
    return date.day <= 12 and date.day != date.month


def reorder_numeric(date: dt.date, texts: Sequence[str], *, month_first: bool | None = None) -> dt.date:
    """``date`` as read from a date in figures on the page, turned round where the page's other dates
    show that it writes them the other way (``numeric_order``), or, where they do not tell, where the
    publisher's own order (``month_first``: ``Profile.month_first``, the US's) is the other way; else
    ``date`` unchanged."""
    if not reads_both_ways(date):
        return date  # a date in figures this can be is read the same either way round
    # One search over the texts joined by line breaks finds what a search of each text finds: no date
    # in figures holds a line break, and one reads as the start or end of a text on either side.
    page = "\n".join(texts)
    if str(date.year) not in page:
        return date
    candidates = [
        (first, second)
        for first, second, year in _numeric_parts(page)
        if year == date.year and {first, second} == {date.day, date.month}
    ]
    if not candidates:
        return date
    order = numeric_order(texts)
    if order is None:
        order = month_first
    if order is None:
        return date
    month, day = (date.day, date.month)  # the other reading
    as_read_month_first = any((first, second) == (date.month, date.day) for first, second in candidates)
    if order is as_read_month_first:
        return date
    return dt.date(date.year, month, day)


_ISO_TIME = re.compile(r"(\d)T(\d)")
_YEAR_FIRST_SLASHED = re.compile(r"\b((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})\b")


def parse_stamp(text: str | None) -> dt.date | None:
    """The date of a date element or ``<meta>`` value: "2020-12-22 19:09", "2020/12/22", ISO stamps."""
    if not text:
        return None
    # each rewrite only where it can apply: a sub with a template costs more than the search
    if "/" in text:
        text = _YEAR_FIRST_SLASHED.sub(r"\1-\2-\3", text)
    if "T" in text:
        text = _ISO_TIME.sub(r"\1 \2", text)
    return parse_date(text)


# ---------------------------------------------------------------------------------------------
# Dates in URLs

_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$)"),
    re.compile(r"[/_]t((?:19|20)\d\d)(\d\d)(\d\d)_"),
    re.compile(r"(?<![\d])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])"),
    # a folder of the year and month, then one of the day: "/world/2008-03/08/content_6519673.htm"
    re.compile(r"/((?:19|20)\d\d)-(\d\d)/(\d\d)/"),
    # a run of eight digits, or fourteen with the time of day: "?ud=20241004050622", "/20241004/"
    re.compile(r"(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?:[0-2]\d[0-5]\d[0-5]\d)?(?![\d])"),
    # a query's value of fourteen digits, the date and the day's serial number: "?ud=20190926000169"
    re.compile(r"=((?:19|20)\d\d)([01]\d)([0-3]\d)\d{6}(?:&|$)"),
    # a path segment opening with the date glued to the article's number, then its slug:
    # "/politik/20200416326912613-telefonat-…/"
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)\d{7,12}-[a-z]"),
    # a path segment of an agency's code in capitals, the date and the article's serial number:
    # "/view/AEN20220509004300325"
    # "/view/AEN20220509004300325"; in lowercase too: "/bharat/na20220304071026130" (a section's code)
    re.compile(r"/[A-Za-z]{2,5}((?:19|20)\d\d)(\d\d)(\d\d)\d{6,12}(?:[/?#.]|$)"),
    # a folder of the year, then one of the month and day in four figures: "/n3/2025/1029/c90000-…"
    re.compile(r"/((?:19|20)\d\d)/([01]\d)([0-3]\d)/"),
    # a folder of the year, then one of the month and day joined by a hyphen: "/2014/06-19/119881.shtml"
    re.compile(r"/((?:19|20)\d\d)/([01]\d)-([0-3]\d)/"),
)
#: A folder of the year, then one of the month's word, then one of the day: "/nation/2020/jan/10/slug".
_URL_YEAR_WORD_DAY = re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/([0-3]?\d)/")
_URL_WORD_DATE = re.compile(r"(?<![a-z0-9])(\d{1,2})-([a-z]+)-((?:19|20)\d\d)(?![0-9])")
#: A day and month before the year ("/08-03-2014/"): the day first, as most sites outside the US
#: write it, unless the second part can only be a day ("03-25-2019").
_URL_DAY_FIRST = re.compile(r"(?<![\d])(\d\d)-(\d\d)-((?:19|20)\d\d)(?![\d])")
#: The same as three folders, the year last: "/article/15/11/2017/slug" (en-au, The Peninsula).
_URL_DAY_FIRST_FOLDERS = re.compile(r"/([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?:/|$)")


#: A day-first stamp of fourteen figures, the time of day after the date: "…+counterpart+15062023160500?open"
#: (a release mirror's article name, ddmmyyyyhhmmss). The year-first stamp is in ``_URL_DATES``.
_URL_DAY_FIRST_STAMP = re.compile(r"(?<![\d])([0-3]\d)([01]\d)((?:19|20)\d\d)[0-2]\d[0-5]\d[0-5]\d(?![\d])")


def _url_day_first(url: str) -> dt.date | None:
    m = _URL_DAY_FIRST.search(url) or _URL_DAY_FIRST_FOLDERS.search(url) or _URL_DAY_FIRST_STAMP.search(url)
    if not m:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: A folder of the year, then one of the month, then the article's slug: "/2024/06/some-title/".
_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(?!\d+(?:/|$))")


def url_year_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL that files its article by month with no day ("/2024/06/slug/"),
    or None (also when the URL gives a whole date: ``url_date`` reads that)."""
    m = _URL_YEAR_MONTH.search(url or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


def url_date(url: str | None) -> dt.date | None:
    """A date written in a URL ("/2023/02/03/", "t20201222_", "/08-03-2014/", "-3-november-2023",
    "?ud=20241004050622", "/20200416326912613-slug", "/view/AEN20220509004300325", "/2025/1029/",
    "/2020/jan/10/", "+15062023160500?open", "/2014/06-19/"), or None."""
    if not url:
        return None
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    found = _url_day_first(url)
    if found is not None:
        return found
    months = _scan().months
    m = _URL_YEAR_WORD_DAY.search(url.lower())
    if m and m.group(2) in months:
        with contextlib.suppress(ValueError):
            return dt.date(int(m.group(1)), months[m.group(2)], int(m.group(3)))
    m = _URL_WORD_DATE.search(url.lower())
    if m and m.group(2) in months:
        try:
            return dt.date(int(m.group(3)), months[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    return None
