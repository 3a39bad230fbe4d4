"""Dates in a page's furniture: date lines in the header, datelines opening the body, date stamps.

One mechanism for datelines: ``strip_dateline`` finds the dateline that opens a paragraph
("Lahore, March 3, 2022 (NewsDesk):", "NEW DELHI, 3 May 2023 —", "ISLAMABAD, JAN 17 /DNA/ -"),
with a publisher's own patterns tried first; the segment stage and the analysis both call it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from typing import NamedTuple

import attrs

from ..dates import (
    date_word_sources,
    find_dates,
    foreign_month_first,
    month_number,
    other_language_date,
    parse_stamp,
)
from .lines import has_headline_word, is_prose, looks_like_headline, word_count
from .vocabulary import furniture_patterns, label_patterns

__all__ = [
    "Dateline",
    "closing_date",
    "date_line_date",
    "date_line_place",
    "dateline_date",
    "full_date",
    "is_date_line",
    "is_place",
    "lone_place",
    "numeric_date",
    "parse_stamp",
    "place_line",
    "reading_one_page",
    "split_glued_date",
    "strip_dateline",
    "yearless_date_line",
    "yearless_line_place",
]


# A dateline's place before the date: one to three capitalised words and a comma, perhaps twice
# ("Brussels, ", "New Delhi, ", "Washington, DC, "); after a city and its comma, the last comma may be a
# spaced dash ("Ottawa, Ontario - 23 March 2031", a prime minister's office's date line, fam231: en-bp), not
# after words alone ("Public Schedule – March 3, 2031" is a headline).
_PLACE_WORDS = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}"
_PLACE_PREFIX = re.compile(
    rf"^(?:{_PLACE_WORDS}\s*,\s*){{1,2}}$|^{_PLACE_WORDS}\s*,\s*{_PLACE_WORDS}\s+[-–—]\s*$"
)
# "#": a heading mark a text dump keeps from markdown before a date line ("# 24 May 2031 01:09")
_LEAD_MARKS = "•·*|-–—>»▪◦■□◆()[]【】# "


#: While ``reading_one_page`` runs: the full date found in each line already asked about (the
#: splitters ask about the same header lines several times: date line, place, title, body start).
_DATES_SEEN: ContextVar[dict[str, tuple[dt.date, int, int] | None] | None] = ContextVar(
    "_DATES_SEEN", default=None
)


@contextlib.contextmanager
def reading_one_page() -> Iterator[None]:
    """Within the block, ``date_in_line`` reads each line once (the answers are forgotten after it)."""
    token = _DATES_SEEN.set({}) if _DATES_SEEN.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _DATES_SEEN.reset(token)


def date_in_line(line: str) -> tuple[dt.date, int, int] | None:
    """The first full date in ``line`` with where it starts and ends, or None."""
    seen = _DATES_SEEN.get()
    if seen is not None and line in seen:
        return seen[line]
    found = next(
        ((m.date, m.start, m.end) for m in find_dates(line) if m.year is not None and m.date is not None),
        None,
    )
    if found is None and (other := foreign_month_first(line)) is not None and other.date is not None:
        found = other.date, other.start, other.end
    if found is None and (other := other_language_date(line)) is not None and other.date is not None:
        found = other.date, other.start, other.end
    if found is None:
        found = _short_year_line(line)
    if seen is not None:
        seen[line] = found
    return found


#: A line that is only a date in figures with a two-figure year ("11/7/14", a blog's or a government
#: site's date line): read nowhere else, where "1/2/24" may be a score or a reference.
_SHORT_YEAR_LINE = re.compile(r"^(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d\d)$")


def _short_year_line(line: str) -> tuple[dt.date, int, int] | None:
    """The date of a line that is only "d/m/yy" (day first, as ``find_dates`` reads figures, unless the
    second part can only be a day), or None."""
    stripped = line.strip()
    m = _SHORT_YEAR_LINE.match(stripped)
    if m is None:
        return None
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        found = dt.date(2000 + year if year < 70 else 1900 + year, month, day)
    except ValueError:
        return None
    start = line.index(stripped)
    return found, start, start + len(stripped)


def is_place(prefix: str) -> bool:
    """True when ``prefix`` is a dateline's place ("Brussels, "): capitalised words, no headline word."""
    if not _PLACE_PREFIX.match(prefix):
        return False
    # a country's short article after the city's comma is the place's too: "The Hague, the Netherlands, "
    segments = [_ARTICLE_START.sub("", part) if i else part for i, part in enumerate(prefix.split(","))]
    words = [w for w in " ".join(segments).split() if w not in ("-", "–", "—")]
    return all(w[0].isupper() for w in words) and not has_headline_word(prefix)


#: A short lowercase word opening a later part of a place before a capitalised word ("the Netherlands").
_ARTICLE_START = re.compile(r"^\s*[^\W\d_A-Z]{2,3}\s+(?=[^\W\d_a-z])")


