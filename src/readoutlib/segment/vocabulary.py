"""The segment stage's vocabulary, as data: what page furniture looks like on any publisher's page.

The lines are rows of ``furniture.toml`` (a pattern, a label, an example each; see
``readoutlib.rules``); this module names them for the splitters, with the few structural patterns
(tags, date labels) beside them. Every row holds on pages of many publishers; a publisher's own
furniture lives in its plugin's ``DumpRules``/``HtmlRules``. Patterns are matched
case-insensitively, from a line's start unless their comment says otherwise.
"""

from __future__ import annotations

from ..rules import load_table

__all__ = [
    "ATTRIBUTION_LINES",
    "BLOCK_TAGS",
    "COMMON_BOILERPLATE",
    "COMMON_STOPS",
    "DATE_LABEL",
    "FURNITURE",
    "HEADLINE_MARKS",
    "HEADLINE_WORDS",
    "INVISIBLE_TAGS",
    "META_LABEL",
    "MIRROR_FOOTER",
    "NOTICE_EVENT_VERB",
    "PUBLISHED_LABEL",
    "SITE_NOTICE",
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

#: A label that may stand before a header date ("Published:", "Posted by X |", a weekday), matched whole.
DATE_LABEL = (
    # a byline before the date ("By JT - Apr 08,2021 - Last updated at Apr 08,2021")
    r"^(?:by\s+[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){0,2}\s+[-–—|]\s*)?"
    r"(?:(?:date|dated|published|posted|updated|last updated|release date|issued|created)"
    r"(?:\s+by\s*:?\s*[^|]{1,40}\|)?\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?$"
)

#: Footers of republishing sites (mirrors that copy any publisher's releases, so no plugin can
#: declare them): the headline and the publisher line sit just above.
MIRROR_FOOTER = r"/?public release\.\s"

#: Verbs that make a would-be site notice a report after all, searched anywhere.
NOTICE_EVENT_VERB = (
    r"\b(?:spoke|speaks|met|meets|held|holds|received|receives|discussed|visited|visits|called|calls|"
    r"hosted|talked|welcomed|said|agreed|telephoned)\b"
)

#: Metadata labels whose date is the publication date.
PUBLISHED_LABEL = r"^(?:first )?(?:published|posted|release date|date|issued)\b"
