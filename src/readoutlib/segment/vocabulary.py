"""The segment stage's vocabulary, as data: what page furniture looks like on any publisher's page.

The lines are rows of ``furniture.toml`` (a pattern, a label, an example each; see
``readoutlib.rules``); this module names them for the splitters, with the few structural patterns
(tags, date labels) beside them. Every row holds on pages of many publishers; a publisher's own
furniture lives in its plugin's ``DumpRules``/``HtmlRules``. Patterns are matched
case-insensitively, from a line's start unless their comment says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import attrs

from ..rules import load_table

if TYPE_CHECKING:
    from ..languages import HeaderLabels

__all__ = [
    "ATTRIBUTION_LINES",
    "BLOCK_TAGS",
    "COMMON_BOILERPLATE",
    "COMMON_STOPS",
    "FURNITURE",
    "HEADLINE_MARKS",
    "HEADLINE_WORDS",
    "INVISIBLE_TAGS",
    "META_LABEL",
    "SITE_NOTICE",
    "LabelPatterns",
    "label_patterns",
]

#: Elements that start a new line in visible text.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
#: Elements whose text is never visible.
INVISIBLE_TAGS = frozenset(
    ("script", "style", "noscript", "template", "head", "iframe", "svg", "button", "select")
)

#: The shared furniture as rows, each with an example (``furniture.toml``; ``tests/test_segment.py``
#: runs every row through ``furniture.furniture_kind``).
FURNITURE = load_table(__package__ or "readoutlib.segment", "furniture.toml")


def _rows(label: str) -> tuple[str, ...]:
    return tuple(row.pattern for row in FURNITURE.rows if row.label == label)


#: Lines that are boilerplate on pages of every kind (share links, print buttons, scroll-to-top).
COMMON_BOILERPLATE: tuple[str, ...] = _rows("boilerplate")
#: Lines that start a site footer: they and everything after are dropped.
COMMON_STOPS: tuple[str, ...] = _rows("footer")
#: Attribution lines that end a page's header ("The below is attributable to Spokesperson X:").
ATTRIBUTION_LINES: tuple[str, ...] = _rows("attribution")
#: Words (regex sources, matched as whole words) that make a header line read as a headline about an event.
HEADLINE_WORDS: tuple[str, ...] = _rows("headline-word")
#: Headline words of scripts written without spaces (matched anywhere).
HEADLINE_MARKS: tuple[str, ...] = _rows("headline-mark")
#: What a site says about itself (archive banners, cookie and security notices), searched anywhere.
SITE_NOTICE = r"\b(?:" + FURNITURE.alternation("site-notice") + r")\b"
#: Labels of a metadata block near a page's top ("From:" / organisation, "Published" / date,
#: "Date" / "2021-01-20"): content-management systems of many publishers print them.
META_LABEL = r"^(?:" + FURNITURE.alternation("meta-label") + r")\s*:?$"

#: Footers of republishing sites (mirrors that copy any publisher's releases, so no plugin can
#: declare them), the headline and the publisher line just above them; header labels (issuer, date,
#: author lines) and the verbs that make a would-be site notice a report: the shapes of those lines
#: are here, their words are the language packs' (``LanguagePack.header_labels``).


@attrs.frozen
class LabelPatterns:
    """The header-label patterns, compiled from the installed packs' words (``label_patterns``).

    Attributes:
        issuer: a header line that says who issued the page; group ``who`` is the issuer.
        date_label: what may stand before a header date, matched whole (a byline, a label, a weekday).
        glued_label: a labelled date's label at the start of a line that goes on after the date.
        author_next: the author word opening the text after a stamp (case as written).
        published_label: a metadata label whose date is the publication date.
        event_verb: a verb that makes a would-be site notice a report after all, searched anywhere.
        mirror_footer: the line that starts a republishing site's footer.
        caption: a photo caption above the report, searched anywhere (case as written).
    """

    issuer: re.Pattern[str]
    date_label: re.Pattern[str]
    glued_label: re.Pattern[str]
    author_next: re.Pattern[str]
    published_label: re.Pattern[str]
    event_verb: re.Pattern[str]
    mirror_footer: re.Pattern[str]
    caption: re.Pattern[str]


def _alt(words: tuple[str, ...]) -> str:
    """One alternation of ``words`` (regex sources) in their order; one that never matches if none."""
    return "|".join(f"(?:{w})" for w in words) if words else "(?!)"


@cache
def _label_patterns(labels: HeaderLabels) -> LabelPatterns:
    author, on = _alt(labels.author), _alt(labels.on)
    # "Posted by X |" between a label and its date
    posted_by = rf"(?:\s+(?:{author})\s*:?\s*[^|]{{1,40}}\|)?\s*(?:{on})?\s*:?\s*"
    issuer = _alt(labels.issuer)
    return LabelPatterns(
        issuer=re.compile(rf"^(?:\[\s*(?:{issuer})\s*\]|(?:{issuer})\s*:)\s*(?P<who>\S.{{0,100}})$", re.I),
        date_label=re.compile(
            # a byline before the date ("By JT - Apr 08,2021 - Last updated at Apr 08,2021")
            rf"^(?:(?:{author})\s+[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){{0,2}}\s+[-–—|]\s*)?"
            rf"(?:(?:{_alt(labels.date)}){posted_by})?"
            rf"(?:(?:{_alt(labels.weekdays)})[a-z]*\.?,?\s*)?$",
            re.I,
        ),
        glued_label=re.compile(rf"^(?:{_alt(labels.glued_date)}){posted_by}", re.I),
        author_next=re.compile(rf"(?:{author}) "),
        published_label=re.compile(rf"^(?:(?:{_alt(labels.first)}) )?(?:{_alt(labels.published)})\b", re.I),
        event_verb=re.compile(rf"\b(?:{_alt(labels.event_verbs)})\b", re.I),
        mirror_footer=re.compile(_alt(labels.mirror_footers), re.I),
        caption=re.compile(_alt(labels.captions)),
    )


def label_patterns() -> LabelPatterns:
    """The header-label patterns of every installed language pack's words (compiled once).

    Asked for each line a page is split into: the patterns of the labels last asked about are kept
    with them and given back while ``header_labels`` gives that same object (hashing the labels to
    look them up in ``_label_patterns``'s cache costs more than the rest of the call).
    """
    labels = _header_labels()()
    last = _last_labels
    if last and last[0][0] is labels:
        return last[0][1]
    patterns = _label_patterns(labels)
    _last_labels[:] = [(labels, patterns)]
    return patterns


#: The labels ``label_patterns`` was last asked about and their patterns (empty before the first).
_last_labels: list[tuple[HeaderLabels, LabelPatterns]] = []


@cache
def _header_labels() -> Callable[[], HeaderLabels]:
    """``readoutlib.languages.header_labels``, imported on first use: the packs load when a page is
    first split."""
    from ..languages import header_labels

    return header_labels
