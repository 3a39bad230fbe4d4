"""The format-adapter contract: what a publisher plugin declares and implements.

An adapter is a small class. Its metadata are class attributes (data, not code); its behaviour
is ``detect`` (how sure it is that a document is in its layout) and ``layout`` (find the title,
dates and body paragraphs, boilerplate removed). ``extract`` then hands the layout to the
shared analysis with the adapter's ``profile``; most adapters never override it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import ClassVar

import attrs

from .analysis.profile import Profile
from .document import Document
from .model import Readout, Source

__all__ = ["FormatAdapter", "Layout"]


def _str_tuple(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class Layout:
    """The layout parts of a page, as an adapter found them.

    Attributes:
        title: the headline, or None where the page (or its text dump) has none.
        paragraphs: body paragraphs, boilerplate removed, in order.
        published: the publication date the page shows, if any.
        language: BCP-47 primary language of the text ("en", "ja", "zh").
        url: where the page was published, if known.
        summary: the page's lead paragraph (standfirst), kept apart from the body: not a
            paragraph, but the analysis may read principals' names in it (gov.uk leads name
            the minister the body only calls "The Foreign Secretary").
    """

    title: str | None
    paragraphs: tuple[str, ...] = attrs.field(converter=_str_tuple)
    published: dt.date | None = None
    language: str | None = None
    url: str | None = None
    summary: str | None = None


class FormatAdapter:
    """Base class of every format adapter (the core's generic one included).

    Subclasses set the class attributes and implement ``detect`` and ``layout``.
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
        The default scores 1.0 for a URL match and 0 otherwise.
        """
        return 1.0 if self.matches_url(document.url) else 0.0

    def layout(self, document: Document) -> Layout:
        """Find the title, publication date and body paragraphs of ``document``."""
        raise NotImplementedError

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
