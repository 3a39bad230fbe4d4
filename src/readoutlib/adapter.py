"""The format-adapter contract: what a publisher plugin declares and implements.

An adapter is a small class. Its metadata are class attributes (data, not code); its behaviour
is ``detect`` (how sure it is that a document is in its layout) and ``layout`` (find the title,
dates and body paragraphs, boilerplate removed). ``extract`` then hands the layout to the
shared analysis with the adapter's ``profile``; most adapters never override it.

Plugins import all of this from ``readoutlib.plugin``. ``declaration_problems`` and
``without_bad_rows`` are the core's check of a plugin's declarations: the registry runs them when
it loads an adapter, so a regex that does not compile is a ``PluginWarning`` naming the plugin and
the row, and the adapter runs without that row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .analysis.profile import Profile
from .document import Document
from .model import Readout, Source
from .segment import Layout

if TYPE_CHECKING:
    from .segment import DumpRules, HtmlRules

__all__ = ["FormatAdapter", "Layout", "declaration_problems", "detection_text", "without_bad_rows"]


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
        # one join: ``a + "\n" + b`` copies the page twice (80 us on a real-size page, join 5 us)
        text = "\n".join((text, document.visible_text()[:DETECT_CHARS]))
    # The same str object for every adapter's detect: the marker search keys its work on it.
    _last_detection[:] = [(document, text)]
    return text


_last_detection: list[tuple[Document, str]] = []


@lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``pattern`` compiled once; None when it does not compile (the registry has warned at load)."""
    try:
        return re.compile(pattern, flags)
    except (re.error, TypeError):
        return None


