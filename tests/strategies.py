"""Hypothesis strategies for the whole readout model.

``readouts()`` draws valid, self-consistent readouts: every statement's text is the slice of its
paragraph that its offsets name, every speaker is a participant id or ``"both"``, participant ids
are unique. Text mixes arbitrary characters with CJK, Cyrillic, Arabic and emoji samples and with
awkward whitespace, restricted to what XML 1.0 can hold so one strategy serves both serializers.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from readoutlib.model import (
    BOTH,
    DATE_BASES,
    SCOPES,
    Event,
    EventKind,
    Participant,
    Readout,
    Source,
    Statement,
)

__all__ = [
    "SAMPLES",
    "dates",
    "events",
    "optional_texts",
    "participants",
    "readouts",
    "sources",
    "texts",
]

#: Characters XML 1.0 has no form for: C0 controls other than tab, newline and carriage return,
#: U+FFFE and U+FFFF; lone surrogates (category Cs) are excluded separately.
_NOT_IN_XML = [chr(code) for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)] + ["\ufffe", "\uffff"]

_ALPHABET = st.characters(exclude_categories=["Cs"], exclude_characters=_NOT_IN_XML)

#: Written for these tests: multilingual fragments and whitespace that serializers get wrong.
SAMPLES = (
    "外交部长",
    "双方同意加强合作。",
    "Министр иностранных дел",
    "стороны договорились",
    "وزير الخارجية",
    "اتفق الجانبان",
    "外務大臣",
    "🤝",
    "🇺🇳 ✨",
    "Ünïcödé façade",
    "  leading",
    "trailing  ",
    "line\nbreak",
    "crlf\r\nend",
    "lone\rcr",
    "\t",
    " ",
    "<tag> & \"quotes\" 'too' ]]>",
    "x",
)


def texts(*, min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    """Any XML-representable text, often built from the multilingual samples."""
    return st.one_of(
        st.text(_ALPHABET, min_size=min_size, max_size=max_size),
        st.lists(st.sampled_from(SAMPLES), min_size=max(1, min_size), max_size=4).map("".join),
    )


def optional_texts() -> st.SearchStrategy[str | None]:
    """None, the empty string (which must stay distinct from None), or any text."""
    return st.one_of(st.none(), st.just(""), texts())


def dates() -> st.SearchStrategy[dt.date | None]:
    """No date, or any date Python can hold (years 1 to 9999)."""
    return st.one_of(st.none(), st.dates())


_SLUGS = st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8}){0,2}(-[2-9])?", fullmatch=True)


def participants() -> st.SearchStrategy[Participant]:
    """One principal: a slug id (or any non-empty text other than "both"), titles, country."""
    return st.builds(
        Participant,
        id=st.one_of(_SLUGS, texts(min_size=1)).filter(lambda value: value != BOTH),
        name=texts(),
        country=st.one_of(st.none(), st.sampled_from(["CN", "RU", "US", "UN", "EU", ""]), texts()),
        titles=st.lists(texts(), max_size=3).map(tuple),
        requested=st.booleans(),
        aliases=st.lists(texts(), max_size=2).map(tuple),
    )


def sources() -> st.SearchStrategy[Source]:
    """Where a readout came from; every field may be None or empty."""
    return st.builds(
        Source,
        url=st.one_of(optional_texts(), st.just("https://example.org/readout?id=1&lang=en")),
        publisher=optional_texts(),
        adapter=optional_texts(),
        language=st.one_of(st.none(), st.sampled_from(["en", "zh", "ru", "ar", "ja"]), texts()),
        published=dates(),
        input=st.one_of(optional_texts(), st.just("pages/call.html")),
        readoutlib_version=st.one_of(st.none(), st.just("0.1.0"), texts()),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """An event with up to four principals whose ids are unique, and a date basis where it has a date."""
    date = draw(dates())
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        date=date,
        date_basis=None if date is None else draw(st.sampled_from(DATE_BASES)),
        location=draw(optional_texts()),
        participants=draw(st.lists(participants(), max_size=4, unique_by=lambda p: p.id).map(tuple)),
        scope=draw(st.sampled_from((None, *SCOPES))),
    )


@st.composite
def _statements(draw: st.DrawFn, paragraphs: tuple[str, ...], speakers: list[str]) -> tuple[Statement, ...]:
    if not paragraphs:
        return ()
    found = []
    for _ in range(draw(st.integers(0, 5))):
        index = draw(st.integers(0, len(paragraphs) - 1))
        paragraph = paragraphs[index]
        start = draw(st.integers(0, len(paragraph)))
        end = draw(st.integers(start, len(paragraph)))
        found.append(
            Statement(
                speaker=draw(st.sampled_from(speakers)),
                verb=draw(texts(max_size=12)),
                text=paragraph[start:end],
                paragraph=index,
                start=start,
                end=end,
            )
        )
    return tuple(found)


@st.composite
def readouts(draw: st.DrawFn) -> Readout:
    """A valid readout: statements are slices of their paragraphs, spoken by participants or both."""
    event = draw(events())
    paragraphs = tuple(draw(st.lists(texts(max_size=80), max_size=5)))
    speakers = [p.id for p in event.participants] + [BOTH]
    return Readout(
        source=draw(sources()),
        title=draw(optional_texts()),
        event=event,
        statements=draw(_statements(paragraphs, speakers)),
        paragraphs=paragraphs,
        mentioned=tuple(draw(st.lists(texts(), max_size=3))),
        warnings=tuple(draw(st.lists(texts(), max_size=2))),
    )
