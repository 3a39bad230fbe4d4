"""readoutlib format plugin for the Russian Ministry of Foreign Affairs (mid.ru) and its embassies.

The ministry's readouts are press releases on the minister's calls and meetings ("Press release on
Foreign Minister …'s telephone conversation with …"). Two site generations are read, as HTML and as
plain-text dumps: the Liferay portal (about 2015 to early 2021, ``…/-/asset_publisher/<id>/content/id/<n>``)
and the current site (``/en/foreign_policy/news/<id>/``); embassy sites (``<country>.mid.ru``) too.
What the adapter knows about the publisher is declared as data; the splitting is the core's.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["RuMidAdapter"]


class RuMidAdapter(FormatAdapter):
    """Press releases of the Russian Foreign Ministry: Liferay and current mid.ru, embassy sites."""

    #: Adapter id, entry-point name and publisher id.
    name = "ru-mid"
    #: Who publishes the pages.
    publisher = "Ministry of Foreign Affairs of the Russian Federation (mid.ru)"
    #: What the adapter reads.
    description = "Russian Foreign Ministry press releases on calls and meetings (mid.ru, embassies)."
    #: Liferay articles and listings, the current site's news ids, embassy hosts, the rest of the host.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?mid\.ru/(?:[\w-]+/)*-/asset_publisher/\w+/content/id/\d+",
        r"^https?://(?:www\.)?mid\.ru/[^?#]*\?(?:[^#]*&)?p_p_id=101_INSTANCE_",
        r"^https?://(?:www\.)?mid\.ru/(?:ru|en)/(?:[\w-]+/)+\d{6,8}/?(?:[?#]|$)",
        r"^https?://(?:[\w-]+\.)*mid\.ru(?:[:/]|$)",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en", "ru")
    #: The Russian-language site (/ru/, the Liferay portal's ru_RU locale); other pages are English.
    language_by_url: ClassVar[tuple[tuple[str, str], ...]] = (
        (r"mid\.ru/ru(?:_RU)?/|languageId=ru_RU", "ru"),
    )
    #: The ministry's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="RU",
        # Pages of the publisher that are not readouts (statements, comments, acts), by title or opening.
        not_readout_patterns=(
            r"^Comment by (?:the )?(?:Information and Press Department|Foreign Ministry Spokes\w+)\b",
            r"^(?:Joint )?Statement (?:by|of) (?:the )?(?:Russian )?"
            r"(?:Foreign Ministry|Ministry of Foreign Affairs)\b",
            r"^Foreign Ministry statement\b",
            r"^Article by\b",
        ),
        home_titles=(
            "Foreign Minister",
            "Minister of Foreign Affairs",
            "the Minister",
            "Deputy Foreign Minister",
        ),
        extra_verbs=("restated", "cautioned", "spoke in support of", "spoke in favour of", "spoke out for"),
        requested_patterns=(
            r"\bat the (?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*) (?:side(?:’s|'s) )?initiative",
            r"\bat the initiative of the (?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*) side",
            r"\b(?:on|at) (?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)(?:’s|'s) initiative",
            r"\bat the latter(?:’s|'s) initiative",
        ),
        title_patterns=(
            r"^(?:Press release on )?(?P<a>.+?)(?:’s|'s) "
            r"(?P<kind>telephone conversation|meeting|talks) with (?P<b>.+)$",
            r"^(?P<a>.+?) had (?:a )?(?P<kind>telephone conversation|meeting|talks) with (?P<b>.+)$",
        ),
        joint_subjects=(
            "The ministers",
            "The two ministers",
            "The two officials",
            "The two presidents",
            "The sides",
        ),
    )

    #: Portal furniture in the text: section label, a briefing's contents and "back" links, the footers
    #: ("Additional materials", "Advanced settings", the search box, a country page's fact list).
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(
            r"asset publisher$",
            r"(?:содержание|contents)$",
            r"(?:назад к оглавлению|back to contents)$",
            # the language-version line: "• de-DE1 en-GB1 es-ES1 ru-RU1"
            r"[•·*-]?\s*(?:[a-z]{2}-[A-Z]{2}\d*\s*){2,}$",
        ),
        stop=(
            r"additional materials$",
            r"advanced settings$",
            r"дополнительные инструменты поиска$",
            r"general information$",
        ),
    )
    #: Current site (photo-content__*) first, then the Liferay portal's first portlet column.
    html: ClassVar[HtmlRules] = HtmlRules(
        title=(".photo-content__title", "div.page-content h1", "p.anons-title"),
        date=(
            ".photo-content__date",
            "div.article-status-line span span",
            "div.article-status-line",
            "div.anons-status-line i",
        ),
        body=(
            "div.portlet-column-first div.text.article-content",
            "div.text.article-content",
            "div.portlet-column-first div.anons-text",
            "div.anons-text",
        ),
        skip=("div.article-note", "b.doc-number", "a[href^='#']", ".share", ".social"),
        title_suffix=(r"\s+[|–-]\s+(?:Министерство иностранных дел|Ministry of Foreign Affairs).*$",),
    )
    #: A URL on the publisher's hosts decides alone.
    url_weight: ClassVar[float] = 1.0
    #: (regex, weight): features only mid.ru pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"""class=["'][^"']*(?-i:\bphoto-content__(?:title|date))\b""", 0.6),
        (r"""class=["'][^"']*(?-i:\b(?:article|anons)-status-line)\b""", 0.5),
        (r"asset_publisher/\w+/content/id/\d", 0.4),
        (r"(?m)^[ \t]*•?[ \t]*(?-i:(?:[a-z]{2}-[A-Z]{2}1[ \t]*)+)$", 0.6),
        (r"(?m)^[ \t]*Asset Publisher[ \t]*$", 0.2),
        (r"(?m)^[ \t]*Additional materials[ \t]*$", 0.2),
        (r"(?m)^[ \t]*Advanced settings[ \t]*$", 0.2),
        (r"(?m)^[ \t]*Дополнительные инструменты поиска[ \t]*$", 0.3),
    )
