"""readoutlib format plugin for the Ministry of Foreign Affairs of Japan (mofa.go.jp), English and Japanese.

MOFA's readouts are press releases and country-page items: a title ("Japan-UK Foreign Ministers'
Meeting", "日米外相電話会談"), a date (Japanese pages give it in the imperial era, "平成27年5月26日",
which the core reads), an opening sentence ending "The overview ... is as follows." and a numbered
list of points. No saved page or scraper gave the article markup, so HTML is read as text from its
main container, with the same rules as the text dumps.
"""

from __future__ import annotations

from typing import ClassVar

from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

__all__ = ["ITEM_NUMBER", "JpMofaAdapter"]

#: A list number opening a paragraph: "1.", "2 ", "(3)", full-width "１．".
#: A bare number ("2 ") counts only before a capital or a Japanese character, not "10 minutes".
ITEM_NUMBER = (
    r"^[(（]?[0-9０-９]{1,2}(?:[.．)）]\s*(?=[^\W\d_]|[“\"「(（])|\s+(?=[A-Z“\"「(（]|[^\x00-\x7f]))"
)


class JpMofaAdapter(FormatAdapter):
    """MOFA Japan press releases and country-page readouts, English and Japanese, HTML or text."""

    #: Adapter id, entry-point name and publisher id.
    name = "jp-mofa"
    #: Who publishes the pages.
    publisher = "Ministry of Foreign Affairs of Japan (mofa.go.jp)"
    #: What the adapter reads.
    description = "MOFA Japan readouts of the Prime Minister's and Foreign Minister's talks (EN and JA)."
    #: EN press releases (press1e_..., pressite_...), country pages, old /announce/ items, JA /mofaj/.
    url_patterns: ClassVar[tuple[str, ...]] = (
        r"^https?://(?:www\.)?mofa\.go\.jp/press/release/",
        r"^https?://(?:www\.)?mofa\.go\.jp/announce/announce/\d{4}/",
        r"^https?://(?:www\.)?mofa\.go\.jp/mofaj/press/release/",
        r"^https?://(?:www\.)?mofa\.go\.jp/(?:mofaj/)?[a-z_]+/[a-z_]+/(?:[a-z_]+/)?page\w+\.html",
        r"^https?://(?:www\.)?mofa\.go\.jp/",
    )
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en", "ja")
    #: The Japanese site lives under /mofaj/; other pages are English.
    language_by_url: ClassVar[tuple[tuple[str, str], ...]] = ((r"/mofaj/", "ja"),)
    #: MOFA numbers the points of a readout; the numbers are not text.
    paragraph_prefix: ClassVar[str | None] = ITEM_NUMBER
    #: MOFA's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="JP",
        extra_verbs=("shared the view", "shared the recognition", "concurred", "affirmed"),
        joint_subjects=(
            "The two ministers",
            "The two leaders",
            "The two foreign ministers",
            "The leaders",
            "The ministers",
            "Both ministers",
            "Both leaders",
            "両者",
            "両首脳",
            "両外相",
            "双方",
        ),
        kind_patterns=(
            (r"[Tt]elephone (?:[Tt]alk|[Cc]all|[Cc]onversation|[Mm]eeting)|電話会談", "phone_call"),
            (r"[Vv]ideo ?(?:[Tt]ele)?[Cc]onference|テレビ会議|オンライン会談", "video_call"),
            # a heading naming the event talks ("Foreign Ministers' Informal Talks") is talks, as "informal
            # talks" are everywhere (benchmarks/real/CONVENTIONS.md); 会談, "Meeting": a meeting
            (r"\btalks?\s*$", "talks"),
            # "held informal talks with X" in the opening, though it names the occasion's "Foreign
            # Ministers' Meetings" first (fam224, en-bk Kono-Pato): the noun of the encounter decides
            (r"\b[Ii]nformal\s+[Tt]alks?\b", "talks"),
            (r"[Mm]eeting|[Tt]alks\b|会談", "meeting"),
        ),
        title_patterns=(
            r"^(?P<a>Japan)-(?P<b>[A-Z][\w .]*?) (?:Foreign Ministers[’'] |Summit |Leaders[’'] )?"
            r"(?P<kind>Meeting|Telephone Talk|Video Conference|Talks)$",
        ),
    )

    #: How the pages' text reads: section labels, the provisional-translation note, "Back to ..." links.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(
            # the line that announces the points, when a page sets it apart from the opening
            r"The overview (?:of the [\w -]+ )?is as follows\.?$",
            r"概要は以下のとおり(?:です)?。?$",
            r"\(\*?\s*This is a provisional translation\b",
            r"\(\*?\s*Provisional translation\)",
            r"Photo(?:graph)?:?\s*Cabinet Public (?:Relations|Affairs) Office",
        ),
        stop=(r"Back to\b", r".{1,30}へ戻る$", r"Page Top$", r"ページ(?:の)?(?:トップ|先頭)へ"),
        header=(
            r"(?:Japan-[\w .’'-]+|[\w .’'-]+-Japan) Relations$",
            r"Press Releases?$",
            r"報道発表$",
            r"(?:Japanese|English|日本語|Other Languages)$",
        ),
        title_words=(r"Talk", r"Meeting"),
    )
    #: The article markup is not known (see the README): the title is the page's ``h1``, the body the
    #: main container read as text, so the dump rules find date, title and paragraphs inside it.
    html: ClassVar[HtmlRules] = HtmlRules(
        title=("#maincontents h1", "#main h1", "main h1", "h1"),
        date=(".rightalign",),
        body=("#maincontents", "#main-contents", ".main-contents", "#main", "main", "#contents"),
        skip=(
            "nav",
            ".breadcrumbs",
            "#breadcrumbs",
            ".topicpath",
            "#pagetop",
            ".pagetop",
            "figure",
            "footer",
        ),
        title_suffix=(r"\s*[|｜]\s*(?:Ministry of Foreign Affairs of Japan|外務省)\s*$",),
    )

    #: (regex, weight): features only MOFA Japan pages have; the core combines them.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"The overview (?:of the [\w -]+ )?is as follows", 0.6),
        # the minister's title, not the end of a vice-minister's another ministry's page names ("the
        # Parliamentary Vice-Minister for Foreign Affairs of Japan", issue #8, en-ad)
        (r"(?<![\w-])Minister for Foreign Affairs of Japan", 0.4),
        (r"\(\*\s*This is a provisional translation", 0.6),
        (r"(?m)^\s*Back to Japan-[\w .’'-]+ Relations\s*$", 0.5),
        (r"(?m)^\s*Japan-[\w .’'-]+ Relations\s*$", 0.2),
        (r"(?m)^\s*Press Releases\s*$", 0.2),
        (r"(?m)^\s*Back to Index\s*$", 0.2),
        (
            r"(?-i:\b[A-Z]{3,} [A-Z][a-z]+, "
            r"(?:Minister|Prime Minister|State Minister|Parliamentary Vice-Minister)\b)",
            0.3,
        ),
        (r"概要は以下のとおり", 0.6),
        (r"(?m)^\s*報道発表\s*$", 0.3),
        (r"報道発表へ戻る", 0.4),
        (r"外務大臣", 0.2),
        (r"<title>[^<]*(?:Ministry of Foreign Affairs of Japan|外務省)\s*</title>", 0.6),
    )
