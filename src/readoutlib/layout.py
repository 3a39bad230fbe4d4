"""Layout helpers adapters share: text from HTML elements, selectors, and plain-text dump splitting.

Everything here is publisher-free; an adapter passes its own selectors and boilerplate patterns,
preferably as data: a ``DumpRules`` (how the page's text reads: boilerplate, footers, date lines,
attribution lines) and an ``HtmlRules`` (where title, date and body sit in the markup). With
those, ``split_page`` does the whole layout step for text dumps and HTML alike, so most adapters
are declarations plus a ``detect``.

The rules that need no declaration, because they hold on readout pages of every publisher:

* the **header** is every line before the first line of running prose (a sentence that ends like
  one); breadcrumbs, section names, language switchers, bylines, tickers and photo captions live
  there and are never body paragraphs;
* the **title** is the header line that reads as a headline about an event ("... Holds Talks
  with ...", "Readout of ... Call"), the last such line before the body; failing that, the last
  headline-like header line of four words or more;
* the **publication date** is the first header line that is a date (perhaps after a label such
  as "Published:", a weekday or a dateline's place: "Capital City, 05/03/2023 - 09:10"), else
  the date of a metadata block, else a date line right under the headline, else a dateline
  opening the first paragraph ("Islamabad, July 25, 2023 (PPI-OT): ...");
* **site notices** above the body (archive banners, "An official website of ...", cookie
  notices) speak about the site, report no event, and are dropped;
* a **metadata block** near the top (label lines such as "From:" and "Published" with their
  values) is furniture; prose between the headline and the block, or a first line the body
  repeats, is the page's **summary** (lead), kept apart from the paragraphs;
* an **attribution line** near the top ("The below is attributable to Spokesperson ...:") ends
  the header: what precedes it is summary, what follows is the body;
* the **footer** is cut at known aggregator and site footers, and short unpunctuated lines at
  the end (share links, "Back to ...", contact blocks, a closing place-and-date) are trimmed; a
  mirror's footer ("/Public Release.") has the headline and publisher line just above it, and
  that headline is the title.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from .dates import find_dates, parse_date

if TYPE_CHECKING:
    from lxml import html as lxml_html

    from .document import Document

__all__ = [
    "ATTRIBUTION_LINES",
    "BLOCK_TAGS",
    "COMMON_BOILERPLATE",
    "COMMON_STOPS",
    "HEADLINE_MARKS",
    "HEADLINE_WORDS",
    "DumpRules",
    "HtmlRules",
    "TextDump",
    "clean_title",
    "compile_patterns",
    "date_line_date",
    "dateline_date",
    "element_paragraphs",
    "element_text",
    "first_match",
    "guess_language",
    "is_boilerplate",
    "is_breadcrumb",
    "is_date_line",
    "is_prose",
    "largest_text_block",
    "lines_between",
    "looks_like_headline",
    "marker_score",
    "meta_content",
    "parse_stamp",
    "select",
    "select_one",
    "select_text",
    "split_html",
    "split_page",
    "split_text_dump",
]

#: Elements that start a new line in visible text.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_INVISIBLE = frozenset(
    ("script", "style", "noscript", "template", "head", "iframe", "svg", "button", "select")
)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u3000]+")


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------------
# HTML helpers


_BLANK_LINE = re.compile(r"[ \t]*\n\s*\n\s*")
_WRAP = re.compile(r"[ \t]*\n[ \t]*")


def _unwrap(text: str) -> str:
    """Source wrapping inside a text node becomes a space; a blank line stays a break."""
    if "\n" not in text:
        return text
    return "\n".join(_WRAP.sub(" ", piece) for piece in _BLANK_LINE.split(text))


def element_text(element: lxml_html.HtmlElement, *, skip: Iterable[lxml_html.HtmlElement] = ()) -> str:
    """Visible text of ``element``: block elements on their own lines, spaces collapsed.

    A line break inside a text node is only how the source was wrapped and reads as a space; a
    blank line inside a text node (old pages without ``<p>``) still separates paragraphs, and
    ``<pre>`` keeps its lines.

    Args:
        element: the element to read.
        skip: elements (boilerplate) whose text is left out.
    """
    skipped = set(skip)
    parts: list[str] = []
    # An explicit stack, not recursion: a page may nest 2,000 levels deep (see document._parse_html).
    # An entry is (element, inside <pre>, closing): the closing entry adds the element's end.
    stack: list[tuple[lxml_html.HtmlElement, bool, bool]] = [(element, False, False)]
    while stack:
        el, pre, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in BLOCK_TAGS:
                parts.append("\n")
        elif el in skipped or not tag or tag in _INVISIBLE:
            pass
        else:
            inner_pre = pre or tag == "pre"
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text if inner_pre else _unwrap(el.text))
            stack.append((el, pre, True))
            stack.extend((child, inner_pre, False) for child in reversed(el))
            continue
        if el.tail and el is not element:
            parts.append(el.tail if pre else _unwrap(el.tail))
    lines = (_collapse(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=512)
def _css(selector: str) -> object:
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector, translator="html")


def select(root: lxml_html.HtmlElement, *selectors: str) -> list[lxml_html.HtmlElement]:
    """Elements matching the first CSS selector (of several, tried in order) that matches any."""
    for selector in selectors:
        found = _css(selector)(root)  # type: ignore[operator]
        if found:
            return list(found)
    return []


def select_one(root: lxml_html.HtmlElement, *selectors: str) -> lxml_html.HtmlElement | None:
    """The first element matching the first CSS selector that matches, or None."""
    found = select(root, *selectors)
    return found[0] if found else None


def select_text(root: lxml_html.HtmlElement, *selectors: str) -> str | None:
    """Visible text (lines joined by spaces) of the first non-empty match, or None."""
    for selector in selectors:
        for el in _css(selector)(root):  # type: ignore[operator]
            text = _collapse(element_text(el).replace("\n", " "))
            if text:
                return text
    return None


def meta_content(root: lxml_html.HtmlElement, *names: str) -> str | None:
    """Content of the first ``<meta name|property=...>`` among ``names`` that has one."""
    for name in names:
        for el in root.iter("meta"):
            if name in (el.get("name"), el.get("property"), el.get("itemprop")):
                content = _collapse(el.get("content") or el.get("value") or "")
                if content:
                    return content
    return None


def element_paragraphs(
    element: lxml_html.HtmlElement,
    *,
    skip_selectors: Sequence[str] = (),
    drop: Sequence[re.Pattern[str]] = (),
) -> tuple[str, ...]:
    """Body paragraphs of a content element: each visible line, boilerplate removed.

    Args:
        element: the body container (``div#News_Body_Txt_A``, ``div.entry-content``, ...).
        skip_selectors: CSS selectors of elements inside it to leave out (share links, tooltips).
        drop: compiled patterns; a line that matches one is dropped.
    """
    lines = element_text(element, skip=_skipped(element, skip_selectors)).split("\n")
    return tuple(line for line in lines if line and not is_boilerplate(line, drop))


def _skipped(element: lxml_html.HtmlElement, selectors: Sequence[str]) -> list[lxml_html.HtmlElement]:
    skipped: list[lxml_html.HtmlElement] = []
    for selector in selectors:
        skipped.extend(_css(selector)(element))  # type: ignore[operator]
    return skipped


def lines_between(
    root: lxml_html.HtmlElement, start: lxml_html.HtmlElement, end: lxml_html.HtmlElement | None = None
) -> tuple[str, ...]:
    """Visible lines between two elements in document order (old CMS pages mark their body so).

    Args:
        root: the page.
        start: the element after which the text starts (a marker such as a ``<meta>``).
        end: the element at which it ends; None reads to the end of the page.
    """
    parts: list[str] = []
    state = {"inside": False, "done": False}

    def walk(el: lxml_html.HtmlElement) -> None:
        if state["done"]:
            return
        if el is end:
            state["done"] = True
            return
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if el is start:
            state["inside"] = True
        elif tag and tag not in _INVISIBLE:
            block = tag in BLOCK_TAGS
            if block and state["inside"]:
                parts.append("\n")
            if el.text and state["inside"]:
                parts.append(el.text)
            for child in el:
                walk(child)
            if block and state["inside"]:
                parts.append("\n")
        if el.tail and state["inside"] and not state["done"]:
            parts.append(el.tail)

    walk(root)
    lines = (_collapse(line) for line in "".join(parts).split("\n"))
    return tuple(line for line in lines if line)


def largest_text_block(
    root: lxml_html.HtmlElement, *, selectors: Sequence[str] = (), min_chars: int = 200
) -> lxml_html.HtmlElement | None:
    """The element holding the page's running text.

    A known container among ``selectors`` wins when it has ``min_chars`` of text; otherwise the
    parent of the most paragraph text (``<p>``, or ``<div>``/``<td>`` leaves on table pages).
    """
    for el in select(root, *selectors):
        if len(" ".join(el.itertext())) >= min_chars:
            return el
    totals: dict[lxml_html.HtmlElement, int] = {}
    for tag in ("p", "div", "td"):
        for block in root.iter(tag):
            if tag != "p" and any(isinstance(c.tag, str) and c.tag.lower() in BLOCK_TAGS for c in block):
                continue  # only leaf blocks: a wrapper would count its children twice
            text = _collapse(block.text_content())
            if len(text) < 40 and tag != "p":
                continue
            parent = block.getparent()
            if parent is not None:
                totals[parent] = totals.get(parent, 0) + len(text)
    if totals:
        return max(totals, key=lambda el: totals[el])
    body = root.find("body")
    return body if body is not None else root


# ---------------------------------------------------------------------------------------------
# Patterns


@lru_cache(maxsize=256)
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def compile_patterns(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile regex source strings once (cached by the tuple of sources)."""
    return _compile(tuple(patterns))


def is_boilerplate(line: str, drop: Sequence[re.Pattern[str]]) -> bool:
    """True when a whole (stripped) line matches one of ``drop`` from its start."""
    stripped = line.strip()
    return any(p.match(stripped) for p in drop)


def first_match(lines: Sequence[str], pattern: re.Pattern[str]) -> int | None:
    """Index of the first line matching ``pattern`` from its start, or None."""
    for index, line in enumerate(lines):
        if pattern.match(line.strip()):
            return index
    return None


#: Lines that are boilerplate on pages of every kind (share links, print buttons, scroll-to-top).
COMMON_BOILERPLATE: tuple[str, ...] = (
    r"(?:share|share this(?: page)?|print|close|email|tweet|facebook|twitter)\s*:?\s*$",
    r"scroll to top\b",
    r"#\s*#\s*#\s*$",
    r"back to (?:top|index|contents)\s*$",
    r"\|?\s*printable version\s*$",
    r"visit website\s*»?\s*$",
    r"\(source:[^)]{1,80}\)\s*$",
    # language-availability lines: "• en-GB1 ru-RU1"
    r"[•·*-]?\s*(?:[a-z]{2}-[A-Z]{2}\d*\s*){2,}$",
    # accessibility and display controls of a site's alternative version: "View settings", "Font size",
    # "Site colours", "A A A", "Normal Medium Large", "Skip to main content"
    r"(?:view settings|font size|site colou?rs?|text size|line spacing|images?(?: on| off)?|high contrast"
    r"|(?:increase|decrease|reset) (?:font|text)(?: size)?|text[- ]only version"
    r"|version for the visually impaired|skip to (?:main )?content)\s*:?\s*$",
    r"(?:(?:a|a\+|a-|normal|medium|large|small|standard|larger)\s*){2,}$",
)

#: Lines that start a site footer or a mirror's appendix: they and everything after are dropped.
COMMON_STOPS: tuple[str, ...] = (
    r"original article(?: link)?\s*:",
    r"latest news from\b",
    r"/?public release\.\s",
    r"related (?:articles|news|stories|links)\s*:?\s*$",
    r"write a comment\b",
    r"post a comment\b",
    r"for more information,? (?:please )?contact\b",
    r"additional materials\s*$",
    r"click here for .{0,30}version\b",
)

#: Attribution lines that end a page's header ("The below is attributable to Spokesperson X:").
ATTRIBUTION_LINES: tuple[str, ...] = (
    r".{0,80}\b(?:is|are) attributable to\b.{0,80}:$",
    r"(?:as )?stated by\b.{0,80}:$",
    r".{0,80}\bspokes(?:person|man|woman)\b.{0,60}\bsaid\s*:$",
    r"(?:the )?following (?:is|are) (?:a )?(?:readout|statement)\b.{0,80}:$",
)

#: Words (regex sources, matched as whole words) that make a header line read as a headline about an event.
HEADLINE_WORDS: tuple[str, ...] = (
    r"calls?",
    r"called",
    r"phone",
    r"telephone",
    r"conversations?",
    r"talks?",
    r"meets?",
    r"met",
    r"meetings?",
    r"speaks?",
    r"spoke",
    r"holds?",
    r"held",
    r"visits?",
    r"readout",
    r"press release",
    r"conferences?",
    r"remarks",
    r"statement",
    r"messages?",
    r"congratulat\w*",
    r"video",
    r"virtual",
    r"summit",
    r"dialogue",
    r"consultations?",
    r"receives?",
    r"received",
    r"discuss\w*",
    r"address",
    r"interview",
    r"briefing",
    r"exchanges?",
    r"разговор\w*",
    r"встреч\w*",
    r"переговор\w*",
)
#: Headline words of scripts written without spaces (matched anywhere).
HEADLINE_MARKS: tuple[str, ...] = (
    "会谈",
    "会见",
    "会晤",
    "通电话",
    "通话",
    "致电",
    "会談",
    "会見",
    "電話",
    "訪問",
    "会议",
    "会議",
)
_HEADLINE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(HEADLINE_WORDS) + r")(?![^\W\d_])|" + "|".join(HEADLINE_MARKS),
    re.IGNORECASE,
)