def _script_label(prefix: str) -> bool:
    """A date's label in a script other than Latin ("วันที่นำเข้าข้อมูล 7 Dec 2023", "发布时间：2023-12-07"):
    letters and marks only, none of them ASCII, colons aside ("来源:新华网 2025-06-06"), and figures among
    them: the same date in another calendar and the word for "corresponding to" ("02 جمادى الأولى 1442هـ
    الموافق 17 ديسمبر 2020م", as Gulf sites print both)."""
    text = "".join(c for c in prefix if not (c.isspace() or c.isdigit() or c in ":："))
    return 2 <= len(text) <= 30 and all(not c.isascii() and unicodedata.category(c)[0] in "LM" for c in text)


def _is_date_label(prefix: str) -> bool:
    """True when the text before a date is a label (in English or in another script), a weekday or
    a dateline's place."""
    return (
        label_patterns().date_label.match(prefix) is not None
        or is_place(prefix)
        or _script_label(prefix)
        or _colon_label(prefix)
        or _shapes().lead_time.match(prefix) is not None
        or _labelled_time(prefix)
        or _section_label(prefix)
        or _caps_section(prefix)
        or _glued_byline(prefix)
    )


#: Capitalised words only, the last glued to the date after it: an author's byline run into the date by a
#: text dump ("Staff Writer Staff WriterApril 13, 2021", en-aw's Guyanese DPI page).
_GLUED_BYLINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}(?<=[a-z])$")


def _glued_byline(prefix: str) -> bool:
    """A byline of a few capitalised words glued to the date (no space before it), no headline word."""
    return _GLUED_BYLINE.match(prefix) is not None and not has_headline_word(prefix)


#: One word in capitals before a date: a section's name ("NEWS 22.01.2021 17:00", en-ai's Bosnian site).
_CAPS_SECTION = re.compile(r"^[A-Z]{2,12}\s+$")


def _caps_section(prefix: str) -> bool:
    """A section's one name in capitals before the date, not a headline word ("NEWS ")."""
    return _CAPS_SECTION.match(prefix) is not None and not has_headline_word(prefix)


#: One or two capitalised words, then a label or weekday: "Oman Friday " (a news site's section
#: name before its date line, en-ak's Times of Oman).
_SECTION_FIRST = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?=\S)")


def _section_label(prefix: str) -> bool:
    """A section's name before a date label or weekday ("Oman Friday "), no headline word in it."""
    m = _SECTION_FIRST.match(prefix)
    if m is None or has_headline_word(m.group()):
        return False
    rest = prefix[m.end() :]
    return rest.strip() != "" and label_patterns().date_label.match(rest) is not None


_TIME_START = re.compile(r"\d{1,2}:\d\d")


def _labelled_time(prefix: str) -> bool:
    """A label and then a time before the date ("Update: 04:48, 21 January 2018": en-ae, World Bulletin)."""
    m = _TIME_START.search(prefix)
    if m is None or m.start() == 0:
        return False
    label = prefix[: m.start()]
    return (label_patterns().date_label.match(label) is not None or _colon_label(label)) and (
        _shapes().lead_time.match(prefix[m.start() :]) is not None
    )


def _colon_label(prefix: str) -> bool:
    """A short label in any language ending in a colon right before the date, no headline word in it
    ("Numru ta' Referenza: PR201465en, Data ta' l-Istqarrija : "): the page's metadata, not a title."""
    text = prefix.rstrip()
    return text.endswith(":") and word_count(text) <= 8 and not has_headline_word(text)


def is_date_line(line: str) -> bool:
    """True when a line holds a date (and perhaps a time) and nothing else.

    A label, a weekday or a dateline's place may come before the date ("Brussels, 22/01/2024 -
    17:45", "Capital City, 28 April 2024"): such a header line is the publication date too.
    """
    stripped = line.strip().strip(_LEAD_MARKS)
    if len(stripped) > 60:
        return False
    found = date_in_line(stripped)
    if found is None:
        return False
    _date, start, end = found
    return _is_date_label(stripped[:start]) and _shapes().time.match(stripped[end:]) is not None


def date_line_date(line: str) -> dt.date | None:
    """The date of a header date line, or None when the line is not one.

    A date line starts with a date, perhaps after a label, a weekday or a dateline's place
    ("Published: Sun Feb 20 2022", "date 2022-09-16 News", "• Wed. May 12th, 2021", "13 August
    201520:16", "Capital City, 28 April 2024"); what follows
    the date is free (a time, a section name). A headline that ends with a date is not one.
    """
    stripped = line.strip().strip(_LEAD_MARKS)
    if word_count(stripped) > 14 or is_prose(stripped):
        return None  # a sentence that opens with a date is the body's first paragraph
    found = date_in_line(stripped)
    if found is None or not _is_date_label(stripped[: found[1]]):
        return None
    return found[0]


