"""readoutlib format plugin for UK government readouts on gov.uk (FCDO and the Prime Minister's Office).

gov.uk renders every news item with the GOV.UK publishing components: a heading (``gem-c-heading``,
formerly ``gem-c-title``) with the document type as caption, a lead paragraph, a metadata block
(``gem-c-metadata``: "From:" organisations, "Published" date) and the body (``gem-c-govspeak``).
Text dumps keep that order. Both shapes, and copies on mirrors, are read here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import ClassVar

from readoutlib.plugin import (
    Document,
    DumpRules,
    FormatAdapter,
    HtmlRules,
    Layout,
    Profile,
    evolve,
    meta_content,
    parse_date,
    select,
)

__all__ = ["UkFcdoAdapter"]

# "Published 20 March 2022" from the published-dates block at the end of a page.
_PUBLISHED_LINE = re.compile(r"^Published:?\s+(?P<date>\d{1,2} \w+ \d{4})$", re.IGNORECASE)
#: The "From:" organisations of a Prime Minister's item: his Office and one person, who is the Prime
#: Minister ("Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP").
#: The only place such a page names the office-holder its body calls "The Prime Minister".
_PM_FROM = re.compile(
    r"(?m)^\s*(?:From:\s*)?Prime Minister['’]s Office, 10 Downing Street\s+and\s+The Rt\.? Hon\.?\s+"
    r"(?:(?:Sir|Dame)\s+)?(?P<name>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*[a-z][\w'’.-]*){1,3}))"
    r"(?:\s+(?-i:[A-Z]{2,4}))*\s*$"
)
#: How far down a dump the "From:" block may stand (it sits between the lead and the body).
_FROM_LINES = 30


class UkFcdoAdapter(FormatAdapter):
    """gov.uk readouts (FCDO, Prime Minister's Office): HTML of both heading components and text dumps."""

    #: Adapter id, entry-point name and publisher id.
    name = "uk-fcdo"
    #: Who publishes the pages.
    publisher = (
        "UK Government on gov.uk (Foreign, Commonwealth & Development Office; Prime Minister's Office)"
    )
    #: What the adapter reads.
    description = (
        "gov.uk news items reading out the Prime Minister's and Foreign Secretary's calls and meetings."
    )
    #: gov.uk news items (email-alert links add ?utm_... queries, which the pattern allows).
    url_patterns: ClassVar[tuple[str, ...]] = (r"^https?://(?:www\.)?gov\.uk/government/(?:news|speeches)/",)
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The UK government's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="GB",
        home_titles=(
            "The Prime Minister",
            "The Foreign Secretary",
            "The Deputy Prime Minister",
            "The Chancellor",
            "The Defence Secretary",
            "The Home Secretary",
        ),
        joint_subjects=("The leaders", "The two leaders", "Both leaders", "Both", "The ministers"),
        kind_patterns=(
            (r"\b(?:PM|Foreign Secretary[’']s) (?:phone |telephone )?call with\b", "phone_call"),
            (r"\b(?:PM|Foreign Secretary[’']s) (?:bilateral )?meeting with\b", "meeting"),
            (r"\bvideo (?:call|conference)\b", "video_call"),
            (r"\bspoke to\b", "phone_call"),
        ),
        title_patterns=(
            r"^PM (?P<kind>call|meeting|bilateral meeting|phone call|video call) with (?P<b>.+?)"
            r"(?::\s*\d{1,2} \w+ \d{4})?$",
            r"^Foreign Secretary[’']s (?P<kind>call|meeting|phone call|video call) with (?P<b>.+?)"
            r"(?:,\s*\d{1,2} \w+ \d{4})?$",
        ),
    )

    #: How gov.uk text reads: document-type captions and the closing blocks (the metadata block,
    #: "From:" ... "Published" date, is the core's: its labels must reach it, so none is dropped here).
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(r"(?:Press release|News story|World news story|Government response|Statement|Readout)$",),
        stop=(
            r"Published:?\s+\d{1,2} \w+ \d{4}$",
            r"Share this page\b",
            r"Is this page useful\?",
            r"Related content$",
            r"Explore the topic$",
            r"Updates to this page$",
            r"Print this page$",
        ),
        header=(r"Part of\b",),
        title_words=(r"PM",),
    )
    #: Where the GOV.UK components keep title and body (new heading component first, then the old title).
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("h1.gem-c-heading__text", ".gem-c-heading__text", ".gem-c-title__text", "main h1"),
        body=(".gem-c-govspeak", ".govspeak", "main#content"),
        skip=(
            ".gem-c-share-links",
            ".gem-c-published-dates",
            ".gem-c-metadata",
            ".gem-c-related-navigation",
            "[class*=display-none-print]",
            "figure",
            ".gem-c-figure",
            ".gem-c-attachment",
        ),
        title_suffix=(r"\s+-\s+GOV\.UK$",),
        # the lead paragraph (gem-c-lead-paragraph) is the summary, not body
        lead_classes=("lead",),
    )

    #: (regex, weight): features only gov.uk pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:gem-c-govspeak)", 0.6),
        (r"(?-i:gem-c-metadata|gem-c-heading|gem-c-title__text)", 0.3),
        (r"\bgov\.uk/government/", 0.5),
        (r"Prime Minister['’]s Office, 10 Downing Street", 0.6),
        # the office as gov.uk's furniture writes it: its own "From:" line or its spokesperson; not a
        # mention in a sentence ("Minister … at the United Kingdom Foreign, Commonwealth and Development
        # Office" on another government's readout of a call with a British minister)
        (
            r"(?m)(?:^\s*|\bA\s+)Foreign,\s*Commonwealth\s*(?:&|and)\s*Development\s+Office"
            r"(?:[ \t]*$|\s+spokesperson)",
            0.5,
        ),
        (r"\bA (?:Downing Street|No ?10|Number 10) spokesperson said\b", 0.6),
        (r"(?m)^\s*(?-i:PM (?:call|meeting|phone call|video call|bilateral meeting) with)\b", 0.5),
        (r"(?m)^\s*(?-i:Foreign Secretary['’]s (?:call|meeting|phone call|video call) with)\b", 0.4),
        (
            r"(?-i:The Prime Minister spoke to\b[^.\n]{0,120}\b(?:today|this (?:morning|afternoon|evening)|"
            r"yesterday|earlier))",
            0.4,
        ),
        (r"(?m)^\s*From:\s*$", 0.2),
        (r"(?m)^\s*Published\s+\d{1,2} (?-i:[A-Z][a-z]+) \d{4}\s*$", 0.2),
        (
            r"(?-i:The (?:leaders|Foreign Secretary|Prime Minister) agreed to "
            r"(?:stay|keep) in (?:close )?touch)",
            0.2,
        ),
    )

    def layout(self, document: Document) -> Layout:
        """The default layout, dated by the metadata block or the closing "Published" line when
        the header gives no date."""
        parts = _with_prime_minister(super().layout(document), document)
        if parts.published is not None:
            return parts
        published = _html_published(document) if document.is_html else _closing_date(document.lines)
        return evolve(parts, published=published) if published else parts


def _with_prime_minister(parts: Layout, document: Document) -> Layout:
    """The layout whose summary leads with the Prime Minister the "From:" block names, if it does."""
    text = document.visible_text() if document.is_html else document.text
    found = _PM_FROM.search("\n".join(text.splitlines()[:_FROM_LINES]))
    if found is None:
        return parts
    holder = f"Prime Minister {found.group('name')}."
    return evolve(parts, summary=f"{holder} {parts.summary}" if parts.summary else holder)


def _closing_date(lines: Sequence[str]) -> dt.date | None:
    """The date of a closing "Published 20 March 2022" line, if the dump has one."""
    for line in lines:
        match = _PUBLISHED_LINE.match(line.strip())
        if match:
            return parse_date(match.group("date"))
    return None


def _html_published(document: Document) -> dt.date | None:
    """The first date in the metadata or published-dates block, else the first-published meta tag."""
    root = document.tree
    for element in select(
        root, ".gem-c-metadata__definition", ".gem-c-metadata dd", ".gem-c-published-dates"
    ):
        found = parse_date(" ".join(element.itertext()))
        if found is not None:
            return found
    stamp = meta_content(root, "govuk:first-published-at", "article:published_time")
    return parse_date(stamp) if stamp else None