_DATE_LABEL = re.compile(
    r"^(?:(?:date|dated|published|posted|updated|last updated|release date|issued)"
    r"(?:\s+by\s*:?\s*[^|]{1,40}\|)?\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"^\s*[,|–—-]?\s*(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?\s*\)?\s*(?:\(?[A-Z]{2,5}\)?)?\s*$"
)
# A dateline's place before the date: one to three capitalised words and a comma, perhaps twice
# ("Brussels, ", "New Delhi, ", "Washington, DC, ").
_PLACE_PREFIX = re.compile(r"^(?:[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s*,\s*){1,2}$")
_LEAD_MARKS = "•·*|-–—>»▪◦■□◆()[]【】 "
_TERMINAL = re.compile(r"[.!?。！？…;；](?:[\"'”’»」』)\]）]*)$")
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|>>)\s")
_MENU = re.compile(r"\s\|\s")
_BREADCRUMB_START = re.compile(
    r"^(?:home|homepage|main page|首页|主页|当前位置|you are here)\s*(?:>|»|›|:|：|/)", re.I
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BULLET_START = re.compile(r"^[•·▪◦■□◆]")
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:[:—–]|-\s|--)")
_ISO_TIME = re.compile(r"(\d)T(\d)")
_SLASHED = re.compile(r"\b((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})\b")
_DATELINE_PLACE = re.compile(r"^[A-Z][\w.'’ ,-]{1,40},\s*$")