_DASH_SEGMENTS = re.compile(r"\s+[-–—|]\s+")


def date_line_place(line: str) -> str | None:
    """The place of a date line: before the date ("Munich, Germany, 1 February 2014") or in the
    first segment after it ("January 20, 2022 - Paris, France - Ministry of Examples"); else None."""
    stripped = line.strip().strip(_LEAD_MARKS)
    if date_line_date(stripped) is None:
        return None
    found = date_in_line(stripped)
    if found is None:
        return None
    _date, start, end = found
    if start:
        prefix = stripped[:start]
        # a weekday or a label before the date ("Friday, May 26, 2023") reads as a place's shape too, and
        # so does a site's name before its weekday ("Lindoro Herald Monday, 16 May 2005"): no place
        labelled = any(label_patterns().date_label.match(word) for word in prefix.split())
        if is_place(prefix) and not labelled and not _glued_label(prefix):
            return prefix.strip(" ,-–—")
        # a store's labelled date prefix glued to the page's place line: "date 2017-08-15 Islamabad", or
        # to a wire's yearless dateline line: "date 2018-03-12 Northport, March 12, WIRE"
        rest = stripped[end:].strip()
        if not labelled:
            return None
        return rest if _is_capital(rest) else yearless_line_place(rest)
    return _place_after(stripped[end:].strip())


#: A capital glued to the lower-case letter before it: where a text dump ran two words together.
_GLUE = re.compile(r"(?<=[^\W\d_A-Z])(?=[^\W\d_a-z])")


def _glued_label(prefix: str) -> bool:
    """True when the last word before a date line's date ends in a weekday or a label glued to the word
    before it ("Lia KovacFriday, ": an author's byline run into the weekday by a text dump): no place."""
    words = prefix.split()
    last = words[-1] if words else ""
    return any(label_patterns().date_label.match(last[m.start() :]) for m in _GLUE.finditer(last))


def _place_after(rest: str) -> str | None:
    """The place in what follows a date line's date: "<date> - <City, Country> - <issuer>", or "<date>,
    <City>" ("April 15, 2010, Buenos Aires": a presidency's line with the city of the event, en-r); a lone
    word in a dash segment may be a section ("News"), a weekday after a comma is none."""
    if rest.startswith(","):
        place = rest[1:].strip()
        labelled = label_patterns().date_label.match(place) is not None
        return place if place and not labelled and is_place(place + ", ") else None
    segments = _DASH_SEGMENTS.split(" " + rest)
    place = segments[1].strip() if len(segments) > 1 else ""
    if not place or (len(segments) < 3 and "," not in place):
        return None
    return place if is_place(place + ", ") else None


def _is_capital(text: str) -> bool:
    """True when ``text`` is a state's capital alone ("Islamabad"), as English writes it."""
    from ..analysis.countries import country_of_capital

    return word_count(text) <= 3 and country_of_capital(text) is not None


_SEPARATOR = re.compile(r"\s*[-–—|,]\s*")
_LEADING_TIME = re.compile(r"^\d{1,2}:\d{2}\s*[|·–—-]\s*")
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’&-]*$")


def place_line(
    header: Sequence[str], declared: Sequence[re.Pattern[str]] = (), title: str | None = None
) -> str | None:
    """A dateline split over two lines above the headline: a place alone ("New York"), then a date
    line with no place of its own, then the headline; or the same two lines right under the page's
    ``title``. The place is where the page was issued.

    A line a publisher declares header furniture (``declared``: a section label such as
    "Japan-Ruritania Relations" above the date) is never the place.
    """
    for place, date, headline in zip(header, header[1:], header[2:], strict=False):
        if _place_over_date(place, date, declared) and looks_like_headline(headline):
            return place
    # the same two lines right under the page's title ("<title>" / "New York" / "Wednesday, September 26,
    # 2012": en-p, Fiji's UN mission)
    for above, place, date in zip(header, header[1:], header[2:], strict=False):
        if title is not None and above == title and _place_over_date(place, date, declared):
            return place
    # or the page's first two lines, with no headline at all ("Beijing, China" / "December 5, 2017")
    if title is None and len(header) == 2 and _place_over_date(header[0], header[1], declared):
        return header[0]
    return None


def lone_place(line: str) -> bool:
    """True when ``line`` alone may be a place ("Lindoro", "Washington, DC"): at most three capitalised
    words, neither a date's label ("Date") nor a section's or an outlet's name ("News") that a page prints
    on its own line above or below its date (fam191: en-bd)."""
    return (
        word_count(line) <= 3
        and is_place(line + ", ")
        and label_patterns().date_label.match(line.strip() + " ") is None
        and furniture_patterns().outlet_place.match(line.strip()) is None
    )


