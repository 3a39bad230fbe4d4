"""The segment stage's vocabulary, as data: what page furniture looks like on any publisher's page.

The lines are rows of rule tables (a pattern, a label, an example each; see ``readoutlib.rules``):
the core's ``furniture.toml`` holds the few language-free ones (marks and shapes), and each language
pack gives the words of its language in tables of the same labels (``LanguagePack.furniture_tables``).
The segment stage runs before a page's language is known, so it reads the rows of every installed
pack (``furniture_patterns``), as it reads every pack's header labels (``label_patterns``); this
module names them for the splitters, with the few structural patterns (tags) beside them. Every row
holds on pages of many publishers; a publisher's own furniture lives in its plugin's
``DumpRules``/``HtmlRules``. Patterns are matched case-insensitively, from a line's start unless
their comment says otherwise.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import attrs

from ..errors import PluginWarning
from ..markers import required_literals
from ..rules import Row, Table, load_table

if TYPE_CHECKING:
    from ..languages import HeaderLabels

__all__ = [
    "BLOCK_TAGS",
    "FURNITURE",
    "FURNITURE_LABELS",
    "INVISIBLE_TAGS",
    "FurniturePatterns",
    "LabelPatterns",
    "furniture_patterns",
    "label_patterns",
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

#: The core's furniture rows, each with an example (``furniture.toml``: the language-free marks and
#: shapes; ``tests/test_segment.py`` runs every row through ``furniture.furniture_kind``). The words
#: are the language packs' rows (``LanguagePack.furniture_tables``), read by ``furniture_patterns``.
FURNITURE = load_table(__package__ or "readoutlib.segment", "furniture.toml")

#: The labels a furniture row may have, in the core's table and in a pack's alike.
FURNITURE_LABELS = (
    "boilerplate",
    "footer",
    "attribution",
    "site-notice",
    "meta-label",
    "headline-word",
    "headline-mark",
    "not-label",
    "breadcrumb-start",
    "not-place",
    "outlet-place",
    "republished-date",
)


@attrs.frozen(eq=False)
class FurniturePatterns:
    """The furniture rows of the core and of every installed pack, by label (``furniture_patterns``).

    Compared (and hashed) by identity: a cache keyed on it costs no hashing of its rows.

    Attributes:
        boilerplate: regex sources of lines that are boilerplate anywhere (share links, print
            buttons, scroll-to-top), matched from a line's start.
        footers: regex sources of the line that starts a site footer (it and everything after go).
        attributions: regex sources of the line that ends a page's header ("The below is
            attributable to Spokesperson X:").
        site_notice: what a site says about itself (archive banners, cookie and security notices),
            searched anywhere.
        site_notice_words: literals of which every site notice holds one, lowercased
            (``markers.required_literals``); empty when nothing can be promised.
        meta_label: a label of a metadata block near a page's top ("From:", "Published", "Date"),
            matched whole.
        headline: a word (matched whole) or a mark (matched anywhere, in scripts written without
            spaces) that makes a header line read as a headline about an event, searched anywhere.
        not_label: a word that makes a short line ending in a colon a reporting clause, not a label.
        breadcrumb_start: the opening of a navigation trail ("Home >", "You are here:").
        not_place: a word that opens a sentence, never a dateline's place ("On June 1, 2021 - ..."),
            matched at the would-be place's start.
        outlet_place: a news outlet's name where a dateline's place stands ("Daily Courier - The
            Minister met …"): the dateline is the outlet's credit and names no place; matched whole.
        republished: a republishing site's line under a copied release, each matched from the line's
            start; its group ``date`` is the release's own publication date.
    """

    boilerplate: tuple[str, ...]
    footers: tuple[str, ...]
    attributions: tuple[str, ...]
    site_notice: re.Pattern[str]
    site_notice_words: tuple[str, ...]
    meta_label: re.Pattern[str]
    headline: re.Pattern[str]
    not_label: re.Pattern[str]
    breadcrumb_start: re.Pattern[str]
    not_place: re.Pattern[str]
    outlet_place: re.Pattern[str]
    republished: tuple[re.Pattern[str], ...]


def _pack_rows(code: str, table: Table) -> list[tuple[str, str]]:
    """A pack table's ``(pattern, label)`` rows; a row with a problem (``_row_problem``) is a
    ``PluginWarning`` naming the pack, the table and the row, and is left out: the pack's other rows
    still work."""
    kept = []
    for index, row in enumerate(table.rows):
        problem = _row_problem(row, table.flags)
        if problem is None:
            kept.append((row.pattern, row.label))
        else:
            warnings.warn(
                f"language pack {code!r} ({table.origin}) row {index + 1}: {problem}; the row is left out",
                PluginWarning,
                stacklevel=5,
            )
    return kept


def _row_problem(row: Row, flags: int) -> str | None:
    """Why a pack's furniture row cannot be used, or None: its label is unknown, its pattern does not
    compile as the segment stage holds it (inside a group, beside other rows), or it has named groups
    where none are read (a "republished-date" row has the one group ``date``, other rows none)."""
    if row.label not in FURNITURE_LABELS:
        return f"unknown furniture label {row.label!r} (known: {', '.join(FURNITURE_LABELS)})"
    try:
        groups = set(re.compile(f"(?:{row.pattern})", flags).groupindex)
    except re.error as exc:
        return f"pattern {row.pattern!r} does not compile: {exc}"
    wanted = {"date"} if row.label == "republished-date" else set()
    if groups != wanted:
        return f"a {row.label} row takes {'the one named group date' if wanted else 'no named group'}"
    return None


_Key = TypeVar("_Key")
_Built = TypeVar("_Built")


def _last_asked(build: Callable[[_Key], _Built]) -> Callable[[_Key], _Built]:
    """``build`` that gives back what it made for the argument it was last asked about while it is asked
    about that same object again (compared by identity: hashing a table to look it up in ``build``'s
    own cache costs more than the rest of a call made for each line of a page)."""
    last: list[tuple[_Key, _Built]] = []

    def built(key: _Key) -> _Built:
        if last and last[0][0] is key:
            return last[0][1]
        value = build(key)
        last[:] = [(key, value)]
        return value

    return built


@cache
def _furniture_patterns(tables: tuple[tuple[str, Table], ...]) -> FurniturePatterns:
    rows = [(row.pattern, row.label) for row in FURNITURE.rows]
    for code, table in tables:
        rows += _pack_rows(code, table)

    def sources(label: str) -> tuple[str, ...]:
        return tuple(pattern for pattern, kind in rows if kind == label)

    site_notice = rf"\b(?:{_alt(sources('site-notice'))})\b"
    words, marks = sources("headline-word"), sources("headline-mark")
    headline = rf"(?<![^\W\d_])(?:{_alt(words)})(?![^\W\d_])" + (f"|{_alt(marks)}" if marks else "")
    return FurniturePatterns(
        boilerplate=sources("boilerplate"),
        footers=sources("footer"),
        attributions=sources("attribution"),
        site_notice=re.compile(site_notice, re.I),
        site_notice_words=next(iter(required_literals(site_notice)), ()),
        meta_label=re.compile(rf"^(?:{_alt(sources('meta-label'))})\s*:?$", re.I),
        headline=re.compile(headline, re.I),
        not_label=re.compile(rf"\b(?:{_alt(sources('not-label'))})\b", re.I),
        breadcrumb_start=re.compile(rf"^(?:{_alt(sources('breadcrumb-start'))})\s*(?:>|»|›|:|：|/)", re.I),
        not_place=re.compile(rf"(?:{_alt(sources('not-place'))})\b", re.I),
        outlet_place=re.compile(rf"(?:{_alt(sources('outlet-place'))})$", re.I),
        republished=tuple(re.compile(source, re.I) for source in sources("republished-date")),
    )


_furniture_for = _last_asked(_furniture_patterns)


def furniture_patterns() -> FurniturePatterns:
    """The furniture patterns of the core's rows and every installed language pack's (compiled once).

    Asked for each line a page is split into, so kept as ``label_patterns`` keeps its own: given back
    while ``languages.furniture_tables`` gives the same tuple (a pack registered at run time makes a
    new one).
    """
    return _furniture_for(_furniture_tables()())


@cache
def _furniture_tables() -> Callable[[], tuple[tuple[str, Table], ...]]:
    """``readoutlib.languages.furniture_tables``, imported on first use (as ``_header_labels``)."""
    from ..languages import furniture_tables

    return furniture_tables


#: Footers of republishing sites (mirrors that copy any publisher's releases, so no plugin can
#: declare them), the headline and the publisher line just above them; header labels (issuer, date,
#: author lines) and the verbs that make a would-be site notice a report: the shapes of those lines
#: are here, their words are the language packs' (``LanguagePack.header_labels``).


@attrs.frozen
class LabelPatterns:
    """The header-label patterns, compiled from the installed packs' words (``label_patterns``).

    Attributes:
        issuer: a header line that says who issued the page; group ``who`` is the issuer.
        date_label: what may stand before a header date, matched whole (a byline, a label, a weekday).
        glued_label: a labelled date's label at the start of a line that goes on after the date.
        author_next: the author word opening the text after a stamp (case as written).
        published_label: a metadata label whose date is the publication date.
        event_verb: a verb that makes a would-be site notice a report after all, searched anywhere.
        mirror_footer: the line that starts a republishing site's footer.
        caption: a photo caption above the report, searched anywhere (case as written).
        caption_rows: ``caption``'s rows, each compiled alone: searched one by one, each from the
            literal it opens with, where the alternation tries every row at every position.
        file_caption: a file photo's caption (case as written): never the headline.
    """

    issuer: re.Pattern[str]
    date_label: re.Pattern[str]
    glued_label: re.Pattern[str]
    author_next: re.Pattern[str]
    published_label: re.Pattern[str]
    event_verb: re.Pattern[str]
    mirror_footer: re.Pattern[str]
    caption: re.Pattern[str]
    file_caption: re.Pattern[str]
    caption_rows: tuple[re.Pattern[str], ...] = ()


def _alt(words: tuple[str, ...]) -> str:
    """One alternation of ``words`` (regex sources) in their order; one that never matches if none."""
    return "|".join(f"(?:{w})" for w in words) if words else "(?!)"


@cache
def _label_patterns(labels: HeaderLabels) -> LabelPatterns:
    author, on = _alt(labels.author), _alt(labels.on)
    # "Posted by X |" between a label and its date
    posted_by = rf"(?:\s+(?:{author})\s*:?\s*[^|]{{1,40}}\|)?\s*(?:{on})?\s*:?\s*"
    issuer = _alt(labels.issuer)
    return LabelPatterns(
        issuer=re.compile(rf"^(?:\[\s*(?:{issuer})\s*\]|(?:{issuer})\s*:)\s*(?P<who>\S.{{0,100}})$", re.I),
        date_label=re.compile(
            # a byline before the date ("By JT - Apr 08,2021 - Last updated at Apr 08,2021")
            rf"^(?:(?:{author})\s+[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){{0,2}}\s+[-–—|]\s*)?"
            rf"(?:(?:{_alt(labels.date)}){posted_by})?"
            rf"(?:(?:{_alt(labels.weekdays)})[a-z]*\.?,?\s*)?$",
            re.I,
        ),
        glued_label=re.compile(rf"^(?:{_alt(labels.glued_date)}){posted_by}", re.I),
        author_next=re.compile(rf"(?:{author}) "),
        published_label=re.compile(rf"^(?:(?:{_alt(labels.first)}) )?(?:{_alt(labels.published)})\b", re.I),
        event_verb=re.compile(rf"\b(?:{_alt(labels.event_verbs)})\b", re.I),
        mirror_footer=re.compile(_alt(labels.mirror_footers), re.I),
        caption=re.compile(_alt(labels.captions)),
        file_caption=re.compile(_alt(labels.file_captions)),
        caption_rows=tuple(re.compile(row) for row in labels.captions),
    )


_labels_for = _last_asked(_label_patterns)


def label_patterns() -> LabelPatterns:
    """The header-label patterns of every installed language pack's words (compiled once).

    Asked for each line a page is split into: the patterns of the labels last asked about are kept
    with them and given back while ``header_labels`` gives that same object (hashing the labels to
    look them up in ``_label_patterns``'s cache costs more than the rest of the call).
    """
    return _labels_for(_header_labels()())


@cache
def _header_labels() -> Callable[[], HeaderLabels]:
    """``readoutlib.languages.header_labels``, imported on first use: the packs load when a page is
    first split."""
    from ..languages import header_labels

    return header_labels
