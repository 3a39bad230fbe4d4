"""The readout model: one published account of one diplomatic event.

Every class is an attrs class, frozen and slotted, so a parsed readout can be hashed, compared
and shared between threads. Validators keep a readout self-consistent: a statement's text is
exactly the slice of its paragraph that its offsets name, and its speaker is a participant id
or ``"both"``. The JSON and XML forms use exactly these field names (see ``readoutlib.serialize``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "BOTH",
    "DATE_BASES",
    "SCOPES",
    "Event",
    "EventKind",
    "Participant",
    "Readout",
    "Source",
    "Statement",
    "participant_key",
]

#: Speaker id used for joint statements ("The two sides agreed ...").
BOTH = "both"

#: How an event date was found: ``"text"`` (the body or title states it), ``"relative"`` ("today",
#: "on Sunday", "On October 28" resolved against the publication date) or ``"published"`` (the body
#: gives no date; the page's date line, dateline, metadata or URL dates the readout, which is
#: published the day of the event).
DATE_BASES = ("text", "relative", "published")

#: What an event is between: ``"diplomatic"`` (officials of different states, or with an international
#: organisation) or ``"domestic"`` (a leader's meeting with governors, ministers or companies of the
#: same country). Both are readouts; researchers of diplomacy filter on it.
SCOPES = ("diplomatic", "domestic")


class EventKind(enum.StrEnum):
    """What kind of event a readout reports."""

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    MESSAGE = "message"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(value)


# Typed converters (not the bare ``tuple``) so that mypy sees the real parameter types of __init__.
def _tuple_of_participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


def _tuple_of_statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


@attrs.frozen
class Source:
    """Where a readout came from, which adapter read it, and with which readoutlib.

    ``input`` and ``readoutlib_version`` are keyword-only, so 0.1's positional calls still hold;
    ``parse`` fills both.
    """

    url: str | None = None
    publisher: str | None = None
    adapter: str | None = None
    language: str | None = None
    published: dt.date | None = None
    #: The input as it was given to ``parse``: the path, the name passed as ``name=``, or the URL.
    input: str | None = attrs.field(default=None, kw_only=True)
    #: The version of readoutlib that made the readout.
    readoutlib_version: str | None = attrs.field(default=None, kw_only=True)


# One or more letters or digits of any script: the words a key keeps.
_KEY_WORD = re.compile(r"[^\W_]+")


def _fold_latin(char: str) -> str:
    # Latin letters lose their accents ("ñ" -> "n"); other scripts are kept as written, since
    # stripping marks there (a kana's voicing mark, say) would turn one name into another.
    if "LATIN" in unicodedata.name(char, ""):
        return unicodedata.normalize("NFKD", char)[0]
    return char


def participant_key(name: str, country: str | None) -> str:
    """The key that joins one person across readouts: country, a colon, then the folded name.

    The name is folded to lowercase words of letters and digits joined by hyphens, with accents
    of Latin letters dropped; punctuation and spacing do not count. The country is the ISO code,
    or ``?`` when unknown. So "Sergey Lavrov" of ``RU`` is ``"RU:sergey-lavrov"`` in every readout
    and from every publisher that writes the name that way; "S. Lavrov" or "Sergei Lavrov" give
    other keys.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    words = _KEY_WORD.findall("".join(_fold_latin(c) for c in text))
    return f"{country or '?'}:{'-'.join(words)}"


def _key_of(participant: Participant) -> str:
    return participant_key(participant.name, participant.country)


@attrs.frozen
class Participant:
    """A principal of the event."""

    id: str = attrs.field()
    name: str
    country: str | None = None
    titles: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    requested: bool = False
    #: Other forms of the name that the page itself prints: a Latin-script form beside the original
    #: ("王毅（Wang Yi）"), or the form as written where ``name`` gives another (a Russian name in an
    #: oblique case, "С.В.Лавровым", when ``name`` is the nominative). Keyword-only.
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str, kw_only=True)
    #: The cross-document key (``participant_key(name, country)`` unless given); keyword-only.
    key: str = attrs.field(default=attrs.Factory(_key_of, takes_self=True), kw_only=True)

    @id.validator
    def _check_id(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not value or value == BOTH:
            raise ValueError(f"participant id must be a non-empty slug other than {BOTH!r}: {value!r}")


@attrs.frozen
class Event:
    """What happened, independent of who wrote it up."""

    kind: EventKind = attrs.field(default=EventKind.OTHER, converter=EventKind)
    date: dt.date | None = None
    #: One of ``DATE_BASES`` when ``date`` is set, else None; keyword-only, so 0.1's positional calls hold.
    date_basis: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple_of_participants)
    #: One of ``SCOPES``, or None when no participant's country is known. Keyword-only.
    scope: str | None = attrs.field(default=None, kw_only=True)

    @scope.validator
    def _check_scope(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and value not in SCOPES:
            raise ValueError(f"scope must be one of {SCOPES} or None: {value!r}")

    @date_basis.validator
    def _check_basis(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and value not in DATE_BASES:
            raise ValueError(f"date_basis must be one of {DATE_BASES} or None: {value!r}")
        if value is not None and self.date is None:
            raise ValueError("date_basis is set but the event has no date")

    @participants.validator
    def _unique_ids(
        self, _attribute: attrs.Attribute[tuple[Participant, ...]], value: tuple[Participant, ...]
    ) -> None:
        ids = [p.id for p in value]
        if len(ids) != len(set(ids)):
            raise ValueError(f"participant ids must be unique: {ids}")


@attrs.frozen
class Statement:
    """One top-level reported-speech segment.

    ``text`` is ``paragraphs[paragraph][start:end]`` of the readout it belongs to.
    """

    speaker: str
    verb: str
    text: str
    paragraph: int
    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.paragraph < 0 or self.start < 0 or self.end < self.start:
            raise ValueError(
                f"statement offsets out of order: paragraph={self.paragraph} "
                f"start={self.start} end={self.end}"
            )
        if self.end - self.start != len(self.text):
            raise ValueError("statement text length does not match its offsets")


@attrs.frozen
class Readout:
    """One published account of one event: the top of the model."""

    source: Source = attrs.field(factory=Source)
    title: str | None = None
    event: Event = attrs.field(factory=Event)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_tuple_of_statements)
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    mentioned: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def __attrs_post_init__(self) -> None:
        ids = {p.id for p in self.event.participants}
        for index, statement in enumerate(self.statements):
            if statement.speaker != BOTH and statement.speaker not in ids:
                raise ValueError(f"statement {index}: speaker {statement.speaker!r} is not a participant id")
            if statement.paragraph >= len(self.paragraphs):
                raise ValueError(f"statement {index}: paragraph {statement.paragraph} does not exist")
            para = self.paragraphs[statement.paragraph]
            if para[statement.start : statement.end] != statement.text:
                raise ValueError(
                    f"statement {index}: text is not paragraphs[{statement.paragraph}]"
                    f"[{statement.start}:{statement.end}]"
                )

    def participant(self, participant_id: str) -> Participant | None:
        """Return the participant with this id, or None."""
        for p in self.event.participants:
            if p.id == participant_id:
                return p
        return None