def _place_over_date(place: str, date: str, declared: Sequence[re.Pattern[str]]) -> bool:
    """True when ``place`` is a place alone (not a declared header line, nor a date's label or a section's
    or outlet's name: "Date", "News" over the date, fam191) and ``date`` under it a date line with no place
    of its own."""
    return (
        lone_place(place)
        and not any(p.match(place) for p in declared)
        and date_line_date(date) is not None
        and date_line_place(date) is None
    )


def yearless_date_line(line: str) -> tuple[int, int] | None:
    """(month, day) of a short header line that prints a day and month with no year at its start or
    end, beside a place or an issuer ("Doha - Information Office - March 16"); else None."""
    stripped = line.strip().strip(_LEAD_MARKS)
    # a news agency's stamp: the time first, and a full stop after the day ("13:16 | Lima, May. 2.")
    stripped = _LEADING_TIME.sub("", stripped).removesuffix(".")
    if word_count(stripped) > 10 or is_prose(stripped) or has_headline_word(stripped):
        return None
    # a country in brackets after the city ("Bogota (Colombia), Dec. 4.") and an agency's name in
    # capitals after the date ("Baku, March 9, AGENCY") are the dateline's too
    stripped = _AGENCY_AFTER.sub("", _BRACKET_COUNTRY.sub("", stripped))
    found = list(find_dates(stripped))
    if len(found) != 1 or found[0].year is not None:
        return None
    date = found[0]
    before, after = stripped[: date.start], stripped[date.end :]
    if (before and after.strip()) or (before and not _SEPARATOR.search(before[-3:])):
        return None
    words = " ".join(_SEPARATOR.split(before + " " + after)).split()
    if not all(_NAME_WORD.match(w) and (w[0].isupper() or w.islower()) for w in words):
        return None
    return date.month, date.day


#: A country in brackets after a dateline's city: "Bogota (Colombia)".
_BRACKET_COUNTRY = re.compile(r"(?<=[a-z])\s+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\)(?=,)")
#: An agency's one name in capitals closing a yearless dateline: "Baku, March 9, AGENCY".
_AGENCY_AFTER = re.compile(r"(?<=\d),\s+[A-Z]{3,}$")


def yearless_line_place(line: str) -> str | None:
    """The city of a yearless date line that opens with a place ("Lima, Feb. 13.", "13:16 | Bogota
    (Colombia), Dec. 4.", "Baku, Azerbaijan, Apr. 11"), else None: where the wire wrote the report."""
    if yearless_date_line(line) is None:
        return None
    stripped = _LEADING_TIME.sub("", line.strip().strip(_LEAD_MARKS))
    stripped = _BRACKET_COUNTRY.sub("", stripped)
    found = next(iter(find_dates(stripped)), None)
    prefix = stripped[: found.start] if found is not None else ""
    if not prefix or not is_place(prefix) or label_patterns().date_label.match(prefix):
        return None
    return prefix.strip(" ,")


def opens_clause(text: str) -> bool:
    """True when ``text`` opens as the generic dateline does but its would-be place is a word that
    opens a sentence ("On June 1, 2021 - the President ..."): a clause, not a dateline."""
    m = _shapes().dateline.match(text)
    return m is not None and furniture_patterns().not_place.match(m.group("place")) is not None


def credits_outlet(text: str) -> bool:
    """True when ``text`` opens with a generic dateline whose would-be place is a news outlet's name
    ("Harbour News - The Minister …"): a credit, no place (``_credited_place``)."""
    found = strip_dateline(text)
    m = _shapes().dateline.match(text)
    return found is not None and found.place is None and m is not None and bool(m.group("place"))


def dateline_date(paragraph: str) -> dt.date | None:
    """The date of a dateline opening a paragraph ("Islamabad, July 25, 2023 (PPI-OT): ..."), or None."""
    found = strip_dateline(paragraph)
    return found.date if found is not None else None


#: The most words of a section name after a store's date ("date 2022-09-16 Foreign Affairs News").
_SECTION_WORDS = 4


def split_glued_date(line: str) -> list[str]:
    """A labelled date glued to the text after it, as two lines ("date 2024-05-06", "Today, ...").

    A line with no labelled date at its start comes back whole, and so does a date line whose
    date is followed by a section name ("date 2022-09-16 News"), not a headline, a sentence, a
    photo caption or an attribution line.
    """
    labels = label_patterns()
    label = labels.glued_label.match(line)
    if label is None:
        return [line]
    found = next(iter(find_dates(line[label.end() : label.end() + 40])), None)
    if found is None or found.year is None or found.start != 0:
        return [line]
    end = _shapes().glued_tail.match(line, label.end() + found.end)
    cut = end.end() if end else label.end() + found.end
    rest = line[cut:].strip()
    # an opening may start with a quotation ('"Very productive meeting …," X stated'), or with a wire's credit
    # in brackets ("date 2031-11-20 (WIRE- Agency) X and Y discussed …", fam231: en-br, MENAFN's copies)
    if not (rest.lstrip("\"“‘’«'(")[:1].isupper() or labels.author_next.match(rest)):
        # "Posted 5 May 2031, the letter ...": the date is part of a sentence; "by PIB Delhi ..."
        # after a stamp's time is its source, and the text goes on after it
        return [line]
    # a section name is a word or three, or the rest is a site's stamp of today's date; longer is a
    # photo caption or an attribution line ("The below is attributable to …:")
    section = word_count(rest) <= _SECTION_WORDS and not rest.endswith(":")
    section = section or date_line_date(rest) is not None
    if date_line_date(line) is not None and section and not (has_headline_word(rest) or is_prose(rest)):
        return [line]
    return [line[:cut].rstrip(" |"), rest]


