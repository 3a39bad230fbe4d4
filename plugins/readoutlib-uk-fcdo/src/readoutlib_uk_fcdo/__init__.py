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

from readoutlib import Document, FormatAdapter, Layout, Profile
from readoutlib.dates import parse_date
from readoutlib.segment import (
    ATTRIBUTION_LINES,
    DumpRules,
    HtmlRules,
    compile_patterns,
    is_prose,
    meta_content,
    select,
    select_text,
    split_page,
)

__all__ = ["UkFcdoAdapter"]


# The metadata block of a dump: "From:", organisations, "Published", the date, perhaps "Last updated".
_FROM = re.compile(r"^From:?$", re.IGNORECASE)
_PUBLISHED = re.compile(r"^(?:Published|Last updated):?(?:\s+(?P<date>.*\d{4}))?$", re.IGNORECASE)
_SEE_UPDATES = re.compile(r"^(?:[—-]\s*)?See all updates$", re.IGNORECASE)
# "Published 20 March 2022" from the published-dates block at the end of a page.
_PUBLISHED_LINE = re.compile(r"^Published:?\s+(?P<date>\d{1,2} \w+ \d{4})$", re.IGNORECASE)
# How far down the metadata block, or an attribution line, may start.
_MAX_BLOCK_START = 12
_ATTRIBUTION = compile_patterns(ATTRIBUTION_LINES)


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
        drop_lines=(r"^An? [\w,&' ]{0,80}spokesperson said:$",),
    )

    #: How gov.uk text reads: document-type captions, the metadata labels, the page's closing blocks.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(
            r"(?:Press release|News story|World news story|Government response|Statement|Readout)$",
            r"(?:From|Published|Last updated):?$",
        ),
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
    )

    #: (regex, weight): features only gov.uk pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:gem-c-govspeak)", 0.6),
        (r"(?-i:gem-c-metadata|gem-c-heading|gem-c-title__text)", 0.3),
        (r"\bgov\.uk/government/", 0.5),
        (r"Prime Minister['’]s Office, 10 Downing Street", 0.6),
        (r"Foreign,\s*Commonwealth\s*(?:&|and)\s*Development Office", 0.5),
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
        """Title, publication date and body of a gov.uk page or dump (lead paragraph and metadata out)."""
        if document.is_html:
            parts = split_page(document, self.rules, self.html)
            published = parts.published or _html_published(document)
            summary = select_text(document.tree, ".gem-c-lead-paragraph")
            return Layout(parts.title, parts.paragraphs, published, "en", document.url, summary)
        lines, published, summary = without_metadata(document.lines)
        parts = split_page(Document(text="\n".join(lines), url=document.url), self.rules, self.html)
        published = published or parts.published or _closing_date(document.lines)
        summary = summary or _lead_before_attribution(lines)
        return Layout(parts.title, parts.paragraphs, published, "en", document.url, summary)


def without_metadata(lines: Sequence[str]) -> tuple[list[str], dt.date | None, str | None]:
    """Cut a dump's metadata block ("From:" ... "Published" date) and the lead paragraph above it.

    The lead paragraph (the item's summary) sits between the title and "From:"; it is not a body
    paragraph. Returns the remaining lines, the publication date the block gave and the lead.
    """
    text = [line.strip() for line in lines]
    filled = [i for i, line in enumerate(text) if line]
    start = next((i for i in filled[:_MAX_BLOCK_START] if _FROM.match(text[i])), None)
    if start is None:
        return list(lines), None, None
    published: dt.date | None = None
    end = start
    after = [i for i in filled if i > start]
    skip_to = -1
    for position, index in enumerate(after[:14]):
        if index <= skip_to:
            continue
        match = _PUBLISHED.match(text[index])
        if match is None:
            if _SEE_UPDATES.match(text[index]):
                end = index
            elif published is not None:
                break  # the block is over: the body starts here
            continue
        stamp = match.group("date")
        end = index
        if stamp is None and position + 1 < len(after):
            end = skip_to = after[position + 1]
            stamp = text[end]
        found = parse_date(stamp) if stamp else None
        published = published or found
    before = [i for i in filled if i < start]
    has_lead = len(before) >= 2 and is_prose(text[before[-1]])
    cut_from = before[-1] if has_lead else start
    lead = text[before[-1]] if has_lead else None
    return [line for i, line in enumerate(lines) if not cut_from <= i <= end], published, lead


def _lead_before_attribution(lines: Sequence[str]) -> str | None:
    """The lead a mirror prints between the title and an attribution line ("A ... spokesperson said:")."""
    filled = [line.strip() for line in lines if line.strip()][:_MAX_BLOCK_START]
    for index, line in enumerate(filled):
        if index >= 2 and any(p.match(line) for p in _ATTRIBUTION):
            return filled[index - 1] if is_prose(filled[index - 1]) else None
    return None


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
