"""Layout helpers adapters share: text from HTML elements, selectors, and plain-text dump splitting.

Everything here is publisher-free; an adapter passes its own selectors and boilerplate patterns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from .dates import parse_date

if TYPE_CHECKING:
    from lxml import html as lxml_html

__all__ = [
    "BLOCK_TAGS",
    "TextDump",
    "compile_patterns",
    "element_paragraphs",
    "element_text",
    "first_match",
    "is_boilerplate",
    "meta_content",
    "select",
    "select_one",
    "select_text",
    "split_text_dump",
]

#: Elements that start a new line in visible text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "iframe", "svg", "button", "select"))
_SPACES = re.compile(r"[ \t\f\v]+")


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def element_text(element: lxml_html.HtmlElement, *, skip: Iterable[lxml_html.HtmlElement] = ()) -> str:
    """Visible text of ``element``: block elements on their own lines, spaces collapsed.

    Args:
        element: the element to read.
        skip: elements (boilerplate) whose text is left out.
    """
    skipped = set(skip)
    parts: list[str] = []

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if el in skipped or tag.lower() in _INVISIBLE or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    tail = element.tail
    element.tail = None
    try:
        walk(element)
    finally:
        element.tail = tail
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
                content = (el.get("content") or "").strip()
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
    skipped: list[lxml_html.HtmlElement] = []
    for selector in skip_selectors:
        skipped.extend(_css(selector)(element))  # type: ignore[operator]
    lines = element_text(element, skip=skipped).split("\n")
    return tuple(line for line in lines if line and not is_boilerplate(line, drop))


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
)

# A line that is only a date, optionally with a time ("2020-12-22 19:09", "17 July 202018:33").
_DATE_ONLY = re.compile(
    r"^\(?\s*(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:[\w.,]+\s*){1,4}?(?:19|20)\d\d\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*\)?$"
)


def is_date_line(line: str) -> bool:
    """True when a line holds a date (and perhaps a time) and nothing else."""
    stripped = line.strip()
    return len(stripped) <= 40 and bool(_DATE_ONLY.match(stripped)) and parse_date(stripped) is not None


@attrs.frozen
class TextDump:
    """A plain-text dump split into its parts."""

    title: str | None
    paragraphs: tuple[str, ...]
    published: dt.date | None


def split_text_dump(
    lines: Sequence[str],
    *,
    drop: Sequence[re.Pattern[str]] = (),
    stop: Sequence[re.Pattern[str]] = (),
    title_hint: str | None = None,
    allow_title: bool = True,
) -> TextDump:
    """Split a plain-text dump into title, publication date and body paragraphs.

    The title is the first line before the body that reads like a headline (no full stop at the
    end, not a date, not boilerplate); the first date-only line near the top is the publication
    date; every later non-empty line that is not boilerplate is a paragraph. Lines from the first
    match of a ``stop`` pattern on are footer and ignored.

    Args:
        lines: the dump's lines.
        drop: patterns for lines to drop anywhere (boilerplate).
        stop: patterns for the first footer line.
        title_hint: a title known from elsewhere (a ``<title>`` tag); a line equal to it is taken
            as the title.
        allow_title: set False for dumps known to carry no title.
    """
    drops = tuple(drop) + compile_patterns(COMMON_BOILERPLATE)
    kept: list[str] = []
    for raw in lines:
        line = _collapse(raw)
        if not line:
            continue
        if any(p.match(line) for p in stop):
            break
        if is_boilerplate(line, drops):
            continue
        kept.append(line)
    title: str | None = None
    published: dt.date | None = None
    body_start = 0
    # Header zone: up to the first line that reads as running prose.
    for index, line in enumerate(kept[:6]):
        if is_date_line(line):
            if published is None:
                published = parse_date(line)
            body_start = index + 1
            continue
        if title_hint and line == title_hint:
            title = line
            body_start = index + 1
            continue
        if allow_title and title is None and _looks_like_headline(line) and index + 1 < len(kept):
            title = line
            body_start = index + 1
            continue
        break
    paragraphs = tuple(line for line in kept[body_start:] if not is_date_line(line))
    return TextDump(title=title, paragraphs=paragraphs, published=published)


def _looks_like_headline(line: str) -> bool:
    if len(line) > 250 or line.endswith((".", ":", ";", ",")) and not line.endswith("..."):
        return False
    words = line.split()
    return 2 <= len(words) <= 40
