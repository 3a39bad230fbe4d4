"""readoutlib format plugin for the President of Russia's site (kremlin.ru, en.kremlin.ru).

The Kremlin publishes its readouts as news items ("Telephone conversation with …", first paragraph
"<President> had a telephone conversation with …"). The article DOM (h-entry microformat classes
``read__published``, ``read__lead``, ``read__internal_content``) is the same on the Russian and English
hosts; text dumps of the pages, and mirrored copies, carry the same body above the site's
"Publication date / Direct link" footer. Publisher knowledge is declared as data; the splitting is
the core's.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from readoutlib.plugin import (
    Document,
    DumpRules,
    FormatAdapter,
    HtmlRules,
    Layout,
    OwnPrincipal,
    Profile,
    evolve,
    parse_stamp,
    select_one,
)

__all__ = ["RuKremlinAdapter"]


class RuKremlinAdapter(FormatAdapter):
    """News items, transcripts and letters of the President of Russia (kremlin.ru, en.kremlin.ru)."""

    #: Adapter id, entry-point name and publisher id.
    name = "ru-kremlin"
    #: Who publishes the pages.
    publisher = "President of Russia (kremlin.ru)"
    #: What the adapter reads.
    description = "Kremlin readouts of the President's calls, meetings and talks (kremlin.ru, en.kremlin.ru)."
    #: News, transcripts and letters on either host; supplements and short links; the rest of the site.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:(?:www|en)\.)?kremlin\.ru/events/president/(?:news|transcripts|letters)/\d+",
        r"^https?://(?:(?:www|en)\.)?kremlin\.ru/(?:supplement|d)/\d+",
        r"^https?://(?:(?:www|en)\.)?kremlin\.ru(?:[:/]|$)",
    )
    #: Languages of the pages read (English host, Russian host).
    languages: ClassVar[tuple[str, ...]] = ("en", "ru")
    #: The Russian host (kremlin.ru, not en.kremlin.ru): its pages are in Russian.
    language_by_url: ClassVar[tuple[tuple[str, str], ...]] = ((r"^https?://(?:www\.)?kremlin\.ru", "ru"),)
    #: The Kremlin's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="RU",
        # Pages of the publisher that are not readouts (statements, comments, acts), by title or opening.
        not_readout_patterns=(
            r"^Executive Order\b",
            r"^Instructions following\b",
            r"^Address (?:to|at)\b",
            # A summit or forum the President spoke to ("The President addressed, via videoconference,
            # the 16th East Asia Summit"; "Vladimir Putin addressed the plenary session of ..."): a speech.
            r"^(?:The President(?: of Russia)?|Vladimir Putin) addressed\b",
            # A message page quotes the message under the lead ("The message reads, in part: ..."):
            # greetings, congratulations and condolences, whatever the lead's verb ("congratulated").
            r"^The message (?:reads|says)\b",
        ),
        home_titles=("President of Russia", "the President", "the Russian President", "Russian President"),
        extra_verbs=("made a request", "requested"),
        requested_patterns=(
            r"\bat (?:the )?(?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*?)(?: side)?(?:’s|'s) initiative",
            r"\bat the initiative of (?:the )?(?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*?)(?: side)?\b",
            r"\bat the request of (?:the )?(?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*?) side\b",
        ),
        kind_patterns=((r"^Telephone conversation with\b", "phone_call"), (r"^Talks with\b", "talks")),
        title_patterns=(r"^(?P<kind>Telephone conversation|Meeting|Talks|Conversation) with (?P<b>.+)$",),
        joint_subjects=("The two leaders", "The leaders", "The presidents", "The parties", "Both parties"),
        # The site's own principal, the President of Russia, by term (acting President from 31 December
        # 1999; inaugurations of 7 May 2000, 2008 and 2012): the side of every call and meeting it reports.
        own_principals=(
            OwnPrincipal("President of Russia", "Vladimir Putin", dt.date(1999, 12, 31), dt.date(2008, 5, 7)),
            OwnPrincipal("President of Russia", "Dmitry Medvedev", dt.date(2008, 5, 7), dt.date(2012, 5, 7)),
            OwnPrincipal("President of Russia", "Vladimir Putin", dt.date(2012, 5, 7)),
        ),
    )

    #: The place line under the date is header furniture; the site footer (EN and RU) ends the text.
    rules: ClassVar[DumpRules] = DumpRules(
        header=(
            r"(?:the )?kremlin, moscow$",
            r"москва, кремль$",
            r"(?:novo-ogaryovo, moscow region|московская область, ново-огарёво)$",
        ),
        stop=(
            r"publication status$",
            r"published in sections?:",
            r"publication date:",
            r"direct link:",
            r"text version$",
            r"статус материала$",
            r"опубликован в разделах?:",
            r"дата публикации:",
            r"постоянный адрес:",
            r"текстовая версия$",
        ),
    )
    #: The h-entry article: lead and body inside read__content; tooltips, tags and bottom meta left out.
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("h1.entry-title", "h1[itemprop='name']"),
        date=("time.read__published", ".read__published", ".read_published"),
        body=(
            "article.read__in div.read__content",
            "div.read__internal_content",
            "[itemprop='articleBody']",
            "div.entry-content",
        ),
        skip=(
            ".read__bottommeta",
            ".read__bottom",
            ".masha-ignore",
            "[class*='read__tooltip']",
            "a.cut__item",
        ),
        title_suffix=(r"\s*•.*$",),
    )
    #: A URL on the publisher's hosts decides alone.
    url_weight: ClassVar[float] = 1.0
    #: (regex, weight): features only kremlin.ru pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"""class=["'][^"']*(?-i:\bread__(?:published|internal_content|lead|place|bottommeta))\b""", 0.6),
        (r"""class=["'][^"']*(?-i:\bread__in)\b""", 0.3),
        (r"\bkremlin\.ru/d/\d+", 0.6),
        (r"(?m)^[ \t]*(?:Published in sections|Опубликован в разделах?):", 0.3),
        (r"(?m)^[ \t]*(?:Direct link|Постоянный адрес):", 0.2),
        (r"•[ \t]*(?:President of Russia|Президент России)\b", 0.4),
    )

    def layout(self, document: Document) -> Layout:
        """The default layout, dated by the ``datetime`` attribute of the article's ``<time>`` when
        its text gives no date (the Russian host prints "5 февраля 2025 года")."""
        parts = super().layout(document)
        if parts.published is not None or not document.is_html:
            return parts
        stamp = select_one(document.tree, "time.read__published[datetime]", "time[datetime]")
        return evolve(parts, published=parse_stamp(stamp.get("datetime"))) if stamp is not None else parts