def _size(line: str) -> int:
    """Length in words; CJK text (no spaces) counts about two characters a word."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk // 2


def is_prose(line: str) -> bool:
    """True when a line reads as running text: a sentence (it ends like one) or a long passage."""
    stripped = line.strip()
    if _BULLET_START.match(stripped):
        return False
    size = _size(stripped)
    if _TERMINAL.search(stripped) and size >= 5:
        return True
    return size >= 40


def is_breadcrumb(line: str) -> bool:
    """True for a navigation trail ("Home > China News", "Home » News » Readouts") or menu ("A | B | C")."""
    stripped = line.strip()
    if _BREADCRUMB_START.match(stripped):
        return True
    segments = _BREADCRUMB.split(stripped)
    if len(segments) < 2:
        segments = _MENU.split(stripped)  # "Home | News | Contact": a menu reads like a trail
        if len(segments) < 3:
            return False
    return _size(stripped) <= 16 and all(len(s.split()) <= 6 for s in segments)


def _scripts(line: str) -> set[str]:
    found: set[str] = set()
    for ch in line:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add(name.split(" ")[0] if name else "?")
    return found


def _is_switcher(line: str) -> bool:
    """A language switcher: a few short words in several scripts ("عربي Español 简体中文")."""
    tokens = line.split()
    return 2 <= len(tokens) <= 10 and all(len(t) <= 12 for t in tokens) and len(_scripts(line)) >= 3


def _date_in_line(line: str) -> tuple[dt.date, int, int] | None:
    for match in find_dates(line):
        if match.year is not None and match.date is not None:
            return match.date, match.start, match.end
    return None


def _is_place(prefix: str) -> bool:
    """True when ``prefix`` is a dateline's place ("Brussels, "): capitalised words, no headline word."""
    if not _PLACE_PREFIX.match(prefix):
        return False
    words = prefix.replace(",", " ").split()
    return all(w[0].isupper() for w in words) and not _HEADLINE.search(prefix)


def _script_label(prefix: str) -> bool:
    """A date's label in a script other than Latin ("วันที่นำเข้าข้อมูล 7 Dec 2023", "发布时间：2023-12-07"):
    letters and marks only, none of them ASCII."""
    text = "".join(prefix.split()).rstrip(":：")
    return 2 <= len(text) <= 30 and all(not c.isascii() and unicodedata.category(c)[0] in "LM" for c in text)


def _is_date_label(prefix: str) -> bool:
    """True when the text before a date is a label (in English or in another script), a weekday or
    a dateline's place."""
    return _DATE_LABEL.match(prefix) is not None or _is_place(prefix) or _script_label(prefix)


def is_date_line(line: str) -> bool:
    """True when a line holds a date (and perhaps a time) and nothing else.

    A label, a weekday or a dateline's place may come before the date ("Brussels, 22/01/2024 -
    17:45", "Capital City, 28 April 2024"): such a header line is the publication date too.
    """
    stripped = line.strip().strip(_LEAD_MARKS)
    if len(stripped) > 60:
        return False
    found = _date_in_line(stripped)
    if found is None:
        return False
    _date, start, end = found
    return _is_date_label(stripped[:start]) and _TIME.match(stripped[end:]) is not None


