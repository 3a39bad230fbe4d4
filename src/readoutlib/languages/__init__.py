"""Language packs: what a language contributes to the analysis, found through entry points.

The format plugin decides the layout (title, date line, body paragraphs); the language pack reads
the text. A pack is a class with four stages, each returning one typed result, which the cascade in
``readoutlib.analysis.pipeline`` runs in order::

    genre         Page -> Genre                  readout or not, and where the report opens
    event         Page, Genre -> EventReading    kind, date (with its basis), place
    participants  ... -> People                  principals (name, titles, country, requested)
    statements    ... -> Statements              who said what, with offsets

Packs register under the entry-point group ``readoutlib.languages``, named by their BCP-47 primary
language code; the packs that ship with readoutlib (English, French, Japanese, Chinese, Russian) register
through the core's own ``pyproject.toml`` exactly as a third party's German pack would. Listing codes
reads entry-point metadata only; a pack is imported the first time a page in its language is read.
A pack that fails to import is a ``PluginWarning`` naming its distribution, and its language is then
refused like any language without a pack.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import re
import sys
import threading
import tomllib
import warnings
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import attrs

from .._entrypoints import by_name, distribution_label
from ..analysis.profile import Profile
from ..errors import PluginWarning, UnsupportedLanguageError
from ..model import EventKind, Participant, Statement
from ..rules import RuleError, Table, load_table

__all__ = [
    "COMPARE_WORDS_FILE",
    "ENTRY_POINT_GROUP",
    "FURNITURE_TABLE",
    "CompareWords",
    "DateWords",
    "EventReading",
    "Genre",
    "HeaderLabels",
    "LanguagePack",
    "PackInfo",
    "Page",
    "People",
    "Romanisation",
    "Statements",
    "compare_words",
    "date_words",
    "function_words",
    "furniture_tables",
    "header_labels",
    "headline_tenses",
    "language_codes",
    "language_info",
    "language_pack",
    "pack_file",
    "register_language",
    "romanisation",
    "unregister_language",
]

#: The entry-point group every language pack registers under.
ENTRY_POINT_GROUP = "readoutlib.languages"
#: The file name of a pack's page-furniture table, beside its module (``LanguagePack.furniture_tables``).
FURNITURE_TABLE = "page_furniture.toml"
#: The rule table of a headline's tense in a pack's package (``LanguagePack.headline_tense``).
HEADLINE_TENSE_TABLE = "headline_tense.toml"
#: The file name of a pack's romanisation, beside its module (``LanguagePack.romanisation``).
ROMANISATION_FILE = "romanisation.toml"
#: The file name of a pack's function words, beside its module (``LanguagePack.function_words``).
FUNCTION_WORDS_FILE = "function_words.toml"
#: The file name of a pack's letters written either way, beside its module (``LanguagePack.folded``).
SPELLINGS_FILE = "spellings.toml"
#: The file name of a pack's date words, beside its module (``LanguagePack.date_words``).
DATE_WORDS_FILE = "date_words.toml"
#: The file name of a pack's words for the comparison of two readouts, beside its module
#: (``LanguagePack.compare_words``; read by ``readoutlib.compare``).
COMPARE_WORDS_FILE = "compare_words.toml"
#: The file name of a pack's demonyms, beside its module (``pack_file``; read by
#: ``readoutlib.analysis.countries``).
DEMONYMS_FILE = "demonyms.tsv"


def _strs(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


@attrs.frozen
class Page:
    """What the segment stage hands the language stages: the page's parts, language-neutral.

    Attributes:
        title: the headline, if the page has one.
        paragraphs: body paragraphs, boilerplate removed, in order.
        url: where the page was published.
        published: the publication date the page or its source states, if any.
        summary: a lead paragraph the layout kept apart from the body.
        place: a dateline's place the layout cut from the body.
        day_month: (month, day) of a date line that prints no year.
        byline: who issued the page, as a labelled header line names them.
    """

    title: str | None
    paragraphs: tuple[str, ...] = attrs.field(converter=_strs)
    url: str | None = None
    published: dt.date | None = None
    summary: str | None = None
    place: str | None = None
    day_month: tuple[int, int] | None = None
    byline: str | None = None


@attrs.frozen
class Genre:
    """The genre stage's reading: a readout or not, and where its report opens.

    Attributes:
        reason: None for a readout; otherwise why the page is not one ("a press briefing").
        headline: the headline the analysis reads (the layout's title, or a header line).
        body: the paragraphs after the furniture before the opening; statements index into it.
        opening: the sentence that reports the event.
        published: the publication date as found (the page's date line, its dateline).
    """

    reason: str | None
    headline: str | None = None
    body: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    opening: str | None = None
    published: dt.date | None = None


@attrs.frozen
class EventReading:
    """The event stage's reading.

    Attributes:
        kind: what kind of event the page reports.
        date: when it happened, if the page says or implies it.
        date_basis: how the date was found ("text", "relative", "published").
        location: where it took place, if stated.
        published: the publication date after the stage's checks (None when the page's date
            turned out to be before the event, so it cannot be the publication date).
        warnings: what the stage was unsure of, in words.
    """

    kind: EventKind = EventKind.OTHER
    date: dt.date | None = None
    date_basis: str | None = None
    location: str | None = None
    published: dt.date | None = None
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    @classmethod
    def read(
        cls, kind: EventKind, date: dt.date | None, basis: str | None, published: dt.date | None
    ) -> EventReading:
        """A reading of ``kind`` on ``date`` (found on ``basis``) with no place, warning where the text
        gives no date or states no kind of event: what a pack that reads no more than that returns."""
        warnings = [] if date is not None else ["no event date in the text"]
        if kind is EventKind.OTHER:
            warnings.append("the kind of event (call, meeting, talks, visit, message) is not stated")
        return cls(kind, date, basis, None, published, tuple(warnings))


@attrs.frozen
class People:
    """The participants stage's reading: the principals in order, and the others named."""

    participants: tuple[Participant, ...] = ()
    mentioned: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)


