"""The core's fallback adapter: does its best on any readout-like page.

It is registered through the same entry-point group as every plugin ("generic"), and is what
detection falls back to when no publisher's adapter is confident. It declares nothing about any
publisher: the publisher-free rules of ``readoutlib.segment`` (header before the first prose
line, headline words, date lines, attribution lines, footer trimming) do all the work, and for
HTML the common article containers are tried before the largest block of paragraph text. In
HTML, metadata lists (``<dl>``), page chrome and an element whose class marks it as the lead
("lead", "standfirst", "dek", ...) are not body: the lead becomes ``Layout.summary``.
"""

from __future__ import annotations

from .adapter import FormatAdapter
from .document import Document
from .errors import NotAReadoutError
from .segment import DumpRules, HtmlRules, Layout, split_page

__all__ = ["GenericAdapter"]


class GenericAdapter(FormatAdapter):
    """Any readout-like page: HTML (article container or largest text block) or a plain-text dump."""

    name = "generic"
    publisher = "any"
    description = "Fallback for pages no publisher plugin claims."
    url_patterns = ()
    languages = ("en",)

    #: How page text reads on any site: the core's publisher-free rules only.
    rules = DumpRules()
    #: Where pages of any site usually keep their parts.
    html = HtmlRules(
        body=("[itemprop=articleBody]", "article", "main", "#content", ".content"),
        date=("time[datetime]",),
        skip=(
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "figure",
            "figcaption",
            "dl",
            ".share",
            ".breadcrumb",
        ),
        meta_title=("og:title", "twitter:title"),
        meta_date=("article:published_time", "PubDate", "date", "DC.date.issued"),
        min_body=200,
        lead_classes=("lead", "summary", "dek", "standfirst", "intro", "subtitle", "excerpt"),
        prefer_paragraphs=True,
    )

    def detect(self, document: Document) -> float:
        """The generic adapter never competes; detection falls back to it."""
        return 0.0

    def layout(self, document: Document) -> Layout:
        """Title, date and body from a page of unknown layout.

        Raises:
            NotAReadoutError: the page has no body text at all (a cut-off or empty page).
        """
        parts = split_page(document, self.rules, self.html, language="en")
        if not parts.paragraphs:
            raise NotAReadoutError("no body text found")
        return parts