def date_line_date(line: str) -> dt.date | None:
    """The date of a header date line, or None when the line is not one.

    A date line starts with a date, perhaps after a label, a weekday or a dateline's place
    ("Published: Sun Feb 20 2022", "date 2022-09-16 News", "• Wed. May 12th, 2021", "13 August
    201520:16", "Capital City, 28 April 2024"); what follows
    the date is free (a time, a section name). A headline that ends with a date is not one.
    """
    stripped = line.strip().strip(_LEAD_MARKS)
    if _size(stripped) > 14 or is_prose(stripped):
        return None  # a sentence that opens with a date is the body's first paragraph
    found = _date_in_line(stripped)
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
    found = _date_in_line(stripped)
    if found is None:
        return None
    _date, start, end = found
    if start:
        prefix = stripped[:start]
        return prefix.strip(" ,") if _is_place(prefix) else None
    # "<date> - <City, Country> - <issuer>": a lone word after the date may be a section ("News").
    segments = _DASH_SEGMENTS.split(" " + stripped[end:].strip())
    place = segments[1].strip() if len(segments) > 1 else ""
    if not place or (len(segments) < 3 and "," not in place):
        return None
    return place if _is_place(place + ", ") else None


_SEPARATOR = re.compile(r"\s*[-–—|,]\s*")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w.'’&-]*|of|the|and|for|de)$")


def _place_line(header: Sequence[str]) -> str | None:
    """A dateline split over two lines above the headline: a place alone ("New York"), then a date
    line with no place of its own, then the headline; the place is where the page was issued."""
    for place, date, headline in zip(header, header[1:], header[2:], strict=False):
        if (
            _size(place) <= 3
            and _is_place(place + ", ")
            and date_line_date(date) is not None
            and date_line_place(date) is None
            and looks_like_headline(headline)
        ):
            return place
    return None


def yearless_date_line(line: str) -> tuple[int, int] | None:
    """(month, day) of a short header line that prints a day and month with no year at its start or
    end, beside a place or an issuer ("Doha - Information Office - March 16"); else None."""
    stripped = line.strip().strip(_LEAD_MARKS)
    if _size(stripped) > 10 or is_prose(stripped) or _HEADLINE.search(stripped):
        return None
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


def dateline_date(paragraph: str) -> dt.date | None:
    """The date of a dateline opening a paragraph ("Islamabad, July 25, 2023 (PPI-OT): ..."), or None."""
    found = _date_in_line(paragraph[:80])
    if found is None:
        return None
    date, start, end = found
    if not _DATELINE_PLACE.match(paragraph[:start]) or not _DATELINE_TAIL.match(paragraph[end:]):
        return None
    return date


#: A labelled date at the start of a line that goes on with other text: "date 2024-05-06 Today, ...",
#: "Published By : Admin | June 2, 2020 | 21:29 IST The Minister ..." (a copy's stamp on its first line).
_GLUED_LABEL = re.compile(
    r"^(?:date|dated|published|posted|updated|release date|issued)"
    r"(?:\s+by\s*:?\s*[^|]{1,40}\|)?\s*(?:on)?\s*:?\s*",
    re.IGNORECASE,
)
_GLUED_TAIL = re.compile(r"\s*(?:\|\s*)?(?:\d{1,2}:\d\d(?:\s*[AP]M)?(?:\s+[A-Z]{2,4}\b)?\s*(?:\|\s*)?)?")


def split_glued_date(line: str) -> list[str]:
    """A labelled date glued to the text after it, as two lines ("date 2024-05-06", "Today, ...").

    A line with no labelled date at its start comes back whole, and so does a date line whose
    date is followed by a section name ("date 2022-09-16 News"), not a headline or a sentence.
    """
    label = _GLUED_LABEL.match(line)
    if label is None:
        return [line]
    found = next(iter(find_dates(line[label.end() : label.end() + 40])), None)
    if found is None or found.year is None or found.start != 0:
        return [line]
    end = _GLUED_TAIL.match(line, label.end() + found.end)
    cut = end.end() if end else label.end() + found.end
    rest = line[cut:].strip()
    if not (rest[:1].isupper() or rest.startswith("by ")):
        # "Posted 5 May 2031, the letter ...": the date is part of a sentence; "by PIB Delhi ..."
        # after a stamp's time is its source, and the text goes on after it
        return [line]
    if date_line_date(line) is not None and not (_HEADLINE.search(rest) or is_prose(rest)):
        return [line]
    return [line[:cut].rstrip(" |"), rest]


def looks_like_headline(line: str) -> bool:
    """True when a line could be a headline: not a sentence, not navigation, of headline length."""
    stripped = line.strip()
    if _TERMINAL.search(stripped) and not stripped.endswith(("?", "!", "...")):
        return False
    if stripped.endswith((":", ",", ";")) or _BULLET_START.match(stripped) or is_breadcrumb(stripped):
        return False
    size = _size(stripped)
    return 2 <= size <= 40 and not _is_switcher(stripped)


def _looks_like_headline(line: str) -> bool:  # kept for callers of the first version
    return looks_like_headline(line)


def clean_title(text: str, suffixes: Sequence[str] = ()) -> str:
    """A ``<title>`` without its site name: ``suffixes`` (regexes) removed, else the longest segment.

    "Weekly Address: X | whitehouse.gov" gives "Weekly Address: X".
    """
    title = _collapse(text)
    for pattern in compile_patterns(suffixes):
        stripped = pattern.sub("", title).strip()
        if stripped != title and stripped:
            return stripped
    segments = [s.strip() for s in re.split(r"\s+[|–—-]\s+|\s*_\s*(?=\S)", title) if s.strip()]
    return max(segments, key=len) if len(segments) > 1 else title


def marker_score(text: str, markers: Sequence[tuple[str, float]]) -> float:
    """Combine the weights of the markers (regexes) found in ``text``: 1 - prod(1 - weight).

    Independent evidence adds up without ever reaching 1; one weak marker stays weak. Blank lines
    and the spaces around line breaks are squeezed first, so a marker written ``(?m)^\\s*...`` stays
    linear on pages padded with thousands of empty lines. The search is ``readoutlib.markers``':
    one literal pass for every adapter's markers, then only the regexes that can match.
    """
    from .markers import marker_hits

    miss = 1.0
    hits = marker_hits(text, [pattern for pattern, _weight in markers])
    for (_pattern, weight), hit in zip(markers, hits, strict=True):
        if hit:
            miss *= 1.0 - min(1.0, max(0.0, weight))
    return 1.0 - miss


