"""readoutlib format plugin for India's Ministry of External Affairs (mea.gov.in).

MEA readouts are press releases ("Telephone Conversation between PM and …", "Prime Minister Shri …
had a telephone conversation today with …") under the site's Media Center. The current site serves
the article as ``h2.titleText`` + ``div.description``; older pages are known only from their text, so
other MEA HTML is read from its largest text block with the same rules as a dump: "Media Center",
title, date line, body, then the signature (place over date, trimmed by the core) and the site's
language-version links and comment form. Publisher knowledge is declared as data.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["InMeaAdapter"]


class InMeaAdapter(FormatAdapter):
    """Press releases and statements of India's Ministry of External Affairs."""

    #: Adapter id, entry-point name and publisher id.
    name = "in-mea"
    #: Who publishes the pages.
    publisher = "Ministry of External Affairs of India (mea.gov.in)"
    #: What the adapter reads.
    description = (
        "Indian MEA press releases on the Prime Minister's and ministers' calls and meetings (mea.gov.in)."
    )
    #: Detail pages (<section>.htm?dtl/<pkid>/<Slug>, "/" possibly sent as %2F, older slugs with "+"),
    #: the site's XHR endpoints (/FrontEnd/FetchPublicationDetailData?pkid=...), the rest of the host.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?mea\.gov\.in/[\w-]+\.htm\?dtl(?:/|%2F)\d+",
        r"^https?://(?:www\.)?mea\.gov\.in/FrontEnd/FetchPublication\w+",
        r"^https?://(?:www\.)?mea\.gov\.in(?:[:/]|$)",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The ministry's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="IN",
        # Pages of the publisher that are not readouts (statements, comments, acts), by title or opening.
        not_readout_patterns=(
            r"^(?:India[- ][\w-]+ )?Joint Statement\b",
            r"^List of (?:Outcomes|Agreements|MoUs|Documents)\b",
            r"^English (?:Rendering|Translation) of\b",
            r"^Statement by (?:the )?Official Spokesperson\b",
        ),
        home_titles=(
            "Prime Minister",
            "External Affairs Minister",
            "EAM",
            "Minister of State for External Affairs",
            "Foreign Secretary",
        ),
        extra_verbs=("conveyed", "apprised", "briefed"),
        requested_patterns=(
            r"\breceived an? (?:telephone |phone |video )?call (?:today )?from (?:the )?"
            r"(?P<name>(?:(?:H\.E|Mr|Ms|Mrs|Dr)\.|[^.,])+)",
        ),
        title_patterns=(
            r"^(?P<kind>Telephone Conversation|Telephone Call|Phone Call|Meeting|Virtual Summit) between "
            r"(?P<a>.+?) and (?P<b>.+)$",
            r"^(?P<a>.+?)(?:’s|'s) (?P<kind>telephone (?:conversation|call)|meeting|talks) with (?P<b>.+)$",
        ),
        joint_subjects=(
            "The two leaders",
            "Both leaders",
            "The leaders",
            "The two Prime Ministers",
            "The two Ministers",
        ),
    )

    #: The section label above the title; the language-version links and the comment form below the body.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(r"media cent(?:er|re)$",),
        stop=(
            r"click here for \w+ version",
            r"write a comment\b",
            r"post a comment\b",
            r"verification code\b",
        ),
    )
    #: The current site's article fragment; other pages fall back to their largest text block.
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("h2.titleText", ".titleText"),
        date=("span.date", ".date"),
        body=("div.description",),
        skip=(".tags", "div.d-flex", ".share", ".social"),
        title_suffix=(
            r"^Ministry of External Affairs[^|:]*[|:]\s*",
            r"\s+[|–-]\s+Ministry of External Affairs.*$",
        ),
    )
    #: A URL on the publisher's hosts decides alone.
    url_weight: ClassVar[float] = 1.0
    #: (regex, weight): the host, the footer links, the section label; honorifics only add to those.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"\bmea\.gov\.in\b", 0.5),
        (r"(?-i:FetchPublicationDetailData)", 0.5),
        (r"""class=["'][^"']*(?-i:\btitleText)\b""", 0.2),
        (r"(?m)^[ \t]*Media Cent(?:er|re)[ \t]*$", 0.3),
        (r"(?m)^[ \t]*Click here for \w+ version", 0.4),
        (r"(?m)^[ \t]*Write a Comment\b", 0.1),
    )
    #: Indian official usage ("Shri", "External Affairs Minister"): counted only on top of a marker above.
    supporting_markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:\b(?:Shri|Smt\.) [A-Z])", 0.3),
        (r"(?-i:\bExternal Affairs Minister\b)", 0.2),
    )
