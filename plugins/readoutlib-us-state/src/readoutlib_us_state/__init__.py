"""readoutlib format plugin for US State Department readouts (state.gov and its archives).

Reads the site's WordPress pages (in use since 2019; the 2017-2021 and 2021-2025 archive hosts keep
the same theme) and plain-text dumps of them, including copies on news mirrors. Everything the
adapter knows about the publisher is declared as data below; the work is the core's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from readoutlib import Document, FormatAdapter, Layout, Profile
from readoutlib.dates import parse_date
from readoutlib.layout import (
    compile_patterns,
    element_paragraphs,
    is_boilerplate,
    meta_content,
    select_one,
    select_text,
)

__all__ = ["UsStateAdapter"]

#: Title, meta and body selectors of the WordPress theme, then of the older Drupal-era pages.
TITLE_SELECTORS = ("h1.featured-content__headline", ".featured-content__headline", "h1")
DATE_SELECTORS = (".article-meta__publish-date", ".report-meta__date", ".field-name-field-date")
BODY_SELECTORS = ("div.entry-content", ".entry-content", "article", "main")
SKIP_SELECTORS = (
    "figure",
    "figcaption",
    "[class*=summary-article-index]",
    ".related-tags",
    ".article-meta",
    ".featured-content__copy",
    "nav",
)

#: The line naming whose words the release is ("The below is attributable to Spokesperson ...:").
ATTRIBUTION_LINE = r"(?:.*\s)?(?:attributable to|as stated by)\s+(?:the\s+)?(?:Department\s+)?Spokesperson\b.*:\s*$"
#: Lines that are never body text: the federal banner, attribution lines, end marks.
DROP_LINES = (
    ATTRIBUTION_LINE,
    r"An official website of the United States Government",
    r"Here['’]s how you know",
    r"Official websites use \.gov",
    r"Secure \.gov websites use HTTPS",
    r"A \.gov website belongs to",
    r"A lock \(",
    r"Office of the Spokesperson$",
    r"(?:Readout|Press Statement|Media Note)$",
    r"\|?\s*Printable version$",
    r"#\s*#\s*#\s*$",
    r"Tags$",
)
#: First footer line of a dump: the site's own footer or a mirror's.
STOP_LINES = (
    r"(?:U\.S\.\s+)?Department of State$",
    r"Tags$",
    r"/?Public Release\.",
    r"View in full here",
    r"\(?Source:",
    r"Visit website",
    r"Original article link",
    r"Related (?:Articles|Posts|News)\b",
    r"Leave a (?:Reply|Comment)",
    r"Post navigation",
)
#: Mirror and crawler lines that carry the publication date before the title.
MIRROR_DATE_LINES = (
    r"date\s+(?P<date>\d{4}-\d{2}-\d{2})\b",  # a crawler's " date 2022-07-06 <section>" prefix
    r"[•·*]?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?P<date>.*\d{4})$",  # STL.News
    r"Published:?\s+(?P<date>.*\d{4})$",
)
#: A dateline opening the first body line ("Washington, DC - ", "Washington, DC (STL.News) ").
DATELINE = (
    r"^(?:WASHINGTON|Washington)"
    r"(?:,?\s*D\.?\s?C\.?\s*(?:\([^)]{1,30}\))?\s*[-–—:]?|\s*\([^)]{1,30}\)\s*[-–—:]?|\s*[-–—])\s*(?=[A-Z])"
)
#: The publisher's headlines ("Secretary Blinken's Call with ...", "Sec. Rubio Talks With ...").
TITLE_LINE = (
    r"(?:Deputy\s+|Under\s+)?Secretary\s+[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?[’']s\s+"
    r"(?:(?:Phone|Video|Virtual)\s+)?(?:Call|Meeting|Travel|Trip|Visit)s?\b",
    r"Sec\.\s+[A-Z][\w-]+\s+(?:Talks|Meets|Speaks|Calls)\b",
)

#: (pattern, weight) pairs: features only State Department pages have.
_MARKUP_MARKERS = (
    (r"featured-content__headline", 0.6),
    (r"article-meta__publish-date", 0.3),
    (r"article-meta__author-bureau", 0.2),
)
_TEXT_MARKERS = (
    (r"\battributable to (?:the )?(?:Department )?Spokesperson\b", 0.5),
    (r"\bAs stated by (?:the )?(?:Department )?Spokesperson\b", 0.5),
    (r"(?:^|[-–—:)]\s)(?:Deputy )?Secretary of State (?:[A-Z][\w.’'-]*\s){1,4}(?:spoke|met)\b", 0.4),
    (r"^(?:Deputy )?Secretary [A-Z][\w-]+[’']s (?:Phone |Video |Virtual )?(?:Call|Meeting)s? [Ww]ith\b", 0.4),
    (r"^Sec\. [A-Z][\w-]+ (?:Talks|Meets|Speaks) [Ww]ith\b", 0.3),
    (r"^(?:U\.S\. )?Department of State$", 0.3),
    (r"\bThe (?:Deputy )?Secretary (?:also )?(?:expressed|emphasized|underscored|reaffirmed|highlighted|conveyed)\b", 0.2),
    (r"An official website of the United States Government", 0.1),
)

_DROP = compile_patterns(DROP_LINES)
_STOP = compile_patterns(STOP_LINES)
_MIRROR_DATES = compile_patterns(MIRROR_DATE_LINES)
_TITLE = compile_patterns(TITLE_LINE)
_DATELINE = re.compile(DATELINE)
_ATTRIBUTION = re.compile(ATTRIBUTION_LINE, re.IGNORECASE)
_MARKUP = tuple((re.compile(p), w) for p, w in _MARKUP_MARKERS)
_TEXT = tuple((re.compile(p, re.MULTILINE), w) for p, w in _TEXT_MARKERS)
_SPACES = re.compile(r"\s+")
_PROSE_END = re.compile(r"[.!?…”\"')]$")
_SITE_SUFFIX = re.compile(r"\s+[-|–]\s+(?:United States )?Department of State$")


class UsStateAdapter(FormatAdapter):
    """US State Department readouts: state.gov HTML and text dumps (mirrors included)."""

    #: Adapter id, entry-point name and publisher id.
    name = "us-state"
    #: Who publishes the pages.
    publisher = "U.S. Department of State (Office of the Spokesperson)"
    #: What the adapter reads.
    description = "Readouts of the Secretary's and Deputy Secretary's calls and meetings on state.gov."
    #: state.gov flat slugs, the 2025 release paths and the archive hosts.
    url_patterns = (
        r"^https?://(?:www\.)?state\.gov/[\w-]+/?(?:[?#].*)?$",
        r"^https?://(?:www\.)?state\.gov/releases/office-of-the-spokesperson/\d{4}/\d{2}/",
        r"^https?://(?:www\.)?state\.gov/briefings/",
        r"^https?://20(?:09-2017|17-2021|21-2025)\.state\.gov/",
    )
    languages = ("en",)
    #: The Department's phrasing, as data for the shared analysis.
    profile = Profile(
        home_country="US",
        home_titles=("The Secretary", "The Deputy Secretary", "The Under Secretary"),
        joint_subjects=("The two", "The two officials", "The two leaders", "The two sides", "Both"),
        kind_patterns=(
            (r"[’']s (?:Phone )?Call with\b", "phone_call"),
            (r"[’']s (?:Video|Virtual) (?:Call|Meeting) with\b", "video_call"),
            (r"[’']s Meeting with\b", "meeting"),
            (r"\bspoke (?:today |yesterday |by phone |on \w+ )?with\b", "phone_call"),
        ),
        title_patterns=(
            r"^(?:Deputy )?Secretary (?P<a>[\w.-]+(?: [\w.-]+)?)[’']s (?P<kind>(?:Phone |Video )?Call|Meeting) "
            r"[Ww]ith (?P<b>.+)$",
            r"^Sec\. (?P<a>[\w-]+) (?P<kind>Talks|Meets) [Ww]ith (?P<b>.+?)(?: \d{1,2} \w+)?$",
        ),
        dateline_patterns=(r"^(?P<place>Washington, D\.?C\.?)\s*[-–—]\s*",),
        drop_lines=DROP_LINES,
    )

    def detect(self, document: Document) -> float:
        """Score the State Department's own markers: theme classes, attribution lines, headline style."""
        if self.matches_url(document.url):
            return 1.0
        score = 0.0
        if document.is_html:
            score += sum(w for p, w in _MARKUP if p.search(document.text))
        text = "\n".join(_collapse(line) for line in document.lines[:400])
        score += sum(w for p, w in _TEXT if p.search(text))
        return min(1.0, score)

    def layout(self, document: Document) -> Layout:
        """Title, publication date and body paragraphs of an HTML page or a text dump."""
        if document.is_html:
            return self._html_layout(document)
        title, paragraphs, published = split_dump(document.lines)
        return Layout(title, paragraphs, published, language="en", url=document.url)

    def _html_layout(self, document: Document) -> Layout:
        root = document.tree
        title = select_text(root, *TITLE_SELECTORS)
        if title is None:
            raw = select_text(root, "title")
            title = _SITE_SUFFIX.sub("", raw) if raw else None
        published = _date_of(select_text(root, *DATE_SELECTORS)) or _date_of(
            meta_content(root, "article:published_time", "og:article:published_time")
        )
        body = select_one(root, *BODY_SELECTORS)
        if body is None:
            return Layout(title, (), published, language="en", url=document.url)
        lines = element_paragraphs(body, skip_selectors=SKIP_SELECTORS, drop=_DROP)
        paragraphs = tuple(_DATELINE.sub("", line, count=1) if i == 0 else line for i, line in enumerate(lines))
        return Layout(title, tuple(p for p in paragraphs if p), published, language="en", url=document.url)