# ---------------------------------------------------------------------------------------------
# Declarative rules and splitting


def _strs(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in value)


@attrs.frozen
class DumpRules:
    """How a publisher's page text reads, as data (regex sources, matched case-insensitively).

    Attributes:
        drop: whole lines that are boilerplate anywhere (matched from the line's start).
        stop: the first line of the footer; it and everything after are dropped.
        header: lines that are page furniture above the body (never title nor paragraph).
        start: lines after which the body starts (attribution lines); the line itself is dropped.
        date_lines: publication-date lines; a named group ``date`` holds the date text.
        title_words: extra headline words (regexes) that mark the title among header lines.
        has_title: False for dumps known to carry no title.
    """

    drop: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    stop: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    header: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    start: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    date_lines: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    title_words: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    has_title: bool = True


@attrs.frozen
class HtmlRules:
    """Where a publisher's markup keeps the layout parts, as CSS selectors tried in order.

    Attributes:
        title: the headline element.
        date: the element holding the publication date.
        body: the body container; the first match with ``min_body`` characters of text wins.
        skip: elements inside the body to leave out (share bars, captions, print links).
        meta_title: ``<meta>`` names to fall back on for the title.
        meta_date: ``<meta>`` names to fall back on for the date.
        title_suffix: regexes removed from the ``<title>`` text (the site name).
        body_between: ``(start, end)`` selector pairs of markers the body sits between (old CMS
            pages mark it with ``<meta>`` or comments-turned-elements), tried after ``body``.
        min_body: characters of text a body container needs to be believed.
        lead_classes: words that, as a part of an element's class name ("lead" in
            ``gem-c-lead-paragraph``, "standfirst", "dek"), mark the page's lead: it becomes the
            summary and is left out of the body.
        prefer_paragraphs: read the element holding most of the container's ``<p>`` text instead
            of the whole container, when no prose ``<p>`` is left outside it (wide containers such
            as ``<main>`` also hold headings, bylines and metadata).
    """

    title: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    date: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    body: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    skip: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    meta_title: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    meta_date: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    title_suffix: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    body_between: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    min_body: int = 80
    lead_classes: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    prefer_paragraphs: bool = False


@attrs.frozen
class TextDump:
    """A plain-text dump split into its parts."""

    title: str | None
    paragraphs: tuple[str, ...]
    published: dt.date | None
    #: The lead (standfirst) the page prints above its body, kept apart from the paragraphs.
    summary: str | None = None
    #: Where the page was issued, from a date line with a place ("Munich, Germany, 1 February 2014").
    place: str | None = None
    #: (month, day) of a header date line that prints no year ("Doha - Information Office - March 16").
    day_month: tuple[int, int] | None = None


#: Lines before the first prose line further down than this are not header any more.
_MAX_HEADER = 25
#: Attribution lines are looked for this many lines into the body.
_MAX_ATTRIBUTION = 4
_DEFAULT_RULES = DumpRules()


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def split_text_dump(
    lines: Sequence[str],
    *,
    drop: Sequence[re.Pattern[str]] = (),
    stop: Sequence[re.Pattern[str]] = (),
    title_hint: str | None = None,
    allow_title: bool = True,
    rules: DumpRules | None = None,
) -> TextDump:
    """Split a plain-text dump into title, publication date and body paragraphs.

    See the module docstring for the rules. Publisher knowledge comes in through ``rules`` (or
    the older ``drop``/``stop`` compiled patterns, which are added to them).

    Args:
        lines: the dump's lines.
        drop: compiled patterns for lines to drop anywhere (boilerplate).
        stop: compiled patterns for the first footer line.
        title_hint: a title known from elsewhere (a ``<title>`` tag); a header line equal to it
            is taken as the title, and it is the title when no header line reads as one.
        allow_title: set False for dumps known to carry no title.
        rules: the publisher's rules as data.
    """
    r = rules or _DEFAULT_RULES
    drops = tuple(drop) + _compile(r.drop) + _compile(COMMON_BOILERPLATE)
    stops = tuple(stop) + _compile(r.stop) + _compile(COMMON_STOPS)
    headers = _compile(r.header)
    kept: list[str] = []
    mirrored = False
    for raw in lines:
        line = _collapse(raw)
        if not line:
            continue
        if any(p.match(line) for p in stops):
            mirrored = _MIRROR_FOOTER.match(line) is not None
            break
        if is_boilerplate(line, drops):
            continue
        kept.extend(split_glued_date(line))
    mirror_title = _mirror_title(kept) if mirrored else None
    while kept and _is_trailer(kept[-1]):
        kept.pop()
    kept = _drop_site_notices(kept)
    kept, summary, meta_date = _metadata_block(kept)
    kept = _drop_site_notices(kept)  # a banner under the metadata block ("published under ...")

    hint = _norm(title_hint) if title_hint else ""
    body_start = _body_start(kept, headers, hint)
    header = kept[:body_start]
    body = kept[body_start:]
    if summary is None and _repeated_lead(body):
        summary, body = body[0], body[1:]
    starts = _compile(r.start) + _compile(ATTRIBUTION_LINES)
    for index, line in enumerate(kept[: body_start + _MAX_ATTRIBUTION]):
        if _size(line) <= 30 and any(p.match(line) for p in starts):
            if index < body_start:  # in the header: furniture, the body starts as found
                header = kept[:index] + kept[index + 1 : body_start]
            else:  # in the body's first lines: what precedes it is a summary
                lead = [line for line in kept[body_start:index] if is_prose(line)]
                summary = summary or " ".join(lead) or None
                header = kept[:index]
                body = kept[index + 1 :]
            break

    published = _published(header, _compile(r.date_lines)) or meta_date
    title: str | None = None
    if allow_title and r.has_title:
        title = _pick_title(
            header, body, headers, hint, _compile(r.title_words), hint_text=_collapse(title_hint or "")
        )
        if title is None and title_hint:
            title = _collapse(title_hint)
        title = title or mirror_title
    paragraphs: list[str] = []
    for line in body:
        if is_date_line(line):
            if published is None and len(paragraphs) <= 1:
                published = date_line_date(line)  # a date line under the headline, read as body
            continue
        if _is_furniture(line, headers, hint) or _is_heading(line):
            continue
        if mirror_title is not None and line == mirror_title:
            continue
        paragraphs.append(line)
    if published is None and paragraphs:
        published = dateline_date(paragraphs[0])
    top = (*header, *body[:2])
    return TextDump(
        title=title,
        paragraphs=tuple(paragraphs),
        published=published,
        summary=summary,
        place=next((p for p in map(date_line_place, top) if p), None) or _place_line(header),
        day_month=None if published else next((d for d in map(yearless_date_line, top) if d), None),
    )


