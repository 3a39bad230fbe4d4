"""The format-adapter contract: what a publisher plugin declares and implements.

An adapter is a small class. Its metadata are class attributes (data, not code); its behaviour
is ``detect`` (how sure it is that a document is in its layout) and ``layout`` (find the title,
dates and body paragraphs, boilerplate removed). ``extract`` then hands the layout to the
shared analysis with the adapter's ``profile``; most adapters never override it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from .analysis.profile import Profile
from .document import Document
from .model import Readout, Source
from .segment import Layout

if TYPE_CHECKING:
    from .segment import DumpRules, HtmlRules

__all__ = ["FormatAdapter", "Layout", "detection_text"]


#: How much of a page detection reads: a readout's distinguishing features are near its top.
DETECT_CHARS = 300_000


def detection_text(document: Document) -> str:
    """What ``detect`` searches: the page source and, for HTML, its visible text as well.

    Markup markers (class names) match the source; phrases match the visible text even where the
    markup splits them with tags or entities.
    """
    last = _last_detection
    if last and last[0][0] is document:
        return last[0][1]
    text = document.text[:DETECT_CHARS]
    if document.is_html:
        text = text + "\n" + document.visible_text()[:DETECT_CHARS]
    # The same str object for every adapter's detect: the marker search keys its work on it.
    _last_detection[:] = [(document, text)]
    return text


_last_detection: list[tuple[Document, str]] = []


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class FormatAdapter:
    """Base class of every format adapter (the core's generic one included).

    Most adapters are declarations only: ``markers`` for detection, ``rules`` and ``html`` for the
    layout, ``profile`` for the analysis; the default ``detect`` and ``layout`` use them. An adapter
    overrides either method only for what data cannot say.
    """

    #: Unique id, equal to the entry-point name and the publisher id ("cn-mfa").
    name: ClassVar[str] = ""
    #: Who publishes the pages, in words.
    publisher: ClassVar[str] = ""
    #: One line saying which pages the adapter reads.
    description: ClassVar[str] = ""
    #: Regular expressions (searched, case-insensitive) for URLs of the publisher's pages.
    url_patterns: ClassVar[tuple[str, ...]] = ()
    #: BCP-47 primary languages the adapter reads.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: Publisher phrasing for the shared analysis.
    profile: ClassVar[Profile] = Profile()
    #: ``(regex, weight)`` pairs: features only this publisher's pages have, searched in the page
    #: source and, for HTML, its visible text. Weights combine as independent evidence.
    markers: ClassVar[tuple[tuple[str, float], ...]] = ()
    #: ``(regex, weight)`` pairs that add to the score only when some marker matched (phrasing the
    #: publisher shares with others: it confirms, it never claims a page alone).
    supporting_markers: ClassVar[tuple[tuple[str, float], ...]] = ()
    #: What a URL match alone is worth; combined with the markers like one more marker.
    url_weight: ClassVar[float] = 0.8
    #: How the publisher's text dumps read (``readoutlib.segment.DumpRules``); None: generic rules.
    rules: ClassVar[DumpRules | None] = None
    #: Where the parts of the publisher's HTML pages are (``readoutlib.segment.HtmlRules``).
    html: ClassVar[HtmlRules | None] = None
    #: A regex for a dateline that opens the first body paragraph ("Washington, DC - "); removed.
    dateline: ClassVar[str | None] = None

    _compiled_urls: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def matches_url(cls, url: str | None) -> bool:
        """True when ``url`` matches one of ``url_patterns``."""
        if not url or not cls.url_patterns:
            return False
        compiled = cls.__dict__.get("_compiled_urls")
        if compiled is None:
            compiled = tuple(re.compile(p, re.IGNORECASE) for p in cls.url_patterns)
            cls._compiled_urls = compiled
        return any(p.search(url) for p in compiled)

    def detect(self, document: Document) -> float:
        """Return a confidence in [0, 1] that ``document`` is in this adapter's layout.

        Score only features unique to the publisher: the core compares scores across adapters.
        The default combines ``markers`` (then ``supporting_markers``) found in the page with a
        URL match worth ``url_weight``: ``1 - (1 - url_weight) * (1 - markers)``.
        """
        from .markers import marker_score

        score = 0.0
        if self.markers:
            text = detection_text(document)
            score = marker_score(text, self.markers)
            if score and self.supporting_markers:
                score = marker_score(text, (*self.markers, *self.supporting_markers))
        if self.matches_url(document.url):
            score = 1.0 - (1.0 - self.url_weight) * (1.0 - score)
        return score

    def layout(self, document: Document) -> Layout:
        """Find the title, publication date and body paragraphs of ``document``.

        The default splits the page with ``rules`` and ``html`` (``readoutlib.segment.split_page``),
        removes a leading ``dateline`` from the first paragraph (its ``place`` group, if any,
        becomes ``Layout.place``) and guesses the language from the
        script, defaulting to the adapter's first language.
        """
        from .segment import guess_language, split_page

        parts = split_page(document, self.rules, self.html)
        paragraphs = parts.paragraphs
        place = parts.place
        if self.dateline and paragraphs:
            found = _compiled(self.dateline).match(paragraphs[0])
            if found:
                place = found.groupdict().get("place") or place
                first = paragraphs[0][found.end() :].strip()
                paragraphs = (first, *paragraphs[1:]) if first else paragraphs[1:]
        default = self.languages[0] if self.languages else None
        language = guess_language(paragraphs or (parts.title or "",), default) or default
        return Layout(
            parts.title,
            paragraphs,
            parts.published,
            language=language,
            url=document.url,
            summary=parts.summary,
            place=place,
            day_month=parts.day_month,
        )

    def extract(self, document: Document) -> Readout:
        """Parse ``document`` into a Readout: ``layout`` then the shared analysis.

        Raises:
            NotAReadoutError: the page is not a readout.
        """
        from .analysis import analyze

        parts = self.layout(document)
        source = Source(
            url=document.url or parts.url,
            publisher=self.name,
            adapter=self.name,
            language=parts.language or (self.languages[0] if self.languages else None),
            published=parts.published,
        )
        return analyze(parts, source=source, profile=self.profile)