class _Shapes(NamedTuple):
    """The dateline and time shapes, in the installed packs' date words (``dates.date_word_sources``)."""

    #: what may follow a header line's date: a time (with its mark, "10:30 a.m."), a zone
    time: re.Pattern[str]
    #: the time after a labelled date glued to the text after it ("date 2024-05-06 10:30 AM | ...")
    glued_tail: re.Pattern[str]
    #: a generic dateline that opens a body: "Lahore, March 3, 2022 (NewsDesk):", "Washington, DC -",
    #: "NEW DELHI, 3 May 2023 —". Its date is a publication date, not the event's.
    dateline: re.Pattern[str]
    #: a dateline that opens with its date and names the agency, with no place: "August 24/2021 (ENA)"
    date_first: re.Pattern[str]
    #: a time standing before a header line's date ("14:43, 27 October 2025", "09:05 | 3 May 2024")
    lead_time: re.Pattern[str]


_shapes_built: tuple[tuple[str, str], _Shapes] | None = None


def _shapes() -> _Shapes:
    """The shapes, built again when the installed packs' date words change."""
    global _shapes_built
    sources = date_word_sources()
    built = _shapes_built
    if built is None or built[0] != sources:
        built = sources, _build_shapes(*sources)
        _shapes_built = built
    return built[1]


def _build_shapes(ordinal: str, time: str) -> _Shapes:
    """The shapes with ``ordinal`` after a day's figure and ``time`` after a time's figures."""
    mark = rf"(?:\s*{time})?" if time else ""
    dateline = (
        r"^\s*(?P<place>[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3}),?\s+"
        # the place's country in square brackets after it, kept out of the place: "Port Town [Country], Mar 3
        # (Wire): " (an Indian wire's dateline, copied by others: en-ap, en-ae)
        r"(?:\[[A-Z][\w.’' -]{1,30}\],?\s+)?"
        # or the wire's name in capitals in brackets, then a comma and the date: "Port Town (VW), Nov. 20 – "
        r"(?:\([A-Z]{2,6}\),\s+(?=[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z]))?"
        # (a year mistyped with a fifth figure, "17 January 20223", still closes the dateline)
        # (or the year after a slash: "Addis Ababa, February 19/2020(ENA)", en-al)
        rf"(?:(?P<date>(?:[A-Z][a-z]+\.?\s+\d{{1,2}}{ordinal}(?:,?\s+|/)\d{{4,5}})|(?:\d{{1,2}}\s+[A-Z][a-z]+\.?,?\s+\d{{4,5}})"
        r"|(?:\d{4}-\d\d-\d\d)|(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|(?:\d{1,2}-[A-Z][a-z]+-\d{4}))"
        rf"(?:\s*(?:[-–—,]\s*)?\d{{1,2}}:\d\d{mark})?"
        # a wire's name in capitals after the date, before the dash: "Riyadh, June 2, 2022, SPA — " (en-ab)
        r"(?:,\s*[A-Z]{2,6}(?=\s*[-–—]))?"
        # a day and month with no year ("ISLAMABAD, JAN 17 /DNA/ –"): the page's URL or date line completes it
        # and its wire's name too: "Accra, June 27, GNA – "
        rf"|(?P<partial>[A-Z][A-Za-z]{{2,8}}\.?\s+\d{{1,2}}{ordinal}|\d{{1,2}}\s+[A-Z][A-Za-z]{{2,8}}\.?)"
        r"(?:,\s*[A-Z]{2,6}(?=\s*[-–—]))?)?"
        # an agency in slashes may close the dateline with a full stop: "Ulaanbaatar /MONTSAME/. On …",
        # "MOSCOW, March 16. /TASS/."; with a space inside each slash: "Baghdad / NINA / – " (en-ac)
        r"(?:\.(?=\s*/))?\s*(?:\((?P<agency>[^)]{1,40})\)|/ ?(?P<slashed>[^/\s][^/]{0,30}?) ?/)?\s*"
        # a wire service's full stop after its bracketed name: "Santiago, Nov 27 (EFE).- " (en-r)
        # or an underscore after it: "DAMASCUS, (ST)_ President …" (en-y, Syria Times)
        # or nothing after an agency in capitals in brackets: "Addis Ababa, February 19/2020(ENA) African"
        # or a full stop after a bracketed date, the report's sentence after it: "Lima (Dec. 4/19). The …"
        # (``_confirmed`` keeps it only when the brackets hold a date)
        r"(?::|(?<=\))\.[-–—]|[-–—]{1,2}|(?<=/)\.|(?<=\))_|(?<=[A-Z]{2}\))(?=\s+[A-Z])|(?<=\))\.(?=\s+[A-Z]))\s*"
    )
    date_first = (
        rf"^\s*(?P<date>[A-Z][a-z]+\.?\s+\d{{1,2}}{ordinal}(?:,\s*|\s+|/)\d{{4}}|\d{{1,2}}\s+[A-Z][a-z]+\.?,?\s+\d{{4}})"
        r"\s*\((?P<agency>[A-Z][^)]{0,39})\)\s*(?::|[-–—]{1,2})?\s*"
    )
    return _Shapes(
        # (a zone may stand before the time too: "23 July 2024, MVT 10:47")
        re.compile(
            rf"^\s*[,|–—-]?\s*(?:(?:[A-Z]{{2,5}}\s+)?\d{{1,2}}:\d\d(?::\d\d)?{mark})?\s*\)?\s*(?:\(?[A-Z]{{2,5}}\)?)?\s*$"
        ),
        re.compile(rf"\s*(?:\|\s*)?(?:\d{{1,2}}:\d\d{mark}(?:\s+[A-Z]{{2,4}}\b)?\s*(?:\|\s*)?)?"),
        re.compile(dateline),
        re.compile(date_first),
        re.compile(rf"^\d{{1,2}}:\d\d(?::\d\d)?{mark}\s*[,|–—-]?\s*$"),
    )


