"""readoutlib format plugin for Pakistan's Ministry of Foreign Affairs (mofa.gov.pk) and its wire copies.

The ministry's press releases ("Foreign Minister … received a telephone call from …") are read from
the ministry's WordPress site and from the copies news sites publish through the PPI wire, which
open with the dateline ``Islamabad, <date> (PPI-OT):`` and end with the Press Information Department's
contact block. The dateline gives the publication date and is cut from the body. Publisher knowledge
is declared as data; the splitting is the core's.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["DATELINE", "PkMofaAdapter"]

#: The wire dateline that opens a release: "Islamabad, August 24, 2021 (PPI-OT):".
DATELINE = (
    r"^(?P<place>[A-Z][A-Za-z .'-]{1,30}?),\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}))"
    r"\s*\((?P<agency>PPI-OT|PPI)\)\s*:\s*"
)


class PkMofaAdapter(FormatAdapter):
    """Press releases of Pakistan's Foreign Ministry, on its site or as PPI wire copies."""

    #: Adapter id, entry-point name and publisher id.
    name = "pk-mofa"
    #: The wire dateline, cut from the first paragraph (the date is the publication date).
    dateline: ClassVar[str | None] = DATELINE
    #: Who publishes the pages.
    publisher = "Ministry of Foreign Affairs of Pakistan (mofa.gov.pk)"
    #: What the adapter reads.
    description = (
        "Pakistan Foreign Ministry press releases on calls and meetings (mofa.gov.pk, PPI wire copies)."
    )
    #: Releases on the WordPress site (/<slug>/, a repeated slug gets "-2/"), and the rest of the host.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?mofa\.gov\.pk/[a-z0-9][\w-]*/?(?:[?#]|$)",
        r"^https?://(?:www\.)?mofa\.gov\.pk(?:[:/]|$)",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The ministry's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="PK",
        # Pages of the publisher that are not readouts (statements, comments, acts), by title or opening.
        not_readout_patterns=(
            r"^(?:Press )?Statement by (?:the )?(?:Foreign Office )?Spokesperson\b",
            r"^Pakistan (?:strongly )?(?:condemns|rejects)\b",
        ),
        home_titles=(
            "Foreign Minister",
            "Prime Minister",
            "Foreign Secretary",
            "Minister of State for Foreign Affairs",
            "Deputy Prime Minister",
        ),
        extra_verbs=("underlined", "conveyed", "apprised", "briefed"),
        requested_patterns=(
            r"\breceived an? (?:telephone |phone |video )?call from (?:the )?"
            r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|U\.S|U\.K)\.|[^.])+?)(?:,? today)?\.(?:\s|$)",
        ),
        dateline_patterns=(DATELINE,),
        joint_subjects=(
            "The two Foreign Ministers",
            "The two Ministers",
            "The two Prime Ministers",
            "The two leaders",
            "Both sides",
            "The two sides",
        ),
    )

    #: A lone place line (releases are signed "Islamabad"); the PID contact block and mirror footers.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(),
        stop=(
            r"for more information,?\s*contact\b",
            r"principal information officer,?\s*$",
            r"press information department \(pid\)\s*$",
            r"related (?:posts|news|articles)\s*$",
            r"you may also like\s*$",
            r"last modified:",
            r"leave a (?:reply|comment)\s*$",
        ),
    )
    #: WordPress article markup (the ministry's site and the wire's mirror sites).
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("h1.entry-title", "h1.post-title", "h1.page-title"),
        date=("time.entry-date", "article time[datetime]"),
        body=(
            "div.entry-content",
            "div.post-content",
            "div.td-post-content",
            "div.single-content",
            "article",
        ),
        skip=(
            ".sharedaddy",
            ".jp-relatedposts",
            ".addtoany_share_save_container",
            ".share",
            ".post-tags",
            "figure",
        ),
        meta_date=("article:published_time", "datePublished"),
        title_suffix=(r"\s+[|–-]\s+Ministry of Foreign Affairs.*$",),
    )
    #: A URL on the publisher's hosts decides alone.
    url_weight: ClassVar[float] = 1.0
    #: (regex, weight): the wire dateline, the PID block, the ministry's host.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?m)^[ \t]*(?-i:[A-Z][A-Za-z .'-]{1,30}), [^\n]{6,20}\d{4}\s*\((?-i:PPI-OT)\)\s*:", 0.3),
        (r"\bprincipal information officer\b", 0.1),
        (r"(?-i:Press Information Department \(PID\))", 0.1),
        (r"\bmofa\.gov\.pk\b", 0.3),
    )
    #: The ministry's own wording: counted only on top of a marker above (other PPI releases lack it).
    supporting_markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:\b(?:Foreign (?:Minister|Secretary|Office)|Ministry of Foreign Affairs)\b)", 0.6),
    )
