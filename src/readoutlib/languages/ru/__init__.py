"""Russian: readouts in Russian (kremlin.ru, mid.ru, and copies in Russian-language news).

"Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Государственным
секретарём США М.Помпео": the opening clause gives both sides, each in the case the sentence
needs; the pack puts names and titles back in the nominative (pymorphy3), keeps initials as
written, reads countries from names, abbreviations and demonyms ("России", "США", "турецкой
стороны"), and finds statements opened by заявил / подчеркнул / отметил / выразил …, with
«Стороны обсудили» topic-only and «Стороны», «лидеры», «собеседники» speaking for both.
Announcements of talks to come, decrees and appointments, greetings, speeches and press
conferences are refused. Vocabulary lives in the TOML tables beside this module.
"""

from __future__ import annotations

import re

import attrs

from ...analysis.profile import Profile
from ...dates import url_date
from .. import CompareWords, EventReading, Genre, Page, People
from ..tablepack import TablePack
from .declension import name_forms
from .reader import (
    event_date,
    event_kind,
    event_place,
    find_opening,
    find_principals,
    find_statements,
    first_sentence,
    mentioned_people,
    not_readout_reason,
    page_date,
    strip_furniture,
)

__all__ = ["RussianPack"]


#: A letter of the Cyrillic alphabet as Russian writes it: a word holding one may have a lemma.
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
#: An office of a state with its own government and no ISO code ("избранным Президентом Абхазии",
#: "Президента Республики Южная Осетия"): its holder has no country, yet he is another side (the
#: English pack's "uncoded state" rows; feeds-dev9 Kremlin 68, a readout). Not the Donetsk and Luhansk
#: "people's republics", whose heads the feed labels make Russia's own.
_UNCODED_OFFICE = re.compile(
    r"\b(?:Президент|Вице-президент|Премьер-министр|Председател|Министр\w*\s+иностранных\s+дел)\w*\s+"
    r"(?:Республик\w+\s+)?(?:Абхази|Южн\w+\s+Осети|Приднестров)"
)


class RussianPack(TablePack):
    """Reads readouts written in Russian."""

    code = "ru"
    name = "Russian"
    description = "Readouts in Russian (kremlin.ru, mid.ru, news copies): calls, meetings and talks."
    find_statements = staticmethod(find_statements)

    def compare_words(self) -> CompareWords:
        """``compare_words.toml`` (its word lists are lemmas), with the Cyrillic script, a word's lemma
        (pymorphy3) and the countries a text names in any case, for the comparison."""
        from .countries import country_spans
        from .morph import lemma

        return attrs.evolve(
            super().compare_words(), script="[А-Яа-яЁё]", lemma=lemma, country_spans=country_spans
        )

    def name_forms(self, name: str) -> set[str]:
        """A country's name in each case, every word declined or every word but the last
        ("Соединенных Штатов Америки"), for the core's country lookup."""
        return name_forms(name)

    def genre(self, page: Page, profile: Profile) -> Genre:
        """Refuse announcements, decrees, greetings and speeches; find the sentence that reports the event."""
        body = strip_furniture(page.paragraphs)
        published = page.published or page_date(body) or url_date(page.url)
        reason = not_readout_reason(page.title, body, profile.not_readout_patterns)
        opening = find_opening(body, page.title) if reason is None else None
        return self.read_genre(page, body, reason, opening.sentence if opening else None, published)

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the headline and opening; date from the opening, else the page's own date; place
        from the place line under the date line."""
        kind = event_kind(genre.headline, genre.opening, first_sentence(genre.body))
        date, basis = event_date(genre.opening, genre.published)
        reading = EventReading.read(kind, date, basis, genre.published)
        place = event_place(kind, genre.body)
        return attrs.evolve(reading, location=place) if place else reading

    def unnamed_foreign_side(self, genre: Genre) -> bool:
        """True when the headline or the opening names an office of a state with no code ("Встреча с
        избранным Президентом Абхазии"): the scope stage then reads the event as diplomatic."""
        return any(_UNCODED_OFFICE.search(t) for t in (genre.headline, genre.opening) if t)

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Both sides of the opening (the headline's when the opening names one), in the nominative."""
        opening = find_opening(genre.body, genre.headline)
        participants = find_principals(genre.headline, opening, genre.body, profile.home_country)
        return self.people(participants, mentioned_people(genre.body, participants))