def _compiled_all(patterns: Sequence[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(p for p in (_compiled(source, flags) for source in patterns) if p is not None)


class FormatAdapter:
    """Base class of every format adapter (the core's generic one included).

    Most adapters are declarations only: ``url_patterns`` and ``markers`` for detection,
    ``rules``, ``html``, ``dateline``, ``paragraph_prefix`` and ``language_by_url`` for the layout,
    ``profile`` for the analysis; the default ``detect`` and ``layout`` use them. An adapter
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
    #: BCP-47 primary languages the adapter reads; the first is the default language of its pages.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: ``(regex, language)`` pairs: pages whose URL matches the regex (searched, case-insensitive;
    #: the first match wins) are in that language unless their script says otherwise
    #: (``(("/ru/", "ru"), ("/eng/", "en"))``). Other pages default to ``languages[0]``.
    language_by_url: ClassVar[tuple[tuple[str, str], ...]] = ()
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
    #: How the publisher's page text reads (``DumpRules``); None: generic rules.
    rules: ClassVar[DumpRules | None] = None
    #: Where the parts of the publisher's HTML pages are (``HtmlRules``).
    html: ClassVar[HtmlRules | None] = None
    #: A regex for a dateline that opens the first body paragraph ("Washington, DC - "); removed.
    #: Its named group ``place``, if any, becomes ``Layout.place``.
    dateline: ClassVar[str | None] = None
    #: A regex for what opens each body paragraph and is not text (a list number: "1. ", "(2)");
    #: removed from every paragraph, and a paragraph left empty is dropped.
    paragraph_prefix: ClassVar[str | None] = None

    _compiled_urls: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def matches_url(cls, url: str | None) -> bool:
        """True when ``url`` matches one of ``url_patterns`` (a pattern that does not compile never does)."""
        if not url or not cls.url_patterns:
            return False
        compiled = cls.__dict__.get("_compiled_urls")
        if compiled is None:
            compiled = _compiled_all(cls.url_patterns, re.IGNORECASE)
            cls._compiled_urls = compiled
        return any(p.search(url) for p in compiled)

    def url_language(self, url: str | None) -> str | None:
        """The language ``language_by_url`` gives pages at ``url``, or None when no row matches."""
        if not url:
            return None
        for pattern, language in self.language_by_url:
            compiled = _compiled(pattern, re.IGNORECASE)
            if compiled is not None and compiled.search(url):
                return language
        return None

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

        The default splits the page with ``rules`` and ``html`` (``split_page``), removes a
        leading ``dateline`` from the first paragraph and a ``paragraph_prefix`` from every one,
        and guesses the language from the script, defaulting to the language ``language_by_url``
        gives the URL, else to the adapter's first language.
        """
        from .segment import guess_language, split_page

        default = self.url_language(document.url) or (self.languages[0] if self.languages else None)
        # a US publisher's "11/10/2024" is 10 November where the page's own dates do not tell
        month_first = True if self.profile.month_first else None
        parts = split_page(document, self.rules, self.html, language=default, month_first=month_first)
        paragraphs, place = self._cut_dateline(parts.paragraphs)
        paragraphs = self._cut_prefixes(paragraphs)
        language = parts.language
        if paragraphs != parts.paragraphs:
            language = guess_language(paragraphs or (parts.title or "",), default) or default
        return attrs.evolve(
            parts,
            paragraphs=paragraphs,
            language=language,
            place=place or parts.place,
        )

    def _cut_dateline(self, paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
        """The paragraphs without a leading ``dateline``, and the dateline's place if it names one."""
        from .segment import strip_dateline

        patterns = _compiled_all((self.dateline,)) if self.dateline else ()
        found = strip_dateline(paragraphs[0], patterns, generic=False) if patterns and paragraphs else None
        if found is None:
            return paragraphs, None
        first = paragraphs[0][found.length :].strip()
        rest = (first, *paragraphs[1:]) if first else paragraphs[1:]
        return rest, found.place

    def _cut_prefixes(self, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
        """The paragraphs without a ``paragraph_prefix``; those left empty are dropped."""
        compiled = _compiled(self.paragraph_prefix) if self.paragraph_prefix else None
        if compiled is None:
            return paragraphs
        return tuple(cut for cut in (compiled.sub("", p, count=1).strip() for p in paragraphs) if cut)

    def extract(self, document: Document) -> Readout:
        """Parse ``document`` into a Readout: ``layout`` then the shared analysis.

        Raises:
            NotAReadoutError: the page is not a readout.
        """
        from .analysis import analyze

        parts, cut = _analysed_part(self.layout(document))
        source = Source(
            url=document.url or parts.url,
            publisher=self.name,
            adapter=self.name,
            language=parts.language or (self.languages[0] if self.languages else None),
            published=parts.published,
        )
        readout = analyze(parts, source=source, profile=self.profile)
        return attrs.evolve(readout, warnings=(*readout.warnings, cut)) if cut else readout


#: Body text the analysis reads at most, in characters: about 80,000 words, eight times the longest
#: body among the corpora's pages (62 KB). A page with more (a multi-megabyte page of text) is read
#: up to the paragraph that reaches it, with a warning, so its time stays bounded.
MAX_ANALYSED_CHARS = 500_000


def _analysed_part(layout: Layout) -> tuple[Layout, str | None]:
    """``layout`` with its paragraphs cut after ``MAX_ANALYSED_CHARS`` characters, and the warning
    that says so (None when the body is shorter)."""
    total = sum(map(len, layout.paragraphs))
    if total <= MAX_ANALYSED_CHARS:
        return layout, None
    kept = 0
    count = 0
    for paragraph in layout.paragraphs:
        if count and kept + len(paragraph) > MAX_ANALYSED_CHARS:
            break
        kept += len(paragraph)
        count += 1
    warning = (
        f"the body is {total:,} characters long: only its first {count:,} of {len(layout.paragraphs):,} "
        f"paragraphs ({kept:,} characters) are read"
    )
    return attrs.evolve(layout, paragraphs=layout.paragraphs[:count]), warning


# ---------------------------------------------------------------------------------------------
# The core's check of a plugin's declarations

#: The fields of a ``DumpRules`` and an ``HtmlRules`` whose rows are regex sources.
_RULES_REGEX_FIELDS = ("drop", "stop", "header", "start", "date_lines", "title_words")
_HTML_REGEX_FIELDS = ("title_suffix",)


def _bad(pattern: object) -> str | None:
    """Why ``pattern`` is not a usable regex source, or None when it compiles."""
    if not isinstance(pattern, str):
        return f"not a string but {type(pattern).__name__}"
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def _regex_rows(adapter: FormatAdapter) -> list[tuple[str, object]]:
    """Every regex an adapter declares, with where it is declared ("markers[2]", "rules.drop[0]")."""
    rows: list[tuple[str, object]] = [(f"url_patterns[{i}]", p) for i, p in enumerate(adapter.url_patterns)]
    for name in ("markers", "supporting_markers", "language_by_url"):
        rows += [(f"{name}[{i}]", pair[0]) for i, pair in enumerate(getattr(adapter, name))]
    for name in ("dateline", "paragraph_prefix"):
        if getattr(adapter, name) is not None:
            rows.append((name, getattr(adapter, name)))
    for field in attrs.fields(Profile):
        if field.metadata.get("regex"):
            values = getattr(adapter.profile, field.name)
            if field.metadata.get("pairs"):
                values = tuple(pair[0] for pair in values)
            rows += [(f"profile.{field.name}[{i}]", p) for i, p in enumerate(values)]
    for label, declared, fields in (
        ("rules", adapter.rules, _RULES_REGEX_FIELDS),
        ("html", adapter.html, _HTML_REGEX_FIELDS),
    ):
        for name in fields if declared is not None else ():
            rows += [(f"{label}.{name}[{i}]", p) for i, p in enumerate(getattr(declared, name))]
    return rows


def declaration_problems(adapter: FormatAdapter) -> list[str]:
    """One line per declared regex of ``adapter`` that does not compile, naming where it is declared.

    ``["markers[1] does not compile (missing ), unterminated subpattern at position 0): '(a'"]``
    """
    problems = []
    for where, pattern in _regex_rows(adapter):
        reason = _bad(pattern)
        if reason is not None:
            problems.append(f"{where} does not compile ({reason}): {pattern!r}")
    return problems


def _good_pairs(pairs: Sequence[tuple[str, object]]) -> tuple[tuple[str, object], ...]:
    return tuple(pair for pair in pairs if _bad(pair[0]) is None)


def _good(patterns: Sequence[str]) -> tuple[str, ...]:
    return tuple(p for p in patterns if _bad(p) is None)


def without_bad_rows(adapter: FormatAdapter) -> FormatAdapter:
    """``adapter`` with every declared regex that does not compile left out (the same object).

    The good rows stay declared on the class; the cleaned ones are set on the instance, so the
    adapter runs as if the bad rows had never been written. Call ``declaration_problems`` first to
    say what goes.
    """
    if not declaration_problems(adapter):
        return adapter
    cleaned: dict[str, object] = {
        "markers": _good_pairs(adapter.markers),
        "supporting_markers": _good_pairs(adapter.supporting_markers),
        "language_by_url": _good_pairs(adapter.language_by_url),
    }
    for name in ("dateline", "paragraph_prefix"):
        value = getattr(adapter, name)
        cleaned[name] = value if value is None or _bad(value) is None else None
    profile_changes: dict[str, Any] = {}
    for field in attrs.fields(Profile):
        if field.metadata.get("regex"):
            values = getattr(adapter.profile, field.name)
            profile_changes[field.name] = (
                _good_pairs(values) if field.metadata.get("pairs") else _good(values)
            )
    cleaned["profile"] = attrs.evolve(adapter.profile, **profile_changes)
    for label, fields in (("rules", _RULES_REGEX_FIELDS), ("html", _HTML_REGEX_FIELDS)):
        declared = getattr(adapter, label)
        if declared is not None:
            cleaned[label] = attrs.evolve(
                declared, **{name: _good(getattr(declared, name)) for name in fields}
            )
    for name, value in cleaned.items():
        setattr(adapter, name, value)
    return adapter
