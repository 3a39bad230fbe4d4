"""The analysis as one cascade of named stages, top to bottom.

::

    segment        the format adapter's layout: title, date line, body paragraphs   (readoutlib.segment)
    language       which language the text is in                                    (analysis.language)
    genre          readout or not, with the reason; headline, body, opening         (the language pack)
    event          kind, date with its basis, place                                 (the language pack)
    participants   principals with titles, countries, who asked; others named       (the language pack)
    statements     who said what, with offsets                                      (the language pack)
    scope          diplomatic or domestic                                           (analysis.scope)

Each stage returns one typed result (``readoutlib.languages``); a stage that finds the page is not
a readout raises ``NotAReadoutError`` with the reason. Language knowledge lives in the language
packs, publisher knowledge in the profile the format adapter hands over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..errors import NotAReadoutError
from ..languages import Page, language_pack
from ..model import Event, Readout, Source
from ..rules import clear_text_index
from .language import identify_language
from .profile import Profile
from .scope import event_scope

if TYPE_CHECKING:
    from ..adapter import Layout

__all__ = ["analyze"]

#: How many body paragraphs the language stage reads.
_LANGUAGE_SAMPLE = 8


def analyze(layout: Layout, *, source: Source, profile: Profile) -> Readout:
    """Run the stages over a page's layout parts.

    Raises:
        NotAReadoutError: the page is not a readout (the reason says why).
        UnsupportedLanguageError: no installed language pack reads the page's language.
    """
    clear_text_index()  # the gates' shared scan serves one page (``rules._WordIndex``), in any pack
    paragraphs = tuple(p for p in layout.paragraphs if p.strip())
    if not paragraphs:
        raise NotAReadoutError("not a readout: no body text")
    declared = (layout.language or source.language or "en").lower().split("-")[0]
    language = identify_language([layout.title or "", *paragraphs[:_LANGUAGE_SAMPLE]], default=declared)
    pack = language_pack(language)
    # the pack's normalisation, before any stage splits sentences (``LanguagePack.normalise``)
    title = pack.normalise(layout.title) if layout.title is not None else None
    page = Page(
        title,
        tuple(pack.normalise(p) for p in paragraphs),
        url=source.url or layout.url,
        published=source.published,
        summary=pack.normalise(layout.summary) if layout.summary is not None else None,
        place=layout.place,
        day_month=layout.day_month,
        byline=layout.byline,
    )

    genre = pack.genre(page, profile)
    if genre.reason is not None:
        raise NotAReadoutError(f"not a readout: {genre.reason}")
    event = pack.event(page, genre, profile)
    people = pack.participants(page, genre, event, profile)
    said = pack.statements(genre, people, profile)

    sides = pack.scope_sides(genre, people)
    scope = event_scope(
        sides,
        pack.scope_texts(genre, people),
        profile.home_country,
        foreign_side=pack.unnamed_foreign_side(genre),
        lead=pack.scope_lead(genre),
        cue=pack.diplomatic_cue(genre),
    )
    return Readout(
        source=attrs.evolve(source, language=language, published=event.published),
        title=title,
        event=Event(
            kind=event.kind,
            date=event.date,
            date_basis=event.date_basis,
            location=event.location,
            participants=people.participants,
            scope=scope,
        ),
        statements=said.statements,
        paragraphs=genre.body,
        mentioned=people.mentioned,
        warnings=tuple(dict.fromkeys((*event.warnings, *people.warnings, *said.warnings))),
    )
