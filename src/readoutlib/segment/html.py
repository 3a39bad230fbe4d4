"""HTML pages split into title, publication date, lead and body paragraphs.

The body container comes from a publisher's ``HtmlRules`` selectors, else from marker pairs, else
the largest block of running text; its lines then go through the text-dump rules (``dump.py``), so
the header, footer and date-line rules apply inside it too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..dates import in_figures_both_ways
from .datelines import parse_stamp, reading_one_page
from .dom import (
    BLOCK_TAGS,
    element_text,
    largest_text_block,
    lines_between,
    meta_content,
    select,
    select_one,
    select_text,
    selecting_in,
    skipped_elements,
)
from .dump import KeptLines, TextDump, kept_lines, split_text_dump
from .lines import clean_title, collapse, compile_patterns, is_prose, word_count
from .rules import DumpRules, HtmlRules
from .vocabulary import INVISIBLE_TAGS

if TYPE_CHECKING:
    from lxml import html as lxml_html

__all__ = ["split_html"]


def split_html(
    root: lxml_html.HtmlElement,
    html: HtmlRules | None = None,
    rules: DumpRules | None = None,
    *,
    page_text: Callable[[], str] | None = None,
) -> TextDump:
    """Split an HTML page into title, publication date, lead and body paragraphs.

    The body container comes from ``html.body`` selectors, else from ``html.body_between``
    markers, else the largest text block; its lines go through ``split_text_dump`` (so the text
    rules apply inside it too). The title is ``html.title``, else a ``<meta>`` fallback, else a
    headline at the top of the body container, else ``<h1>`` or the ``<title>`` without the site
    name (the ``<title>`` first when it ends with a declared ``title_suffix``). The date is
    ``html.date``, else a ``<meta>`` fallback, else a date line in the body.

    ``page_text`` gives the page's visible text (``element_text(root)``) when the caller has it
    already (a Document keeps it), so the page is not read twice.
    """
    with selecting_in(root), reading_one_page():
        return _split_html(root, html or HtmlRules(), rules, page_text or (lambda: element_text(root)))


def _split_html(
    root: lxml_html.HtmlElement, h: HtmlRules, rules: DumpRules | None, page_text: Callable[[], str]
) -> TextDump:
    title, weak = _declared_title(root, h)
    hint = title or weak
    lines, kept, dump, summary = _split_body(root, h, rules, hint)
    declared, settled = _declared_date(root, h)
    found = attrs.evolve(
        dump,
        title=title or dump.title,
        published=declared or dump.published,
        published_settled=declared is not None and settled,
    )
    if lines and ((not title and dump.title in (None, weak)) or found.published is None):
        # The headline and date often sit just above the body container (table layouts): the
        # lines above and the body's lines split again, for the head only (the body's lines are
        # not read twice).
        above = _lines_above(page_text(), lines[0])
        if above:
            both = kept_lines(above, rules).then(kept)
            context = split_text_dump(both, title_hint=hint, rules=rules, head_only=True)
            found = attrs.evolve(
                found,
                title=title or context.title or found.title,
                published=found.published or context.published,
                place=found.place or context.place,
                day_month=found.day_month or context.day_month,
            )
    return attrs.evolve(
        found,
        summary=summary or dump.summary,
        day_month=None if found.published else found.day_month,
        place=found.place or _marked_place(root),
    )


#: Words a page's marked place holds at most ("Moscow, the Kremlin"): more is prose, not a place.
_PLACE_WORDS = 6


def _marked_place(root: lxml_html.HtmlElement) -> str | None:
    """The place the markup marks as the entry's location: the h-entry microformat's ``p-location``
    (kremlin.ru's "read__place p-location" line under the date, "Moscow, the Kremlin"), or None."""
    text = select_text(root, ".p-location")
    return text if text and word_count(text) <= _PLACE_WORDS else None


def _declared_title(root: lxml_html.HtmlElement, h: HtmlRules) -> tuple[str | None, str | None]:
    """The title where the rules put it (believed), else a weak one from ``<h1>`` or ``<title>``.

    A weak title only names the page; a headline at the top of the body beats it.
    """
    title = select_text(root, *h.title) if h.title else None
    if not title and h.meta_title:
        title = meta_content(root, *h.meta_title)
    weak: str | None = None
    if not title:
        page_title = select_text(root, "title") or ""
        # A <title> with the site's declared suffix is the headline; else <h1> is likelier one.
        declared = any(p.search(page_title) for p in compile_patterns(h.title_suffix))
        weak = None if declared else select_text(root, "h1")
        if not weak and page_title:
            weak = clean_title(page_title, h.title_suffix)
    return _short(title), _short(weak)


#: Words a believable title may have; a longer "title" is a paragraph in the wrong element.
_MAX_TITLE_WORDS = 60


def _short(title: str | None) -> str | None:
    return title if title and word_count(title) <= _MAX_TITLE_WORDS else None


def _declared_date(root: lxml_html.HtmlElement, h: HtmlRules) -> tuple[dt.date | None, bool]:
    """The publication date in the element or ``<meta>`` the rules name, or None; and whether its
    stamp names one day only (no date in figures that reads both ways: "2031-03-05", not "03/05/2031")."""
    stamp = select_text(root, *h.date) if h.date else None
    published = parse_stamp(stamp)
    if published is None and h.meta_date:
        stamp = meta_content(root, *h.meta_date)
        published = parse_stamp(stamp)
    return published, published is not None and not in_figures_both_ways(stamp or "")


def _split_body(
    root: lxml_html.HtmlElement, h: HtmlRules, rules: DumpRules | None, hint: str | None
) -> tuple[list[str], KeptLines, TextDump, str | None]:
    """The body container's lines, the lines of them kept, their split, and the lead element's
    text (the summary)."""
    lead = _lead_element(root, h.lead_classes) if h.lead_classes else None
    summary = collapse(element_text(lead).replace("\n", " ")) if lead is not None else None
    lines = [line for line in _body_lines(root, h, lead) if line]
    kept = kept_lines(lines, rules)
    dump = split_text_dump(kept, title_hint=hint, rules=rules)
    if lead is not None and not dump.paragraphs:  # the "lead" was the whole text after all
        lines = [line for line in _body_lines(root, h) if line]
        kept = kept_lines(lines, rules)
        dump = split_text_dump(kept, title_hint=hint, rules=rules)
        summary = None
    return lines, kept, dump, summary


#: Words a lead element may hold; a longer element is body, whatever its class says.
_MAX_LEAD_WORDS = 80
_CLASS_PARTS = re.compile(r"[-_\s]+")


def _lead_element(root: lxml_html.HtmlElement, words: Sequence[str]) -> lxml_html.HtmlElement | None:
    """The first element whose class name has a lead word as one of its parts, holding a short text."""
    wanted = {w.lower() for w in words}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in INVISIBLE_TAGS:
            continue
        parts = set(_CLASS_PARTS.split((el.get("class") or "").lower()))
        if not parts & wanted or len(el.findall(".//p")) > 1:
            continue
        text = collapse(el.text_content())
        if text and word_count(text) <= _MAX_LEAD_WORDS and not _among_paragraphs(el):
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
    return sum(1 for c in siblings if is_prose(collapse(c.text_content()))) >= 2


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
        if is_prose(collapse(block.text_content())):
            return el
    return inner


#: How many lines above the body container are read for a headline and a date.
_CONTEXT_LINES = 8


def _lines_above(text: str, first: str) -> list[str]:
    page = text.split("\n")
    for index, line in enumerate(page):
        if line == first:
            return page[max(0, index - _CONTEXT_LINES) : index]
    return []


def _body_lines(
    root: lxml_html.HtmlElement, h: HtmlRules, lead: lxml_html.HtmlElement | None = None
) -> Sequence[str]:
    extra = [lead] if lead is not None else []
    for selector in h.body:
        for el in select(root, selector):
            skipped = skipped_elements(el, h.skip) + extra
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
    return element_text(body, skip=skipped_elements(body, h.skip) + extra).split("\n")
