"""A publisher's layout as data: how its text dumps read (``DumpRules``) and where its markup keeps
the parts of a page (``HtmlRules``). Plugins declare them; ``split_page`` reads them."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["DumpRules", "HtmlRules"]


def _strs(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in value)


@attrs.frozen(cache_hash=True)  # each page looks its compiled rules up by their hash: worked out once
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
            ``c-lead-paragraph``, "standfirst", "dek"), mark the page's lead: it becomes the
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
