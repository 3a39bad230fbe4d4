"""The shared reader of the table-built packs: what the French, German and Russian packs do alike.

A pack built from rule tables (``packtables``) has the same pieces in each language: its tables
(``PackTables``), an opening sentence (``Opening``), the people a sentence names (``Mention``), the
event's kind and date read from the opening (``kind_of``, ``event_date``, ``event_day``), the
countries a text names (``with_rows``, ``first_code``), its verbs (``verb_matches``), the probes
its tables' tests run (``country_probe`` …) and the pack class around them (``TablePack``). A new
pack's modules call these with its own tables and rules and keep only what its language does
differently::

    from readoutlib.languages.tablepack import PackTables, TablePack, kind_of

    TABLES = PackTables(__package__)
    kind = kind_of(TABLES.table("kinds.toml"), (opening, headline))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs

from ..model import EventKind, Participant, Statement
from . import Genre, LanguagePack, Page, People, Statements
from .packtables import Rule, first, first_label, pack_table, relative_day

__all__ = [
    "NO_OPENING",
    "Mention",
    "Opening",
    "PackTables",
    "ReaderProbes",
    "TablePack",
    "country_probe",
    "day_before",
    "event_date",
    "event_day",
    "first_code",
    "first_date",
    "first_probe",
    "genre_probe",
    "kind_of",
    "kind_probe",
    "label_probe",
    "not_readout_reason",
    "person_id",
    "reader_probes",
    "run_to_next",
    "verb_matches",
    "weekday_before",
    "with_rows",
]

#: Why a page whose first paragraphs report nothing is not read as a readout.
NO_OPENING = "no call, meeting or talks between named people is reported"

#: A date a pack read, or None; with how it was found ("text", "relative", "published").
Dated = tuple[dt.date | None, str | None]


# ----------------------------------------------------------------------------------- tables


@attrs.frozen
class PackTables:
    """One pack's rule tables (TOML files in ``package``), each compiled once."""

    package: str

    def table(self, filename: str) -> tuple[Rule, ...]:
        """The rows of one of the pack's tables (``RuleError`` names the file and row that is bad)."""
        return pack_table(self.package, filename)

    def first_label(self, filename: str, text: str) -> str | None:
        """The label of the first row of a table that matches ``text``."""
        return first_label(self.table(filename), text)


# ----------------------------------------------------------------------------------- genre


@attrs.frozen
class Opening:
    """The sentence that reports the event, the paragraph it is in, and the form of its clause."""

    sentence: str
    paragraph: int
    form: str
    following: tuple[str, ...] = ()


def not_readout_reason(
    texts: Sequence[str], genre_rows: Sequence[Rule], opening: str | None, extra: Sequence[str] = ()
) -> str | None:
    """Why the page is not a readout: a profile's pattern (``extra``) on the headline (``texts[0]``),
    else the label of the first genre row that one of ``texts`` matches, read up to the paragraph
    that holds the ``opening`` (None: it may be one)."""
    for pattern in extra:
        if texts[0] and re.search(pattern, texts[0]):
            return "the publisher's profile marks this headline as not a readout"
    for text in texts:
        if opening is not None and text == opening:
            break
        found = first(genre_rows, text)
        if found is not None:
            return found[0].label
    return None


def first_date(texts: Iterable[str], full_date: Callable[[str], dt.date | None]) -> dt.date | None:
    """The first full date (``full_date``) of the texts, in order."""
    for text in texts:
        found = full_date(text)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------------------------- event


def kind_of(rows: Sequence[Rule], texts: Iterable[str | None]) -> EventKind:
    """The kind the first of ``texts`` that a row of ``rows`` (kinds.toml) matches gives, else OTHER."""
    for text in texts:
        if text:
            label = first_label(rows, text)
            if label is not None:
                return EventKind(label)
    return EventKind.OTHER


def event_date(
    opening: str | None, published: dt.date | None, day_of: Callable[[str, dt.date | None], Dated]
) -> Dated:
    """The date the opening gives the event (``day_of``, the pack's ``event_day``), else the page's own
    date (basis "published")."""
    if opening:
        date, basis = day_of(opening, published)
        if date is not None:
            return date, basis
    if published is not None:
        return published, "published"
    return None, None


