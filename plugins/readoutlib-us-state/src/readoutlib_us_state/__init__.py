"""readoutlib format plugin for US State Department readouts (state.gov and its archives).

Reads the site's WordPress pages (in use since 2019; the 2017-2021 and 2021-2025 archive hosts keep
the same theme) and plain-text dumps of them, including copies on news mirrors. What the adapter
knows about the publisher is declared as data below; the splitting is the core's.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["UsStateAdapter"]


#: A dateline opening the first body line ("Washington, DC - ", "Washington, DC (STL.News) ").
DATELINE = (
    r"^(?:WASHINGTON|Washington)"
    r"(?:,?\s*D\.?\s?C\.?\s*(?:\([^)]{1,30}\))?\s*[-–—:]?|\s*\([^)]{1,30}\)\s*[-–—:]?|\s*[-–—])\s*(?=[A-Z])"
)


class UsStateAdapter(FormatAdapter):
    """US State Department readouts: state.gov HTML and text dumps (mirrors included)."""

    #: Adapter id, entry-point name and publisher id.
    name = "us-state"
    #: A dateline opening the first paragraph ("Washington, DC - "), cut.
    dateline: ClassVar[str | None] = DATELINE
    #: Who publishes the pages.
    publisher = "U.S. Department of State (Office of the Spokesperson)"
    #: What the adapter reads.
    description = "Readouts of the Secretary's and Deputy Secretary's calls and meetings on state.gov."
    #: state.gov flat slugs, the 2025 release and briefing paths, and the archive hosts.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?state\.gov/[\w-]+/?(?:[?#].*)?$",
        r"^https?://(?:www\.)?state\.gov/releases/office-of-the-spokesperson/\d{4}/\d{2}/",
        r"^https?://(?:www\.)?state\.gov/briefings/",
        r"^https?://20(?:09-2017|17-2021|21-2025)\.state\.gov/",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The Department's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="US",
        # Dates in figures are the US's, month first: "11/10/2024 | Press release" on a mirror's
        # header is 10 November (en-ad's publicnow copy read it as 11 October).
        month_first=True,
        home_titles=("The Secretary", "The Deputy Secretary", "The Under Secretary"),
        joint_subjects=("The two", "The two officials", "The two leaders", "The two sides", "Both"),
        # The core reads "spoke with" as a call too, but after a headline's noun; this row puts it
        # first, so "Sec. Rubio Talks With ..." over a body that says "spoke today with" is a call.
        # Not when the sentence names the gathering it was said at ("spoke with the ASEAN foreign
        # ministers during the Special ASEAN-U.S. Foreign Ministerial Meeting"): that was in person.
        kind_patterns=(
            (
                r"\bspoke (?:today |yesterday |by phone |on \w+ )?with\b"
                r"(?!.*\b(?:during|at|on the (?:sidelines|margins) of) (?:the )?(?:\S+ ){0,8}?"
                r"(?:meeting|summit|conference|ministerial)\b)",
                "phone_call",
            ),
        ),
        title_patterns=(
            r"^(?:Deputy )?Secretary (?P<a>[\w.-]+(?: [\w.-]+)?)[’']s "
            r"(?P<kind>(?:Phone |Video )?Call|Meeting) [Ww]ith (?P<b>.+)$",
            r"^Sec\. (?P<a>[\w-]+) (?P<kind>Talks|Meets) [Ww]ith (?P<b>.+?)(?: \d{1,2} \w+)?$",
        ),
        dateline_patterns=(r"^(?P<place>Washington, D\.?C\.?)\s*[-–—]\s*",),
    )

    #: How the pages' text reads: the federal banner, office and type lines, the site footer.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(
            r"An official website of the United States Government",
            r"Here['’]s how you know",
            r"Official websites use \.gov",
            r"Secure \.gov websites use HTTPS",
            r"A \.gov website belongs to",
            r"A lock \(",
            r"Office of the Spokesperson$",
            r"(?:Readout|Press Statement|Media Note)$",
            r"Tags$",
        ),
        # The "U.S. Department of State" footer and its tagline are short trailing lines the core trims.
        stop=(r"Tags\s*$",),
        header=(r"(?:U\.S\.\s+)?Department of State\s*$",),
        start=(
            r"(?:.*\s)?(?:attributable to|as stated by)\s+(?:the\s+)?(?:Department\s+)?Spokesperson\b.*:\s*$",
        ),
        title_words=(r"Sec\.",),
    )
    #: Where the WordPress theme (and, as fallbacks, the Drupal-era pages) keep title, date and body.
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("h1.featured-content__headline", ".featured-content__headline"),
        date=(".article-meta__publish-date", ".report-meta__date", ".field-name-field-date"),
        body=("div.entry-content", ".entry-content", "article", "main"),
        skip=(
            "figure",
            "figcaption",
            "[class*=summary-article-index]",
            ".related-tags",
            ".article-meta",
            ".featured-content__copy",
            "nav",
        ),
        meta_date=("article:published_time",),
        title_suffix=(r"\s+[-|–]\s+(?:United States )?Department of State$",),
    )

    #: (regex, weight): features only State Department pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:featured-content__headline)", 0.6),
        (r"(?-i:article-meta__publish-date|article-meta__author-bureau)", 0.3),
        (r"\battributable to (?:the )?(?:Department )?Spokesperson\b", 0.5),
        (r"\bAs stated by (?:the )?(?:Department )?Spokesperson\b", 0.5),
        (
            r"(?m)(?:^|[-–—:)]\s)"
            r"(?-i:(?:Deputy )?Secretary of State (?:[A-Z][\w.’'-]*\s){1,4}(?:spoke|met))\b",
            0.4,
        ),
        (
            r"(?m)^(?-i:(?:Deputy )?Secretary [A-Z][\w-]+[’']s "
            r"(?:Phone |Video |Virtual )?(?:Call|Meeting)s? with)",
            0.4,
        ),
        (r"(?m)^(?-i:Sec\. [A-Z][\w-]+ (?:Talks|Meets|Speaks) [Ww]ith)\b", 0.3),
        (r"(?m)^\s*(?:U\.S\. )?Department of State\s*$", 0.3),
        (
            r"(?-i:The (?:Deputy )?Secretary (?:also )?"
            r"(?:expressed|emphasized|underscored|reaffirmed|conveyed))",
            0.2,
        ),
        (r"An official website of the United States Government", 0.1),
    )