#: A place in capitals with its dash right after it: "ALGIERS- The Minister ...", or a bullet between
#: spaces: "ROME • Prime Minister ..." (a newspaper's dateline mark).
_CAPS_PLACE = re.compile(r"^\s*(?P<place>[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2})(?:[-–—]|\s+•)\s+(?=[A-Z])")

#: A wire copy's place in capitals and its agencies and full date in brackets, the report straight
#: after the bracket: "MOSCOW (Agency News / Wire - 27th May, 2020) Russian Prime Minister …" (the
#: bracket holds more than the generic dateline's agency, and no dash follows it), the place perhaps
#: closed by a colon or a comma ("CAPITAL: (Agency/Agency / Wire News-Sept 30th, 2031) …"). The
#: bracket's text must end with a full date.
_CAPS_BRACKET_DATE = re.compile(
    r"^\s*(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})[:,]?\s+"
    r"\([^()]{1,60}[-–—,]\s*(?P<date>[^()]{6,30})\)\s+(?=[A-Z“\"])"
)

#: A wire's place, perhaps with a day and month, closed by a full stop and a dash: "Moscow.- The
#: Minister …", "Havana, Dec 14. -President …" (Latin American wires' punto y guion: en-u, Prensa
#: Latina and Dominican Today). Each word of the place is a capitalised word of three letters or more.
_STOP_DASH_PLACE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})"
    r"(?:,\s+(?P<partial>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\.\s?[-–—]\s*(?=[A-Z])"
)


#: A day and month with no place and no year, then a dash, opening the lead: "Dec. 7 - The ministers met
#: … on Dec. 6" (en-ag, an embassy's copy of a release): the day the release was written.
_DAY_MONTH_DASH = re.compile(r"^\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+[-–—]\s+(?=[A-Z])")


#: A place run into its date with no mark between, the date's year after a slash ("Northport March 3/2031
#: Minister X held talks …", en-be ENA), or closed by a full stop before a day and month and a wire's name
#: closed by a slash ("Northport. 3 March. WIRE.NEWS/ President X received …", en-be Report.az).
_UNMARKED_PLACE_DATE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})"
    r"(?:\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}/\d{4})"
    r"|\.\s+(?P<partial>\d{1,2}\s+[A-Z][a-z]{2,8})\.\s+[A-Z][A-Z.]{1,15}/)\s+(?=[A-Z])"
)


def _unmarked_place_date(text: str, *, month_first: bool) -> Dateline | None:
    """The dateline of ``_UNMARKED_PLACE_DATE``, or None (also where its place is a word that opens a
    sentence, or its date is none)."""
    m = _UNMARKED_PLACE_DATE.match(text)
    if m is None or furniture_patterns().not_place.match(m.group("place")):
        return None
    found = full_date(m.group("date"), month_first=month_first) if m.group("date") else None
    partial = _day_month(m.group("partial"))
    if found is None and partial is None:
        return None
    return Dateline(m.end(), m.group("place"), found, partial)