#: Footers of mirror sites that republish releases: the headline and publisher line sit just above.
_MIRROR_FOOTER = re.compile(r"/?public release\.\s", re.IGNORECASE)


def _mirror_title(kept: list[str]) -> str | None:
    """The headline a mirror prints after the body, above a publisher line and its footer.

    Mirror copies end "<body> / <headline> / <publisher> / /Public Release. ...": the trailer
    trimming would drop the short publisher line and leave the headline as a last paragraph.
    """
    if len(kept) < 3:
        return None
    publisher, headline = kept[-1], kept[-2]
    if _TERMINAL.search(publisher) or _size(publisher) > 8 or not looks_like_headline(headline):
        return None
    if not is_prose(kept[-3]):
        return None
    del kept[-2:]
    return headline


#: Lines a site prints about itself (archive banners, cookie and security notices), not about an event.
_SITE_NOTICE = re.compile(
    r"\b(?:web ?sites?|this (?:site|page)|historical material|archived (?:content|page|copy|site)|"
    r"(?:has been|is) archived|no longer (?:being )?updated|cookies|javascript|your browser|"
    r"here'?s how you know|published under the\b.{0,60}\bgovernment)\b"
    r"|^welcome to\b",  # a site's greeting ("Welcome to the United Nations. It's your world.")
    re.IGNORECASE,
)
_EVENT_VERB = re.compile(
    r"\b(?:spoke|speaks|met|meets|held|holds|received|receives|discussed|visited|visits|called|calls|"
    r"hosted|talked|welcomed|said|agreed|telephoned)\b",
    re.IGNORECASE,
)


def _drop_site_notices(kept: list[str]) -> list[str]:
    """Leading site notices ("This is historical material ...", "An official website of ...") go.

    They read as prose, so they would become the first paragraph; a notice speaks about the site
    and reports no event. Only lines before the first prose line that is not a notice are looked at.
    """
    dropped: set[int] = set()
    for index, line in enumerate(kept[:_MAX_HEADER]):
        if _SITE_NOTICE.search(line) and not _EVENT_VERB.search(line):
            dropped.add(index)
        elif is_prose(line):
            break
    return [line for index, line in enumerate(kept) if index not in dropped] if dropped else kept


#: Labels of a page's metadata block ("From:" / organisation, "Published" / date, "Last updated").
_META_LABEL = re.compile(
    r"^(?:from|published|first published|last updated|updated|posted(?: on)?|release date|date|issued|"
    r"organi[sz]ations?|location|(?:document |content )?type|part of|tags|topics?|categor(?:y|ies)|"
    r"authors?|written by)\s*:?$",
    re.IGNORECASE,
)
#: A short label line ending in a colon ("Minister:", "Related content:"), not a reporting clause.
_LABEL = re.compile(r"^[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+)?\s*:$")
_NOT_LABEL = re.compile(r"\b(?:said|says|added|stated|noted|told|he|she|they|we|i)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"^(?:first )?(?:published|posted|release date|date|issued)\b", re.IGNORECASE)
#: How many prose lines (a lead) may stand above a metadata block that still belongs to the header.
_MAX_LEAD = 2


def _is_label(line: str) -> bool:
    return bool(_META_LABEL.match(line) or (_LABEL.match(line) and not _NOT_LABEL.search(line)))


def _metadata_block(kept: list[str]) -> tuple[list[str], str | None, dt.date | None]:
    """Remove a label/value metadata block near the top; a lead above it is the summary.

    gov.uk-like dumps print "<type> / <headline> / <lead> / From: / <organisation> / Published /
    <date> / <body>": the labels and their values are furniture, the date after a "Published"
    label is the publication date, and prose above the block is the page's lead, not the body.

    Returns:
        the lines without the block (and lead), the lead, and the date the block gives.
    """
    prose_above: list[int] = []
    headed = False
    prose = 0
    for index, line in enumerate(kept[:_MAX_HEADER]):
        if _META_LABEL.match(line):
            break
        if is_prose(line):
            prose += 1
            if prose > _MAX_LEAD:
                return kept, None, None  # the body has begun: a label further down is not header
            if headed:  # a lead stands under a headline (a headline with a full stop reads as prose)
                prose_above.append(index)
        headed = headed or looks_like_headline(line)
    else:
        return kept, None, None
    start = index
    end = start
    published: dt.date | None = None
    first_date: dt.date | None = None
    label = ""
    while end < len(kept):
        line = kept[end]
        date = date_line_date(line) if not _is_label(line) else None
        if _is_label(line):
            label = line
        elif date is not None:
            first_date = first_date or date
            if published is None and _PUBLISHED_LABEL.match(label):
                published = date
            label = ""  # a date is the whole value: a line after it needs a label of its own
        elif not label or is_prose(line) or _size(line) > 16:
            break
        end += 1
    rest = kept[end:]
    body_words = sum(_size(line) for line in rest if is_prose(line))
    lead_words = sum(_size(kept[i]) for i in prose_above)
    if body_words == 0:
        return kept, None, None
    if lead_words >= body_words:
        prose_above = []
    summary = " ".join(kept[i] for i in prose_above) or None
    above = [line for i, line in enumerate(kept[:start]) if i not in prose_above]
    return above + rest, summary, published or first_date


#: A shorter first line that opens the next one ("The two sides agreed.") is body, not a lead.
_MIN_LEAD_WORDS = 8


def _repeated_lead(body: Sequence[str]) -> bool:
    """True when the first body line is a lead the body repeats (the first paragraph starts with it)."""
    if len(body) < 2 or not is_prose(body[0]) or _size(body[0]) < _MIN_LEAD_WORDS:
        return False
    lead = _norm(body[0])
    return any(_norm(line).startswith(lead) for line in body[1:4])


def _is_trailer(line: str) -> bool:
    """A short line without sentence punctuation at the end of a page: footer, not body."""
    return (not _TERMINAL.search(line) and _size(line) < 12) or is_date_line(line)


def _is_heading(line: str) -> bool:
    """A section heading or photo caption inside the body: a few words, no sentence end."""
    return not _TERMINAL.search(line) and _size(line) <= 8 and not line.endswith((":", "：", ","))


def _is_furniture(line: str, headers: Sequence[re.Pattern[str]], hint: str) -> bool:
    if is_breadcrumb(line) or any(p.match(line) for p in headers):
        return True
    return bool(hint) and _norm(line) == hint


def _is_titled_by_date(kept: Sequence[str], index: int) -> bool:
    """A sentence-like line followed by a date line and then more text is a headline with a full stop."""
    line = kept[index]
    rest = kept[index + 1 : index + 3]
    return (
        _size(line) <= 40
        and len(rest) == 2
        and date_line_date(rest[0]) is not None
        and not is_date_line(rest[1])
        and index + 2 < len(kept)
    )


def _body_start(kept: Sequence[str], headers: Sequence[re.Pattern[str]], hint: str) -> int:
    """Index of the first body line: the first prose line within the header zone."""
    for index, line in enumerate(kept[:_MAX_HEADER]):
        if _is_furniture(line, headers, hint) or date_line_date(line) is not None:
            continue
        if is_prose(line) and not _is_titled_by_date(kept, index):
            return index
    # No prose near the top: the body starts after the leading headline-like lines.
    index = 0
    while index < len(kept) - 1 and index < 3 and not is_prose(kept[index]):
        line = kept[index]
        if not (
            looks_like_headline(line)
            or _is_furniture(line, headers, hint)
            or date_line_date(line) is not None
        ):
            break
        index += 1
    return index


def _published(header: Sequence[str], date_lines: Sequence[re.Pattern[str]]) -> dt.date | None:
    for line in header:
        for pattern in date_lines:
            m = pattern.match(line)
            if m:
                text = m.groupdict().get("date") or m.group(0)
                found = parse_date(text)
                if found is not None:
                    return found
    # Of several date lines (a copy's stamp and the release's own date line, "published" and
    # "updated"), the earliest is the publication: a copy or an update only ever comes later.
    dates = [d for d in map(date_line_date, header) if d is not None]
    return min(dates, default=None)


#: A byline under a headline: a name, a comma and the office ("Ned Price, Department Spokesperson").
_BYLINE = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4},\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,8}$"
)


