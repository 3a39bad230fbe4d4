"""The core's fallback adapter: does its best on any readout-like page.

It is registered through the same entry-point group as every plugin ("generic"), and is what
detection falls back to when no publisher's adapter is confident.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .adapter import FormatAdapter, Layout
from .dates import parse_date
from .document import Document
from .layout import (
    compile_patterns,
    element_paragraphs,
    meta_content,
    select,
    select_one,
    select_text,
    split_text_dump,
)

if TYPE_CHECKING:
    from lxml import html as lxml_html

__all__ = ["GenericAdapter"]

_BODY_SELECTORS = ("article", "main", "[itemprop=articleBody]", "#content", ".content")
_TITLE_SELECTORS = ("h1", "title")
_SKIP = ("nav", "header", "footer", "aside", "form", "figure", "figcaption", ".share", ".breadcrumb")


class GenericAdapter(FormatAdapter):
    """Any readout-like page: HTML (largest text block) or a plain-text dump."""

    name = "generic"
    publisher = "any"
    description = "Fallback for pages no publisher plugin claims."
    url_patterns = ()
    languages = ("en",)

    def detect(self, document: Document) -> float:
        """The generic adapter never competes; detection falls back to it."""
        return 0.0

    def layout(self, document: Document) -> Layout:
        """Title, date and body from a page of unknown layout."""
        if document.is_html:
            return self._html_layout(document)
        dump = split_text_dump(document.lines)
        return Layout(dump.title, dump.paragraphs, dump.published, url=document.url)

    def _html_layout(self, document: Document) -> Layout:
        root = document.tree
        title = select_text(root, *_TITLE_SELECTORS)
        body = _largest_text_block(root)
        drops = compile_patterns(())
        paragraphs = element_paragraphs(body, skip_selectors=_SKIP, drop=drops) if body is not None else ()
        if title and paragraphs and paragraphs[0] == title:
            paragraphs = paragraphs[1:]
        published = _published(root)
        return Layout(title, paragraphs, published, url=document.url)


def _published(root: lxml_html.HtmlElement) -> dt.date | None:
    stamp = meta_content(root, "article:published_time", "PubDate", "date", "DC.date.issued")
    if stamp:
        found = parse_date(stamp)
        if found:
            return found
    time_el = select_one(root, "time[datetime]")
    if time_el is not None:
        return parse_date(time_el.get("datetime") or "")
    return None


def _largest_text_block(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element holding most paragraph text: a known container, else the best ``<p>`` parent."""
    for el in select(root, *_BODY_SELECTORS):
        if len(" ".join(el.itertext())) > 200:
            return el
    totals: dict[lxml_html.HtmlElement, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            totals[parent] = totals.get(parent, 0) + len(p.text_content())
    if totals:
        return max(totals, key=lambda el: totals[el])
    body = root.find("body")
    return body if body is not None else root