@attrs.frozen
class Statements:
    """The statements stage's reading; each statement's paragraph indexes ``Genre.body``."""

    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)


def _merged(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


@attrs.frozen
class HeaderLabels:
    """The words a language's page headers label their lines with, as regex sources.

    The segment stage reads them before the page's language is known (``header_labels`` merges
    every installed pack's); the core keeps only the shape of each line around them.

    Attributes:
        issuer: labels before who issued the page ("Source: X", "[Issued by] X").
        date: labels before a header date ("Published:", "Posted on").
        glued_date: those of ``date`` that may also open a line whose text goes on after the date.
        published: metadata labels whose date is the publication date.
        first: a word that may stand before a ``published`` label ("First published").
        author: the word before an author's name ("By X - May 8, 2021", "Posted by X |").
        on: the word between a label and its date ("Published on").
        weekdays: weekday stems, each read with any letters after it ("wed": "Wed.", "Wednesday").
        event_verbs: verbs that make a would-be site notice a report after all ("met", "spoke").
        mirror_footers: a line that starts a republishing site's footer.
        captions: a photo caption above the report ("Ana Ruiz (left) and …", "Photo:"), searched
            anywhere and matched as written (case counts).
        file_captions: those of ``captions`` that caption a file photo ("FILE PHOTO: …"): another
            occasion's picture, never the page's headline.
    """

    issuer: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    glued_date: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    first: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    on: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    event_verbs: tuple[str, ...] = ()
    mirror_footers: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    file_captions: tuple[str, ...] = ()

    def __or__(self, other: HeaderLabels) -> HeaderLabels:
        """Both packs' labels, this one's first, each once."""
        fields = attrs.fields(HeaderLabels)
        return HeaderLabels(*(_merged(getattr(self, f.name), getattr(other, f.name)) for f in fields))


@attrs.frozen
class Romanisation:
    """How a script's letters are written in Latin letters, to compare names across scripts
    ("Лавров" and "Lavrov", ``readoutlib.compare.persons``).

    Attributes:
        letters: (a lowercase letter, the Latin letters it is written with) pairs ("х", "kh").
        alternatives: (a lowercase letter, another Latin reading) pairs, for a letter written
            otherwise in names the script borrows from other languages ("х" as "h": "Нетаньяху",
            Netanyahu); a name holding one is also compared with every such letter read so.
    """

    letters: tuple[tuple[str, str], ...] = ()
    alternatives: tuple[tuple[str, str], ...] = ()

    def __or__(self, other: Romanisation) -> Romanisation:
        """Both packs' letters; where both give one letter, this one's reading."""
        return Romanisation(
            tuple({**dict(other.letters), **dict(self.letters)}.items()),
            tuple({**dict(other.alternatives), **dict(self.alternatives)}.items()),
        )


@attrs.frozen
class DateWords:
    """The words a language writes dates with, which the core's date scan reads (``readoutlib.dates``,
    the datelines of ``readoutlib.segment``) in every installed pack's language at once: dates are
    read before a page's language is known.

    Attributes:
        months: (a month's name or abbreviation in lowercase, its number) pairs ("sept", 9); read
            with any case and an optional period after it.
        ordinals: regex sources of what follows a day's figure ("st": "22nd"), optional after it.
        day_of: regex sources of a word between a day and its month ("of": "22nd of December").
        range_words: regex sources of a word joining the first and last day of a range, as a dash does
            ("to": "February 12 to 15, 2009"); the range is read as its first day.
        times: regex sources of the mark after a time of day's figures ("[ap]\\.?m\\.?": "10:30 a.m."),
            matched as written (case counts).
        languages: the codes of the packs that gave month words (filled in when packs are merged).
        day_marks: regex sources of a mark after a day's figure before a month word ``dateparser``
            reads ("er": "1er mai 2024"), optional after it.
        links: regex sources of a word between a day and such a month word, or between the month word
            and its year ("de": "3 de mayo de 2024"), optional.
        year_marks: regex sources of a word after the year of such a date ("года"), optional; the date
            found ends after it.
        digits: strings of ten characters, the figures 0 to 9 as the language writes them besides
            Arabic ones ("〇一二三四五六七八九").
        tens: the characters that stand for ten in a number written with ``digits`` ("十": "二十二").
        eras: (an era's name, the Western year of its first year) pairs ("令和", 2019).
        first_year: regex sources of the word for an era's first year ("元": "令和元年").
        era_years: regex sources of an era year alone, with groups ``era`` and ``eyear`` ("令和2年").
        shapes: (regex source, mark) of each whole date shape the language writes with a year, with
            groups ``year`` (or ``era`` and ``eyear``), ``month`` and ``day`` ("2020年12月22日");
            searched only in a text holding its mark, when it has one ("月").
        yearless: (regex source, mark) of the shapes without a year, tried after every other shape.
        full: whether the pack's shapes read all of its language's dates (months in figures), so that
            ``dateparser`` has nothing to add in its language.
        read_in_full: the codes of the packs that say so (filled in when packs are merged).
        month_first_zones: regex sources of the time zones of places that write dates in figures
            month first ("E[SD]T"): such a zone after a stamp's time tells the page's order
            (``dates.numeric_order``), matched as written (case counts).
    """

    months: tuple[tuple[str, int], ...] = ()
    ordinals: tuple[str, ...] = ()
    day_of: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    day_marks: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    year_marks: tuple[str, ...] = ()
    digits: tuple[str, ...] = ()
    tens: tuple[str, ...] = ()
    eras: tuple[tuple[str, int], ...] = ()
    first_year: tuple[str, ...] = ()
    era_years: tuple[str, ...] = ()
    shapes: tuple[tuple[str, str], ...] = ()
    yearless: tuple[tuple[str, str], ...] = ()
    full: bool = False
    read_in_full: tuple[str, ...] = ()
    month_first_zones: tuple[str, ...] = ()

    def __or__(self, other: DateWords) -> DateWords:
        """Both packs' words, this one's first, each once (a month word or an era this one has keeps
        its number)."""
        merged: dict[str, Any] = {
            f.name: _merged(getattr(self, f.name), getattr(other, f.name))
            for f in attrs.fields(DateWords)
            if f.name != "full"
        }
        merged["full"] = self.full or other.full
        merged["months"] = tuple({**dict(other.months), **dict(self.months)}.items())
        merged["eras"] = tuple({**dict(other.eras), **dict(self.eras)}.items())
        return DateWords(**merged)


#: The lists of regex sources of a ``date_words.toml``, by key.
_DATE_SOURCES = (
    "ordinals",
    "day_of",
    "range_words",
    "times",
    "day_marks",
    "links",
    "year_marks",
    "first_year",
    "era_years",
    "month_first_zones",
)


def _sources(data: dict[str, object], key: str, origin: str) -> tuple[str, ...]:
    """The list ``key`` of regex sources, each checked to compile."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"{origin}: {key!r} must be a list of regex sources")
    for source in value:
        try:
            re.compile(f"(?:{source})")
        except re.error as error:
            raise RuleError(f"{origin}: {key} {source!r} does not compile: {error}") from None
    return tuple(value)


def _numbered(
    data: dict[str, object], key: str, low: int, high: int, origin: str
) -> tuple[tuple[str, int], ...]:
    """The table ``key`` of words and numbers from ``low`` to ``high``."""
    table = data.get(key, {})
    if not isinstance(table, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and low <= n <= high for n in table.values()
    ):
        raise RuleError(f"{origin}: {key!r} must map words to numbers from {low} to {high}")
    return tuple(table.items())


def _numerals(data: dict[str, object], origin: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``digits`` (ten characters) and the ``ten`` of a ``date_words.toml``, each a tuple of one
    or none."""
    digits, ten = data.get("digits", ""), data.get("ten", "")
    if not isinstance(digits, str) or len(digits) not in (0, 10) or len(set(digits)) != len(digits):
        raise RuleError(f"{origin}: 'digits' must be ten different characters, 0 to 9")
    if not isinstance(ten, str) or len(ten) > 1:
        raise RuleError(f"{origin}: 'ten' must be one character")
    return (digits,) if digits else (), (ten,) if ten else ()


def _date_words(data: dict[str, object], origin: str) -> DateWords:
    """The date words of a pack's ``date_words.toml``: a table ``months`` (and ``eras``), lists of
    regex sources (``shapes`` and ``yearless`` whole date shapes, searched in a text holding
    ``shape_mark``), the ``digits`` and ``ten`` of its numbers, and ``read_in_full``."""
    months = _numbered(data, "months", 1, 12, origin)
    if not all(w == w.lower() for w, _n in months):
        raise RuleError(f"{origin}: 'months' must map month words in lowercase to 1-12")
    lists = {key: _sources(data, key, origin) for key in (*_DATE_SOURCES, "shapes", "yearless")}
    mark = data.get("shape_mark", "")
    full = data.get("read_in_full", False)
    if not isinstance(mark, str) or not isinstance(full, bool):
        raise RuleError(f"{origin}: 'shape_mark' must be a string and 'read_in_full' true or false")
    digits, tens = _numerals(data, origin)
    return DateWords(
        months,
        **{key: lists[key] for key in _DATE_SOURCES},
        digits=digits,
        tens=tens,
        eras=_numbered(data, "eras", 1, 9999, origin),
        shapes=tuple((source, mark) for source in lists["shapes"]),
        yearless=tuple((source, mark) for source in lists["yearless"]),
        full=full,
    )


def _letter_pairs(data: object, origin: str) -> tuple[tuple[str, str], ...]:
    """The (letter, Latin) pairs of one table of a romanisation file (lowercased; one letter each)."""
    if not isinstance(data, dict):
        raise RuleError(f"{origin}: expected a table of letters")
    pairs = []
    for letter, latin in data.items():
        if len(letter) != 1 or not isinstance(latin, str):
            raise RuleError(f"{origin}: {letter!r} = {latin!r}: expected one letter = its Latin letters")
        pairs.append((letter.lower(), latin))
    return tuple(pairs)


@attrs.frozen
class CompareWords:
    """What a pack gives the comparison of two readouts (``readoutlib.compare``): its table and the
    parts of its grammar the comparison reads. The comparison knows no language: every word it drops
    or weighs and every pattern it matches comes from here.

    Attributes:
        table: the pack's ``compare_words.toml`` (rows labelled "function word", "filler", "frame
            word", "event word", "position", "first person", "announces", "topic noun", "topic verb",
            "subject: <name>"), or None. Every installed pack's rows are read together, by label.
        point_words: folded words that say who spoke and how rather than what about (offices,
            person nouns, reporting and topic verbs, adverbs): a sentence point drops them.
        topic: a pattern (read case-blind) of a verb that only names a topic ("discussed", "to
            discuss", "spoke with X about"); empty for none.
        reported: a pattern (read case-blind) of a reported clause ("agreed that"); empty for none.
        abbreviations, suffixes, before_figures: what the project's sentence splitter
            (``readoutlib.analysis.sentences``) is given for a page in a language written with spaces:
            words whose period ends no sentence, name suffixes, words a figure follows ("Dec. 5").
        spaceless: the language is written without spaces between words: its sentences end at "。"
            with no space after, and a sentence is a point from a few letters of ``script``.
        script: a pattern of one letter of the language's own script, or empty (the Latin script):
            a word holding one is read with ``lemma``, a text holding one with ``country_spans``.
        lemma: a folded word of ``script`` as the pack's table lists it (its dictionary form), or None.
        country_spans: every country a text of ``script`` names, as (code, start, end), or None.
        surname: the folded family name of a person's name as the pack reads names ("Mark T.
            Lowe, Jr." -> "lowe"), or None; the comparison keys persons with the first pack's.
        canonical_title: the one folded spelling of the office a title names ("Minister of Foreign
            Affairs" -> "foreign minister"), or None.
        spell_out_title: a title with its abbreviated words spelt out ("PM" -> "Prime Minister"),
            or None.
        office_levels: (office, folded titles) of offices that stand for a level rather than one
            title ("leader", "head of state", "head of government"), each with the titles of that level.
    """

    table: Table | None = None
    point_words: frozenset[str] = frozenset()
    topic: str = ""
    reported: str = ""
    abbreviations: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    before_figures: frozenset[str] = frozenset()
    spaceless: bool = False
    script: str = ""
    lemma: Callable[[str], str] | None = None
    country_spans: Callable[[str], list[tuple[str, int, int]]] | None = None
    surname: Callable[[str], str] | None = None
    canonical_title: Callable[[str], str] | None = None
    spell_out_title: Callable[[str], str] | None = None
    office_levels: tuple[tuple[str, frozenset[str]], ...] = ()


class LanguagePack:
    """Base class of every language pack: the four stages of the analysis for one language.

    A pack keeps its vocabulary as rule tables (``readoutlib.rules``) beside its module and its
    code in the stages below. Each stage may raise ``NotAReadoutError`` with the reason.
    """

    #: BCP-47 primary language code, equal to the entry-point name ("zh").
    code: ClassVar[str] = ""
    #: The language's English name, for messages ("Chinese").
    name: ClassVar[str] = ""
    #: One line saying what the pack reads.
    description: ClassVar[str] = ""

    def header_labels(self) -> HeaderLabels:
        """The words page headers in this language label their lines with (none by default)."""
        return HeaderLabels()

    def furniture_tables(self) -> tuple[Table, ...]:
        """Rule tables of page furniture in this language: by default ``page_furniture.toml`` in the
        package of the pack's module, when it ships one (none otherwise).

        Each row has one of the labels of the core's ``segment/furniture.toml`` ("boilerplate",
        "footer", "attribution", "site-notice", "meta-label", "headline-word", "headline-mark",
        "not-label", "breadcrumb-start", "not-place", "republished-date"); the segment stage reads
        the rows of every installed pack beside the core's few language-free ones
        (``furniture_tables`` below).

        Raises:
            RuleError: the pack's table is malformed (the message names the file and the row).
        """
        shipped = self._shipped(FURNITURE_TABLE)
        return (load_table(shipped[0], FURNITURE_TABLE),) if shipped else ()

    def headline_tense(self) -> re.Pattern[str] | None:
        """The event verb of a headline in this language's present tense ("meets", "holds talks"),
        which a report's lead tells in the past: by default the rows labelled "present" of
        ``headline_tense.toml`` in the package of the pack's module, when it ships one (None otherwise).

        A one-sentence line in this tense at a page's top is the headline printed with a full stop
        (``readoutlib.segment.stopped``), not the report's first paragraph.

        Raises:
            RuleError: the pack's table is malformed (the message names the file and the row).
        """
        shipped = self._shipped(HEADLINE_TENSE_TABLE)
        if shipped is None:
            return None
        table = load_table(shipped[0], HEADLINE_TENSE_TABLE)
        return re.compile(table.alternation("present"), table.flags)

    def romanisation(self) -> Romanisation:
        """How this language's script is written in Latin letters: by default ``romanisation.toml``
        in the package of the pack's module, when it ships one (none otherwise).

        The file holds a table ``letters`` (a letter = its Latin letters, ``"щ" = "shch"``) and may
        hold a table ``alternatives`` (a letter = another Latin reading in borrowed names). Every
        installed pack's letters are read together (``romanisation`` below).

        Raises:
            RuleError: the file is malformed (the message names the file).
        """
        data, origin = self._data(ROMANISATION_FILE)
        return Romanisation(
            _letter_pairs(data.get("letters", {}), f"{origin} [letters]"),
            _letter_pairs(data.get("alternatives", {}), f"{origin} [alternatives]"),
        )

    def date_words(self) -> DateWords:
        """The words this language writes dates with: by default ``date_words.toml`` in the package
        of the pack's module, when it ships one (none otherwise).

        The file may hold a table ``months`` (a month word in lowercase = its number: ``sept = 9``)
        and lists ``ordinals``, ``day_of`` and ``times`` of regex sources (``DateWords``). Every
        installed pack's are read together (``date_words`` below): a page's dates are read before
        its language is known.

        Raises:
            RuleError: the file is malformed (the message names the file).
        """
        data, origin = self._data(DATE_WORDS_FILE)
        return _date_words(data, origin)

    def function_words(self) -> frozenset[str]:
        """The language's commonest words, in lowercase ("the", "and", "of"): by default the list
        ``words`` of ``function_words.toml`` in the package of the pack's module, when it ships one
        (none otherwise).

        Text in the Latin script is read as this language when these words are a good share of its
        words (``readoutlib.analysis.language``): in prose they are about a third of all words, in
        another language's a few per cent. A pack of a language written in its own script needs none.

        Raises:
            RuleError: the file is malformed (the message names the file).
        """
        data, origin = self._data(FUNCTION_WORDS_FILE)
        found = data.get("words", [])
        if not isinstance(found, list) or not all(isinstance(w, str) and w == w.lower() for w in found):
            raise RuleError(f"{origin}: 'words' must be a list of words in lowercase")
        return frozenset(found)

    def folded(self, text: str) -> str:
        """``text`` with every letter the language writes either way in the one form its words are
        compared in (the Russian pack's "ё" as "е"): by default the table ``same`` of
        ``spellings.toml`` in the package of the pack's module (a letter = the letter it is read as),
        when it ships one (``text`` as it is otherwise). Keys of the core's lookups in the language
        (``readoutlib.analysis.countries.country_from_name``) are folded so.

        Raises:
            RuleError: the file is malformed (the message names the file).
        """
        table = self._spellings
        return text.translate(table) if table else text

    @functools.cached_property
    def _spellings(self) -> dict[int, str]:
        """The ``str.translate`` table of ``spellings.toml`` (empty without one)."""
        data, origin = self._data(SPELLINGS_FILE)
        return {ord(letter): same for letter, same in _letter_pairs(data.get("same", {}), f"{origin} [same]")}

    def normalise(self, text: str) -> str:
        """The page's text as this pack's stages read it (by default as it is).

        The analysis hands every title, summary and body paragraph through it once the page's
        language is known, before any stage splits sentences; the readout's paragraphs, and the
        offsets of its statements, are those of the normalised text. A pack removes here what a
        machine added to its language's text and no reader wrote (the Chinese pack: the pinyin of
        polyphonic characters left in brackets by a converter, "總統(tǒng)"); it must not change words.
        """
        return text

    def compare_words(self) -> CompareWords:
        """What the comparison of two readouts reads of this language (``CompareWords``): by default
        the table ``compare_words.toml`` in the package of the pack's module, when it ships one, and
        nothing else. Every installed pack's are read together (``compare_words`` below).

        Raises:
            RuleError: the pack's table is malformed (the message names the file and the row).
        """
        shipped = self._shipped(COMPARE_WORDS_FILE)
        return CompareWords(table=load_table(shipped[0], COMPARE_WORDS_FILE) if shipped else None)

    def name_forms(self, name: str) -> Iterable[str]:
        """Every form a country's name takes in running text in this language, the name itself among
        them (by default the name alone).

        The core looks country names up in these forms (``readoutlib.analysis.countries.country_from_name``
        with the pack's language): the Russian pack gives each name in its cases ("Россия": "России",
        "Россией" ...). A form no one writes does no harm; a form that is another country's name would.
        """
        return (name,)

    def _data(self, filename: str) -> tuple[dict[str, object], str]:
        """The TOML file ``filename`` beside the pack's module, with its name for messages (an empty
        table when the pack ships none).

        Raises:
            RuleError: the file is not TOML (the message names it).
        """
        shipped = self._shipped(filename)
        if shipped is None:
            return {}, filename
        origin = f"{shipped[0]}/{filename}"
        try:
            return tomllib.loads(shipped[1].read_text(encoding="utf-8")), origin
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise RuleError(f"{origin}: {error}") from None

    def _shipped(self, filename: str) -> tuple[str, Traversable] | None:
        """(the package, the file) of ``filename`` in the package of the pack's module, or None."""
        module = sys.modules.get(type(self).__module__)
        package = getattr(module, "__package__", None)
        if not package:
            return None
        try:
            found = resources.files(package).joinpath(filename)
            return (package, found) if found.is_file() else None
        except (ModuleNotFoundError, TypeError, OSError):  # a pack not importable as a package
            return None

    def genre(self, page: Page, profile: Profile) -> Genre:
        """Decide whether the page is a readout, and find its headline, body and opening."""
        raise NotImplementedError

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Read the event's kind, date and place."""
        raise NotImplementedError

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Find the principals (with titles, countries, who asked for the call) and others named."""
        raise NotImplementedError

    def statements(self, genre: Genre, people: People, profile: Profile) -> Statements:
        """Find who said what in the body."""
        raise NotImplementedError

    def scope_sides(self, genre: Genre, people: People) -> Sequence[Participant]:
        """The principals who stand for a side of the event (``analysis.scope``): all of them. A pack
        may leave out those the page describes as private persons (a businessman, an actor)."""
        return people.participants

    def scope_texts(self, genre: Genre, people: People) -> tuple[str | None, ...]:
        """The texts whose country names tell the event's sides (``analysis.scope``): the headline and
        the opening. A pack may blank the phrases that name a country only as the topic."""
        return (genre.headline, genre.opening)

    def scope_lead(self, genre: Genre) -> tuple[str | None, ...]:
        """The body's first paragraph and the one the opening stands in: where no principal's country
        is known, the countries they name tell the event's sides (``analysis.scope``). A pack may
        blank the phrases that name a country only as the topic."""
        opening = genre.opening or ""
        first = genre.body[0] if genre.body else None
        holding = next((p for p in genre.body if opening and opening in p), first)
        return (first,) if holding == first else (first, holding)

    def diplomatic_cue(self, genre: Genre) -> bool:
        """True when the headline or the opening tells diplomacy with no country ("her counterpart",
        "bilateral talks"): read by ``analysis.scope`` only where no side's country is known. None
        known here."""
        return False

    def unnamed_foreign_side(self, genre: Genre) -> bool:
        """True when the page names another side of the event with no country (a group of other
        states' leaders named by their grouping): ``analysis.scope`` then reads the event as
        diplomatic. None known here."""
        return False


_lock = threading.RLock()
_entry_points: dict[str, metadata.EntryPoint] | None = None
_loaded: dict[str, LanguagePack] = {}
_runtime: dict[str, LanguagePack] = {}
_failed: set[str] = set()
_labels: HeaderLabels | None = None
_furniture: tuple[tuple[str, Table], ...] | None = None


def _discover() -> dict[str, metadata.EntryPoint]:
    global _entry_points
    with _lock:
        if _entry_points is None:
            _entry_points = by_name(ENTRY_POINT_GROUP, "language")
        return _entry_points


def reset() -> None:
    """Forget discovered entry points and loaded packs (tests use it after installs)."""
    global _entry_points, _labels, _furniture
    with _lock:
        _entry_points = None
        _labels = None
        _furniture = None
        _pack_data.clear()
        _loaded.clear()
        _failed.clear()


def language_codes() -> list[str]:
    """Codes of every installed language pack, sorted; imports no pack."""
    with _lock:
        return sorted(set(_discover()) | set(_runtime))


def header_labels() -> HeaderLabels:
    """Every installed pack's header labels, merged in code order (each pack is loaded for it).

    The segment stage reads a page's header before the page's language is known, so it reads the
    labels of every language it could be in. A pack that fails to load adds none.
    """
    global _labels
    labels = _labels
    if labels is not None:
        return labels
    with _lock:
        if _labels is None:
            merged = HeaderLabels()
            for code in language_codes():
                try:
                    merged = merged | language_pack(code).header_labels()
                except UnsupportedLanguageError:
                    continue
            _labels = merged
        return _labels


def furniture_tables() -> tuple[tuple[str, Table], ...]:
    """Every installed pack's furniture tables, each with the pack's code, in code order (each pack
    is loaded for it).

    Like ``header_labels``: the segment stage drops a page's furniture before the page's language is
    known, so it drops the furniture of every language the page could be in. The same tuple is given
    back until a pack is registered or unregistered, so a caller may keep what it builds from it
    while ``furniture_tables() is`` the tuple it built from. A pack that fails to load adds none.
    """
    global _furniture
    found = _furniture
    if found is not None:
        return found
    with _lock:
        if _furniture is None:
            tables: list[tuple[str, Table]] = []
            for code in language_codes():
                tables += [(code, table) for table in _pack_furniture(code)]
            _furniture = tuple(tables)
        return _furniture


_T = TypeVar("_T")
#: What ``_every_pack`` merged, by the method's name, until a pack is registered or unregistered.
_pack_data: dict[str, object] = {}


def _every_pack(method: str, empty: _T, merge: Callable[[_T, str, Any], _T]) -> _T:
    """Every installed pack's ``method()``, merged in code order from ``empty`` (``merge(merged, code,
    the pack's answer)``), kept until a pack is
    registered or unregistered. A pack that fails to load adds nothing, and so does one whose method
    raises (with a ``PluginWarning`` naming it): one broken pack must not break every page."""
    found = _pack_data.get(method)
    if found is not None:
        return found  # type: ignore[return-value]
    with _lock:
        if method not in _pack_data:
            merged = empty
            for code in language_codes():
                try:
                    pack = language_pack(code)
                except UnsupportedLanguageError:
                    continue
                try:
                    merged = merge(merged, code, getattr(pack, method)())
                except Exception as exc:  # a broken pack must not break every page
                    warnings.warn(
                        f"language pack {code!r}: its {method}() is left out: {type(exc).__name__}: {exc}",
                        PluginWarning,
                        stacklevel=3,
                    )
            _pack_data[method] = merged
        return _pack_data[method]  # type: ignore[return-value]


def romanisation() -> Romanisation:
    """Every installed pack's romanisation, merged in code order (each pack is loaded for it)."""
    return _every_pack("romanisation", Romanisation(), lambda merged, _code, table: merged | table)


def date_words() -> DateWords:
    """Every installed pack's date words, merged in code order, ``languages`` naming the packs that
    gave month words (each pack is loaded for it). The same object is given back until a pack is
    registered or unregistered, so a caller may keep what it builds from it."""

    def merge(merged: DateWords, code: str, words: DateWords) -> DateWords:
        return merged | attrs.evolve(
            words,
            languages=(code,) if words.months else (),
            read_in_full=(code,) if words.full else (),
        )

    return _every_pack("date_words", _unpacked_date_words(), merge)


#: The date words of languages no pack shipped with readoutlib reads (``_unpacked_date_words``).
UNPACKED_DATE_WORDS_FILE = "unpacked_date_words.toml"


@functools.cache
def _unpacked_date_words() -> DateWords:
    """The date words of languages that have no pack yet, as ``date_words.toml`` gives a pack's
    (``unpacked_date_words.toml`` beside this module): read first, under every installed pack's. A pack
    written for one of these languages takes its rows into its own file."""
    origin = f"{__name__}/{UNPACKED_DATE_WORDS_FILE}"
    text = resources.files(__name__).joinpath(UNPACKED_DATE_WORDS_FILE).read_text(encoding="utf-8")
    return _date_words(tomllib.loads(text), origin)


def function_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(code, function words) of every installed pack that gives any, in code order (each pack is
    loaded for it)."""
    return _every_pack(
        "function_words", (), lambda found, code, words: (*found, (code, words)) if words else found
    )


def headline_tenses() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(code, headline tense) of every installed pack that gives one, in code order (each pack is
    loaded for it)."""
    return _every_pack(
        "headline_tense", (), lambda found, code, tense: (*found, (code, tense)) if tense else found
    )


def compare_words() -> tuple[tuple[str, CompareWords], ...]:
    """(code, compare words) of every installed pack, in code order (each pack is loaded for it)."""
    return _every_pack("compare_words", (), lambda found, code, words: (*found, (code, words)))


def pack_file(code: str, filename: str) -> Path | None:
    """``filename`` beside the module of the pack for ``code``, found without importing the pack, or
    None (no such pack, or no such file).

    For data the core reads while the packs themselves are being imported (the country words every
    pack's analysis compiles into its patterns): a pack registered at run time by its module's
    file, an installed one by its entry point's module, located and not run.
    """
    with _lock:
        pack = _runtime.get(code)
    if pack is not None:
        origin = getattr(sys.modules.get(type(pack).__module__), "__file__", None)
        folder = Path(origin).parent if origin else None
    else:
        ep = _discover().get(code)
        folder = _module_folder(ep.module) if ep is not None else None
    found = folder / filename if folder is not None else None
    return found if found is not None and found.is_file() else None


def _module_folder(module: str) -> Path | None:
    """The folder of ``module``'s package (the module's own folder for a plain module), not run."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(spec.origin).parent if spec.origin else None


def _pack_furniture(code: str) -> tuple[Table, ...]:
    """The furniture tables of the pack for ``code``; none from a pack that fails to load, and none,
    with a ``PluginWarning`` naming it, from a pack whose tables fail to load (a malformed table)."""
    try:
        pack = language_pack(code)
    except UnsupportedLanguageError:
        return ()
    try:
        return tuple(pack.furniture_tables())
    except Exception as exc:  # a broken pack must not break every page's segmentation
        warnings.warn(
            f"language pack {code!r}: its page furniture is left out: {type(exc).__name__}: {exc}",
            PluginWarning,
            stacklevel=4,
        )
        return ()


def _load(code: str, ep: metadata.EntryPoint) -> LanguagePack | None:
    who = distribution_label(ep)
    try:
        target = ep.load()
        pack = target() if isinstance(target, type) else target
        if not isinstance(pack, LanguagePack):
            raise TypeError(f"{ep.value} is not a LanguagePack")
    except (Exception, SystemExit) as exc:  # a broken pack must not break the run
        _failed.add(code)
        warnings.warn(
            f"language pack {code!r} ({who}) failed to load: {type(exc).__name__}: {exc}",
            PluginWarning,
            stacklevel=4,
        )
        return None
    return pack


def language_pack(code: str) -> LanguagePack:
    """The pack that reads ``code`` ("zh", or "zh-Hant": the primary subtag decides).

    Raises:
        UnsupportedLanguageError: no installed pack reads the language; the message names it.
    """
    primary = code.lower().split("-")[0]
    with _lock:
        pack = _runtime.get(primary) or _loaded.get(primary)
        if pack is None and primary not in _failed:
            ep = _discover().get(primary)
            pack = _load(primary, ep) if ep is not None else None
            if pack is not None:
                _loaded[primary] = pack
    if pack is None:
        from ..analysis.language_names import LANGUAGE_NAMES

        name = LANGUAGE_NAMES.get(primary, primary)
        names = [LANGUAGE_NAMES.get(c, c) for c in language_codes() if c not in _failed]
        read = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names) or "no language"
        raise UnsupportedLanguageError(
            f"not read: the page is in {name} ({primary}); the installed language packs read {read}",
            language=primary,
        )
    return pack


@attrs.frozen
class PackInfo:
    """An installed language pack, as ``readout languages`` lists it.

    Attributes:
        code: the language code the pack reads ("zh").
        name: the language's English name, or "?" when the pack fails to load.
        description: what the pack reads, or why it failed to load.
        distribution: the distribution that provides it ("readoutlib", "readoutlib-lang-de").
        version: that distribution's version.
        entry_point: the entry point's target ("readoutlib.languages.zh:ChinesePack").
        loaded: False when the pack failed to import.
    """

    code: str
    name: str
    description: str
    distribution: str
    version: str
    entry_point: str
    loaded: bool


def _info(code: str) -> PackInfo:
    ep = _discover().get(code)
    dist = getattr(ep, "dist", None) if ep is not None else None
    distribution = dist.name if dist is not None else "(registered at run time)"
    version = dist.version if dist is not None else "-"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            pack: LanguagePack | None = language_pack(code)
        except UnsupportedLanguageError:
            pack = None
    if pack is None:
        reason = next((str(w.message) for w in caught), "failed to load")
        return PackInfo(code, "?", reason, distribution, version, ep.value if ep else "-", False)
    target = ep.value if ep is not None else f"{type(pack).__module__}:{type(pack).__qualname__}"
    return PackInfo(code, pack.name or code, pack.description, distribution, version, target, True)


def language_info() -> list[PackInfo]:
    """Every installed language pack with its name, description and distribution (loads each pack)."""
    return [_info(code) for code in language_codes()]


def register_language(pack: LanguagePack | type[LanguagePack], *, replace: bool = False) -> LanguagePack:
    """Register a pack at run time (tests, notebooks).

    Raises:
        ValueError: the pack has no code, or the code is taken and ``replace`` is false.
    """
    instance = pack() if isinstance(pack, type) else pack
    if not instance.code:
        raise ValueError("a language pack needs a non-empty code")
    with _lock:
        if instance.code in _runtime and not replace:
            raise ValueError(f"a language pack for {instance.code!r} is already registered")
        _runtime[instance.code] = instance
        _forget_labels()
    return instance


def unregister_language(code: str) -> None:
    """Remove a pack registered at run time (entry points stay)."""
    with _lock:
        _runtime.pop(code, None)
        _forget_labels()


def _forget_labels() -> None:
    global _labels, _furniture
    _labels = None
    _furniture = None
    _pack_data.clear()