def split_dump(lines: Sequence[str]) -> tuple[str | None, tuple[str, ...], dt.date | None]:
    """Split a text dump into title, body paragraphs and publication date.

    The header runs up to the attribution line or the first line of running prose; in it the
    publication date comes from a mirror's date line and the title is the line in the publisher's
    headline style (else the first headline-like line). The body runs up to the first footer line.
    """
    header: list[str] = []
    body: list[str] = []
    published: dt.date | None = None
    body_open = False  # an attribution line ends the header
    for raw in lines:
        line = _collapse(raw)
        if not line:
            continue
        if body:
            if is_boilerplate(line, _STOP):
                break
            if not is_boilerplate(line, _DROP):
                body.append(line)
            continue
        line = _DATELINE.sub("", line, count=1)
        found = _mirror_date(line)
        if found is not None:
            published = published or found
            continue
        if is_boilerplate(line, _DROP):
            body_open = body_open or bool(_ATTRIBUTION.match(line))
            continue
        if body_open or _is_prose(line):
            body.append(line)
        else:
            header.append(line)
    title = _pick_title(header)
    if published is None:
        published = next((d for h in header if h != title and (d := _short_date(h))), None)
    return title, tuple(body), published


def _collapse(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _mirror_date(line: str) -> dt.date | None:
    for pattern in _MIRROR_DATES:
        match = pattern.match(line)
        if match:
            return parse_date(match.group("date"))
    return None


def _short_date(line: str) -> dt.date | None:
    """The date of a short header line that is mostly a date ("May 12, 2021 , tags ...")."""
    return parse_date(line) if len(line) <= 80 else None


def _date_of(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def _is_prose(line: str) -> bool:
    return len(line) >= 120 or (len(line) >= 50 and bool(_PROSE_END.search(line)) and " " in line)


def _pick_title(header: Sequence[str]) -> str | None:
    for line in header:
        if any(p.match(line) for p in _TITLE):
            return line
    for line in header:
        words = line.split()
        if len(words) >= 4 and not line.startswith("By") and parse_date(line) is None:
            return line
    return None