def _other_dateline(text: str, *, month_first: bool) -> Dateline | None:
    """The datelines the generic pattern does not read: a date first with its agency ("August 24/2021
    (ENA)"), a place in capitals with no space before its dash ("ALGIERS- ")
    or before a spaced bullet ("ROME • "), a place run into its date
    (``_UNMARKED_PLACE_DATE``), a day and month alone
    before a dash ("Dec. 7 - "), or a place closed by a full stop and a dash ("Moscow.- ", "Havana,
    Dec 14. -")."""
    first = _shapes().date_first.match(text)
    found = full_date(first.group("date"), month_first=month_first) if first else None
    if first and found:
        return Dateline(first.end(), None, found)
    bracket = _CAPS_BRACKET_DATE.match(text)
    found = full_date(bracket.group("date"), month_first=month_first) if bracket else None
    if bracket and found:
        return Dateline(bracket.end(), bracket.group("place"), found)
    caps = _CAPS_PLACE.match(text)
    if caps:
        return Dateline(caps.end(), caps.group("place"), None)
    unmarked = _unmarked_place_date(text, month_first=month_first)
    if unmarked is not None:
        return unmarked
    stamp = _DAY_MONTH_DASH.match(text)
    partial = _day_month(stamp.group("date")) if stamp else None
    if stamp and partial:
        return Dateline(stamp.end(), None, None, partial)
    stop = _STOP_DASH_PLACE.match(text)
    if stop is None or furniture_patterns().not_place.match(stop.group("place")):
        return None
    partial = _day_month(stop.group("partial"))
    if stop.group("partial") and partial is None:
        return None  # "Welcome, Friends 12.-": no month, so no dateline
    return Dateline(stop.end(), stop.group("place"), None, partial)


@attrs.frozen
class Dateline:
    """A dateline stripped from the start of a paragraph."""

    length: int
    place: str | None
    date: dt.date | None
    #: (month, day) of a dateline that prints no year ("JAN 17"); None when it has a full date or none.
    day_month: tuple[int, int] | None = None


