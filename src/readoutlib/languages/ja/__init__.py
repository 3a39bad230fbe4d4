"""Japanese: readouts written in Japanese, as Japan's foreign ministry and prime minister's office
write them.

The stages, each in its module, with the language's words in rule tables beside them:

- genre (``genre.py``, ``genres.toml``, ``furniture.toml``): furniture lines off the body; a press
  conference, statement or speech refused; a readout needs an opening sentence in which a person
  named with a title (marked "は"/"が") held a call or meeting with another ("山田花子外務大臣は，
  トム・リード米国国務長官と電話会談を行いました").
- event (``event.py``, ``kinds.toml``, ``places.toml``): the kind from the opening's event noun,
  the date from the opening ("令和2年1月7日", "本26日", "3日(日曜日)") against the page's date.
- participants (``participants.py``, ``names.py``, ``titles.toml``, ``countries.toml``,
  ``requested.toml``): the opening's subject and counterparts, with titles, countries and who
  asked for the call; the Latin form of a name printed beside it gives the participant's key.
- statements (``statements.py``, ``predicates.toml``, ``connectives.toml``, ``openers.toml``,
  ``subjects.toml``): the content before the verb, from the speaker's marker to the predicate
  ("…旨述べました", "…で一致しました").
"""

from __future__ import annotations

import re

import attrs

from ...analysis.profile import Profile
from ...dates import url_date
from ...errors import NotAReadoutError
from ...rules import compile_rows
from .. import CompareWords, EventReading, Genre, LanguagePack, Page, People, Statements
from .event import Opening, event_date, event_kind, event_place, find_opening, headline_opening
from .genre import body_paragraphs, refusal
from .participants import mentioned_people, principals
from .statements import find_statements

__all__ = ["JapanesePack"]


class JapanesePack(LanguagePack):
    """Reads readouts written in Japanese."""

    code = "ja"
    name = "Japanese"
    description = "Readouts in Japanese (MOFA, Kantei): talks, telephone talks, meetings, with statements."

    def compare_words(self) -> CompareWords:
        """``compare_words.toml``, with a script written without spaces (its sentences end at "。") that
        kana mark (a Chinese text has none), and the countries a text names, for the comparison."""
        from .names import country_spans

        return attrs.evolve(
            super().compare_words(), spaceless=True, script="[\u3041-\u30ff]", country_spans=country_spans
        )

    def genre(self, page: Page, profile: Profile) -> Genre:
        """A readout when an opening sentence reports a call or meeting between named people."""
        body = body_paragraphs(page.paragraphs)
        opening = _opening(body, page.title)
        refusals = [p for p, _ in compile_rows(profile.not_readout_patterns, owner="profile", flags=re.I)]
        reason = refusal(page.title, body, opening, refusals)
        if reason is not None:
            raise NotAReadoutError(f"not a readout: {reason}")
        assert opening is not None  # refusal() refuses a page without one
        return Genre(None, headline=page.title, body=body, opening=opening.sentence, published=page.published)

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the opening's event noun, date from the opening against the page's date, place."""
        opening = _opening(genre.body, genre.headline)
        kind = event_kind(opening, genre.headline, compile_rows(profile.kind_patterns, owner="profile"))
        # A page without a date line (a copy on another site) is dated by its URL, if that has a date.
        when = event_date(opening, genre.headline, genre.published or url_date(page.url))
        warnings = () if when.date is not None else ("no event date in the text",)
        place = event_place(opening, kind)
        return EventReading(kind, when.date, when.basis, place, genre.published, warnings)

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """The opening's subject and counterparts; the other people the body names with a title."""
        opening = _opening(genre.body, genre.headline)
        found = principals(opening, genre.headline) if opening is not None else ()
        warnings = [f"no country found for participant {p.name!r}" for p in found if p.country is None]
        if len(found) < 2:
            warnings.append("fewer than two participants found in the opening")
        return People(found, mentioned_people(genre.body, found), tuple(warnings))

    def statements(self, genre: Genre, people: People, profile: Profile) -> Statements:
        """Who said what: from each speaker's marker to the predicate that reports it."""
        return Statements(find_statements(genre.body, people.participants, profile.joint_subjects))


def _opening(body: tuple[str, ...], headline: str | None) -> Opening | None:
    """The opening sentence of the body, else the headline when it names the event and both sides
    (a readout with no lead sentence: "<A>による<B>表敬")."""
    return find_opening(body) or headline_opening(headline)