def event_day(
    text: str,
    published: dt.date | None,
    full_date: Callable[[str], dt.date | None],
    relative: Sequence[Callable[[str, dt.date | None], dt.date | None]],
    *,
    today: re.Pattern[str],
    yesterday: re.Pattern[str],
) -> Dated:
    """A sentence's event date and how it was found: its full date ("text"), else the first day one of
    ``relative`` reads (a day and month, a weekday) or "today"/"yesterday" against the publication
    date ("relative")."""
    date = full_date(text)
    if date is not None:
        return date, "text"
    found = next((day for read in relative if (day := read(text, published)) is not None), None)
    return relative_day(text, published, found, today, yesterday)


def day_before(published: dt.date, day: dt.date) -> dt.date | None:
    """A day and month printed without a year: in the publication date's year, or the one before
    when that would be after the page (None where that year has no such day: 29 February)."""
    if day <= published:
        return day
    try:
        return day.replace(year=published.year - 1)
    except ValueError:
        return None


def weekday_before(
    text: str,
    published: dt.date | None,
    weekday: re.Pattern[str],
    names: Sequence[str],
    same: Mapping[str, str] | None = None,
) -> dt.date | None:
    """The day of the first weekday ``weekday`` finds in the text (its group 1, lower case, a name of
    ``names`` from Monday on, or one ``same`` gives another name of): the last such day on or before
    the publication date."""
    m = weekday.search(text)
    if m is None or published is None:
        return None
    name = m.group(1).lower()
    wanted = names.index((same or {}).get(name, name))
    return published - dt.timedelta(days=(published.weekday() - wanted) % 7)


# ----------------------------------------------------------------------------------- people


@attrs.frozen
class Mention:
    """A person named in a sentence: name as written, titles, country, and where the name is."""

    name: str
    titles: tuple[str, ...] = ()
    country: str | None = None
    start: int = 0
    end: int = 0


def person_id(name: str) -> str:
    """A participant's id: the words of the name, lower case, joined by hyphens."""
    words = re.findall(r"[^\W_]+", name.casefold())
    return "-".join(words) or "person"


def with_rows(
    found: list[tuple[str, int, int]], rows: Sequence[Rule], text: str
) -> list[tuple[str, int, int]]:
    """``found`` (code, start, end) and each match of ``rows`` in ``text`` (a demonym's), by start."""
    for row in rows:
        found.extend((row.label, m.start(), m.end()) for m in row.pattern.finditer(text))
    return sorted(found, key=lambda f: f[1])


def first_code(spans: Sequence[tuple[str, int, int]]) -> str | None:
    """The code of the first span, or None."""
    return spans[0][0] if spans else None


# ----------------------------------------------------------------------------------- statements


def verb_matches(
    rows: Iterable[tuple[Sequence[tuple[re.Pattern[str], bool]], str]], sentence: str
) -> list[tuple[re.Match[str], str, bool]]:
    """Each verb of a sentence: (match, label, flag) for each row's patterns in order, a match whose
    ``verb`` group starts inside one found already left out (the first row wins at a place)."""
    found: list[tuple[re.Match[str], str, bool]] = []
    for patterns, label in rows:
        for pattern, flag in patterns:
            for m in pattern.finditer(sentence):
                if not any(f.start("verb") <= m.start("verb") < f.end("verb") for f, _, _ in found):
                    found.append((m, label, flag))
    return found


def run_to_next(found: Sequence[tuple[int, int, str, str]], para: str, index: int) -> list[Statement]:
    """The statements of paragraph ``index``: each of ``found`` (where its clause starts, where its
    content starts, speaker, verb) from its content to the next one's clause, spaces cut off."""
    out: list[Statement] = []
    for k, (_clause, content, speaker, verb) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(para)
        text = para[content:end].rstrip()
        out.append(Statement(speaker, verb, text, index, content, content + len(text)))
    return out


# ----------------------------------------------------------------------------------- the pack