def _pick_title(
    header: Sequence[str],
    body: Sequence[str],
    headers: Sequence[re.Pattern[str]],
    hint: str,
    title_words: Sequence[re.Pattern[str]],
    *,
    hint_text: str = "",
) -> str | None:
    first = _norm(body[0]) if body else ""
    candidates: list[str] = []
    for line in header:
        if hint and _norm(line) == hint:
            return line
    for index, line in enumerate(header):
        if hint and len(_norm(line)) >= 12 and _norm(line) in hint and not _is_furniture(line, headers, ""):
            return hint_text  # the title broken over lines (``<br>``): the hint is the whole of it
        if _is_furniture(line, headers, hint) or date_line_date(line) is not None:
            continue
        dated = index + 1 < len(header) and date_line_date(header[index + 1]) is not None
        if not looks_like_headline(line) and not (dated and _size(line) <= 40):
            continue
        if first and first.startswith(_norm(line)):
            continue  # a summary repeating the first paragraph
        candidates.append(line)
    for line in reversed(candidates):
        if _HEADLINE.search(line) or any(p.search(line) for p in title_words):
            return line
    if hint_text:
        return None  # a known <h1>/<title> beats a header line with no headline word
    first_headline = bool(candidates) and candidates[0] == header[0]
    if first_headline and (_size(header[0]) >= 4 or all(_BYLINE.match(line) for line in header[1:])):
        # The dump's first line reads as a headline: it is the title, and the lines under it are
        # its byline ("Antony J. Blinken, Secretary of State"), not a later headline.
        return header[0]
    for line in reversed(candidates):
        if _size(line) >= 4:
            return line
    return None


def split_html(
    root: lxml_html.HtmlElement, html: HtmlRules | None = None, rules: DumpRules | None = None
) -> TextDump:
    """Split an HTML page into title, publication date and body paragraphs.

    The body container comes from ``html.body`` selectors, else from ``html.body_between``
    markers, else the largest text block; its lines go through ``split_text_dump`` (so the text
    rules apply inside it too). The title is ``html.title``, else a ``<meta>`` fallback, else a
    headline at the top of the body container, else ``<h1>`` or the ``<title>`` without the site
    name (the ``<title>`` first when it ends with a declared ``title_suffix``). The date is
    ``html.date``, else a ``<meta>`` fallback, else a date line in the body.
    """
    h = html or HtmlRules()
    # Declared places are believed; <h1> and <title> only when the body shows no headline.
    title = select_text(root, *h.title) if h.title else None
    if not title and h.meta_title:
        title = meta_content(root, *h.meta_title)
    weak: str | None = None
    if not title:
        page_title = select_text(root, "title") or ""
        # A <title> with the site's declared suffix is the headline; else <h1> is likelier one.
        declared = any(p.search(page_title) for p in _compile(h.title_suffix))
        weak = None if declared else select_text(root, "h1")
        if not weak and page_title:
            weak = clean_title(page_title, h.title_suffix)
    if title and _size(title) > 60:
        title = None
    if weak and _size(weak) > 60:
        weak = None
    published: dt.date | None = None
    if h.date:
        published = parse_stamp(select_text(root, *h.date))
    if published is None and h.meta_date:
        published = parse_stamp(meta_content(root, *h.meta_date))
    lead = _lead_element(root, h.lead_classes) if h.lead_classes else None
    summary = _collapse(element_text(lead).replace("\n", " ")) if lead is not None else None
    lines = [line for line in _body_lines(root, h, lead) if line]
    dump = split_text_dump(lines, title_hint=title or weak, rules=rules)
    if lead is not None and not dump.paragraphs:  # the "lead" was the whole text after all
        lines = [line for line in _body_lines(root, h) if line]
        dump = split_text_dump(lines, title_hint=title or weak, rules=rules)
        summary = None
    found_title = title or dump.title
    found_date = published or dump.published
    place, day_month = dump.place, dump.day_month
    if lines and ((not title and dump.title in (None, weak)) or found_date is None):
        # The headline and date often sit just above the body container (table layouts).
        above = _lines_above(root, lines[0])
        if above:
            context = split_text_dump([*above, *lines], title_hint=title or weak, rules=rules)
            found_title = title or context.title or found_title
            found_date = found_date or context.published
            place, day_month = place or context.place, day_month or context.day_month
    return TextDump(
        title=found_title,
        paragraphs=dump.paragraphs,
        published=found_date,
        summary=summary or dump.summary,
        place=place,
        day_month=None if found_date else day_month,
    )


