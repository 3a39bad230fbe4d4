"""French: readouts in French (foreign ministries, presidencies and the news copies of them).

"Mme Ana Ruiz, ministre de l'Europe et des affaires étrangères, s'est entretenue aujourd'hui par
téléphone avec son homologue des États-Unis, M. Tom Reed": the opening clause ("s'est entretenu
avec", "a eu un entretien avec", "a reçu", "a rencontré", "a été l'hôte de") gives both sides, each
name with the title and country around it (countries from babel's French names, with their
articles, and from adjectives of nationality). The kind comes from the channel first (téléphone,
visioconférence), then talks, then a meeting; the date from the opening ("le 9 mars 2022", "ce
mardi", "aujourd'hui") against the page's date; statements from a principal's reporting verb in the
passé composé ("a souligné", "ont convenu de"). Messages of condolence or congratulation, letters,
speeches, interviews, agendas and announcements of events to come are refused. Vocabulary lives in
the TOML tables beside this module.
"""

from __future__ import annotations

from ...analysis.profile import Profile
from ...dates import url_date
from .. import EventReading, Genre, Page, People
from ..tablepack import TablePack
from .reader import (
    domain_home,
    event_date,
    event_kind,
    find_opening,
    find_principals,
    named_countries,
    not_readout_reason,
    page_date,
)
from .statements import find_statements

__all__ = ["FrenchPack"]


class FrenchPack(TablePack):
    """Reads readouts written in French."""

    code = "fr"
    name = "French"
    description = "Readouts in French (ministries, presidencies, news copies): calls, meetings and talks."

    find_statements = staticmethod(find_statements)

    def genre(self, page: Page, profile: Profile) -> Genre:
        """Refuse messages, letters, speeches and announcements; find the sentence that reports the event."""
        body = page.paragraphs
        opening = find_opening(body, page.title)
        published = page.published or page_date(body, opening) or url_date(page.url)
        reason = not_readout_reason(page.title, body, profile.not_readout_patterns)
        return self.read_genre(page, body, reason, opening.sentence if opening else None, published)

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the opening and headline; date from the opening, else the page's own date."""
        found = find_opening(genre.body, genre.headline) if genre.opening else None
        kind = event_kind(genre.headline, genre.opening, found.following if found else ())
        date, basis = event_date(genre.opening, genre.published)
        return EventReading.read(kind, date, basis, genre.published)

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Both sides of the opening, each with the title and country the page gives them."""
        opening = find_opening(genre.body, genre.headline)
        principals = named_countries(find_principals(opening, profile.home_country), opening, genre.body)
        participants = domain_home(principals, page.url)
        return self.people(participants)
