"""Stage 1, *segment*: a page's title, publication date, dateline, lead and body paragraphs.

``split_page(document, rules, html)`` is the stage's one entry: HTML goes through ``split_html``,
text through ``split_text_dump``; the result is a ``Layout``. The modules, each small enough to
read at once:

* ``dom``: visible text of HTML elements, CSS selection, where the running text is;
* ``lines``: what one line reads as (prose, headline, breadcrumb, boilerplate);
* ``datelines``: date lines in the header, datelines opening the body (one mechanism), stamps;
* ``furniture``: site notices, metadata blocks, mirror footers;
* ``title``: which header line is the headline;
* ``dump`` and ``html``: the two splitters;
* ``top``: the furniture before the opening the analysis found, the headline, the top's date;
* ``vocabulary``: the furniture every publisher's pages share, as data: the core's language-free
  rows (``furniture.toml``) and every installed language pack's words (its ``page_furniture.toml``);
* ``rules``: ``DumpRules`` and ``HtmlRules``, a publisher's layout as data.

The package exports the stage's entry points and the helpers a plugin's layout code may need; each
module's own ``__all__`` names the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..dates import reads_both_ways, reorder_numeric
from .datelines import Dateline, date_line_date, dateline_date, is_date_line, parse_stamp, strip_dateline
from .dom import (
    element_paragraphs,
    element_text,
    largest_text_block,
    lines_between,
    meta_content,
    select,
    select_one,
    select_text,
)
from .dump import TextDump, split_text_dump
from .html import split_html
from .lines import clean_title, compile_patterns, guess_language, is_prose, looks_like_headline
from .rules import DumpRules, HtmlRules
from .top import Header, header

if TYPE_CHECKING:
    from ..document import Document

__all__ = [
    "Dateline",
    "DumpRules",
    "Header",
    "HtmlRules",
    "Layout",
    "TextDump",
    "clean_title",
    "compile_patterns",
    "date_line_date",
    "dateline_date",
    "element_paragraphs",
    "element_text",
    "guess_language",
    "header",
    "is_date_line",
    "is_prose",
    "largest_text_block",
    "lines_between",
    "looks_like_headline",
    "meta_content",
    "parse_stamp",
    "select",
    "select_one",
    "select_text",
    "split_html",
    "split_page",
    "split_text_dump",
    "strip_dateline",
]


def _str_tuple(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class Layout:
    """The layout parts of a page: what the segment stage hands the analysis.

    Attributes:
        title: the headline, or None where the page (or its text dump) has none.
        paragraphs: body paragraphs, boilerplate removed, in order.
        published: the publication date the page shows, if any.
        language: BCP-47 primary language of the text ("en", "ja", "zh").
        url: where the page was published, if known.
        summary: the page's lead paragraph (standfirst), kept apart from the body: not a
            paragraph, but the analysis may read principals' names in it (a lead may name the
            minister the body only calls "The Foreign Secretary").
        place: where the page says it was issued (a dateline's city, a place line), which the
            analysis may take as the location of a meeting whose text names none.
        day_month: (month, day) of a date line that prints no year ("Doha - Information Office -
            March 16"), which the analysis dates by the URL's year when the page shows no full date.
        byline: who issued the page, as a labelled header line names them ("[Source] Prime Minister
            of Japan"): the analysis may take it for the "I" of a statement told in the first person.
    """

    title: str | None
    paragraphs: tuple[str, ...] = attrs.field(converter=_str_tuple)
    published: dt.date | None = None
    language: str | None = None
    url: str | None = None
    summary: str | None = None
    place: str | None = None
    day_month: tuple[int, int] | None = None
    byline: str | None = None


def split_page(
    document: Document,
    rules: DumpRules | None = None,
    html: HtmlRules | None = None,
    *,
    language: str | None = None,
    month_first: bool | None = None,
) -> Layout:
    """The layout parts of any document: ``split_html`` for HTML, ``split_text_dump`` for text.

    Args:
        document: the page.
        rules: how the publisher's text reads (None: the generic rules).
        html: where the publisher's markup keeps the parts (None: found by the generic rules).
        language: the language to assume when the script does not tell (Latin text); the
            script decides for Chinese, Japanese, Korean and Cyrillic text.
        month_first: the publisher's order of a date in figures ("11/10/2024"), True month first
            (``Profile.month_first``), read where the page's own dates do not tell it.
    """
    if document.is_html:
        # the page's visible text, when the split needs it, is the one detection read already
        parts = split_html(document.tree, html, rules, page_text=document.visible_text)
    else:
        parts = split_text_dump(document.lines, rules=rules)
    published = parts.published
    if published is not None and not parts.published_settled and reads_both_ways(published):
        # "Published: 7/6/2017" read day first on a page that prints "Lima, Jul. 6.": the page's
        # own dates tell the order of its dates in figures (an HTML page's lines are its visible
        # text, read only for a date that may turn)
        published = reorder_numeric(published, document.lines, month_first=month_first)
    return Layout(
        parts.title,
        parts.paragraphs,
        published,
        language=guess_language(parts.paragraphs or (parts.title or "",), language) or language,
        url=document.url,
        summary=parts.summary,
        place=parts.place,
        day_month=parts.day_month,
        byline=parts.byline,
    )
