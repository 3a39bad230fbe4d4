"""readoutlib format plugin for US White House readouts (whitehouse.gov and its presidential archives).

Three site generations are read, as HTML and as plain-text dumps (mirrored copies included): the
Obama-era Drupal theme ("fortyfour", now obamawhitehouse.archives.gov), the Biden-era WordPress
theme (bidenwhitehouse.archives.gov) and the 2025 block theme of whitehouse.gov. What the adapter
knows is declared as data below; the splitting is the core's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from readoutlib.plugin import Document, DumpRules, FormatAdapter, HtmlRules, Layout, Profile, evolve

__all__ = ["UsWhitehouseAdapter"]

#: The American Presidency Project's citation line under a mirrored readout: the President whose papers
#: it is, then the headline ("Barack Obama, Readout of the President's Calls with … Online by Gerhard
#: Peters and John T. Woolley, The American Presidency Project"). A headline about "the President"
#: names him nowhere else.
_CITATION = re.compile(
    r"(?m)^\s*(?P<name>(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})), (?-i:Readout of the President['’]s)\b"
    r"[^\n]*? Online by Gerhard Peters and John T\. Woolley\b"
)

#: A word every citation line holds, looked for in the page's source before its visible text is
#: made for the search (about as long as the rest of an HTML page's layout): a page whose source
#: writes it only with character references or markup inside the word is not searched.
_CITATION_WORD = "Woolley"


class UsWhitehouseAdapter(FormatAdapter):
    """White House readouts: Obama Drupal, Biden WordPress and 2025 block-theme pages, and text dumps."""

    #: Adapter id, entry-point name and publisher id.
    name = "us-whitehouse"
    #: Who publishes the pages.
    publisher = "The White House (Office of the Press Secretary / Briefing Room)"
    #: What the adapter reads.
    description = "Readouts of the President's and Vice President's calls and meetings (whitehouse.gov)."
    #: Briefing-room paths of each generation, on the live site and the archive hosts.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?whitehouse\.gov/briefing-room/",
        r"^https?://(?:www\.)?whitehouse\.gov/(?:briefings-statements|releases|fact-sheets|remarks|articles)/",
        r"^https?://obamawhitehouse\.archives\.gov/(?:the-press-office|briefing-room)/",
        r"^https?://(?:biden|trump)whitehouse\.archives\.gov/(?:briefing-room|briefings-statements)/",
        r"^https?://(?:obama|biden|trump)whitehouse\.archives\.gov/",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The White House's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="US",
        home_titles=("The President", "The Vice President", "The First Lady"),
        joint_subjects=(
            "The leaders",
            "The two leaders",
            "Both leaders",
            "The President and Prime Minister",
            "The President and the Prime Minister",
        ),
        # The core reads "spoke with" as a call too, but after a headline's noun; this row puts it
        # first, so "Sec. Rubio Talks With ..." over a body that says "spoke today with" is a call.
        # Not when the sentence names the gathering it was said at ("spoke with the ASEAN foreign
        # ministers during the Special ASEAN-U.S. Foreign Ministerial Meeting", "spoke today with the
        # Prime Minister at the G7"), nor at an event, forum, roundtable or reception, nor "at the White
        # House" (feeds-dev24 580, 1676): that was in person.
        # A headline's virtual meeting(s) comes first: "Readout of President X's Virtual Meetings with
        # Retailers ..." over a lead that only "spoke with" them was held by video (feeds-dev17 1626).
        kind_patterns=(
            (r"^Readout of .*\bVirtual Meetings?\b", "video_call"),
            (
                r"\bspoke (?:today |yesterday |by phone |on \w+ )?with\b"
                r"(?!.*\b(?:during|at|on the (?:sidelines|margins) of) (?:the )?(?:\S+ ){0,8}?"
                r"(?:meeting|summit|conference|ministerial|G\d+|event|forum|roundtable|reception"
                r"|White House)\b)",
                "phone_call",
            ),
        ),
        # A convening's people listed one a line under "Administration Participants Included:",
        # "Participants:", "Participants in the convening included:" (bulk briefings 960, 1328: such
        # readouts came out with no participants; fam50).
        participant_headings=(
            r"^(?:[\w-]+\s+){0,5}?participants(?:\s+(?:in|at|of)\s+(?:the|this|today[’']s)\s+[\w-]+)?"
            r"(?:\s+included)?:$",
        ),
        title_patterns=(
            r"^Readout of (?P<a>.+?)[’']s (?P<kind>(?:Phone |Video )?Call|(?:Virtual |Bilateral )?Meeting) "
            r"[Ww]ith (?P<b>.+)$",
        ),
    )

    #: How the pages' text reads: archive banners, press-office header lines, media links, end marks.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(
            r"This is historical material\b",
            r"The website is no longer updated\b",
            r"(?:MP4\s*)?MP3$",
            r"Share this page\b",
            r"For Immediate Release$",
            r"Office of the Press Secretary$",
            r"\[?PAUSE\]?$",
        ),
        stop=(r"Scroll to Top\b", r"Next Post\b", r"Previous Post\b"),
        header=(
            r"The White House$",
            r"(?:Briefing Room|Statements and Releases|Statements & Releases|Briefings & Statements)$",
            r"You are here\b",
        ),
        title_words=(r"Readout",),
    )
    #: Where each generation's markup keeps title, date and body (Obama, 2025 block theme, Biden).
    html: ClassVar[HtmlRules] = HtmlRules(
        title=(
            ".pane-node-title h1",
            ".wp-block-whitehouse-topper h1",
            "h1.wp-block-whitehouse-topper__title",
            "h1.page-title",
            "article h1",
        ),
        date=(
            "#press_article_date_created",
            ".press-article-date",
            ".wp-block-whitehouse-topper time",
            "time.posted-on",
            "time[datetime]",
        ),
        body=(
            ".pane-node-field-forall-body .field-item",
            ".pane-node-field-forall-body",
            "section.body-content",
            ".body-content",
            "main .entry-content",
            ".entry-content",
            ".wp-block-post-content",
        ),
        skip=(
            ".press-article-media-links",
            "a.link-weekly-address",
            "[class*=youtube]",
            ".wp-block-whitehouse-topper",
            "[class*=share]",
            "figure",
            "figcaption",
            "nav",
        ),
        meta_date=("article:published_time",),
        title_suffix=(r"\s*\|\s*(?:The White House|whitehouse\.gov)\s*$",),
    )

    def layout(self, document: Document) -> Layout:
        """The default layout; a body that calls the President only by office gets the name the
        citation line gives him as its summary (CONVENTIONS.md, "a principal named only in furniture")."""
        parts = super().layout(document)
        if parts.summary or _CITATION_WORD not in document.text:
            return parts  # the page's visible text is not made for a citation it cannot hold
        text = document.visible_text() if document.is_html else document.text
        found = _CITATION.search(text)
        if found is None:
            return parts
        surname = found.group("name").split()[-1]
        if any(surname in paragraph for paragraph in parts.paragraphs):
            return parts
        return evolve(parts, summary=f"President {found.group('name')}")

    #: (regex, weight): features only White House pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?-i:press-article-header-wrapper|press_article_date_created)", 0.6),
        (r"(?-i:pane-node-field-forall-body)", 0.5),
        (r"(?-i:wp-block-whitehouse-topper)", 0.6),
        (r"og:site_name[\"'][^>]*(?:content|value)=[\"']The White House[\"']", 0.5),
        (r"<title>[^<]*\|\s*(?:The White House|whitehouse\.gov)\s*</title>", 0.5),
        (r"This is historical material [“\"]frozen in time[”\"]", 0.6),
        (r"(?m)^\s*The White House\s*$", 0.4),
        (r"(?m)^\s*Office of the Press Secretary\s*$", 0.4),
        (
            r"(?m)^\s*(?-i:Readout of (?:the )?(?:President|Vice President|First Lady|Second Gentleman|"
            r"National Security Advisor|Press Secretary)\b)",
            0.6,
        ),
        # A readout of a meeting, roundtable or summit the White House held ("Readout of White House
        # Roundtable on ...", "Readout of the Meeting Hosted by the White House on ..."): the briefing
        # room's domestic convenings, which name no President in the headline (fam50: their text
        # dumps were read generic, with no home country and scope null).
        (r"(?m)^\s*(?-i:Readout of\b[^\n]{0,60}?\bWhite House\b)", 0.6),
        (
            r"(?m)^\s*(?-i:Statement (?:on|by|from) (?:the )?(?:President|Vice President|Press Secretary)\b)",
            0.2,
        ),
        # A statement or readout headed by the National Security Council's spokesperson ("Statement by
        # NSC Spokesperson X on National Security Advisor Y's Call with …"): the White House's own
        # (bulk-eye-fam79: such text dumps were read generic, their official given no country or the
        # other side's, as BA beside the High Representative for Bosnia and Herzegovina).
        (
            r"(?m)^\s*(?-i:(?:Statement|Readout) (?:by|from|of) (?:the )?(?:NSC|National Security Council)"
            r" Spokesperson\b)",
            0.6,
        ),
        (r"(?m)^\s*Scroll to Top\b", 0.1),
        # The American Presidency Project's citation line under a mirrored readout whose copy kept no
        # headline (en-z's video conference): only the President's readouts carry it.
        (_CITATION.pattern, 0.6),
    )
