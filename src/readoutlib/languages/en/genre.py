"""Genre: the kinds of page a publisher's feed carries besides readouts, as rows of a table.

A news feed mixes readouts with fact sheets, proclamations, nominations, statements, greetings and
schedules; most of them name a meeting or a call somewhere, so "some sentence reports an event" is
not evidence enough. The title says what a page is: each row of ``GENRE_TITLES`` is one family of
titles that are not readouts, with an example title that the row must match (the rows are the rule
table ``languages/en/genre_titles.toml``; ``tests/test_rule_rows.py`` runs every row). A *soft*
family (statements, joint statements) yields to a lead that reports the event itself ("Statement by
the Spokesperson on the Secretary's call": "The Secretary spoke today with ..."); a hard one decides
unless the title itself reports the event. ``EVENT_TITLES`` are the rows of titles that report an
event (a readout's own headline); ``other_page_title`` finds briefings, speeches and transcripts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import attrs

from ...rules import Gated, GatedRows, Table, load_table

__all__ = [
    "EVENT_TITLES",
    "GENRE_TITLES",
    "LEAD_FAMILIES",
    "SOFT_FAMILIES",
    "GenreRule",
    "event_title",
    "event_title_of",
    "genre_of",
    "lead_genre",
    "other_page_of",
    "other_page_title",
    "title_genre",
]


@attrs.frozen
class GenreRule:
    """One row: a family of titles, the pattern that finds it, and an example it must match.

    Attributes:
        family: what the page is, in words; the refusal reason names it.
        pattern: a regular expression, matched case-insensitively against the title.
        example: a title the pattern matches (run by the tests).
        soft: the page is still a readout when its lead reports the event.
    """

    family: str
    pattern: str
    example: str
    soft: bool = False

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled once."""
        return _compile(self.pattern)

    @property
    def gated(self) -> Gated:
        """The compiled pattern, searched only in a text holding one of its required words: most
        titles hold none of a row's words, and a row's search walks the whole title."""
        return _gate(self.pattern)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@cache
def _gate(pattern: str) -> Gated:
    return Gated.of(_compile(pattern))


def _rows(rules: tuple[GenreRule, ...]) -> GatedRows:
    """A table's rows, searched only where one pass over the text finds their required words: built
    on first use (the rows' patterns are compiled then), kept by the table's identity."""
    rows = _ROWS.get(id(rules))
    if rows is None:
        rows = _ROWS[id(rules)] = GatedRows(rule.gated for rule in rules)
    return rows


_ROWS: dict[int, GatedRows] = {}


#: Families that yield to a lead reporting the event itself ("Statement by the Spokesperson on the
#: Secretary's call": "The Secretary spoke today with ..."): a property of the family, not of a row.
SOFT_FAMILIES = frozenset(
    (
        "announcement",
        "signing",
        "quotation headline",
        "joint statement",
        "statement",
        "trip",
        "national day or commemoration",
    )
)


#: Families that also read in a lead: under a soft title (a quotation headline, a statement), a lead
#: that reports awards handed out, a tour of a facility or a memorial tells that event, not a meeting.
LEAD_FAMILIES = frozenset(("awards or decorations", "site visit", "memorial"))


def _table(filename: str) -> Table:
    # Read through ``readoutlib.languages``: the English pack imports the analysis, not the reverse.
    return load_table("readoutlib.languages", f"en/{filename}")


def _rules(filename: str) -> tuple[GenreRule, ...]:
    return tuple(
        GenreRule(row.label, row.pattern, row.example, soft=row.label in SOFT_FAMILIES)
        for row in _table(filename).rows
    )


#: Families of titles that are not readouts (``languages/en/genre_titles.toml``), first match wins.
GENRE_TITLES: tuple[GenreRule, ...] = _rules("genre_titles.toml")
#: Titles that report an event, a readout's own headline (``languages/en/event_titles.toml``).
EVENT_TITLES: tuple[GenreRule, ...] = _rules("event_titles.toml")
_OTHER_PAGE = _table("other_page_titles.toml")
_OTHER_PAGE_TITLE = re.compile(_OTHER_PAGE.alternation(), _OTHER_PAGE.flags)


@lru_cache(maxsize=256)  # the genre and event stages ask about the same headline several times
def title_genre(title: str | None) -> GenreRule | None:
    """The first row of ``GENRE_TITLES`` the title matches, or None."""
    if not title:
        return None
    found = _rows(GENRE_TITLES).first(title)
    return None if found is None else GENRE_TITLES[found]


def lead_genre(sentence: str | None) -> GenreRule | None:
    """The first row of ``GENRE_TITLES`` of a ``LEAD_FAMILIES`` family the lead sentence matches."""
    if not sentence:
        return None
    rows = _rows(GENRE_TITLES)
    return next(
        (
            GENRE_TITLES[i]
            for i in rows.candidates(sentence)
            if GENRE_TITLES[i].family in LEAD_FAMILIES and rows.patterns[i].regex.search(sentence)
        ),
        None,
    )


@lru_cache(maxsize=256)
def event_title(title: str | None) -> GenreRule | None:
    """The first row of ``EVENT_TITLES`` the title matches: the headline reports an event."""
    if not title:
        return None
    found = _rows(EVENT_TITLES).first(title)
    return None if found is None else EVENT_TITLES[found]


def other_page_title(title: str | None) -> str | None:
    """The words of a title that name a briefing, speech, remarks, interview or transcript, or None."""
    found = _OTHER_PAGE_TITLE.search(title) if title else None
    return found.group(0) if found else None


def genre_of(title: str) -> str | None:
    """The family ``title_genre`` finds (the genre table's probe)."""
    rule = title_genre(title)
    return rule.family if rule else None


def event_title_of(title: str) -> str | None:
    """The family ``event_title`` finds (the event-title table's probe)."""
    rule = event_title(title)
    return rule.family if rule else None


def other_page_of(title: str) -> str | None:
    """The label of the first other-page row the title matches (that table's probe)."""
    return next((label for pattern, label in _OTHER_PAGE.compiled() if pattern.search(title)), None)