class TablePack(LanguagePack):
    """A pack of rule tables whose stages share their shape: a subclass sets ``find_statements``
    (``staticmethod``) and reads the genre, the event and the principals its own way."""

    @staticmethod
    def find_statements(body: Sequence[str], participants: Sequence[Participant]) -> tuple[Statement, ...]:
        """The statements of the body's paragraphs, each by a principal or both sides."""
        raise NotImplementedError

    @staticmethod
    def read_genre(
        page: Page, body: tuple[str, ...], reason: str | None, opening: str | None, published: dt.date | None
    ) -> Genre:
        """The genre reading: not a readout for ``reason``, or for want of an opening."""
        if reason is None and opening is None:
            reason = NO_OPENING
        return Genre(
            reason,
            headline=page.title,
            body=body,
            opening=opening if reason is None else None,
            published=published,
        )

    @staticmethod
    def people(participants: tuple[Participant, ...], mentioned: tuple[str, ...] = ()) -> People:
        """The participants stage's reading, warning of fewer than two principals and of a principal
        with no country."""
        warnings = []
        if len(participants) < 2:
            warnings.append(f"{len(participants)} participants found in the opening")
        warnings.extend(
            f"no country found for participant {p.name!r}" for p in participants if p.country is None
        )
        return People(participants, mentioned, tuple(warnings))

    def statements(self, genre: Genre, people: People, profile: object) -> Statements:
        """Statements opened by a principal's reporting verb, or by both sides'."""
        return Statements(self.find_statements(genre.body, people.participants))


# ----------------------------------------------------------------------------------- probes


def country_probe(country_in: Callable[[str], str | None]) -> Callable[[str], str]:
    """The probe of a demonyms or countries table: the first country a text names ("" when none)."""

    def country(text: str) -> str:
        """The first country the text names ("" when none)."""
        return country_in(text) or ""

    return country


def genre_probe(reason: Callable[[str | None, Sequence[str]], str | None]) -> Callable[[str], str]:
    """The probe of a genre table: why a page with the text as headline is not a readout."""

    def genre(text: str) -> str:
        """Why a page with this headline is not a readout ("readout" when it may be one)."""
        return reason(text, ()) or "readout"

    return genre


def kind_probe(kind: Callable[[str], EventKind]) -> Callable[[str], str]:
    """The probe of a kinds table: the kind ``kind`` reads in the text."""

    def probe(text: str) -> str:
        """The event kind the text reports."""
        return kind(text).value

    return probe


def label_probe(tables: Callable[[str, str], str | None], filename: str) -> Callable[[str], str]:
    """The probe of a table read row by row: the label of its first row that matches ("" when none)."""

    def probe(text: str) -> str:
        return tables(filename, text) or ""

    probe.__doc__ = f"The label of the first row of {filename} the text matches."
    return probe


def first_probe(labels: Callable[[str], list[str]]) -> Callable[[str], str]:
    """The probe of a verbs table: the first label ``labels`` gives the text ("" when none)."""

    def verb(text: str) -> str:
        """The label of the first verb in the text."""
        found = labels(text)
        return found[0] if found else ""

    return verb


class ReaderProbes(NamedTuple):
    """The probes of the tables every table-built pack has, in the order ``reader_probes`` reads them."""

    country: Callable[[str], str]
    genre: Callable[[str], str]
    kind: Callable[[str], str]
    opening: Callable[[str], str]
    subject: Callable[[str], str]
    verb: Callable[[str], str]


def reader_probes(
    country_in: Callable[[str], str | None],
    reason: Callable[[str | None, Sequence[str]], str | None],
    kind: Callable[[str], EventKind],
    tables: Callable[[str, str], str | None],
    verb_labels: Callable[[str], list[str]],
) -> ReaderProbes:
    """The probes of a pack's demonyms (countries), genre, kinds, opening, subjects and verbs tables
    from its readers: ``country, genre, kind, opening, subject, verb = reader_probes(...)``."""
    return ReaderProbes(
        country_probe(country_in),
        genre_probe(reason),
        kind_probe(kind),
        label_probe(tables, "opening.toml"),
        label_probe(tables, "subjects.toml"),
        first_probe(verb_labels),
    )
