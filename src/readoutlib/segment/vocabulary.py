"""The segment stage's vocabulary, as data: what page furniture looks like on any publisher's page.

Every row here holds on pages of many publishers; a publisher's own furniture lives in its plugin's
``DumpRules``/``HtmlRules``. Rows are regex sources matched case-insensitively from a line's start
unless their comment says otherwise.
"""

from __future__ import annotations

__all__ = [
    "ATTRIBUTION_LINES",
    "BLOCK_TAGS",
    "COMMON_BOILERPLATE",
    "COMMON_STOPS",
    "DATE_LABEL",
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

#: Lines that are boilerplate on pages of every kind (share links, print buttons, scroll-to-top).
COMMON_BOILERPLATE: tuple[str, ...] = (
    r"(?:share|share this(?: page)?|print|close|email|tweet|facebook|twitter)\s*:?\s*$",
    r"scroll to top\b",
    r"#\s*#\s*#\s*$",
    r"back to (?:top|index|contents)\s*$",
    r"\|?\s*printable version\s*$",
    r"visit website\s*»?\s*$",
    r"\(source:[^)]{1,80}\)\s*$",
    # accessibility and display controls of a site's alternative version: "View settings", "Font size",
    # "Site colours", "A A A", "Normal Medium Large", "Skip to main content"
    r"(?:view settings|font size|site colou?rs?|text size|line spacing|images?(?: on| off)?|high contrast"
    r"|(?:increase|decrease|reset) (?:font|text)(?: size)?|text[- ]only version"
    r"|version for the visually impaired|skip to (?:main )?content)\s*:?\s*$",
    r"(?:(?:a|a\+|a-|normal|medium|large|small|standard|larger)\s*){2,}$",
)

#: Lines that start a site footer: they and everything after are dropped.
COMMON_STOPS: tuple[str, ...] = (
    r"related (?:articles|news|stories|links)\s*:?\s*$",
    r"for more information,? (?:please )?contact\b",
    # footers of sites that republish any publisher's releases (no plugin can declare them: the
    # page is a copy, detected as its original publisher's); the last one is ``MIRROR_FOOTER``
    r"original article(?: link)?\s*:",
    r"latest news from\b",
    r"/?public release\.\s",
)

#: Attribution lines that end a page's header ("The below is attributable to Spokesperson X:").
ATTRIBUTION_LINES: tuple[str, ...] = (
    r".{0,80}\b(?:is|are) attributable to\b.{0,80}:$",
    r"(?:as )?stated by\b.{0,80}:$",
    r".{0,80}\bspokes(?:person|man|woman)\b.{0,60}\bsaid\s*:$",
    r"(?:the )?following (?:is|are) (?:a )?(?:readout|statement)\b.{0,80}:$",
)

#: Words (regex sources, matched as whole words) that make a header line read as a headline about an event.
HEADLINE_WORDS: tuple[str, ...] = (
    r"calls?",
    r"called",
    r"phone",
    r"telephone",
    r"conversations?",
    r"talks?",
    r"meets?",
    r"met",
    r"meetings?",
    r"speaks?",
    r"spoke",
    r"holds?",
    r"held",
    r"visits?",
    r"readout",
    r"press release",
    r"conferences?",
    r"remarks",
    r"statement",
    r"messages?",
    r"congratulat\w*",
    r"video",
    r"virtual",
    r"summit",
    r"dialogue",
    r"consultations?",
    r"receives?",
    r"received",
    r"discuss\w*",
    r"address",
    r"interview",
    r"briefing",
    r"exchanges?",
    r"разговор\w*",
    r"встреч\w*",
    r"переговор\w*",
)
#: Headline words of scripts written without spaces (matched anywhere).
HEADLINE_MARKS: tuple[str, ...] = (
    "会谈",
    "会见",
    "会晤",
    "通电话",
    "通话",
    "致电",
    "会談",
    "会見",
    "電話",
    "訪問",
    "会议",
    "会議",
)

#: A label that may stand before a header date ("Published:", "Posted by X |", a weekday), matched whole.
DATE_LABEL = (
    r"^(?:(?:date|dated|published|posted|updated|last updated|release date|issued)"
    r"(?:\s+by\s*:?\s*[^|]{1,40}\|)?\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?$"
)

#: Footers of republishing sites (mirrors that copy any publisher's releases, so no plugin can
#: declare them): the headline and the publisher line sit just above.
MIRROR_FOOTER = r"/?public release\.\s"

#: What a site says about itself (archive banners, cookie and security notices), searched anywhere.
SITE_NOTICE = (
    r"\b(?:web ?sites?|this (?:site|page)|historical material|archived (?:content|page|copy|site)|"
    r"(?:has been|is) archived|no longer (?:being )?updated|cookies|javascript|your browser|"
    r"here'?s how you know|published under the\b.{0,60}\bgovernment)\b"
    r"|^welcome to\b"  # a site's greeting ("Welcome to the Ministry's website.")
)
#: Verbs that make a would-be site notice a report after all, searched anywhere.
NOTICE_EVENT_VERB = (
    r"\b(?:spoke|speaks|met|meets|held|holds|received|receives|discussed|visited|visits|called|calls|"
    r"hosted|talked|welcomed|said|agreed|telephoned)\b"
)

#: Labels of a metadata block near a page's top ("From:" / organisation, "Published" / date,
#: "Date" / "2021-01-20"): content-management systems of many publishers print them.
META_LABEL = (
    r"^(?:from|published|first published|last updated|updated|posted(?: on)?|release date|date|issued|"
    r"organi[sz]ations?|location|(?:document |content )?type|part of|tags|topics?|categor(?:y|ies)|"
    r"authors?|written by)\s*:?$"
)
#: Metadata labels whose date is the publication date.
PUBLISHED_LABEL = r"^(?:first )?(?:published|posted|release date|date|issued)\b"