def _day_month(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a day and month written without a year ("JAN 17", "16 March"), else None."""
    found = next(iter(find_dates(text or "")), None)
    if found is None or found.year is not None:
        return None
    return found.month, found.day


def strip_dateline(
    text: str, patterns: Sequence[re.Pattern[str]] = (), *, month_first: bool = False, generic: bool = True
) -> Dateline | None:
    """Find a dateline at the start of ``text``: a publisher's ``patterns`` first, then the generic one.

    Args:
        text: a paragraph.
        patterns: a publisher's dateline patterns (compiled); a named group ``place`` holds the
            place and ``date`` the date.
        month_first: read dates in figures month first ("03/04/2024" is 4 March).
        generic: also try the generic dateline when no pattern matches (False: a publisher's
            declared dateline only, as an adapter cutting its own dateline from the body wants).
    """
    for pattern in patterns:
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            found = full_date(groups.get("date") or "", month_first=month_first)
            partial = None if found else _day_month(groups.get("date"))
            return Dateline(m.end(), groups.get("place"), found, partial)
    m = _shapes().dateline.match(text) if generic else None
    if not m or not _confirmed(text, m):
        return _other_dateline(text, month_first=month_first) if generic else None
    found = full_date(m.group("date") or "", month_first=month_first)
    if found is None and m.group("agency"):
        # the date in brackets after the place: "Podgorica, Montenegro (6 November 2015) – ", or with a
        # two-figure year: "Lima (Dec. 4/19). "
        found = full_date(m.group("agency"), month_first=month_first) or short_year_date(m.group("agency"))
    partial = _day_month(m.group("partial")) or _bracket_day_month(m)
    if found is None and m.group("date"):
        # a mistyped year is no year; the day and month stand, as in a dateline that prints none
        partial = _day_month(_YEAR_AT_END.sub("", m.group("date")))
    return Dateline(m.end(), _credited_place(m.group("place")), found, partial)


#: A place closed by a full stop, then an agency's one name: "NORTHPORT. WIRENEWS - " (a wire's dateline);
#: the word before the stop has three letters or more, so "ST. PETERSBURG" is one place.
_PLACE_STOP_AGENCY = re.compile(r"^(?P<place>.*?[^\W\d_]{3})\.\s+[A-Z][\w’'-]*$")


def _credited_place(place: str | None) -> str | None:
    """A generic dateline's place, or None where it is a news outlet's name crediting the story ("Daily
    Courier - The Minister met …": the packs' "outlet-place" rows): the outlet is no place. A place
    closed by a full stop before an agency's name keeps the place only ("NORTHPORT. WIRENEWS")."""
    if place and furniture_patterns().outlet_place.match(place.strip()):
        return None
    stop = _PLACE_STOP_AGENCY.match(place or "")
    if stop and "." not in stop.group("place"):
        return stop.group("place")
    return place


def _bracket_day_month(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of a generic dateline's brackets that hold only a day and a month ("PUTRAJAYA
    (Oct 1): …", a Malaysian wire's dateline), else None."""
    agency = m.group("agency")
    if not agency or m.group("date") or m.group("partial"):
        return None
    found = next(iter(find_dates(agency)), None)
    if found is None or found.year is not None or agency[found.start : found.end].strip() != agency.strip():
        return None
    return found.month, found.day


#: The year closing a dateline's date ("17 January 20223": the figures and the space before them).
_YEAR_AT_END = re.compile(r",?\s+\d+$")


def _confirmed(text: str, m: re.Match[str]) -> bool:
    """True when a generic dateline match is a dateline, not a label ("China Daily:") or a clause
    ("On June 1, 2021 — ...": a place is never a word that opens a sentence, the packs' "not-place"
    rows)."""
    if furniture_patterns().not_place.match(m.group("place")):
        return False
    partial = _day_month(m.group("partial"))
    date_text = m.group("date") or (m.group("partial") if partial else None)
    if date_text or _bracket_day_month(m) is not None:
        return True  # "PUTRAJAYA (Oct 1): …": the day in brackets, as a wire prints it
    sep = text[m.end() - 2 : m.end()]
    if _BRACKET_STOP.search(text, 0, m.end()):
        # "Lima (Dec. 4/19). The …": a full stop after the brackets closes a dateline only when they hold
        # a date ("Lima (Harbour Office). The …" is a sentence)
        agency = m.group("agency") or ""
        return full_date(agency) is not None or short_year_date(agency) is not None
    # A plain "Word:" at the start is a label unless an agency confirms it.
    if not (m.group("agency") or m.group("slashed")) and ":" in sep:
        return False
    if m.group("slashed") and "." in sep:
        # "Ulaanbaatar /MONTSAME/.": an agency's name, in capitals
        return m.group("slashed")[:1].isupper() and len(m.group("place").split()) <= 4
    return any(ch in sep for ch in "-–—_") and len(m.group("place").split()) <= 4


#: A generic dateline's end at a full stop right after its brackets ("Lima (Dec. 4/19). ").
_BRACKET_STOP = re.compile(r"\)\.\s*\Z")

#: A month word, a day and a two-figure year after a slash: "Dec. 4/19" (a dateline's brackets).
_SHORT_YEAR_WORD = re.compile(r"^\s*(?P<month>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d)/(?P<year>\d\d)\s*$")


def short_year_date(text: str) -> dt.date | None:
    """The date of a text that is only a month word, a day and a two-figure year ("Dec. 4/19" is 4
    December 2019; a year from 70 on is of the 1900s), or None. Read only in a dateline's brackets,
    where no score or reference can stand."""
    m = _SHORT_YEAR_WORD.match(text)
    month = month_number(m["month"]) if m else None
    if m is None or month is None:
        return None
    year = int(m["year"])
    try:
        return dt.date(2000 + year if year < 70 else 1900 + year, month, int(m["day"]))
    except ValueError:
        return None


_FIGURES = frozenset("0123456789/.")


def numeric_date(text: str, *, month_first: bool = False) -> dt.date | None:
    """The first date written in figures ("22/01/2024", "03.04.2024"), or None.

    ``readoutlib.dates`` reads it: a part above 12 can only be the day; when both parts could be
    the month, the day comes first unless the publisher writes the month first
    (``Profile.month_first``, the US convention).
    """
    for found in find_dates(text, month_first=month_first):
        if found.year is not None and set(text[found.start : found.end]) <= _FIGURES:
            return found.date
    return None


def full_date(text: str, *, month_first: bool = False) -> dt.date | None:
    """The first date with a year in ``text``, in any form ``readoutlib.dates`` reads (figures in
    the publisher's day/month order)."""
    return next((found.date for found in find_dates(text, month_first=month_first) if found.year), None)


#: How many words a label whose last dash segment is a place and a date may hold before it
#: ("Kommuniqué - Élysée-Palast, 12. April 2018").
_CLOSING_LABEL_WORDS = 6


def closing_date(line: str) -> dt.date | None:
    """The full date a header label closes on, or None: in brackets at its end ("Statement of the
    Spokesperson (17 June 2022)"), or as a date line in its last dash segment ("Communiqué - Paris,
    12 April 2018"). Read only where no header line is a date line of its own."""
    stripped = line.strip()
    found = date_in_line(stripped)
    if found is None:
        return None
    date, start, end = found
    if stripped[:start].rstrip().endswith("(") and stripped[end:].strip() == ")":
        return date
    segments = _DASH_SEGMENTS.split(stripped)
    if len(segments) > 1 and word_count(stripped) <= _CLOSING_LABEL_WORDS + 4:
        return date_line_date(segments[-1])
    return None
