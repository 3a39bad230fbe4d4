"""The shared analysis: from an adapter's layout parts to a Readout.

Steps: find the sentence that opens the report; drop page furniture the layout left before it
(headline repeated as a line, date lines, bylines, attribution lines ending in ":"); refuse pages
that are not readouts; then the event (kind, date, location), the principals (with countries and
who asked for the call), the other people named, and the statements (``statements.py``). Every
uncertain step leaves a warning in words. Publisher phrasing arrives only through the Profile.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..dates import find_dates
from ..errors import NotAReadoutError, UnsupportedLanguageError
from ..model import Event, EventKind, Participant, Readout, Source
from ..segment import Layout, header, page_day_month, page_place
from .event import (
    _EVENT_CLAUSE,
    _KIND_RULES,
    EventDate,
    complete_day_month,
    event_date,
    event_kind,
    event_location,
    find_opening,
    not_readout_reason,
    strip_dateline,
    url_date,
)
from .language import LANGUAGE_NAMES, identify_language
from .names import japanese_mention, japanese_names
from .participants import (
    Principal,
    assign_countries,
    clear_page_caches,
    find_mentioned,
    find_principals,
    mark_requested,
    to_participants,
)
from .profile import Profile
from .scope import event_scope, visits_abroad
from .statements import find_statements

__all__ = ["analyze"]

_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
#: A day's slack between the publication date and a later event date (time zones, a late release).
_DAY = dt.timedelta(days=1)
#: The languages the analysis reads; a page in any other is refused with an error naming its language.
_READ_LANGUAGES = frozenset({"en", "ja"})


def analyze(layout: Layout, *, source: Source, profile: Profile) -> Readout:
    """Turn a page's layout parts into a Readout.

    Raises:
        NotAReadoutError: the page is a press conference, a speech, a statement about a future
            meeting or anything else that reports no event between principals.
        UnsupportedLanguageError: the page is in a language the analysis does not read yet.
    """
    clear_page_caches()
    paragraphs = tuple(p for p in layout.paragraphs if p.strip())
    if not paragraphs:
        raise NotAReadoutError("not a readout: no body text")
    declared = (layout.language or source.language or "en").lower().split("-")[0]
    language = identify_language([layout.title or "", *paragraphs[:8]], default=declared)
    if language != (source.language or "").lower():
        source = attrs.evolve(source, language=language)
    if language not in _READ_LANGUAGES:
        name = LANGUAGE_NAMES.get(language, language)
        raise UnsupportedLanguageError(
            f"not read: the page is in {name} ({language}); readoutlib reads English and Japanese so far",
            language=language,
        )
    if language != "en" or not _mostly_latin(layout.title, paragraphs):
        return _other_language(layout, source, profile, paragraphs, language)

    opening = find_opening(paragraphs, profile)
    top = header(
        paragraphs,
        opening.paragraph if opening else None,
        title=layout.title,
        reports_event=_has_event_words,
        is_opening=lambda paragraph: find_opening((paragraph,), Profile()) is not None,
        month_first=profile.month_first,
    )
    if opening is not None and top.opening is not None and top.opening != opening.paragraph:
        later = find_opening(paragraphs[top.opening : top.opening + 1], Profile())
        if later is not None:
            opening = attrs.evolve(
                opening, paragraph=top.opening, sentence=later.sentence, offset=later.offset
            )
    body = paragraphs[len(top.lines) :]
    if opening is not None:
        opening = attrs.evolve(opening, paragraph=opening.paragraph - len(top.lines))
    title = top.headline

    reason = not_readout_reason(title, body, opening, profile)
    if reason is not None:
        raise NotAReadoutError(f"not a readout: {reason}")

    warnings: list[str] = []
    dateline = opening.dateline if opening is not None else None
    published = source.published or top.published or (dateline.date if dateline is not None else None)
    own = opening.dateline.date if opening is not None and opening.dateline is not None else None
    if own is not None and published is not None and own < published:
        published = own  # the release's own dateline: a copy's date line or stamp comes later
    if published != source.published:
        source = attrs.evolve(source, published=published)

    sentence = opening.sentence if opening else None
    kind = event_kind(title, sentence, profile)
    if kind is EventKind.OTHER:
        warnings.append("the kind of event (call, meeting, talks, visit, message) is not stated")
    url = source.url or layout.url
    # A dateline's day and month without a year ("ISLAMABAD, JAN 17 /DNA/ -") is the day the
    # release was written: "today" means it, once the date line or the URL gives its year.
    written = complete_day_month(page_day_month(dateline, layout.day_month), url, published) or published
    when = event_date(sentence, title, published=written, url=url)
    if when.warning:
        warnings.append(when.warning)
    if when.basis == "text" and when.date and source.published and when.date > source.published + _DAY:
        warnings.append(f"the page's date {source.published} is before the event; not its publication date")
        source = attrs.evolve(source, published=None)
    location = event_location(sentence, kind, dateline=page_place(dateline, layout.place))

    # The lead paragraph the adapter kept apart from the body may name a principal by name.
    principals = find_principals(title, opening, body, profile, summary=layout.summary)
    mark_requested(principals, title, opening, profile)
    assign_countries(principals, [t for t in (title, *body) if t], profile, source.url or layout.url)
    participants = to_participants(principals)
    if kind is EventKind.VISIT and len(participants) < 2 and not visits_abroad(participants, sentence):
        raise NotAReadoutError("not a readout: a visit to a place, with no counterpart named")
    if not participants:
        warnings.append("no participants found in the title or opening paragraph")
    elif len(participants) == 1:
        warnings.append(f"only one participant found ({participants[0].name})")
    for p in participants:
        if p.country is None:
            warnings.append(f"no country found for participant {p.name!r}")
    mentioned = find_mentioned(body, principals, profile)

    statements, statement_warnings = find_statements(body, participants, profile)
    warnings.extend(statement_warnings)
    return Readout(
        source=source,
        title=layout.title,
        event=Event(
            kind=kind,
            date=when.date,
            date_basis=when.basis,
            location=location,
            participants=participants,
            scope=event_scope(participants, (title, sentence), profile.home_country),
        ),
        statements=statements,
        paragraphs=body,
        mentioned=mentioned,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _has_event_words(line: str) -> bool:
    return bool(_EVENT_CLAUSE.search(line)) or any(p.search(line) for p, _ in _KIND_RULES)


def _mostly_latin(title: str | None, paragraphs: Sequence[str]) -> bool:
    sample = " ".join([title or "", *paragraphs[:4]])[:3000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return True
    return len(_LATIN.findall(sample)) / letters >= 0.6


# ---------------------------------------------------------------------------------------------
# Pages in other languages


_JA_EVENT = re.compile(r"会談|会見|会合|会議|電話|協議|面会|懇談")
# Bounded pieces (a name with its titles, the gap to the event word) and a bounded window: with
# unbounded lazy pieces a long paragraph without 。 took seconds per search (issue 11).
_JA_CLAUSE = re.compile(
    r"(?P<a>[^，,、。\s]{1,40}?)(?:は|が)[，,、]?\s*(?P<b>[^，,、。]{1,60}?)(?:との間で|と)[^。]{0,200}?"
    r"(?:会談|会見|会合|会議|電話|協議|面会|懇談)"
)
#: How far into the opening paragraph the Japanese opening clause is looked for.
_JA_CLAUSE_WINDOW = 600
_JA_KINDS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"テレビ会議|ビデオ会議|オンライン"), EventKind.VIDEO_CALL),
    (re.compile(r"電話"), EventKind.PHONE_CALL),
    (re.compile(r"書簡|メッセージ|祝電"), EventKind.MESSAGE),
    (re.compile(r"会談|会見|会合|面会|懇談"), EventKind.MEETING),
    (re.compile(r"訪問"), EventKind.VISIT),
)
_JA_THIS_DAY = re.compile(r"本(\d{1,2})日")


def _other_language(
    layout: Layout, source: Source, profile: Profile, paragraphs: tuple[str, ...], language: str
) -> Readout:
    """A page the English rules cannot read.

    Japanese gets its own small rule set (the "<name><title>は，<name><title>との間で…会談" opening,
    "本9日" against the publication date); other languages get kind and date from the profile's
    patterns only, and a warning.
    """
    japanese = language.startswith("ja")
    warnings: list[str] = []
    head = next((p for p in paragraphs[:6] if _JA_EVENT.search(p)), paragraphs[0] if paragraphs else None)
    kind = event_kind(layout.title, head, profile)
    if japanese and kind is EventKind.OTHER:
        kind = next((k for p, k in _JA_KINDS if p.search(f"{layout.title or ''} {head or ''}")), kind)
    dateline = strip_dateline(head or "", profile)
    if source.published is None and dateline is not None and dateline.date is not None:
        source = attrs.evolve(source, published=dateline.date)
    when = _other_language_date(head, layout.title, source.published or url_date(source.url or layout.url))
    if when.date is None:
        warnings.append("no event date in the text")
    participants: tuple[Participant, ...] = ()
    mentioned: tuple[str, ...] = ()
    if japanese:
        principals = _japanese_principals(head)
        assign_countries(principals, (), profile, source.url or layout.url)
        participants = to_participants(principals)
        names = [p.name for p in participants]
        seen: dict[str, None] = {}
        for para in paragraphs:
            for name, _ in japanese_names(para):
                if not any(n.startswith(name) or n.endswith(name) or name in n.split("・") for n in names):
                    seen.setdefault(name, None)
        mentioned = tuple(seen)
        if not participants:
            warnings.append("no participants found in the title or opening paragraph")
    else:
        warnings.append(f"the shared analysis reads English; participants are not recognised in {language!r}")
    statements, statement_warnings = find_statements(paragraphs, participants, profile)
    warnings.extend(statement_warnings)
    return Readout(
        source=source,
        title=layout.title,
        event=Event(
            kind=kind,
            date=when.date,
            date_basis=when.basis,
            participants=participants,
            scope=event_scope(participants, (), profile.home_country),
        ),
        statements=statements,
        paragraphs=paragraphs,
        mentioned=mentioned,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _other_language_date(head: str | None, title: str | None, published: dt.date | None) -> EventDate:
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
    this_day = _JA_THIS_DAY.search(head or "")
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


def _japanese_principals(head: str | None) -> list[Principal]:
    """The two sides of a Japanese opening: "<A>は，<B>との間で…会談を行った"."""
    if not head:
        return []
    m = _JA_CLAUSE.search(head[:_JA_CLAUSE_WINDOW])
    if not m:
        return []
    out: list[Principal] = []
    for side in (m.group("a"), m.group("b")):
        mention = japanese_mention(side)
        if mention is not None and mention.name:
            out.append(Principal(mention.name, list(mention.titles), mention.country))
    return out
