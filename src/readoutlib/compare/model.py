"""The results of pairing and comparing readouts: typed, frozen, and serializable to JSON.

A :class:`PairedEvent` is one event as several publishers read it, with the evidence that joined
them; a :class:`Comparison` sets two of those readouts side by side, statement against statement.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import EventKind, Readout

__all__ = [
    "Attribution",
    "Comparison",
    "Fact",
    "MatchEvidence",
    "PairedEvent",
    "PersonMatch",
    "StatementLink",
]


@attrs.frozen
class PersonMatch:
    """One principal found in both readouts, as each writes the name."""

    a: str
    b: str
    #: where the name was found in each readout: "participants" or "title"
    basis: str


@attrs.frozen
class MatchEvidence:
    """Why two readouts (by their index in :attr:`PairedEvent.readouts`) report the same event."""

    a: int
    b: int
    persons: tuple[PersonMatch, ...]
    date_a: dt.date
    date_b: dt.date
    #: what each date rests on: the event's ``date_basis`` ("text", "relative", "published"), "event"
    #: for an event date of unknown basis, or "published" where the readout has only its page's date
    date_basis_a: str
    date_basis_b: str
    kind_a: EventKind = attrs.field(converter=EventKind)
    kind_b: EventKind = attrs.field(converter=EventKind)


@attrs.frozen
class PairedEvent:
    """One event and every readout of it found, one per publisher.

    An event of one readout is a readout that nothing else matched with confidence; its
    ``evidence`` is empty.
    """

    readouts: tuple[Readout, ...]
    evidence: tuple[MatchEvidence, ...] = ()


@attrs.frozen
class StatementLink:
    """A statement of side A and one of side B on the same subject."""

    a: int
    b: int
    #: similarity in [0, 100] from rapidfuzz over the two statements' content words
    score: float
    #: the speaker of each statement as its own side names it ("both" for joint statements)
    speaker_a: str
    speaker_b: str
    #: whether both sides give the statement to the same person (or both to "both")
    same_speaker: bool


@attrs.frozen
class Fact:
    """One property of the event as each side reports it."""

    field: str
    a: str | None
    b: str | None
    same: bool


@attrs.frozen
class Attribution:
    """A statement one side gives to the other side's own principal, which that side does not report.

    The headline finding of a comparison: "A says B's leader said X; B's own readout has no X".
    """

    side: str
    statement: int
    speaker: str
    text: str


@attrs.frozen
class Comparison:
    """Two readouts of one event, aligned statement by statement."""

    a: Readout
    b: Readout
    persons: tuple[PersonMatch, ...]
    facts: tuple[Fact, ...]
    links: tuple[StatementLink, ...]
    #: statements (indexes into ``a.statements`` / ``b.statements``) the other side has no match for
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    attributions: tuple[Attribution, ...] = ()
