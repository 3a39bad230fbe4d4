"""German: readouts in German (Germany's, Austria's and Switzerland's governments, and the news
copies of them and of other states' readouts).

"Bundeskanzlerin Angela Merkel hat heute mit dem französischen Präsidenten Emmanuel Macron
telefoniert": the opening clause (a past or perfect "telefonierte", "traf", "empfing", "führte … ein
Gespräch"; German headlines report in the present, an opening never does) names both sides, each
after its office, with the country around the office (babel's German names in their case forms,
adjectives of nationality, "US-" compounds; a federal office the three German-speaking states share
takes the publisher's country). The kind comes from the channel first (Telefonat, Videokonferenz),
then a trip, talks, a meeting; the date from the opening ("am 9. März 2022", "am Dienstag", "heute")
against the page's date; statements from a principal's reporting verb ("betonte", "vereinbarten",
"habe … bekräftigt"). Condolences and congratulations, letters, speeches, interviews, agendas and
announcements of events to come are refused. Vocabulary lives in the TOML tables beside this module.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ...analysis.profile import Profile
from ...dates import url_date
from .. import EventReading, Genre, Page, People
from ..tablepack import TablePack
from .countries import name_forms
from .reader import (
    event_date,
    event_kind,
    event_place,
    find_opening,
    find_principals,
    home_of,
    not_readout_reason,
    page_date,
)
from .statements import find_statements

__all__ = ["GermanPack"]


class GermanPack(TablePack):
    """Reads readouts written in German."""

    code = "de"
    name = "German"
    description = (
        "Readouts in German (Germany, Austria, Switzerland, news copies): calls, meetings, talks and visits."
    )

    def name_forms(self, name: str) -> Iterable[str]:
        """A country's name in its German case forms ("Frankreichs", "Vereinigten Staaten")."""
        return tuple(dict.fromkeys(name_forms(name)))

    find_statements = staticmethod(find_statements)

    def genre(self, page: Page, profile: Profile) -> Genre:
        """Refuse messages, letters, speeches and announcements; find the sentence that reports the event."""
        opening = find_opening(page.paragraphs, page.title)
        # the lines above the report (a teaser restating it, a caption) are no body paragraphs
        body = page.paragraphs[opening.paragraph :] if opening is not None else page.paragraphs
        published = page.published or page_date(body, page.title, opening) or url_date(page.url)
        reason = not_readout_reason(page.title, body, profile.not_readout_patterns)
        return self.read_genre(page, body, reason, opening.sentence if opening else None, published)

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the opening and headline; date from the opening, else the page's own date."""
        kind = event_kind(genre.headline, genre.opening)
        date, basis = event_date(genre.opening, genre.published)
        reading = EventReading.read(kind, date, basis, genre.published)
        place = event_place(kind, genre.headline, genre.body[0] if genre.body else None)
        return attrs.evolve(reading, location=place) if place else reading

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Both sides of the opening, each with the title and country the page gives them."""
        opening = find_opening(genre.body, genre.headline)
        home = home_of(page.url, profile.home_country)
        participants = find_principals(opening, genre.headline, home)
        return self.people(participants)