#: Words a lead element may hold; a longer element is body, whatever its class says.
_MAX_LEAD_WORDS = 80
_CLASS_PARTS = re.compile(r"[-_\s]+")


def _lead_element(root: lxml_html.HtmlElement, words: Sequence[str]) -> lxml_html.HtmlElement | None:
    """The first element whose class name has a lead word as one of its parts, holding a short text."""
    wanted = {w.lower() for w in words}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in _INVISIBLE:
            continue
        parts = set(_CLASS_PARTS.split((el.get("class") or "").lower()))
        if not parts & wanted or len(el.findall(".//p")) > 1:
            continue
        text = _collapse(el.text_content())
        if text and _size(text) <= _MAX_LEAD_WORDS and not _among_paragraphs(el):
            return el
    return None


def _among_paragraphs(el: lxml_html.HtmlElement) -> bool:
    """True when ``el`` stands among the running text's ``<p>`` siblings: a styled first paragraph.

    A standfirst sits outside the body's container; a first paragraph the site merely styles
    ("p.lead" followed by more ``<p>`` in the same parent) is body.
    """
    parent = el.getparent()
    if parent is None:
        return False
    siblings = [c for c in parent if c is not el and isinstance(c.tag, str) and c.tag.lower() == "p"]
    return sum(1 for c in siblings if is_prose(_collapse(c.text_content()))) >= 2


def _paragraph_container(
    el: lxml_html.HtmlElement, skipped: Sequence[lxml_html.HtmlElement]
) -> lxml_html.HtmlElement:
    """The element holding most of ``el``'s paragraph text, when no prose block is left outside it.

    Blocks outside it that read as prose (a ``<p>``, or a ``<div>``/``<td>`` holding no other
    block) would be body paragraphs: then the whole container is kept.
    """
    inner = largest_text_block(el, min_chars=0)
    if inner is None or inner is el:
        return el
    outside = set(skipped)
    for block in el.iter("p", "div", "td"):
        if (
            block is inner
            or block in outside
            or any(a is inner or a in outside for a in block.iterancestors())
        ):
            continue
        if block.tag != "p" and any(isinstance(c.tag, str) and c.tag.lower() in BLOCK_TAGS for c in block):
            continue
        if any(a is inner for a in block.iterdescendants()):
            continue
        if is_prose(_collapse(block.text_content())):
            return el
    return inner


#: How many lines above the body container are read for a headline and a date.
_CONTEXT_LINES = 8


def _lines_above(root: lxml_html.HtmlElement, first: str) -> list[str]:
    page = element_text(root).split("\n")
    for index, line in enumerate(page):
        if line == first:
            return page[max(0, index - _CONTEXT_LINES) : index]
    return []


def _body_lines(
    root: lxml_html.HtmlElement, h: HtmlRules, lead: lxml_html.HtmlElement | None = None
) -> Sequence[str]:
    extra = [lead] if lead is not None else []
    for selector in h.body:
        for el in _css(selector)(root):  # type: ignore[operator]
            skipped = _skipped(el, h.skip) + extra
            text = element_text(el, skip=skipped)
            if len(text) < h.min_body:
                continue
            inner = _paragraph_container(el, skipped) if h.prefer_paragraphs else el
            if inner is not el:
                inner_text = element_text(inner, skip=skipped)
                text = inner_text or text  # it holds every prose <p> of a believed container
            return text.split("\n")
    for start_selector, end_selector in h.body_between:
        start = select_one(root, start_selector)
        if start is not None:
            lines = lines_between(root, start, select_one(root, end_selector))
            if sum(len(line) for line in lines) >= h.min_body:
                return lines
    body = largest_text_block(root)
    if body is None:
        return ()
    return element_text(body, skip=_skipped(body, h.skip) + extra).split("\n")


def parse_stamp(text: str | None) -> dt.date | None:
    """The date in a date element or ``<meta>`` value ("2020-12-22 19:09", "2020/12/22", ISO stamps)."""
    if not text:
        return None
    return parse_date(_ISO_TIME.sub(r"\1 \2", _SLASHED.sub(r"\1-\2-\3", text)))


def guess_language(paragraphs: Sequence[str], default: str | None = None) -> str | None:
    """BCP-47 primary language of text by script: "zh", "ja", "ko", "ru", else ``default``.

    Only scripts are told apart (Latin text returns ``default``): enough to tell a publisher's
    English pages from its pages in the home language.
    """
    sample = "".join(paragraphs)[:4000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return default
    kana = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff")
    han = sum(1 for ch in letters if "\u3400" <= ch <= "\u9fff")
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7af")
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    share = len(letters) * 0.3
    if kana and kana + han > share:
        return "ja"
    if han > share:
        return "zh"
    if hangul > share:
        return "ko"
    if cyrillic > share:
        return "ru"
    return default


def split_page(document: Document, rules: DumpRules | None = None, html: HtmlRules | None = None) -> TextDump:
    """The layout parts of any document: ``split_html`` for HTML, ``split_text_dump`` for text."""
    if document.is_html:
        return split_html(document.tree, html, rules)
    return split_text_dump(document.lines, rules=rules)
