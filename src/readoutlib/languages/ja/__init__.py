"""Japanese: readouts in Japanese (MOFA's "<name><title>は，<name><title>との間で…会談" openings).

A small rule set: the opening clause gives both sides, "本9日" is dated against the publication
date, and the statements are those the shared statement finder reads in Japanese.
"""

from __future__ import annotations

import datetime as dt
import re

from ...analysis.event import EventDate, event_kind, strip_dateline, url_date
from ...analysis.names import japanese_mention, japanese_names
from ...analysis.participants import Principal, assign_countries, to_participants
from ...analysis.profile import Profile
from ...analysis.statements import find_statements
from ...dates import find_dates
from ...model import EventKind
from .. import EventReading, Genre, LanguagePack, Page, People, Statements

__all__ = ["JapanesePack"]

_EVENT = re.compile(r"会談|会見|会合|会議|電話|協議|面会|懇談")
# Bounded pieces (a name with its titles, the gap to the event word) and a bounded window: with
# unbounded lazy pieces a long paragraph without 。 took seconds per search (issue 11).
_CLAUSE = re.compile(
    r"(?P<a>[^，,、。\s]{1,40}?)(?:は|が)[，,、]?\s*(?P<b>[^，,、。]{1,60}?)(?:との間で|と)[^。]{0,200}?"
    r"(?:会談|会見|会合|会議|電話|協議|面会|懇談)"
)
#: How far into the opening paragraph the opening clause is looked for.
_CLAUSE_WINDOW = 600
_KINDS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"テレビ会議|ビデオ会議|オンライン"), EventKind.VIDEO_CALL),
    (re.compile(r"電話"), EventKind.PHONE_CALL),
    (re.compile(r"書簡|メッセージ|祝電"), EventKind.MESSAGE),
    (re.compile(r"会談|会見|会合|面会|懇談"), EventKind.MEETING),
    (re.compile(r"訪問"), EventKind.VISIT),
)
_THIS_DAY = re.compile(r"本(\d{1,2})日")


class JapanesePack(LanguagePack):
    """Reads readouts written in Japanese."""

    code = "ja"
    name = "Japanese"
    description = "Readouts in Japanese (MOFA): talks, telephone talks and meetings."

    def genre(self, page: Page, profile: Profile) -> Genre:
        """The opening is the first paragraph naming an event; the dateline may give the page's date."""
        paragraphs = page.paragraphs
        head = next((p for p in paragraphs[:6] if _EVENT.search(p)), paragraphs[0] if paragraphs else None)
        published = page.published
        dateline = strip_dateline(head or "", profile)
        if published is None and dateline is not None and dateline.date is not None:
            published = dateline.date
        return Genre(None, headline=page.title, body=paragraphs, opening=head, published=published)

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the title and opening; date from the text, else "本9日" against the page's date."""
        kind = event_kind(page.title, genre.opening, profile)
        if kind is EventKind.OTHER:
            kind = next((k for p, k in _KINDS if p.search(f"{page.title or ''} {genre.opening or ''}")), kind)
        when = _event_date(genre.opening, page.title, genre.published or url_date(page.url))
        warnings = () if when.date is not None else ("no event date in the text",)
        return EventReading(kind, when.date, when.basis, None, genre.published, warnings)

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Both sides of the opening clause; every other name in the body is mentioned."""
        principals = _principals(genre.opening)
        assign_countries(principals, (), profile, page.url)
        participants = to_participants(principals)
        names = [p.name for p in participants]
        seen: dict[str, None] = {}
        for para in genre.body:
            for name, _ in japanese_names(para):
                if not any(n.startswith(name) or n.endswith(name) or name in n.split("・") for n in names):
                    seen.setdefault(name, None)
        warnings = () if participants else ("no participants found in the title or opening paragraph",)
        return People(participants, tuple(seen), warnings)

    def statements(self, genre: Genre, people: People, profile: Profile) -> Statements:
        """The statements the shared finder reads in Japanese."""
        found, warnings = find_statements(genre.body, people.participants, profile)
        return Statements(found, warnings)


def _event_date(head: str | None, title: str | None, published: dt.date | None) -> EventDate:
    """A full date in the opening or title; "本9日" ("the 9th, today") or a month and day with the
    publication date's month and year; else the publication date itself."""
    partial = None
    for text in (head, title):
        for found in find_dates(text or ""):
            if found.year is not None:
                return EventDate(found.date, "text")
            partial = partial or found
    if published is None:
        return EventDate()
    this_day = _THIS_DAY.search(head or "")
    candidate: dt.date | None = published
    try:
        if this_day:
            candidate = published.replace(day=int(this_day.group(1)))
        elif partial is not None:
            candidate = dt.date(published.year, partial.month, partial.day)
    except ValueError:
        return EventDate()
    if this_day is None and partial is None:
        return EventDate(published, "published")
    if candidate is not None and 0 <= (published - candidate).days <= 62:
        return EventDate(candidate, "relative")
    return EventDate()


def _principals(head: str | None) -> list[Principal]:
    """The two sides of a Japanese opening: "<A>は，<B>との間で…会談を行った"."""
    if not head:
        return []
    m = _CLAUSE.search(head[:_CLAUSE_WINDOW])
    if not m:
        return []
    out: list[Principal] = []
    for side in (m.group("a"), m.group("b")):
        mention = japanese_mention(side)
        if mention is not None and mention.name:
            out.append(Principal(mention.name, list(mention.titles), mention.country))
    return out
